coach-practises =
    De lerende oefent het idee achter mappen: bestanden die bij elkaar horen, staan op één
    plek. Hij of zij sleept een foto en een brief naar de map met het passende beeld, opent
    daarna de map met foto's en vindt de eigen foto terug.
coach-prepare =
    Open de verkenner op de computer en maak een oefenmap met twee mappen erin, bijvoorbeeld
    "Foto's" en "Brieven", elk met een of twee onschuldige bestanden. Na de les kan de lerende
    hetzelfde doen met echte bestanden naast Stepwise.
coach-goes-wrong =
    Slepen is voor sommige lerenden moeilijk: ze laten de muisknop te vroeg los, en het bestand
    springt terug. Laat opnieuw proberen en zeg "houd de knop in tot je op de map bent"; neem
    de muis niet over. Sommigen kijken alleen naar de beelden op de mappen: dat is goed, daar
    draait de les om.
coach-link =
    Toon waar de eigen werkbestanden van de lerende staan, bijvoorbeeld een map met foto's van
    het werk of een map met werkroosters. Spreek een of twee mapnamen af en gebruik ze altijd,
    zodat de lerende zonder hulp iets terugvindt.
coach-ask =
    "Waar zou jij een foto van je werk bewaren, en hoe vind je hem morgen terug?"
