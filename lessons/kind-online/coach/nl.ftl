coach-practises =
    De lerende oefent vriendelijke en onvriendelijke berichten herkennen, wachten tot hij of zij rustig is voor hij of zij boos iets schrijft, en wat te doen als iemand onvriendelijk is: niet terugschrijven, het bericht bewaren, het jou vertellen en het tonen.
    De les zegt duidelijk dat een onvriendelijk bericht nooit de schuld van de lerende is.
coach-prepare =
    Denk na of deze lerende al onvriendelijke berichten kreeg, op het werk of privé; de les kan gevoelens oproepen. Doe de les op een rustige plek, op een moment dat je achteraf tijd hebt om te praten.
    Ken de procedure van jullie werk bij pesten of grensoverschrijdend gedrag, zodat je kan zeggen wat er gebeurt nadat de lerende het je vertelt.
coach-goes-wrong =
    Sommige lerenden kiezen "het voor jezelf houden", omdat ze geleerd hebben dat vertellen het erger maakt. Neem dat ernstig en vraag er na de les naar, niet tijdens de stap.
    Bij de stap over boos zijn antwoorden sommigen eerlijk "ja". Oordeel niet; praat over wat ze eerst kunnen doen: opstaan, diep ademen, met jou praten.
coach-link =
    Kijk samen naar de chat of mail die de lerende echt gebruikt op het werk, en hoe collega's daar schrijven. Gebruikt de lerende privé sociale media, dan helpen dezelfde regels daar ook.
    Toont een lerende je een onvriendelijk bericht, bedank hem of haar dan om het te vertellen, en doe er iets mee.
coach-ask =
    Vraag: "Iemand schrijft iets gemeens naar jou in de teamchat. Aan wie vertel je het, en wat laat je zien?"
