lesson-title = De delen van een computer
lesson-goal = Ik ken het scherm, de muis en het toetsenbord.

intro = Een computer heeft drie grote delen. We bekijken ze samen.
the-screen = Dit is het scherm. Je ziet er woorden en prenten op.
the-mouse = Dit is de muis. Je beweegt de muis met je hand.
the-keyboard = Dit is het toetsenbord. Daarmee typ je letters.
which-is-the-mouse = Welke is de muis?
which-is-the-mouse-hint = Zoek het ding dat je in je hand houdt.
which-is-the-mouse-praise = Ja! Dat is de muis.
which-is-the-screen = Welke is het scherm?
which-is-the-screen-hint = Zoek het ding dat prenten toont.
which-is-the-screen-praise = Ja! Dat is het scherm.
which-is-the-keyboard = Welke is het toetsenbord?
which-is-the-keyboard-hint = Zoek het ding met letters erop.
which-is-the-keyboard-praise = Ja! Dat is het toetsenbord.
a-laptop = Een laptop heeft een scherm en een toetsenbord in één.

word-screen = scherm
word-mouse = muis
word-keyboard = toetsenbord
