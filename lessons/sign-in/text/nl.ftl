lesson-title = Aanmelden
lesson-goal = Ik kan me aanmelden met mijn naam en mijn wachtwoord.

intro = Je meldt je aan met je naam en je wachtwoord.
your-name = Eerst typ je je naam. Hier gebruik je een verzonnen naam: Sam Peeters.
your-password = Dan typ je je wachtwoord. Je wachtwoord is geheim.
find-the-name-box = Waar typ je je naam? Klik daar.
find-the-name-box-hint = Zoek het vakje met het kleine poppetje erin.
find-the-name-box-praise = Ja. In dit vakje typ je je naam.
only-dots = Je typt je wachtwoord en je ziet alleen bolletjes. Is dat goed?
only-dots-hint = Kijk naar het vakje met de sleutel.
only-dots-praise = Ja. De bolletjes verbergen je wachtwoord voor anderen.
sign-in = Meld je aan als Sam Peeters. Het wachtwoord is Zon-Boom-42.
sign-in-hint = Typ de naam, dan het wachtwoord. Druk dan op Aanmelden.
sign-in-praise = Ja. Je bent aangemeld.
wrong-password = Het scherm zegt: verkeerd wachtwoord. Probeer je het rustig opnieuw?
wrong-password-hint = Iedereen typt soms een verkeerde letter.
wrong-password-praise = Ja. Typ het rustig opnieuw, of vraag het aan je coach.
summary = Nu kan je je aanmelden met je naam en je wachtwoord.

sim-window = Werkcomputer
sim-name = Naam
sim-password = Wachtwoord
sim-cancel = Annuleren
sim-sign-in = Aanmelden
practice-name = Sam Peeters
practice-password = Zon-Boom-42
