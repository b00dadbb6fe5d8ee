coach-practises =
    De lerende zet de computer aan met één korte druk op de aan-uitknop, wacht en meldt zich dan aan.
    Om uit te zetten klikt hij of zij op de startknop, op de aan-uitknop in het startmenu en op Afsluiten.
    De lerende leert ook dat je nooit de stekker uittrekt.
coach-prepare =
    Ga aan een echte computer zitten die tijdens de les uit en weer aan mag.
    De afbeeldingen volgen Windows 11: een taakbalk in het midden en de aan-uitknop rechts onderaan in het startmenu.
    Bij Windows 10 staat de startknop helemaal links en de aan-uitknop links onderaan in het startmenu: toon dat op je eigen computer.
coach-goes-wrong =
    Veel lerenden houden de aan-uitknop ingedrukt, of drukken opnieuw omdat er niets lijkt te gebeuren: oefen "één keer drukken en dan wachten".
    In het startmenu klikken ze soms op de ronde pijl (opnieuw opstarten) of de maan (slaapstand) in plaats van op Afsluiten.
    Laat eerst de hint zijn werk doen; wijs pas na de tweede poging naar het scherm.
coach-link =
    Laat de lerende op het einde van de dag de eigen werkcomputer afsluiten, met jou ernaast.
    Blijven de computers op jullie werkplek aan of gaan ze in slaapstand, zeg dat dan en oefen wat jullie echt doen.
coach-ask =
    Vraag: "Wat doe je als de computer 's morgens uit staat?"
    Vraag daarna hoe de lerende de computer op het einde van de dag uitzet.
