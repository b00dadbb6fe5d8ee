coach-practises =
    De lerende leert de twee belangrijkste bewegingen op een telefoon of tablet: tikken (één keer kort aanraken) en vegen (de vinger opzij schuiven).
    Op de computer wordt tikken geoefend als één klik en vegen als slepen met de muis; heeft de computer een aanraakscherm, dan kan de lerende de vinger gebruiken.
coach-prepare =
    Neem een werktablet of een telefoon zonder persoonlijke gegevens mee, bijvoorbeeld met een album met testfoto's.
    Laat de lerende na de les hetzelfde doen op het echte toestel: een foto openen met een tik en naar de volgende vegen.
coach-goes-wrong =
    Op een echt scherm drukken veel lerenden te lang of te hard, en dan opent er een menu; zeg dat ze kort en zacht moeten tikken.
    Sommigen vegen met twee vingers of raken het scherm aan met de palm van de hand; houd het toestel eerst samen vast en laat één vinger gebruiken.
coach-link =
    Koppel het aan toestellen die de lerende op het werk gebruikt: een tablet met een checklist, een prikklok met een aanraakscherm, de telefoon om de coach te bellen.
    Vraag welke apps op de eigen telefoon de lerende al opent met een tik.
coach-ask =
    Vraag: "Hoe open je een foto op je telefoon, en hoe zie je de volgende?"
