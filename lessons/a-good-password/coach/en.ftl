coach-practises =
    The learner practises telling a strong password (long, words and numbers) from a weak one (short digits, their own name, their birthday).
    They also practise the rules around it: never give it to a colleague, never stick it on the screen, and ask the coach when it is forgotten.
coach-prepare =
    Know your organisation's password rules and who resets a forgotten password, so you can answer the learner's questions in their real situation.
    Do not ask the learner for their own password, not even as an example: all practice passwords in this lesson are made up.
coach-goes-wrong =
    Some learners think a password must be secret from everyone except the coach, or they already keep a note under the keyboard.
    Do not scold: talk together about a safer way that works for this learner, such as a memorable three-word password or a reset routine with you.
    The pick step is about length; if the learner chooses "1234", point at how short the row of dots is.
coach-link =
    When the learner next changes or receives a password, help them make one in the Sun-Tree-42 style, without seeing it yourself.
    Check together that no password note sits on or near their workstation.
coach-ask =
    Somebody asks for your password. What do you say, and who do you tell?
