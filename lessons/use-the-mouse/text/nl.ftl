lesson-title = De muis gebruiken
lesson-goal = Ik kan de muis bewegen, klikken en dubbelklikken.

hold-the-mouse = Je houdt de muis in je hand. Je beweegt hem over de tafel.
the-arrow = Beweeg je de muis, dan beweegt het pijltje op het scherm mee.
left-button = De linkerknop ligt onder je wijsvinger. Druk er één keer op: dat is klikken.
click-the-button = Klik één keer op de grote knop.
click-the-button-hint = Gebruik de linkerknop. Druk één keer.
click-the-button-praise = Ja! Dat was een klik.
double-click = Sommige dingen open je met dubbelklikken. Je drukt twee keer snel.
open-the-folder = Dubbelklik op de map.
open-the-folder-hint = Druk twee keer snel op de linkerknop.
open-the-folder-praise = Ja! De map gaat open met dubbelklikken.
done = Nu kan je klikken en dubbelklikken.
