lesson-title = Slepen en rechts klikken
lesson-goal = Ik kan iets slepen en de rechterknop van de muis gebruiken.

intro = Je leert een bestand slepen en de rechterknop gebruiken.
hold-and-move = Druk met de linkerknop op het bestand en houd de knop ingedrukt. Beweeg dan de muis en laat los.
drag-into-the-folder = Sleep het bestand naar de map.
drag-into-the-folder-hint = Houd de knop ingedrukt tot het bestand op de map staat.
drag-into-the-folder-praise = Ja. Het bestand zit nu in de map.
drag-to-the-bin = Je hebt dit bestand niet meer nodig. Sleep het naar de prullenbak.
drag-to-the-bin-hint = Zoek de prullenbak. Laat los als het bestand op de prullenbak staat.
drag-to-the-bin-praise = Ja. Het bestand zit nu in de prullenbak.
the-right-button = De rechterknop van de muis opent een klein menu. Daar zie je wat je kan doen.
right-click-the-file = Klik met de rechterknop op het bestand.
right-click-the-file-hint = Gebruik de rechterknop. Die ligt onder je middelvinger.
right-click-the-file-praise = Ja. Dat was rechts klikken.
which-button = Met welke knop open je het kleine menu?
which-button-hint = Denk aan de klik die je net op het bestand deed.
which-button-praise = Ja. De rechterknop opent het menu.
summary = Nu kan je een bestand slepen. Je kan ook rechts klikken.

word-file = bestand
word-folder = map
word-bin = prullenbak
word-left-button = linkerknop
word-right-button = rechterknop
