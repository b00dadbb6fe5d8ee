lesson-title = Write a mail
lesson-goal = I can write and send a short mail to a colleague.

intro = You learn to write a short mail to a colleague.

find-new-mail = Find the button for a new mail.
find-new-mail-hint = Look at the top left. Look for a pencil.
find-new-mail-praise = Yes. This button starts a new mail.

the-parts = A mail has 3 parts: To, Subject and Message. Then you click Send.

parts-in-order = Put the parts of a mail in order.
parts-in-order-hint = Start at the top of the window.
parts-in-order-praise = Yes. To, Subject, Message, and then Send.
word-to = To
word-subject = Subject
word-message = Message
word-send = Send

be-friendly = Start with Hello and the name. Keep your mail short and friendly.

type-the-address = Type the mail address: sam@work.test
type-the-address-hint = Look at the lit keys, one by one.
type-the-address-praise = Yes. That is the mail address of Sam.
practice-address = sam@work.test

find-send = Find the Send button.
find-send-hint = Look at the bottom. Look for the blue button.
find-send-praise = Yes. This button sends your mail.

write-to-sam = Mail sam@work.test about Lunch. Type: Hello Sam, I will come.
write-to-sam-hint = Fill in To, Subject and Message. Then click Send.
write-to-sam-praise = Yes. Your mail to Sam is sent.
sim-window = New mail
sim-delete = Delete
sim-subject-value = Lunch
sim-message-value = Hello Sam, I will come.

summary = Now you can write a mail and send it.
