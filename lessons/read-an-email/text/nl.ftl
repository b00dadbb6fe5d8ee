lesson-title = Een mail lezen
lesson-goal = Ik kan mijn mail openen en een bericht lezen.

intro = Je leert een mail openen en lezen.

find-mail-button = Zoek de knop voor je mail.
find-mail-button-hint = Kijk naar de balk onderaan. Zoek een envelop.
find-mail-button-praise = Ja. Met deze knop open je je mail.

the-inbox = Je ziet een lijst met al je mails. Die lijst is je inbox.

new-mail = Een nieuwe mail heeft een blauw bolletje. Je hebt hem nog niet gelezen.

find-new-mail = Zoek de nieuwe mail.
find-new-mail-hint = Zoek het blauwe bolletje.
find-new-mail-praise = Ja. Deze mail is nieuw.

open-the-mail = Klik op een mail om hem te openen. Nu kan je het bericht lezen.

find-the-sender = Wie stuurde deze mail? Zoek de naam.
find-the-sender-hint = Kijk bovenaan, naast het rondje met het gezicht.
find-the-sender-praise = Ja. Hier zie je wie de mail stuurde.

open-from-lotte = Je hebt 3 mails. Open de mail van Lotte Claes.
open-from-lotte-hint = Zoek de naam Lotte Claes.
open-from-lotte-praise = Ja. Je opende de mail van Lotte.
sim-window = Inbox
sim-sam = Sam Peeters
sim-lotte = Lotte Claes
sim-kim = Kim Janssens

summary = Nu kan je je mail openen en een bericht lezen.
