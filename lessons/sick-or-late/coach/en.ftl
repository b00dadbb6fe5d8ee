coach-practises =
    The learner practises what to do when they are sick or late: call or send a message to the person the workplace names, before the work starts.
    They write a short, made-up sick message in a pretend message window and put the steps for being late in order.
coach-prepare =
    The lesson says "your coach or your boss" on purpose: fill in your workplace's own rule before you start.
    Know who the learner must call or message, which number or app, and by what time; write it down for the learner, with a photo of the person if that helps.
    Put that note, or the contact on the learner's own phone, next to Stepwise.
coach-goes-wrong =
    Learners often think a message to a colleague or a friend is enough, or that they can let it know later in the day.
    Some feel ashamed and would rather say nothing; say plainly that telling in time is what a good worker does.
    In the message step, let them type the sentence themselves, even slowly, and only point at the hint.
coach-link =
    Add the right contact to the learner's phone together, with a clear name and picture.
    Practise the real call or message once with you on the other end, using your own workplace's words.
    After a real sick day or late arrival, talk through what went well and what they can do next time.
coach-ask =
    Tomorrow morning you feel sick: who do you call, and before what time?
