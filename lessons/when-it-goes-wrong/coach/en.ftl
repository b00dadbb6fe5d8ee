coach-practises =
    The learner practises a calm routine for a screen that seems stuck: stay calm and take the hand off the mouse, wait a minute, try one click, then ask you.
    The lesson also says clearly that a stuck screen is not the learner's fault, because fear of "breaking it" often makes people click wildly.
coach-prepare =
    No preparation is needed. If you can, think of a moment when the learner's own computer was slow or stuck, so you can talk about it afterwards.
    Know what you yourself want the learner to do after asking you, for example call you over or send you a photo of the screen.
coach-goes-wrong =
    Learners who are anxious often choose "click many times", because that is what they do. Do not correct the person; ask what happened the last time they clicked a lot.
    In the order step some put "ask your coach" first. That is a safe choice too; explain that waiting first often solves it and saves them waiting for you.
coach-link =
    The lesson deliberately gives no fixes such as restarting or pulling the plug: at work, these are your call.
    When the learner's screen is really stuck at work, walk through the same four steps together, in the same words: stay calm, wait, try again, ask your coach.
coach-ask =
    Ask: "What do you do the next time your screen is stuck?"
