lesson-title = Sign in
lesson-goal = I can sign in with my name and my password.

intro = You sign in with your name and your password.
your-name = First you type your name. Here you use a made-up name: Sam Peeters.
your-password = Then you type your password. Your password is secret.
find-the-name-box = Where do you type your name? Click there.
find-the-name-box-hint = Look for the box with the small person in it.
find-the-name-box-praise = Yes. You type your name in this box.
only-dots = You type your password and you see only dots. Is that right?
only-dots-hint = Look at the box with the key.
only-dots-praise = Yes. The dots hide your password from other people.
sign-in = Sign in as Sam Peeters. The password is Sun-Tree-42.
sign-in-hint = Type the name, then the password. Then press Sign in.
sign-in-praise = Yes. You are signed in.
wrong-password = The screen says: wrong password. Do you type it again, slowly?
wrong-password-hint = Everybody types a wrong letter sometimes.
wrong-password-praise = Yes. Type it again slowly, or ask your coach.
summary = Now you can sign in with your name and your password.

sim-window = Work computer
sim-name = Name
sim-password = Password
sim-cancel = Cancel
sim-sign-in = Sign in
practice-name = Sam Peeters
practice-password = Sun-Tree-42
