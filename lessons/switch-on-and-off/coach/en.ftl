coach-practises =
    The learner switches the computer on with one short press of the power button, waits, and then signs in.
    To switch off, they click the start button, the power button in the start menu, and Shut down.
    They also learn never to pull the plug.
coach-prepare =
    Sit at a real computer that may be switched off and on during the lesson.
    The pictures follow Windows 11: a centred taskbar and the power button at the bottom right of the start menu.
    On Windows 10 the start button sits at the far left and the power button at the bottom left of the start menu, so show that on your own PC.
coach-goes-wrong =
    Many learners hold the power button down, or press it again because nothing seems to happen: practise "press once, then wait".
    In the start menu they may click the round arrow (restart) or the moon (sleep) instead of Shut down.
    Let the hint do its work first; point at the screen only after the second try.
coach-link =
    Let the learner switch off their own work computer at the end of the day, with you beside them.
    If your workplace keeps computers on or uses sleep, say so, and practise what your workplace really does.
coach-ask =
    Ask: "What do you do when the computer is switched off in the morning?"
    Then ask how they switch it off at the end of the day.
