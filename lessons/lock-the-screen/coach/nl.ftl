coach-practises =
    De lerende oefent waarom en wanneer je het scherm vergrendelt (telkens als je weggaat, ook voor een korte pauze) en de Windows-sneltoets: houd de Windows-toets vast en druk op L.
    Hij of zij zet ook de vaste volgorde juist: vergrendelen, weggaan, opnieuw aanmelden bij het terugkomen.
coach-prepare =
    Zoek de Windows-toets op het echte toetsenbord van de lerende en test of Windows-toets + L werkt op jullie werkplekken; op een Linux- of kioskcomputer kan de sneltoets anders zijn, dus ken je eigen sneltoets.
    Stepwise toont de toetsen op het scherm omdat de echte sneltoets de computer zou vergrendelen; de lerende kan de getekende toetsen met de muis of de echte toetsen indrukken.
coach-goes-wrong =
    Lerenden drukken vaak eerst op L, of laten de Windows-toets te vroeg los; de hint toont de volgorde, dus laat de lerende opnieuw proberen voor je helpt.
    Sommigen zijn bang dat vergrendelen hun werk sluit of wist: toon op een echte computer dat alles er nog is na het opnieuw aanmelden.
coach-link =
    Maak vergrendelen een vast deel van de pauze: wacht bij de volgende pauze aan de deur en laat de lerende zelf het scherm vergrendelen.
    Een klein stickertje met de twee toetsen naast het toetsenbord helpt in het begin.
coach-ask =
    Wanneer vergrendel jij vandaag je scherm?
