coach-practises =
    The learner practises taking a photo of finished work with a phone and sending it to the coach: finding the round button, judging whether the photo is sharp and light, and finding the share button.
    They also learn to ask before sending a photo with a colleague in it.
coach-prepare =
    Have a work phone or the learner's own phone ready, with the camera and the app your workplace uses to send photos.
    Decide in advance where photos of work go (a chat with you, a team chat, a shared folder) and whether the learner may use their own phone for it.
coach-goes-wrong =
    On a real phone, learners often take several photos by accident, switch to video, or press the share button and get lost in the list of apps.
    Let them hold the phone with two hands and say the steps out loud; point at the screen instead of taking the phone.
    A blurry or dark photo is a good moment to try again, not a mistake.
coach-link =
    Agree on a few moments a day or a week when the learner sends you a photo of finished work, and answer each one.
    The photos are also useful for a portfolio of what the learner can do; ask permission before you keep or share them.
coach-ask =
    What work did you do today that you would like to show in a photo?
