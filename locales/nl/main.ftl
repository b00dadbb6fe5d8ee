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

## Coachgedeelte
signin-coach = Coach
coach-pin-title = Coach
coach-locked = Het coachgedeelte is op deze pc nog op slot. Wie Stepwise installeerde, kan een pincode instellen.
coach-pin-type = Typ de pincode van de coach.
coach-pin-wrong = Die pincode klopt niet. Probeer opnieuw.
coach-pin-wait = Wacht { $seconds } seconden en probeer dan opnieuw.
coach-pin-erase = Wissen
coach-pin-open = Openen
coach-title = Coach
coach-title-named = Coach: { $name }
coach-lock = Op slot
coach-learners = Lerenden
coach-save = Bewaren
coach-add = Toevoegen
coach-no-learners = Nog geen lerenden op deze pc.
coach-no-name = (geen naam)
coach-lessons-done = { $done } van { $total } lessen klaar
coach-answers = { $answers } antwoorden, { $help } % met hulp
coach-time = { $hours ->
    [0] { $minutes } min geoefend
   *[other] { $hours } u { $minutes } min geoefend
}
coach-last = Laatst: { $date }
coach-never = Nog niet geoefend
coach-stuck = Moeilijkst: { $lesson }, stap { $step } ({ $wrong } fout, { $shown } getoond)
coach-files-locked = Voortgangsbestanden zijn op slot met de sleutel van je organisatie. Alleen je eigen pc's openen ze.
coach-files-unprotected = Voortgangsbestanden zijn niet op slot: deze pc heeft geen sleutel. Wie de usb-stick vindt, leest namen en antwoorden.
coach-place-usb = Bewaren op usb-stick { $name }
coach-place-shared = Bewaren in de gedeelde map { $name }
coach-place-documents = Bewaren in { $name } op deze pc
coach-no-places = Geen usb-stick of gedeelde map gevonden. Steek een usb-stick in en druk opnieuw op Voortgang bewaren.
coach-saved = { $learners } lerenden en { $answers } antwoorden bewaard in { $file }.
coach-save-failed = Er is niets bewaard: { $reason }
coach-no-files = Geen voortgangsbestanden gevonden op een usb-stick, in de gedeelde map of in Documenten.
coach-record-name = Naam opnemen
coach-record-name-stop = Stoppen en bewaren
coach-record-name-now = Laat de lerende de naam zeggen. Druk dan op Stoppen en bewaren.
coach-record-name-kept = De naam blijft alleen op deze PC. Stepwise zegt hem bij het aanmelden.
coach-record-name-nothing = Er was niets te horen: kijk de microfoon na en probeer opnieuw.
coach-backups = Kopieën
coach-backups-how = Stepwise maakt elke dag een kopie van de voortgang op deze PC. Ook voor voortgang wordt toegevoegd. Kies er een om terug te zetten.
coach-backup-daily = dagelijks
coach-backup-before-import = voor voortgang toevoegen
coach-backup-before-restore = voor een terugzetting
coach-backup-other = kopie
coach-no-backups = Nog geen reservekopieën. Stepwise maakt er elke dag een bij het starten.
coach-restore-ask = De reservekopie van { $when } terugzetten? Wat hier nu is, wordt eerst als kopie bewaard.
coach-restore-done = De reservekopie van { $when } staat terug. Wat hier was, is als kopie bewaard.
coach-restore-failed = Er is niets veranderd: { $reason }
coach-add-all = Alle { $count } bestanden toevoegen
coach-report-file = { $file } (van { $from }):
coach-report-learner = { $name }: { $new } nieuwe antwoorden, { $known } waren er al
coach-report-new-learner = { $name } (nieuw hier): { $new } nieuwe antwoorden
coach-report-erased = { $name }: gewist, niets toegevoegd
coach-report-clock = De klok van die pc staat ongeveer { $days } dagen verkeerd. De data kunnen fout zijn; de rest klopt.
coach-report-clone = Een andere pc doet zich voor als deze pc (een gekopieerde schijf?). Start daar stepwise doctor.
coach-report-coaches = Coach-accounts gegeven, gewijzigd of ingetrokken: { $count }.
coach-report-coaches-refused = Dit bestand heeft coach-accounts, maar het is niet vergrendeld met de organisatiesleutel. Ze zijn weggelaten.
coach-remove-after-off = Na toevoegen blijven de bestanden op de usb-stick. Druk om ze weg te halen.
coach-remove-after-on = ✓ Na toevoegen gaan de bestanden van de usb-stick. Druk om ze te houden.
coach-report-removed = Van de usb-stick gehaald.
coach-erasure-waiting = Een lerende, gewist op { $date }, is nog niet gewist op { $pcs }. Breng de voortgang van deze pc naar die pc's.
coach-erasure-pc = { $name } (laatst gezien { $date })
coach-left = Is vertrokken
coach-back = Is terug
coach-left-on = Vertrokken: { $date }
coach-left-erase = Meer dan { $months } maanden weg. Tijd om te wissen?
coach-picture-change = Andere prent
coach-picture-pick = Kies een nieuwe prent voor { $name }. Niemand anders hier heeft die.
coach-picture-keep = Prent houden
coach-report-refused = { $file }: niet toegevoegd, niets veranderd. { $reason }
exchange-error-folder = Het bestand of de map kan niet gebruikt worden. Zit de usb-stick er nog in?
exchange-error-foreign = Dit is geen voortgangsbestand van Stepwise.
exchange-error-newer = Een nieuwere Stepwise maakte dit bestand. Werk Stepwise op deze pc eerst bij.
exchange-error-truncated = Het bestand is niet volledig. Bewaar het opnieuw op de andere pc.
exchange-error-damaged = Het bestand is beschadigd. Bewaar het opnieuw op de andere pc.
exchange-error-locked = Dit bestand is op slot. Deze pc heeft geen sleutel. Vraag het aan wie Stepwise installeerde.
exchange-error-wrong-key = Dit bestand is op slot met een andere sleutel. Het komt misschien van een andere organisatie.
exchange-error-key-problem = De sleutel van deze pc is niet te lezen. Er is niets bewaard. Vraag het aan wie Stepwise installeerde.
exchange-error-store = De voortgang kon op deze pc niet bewaard worden.
coach-bars = Antwoorden per module. Donkerder: met hulp. ✓: alle lessen klaar.
coach-module-line = { $done } van { $lessons } lessen klaar. { $answers } antwoorden, { $wrong } fout, { $help } met hulp
coach-more-modules = En nog { $count } modules: zie Sessies.
coach-lesson-line = { $answers } antwoorden, { $wrong } fout, { $help } met hulp
coach-erase = Deze lerende wissen
coach-erase-ask = { $name } en alle antwoorden wissen? Ook op andere pc's, zodra die de voortgang van deze pc krijgen. Dit kan niet ongedaan worden.
coach-erase-keep = Nee, bewaren
coach-erase-yes = Ja, wissen
coach-lessons = Lessen
coach-lesson-counts = Begonnen door { $started }, afgewerkt door { $finished } lerenden
coach-lesson-hardest = Moeilijkst: { $steps }
coach-lesson-step = stap { $step } ({ $wrong } fout, { $shown } getoond)
coach-rename = Naam wijzigen
coach-name-save = Naam bewaren
coach-name-cancel = Annuleren
coach-same-person = Zelfde persoon als…
coach-sessions = Sessies
coach-what-we-keep = Wat we bewaren
coach-same-pick = { $name } is dezelfde persoon als wie? Kies hun andere prent.
coach-same-ask = { $name } en { $other } zijn één persoon. Hun antwoorden gaan samen. Welke prent blijft?
coach-same-keep = Deze prent houden
coach-joined = Ook ingeschreven als { $name }. Samengevoegd op { $date }.
coach-unjoin = Ongedaan maken
coach-sessions-of = Sessies van { $name }: één les op één dag.
coach-session-line = { $date }: { $lesson }, { $answers } antwoorden, { $help } met hulp
coach-session-move = Verplaatsen…
coach-move-pick = Wie deed "{ $lesson }" op { $date }? Kies hun prent.
coach-move-ask = "{ $lesson }" van { $date } ({ $answers } antwoorden) van { $name } naar { $other } verplaatsen?
coach-move-yes = Ja, verplaatsen
coach-move-no = Nee
coach-moved-to = Verplaatst naar { $other }: "{ $lesson }" van { $date }.
coach-moved-from = Hierheen verplaatst van { $other }: "{ $lesson }" van { $date }.
report-personal-data = Dit verslag bevat persoonsgegevens van lerenden. Bewaar het veilig.
keeps-title = Wat Stepwise over jou bewaart
keeps-intro = Stepwise is het programma waarmee je hier leert. Het bewaart een paar dingen over jou.
keeps-name = Je naam en je prent: { $name }.
keeps-answers = Je antwoorden: { $answers } antwoorden in { $lessons } lessen.
keeps-answers-many = Je antwoorden: meer dan 100 antwoorden in { $lessons } lessen.
keeps-times = De dag en het uur van elk antwoord. Of je hulp kreeg.
keeps-settings = Je instellingen: grootte van de tekst, kleuren en stem.
keeps-voice = Je stem die je naam zegt. Die blijft op deze pc.
keeps-not = Stepwise bewaart niet wat je typt als wachtwoord.
keeps-where = Het staat op deze pc. Je coach kan het naar andere pc's hier brengen.
keeps-who = Je coach kan het zien. Niemand anders.
keeps-rights = Vraag het je coach als je alles wilt zien. Je mag ook vragen om het te veranderen of te wissen.
report-certificate-title = Certificaat
report-certificate-text = heeft de module { $module } afgerond op { $date }.
report-certificate-level-1 = DigComp niveau 1 (basis): met begeleiding.
report-certificate-level-2 = DigComp niveau 2 (basis): zelfstandig, met hulp waar nodig.
report-certificate-competences = DigComp 2.2 competenties
report-certificate-coach = Coach, naam en handtekening:
report-certificate-id = Certificaat { $id }, gegeven met Stepwise
report-certificate-register = Register van certificaten
report-certificate-register-id = Certificaat
report-certificate-register-name = Naam
report-certificate-register-module = Module
report-certificate-register-level = Niveau
report-certificate-register-date = Gegeven op
report-files = Voortgangsbestanden in dit verslag: { $files }
report-files-none = Alleen de antwoorden van deze PC: er zijn hier geen voortgangsbestanden van andere PC's toegevoegd.
coach-report-duplicate = { $name } is nieuw hier, maar er was al een lerende met dezelfde naam. Misschien schreef één persoon zich twee keer in. Kijk naar hun prenten. Gebruik dan "Zelfde persoon als…" op hun pagina.
coach-save-report = Een verslag (om te printen, en rekenbladen)
coach-also-save = Bewaar daar ook:
coach-save-certificates = Certificaten
coach-certificates-saved = { $count } certificaten en hun register zijn bewaard: { $file }. Ze bevatten persoonsgegevens.
coach-save-roster = De lijst van lerenden
coach-roster-saved = De lijst is bewaard: { $file }. Voeg hem toe op elke pc.
coach-report-saved = Het verslag is bewaard: { $file } (en drie rekenbladbestanden ernaast). Het bevat persoonsgegevens.
coach-report-options = Het verslag:
coach-report-save = Verslag bewaren
coach-report-names = Met namen
coach-report-no-names = Zonder namen (alleen ids)
coach-period-all = De hele tijd
coach-period-this-quarter = Dit kwartaal
coach-period-last-quarter = Vorig kwartaal
coach-period-year = De laatste 12 maanden
coach-pc-all = Alle pc's
coach-pc-one = Alleen { $name }
coach-report-saved-no-names = Het verslag is bewaard: { $file } (en drie rekenbladen ernaast). Er staan geen namen in, alleen ids. Het gaat nog altijd over mensen: bewaar het veilig.
error-already-open = Stepwise is al open op deze computer. Zoek het venster.

