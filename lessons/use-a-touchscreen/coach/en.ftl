coach-practises =
    The learner learns the two main touches on a phone or tablet: a tap (one short touch) and a swipe (slide the finger to the side).
    On the workstation a tap is practised as one click and a swipe as a drag with the mouse; if the PC has a touchscreen, the learner can use the finger.
coach-prepare =
    Bring a work tablet or a phone without personal data, for example with a photo album of test photos.
    After the lesson, let the learner do the same on the real device: open a photo with a tap and swipe to the next one.
coach-goes-wrong =
    On a real screen, many learners press too long or too hard, and a menu opens instead; tell them to touch short and soft.
    Some swipe with two fingers or touch the screen with the palm of the hand; hold the device together first and let them use one finger.
coach-link =
    Link it to devices they use at work: a tablet with a checklist, a time clock with a touchscreen, the phone to call their coach.
    Ask which apps on their own phone they already open by tapping.
coach-ask =
    Ask: "How do you open a photo on your phone, and how do you see the next one?"
