lesson-title = Chatten op het werk
lesson-goal = Ik kan een kort, vriendelijk bericht verzenden in de teamchat.

intro = Je leert een kort, vriendelijk bericht verzenden in de teamchat.

the-chat = In de chat zie je korte berichten van je team. Je eigen berichten staan rechts.

who-reads = Wie leest je bericht in de teamchat?
who-reads-hint = Denk na: wie zit er in de teamchat?
who-reads-praise = Ja. Iedereen in je team leest het.
word-only-sam = alleen Sam
word-whole-team = je hele team

find-the-field = Zoek de plek waar je je bericht typt.
find-the-field-hint = Kijk onderaan in de chat.
find-the-field-praise = Ja. Hier typ je je bericht.

good-morning = Zeg goedemorgen tegen je team. Typ: Goedemorgen, team!
good-morning-hint = Typ in het veld Bericht. Klik dan op Verzenden.
good-morning-praise = Ja. Je team ziet je bericht.
sim-window = Teamchat
sim-message = Bericht
sim-send = Verzenden
sim-good-morning = Goedemorgen, team!

friendly = Lotte schrijft: kan je me helpen? Welk antwoord is vriendelijk?
friendly-hint = Welk antwoord zou je zelf graag krijgen?
friendly-praise = Ja. Dat antwoord is vriendelijk en duidelijk.
word-rude = Nee. Doe het zelf.
word-nothing = geen antwoord
sim-will-come = Ja, ik kom nu.

read-again = Lees je bericht nog eens voor je het verzendt. Is het kort en vriendelijk?

answer-lotte = Geef Lotte nu een antwoord. Typ: Ja, ik kom nu.
answer-lotte-hint = Typ in het veld Bericht. Klik dan op Verzenden.
answer-lotte-praise = Ja. Nu weet Lotte dat je komt.

summary = Nu kan je een kort, vriendelijk bericht verzenden naar je team.
