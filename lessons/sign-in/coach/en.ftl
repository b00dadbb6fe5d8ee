coach-practises =
    The learner practises signing in: recognising the name box and the password box, typing a made-up name and password, and pressing Sign in.
    They also learn that the password shows as dots and what to do when the screen says the password is wrong.
coach-prepare =
    Have the sign-in screen of your own work computer or app in mind, or show it next to Stepwise, so you can point out the same two boxes.
    The practice name is Sam Peeters and the password is Sun-Tree-42 (in Dutch Zon-Boom-42): never let the learner type a real password in Stepwise.
coach-goes-wrong =
    Many learners do not trust the dots and think nothing was typed, or they type the password in the name box.
    Capital letters and the dash are common stumbling blocks; point at the lit key on the keyboard instead of typing for them.
    If a try is wrong, let the hint do its work first and wait before you step in.
coach-link =
    Practise the real sign-in at the start of the next shift, with the learner's own account, and let them do every key themselves.
    Agree with the learner what to do when they forget the password (for example: ask you, never a note on the screen).
coach-ask =
    What do you do when the screen says that your password is wrong?
