coach-practises =
    The learner types a word, two words with a space, a word with a capital letter and a made-up name.
    They also learn which key deletes a letter (Backspace) and find it on a picture of a keyboard.
coach-prepare =
    Check that the keyboard layout in the Stepwise settings matches the real keyboard (qwerty or Belgian azerty), so the blue key on the screen is the key under their fingers.
    Have a sheet of paper ready to cover the screen hint if you want to see whether they find the keys alone.
coach-goes-wrong =
    Learners often press Shift after the letter, or keep Shift down for the whole word; show it once slowly and then let them try.
    Some hold a key too long and get "bbbox"; that is a good moment to try Backspace on the real keyboard.
    Stepwise cannot check that Backspace was used, so watch them fix one wrong letter on the real keyboard.
coach-link =
    Link it to tasks at work where they type: their name on a form, a short chat message, a search word.
    Let them type their own first name at the end, in a real program, not in Stepwise.
coach-ask =
    Ask: "You typed a wrong letter. What do you do now?"
