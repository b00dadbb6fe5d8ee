lesson-title = Answer a mail
lesson-goal = I can answer a mail and open the file in it.

intro = You learn to answer a mail and open a file in it.

reply = To answer a mail, you click Reply. Your answer goes to the person who sent it.

find-reply = Find the Reply button.
find-reply-hint = Look at the top. Look for the arrow to the left.
find-reply-praise = Yes. With this button you answer the mail.

answer-sam = Sam asks: can you come at 10? Type: Yes, I can come.
answer-sam-hint = Type in the Message field. Then click Send.
answer-sam-praise = Yes. Sam gets your answer.
sim-window = Reply to Sam Peeters
sim-message = Message
sim-delete = Delete
sim-send = Send
sim-message-value = Yes, I can come.

a-file = Sometimes a file comes with a mail. You see a paperclip.

find-the-file = Find the file in this mail.
find-the-file-hint = Look at the bottom. Look for the paperclip.
find-the-file-praise = Yes. Click the file to open it.

unknown-sender = You do not know who sent this mail. Do you open the file?
unknown-sender-hint = Look at the question mark. Do you know who sent it?
unknown-sender-praise = Right. Show the mail to your coach first.

file-from-sam = You asked Sam for the schedule. Do you open the file from Sam?
file-from-sam-hint = Do you know Sam? Did you ask for the file?
file-from-sam-praise = Yes. You know Sam, and you asked for the file.

summary = Now you can answer a mail and open the file in it.
