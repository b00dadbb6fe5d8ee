lesson-title = Het scherm vergrendelen
lesson-goal = Ik vergrendel het scherm als ik wegga.

intro = Je vergrendelt het scherm als je weggaat.
why = Niemand anders kan een vergrendeld scherm gebruiken. Je werk blijft veilig.
on-a-break = Je neemt pauze. Vergrendel je eerst het scherm?
on-a-break-hint = Wie kan je computer gebruiken als je weg bent?
on-a-break-praise = Ja. Je vergrendelt het scherm, dan ga je.
two-keys = Houd de Windows-toets vast en druk op L. De Windows-toets heeft 4 vierkantjes.
lock-now = Vergrendel het scherm: houd Win vast en druk op L.
lock-now-hint = Druk eerst op Win. Druk dan op L.
lock-now-praise = Ja. Het scherm is vergrendeld.
in-order = Zet de stappen in de juiste volgorde.
in-order-hint = Wat doe je voor je weggaat?
in-order-praise = Ja. Vergrendelen, weggaan, en aanmelden als je terugkomt.
is-it-safe = Het scherm is vergrendeld. Kan een collega nu je mail lezen?
is-it-safe-hint = Kijk naar het slot op het scherm.
is-it-safe-praise = Juist. Alleen je wachtwoord opent het scherm weer.
lock-again = Je gaat weg van de computer. Vergrendel het scherm.
lock-again-hint = Houd Win vast. Druk dan op L.
lock-again-praise = Ja. Je werk is nu veilig.
summary = Nu vergrendel je het scherm als je weggaat.

word-lock = scherm vergrendelen
word-walk-away = weggaan
word-sign-in = aanmelden
