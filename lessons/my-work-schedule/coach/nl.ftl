coach-practises =
    De lerende oefent een weekrooster lezen: vandaag vinden, het beginuur en het werk van een dag, en een vrije dag herkennen.
    De lerende koppelt ook een beginuur aan een klok aan de muur, en leert vragen stellen als het werkrooster niet duidelijk is.
coach-prepare =
    Druk het eigen werkrooster van de lerende af of open het, of het rooster van het team, en leg het naast Stepwise.
    Kijk hoe jullie werkplek vandaag, uren, taken en vrije dagen aanduidt: met kleuren, prenten of woorden.
    Het oefenrooster heeft geen namen van dagen, daarom spreekt de les over "vandaag" en over prentjes.
coach-goes-wrong =
    Lerenden tikken soms op het prentje van het werk als je naar het uur vraagt, of kijken in de verkeerde kolom.
    Vraag om eerst een vinger op de blauwe kolom te leggen en dan naar beneden te gaan, in plaats van zelf te wijzen.
    De klok lezen kan moeilijk zijn: laat de korte wijzer vergelijken met de echte klok in de ruimte.
coach-link =
    Overloop samen het echte werkrooster bij het begin van de week, in dezelfde volgorde: vandaag, het beginuur, het werk.
    Heeft jullie werkrooster geen prenten, denk dan aan pictogrammen voor de belangrijkste taken en een duidelijk teken voor vandaag.
coach-ask =
    Kijk naar je eigen werkrooster: hoe laat begin je morgen, en welk werk doe je?
