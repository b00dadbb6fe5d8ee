coach-practises =
    De lerende oefent de kenmerken van een valse mail (phishing) herkennen: een afzender die je niet kent, een belofte van geld of haast, en een link die je wachtwoord vraagt.
    Hij of zij oefent de veilige reactie: niet klikken, een pagina die je wachtwoord vraagt sluiten, en het aan de coach vragen.
coach-prepare =
    Bewaar als het kan een echte phishingmail die jullie organisatie kreeg (zonder werkende links) om na de les te tonen.
    Weet wie in jullie organisatie verdachte mails behandelt, zodat "vraag het aan je coach" ergens naartoe leidt.
coach-goes-wrong =
    De nagebootste pagina lijkt bewust op het aanmeldvenster uit de les Aanmelden: veel lerenden beginnen te typen omdat ze dat geoefend hebben; de hint zegt hen op Sluiten te drukken.
    Sommige lerenden worden bang voor elke mail; stel gerust dat mails van mensen die ze kennen in orde zijn en dat vragen altijd mag.
    Gebruik het woord "phishing" niet met de lerende; "valse mail" is genoeg.
coach-link =
    Bekijk een tijdlang één keer per week samen de echte mailbox van de lerende en laat hem of haar aanwijzen wat vreemd lijkt.
    Geef telkens erkenning als de lerende met een twijfelachtige mail naar je komt, ook als die echt blijkt.
coach-ask =
    Een mail zegt dat je geld wint en vraagt je wachtwoord. Wat doe je?
