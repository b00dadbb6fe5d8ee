coach-practises =
    De lerende typt een woord, twee woorden met een spatie, een woord met een hoofdletter en een verzonnen naam.
    De lerende leert ook welke toets een letter wist (Backspace) en zoekt die op een prent van een toetsenbord.
coach-prepare =
    Kijk of de toetsenbordindeling in de instellingen van Stepwise past bij het echte toetsenbord (qwerty of Belgisch azerty), zodat de blauwe toets op het scherm de toets onder de vingers is.
    Leg een blad papier klaar om de hint op het scherm te bedekken als je wil zien of de lerende de toetsen zelf vindt.
coach-goes-wrong =
    Lerenden drukken vaak op Shift na de letter, of houden Shift het hele woord ingedrukt; toon het één keer traag en laat het dan zelf proberen.
    Sommigen houden een toets te lang in en krijgen "dddoos"; dat is een goed moment om Backspace op het echte toetsenbord te proberen.
    Stepwise kan niet zien of Backspace gebruikt werd: kijk dus mee terwijl de lerende één foute letter verbetert.
coach-link =
    Koppel het aan werk waar de lerende typt: de naam op een formulier, een kort chatbericht, een zoekwoord.
    Laat op het einde de eigen voornaam typen in een echt programma, niet in Stepwise.
coach-ask =
    Vraag: "Je typte een foute letter. Wat doe je nu?"
