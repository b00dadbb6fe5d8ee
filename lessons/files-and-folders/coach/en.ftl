coach-practises =
    The learner practises the idea behind folders: files that belong together go in one place.
    They drag a photo and a letter into the folder with the matching picture, then open the
    photos folder and pick out their own photo again.
coach-prepare =
    Open the file explorer on the workstation and make a practice folder with two subfolders,
    for example "Photos" and "Letters", each with one or two harmless files. After the lesson,
    the learner can do the same with real files next to Stepwise.
coach-goes-wrong =
    Dragging is hard for some learners: they let go of the mouse button too early, so the file
    drops back. Let them try again and say "keep the button down until you are on the folder";
    do not take the mouse. Some read only the pictures on the folders: that is fine, it is the
    point of the lesson.
coach-link =
    Show where the learner's own work files live, for example a folder for the photos of their
    work or a folder for their schedules. Agree on one or two folder names and use them every
    time, so the learner can find things without help.
coach-ask =
    "Where would you keep a photo of your work, and how would you find it tomorrow?"
