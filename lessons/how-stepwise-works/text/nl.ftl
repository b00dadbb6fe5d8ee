lesson-title = Zo werkt Stepwise
lesson-goal = Ik weet hoe Stepwise werkt.

intro = Je leert hoe een les in Stepwise werkt.
the-speaker = Druk op de luidspreker om de tekst te horen. Je kan hem zo vaak horen als je wil.
the-next-button = Druk op Verder om naar de volgende stap te gaan. Verder staat rechts onderaan.
the-help-button = Weet je niet wat je moet doen? Druk op Hulp.
which-is-help = Met welke knop krijg je hulp?
which-is-help-hint = Zoek de 2 handen.
which-is-help-praise = Ja. Dat is de knop Hulp.
the-back-button = Druk op Terug om nu te stoppen. Je werk is bewaard.
which-is-back = Je wil nu stoppen. Op welke knop druk je?
which-is-back-hint = Zoek de pijl naar links.
which-is-back-praise = Ja. Met Terug stop je de les, en je werk is bewaard.
mistakes-are-safe = Een fout maken mag hier. Je mag zo vaak opnieuw proberen als je wil.
is-a-mistake-ok = Mag je hier een fout maken?
is-a-mistake-ok-hint = Kijk naar de ronde pijl. Je mag altijd opnieuw proberen.
is-a-mistake-ok-praise = Ja. Een fout maken mag: je verliest niets en je probeert opnieuw.
is-help-bad = Is het slecht om op Hulp te drukken?
is-help-bad-hint = Hulp is er altijd voor jou.
is-help-bad-praise = Dat klopt. Op Hulp drukken is nooit slecht.
summary = Nu ken je de luidspreker, Hulp, Verder en Terug. Fouten maken mag.

word-next = Verder
word-help = Hulp
word-back = Terug
word-speaker = Luister
