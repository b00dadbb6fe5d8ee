coach-practises =
    The learner practises telling kind from unkind messages, waiting until they are calm before they write when they are angry, and what to do when someone is unkind to them: do not write back, keep the message, tell you and show it.
    The lesson says clearly that an unkind message is never the learner's fault.
coach-prepare =
    Think about whether this learner has had unkind messages before, at work or in private; the lesson may bring up feelings. Do it in a quiet place, at a moment when you have time to talk afterwards.
    Know your workplace's procedure for bullying or harassment, so you can say what happens after the learner tells you.
coach-goes-wrong =
    Some learners choose "keep it to yourself" because they have learned that telling makes it worse. Take that seriously and ask about it after the lesson, not during the step.
    In the angry step some answer "yes" honestly. Do not judge; talk about what they can do first: stand up, take a breath, talk to you.
coach-link =
    Look together at the chat or mail the learner really uses at work and at how colleagues write there. If the learner uses social media in private, the same rules help there too.
    When a learner shows you an unkind message, thank them for telling you, and act on it.
coach-ask =
    Ask: "Someone writes something nasty to you in the team chat. Who do you tell, and what do you show?"
