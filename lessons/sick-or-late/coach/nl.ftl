coach-practises =
    De lerende oefent wat te doen bij ziekte of te laat komen: bellen of een bericht sturen naar de persoon die de werkplek aanwijst, voor het werk begint.
    De lerende schrijft een kort, verzonnen ziektebericht in een nagemaakt berichtenvenster en zet de stappen bij te laat komen in volgorde.
coach-prepare =
    De les zegt met opzet "je coach of je baas": vul vooraf de eigen regel van jullie werkplek in.
    Weet wie de lerende moet verwittigen, via welk nummer of welke app, en voor welk uur; schrijf het op, eventueel met een foto van die persoon.
    Leg dat briefje, of het contact op de eigen telefoon van de lerende, naast Stepwise.
coach-goes-wrong =
    Lerenden denken vaak dat een bericht aan een collega of een vriend genoeg is, of dat het later op de dag nog kan.
    Sommigen schamen zich en zeggen liever niets; zeg duidelijk dat op tijd verwittigen is wat een goede werknemer doet.
    Laat bij het bericht de lerende de zin zelf typen, ook als het traag gaat, en wijs alleen naar de hint.
coach-link =
    Zet samen het juiste contact in de telefoon van de lerende, met een duidelijke naam en foto.
    Oefen het echte telefoontje of bericht één keer met jou aan de andere kant, met de woorden van jullie werkplek.
    Overloop na een echte ziektedag of een keer te laat samen wat goed ging en wat de lerende de volgende keer kan doen.
coach-ask =
    Je voelt je morgenvroeg ziek: wie bel je, en voor welk uur?
