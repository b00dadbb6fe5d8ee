lesson-title = Pauze van het scherm
lesson-goal = Ik neem pauzes van het scherm en ik zit goed.

intro = Je leert goed zitten en rusten van het scherm.
sit-well = Zit met je rug tegen de stoel. Zet je voeten plat op de grond.
screen-place = De bovenkant van het scherm staat op de hoogte van je ogen. Het scherm staat een arm ver van je.
which-sits-well = Wie zit goed?
which-sits-well-hint = Kijk naar de rug en het hoofd.
which-sits-well-praise = Ja. Deze persoon zit met de rug tegen de stoel.
tired-eyes = Het scherm maakt je ogen moe. Kijk af en toe weg van het scherm.
look-far = Je kijkt even uit het raam. Is dat goed voor je ogen?
look-far-hint = Je ogen rusten als je ver weg kijkt.
look-far-praise = Ja. Ver weg kijken laat je ogen rusten.
take-a-break = Neem elk uur een korte pauze. Sta op, wandel even en drink wat water.
good-break = Welke pauze is goed voor je ogen?
good-break-hint = Zoek de pauze zonder scherm.
good-break-praise = Ja. Even wandelen is een pauze zonder scherm.
tell-your-coach = Je hoofd doet pijn na het werk aan het scherm. Zeg je dat tegen je coach?
tell-your-coach-hint = Je coach wil weten als iets pijn doet.
tell-your-coach-praise = Ja. Je coach helpt je een betere manier te vinden.
summary = Nu zit je goed. Je neemt korte pauzes en laat je ogen rusten.

word-bent = voorovergebogen
word-straight = rug tegen de stoel
word-phone = op je telefoon kijken
word-game = een spelletje spelen
word-walk = even wandelen
