lesson-title = De delen van een computer
lesson-goal = Ik ken het scherm, de muis en het toetsenbord.

intro = Je leert de 3 grote delen van een computer.
the-screen = Dit is het scherm. Op het scherm zie je woorden en beelden.
the-mouse = Dit is de muis. Je beweegt de muis met je hand.
the-keyboard = Dit is het toetsenbord. Daarmee typ je letters en cijfers.
which-is-the-mouse = Welke is de muis?
which-is-the-mouse-hint = Zoek het ding dat je in je hand houdt.
which-is-the-mouse-praise = Ja. Dat is de muis.
which-is-the-screen = Welk is het scherm?
which-is-the-screen-hint = Zoek het ding dat beelden toont.
which-is-the-screen-praise = Ja. Dat is het scherm.
which-is-the-keyboard = Welk is het toetsenbord?
which-is-the-keyboard-hint = Zoek het ding met veel toetsen.
which-is-the-keyboard-praise = Ja. Dat is het toetsenbord.
a-laptop = Een laptop is een computer die je kan meenemen. Het scherm en het toetsenbord zitten aan elkaar.
laptop-has-a-keyboard = Heeft een laptop een toetsenbord?
laptop-has-a-keyboard-hint = Kijk naar het onderste deel van de laptop.
laptop-has-a-keyboard-praise = Ja. Bij een laptop zit het toetsenbord onder het scherm.
summary = Nu ken je het scherm, de muis en het toetsenbord.

word-screen = scherm
word-mouse = muis
word-keyboard = toetsenbord
