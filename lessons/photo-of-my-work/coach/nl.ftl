coach-practises =
    De lerende oefent een foto maken van afgewerkt werk met een telefoon en die naar de coach sturen: de ronde knop vinden, beoordelen of de foto scherp en licht is, en de deelknop vinden.
    De lerende leert ook eerst te vragen voor een foto met een collega erop verstuurd wordt.
coach-prepare =
    Leg een werktelefoon of de eigen telefoon van de lerende klaar, met de camera en de app waarmee jullie foto's sturen.
    Spreek vooraf af waar foto's van het werk naartoe gaan (een chat met jou, een teamchat, een gedeelde map) en of de lerende daarvoor de eigen telefoon mag gebruiken.
coach-goes-wrong =
    Op een echte telefoon maken lerenden vaak per ongeluk meerdere foto's, of raken ze de weg kwijt in de lijst met apps na de deelknop.
    Laat de telefoon met twee handen vasthouden en de stappen hardop zeggen; wijs naar het scherm in plaats van de telefoon over te nemen.
    Een wazige of donkere foto is een kans om het opnieuw te proberen, geen fout.
coach-link =
    Spreek een paar vaste momenten per dag of per week af waarop de lerende je een foto van afgewerkt werk stuurt, en antwoord telkens.
    De foto's zijn ook handig voor een portfolio van wat de lerende kan; vraag toestemming voor je ze bewaart of deelt.
coach-ask =
    Welk werk heb je vandaag gedaan dat je graag op een foto zou tonen?
