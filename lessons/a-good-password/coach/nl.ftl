coach-practises =
    De lerende oefent een sterk wachtwoord (lang, met woorden en cijfers) te onderscheiden van een zwak (korte cijfers, de eigen naam, de verjaardag).
    Hij of zij oefent ook de afspraken errond: nooit aan een collega geven, nooit op het scherm plakken, en het aan de coach vragen als je het vergeten bent.
coach-prepare =
    Ken de wachtwoordregels van jullie organisatie en weet wie een vergeten wachtwoord opnieuw instelt, zodat je vragen over de echte situatie kunt beantwoorden.
    Vraag de lerende nooit naar het eigen wachtwoord, ook niet als voorbeeld: alle oefenwachtwoorden in deze les zijn verzonnen.
coach-goes-wrong =
    Sommige lerenden denken dat een wachtwoord geheim is voor iedereen behalve de coach, of ze bewaren al een briefje onder het toetsenbord.
    Maak geen verwijten: zoek samen een veiligere manier die voor deze lerende werkt, zoals een wachtwoord van drie woorden of een vaste afspraak met jou om het te vernieuwen.
    De kiesstap gaat over lengte; kiest de lerende "1234", wijs dan aan hoe kort de rij bolletjes is.
coach-link =
    Als de lerende een nieuw wachtwoord krijgt of kiest, help dan om er een te maken zoals Zon-Boom-42, zonder het zelf te zien.
    Kijk samen of er nergens een briefje met een wachtwoord op of bij de werkplek ligt.
coach-ask =
    Iemand vraagt je wachtwoord. Wat zeg je, en aan wie vertel je het?
