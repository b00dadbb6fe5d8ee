coach-practises =
    De lerende oefent nadenken over wat op het werk nog moeilijk is, en een volgende stap in het leren kiezen (DigComp 5.4: je eigen tekorten in digitale vaardigheden vinden).
    Elke keuze is goed, dus de vragen gaan over iets met een juist antwoord: in welk deel van Stepwise een vaardigheid zit, en dat de lerende jou vertelt wat hij of zij koos.
coach-prepare =
    Open eerst de voortgang van de lerende in het coachgedeelte, zodat je weet welke lessen klaar zijn.
    Denk aan een of twee digitale taken die in het echte werk van de lerende op komst zijn, zoals een nieuwe prikklok of een nieuwe chatgroep, zodat je ze kan voorstellen als kiezen moeilijk is.
coach-goes-wrong =
    Sommige lerenden kunnen niet zeggen wat moeilijk is, of zeggen "niets". Help met concrete voorbeelden uit hun dag ("Als je 's morgens inklokt, doe je dat alleen?") in plaats van het antwoord te geven.
    Anderen kiezen wat ze denken dat jij wil. Zeg duidelijk dat elke keuze goed is, en neem hun keuze ernstig, ook als een andere les jou nuttiger lijkt.
coach-link =
    Schrijf de keuze van de lerende op en plan wanneer de les begint. Verbind ze met een echte taak: "zodat je zelf je foto naar mij kan sturen" motiveert meer dan de titel van een les.
    Kom na een paar weken terug op de keuze: wat kan de lerende nu, en wat is de volgende stap?
coach-ask =
    Vraag: "Wat wil je hierna leren, en wat kan je dan op het werk?"
