coach-practises =
    The learner practises working with a digital task list: seeing which tasks are done, ticking off a finished task, and writing a short note when something is missing.
    They also learn to tick off only what is really finished, and to tell the coach when a task is not done.
coach-prepare =
    If your workplace uses a tablet, an app or a screen for tasks, have it ready next to Stepwise so the learner can compare.
    Check which words and pictures your list uses for the tasks, and whether the learner ticks off by tapping the box or the name.
    No tablet at your workplace? A paper checklist on the wall teaches the same routine.
coach-goes-wrong =
    Learners sometimes tick off everything at once, at the start or at the end of the day, or tick off a task they meant to do.
    Ask "Is it done?" before each tick instead of taking the tablet, and show how to undo a tick in your own app.
    Writing the note can be slow: the exact words matter less than telling what is missing.
coach-link =
    Go through the real list together at the start of the shift, and check it together at the end for the first weeks.
    Show the learner that you read their notes and act on them (the soap gets refilled), so writing a note has a point.
coach-ask =
    Which tasks on your list did you do today, and did you tick them off?
