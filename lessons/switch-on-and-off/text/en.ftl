lesson-title = Switch on and off
lesson-goal = I can switch the computer on and off the right way.

intro = You learn to switch the computer on and off the right way.
press-once = Press the power button once. Do not hold it down.
wait = Then wait. The computer needs a moment to start.
start-in-order = Put the steps in order.
start-in-order-hint = What do you do first? Look for the finger on the button.
start-in-order-praise = Yes. Press, wait, then sign in.
switch-off = To switch off, you use the screen. First you click the start button.
find-start = Click the start button.
find-start-hint = Look at the bottom of the screen. The start button has 4 squares.
find-start-praise = Yes. The start menu opens.
find-power = Click the power button in the start menu.
find-power-hint = Look at the bottom of the start menu, on the right.
find-power-praise = Yes. A small menu opens.
find-shut-down = Now click Shut down.
find-shut-down-hint = Shut down has the same sign as the power button.
find-shut-down-praise = Yes. Now the computer closes its work and switches off.
pull-the-plug = Do you pull the plug to switch off?
pull-the-plug-hint = The computer must close its work first.
pull-the-plug-praise = That is right. Never pull the plug: use Shut down.
summary = Now you can switch the computer on and off the right way.

word-press = press
word-wait = wait
word-sign-in = sign in
