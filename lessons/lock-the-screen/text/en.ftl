lesson-title = Lock the screen
lesson-goal = I lock the screen when I walk away.

intro = You lock the screen when you walk away.
why = Nobody else can use a locked screen. Your work stays safe.
on-a-break = You go on a break. Do you lock the screen first?
on-a-break-hint = Who can use your computer when you are away?
on-a-break-praise = Yes. You lock the screen, then you go.
two-keys = Hold the Windows key and press L. The Windows key has 4 small squares.
lock-now = Lock the screen: hold Win and press L.
lock-now-hint = Press Win first. Then press L.
lock-now-praise = Yes. The screen is locked.
in-order = Put the steps in order.
in-order-hint = What do you do before you walk away?
in-order-praise = Yes. Lock, walk away, and sign in when you come back.
is-it-safe = The screen is locked. Can a colleague read your mail now?
is-it-safe-hint = Look at the lock on the screen.
is-it-safe-praise = Right. Only your password opens the screen again.
lock-again = You walk away from the computer. Lock the screen.
lock-again-hint = Hold Win. Then press L.
lock-again-praise = Yes. Your work is safe now.
summary = Now you lock the screen when you walk away.

word-lock = lock the screen
word-walk-away = walk away
word-sign-in = sign in
