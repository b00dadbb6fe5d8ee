coach-practises =
    De lerende oefent een eerste controle op wat hij of zij online ziet: is dit reclame, en is
    het te mooi om waar te zijn? De lerende herkent reclame, zegt nee tegen een prijs die te
    mooi is, sluit zo'n pagina en leert dat vragen aan de coach altijd goed is.
coach-prepare =
    Houd een of twee echte voorbeelden klaar: reclame op een pagina die de lerende kent, en een
    venster "je hebt gewonnen" of een aanbieding die te goedkoop is (een schermafdruk is veiliger
    dan de echte pagina). Toon ze na de les en laat de lerende de signalen zoeken.
coach-goes-wrong =
    Sommige lerenden vertrouwen alles wat officieel of spannend lijkt, anderen vertrouwen daarna
    niets meer. Houd het bij twee vragen: "wil het mijn geld?" en "is het te mooi?". Kiest de
    lerende "betalen" of "je naam typen", vraag dan wat de pagina met het geld of de naam gaat
    doen, in plaats van het antwoord te geven.
coach-link =
    Leg de link met de telefoon en niet alleen met de computer op het werk: berichten over
    prijzen en valse winkels komen ook op de eigen telefoon. Spreek af dat de lerende je alles
    toont wat om geld, een naam of een wachtwoord vraagt, voor hij of zij iets doet.
coach-ask =
    "Wat doe je als een pagina zegt dat je iets gewonnen hebt?"
