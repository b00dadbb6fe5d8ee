lesson-title = Drag and right-click
lesson-goal = I can drag a thing and use the right mouse button.

move-a-file = You can move a file with the mouse. That is called dragging.
hold-and-move = Press the left button on the file. Keep it down and move the mouse.
drag-into-the-folder = Drag the file into the folder.
drag-into-the-folder-hint = Keep the button down until the file is on the folder.
drag-into-the-folder-praise = Yes! The file is in the folder now.
the-right-button = The right button opens a small menu. It shows what you can do.
right-click-the-file = Click the file with the right button.
right-click-the-file-hint = Use the button under your middle finger.
right-click-the-file-praise = Yes! That was a right click.
done = Now you can drag and right-click.

word-file = file
word-folder = folder
word-bin = bin
