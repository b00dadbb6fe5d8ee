lesson-title = Kind in chat and mail
lesson-goal = I am kind in chat and mail. I know what to do when someone is not.

intro = You learn to be kind in chat and mail.
real-person = A real person reads your message. Kind words make that person glad.
thank-you = Sam writes to you: Thank you for your help. Is that kind?
thank-you-hint = How does it feel when someone thanks you?
thank-you-praise = Yes. Saying thank you is kind.
shut-up = Sam writes to you: Shut up, nobody asked you. Is that kind?
shut-up-hint = How does it feel to read this message?
shut-up-praise = Right. That message is not kind.
angry = You are angry at a colleague. Do you send an angry chat right away?
angry-hint = Angry words hurt. Think of the person who reads them.
angry-praise = Right. First wait until you are calm.
not-your-fault = It is never your fault when someone is not kind to you.
do-not-answer = Do not write back. Keep the message, so your coach can see it.
tell-your-coach = Someone is not kind to you? Tell your coach and show the message.
what-do-you-do = Someone sends you a message that is not kind. What do you do?
what-do-you-do-hint = Who can help you?
what-do-you-do-praise = Yes. Tell your coach and show the message.
summary = Now you write kind messages. You know what to do when someone is not kind.

word-write-back = write back angry
word-tell-coach = tell your coach
word-say-nothing = keep it to yourself
