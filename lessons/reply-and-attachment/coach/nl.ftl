coach-practises =
    De lerende beantwoordt een mail met de knop Beantwoorden, schrijft een kort antwoord in
    een nagebootst venster, zoekt het bestand bij een mail (de paperclip) en beslist wanneer
    een bestand veilig is om te openen: alleen van iemand die de lerende kent, en als het
    verwacht werd.
coach-prepare =
    Stuur de lerende een echte, onschuldige mail met een klein bestand, bijvoorbeeld het
    werkrooster van deze week, zodat je na de les Beantwoorden en het bestand openen kan
    oefenen in je eigen programma. Kijk welk woord jullie programma gebruikt voor
    Beantwoorden en voor het bestand (vaak "bijlage").
coach-goes-wrong =
    Lerenden klikken vaak op Doorsturen in plaats van Beantwoorden, of openen elk bestand dat
    ze krijgen. Wijs naar de pijl naar links en vraag wie het antwoord krijgt. Vraag bij de
    twee ja-neevragen eerst "ken je deze persoon?" voor je iets over het antwoord zegt.
coach-link =
    Spreek een eenvoudige regel af voor het werk van de lerende: bestanden van de teamleider
    en van de coach zijn goed; al de rest toont de lerende eerst aan jou. Verwijs naar de les
    over valse berichten als de lerende die al deed.
coach-ask =
    Er komt een mail met een bestand en je weet niet wie hem stuurde. Wat doe je?
