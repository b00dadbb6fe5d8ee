lesson-title = Use the mouse
lesson-goal = I can move the mouse, click and double-click.

hold-the-mouse = You hold the mouse in your hand. You move it on the table.
the-arrow = When you move the mouse, the arrow on the screen moves too.
left-button = The left button is under your first finger. Press it once: that is a click.
click-the-button = Click once on the big button.
click-the-button-hint = Use the left button. Press it one time.
click-the-button-praise = Yes! That was a click.
double-click = Some things open with a double click. You press two times, quickly.
open-the-folder = Double-click the folder.
open-the-folder-hint = Press the left button two times, quickly.
open-the-folder-praise = Yes! The folder opens with a double click.
done = Now you can click and double-click.
