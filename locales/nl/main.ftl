# Stepwise gebruikersscherm, Nederlands.
# Makkelijk te lezen: korte zinnen, gewone woorden, steeds hetzelfde woord voor hetzelfde ding.

app-title = Stepwise

## Het kader op elk scherm
back = Terug
help = Hulp
next = Verder
yes = Ja
no = Nee
hear = Luister

## Aanmelden
signin-title = Wie ben jij?
signin-new = Ik ben nieuw
signin-confirm = Ben jij dit?
signin-settings = Instellingen
page-before = Vorige
page-more = Meer
page-count = Blad { $page } van { $pages }

## Nieuwe leerder
new-title = Jouw prent
new-text = Kies een prent. Die prent ben jij.
new-name-label = Je voornaam. Dat mag ook leeg blijven.
new-name-placeholder = Voornaam
new-save = Dit ben ik
new-full = Er is geen vrije prent meer. Vraag het aan je coach.

## Start
home-title = Hallo { $name }
home-title-no-name = Hallo
home-go-on = Ga verder: { $lesson }, stap { $step }
home-start = Begin: { $lesson }
home-all-done = Je deed alle lessen.
home-done-count = { $done } van { $total } klaar
home-saved = Je werk is bewaard.
lesson-finished-mark = Klaar
sign-out = Afmelden
sign-out-confirm = Wil je stoppen voor vandaag?

## Lessen
step-count = Stap { $step } van { $total }
show-answer = Deze is juist. Druk erop.
show-order = De cijfers tonen de volgorde. Leg de kaarten in die volgorde.
show-sim = Vul de tekst in die je ziet. Druk dan op de knop met de hand.
show-shortcut = Druk de genummerde toetsen in volgorde in.
key-ctrl = Ctrl
key-windows = Win
key-alt = Alt
key-shift = Shift
show-type = Typ de letters die je ziet, één voor één. Druk dan op Enter.
type-placeholder = Typ hier
type-done = Klaar
show-drag = Houd de linkerknop ingedrukt op de prent. Schuif hem naar de omlijnde plek. Laat daar los.
show-click-single = Druk één keer op de linkerknop van de muis, op de prent.
show-click-double = Druk twee keer snel op de linkerknop van de muis, op de prent.
show-click-right = Druk één keer op de rechterknop van de muis, op de prent.
click-once-more = Je klikte één keer. Klik nog een keer, snel.
end-title = Je hebt de les gedaan.
end-can = Dit kan je nu:
again = Nog eens
home = Start

## Instellingen
settings-title = Instellingen
settings-language = Taal
settings-text-size = Grootte van de letters
settings-bigger = Groter
settings-smaller = Kleiner
settings-contrast = Sterke kleuren
settings-motion = Minder beweging
settings-show-first = Eerst voordoen
on = Aan
off = Uit
settings-left-out = Voor de coach: deze lessen zijn weggelaten.
settings-left-out-more = En nog { $count }: zie stepwise doctor.

## Fouten: de leerder ziet deze zinnen; de details staan in het logboek.
error-title = Stepwise kan niet starten
error-data-folder = Stepwise kan op deze computer geen werk bewaren. Vraag het aan je coach.
error-newer-database = Deze computer heeft een nieuwere Stepwise. Vraag het aan je coach.
error-damaged-database = Het bewaarde werk op deze computer is beschadigd. Vraag het aan je coach.
error-disk-full = De computer is vol. Je werk tot nu is bewaard. Vraag het aan je coach.
error-saving = Stepwise kon deze stap niet bewaren. Vraag het aan je coach.
error-for-coach = Voor de coach: { $detail }
error-close = Stepwise sluiten

## Prenten om aan te melden, voor het oor en voor de coach
symbol-tree = boom
symbol-sun = zon
symbol-star = ster
symbol-house = huis
symbol-car = auto
symbol-bicycle = fiets
symbol-flower = bloem
symbol-guitar = gitaar
symbol-boat = boot
symbol-apple = appel
symbol-moon = maan
symbol-umbrella = paraplu
symbol-bus = bus
symbol-train = trein
symbol-leaf = blad
symbol-bell = bel
symbol-rainbow = regenboog
symbol-fish = vis
symbol-bird = vogel
symbol-plane = vliegtuig
symbol-camera = fototoestel
symbol-lamp = lamp
symbol-chair = stoel
symbol-mug = mok
background-sky = blauwe cirkel
background-sand = geel vierkant
background-mint = groene tegel
picture-name = { $symbol } op een { $background }
