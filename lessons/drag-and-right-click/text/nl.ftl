lesson-title = Slepen en rechts klikken
lesson-goal = Ik kan iets slepen en de rechterknop van de muis gebruiken.

move-a-file = Je kan een bestand verplaatsen met de muis. Dat heet slepen.
hold-and-move = Druk de linkerknop in op het bestand. Houd hem in en beweeg de muis.
drag-into-the-folder = Sleep het bestand naar de map.
drag-into-the-folder-hint = Houd de knop in tot het bestand op de map staat.
drag-into-the-folder-praise = Ja! Het bestand zit nu in de map.
the-right-button = De rechterknop opent een klein menu. Daar zie je wat je kan doen.
right-click-the-file = Klik met de rechterknop op het bestand.
right-click-the-file-hint = Gebruik de knop onder je middelvinger.
right-click-the-file-praise = Ja! Dat was rechts klikken.
done = Nu kan je slepen en rechts klikken.

word-file = bestand
word-folder = map
word-bin = vuilnisbak
