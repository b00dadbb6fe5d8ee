lesson-title = How Stepwise works
lesson-goal = I know how Stepwise works.

intro = You learn how a lesson in Stepwise works.
the-speaker = Press the speaker to hear the text. You can hear it again and again.
the-next-button = Press Next to go to the next step. Next is at the bottom on the right.
the-help-button = Do you not know what to do? Press Help.
which-is-help = Which button gives you help?
which-is-help-hint = Look for the 2 hands.
which-is-help-praise = Yes. That is the Help button.
the-back-button = Press Back to stop for now. Your work is saved.
which-is-back = You want to stop for now. Which button do you press?
which-is-back-hint = Look for the arrow to the left.
which-is-back-praise = Yes. Back stops the lesson, and your work is saved.
mistakes-are-safe = A mistake is fine here. You can try again as often as you like.
is-a-mistake-ok = Is it fine to make a mistake here?
is-a-mistake-ok-hint = Look at the round arrow. You can always try again.
is-a-mistake-ok-praise = Yes. A mistake is fine: you lose nothing and you try again.
is-help-bad = Is it bad to press Help?
is-help-bad-hint = Help is always there for you.
is-help-bad-praise = That is right. Help is never bad: use it when you need it.
summary = Now you know the speaker, Help, Next and Back. A mistake is fine.

word-next = Next
word-help = Help
word-back = Back
word-speaker = Hear it
