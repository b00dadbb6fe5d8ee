coach-practises =
    The learner practises the daily routine: clock in on arrival, clock out before going home.
    They type a made-up badge number into a pretend time clock and choose the right button.
    They also learn what to do after forgetting: tell the coach, so the hours can be fixed.
coach-prepare =
    Find out how clocking works at your workplace: a badge, a card, a PIN, an app or a terminal.
    If you can, open your own time-clock app next to Stepwise, or plan a visit to the real time clock afterwards.
    The learner never types a real badge number into Stepwise; the practice number is 2468.
coach-goes-wrong =
    Learners often mix up the two buttons, or press a button before typing the number.
    Point at the arrow on the button and ask "Are you coming in or going out?" instead of pressing for them.
    If the number is the hard part, let them read it digit by digit and check the box before pressing.
coach-link =
    Go to the real time clock together the next morning and let the learner do it while you watch.
    Agree on a fixed cue, such as the coat rack or the door, that reminds them to clock in and to clock out.
    Tell them who fixes the hours at your workplace when they forget.
coach-ask =
    What do you do at the time clock when you come in tomorrow, and when you go home?
