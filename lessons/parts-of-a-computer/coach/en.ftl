coach-practises =
    The learner names the 3 main parts of a computer: the screen, the mouse and the keyboard.
    They pick each part from pictures and see that a laptop has the screen and the keyboard in one.
    Stepwise always says "screen", never "monitor", so use that word too.
coach-prepare =
    Sit at a real computer with the learner, so they can touch each part while the lesson names it.
    If the learner works on a laptop at work, have one at hand as well.
coach-goes-wrong =
    Some learners mix up the keyboard and the mouse, because both are on the table.
    Ask them to put a hand on the real part before they pick the picture.
    A learner who picks at random can use Help; wait before you point.
coach-link =
    Name the parts when you work together: "look at the screen", "take the mouse".
    Point out the screen, mouse and keyboard at the learner's own workplace, such as the time clock or the office PC.
coach-ask =
    Ask the learner to show you the screen, the mouse and the keyboard of the computer in front of them.
    If they hesitate, name one part and let them point to it.
