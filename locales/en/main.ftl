# Stepwise user interface, English.
# Easy to read: short sentences, everyday words, the same word for the same thing.

app-title = Stepwise

## The frame on every screen
back = Back
help = Help
next = Next
yes = Yes
no = No
hear = Hear it

## Sign-in
signin-title = Who are you?
signin-new = I am new
signin-confirm = Is this you?
signin-settings = Settings
page-before = Before
page-more = More
page-count = Page { $page } of { $pages }

## New learner
new-title = Your picture
new-text = Pick a picture. It shows who you are.
new-name-label = Your first name. You may leave it empty.
new-name-placeholder = First name
new-save = This is me
new-full = There is no free picture. Please ask your coach.

## Home
home-title = Hello { $name }
home-title-no-name = Hello
home-go-on = Go on: { $lesson }, step { $step }
home-start = Start: { $lesson }
home-all-done = You did all lessons.
home-done-count = { $done } of { $total } done
home-saved = Your work is saved.
lesson-finished-mark = Done
sign-out = Sign out
sign-out-confirm = Do you want to stop for today?

## Lessons
step-count = Step { $step } of { $total }
show-answer = This is the right one. Press it.
show-order = The numbers show the order. Put the cards in that order.
show-sim = Fill in the text you see. Then press the button with the hand.
show-shortcut = Press the numbered keys in order.
key-ctrl = Ctrl
key-windows = Win
key-alt = Alt
key-shift = Shift
show-type = Type the letters you see, one by one. Then press Enter.
type-placeholder = Type here
type-done = Done
show-drag = Hold the left button down on the picture. Move it to the outlined place. Let go there.
show-click-single = Press the left mouse button once, on the picture.
show-click-double = Press the left mouse button two times, quickly, on the picture.
show-click-right = Press the right mouse button once, on the picture.
click-once-more = You clicked once. Click once more, quickly.
end-title = You finished the lesson.
end-can = You can now:
again = Again
home = Home

## Settings
settings-title = Settings
settings-language = Language
settings-text-size = Text size
settings-bigger = Bigger
settings-smaller = Smaller
settings-contrast = Strong colours
settings-motion = Less movement
settings-show-first = Show me first
on = On
off = Off
settings-left-out = For the coach: these lessons are left out.
settings-left-out-more = And { $count } more: see stepwise doctor.

## Errors: the learner sees these; the details go to the log.
error-title = Stepwise cannot start
error-data-folder = Stepwise cannot save work on this computer. Please ask your coach.
error-newer-database = This computer has a newer Stepwise. Please ask your coach.
error-damaged-database = The saved work on this computer is damaged. Please ask your coach.
error-disk-full = The computer is full. Your work is saved until now. Please ask your coach.
error-saving = Stepwise could not save this step. Please ask your coach.
error-for-coach = For the coach: { $detail }
error-close = Close Stepwise

## Sign-in pictures, for the ear and for the coach
symbol-tree = tree
symbol-sun = sun
symbol-star = star
symbol-house = house
symbol-car = car
symbol-bicycle = bicycle
symbol-flower = flower
symbol-guitar = guitar
symbol-boat = boat
symbol-apple = apple
symbol-moon = moon
symbol-umbrella = umbrella
symbol-bus = bus
symbol-train = train
symbol-leaf = leaf
symbol-bell = bell
symbol-rainbow = rainbow
symbol-fish = fish
symbol-bird = bird
symbol-plane = plane
symbol-camera = camera
symbol-lamp = lamp
symbol-chair = chair
symbol-mug = mug
background-sky = blue circle
background-sand = yellow square
background-mint = green tile
picture-name = { $symbol } on a { $background }
