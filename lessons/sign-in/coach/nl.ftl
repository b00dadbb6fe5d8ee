coach-practises =
    De lerende oefent het aanmelden: het vakje voor de naam en het vakje voor het wachtwoord herkennen, een verzonnen naam en wachtwoord typen en op Aanmelden drukken.
    Hij of zij leert ook dat het wachtwoord als bolletjes verschijnt en wat je doet als het scherm zegt dat het wachtwoord verkeerd is.
coach-prepare =
    Houd het aanmeldscherm van jullie eigen werkcomputer of app bij de hand, of toon het naast Stepwise, zodat je dezelfde twee vakjes kunt aanwijzen.
    De oefennaam is Sam Peeters en het wachtwoord is Zon-Boom-42 (in het Engels Sun-Tree-42): laat de lerende nooit een echt wachtwoord typen in Stepwise.
coach-goes-wrong =
    Veel lerenden vertrouwen de bolletjes niet en denken dat er niets getypt is, of ze typen het wachtwoord in het vakje voor de naam.
    Hoofdletters en het streepje zijn vaak lastig; wijs de verlichte toets aan in plaats van zelf te typen.
    Bij een fout antwoord laat je eerst de hint zijn werk doen en wacht je even voor je tussenkomt.
coach-link =
    Oefen het echte aanmelden bij het begin van de volgende werkdag, met het eigen account van de lerende, en laat hem of haar elke toets zelf doen.
    Spreek af wat de lerende doet bij een vergeten wachtwoord (bijvoorbeeld: het aan jou vragen, nooit een briefje op het scherm).
coach-ask =
    Wat doe je als het scherm zegt dat je wachtwoord verkeerd is?
