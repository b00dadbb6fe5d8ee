coach-practises =
    The learner finds the mail button on a screen, recognises the inbox and a new mail
    (the blue dot), opens a mail and finds who sent it. In the pretend inbox they choose
    one mail by the sender's name.
coach-prepare =
    Open the mail program your workplace uses next to Stepwise, or have the learner's phone
    ready if they read mail there. Look where the new mails and the sender's name show in
    your program, so you can point at the same places afterwards.
coach-goes-wrong =
    Learners often look for the word "mail" instead of the envelope, or click the name list
    on the left instead of a mail. Point at the screen region, not at the answer, and let
    the learner click. Reading names can be hard: let the learner compare the first letter.
coach-link =
    Show where real work mails arrive: the schedule, a message from the team leader, a
    question from a colleague. Agree on when the learner checks their mail, for example
    after clocking in and after the break.
coach-ask =
    Who sends you mail at work, and what do you do when a new one comes in?
