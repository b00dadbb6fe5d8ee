lesson-title = When the screen is stuck
lesson-goal = When the screen is stuck, I stay calm. I know what to do.

intro = Sometimes the screen is stuck. You learn what to do then.
stuck = The screen does not change. Nothing happens when you click.
stay-calm = This happens to everybody. Stay calm and take your hand off the mouse.
what-first = The screen is stuck. What do you do first?
what-first-hint = The computer is busy. What does the computer need?
what-first-praise = Yes. The computer often needs a little time.
wait = Wait one minute. Often the computer is busy and goes on by itself.
try-again = Still stuck? Click one time, and look at the screen.
ask-your-coach = Still stuck? Then ask your coach for help.
in-order = Put the steps in order.
in-order-hint = What do you do first, when the screen is stuck?
in-order-praise = Yes. Stay calm, wait, try again, then ask your coach.
your-fault = The screen is stuck. Is that your fault?
your-fault-hint = A stuck screen happens to everybody.
your-fault-praise = Right. It is not your fault, it happens to everybody.
summary = Now you know what to do when the screen is stuck.

word-click-a-lot = click many times
word-wait = wait
word-press-keys = press many keys
word-stay-calm = stay calm
word-try-again = try again
word-ask-your-coach = ask your coach
