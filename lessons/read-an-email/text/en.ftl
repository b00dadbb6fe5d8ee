lesson-title = Read a mail
lesson-goal = I can open my mail and read a message.

intro = You learn to open a mail and read it.

find-mail-button = Find the button for your mail.
find-mail-button-hint = Look at the bar at the bottom. Look for an envelope.
find-mail-button-praise = Yes. This button opens your mail.

the-inbox = You see a list with all your mails. This list is your inbox.

new-mail = A new mail has a blue dot. You have not read it yet.

find-new-mail = Find the new mail.
find-new-mail-hint = Look for the blue dot.
find-new-mail-praise = Yes. This mail is new.

open-the-mail = Click a mail to open it. Now you can read the message.

find-the-sender = Who sent this mail? Find the name.
find-the-sender-hint = Look at the top, next to the circle with the face.
find-the-sender-praise = Yes. Here you see who sent the mail.

open-from-lotte = You have 3 mails. Open the mail from Lotte Claes.
open-from-lotte-hint = Look for the name Lotte Claes.
open-from-lotte-praise = Yes. You opened the mail from Lotte.
sim-window = Inbox
sim-sam = Sam Peeters
sim-lotte = Lotte Claes
sim-kim = Kim Janssens

summary = Now you can open your mail and read a message.
