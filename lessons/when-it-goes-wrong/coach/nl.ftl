coach-practises =
    De lerende oefent een rustige aanpak voor een scherm dat lijkt vast te zitten: rustig blijven en de hand van de muis halen, een minuut wachten, één keer klikken, en dan jou vragen.
    De les zegt ook duidelijk dat een vastzittend scherm niet de schuld van de lerende is. Angst om "iets kapot te maken" laat mensen vaak wild klikken.
coach-prepare =
    Je hoeft niets voor te bereiden. Denk als het kan aan een moment waarop de computer van de lerende traag was of vastzat, zodat je er achteraf over kan praten.
    Weet wat je zelf wil dat de lerende doet na het vragen, bijvoorbeeld jou erbij roepen of een foto van het scherm sturen.
coach-goes-wrong =
    Angstige lerenden kiezen vaak "heel vaak klikken", omdat ze dat ook echt doen. Verbeter de persoon niet; vraag wat er gebeurde toen ze de vorige keer veel klikten.
    Bij de volgorde zetten sommigen "je coach vragen" vooraan. Dat is ook veilig; leg uit dat eerst wachten het vaak al oplost, zodat ze niet op jou moeten wachten.
coach-link =
    De les geeft bewust geen oplossingen zoals opnieuw opstarten of de stekker uittrekken: op het werk beslis jij daarover.
    Zit het scherm van de lerende op het werk echt vast, loop dan samen dezelfde vier stappen door, met dezelfde woorden: rustig blijven, wachten, opnieuw proberen, je coach vragen.
coach-ask =
    Vraag: "Wat doe je de volgende keer als je scherm vastzit?"
