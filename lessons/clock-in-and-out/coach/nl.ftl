coach-practises =
    De lerende oefent de vaste gewoonte van elke dag: inklokken bij aankomst, uitklokken voor je naar huis gaat.
    Hij of zij typt een verzonnen badgenummer in een nagemaakte prikklok en kiest de juiste knop.
    De lerende leert ook wat te doen na het vergeten: het tegen de coach zeggen, zodat de uren verbeterd worden.
coach-prepare =
    Ga na hoe het inklokken bij jullie werkt: met een badge, een kaart, een pincode, een app of een toestel aan de muur.
    Open als het kan je eigen prikklok-app naast Stepwise, of ga na de les samen naar de echte prikklok.
    De lerende typt nooit een echt badgenummer in Stepwise; het oefennummer is 2468.
coach-goes-wrong =
    Lerenden halen vaak de twee knoppen door elkaar, of drukken op een knop voor ze het nummer typen.
    Wijs naar de pijl op de knop en vraag "Kom je binnen of ga je naar huis?" in plaats van zelf te drukken.
    Is het nummer het moeilijke deel, laat het dan cijfer per cijfer lezen en het vak nakijken voor het drukken.
coach-link =
    Ga de volgende ochtend samen naar de echte prikklok en laat de lerende het zelf doen terwijl jij kijkt.
    Spreek een vast geheugensteuntje af, zoals de kapstok of de deur, om in te klokken en uit te klokken.
    Zeg wie bij jullie de uren verbetert als de lerende het vergeet.
coach-ask =
    Wat doe je morgen aan de prikklok als je binnenkomt, en als je naar huis gaat?
