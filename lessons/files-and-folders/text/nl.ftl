lesson-title = Bestanden en mappen
lesson-goal = Ik kan een bestand in een map bewaren en het terugvinden.

intro = Je bewaart je bestanden in mappen. Dan vind je ze snel terug.
a-file = Een bestand is één stuk van je werk. Dit bestand is een foto.
a-folder = Een map houdt bestanden bij elkaar. Deze map is voor foto's.
put-the-photo = Zet de foto in de map voor foto's. Sleep hem met de muis.
put-the-photo-hint = Kijk naar het kleine beeld op elke map.
put-the-photo-praise = Ja. De foto zit nu bij de andere foto's.
put-the-letter = Zet nu de brief in de map voor brieven.
put-the-letter-hint = De map voor brieven toont een blad met lijnen.
put-the-letter-praise = Ja. De brief zit in de map voor brieven.
wrong-folder = Je zet een foto in de map voor brieven. Is dat een goede plek?
wrong-folder-hint = Waar vind je de foto later terug?
wrong-folder-praise = Juist. Een foto hoort in de map voor foto's.
open-a-folder = Om een bestand te vinden, open je de map. Dubbelklik op de map.
find-the-folder = Waar is je foto? Klik op de map voor foto's.
find-the-folder-hint = Kijk naar het kleine beeld op elke map.
find-the-folder-praise = Ja. Dat is de map voor foto's.
find-the-photo = De map is open. Klik op je foto met de zon.
find-the-photo-hint = Kijk naar de gele zon.
find-the-photo-praise = Ja. Je hebt je foto teruggevonden.
summary = Nu zet je elk bestand in de juiste map. En je vindt het terug.

word-photo = foto
word-letter = brief
word-photos = foto's
word-letters = brieven
