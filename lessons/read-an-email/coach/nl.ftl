coach-practises =
    De lerende zoekt de knop voor de mail op een scherm, herkent de inbox en een nieuwe mail
    (het blauwe bolletje), opent een mail en zoekt wie hem stuurde. In de nagebootste inbox
    kiest de lerende één mail op de naam van de afzender.
coach-prepare =
    Open het mailprogramma van jullie werkplek naast Stepwise, of houd de telefoon van de
    lerende klaar als die daar mail leest. Kijk waar in jullie programma de nieuwe mails en de
    naam van de afzender staan, zodat je daarna naar dezelfde plekken kan wijzen.
coach-goes-wrong =
    Lerenden zoeken vaak het woord "mail" in plaats van de envelop, of klikken op de lijst
    links in plaats van op een mail. Wijs naar het deel van het scherm, niet naar het
    antwoord, en laat de lerende zelf klikken. Namen lezen kan moeilijk zijn: laat de eerste
    letter vergelijken.
coach-link =
    Toon waar echte werkmails binnenkomen: het werkrooster, een bericht van de teamleider, een
    vraag van een collega. Spreek af wanneer de lerende de mail bekijkt, bijvoorbeeld na het
    inklokken en na de pauze.
coach-ask =
    Wie stuurt jou mail op het werk, en wat doe je als er een nieuwe binnenkomt?
