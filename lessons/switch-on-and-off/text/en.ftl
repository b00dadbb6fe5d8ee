lesson-title = Switch on and off
lesson-goal = I can switch the computer on and off the right way.

intro = You switch the computer on with the power button.
press-once = Press the power button once. Do not hold it down.
wait = Then wait. The computer needs a moment to start.
start-in-order = Put the steps in order.
start-in-order-hint = What do you do first?
start-in-order-praise = Yes! Press, wait, then sign in.
shut-down = To stop, you use the start menu. You choose Shut down.
find-shut-down = Find the button to shut down.
find-shut-down-hint = Look at the bottom of the start menu.
find-shut-down-praise = Yes! This button shuts the computer down.
pull-the-plug = Do you pull the plug to switch off?
pull-the-plug-hint = The computer must close its work first.
pull-the-plug-praise = Right. Never pull the plug. Choose Shut down.
done = Now you can switch the computer on and off.

word-press = press
word-wait = wait
word-sign-in = sign in
