coach-practises =
    De lerende neemt deel aan een videogesprek in een nagebootst venster en zoekt op een
    getekend scherm de knoppen voor de camera, de microfoon en het gesprek verlaten. De
    lerende leert de microfoon uit te zetten als hij of zij niet praat.
coach-prepare =
    Zet een kort testgesprek klaar in het programma van jullie werkplek, met een koptelefoon
    bij de hand, zodat de lerende na de les de echte knoppen kan proberen. Kijk vooraf of de
    camera en de microfoon van de pc werken.
coach-goes-wrong =
    De knoppen voor camera en microfoon lijken op elkaar, en veel programma's tonen een streep
    door het icoon als het uit staat; lerenden denken dan dat iets kapot is. Laat één keer
    klikken en kijken wat er verandert. Sommigen drukken per ongeluk op de rode knop: zeg dat
    je met dezelfde link opnieuw kan deelnemen.
coach-link =
    Gebruik het voor echte gesprekken: een teamoverleg, een gesprek met de coach van thuis
    uit, een gesprek met een dokter of een dienst. Spreek een rustige plek af voor gesprekken
    en wie de link stuurt.
coach-ask =
    Wanneer zet je in een videogesprek best je microfoon uit?
