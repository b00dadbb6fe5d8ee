coach-practises =
    De lerende begint een nieuwe mail, leert de delen (Aan, Onderwerp, Bericht, Verzenden),
    typt een verzonnen adres met het @-teken en schrijft een korte, vriendelijke mail in een
    nagebootst venster.
coach-prepare =
    Open je eigen mailprogramma naast Stepwise met een nieuwe, lege mail, zodat je daarna
    dezelfde velden kan tonen. Weet waar het @-teken op dit toetsenbord staat: op een Belgisch
    toetsenbord heb je AltGr nodig.
coach-goes-wrong =
    Het @-teken is meestal het struikelblok; laat de lerende eerst de verlichte toetsen volgen
    voor je het toont. In het nagebootste venster moet de tekst precies kloppen, ook de
    hoofdletter en het punt: wijs naar het omlijnde veld in plaats van zelf te typen.
coach-link =
    Bedenk één echte mail die de lerende kan sturen: een vraag aan de teamleider, een bedankje
    aan een collega, een antwoord over een shift. Schrijf eerst samen een oefenversie, daarna
    echt in je eigen programma.
coach-ask =
    Naar wie op het werk wil je een mail sturen, en wat zou je schrijven?
