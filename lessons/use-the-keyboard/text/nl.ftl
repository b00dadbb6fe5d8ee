lesson-title = Het toetsenbord gebruiken
lesson-goal = Ik kan letters typen, een hoofdletter en een wachtwoord.

letters = Elke toets heeft een letter. De verlichte toets toont wat je nu drukt.
type-a-word = Typ het woord: Zon
type-a-word-hint = Houd Shift ingedrukt voor de grote Z.
type-a-word-praise = Ja! Je typte Zon.
word-to-type = Zon
secret = Een wachtwoord is geheim. Hier typ je een verzonnen wachtwoord.
type-a-password = Typ: Zon-Boom-42
type-a-password-hint = Kijk naar de verlichte toetsen, één voor één.
type-a-password-praise = Ja! Dat is het wachtwoord.
practice-password = Zon-Boom-42
done = Nu kan je een woord en een wachtwoord typen.
