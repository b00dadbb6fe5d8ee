lesson-title = Een mail schrijven
lesson-goal = Ik kan een korte mail schrijven en naar een collega verzenden.

intro = Je leert een korte mail schrijven naar een collega.

find-new-mail = Zoek de knop voor een nieuwe mail.
find-new-mail-hint = Kijk linksboven. Zoek een potlood.
find-new-mail-praise = Ja. Met deze knop begin je een nieuwe mail.

the-parts = Een mail heeft 3 delen: Aan, Onderwerp en Bericht. Dan klik je op Verzenden.

parts-in-order = Zet de delen van een mail in de juiste volgorde.
parts-in-order-hint = Begin bovenaan in het venster.
parts-in-order-praise = Ja. Aan, Onderwerp, Bericht en dan Verzenden.
word-to = Aan
word-subject = Onderwerp
word-message = Bericht
word-send = Verzenden

be-friendly = Begin met Hallo en de naam. Houd je mail kort en vriendelijk.

type-the-address = Typ het mailadres: sam@werk.test
type-the-address-hint = Kijk naar de verlichte toetsen, één voor één.
type-the-address-praise = Ja. Dat is het mailadres van Sam.
practice-address = sam@werk.test

find-send = Zoek de knop Verzenden.
find-send-hint = Kijk onderaan. Zoek de blauwe knop.
find-send-praise = Ja. Met deze knop verzend je je mail.

write-to-sam = Mail sam@werk.test over Lunch. Typ: Hallo Sam, ik kom.
write-to-sam-hint = Vul Aan, Onderwerp en Bericht in. Klik dan op Verzenden.
write-to-sam-praise = Ja. Je mail naar Sam is verzonden.
sim-window = Nieuwe mail
sim-delete = Verwijderen
sim-subject-value = Lunch
sim-message-value = Hallo Sam, ik kom.

summary = Nu kan je een mail schrijven en verzenden.
