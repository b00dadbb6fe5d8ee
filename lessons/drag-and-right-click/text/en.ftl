lesson-title = Drag and right-click
lesson-goal = I can drag a thing and use the right mouse button.

intro = You learn to drag a file and to use the right button.
hold-and-move = Press the left button on the file and hold it down. Then move the mouse and let go.
drag-into-the-folder = Drag the file into the folder.
drag-into-the-folder-hint = Hold the button down until the file is on the folder.
drag-into-the-folder-praise = Yes. The file is in the folder now.
drag-to-the-bin = You do not need this file any more. Drag it to the bin.
drag-to-the-bin-hint = Look for the bin. Let go when the file is on the bin.
drag-to-the-bin-praise = Yes. The file is in the bin now.
the-right-button = The right mouse button opens a small menu. The menu shows what you can do.
right-click-the-file = Click the file with the right mouse button.
right-click-the-file-hint = Use the right button. It is under your middle finger.
right-click-the-file-praise = Yes. That was a right click.
which-button = Which button opens the small menu?
which-button-hint = Think of the click you just did on the file.
which-button-praise = Yes. The right button opens the menu.
summary = Now you can drag a file. You can also click with the right button.

word-file = file
word-folder = folder
word-bin = bin
word-left-button = left button
word-right-button = right button
