coach-practises =
    De lerende oefent een zoekopdracht van begin tot einde: een paar woorden kiezen, ze in een
    zoekvak typen, op Zoeken klikken en een resultaat kiezen dat geen reclame is. De zoekpagina
    is een veilige oefenpagina in Stepwise; er gaat niets naar het internet.
coach-prepare =
    Open een browser op de computer met de zoekpagina die jullie organisatie gebruikt, zodat je
    de zoekopdracht na de les echt kan herhalen. Kijk hoe de reclame op die pagina eruitziet:
    het label kan "Advertentie" of "Gesponsord" zeggen.
coach-goes-wrong =
    Lerenden typen vaak een hele vraag of klikken op het eerste resultaat, en dat is de reclame.
    Wijs naar het gele label en vraag "wat vertelt dit label je?", in plaats van het juiste
    resultaat aan te wijzen. Gaat het typen traag, laat dan rustig verder typen.
coach-link =
    Zoek samen iets op dat de lerende nodig heeft voor het werk of onderweg: het weer voor een
    dienst buiten, de uren van de bus, de openingsuren van de winkel. Toon waar het label van de
    reclame staat op jullie echte zoekpagina.
coach-ask =
    "Hoe weet je welk resultaat reclame is?"
