lesson-title = Screen breaks
lesson-goal = I take breaks from the screen and sit well.

intro = You learn to sit well and to rest from the screen.
sit-well = Sit with your back against the chair. Put your feet flat on the floor.
screen-place = The top of the screen is at the height of your eyes. The screen is one arm away.
which-sits-well = Which person sits well?
which-sits-well-hint = Look at the back and the head.
which-sits-well-praise = Yes. This person sits with the back against the chair.
tired-eyes = The screen makes your eyes tired. Look away from the screen now and then.
look-far = You look out of the window for a moment. Is that good for your eyes?
look-far-hint = Your eyes rest when you look far away.
look-far-praise = Yes. Looking far away rests your eyes.
take-a-break = Take a short break every hour. Stand up, walk a bit and drink some water.
good-break = Which break is good for your eyes?
good-break-hint = Look for the break without a screen.
good-break-praise = Yes. A walk is a break without a screen.
tell-your-coach = Your head hurts after work at the screen. Do you tell your coach?
tell-your-coach-hint = Your coach wants to know when something hurts.
tell-your-coach-praise = Yes. Your coach helps you find a better way.
summary = Now you sit well, rest your eyes and take short breaks.

word-bent = bent forward
word-straight = back against the chair
word-phone = look at your phone
word-game = play a game
word-walk = walk a bit
