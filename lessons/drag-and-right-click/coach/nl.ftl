coach-practises =
    De lerende sleept een bestand naar een map en naar de prullenbak, en houdt daarbij de linkermuisknop de hele tijd ingedrukt.
    Daarna klikt de lerende met de rechtermuisknop en ziet dat die een klein menu opent.
coach-prepare =
    Zorg voor een muis met een duidelijke linker- en rechterknop en genoeg plaats op tafel.
    Maak als het kan een testmap en een testbestand op je eigen scherm, zodat je na de les het echte werk kan tonen.
coach-goes-wrong =
    Veel lerenden laten de knop te vroeg los, of klikken in plaats van ingedrukt te houden. Laat het eerst voelen met je hand naast die van de lerende, niet erop, en laat het dan zelf proberen.
    Sommigen drukken bij rechts klikken op beide knoppen; vraag dan om de wijsvinger op te tillen.
coach-link =
    Koppel het aan echt werk: een foto van het werk naar de juiste map slepen, of het menu van een bestand openen om het af te drukken.
    Vertel dat een bestand uit de prullenbak terug kan komen, maar dat je iets pas in de prullenbak zet als je zeker bent.
coach-ask =
    Vraag: "Welke knop houd je ingedrukt om te slepen, en wat doet de andere knop?"
