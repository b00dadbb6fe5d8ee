lesson-title = Use the mouse
lesson-goal = I can move the mouse, click and double-click.

intro = You learn to move the mouse, click and double-click.
hold-the-mouse = Put your hand on the mouse. Move the mouse over the table.
the-arrow = When you move the mouse, the arrow on the screen moves too.
left-button = The left button is under your first finger. Press it once: that is a click.
which-button = Which button do you press to click?
which-button-hint = You click with the button under your first finger.
which-button-praise = Yes. You click with the left button.
click-the-button = Click once on the big button.
click-the-button-hint = Move the arrow onto the green button. Press the left button once.
click-the-button-praise = Yes. That was a click.
double-click = Some things open with a double click. You press 2 times, quickly.
open-the-folder = Double-click the folder.
open-the-folder-hint = Keep the mouse still. Press the left button 2 times, quickly.
open-the-folder-praise = Yes. The folder opens with a double click.
open-the-file = Now open the file with a double click.
open-the-file-hint = Put the arrow on the file. Press the left button 2 times, quickly.
open-the-file-praise = Yes. The file opens with a double click.
summary = Now you can move the mouse, click and double-click.

word-left-button = left button
word-right-button = right button