## Coachgedeelte: de pagina van één les
coach-lesson-size = Ongeveer { $minutes } minuten, { $steps } stappen
coach-lesson-digcomp = DigComp 2.2-competenties
coach-lesson-review = Teksten nagekeken
coach-review-draft = ontwerp
coach-review-checked-by-author = nagekeken door de auteur
coach-review-checked-by-easy-to-read-reviewers = nagekeken door lezers van makkelijke taal
coach-note-practises = Wat de lerende oefent
coach-note-prepare = Zo bereid je voor
coach-note-goes-wrong = Wat vaak misgaat, en hoe je helpt
coach-note-link = De link met het werk
coach-note-ask = Een vraag voor na de les
coach-note-none = Deze les heeft nog geen notities in deze taal.

## DigComp 2.2-competenties (namen voor de coach)
digcomp-1-1 = Gegevens, informatie en digitale inhoud doorzoeken, zoeken en filteren
digcomp-1-2 = Gegevens, informatie en digitale inhoud beoordelen
digcomp-1-3 = Gegevens, informatie en digitale inhoud beheren
digcomp-2-1 = Interactie via digitale technologie
digcomp-2-2 = Delen via digitale technologie
digcomp-2-3 = Burgerschap via digitale technologie
digcomp-2-4 = Samenwerken via digitale technologie
digcomp-2-5 = Netiquette
digcomp-2-6 = Digitale identiteit beheren
digcomp-3-1 = Digitale inhoud ontwikkelen
digcomp-3-2 = Digitale inhoud integreren en bewerken
digcomp-3-3 = Auteursrecht en licenties
digcomp-3-4 = Programmeren
digcomp-4-1 = Apparaten beschermen
digcomp-4-2 = Persoonsgegevens en privacy beschermen
digcomp-4-3 = Gezondheid en welzijn beschermen
digcomp-4-4 = Het milieu beschermen
digcomp-5-1 = Technische problemen oplossen
digcomp-5-2 = Behoeften en technologische antwoorden herkennen
digcomp-5-3 = Digitale technologie creatief gebruiken
digcomp-5-4 = Hiaten in digitale competenties herkennen

