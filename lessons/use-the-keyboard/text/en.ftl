lesson-title = Use the keyboard
lesson-goal = I can type letters, a capital letter and a password.

letters = Each key has a letter. The lit key shows what to press next.
type-a-word = Type the word: Sun
type-a-word-hint = Hold Shift for the big S.
type-a-word-praise = Yes! You typed Sun.
word-to-type = Sun
secret = A password is secret. Here you type a made-up one.
type-a-password = Type: Sun-Tree-42
type-a-password-hint = Look at the lit keys, one by one.
type-a-password-praise = Yes! That is the password.
practice-password = Sun-Tree-42
done = Now you can type a word and a password.
