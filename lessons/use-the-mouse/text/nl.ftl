lesson-title = De muis gebruiken
lesson-goal = Ik kan de muis bewegen, klikken en dubbelklikken.

intro = Je leert de muis bewegen, klikken en dubbelklikken.
hold-the-mouse = Leg je hand op de muis. Beweeg de muis over de tafel.
the-arrow = Beweeg je de muis, dan beweegt het pijltje op het scherm mee.
left-button = De linkerknop ligt onder je wijsvinger. Druk er één keer op: dat is klikken.
which-button = Op welke knop druk je om te klikken?
which-button-hint = Je klikt met de knop onder je wijsvinger.
which-button-praise = Ja. Je klikt met de linkerknop.
click-the-button = Klik één keer op de grote knop.
click-the-button-hint = Zet het pijltje op de groene knop. Druk één keer op de linkerknop.
click-the-button-praise = Ja. Dat was een klik.
double-click = Sommige dingen open je met dubbelklikken. Je drukt 2 keer snel na elkaar.
open-the-folder = Dubbelklik op de map.
open-the-folder-hint = Houd de muis stil. Druk 2 keer snel op de linkerknop.
open-the-folder-praise = Ja. De map gaat open met dubbelklikken.
open-the-file = Open nu het bestand met dubbelklikken.
open-the-file-hint = Zet het pijltje op het bestand. Druk 2 keer snel op de linkerknop.
open-the-file-praise = Ja. Het bestand gaat open met dubbelklikken.
summary = Nu kan je de muis bewegen, klikken en dubbelklikken.

word-left-button = linkerknop
word-right-button = rechterknop
