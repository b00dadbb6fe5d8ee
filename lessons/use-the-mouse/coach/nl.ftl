coach-practises =
    De lerende houdt de muis vast, ziet dat het pijltje op het scherm meebeweegt en klikt met de linkerknop.
    Daarna opent hij of zij met dubbelklikken een map en een bestand.
    Elke klik is een echte beweging op het scherm, geen keuze tussen afbeeldingen.
coach-prepare =
    Zorg dat de muis op een matje of een vrij stuk tafel ligt, met ruimte om te bewegen.
    Vraag bij een linkshandige lerende of de muisknoppen op deze computer omgewisseld zijn; de les gaat ervan uit dat je klikt met de wijsvinger.
    Leg de kabel van de muis los, zodat hij niet trekt.
coach-goes-wrong =
    Dubbelklikken gaat vaak te traag, of de muis beweegt tussen de 2 klikken; het scherm zegt dan "Klik nog een keer".
    Laat de lerende de hand op de muis laten rusten en alleen de vinger bewegen.
    Tilt iemand de muis op, toon dan dat het pijltje alleen beweegt als de muis over de tafel schuift.
coach-link =
    Wijs op het werk de dingen aan die de lerende met dubbelklikken opent, zoals een map of een bestand op het bureaublad.
    Gebruik de woorden "klikken" en "dubbelklikken" op dezelfde manier als je later helpt.
coach-ask =
    Vraag: "Hoe open je een map?"
    Laat de lerende het tonen op de echte computer.
