coach-practises =
    The learner practises filling in a form: clicking in the right box, typing in each box, and
    pressing Send. The forms are a work-clothes order and an address change, with a made-up
    name and street, and the learner hears that a password never goes into a strange form.
coach-prepare =
    Think of a real form the learner meets at work, for example a leave request, an order for
    work clothes or a sign-up for a training day. Have it open next to Stepwise, or print it,
    so you can walk through it together after the lesson.
coach-goes-wrong =
    Learners often start typing before they have clicked in a box, or type everything in the
    first box. Ask "where is the blinking line?" rather than clicking for them. Some want to
    type their own name and address: remind them that here the name is made up, and that real
    details go only into forms you have checked together.
coach-link =
    Name the forms at your workplace that the learner will fill in, and who reads them. Agree
    on a simple rule: read the form again before Send, and ask the coach when a form asks for a
    password, a bank number or anything that feels strange.
coach-ask =
    "What do you do before you click Send?"
