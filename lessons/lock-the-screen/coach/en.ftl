coach-practises =
    The learner practises why and when to lock the screen (every time they walk away, also for a short break) and the Windows shortcut: hold the Windows key and press L.
    They also put the routine in order: lock, walk away, sign in again when back.
coach-prepare =
    Find the Windows key on the learner's real keyboard and check that Windows key + L works on your workstations; on a Linux or kiosk PC the shortcut may differ, so know your own one.
    Stepwise shows the keys on screen because the real shortcut would lock the PC; the learner can press the pictured keys with the mouse or the real keys.
coach-goes-wrong =
    Learners often press L first, or let go of the Windows key too early; the hint shows the order, so let the learner try again before you help.
    Some learners worry that locking closes or loses their work: show them on a real PC that everything is still there after signing in again.
coach-link =
    Make locking part of the break routine: at the next break, wait at the door and let the learner lock the screen themselves.
    A small sticker with the two keys next to the keyboard can help at first.
coach-ask =
    When do you lock your screen today?
