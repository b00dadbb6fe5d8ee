lesson-title = Parts of a computer
lesson-goal = I know the screen, the mouse and the keyboard.

intro = A computer has three main parts. Let us look at them.
the-screen = This is the screen. It shows words and pictures.
the-mouse = This is the mouse. You move it with your hand.
the-keyboard = This is the keyboard. You type letters with it.
which-is-the-mouse = Which one is the mouse?
which-is-the-mouse-hint = Look for the thing you hold in your hand.
which-is-the-mouse-praise = Yes! That is the mouse.
which-is-the-screen = Which one is the screen?
which-is-the-screen-hint = Look for the thing that shows pictures.
which-is-the-screen-praise = Yes! That is the screen.
which-is-the-keyboard = Which one is the keyboard?
which-is-the-keyboard-hint = Look for the thing with letters on it.
which-is-the-keyboard-praise = Yes! That is the keyboard.
a-laptop = A laptop has a screen and a keyboard in one.

word-screen = screen
word-mouse = mouse
word-keyboard = keyboard
