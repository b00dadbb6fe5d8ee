lesson-title = Use a touchscreen
lesson-goal = I can tap and swipe on a tablet or phone.

intro = On a phone or tablet, you touch the screen with your finger.
tap = Touch the screen once, short and soft, with one finger. That is called a tap.
tap-the-photo = Tap the photo to open it. On the computer, you click it once.
tap-the-photo-hint = Tap or click one time on the photo.
tap-the-photo-praise = Yes. One tap opens the photo.
swipe = Put your finger on the screen and slide it to the side. That is called a swipe.
swipe-to-answer = Your phone rings. Swipe the green button to answer the call.
swipe-to-answer-hint = Drag the green button with the mouse. Let go on the person with the phone.
swipe-to-answer-praise = Yes. You answered the call.
to-open = You want to open a photo. What do you do?
to-open-hint = Think of how you opened the photo before.
to-open-praise = Yes. You tap to open something.
next-photo = You want to see the next photo. What do you do?
next-photo-hint = The next photo comes in from the side.
next-photo-praise = Yes. You swipe to see the next photo.
summary = Now you can tap and swipe on a phone or tablet.

word-tap = tap
word-swipe = swipe
word-call = call
word-answer = answer
