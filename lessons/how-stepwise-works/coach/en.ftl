coach-practises =
    The learner meets the frame that every lesson shares: the speaker, Help, Next and Back.
    They answer a few very easy questions, so they feel how a hint and the calm praise work.
    The real aim is trust: mistakes are safe and asking for help is normal.
coach-prepare =
    Sit beside the learner and let them hold the mouse from the start.
    Check that the sound is on and the volume is comfortable, or use headphones in a busy room.
    Do this lesson first, before any other lesson in Stepwise.
coach-goes-wrong =
    Some learners do not dare to press anything, because they fear breaking the computer.
    Say that nothing can break here, and let them press a wrong answer on purpose to see the hint.
    Do not press for them: point at the screen and wait a moment.
coach-link =
    Help and Back are the same in every lesson, so this lesson carries over to all the others.
    At work, link it to asking you or a colleague for help: that is never wrong either.
    Tell the learner that their work is saved, so they can stop when their break starts.
coach-ask =
    Ask: "What do you do when you do not know the answer?"
    A good answer is "press Help" or "ask you"; both are right.
