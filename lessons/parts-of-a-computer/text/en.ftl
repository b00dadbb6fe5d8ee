lesson-title = Parts of a computer
lesson-goal = I know the screen, the mouse and the keyboard.

intro = You learn the 3 main parts of a computer.
the-screen = This is the screen. On the screen you see words and pictures.
the-mouse = This is the mouse. You move the mouse with your hand.
the-keyboard = This is the keyboard. You type letters and numbers with it.
which-is-the-mouse = Which one is the mouse?
which-is-the-mouse-hint = Look for the thing you hold in your hand.
which-is-the-mouse-praise = Yes. That is the mouse.
which-is-the-screen = Which one is the screen?
which-is-the-screen-hint = Look for the thing that shows pictures.
which-is-the-screen-praise = Yes. That is the screen.
which-is-the-keyboard = Which one is the keyboard?
which-is-the-keyboard-hint = Look for the thing with many keys.
which-is-the-keyboard-praise = Yes. That is the keyboard.
a-laptop = A laptop is a computer you can carry. The screen and the keyboard are in one.
laptop-has-a-keyboard = Does a laptop have a keyboard?
laptop-has-a-keyboard-hint = Look at the bottom part of the laptop.
laptop-has-a-keyboard-praise = Yes. The keyboard of a laptop is under the screen.
summary = Now you know the screen, the mouse and the keyboard.

word-screen = screen
word-mouse = mouse
word-keyboard = keyboard
