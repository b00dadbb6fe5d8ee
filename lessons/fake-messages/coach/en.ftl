coach-practises =
    The learner practises spotting the signs of a fake (phishing) mail: a sender they do not know, a promise of money or a hurry, and a link that asks for a password.
    They practise the safe reaction: do not click, close a page that asks for a password, and ask the coach.
coach-prepare =
    If you can, keep a real example of a phishing mail your organisation received (with the links removed) to show after the lesson.
    Know who in your organisation handles suspicious mail, so "ask your coach" leads somewhere.
coach-goes-wrong =
    The simulated page looks like the sign-in window from the Sign in lesson, on purpose: many learners start typing because they have practised it; the hint tells them to press Close.
    Some learners become afraid of every mail; reassure them that mails from people they know are fine and that asking is always allowed.
    Avoid the word "phishing" with the learner; "fake mail" is enough.
coach-link =
    Go through the learner's real inbox together once a week for a while and let them point out anything that looks strange.
    Praise every time they come to you with a doubtful mail, even when it turns out to be real.
coach-ask =
    A mail says you win money and asks for your password. What do you do?