## Bronnen (vanuit Instellingen)
settings-credits = Beelden, letters en licenties
credits-title = Wie maakte dit
credits-pictures = { $count } beelden van { $work }
credits-drawn = { $count ->
    [one] 1 beeld getekend voor Stepwise
   *[other] { $count } beelden getekend voor Stepwise
}
credits-font = Letters: Andika en Noto Sans
credits-app = De app Stepwise
credits-line = { $work }, van { $author }. Licentie: { $licence }
sim-own-words = Je eigen woorden
settings-read-aloud = Voorlezen
settings-slower = Langzamer spreken
credits-voice = De computerstem
credits-sounds = De geluiden voor een juist antwoord en een afgewerkte les
coach-lesson-computer-voice = voorgelezen door een computerstem
coach-lesson-recorded-voice = voorgelezen door een persoon

## Niets gedaan: na enkele minuten zonder invoer
idle-question = Ben je er nog?
idle-why = Als niemand antwoordt, bewaart Stepwise je werk en gaat het terug naar het begin.
idle-still-here = Ik ben er nog
coach-close-app = Stepwise sluiten
signin-ask-coach = Je coach voegt nieuwe lerenden toe.

## Je naam zeggen (na "Ik ben nieuw", als de PC een microfoon heeft)
name-clip-title = Zeg je naam
name-clip-how = Druk op Opnemen. Zeg je naam. Druk dan op Stop.
name-clip-recording = Zeg nu je naam. Druk dan op Stop.
name-clip-nothing = Er was niets te horen. Probeer het opnieuw, of ga verder.
name-clip-kept = Je naam blijft alleen op deze PC.
name-clip-record = Opnemen
name-clip-stop = Stop
name-clip-again = Opnieuw opnemen
name-clip-listen = Luisteren
name-clip-done = Verder

## Toetsen, een voor een gezegd bij het typen
key-capital = hoofdletter
key-space = spatie
key-at = apenstaartje
key-dot = punt
key-comma = komma
key-dash = streepje
key-underscore = laag streepje
key-slash = schuine streep
key-colon = dubbele punt
