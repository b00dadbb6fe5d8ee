coach-practises =
    The learner practises a first check on what they see online: is this an advert, and is it
    too good to be true? They spot an advert, say no to a prize and a price that are too good,
    close such a page, and learn that asking the coach is always right.
coach-prepare =
    Keep one or two real examples ready: an advert on a page the learner knows, and a "you have
    won" pop-up or a too-cheap offer (a screenshot is safer than the live page). Show them after
    the lesson and let the learner find the signs.
coach-goes-wrong =
    Some learners trust anything that looks official or exciting, and some then distrust
    everything. Keep it to two questions: "does it want my money?" and "is it too good?". If a
    learner clicks "pay" or "type your name", ask what the page will do with the money or the
    name, rather than giving the answer.
coach-link =
    Link it to the phone as well as the work PC: prize messages and fake shops reach learners
    on their own phone. Agree that they show you anything that asks for money, a name or a
    password before they do anything.
coach-ask =
    "What do you do when a page says you have won something?"
