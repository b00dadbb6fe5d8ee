lesson-title = Chat at work
lesson-goal = I can send a short, friendly chat message to my team.

intro = You learn to send a short, friendly message in the team chat.

the-chat = In the chat you see short messages from your team. Your own messages are on the right.

who-reads = Who reads your message in the team chat?
who-reads-hint = Think: who is in the team chat?
who-reads-praise = Yes. Everyone in your team reads it.
word-only-sam = only Sam
word-whole-team = your whole team

find-the-field = Find the place where you type your message.
find-the-field-hint = Look at the bottom of the chat.
find-the-field-praise = Yes. Here you type your message.

good-morning = Say good morning to your team. Type: Good morning, team!
good-morning-hint = Type in the Message field. Then click Send.
good-morning-praise = Yes. Your team sees your message.
sim-window = Team chat
sim-message = Message
sim-send = Send
sim-good-morning = Good morning, team!

friendly = Lotte writes: can you help me? Which answer is friendly?
friendly-hint = Which answer would you like to get?
friendly-praise = Yes. That answer is friendly and clear.
word-rude = No. Do it yourself.
word-nothing = no answer
sim-will-come = Yes, I will come now.

read-again = Read your message again before you send it. Is it short and friendly?

answer-lotte = Now answer Lotte. Type: Yes, I will come now.
answer-lotte-hint = Type in the Message field. Then click Send.
answer-lotte-praise = Yes. Now Lotte knows you are coming.

summary = Now you can send a short, friendly message to your team.
