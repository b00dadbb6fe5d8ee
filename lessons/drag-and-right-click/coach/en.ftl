coach-practises =
    The learner drags a file into a folder and into the bin, holding the left mouse button down the whole time.
    They also click with the right mouse button and learn that it opens a small menu.
coach-prepare =
    Make sure the mouse has a clear left and right button and enough room on the table.
    If you can, make a test folder and a test file on your own screen, so you can show the real thing after the lesson.
coach-goes-wrong =
    Many learners let go of the button too early, or click instead of holding. Let them feel it first with your hand next to theirs, not on top, then let them try alone.
    Some press both buttons at once for the right click; ask them to lift their first finger.
coach-link =
    Link it to real tasks: moving a photo of their work into the right folder, or opening the menu on a file to print it.
    Tell them that files in the bin can come back, but that they only put a file in the bin when you or they are sure.
coach-ask =
    Ask: "Which button do you hold down to drag, and what does the other button do?"
