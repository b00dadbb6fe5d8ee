coach-practises =
    The learner practises reading a week schedule: finding today, the start time and the work for a day, and spotting a free day.
    They also match a start time to a wall clock, and learn to ask when the schedule is not clear.
coach-prepare =
    Print or open the learner's own schedule, or the team schedule, and keep it next to Stepwise.
    Notice how your workplace marks today, times, tasks and days off: colours, pictures or words.
    The practice schedule has no day names, so the lesson talks about "today" and about pictures.
coach-goes-wrong =
    Learners may tap the picture of the work when asked for the time, or look at the wrong column.
    Ask them to put a finger on the blue column first and then move down it, rather than pointing for them.
    Reading the clock can be hard: let them compare the short hand with the real clock in the room.
coach-link =
    Go through the real schedule together at the start of the week, in the same order: today, the start time, the work.
    If your schedule has no pictures, consider adding pictograms for the main tasks and a clear mark for today.
coach-ask =
    Look at your own schedule: what time do you start tomorrow, and what work do you do?
