lesson-title = Als het scherm vastzit
lesson-goal = Als het scherm vastzit, blijf ik rustig. Ik weet wat ik doe.

intro = Soms zit het scherm vast. Je leert wat je dan doet.
stuck = Het scherm verandert niet. Er gebeurt niets als je klikt.
stay-calm = Dit overkomt iedereen. Blijf rustig en haal je hand van de muis.
what-first = Het scherm zit vast. Wat doe je eerst?
what-first-hint = De computer is bezig. Wat heeft de computer nodig?
what-first-praise = Ja. De computer heeft vaak wat tijd nodig.
wait = Wacht één minuut. Vaak is de computer bezig en gaat hij vanzelf verder.
try-again = Zit het nog vast? Klik één keer en kijk naar het scherm.
ask-your-coach = Zit het nog vast? Vraag dan hulp aan je coach.
in-order = Zet de stappen in de juiste volgorde.
in-order-hint = Wat doe je eerst, als het scherm vastzit?
in-order-praise = Ja. Rustig blijven, wachten, opnieuw proberen, dan je coach vragen.
your-fault = Het scherm zit vast. Is dat jouw schuld?
your-fault-hint = Een scherm dat vastzit, overkomt iedereen.
your-fault-praise = Juist. Het is niet jouw schuld, het overkomt iedereen.
summary = Nu weet je wat je doet als het scherm vastzit.

word-click-a-lot = heel vaak klikken
word-wait = wachten
word-press-keys = veel toetsen indrukken
word-stay-calm = rustig blijven
word-try-again = opnieuw proberen
word-ask-your-coach = je coach vragen
