coach-practises =
    The learner practises two habits that protect health at a screen: sitting well (back against the chair, feet flat, screen at eye height and an arm away) and resting the eyes and body with short breaks.
    They also learn that a break from the screen means no screen, so scrolling on a phone does not count, and that pain is something to tell you about.
coach-prepare =
    Do the lesson at the learner's own workstation if you can, so you can adjust the real chair and screen straight after.
    Check your workplace's break rules first: the lesson says "a short break every hour"; if your rules differ, say so.
coach-goes-wrong =
    Some learners pick the phone as a good break, because for them a break means the phone. Do not correct the person; talk about what the eyes need: something far away, not a small bright screen.
    Others find it hard to link the drawing to their own body. Let them sit in both ways for a moment and feel the difference.
coach-link =
    Right after the lesson, look together at the learner's chair height, feet and screen. Agree on a break signal that fits the work, for example the end of a box of work or a timer.
    If the learner often has headaches or sore eyes, think of an eye test or a talk with the occupational doctor.
coach-ask =
    Ask: "When do you take your next break, and what will you do in it?"
