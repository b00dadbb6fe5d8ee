coach-practises =
    The learner answers a mail with the Reply button, writes a short answer in a pretend
    window, finds the file that comes with a mail (the paperclip) and decides when it is
    safe to open a file: only from someone they know, when they expected it.
coach-prepare =
    Send the learner a real, harmless mail with a small file, for example this week's
    schedule, so you can practise Reply and opening the file in your own program after the
    lesson. Check which word your program uses for Reply and for the file.
coach-goes-wrong =
    Learners often click Forward instead of Reply, or open every file they get. Point at
    the arrow to the left and ask who will get the answer. For the two yes-no steps, ask
    "do you know this person?" before you say anything about the answer.
coach-link =
    Agree on a simple rule for the learner's work: files from the team leader and the coach
    are fine; anything else, they show you first. Link it to the lesson about fake messages if
    the learner has done it.
coach-ask =
    A mail comes with a file and you do not know who sent it. What do you do?
