lesson-title = Een mail beantwoorden
lesson-goal = Ik kan een mail beantwoorden en het bestand erin openen.

intro = Je leert een mail beantwoorden en het bestand erin openen.

reply = Om een mail te beantwoorden, klik je op Beantwoorden. Je antwoord gaat naar wie de mail stuurde.

find-reply = Zoek de knop Beantwoorden.
find-reply-hint = Kijk bovenaan. Zoek de pijl naar links.
find-reply-praise = Ja. Met deze knop beantwoord je de mail.

answer-sam = Sam vraagt: kan je om 10 uur komen? Typ: Ja, ik kan komen.
answer-sam-hint = Typ in het veld Bericht. Klik dan op Verzenden.
answer-sam-praise = Ja. Sam krijgt je antwoord.
sim-window = Antwoord aan Sam Peeters
sim-message = Bericht
sim-delete = Verwijderen
sim-send = Verzenden
sim-message-value = Ja, ik kan komen.

a-file = Soms zit er een bestand bij een mail. Je ziet dan een paperclip.

find-the-file = Zoek het bestand in deze mail.
find-the-file-hint = Kijk onderaan. Zoek de paperclip.
find-the-file-praise = Ja. Klik op het bestand om het te openen.

unknown-sender = Je weet niet wie deze mail stuurde. Open je het bestand?
unknown-sender-hint = Kijk naar het vraagteken. Weet je wie de mail stuurde?
unknown-sender-praise = Juist. Toon de mail eerst aan je coach.

file-from-sam = Je vroeg Sam om het werkrooster. Open je het bestand van Sam?
file-from-sam-hint = Ken je Sam? Vroeg je om het bestand?
file-from-sam-praise = Ja. Je kent Sam, en je vroeg om het bestand.

summary = Nu kan je een mail beantwoorden en het bestand erin openen.
