coach-practises =
    De lerende oefent twee gewoontes die de gezondheid aan het scherm beschermen: goed zitten (rug tegen de stoel, voeten plat, scherm op ooghoogte en op armlengte) en ogen en lichaam laten rusten met korte pauzes.
    De lerende leert ook dat een pauze van het scherm betekent: geen scherm. Scrollen op de telefoon telt dus niet. En dat pijn iets is om aan jou te melden.
coach-prepare =
    Doe de les als het kan aan de eigen werkplek van de lerende, zodat je meteen daarna de echte stoel en het scherm kan instellen.
    Kijk eerst naar de pauzeregels van jullie werk: de les zegt "elk uur een korte pauze". Zijn jullie regels anders, zeg dat dan.
coach-goes-wrong =
    Sommige lerenden kiezen de telefoon als goede pauze, omdat pauze voor hen telefoon betekent. Verbeter de persoon niet; praat over wat de ogen nodig hebben: iets veraf, geen klein fel scherm.
    Anderen vinden het moeilijk om de tekening met hun eigen lichaam te verbinden. Laat hen even op beide manieren zitten en het verschil voelen.
coach-link =
    Kijk meteen na de les samen naar de hoogte van de stoel, de voeten en het scherm van de lerende. Spreek een pauzeteken af dat bij het werk past, bijvoorbeeld het einde van een bak werk of een wekker.
    Heeft de lerende vaak hoofdpijn of last van de ogen, denk dan aan een oogtest of een gesprek met de arbeidsarts.
coach-ask =
    Vraag: "Wanneer neem je je volgende pauze, en wat doe je dan?"
