coach-practises =
    De lerende oefent wat te doen bij een probleem met de computer: dat hulp vragen normaal is, dat jij de persoon bent om te vragen (en een onbekende die belt of schrijft niet), en hoe je het probleem laat zien.
    Laten zien betekent: een foto van het hele scherm met de telefoon, en vertellen wat je net daarvoor deed.
coach-prepare =
    Beslis eerst hoe lerenden op jullie werk jou bereiken als je niet in de buurt bent: naar je toe lopen, bellen, of de foto in de teamchat sturen. De les zegt "naar je coach gaan"; vertel de lerende jullie eigen manier.
    Kijk naar de regels van jullie werk over foto's van schermen, want een scherm kan persoonsgegevens van anderen tonen.
coach-goes-wrong =
    Sommige lerenden vinden dat hulp vragen toont dat ze niet goed genoeg zijn, en zwijgen. Zeg in je eigen woorden dat je liever tien keer gevraagd wordt dan helemaal niet.
    Bij de foto kiezen sommigen het stukje scherm, omdat het groter lijkt. Wijs naar het waarschuwingsteken: het bericht moet op de foto staan.
coach-link =
    Als de lerende je de volgende keer om hulp vraagt, vraag dan eerst om het probleem te laten zien of de foto te sturen, voor je het overneemt.
    De keuze over onbekenden bereidt de les "Valse berichten" voor: mensen die bellen of schrijven om een computer te herstellen, zijn vaak oplichters.
coach-ask =
    Vraag: "Je scherm toont een bericht dat je niet begrijpt en ik ben niet in de buurt. Wat doe je?"
