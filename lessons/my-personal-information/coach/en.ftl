coach-practises =
    The learner practises recognising personal information (address, phone number, birthday, photos of themselves) and deciding who may have it.
    The rule of thumb is: only people you know well and who need it, and when in doubt, ask the coach first.
coach-prepare =
    Think of the places at work where the learner really gives personal data (the staff file, the schedule app, a colleague chat) so you can name them after the lesson.
    The lesson never asks the learner to type or say their own data; keep it that way in your talk too, and use made-up examples.
coach-goes-wrong =
    Learners who are friendly and trusting often answer "yes" to giving data to anyone who asks nicely; do not correct them harshly, ask "Do you know this person?" instead.
    The line between "your coach may know it" and "never give your password" can confuse: explain that a phone number is shared for work, a password with nobody.
coach-link =
    Look together at one real form or app where the learner has entered personal data, and talk about who can see it.
    Agree on a simple routine: a caller, page or message you do not know asks for your data, you say no and come to the coach.
coach-ask =
    Someone you do not know asks for your address. What do you do?
