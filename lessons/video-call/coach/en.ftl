coach-practises =
    The learner joins a video call in a pretend window and finds the buttons for the
    camera, the microphone and leaving the call on a drawn call screen. They learn to
    switch the microphone off when they do not talk.
coach-prepare =
    Set up a short test call in the program your workplace uses, with headphones ready, so
    the learner can try the real buttons after the lesson. Check that the PC's camera and
    microphone work before you start.
coach-goes-wrong =
    The camera and microphone buttons look alike, and many programs show a line through the
    icon when it is off, which learners read as "broken". Let the learner click once and
    look at what changes. Some learners press the red button by accident: say that you can
    join again with the same link.
coach-link =
    Use it for real calls: a team meeting, a talk with the coach from home, a call with a
    doctor or a service. Agree on a quiet place for calls and on who sends the link.
coach-ask =
    When is it a good idea to switch your microphone off in a video call?
