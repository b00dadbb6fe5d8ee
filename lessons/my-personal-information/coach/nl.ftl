coach-practises =
    De lerende oefent persoonlijke gegevens herkennen (adres, telefoonnummer, verjaardag, foto's van zichzelf) en beslissen wie ze mag hebben.
    De vuistregel: alleen mensen die je goed kent en die het nodig hebben, en bij twijfel eerst aan de coach vragen.
coach-prepare =
    Denk aan de plaatsen op het werk waar de lerende echt persoonlijke gegevens geeft (het personeelsdossier, de app met het werkrooster, een chat met collega's), zodat je ze na de les kunt noemen.
    De les vraagt de lerende nooit om eigen gegevens te typen of te zeggen; houd dat ook zo in jullie gesprek en gebruik verzonnen voorbeelden.
coach-goes-wrong =
    Vriendelijke en goedgelovige lerenden zeggen vaak "ja" tegen iedereen die het vriendelijk vraagt; verbeter niet streng, maar vraag: "Ken je deze persoon?"
    Het verschil tussen "je coach mag het weten" en "geef nooit je wachtwoord" kan verwarren: leg uit dat je een telefoonnummer deelt voor het werk, een wachtwoord met niemand.
coach-link =
    Bekijk samen een echt formulier of een echte app waar de lerende persoonlijke gegevens heeft ingevuld, en praat over wie die kan zien.
    Spreek een eenvoudige afspraak af: vraagt iemand die je niet kent (aan de telefoon, op een pagina, in een bericht) je gegevens, dan zeg je nee en kom je naar de coach.
coach-ask =
    Iemand die je niet kent, vraagt je adres. Wat doe je?
