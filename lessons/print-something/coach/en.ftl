coach-practises =
    The learner practises printing in four moves: Ctrl + P to open the print window, a look at
    the page, the number of copies, and the Print button. They also learn not to press Print
    again and again when nothing comes out.
coach-prepare =
    Find out which printer the workstation prints to and where it stands, and check it has
    paper. After the lesson, print one real page together (a schedule or a checklist) and walk
    to the printer with the learner.
coach-goes-wrong =
    Learners may press Print several times when the printer is slow, and then get a stack of
    copies. Some look for the Print button in a menu: in the lesson it is the blue button at
    the bottom right; show where it is in your programs. Let the learner find it; point at the
    area, not at the button.
coach-link =
    Link it to pages the learner really prints: a schedule, a checklist, a label. Show where
    the paper comes out and what to do when it does not (wait, then ask), and agree on how many
    copies are normal.
coach-ask =
    "What do you do when nothing comes out of the printer?"
