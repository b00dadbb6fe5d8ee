# Stepwise user interface, English.
# Easy to read: short sentences, everyday words, the same word for the same thing.

app-title = Stepwise

## The frame on every screen
back = Back
help = Help
next = Next
yes = Yes
no = No
hear = Hear it

## Sign-in
signin-title = Who are you?
signin-new = I am new
signin-confirm = Is this you?
signin-settings = Settings
page-before = Before
page-more = More
page-count = Page { $page } of { $pages }

## New learner
new-title = Your picture
new-text = Pick a picture. It shows who you are.
new-name-label = Your first name. You may leave it empty.
new-name-placeholder = First name
new-save = This is me
new-full = There is no free picture. Please ask your coach.

## Home
home-title = Hello { $name }
home-title-no-name = Hello
home-go-on = Go on: { $lesson }, step { $step }
home-start = Start: { $lesson }
home-all-done = You did all lessons.
home-done-count = { $done } of { $total } done
home-saved = Your work is saved.
lesson-finished-mark = Done
sign-out = Sign out
sign-out-confirm = Do you want to stop for today?

## Lessons
step-count = Step { $step } of { $total }
show-answer = This is the right one. Press it.
show-order = The numbers show the order. Put the cards in that order.
show-sim = Fill in the text you see. Then press the button with the hand.
show-shortcut = Press the numbered keys in order.
key-ctrl = Ctrl
key-windows = Win
key-alt = Alt
key-shift = Shift
show-type = Type the letters you see, one by one. Then press Enter.
type-placeholder = Type here
type-done = Done
show-drag = Hold the left button down on the picture. Move it to the outlined place. Let go there.
show-click-single = Press the left mouse button once, on the picture.
show-click-double = Press the left mouse button two times, quickly, on the picture.
show-click-right = Press the right mouse button once, on the picture.
click-once-more = You clicked once. Click once more, quickly.
end-title = You finished the lesson.
end-can = You can now:
again = Again
home = Home

## Settings
settings-title = Settings
settings-language = Language
settings-text-size = Text size
settings-bigger = Bigger
settings-smaller = Smaller
settings-contrast = Strong colours
settings-show-first = Show me first
on = On
off = Off
settings-left-out = For the coach: these lessons are left out.
settings-left-out-more = And { $count } more: see stepwise doctor.

## Errors: the learner sees these; the details go to the log.
error-title = Stepwise cannot start
error-data-folder = Stepwise cannot save work on this computer. Please ask your coach.
error-newer-database = This computer has a newer Stepwise. Please ask your coach.
error-damaged-database = The saved work on this computer is damaged. Please ask your coach.
error-disk-full = The computer is full. Your work is saved until now. Please ask your coach.
error-saving = Stepwise could not save this step. Please ask your coach.
error-for-coach = For the coach: { $detail }
error-close = Close Stepwise

## Sign-in pictures, for the ear and for the coach
symbol-tree = tree
symbol-sun = sun
symbol-star = star
symbol-house = house
symbol-car = car
symbol-bicycle = bicycle
symbol-flower = flower
symbol-guitar = guitar
symbol-boat = boat
symbol-apple = apple
symbol-moon = moon
symbol-umbrella = umbrella
symbol-bus = bus
symbol-train = train
symbol-leaf = leaf
symbol-bell = bell
symbol-rainbow = rainbow
symbol-fish = fish
symbol-bird = bird
symbol-plane = plane
symbol-camera = camera
symbol-lamp = lamp
symbol-chair = chair
symbol-mug = mug
background-sky = blue circle
background-sand = yellow square
background-mint = green tile

## Coach area
signin-coach = Coach
coach-pin-title = Coach
coach-locked = The coach area is locked on this PC. The person who installed Stepwise can give it a PIN.
coach-pin-type = Type the coach PIN.
coach-pin-wrong = That PIN is not right. Try again.
coach-pin-wait = Wait { $seconds } seconds, then try again.
coach-pin-erase = Erase
coach-pin-open = Open
coach-title = Coach
coach-title-named = Coach: { $name }
coach-lock = Lock
coach-learners = Learners
coach-save = Save progress
coach-add = Add progress
coach-no-learners = No learners on this PC yet.
coach-no-name = (no name)
coach-lessons-done = { $done } of { $total } lessons done
coach-answers = { $answers } answers, { $help } % with help
coach-time = { $hours ->
    [0] { $minutes } min practised
   *[other] { $hours } h { $minutes } min practised
}
coach-last = Last: { $date }
coach-never = Not practised yet
coach-stuck = Hardest: { $lesson }, step { $step } ({ $wrong } wrong, { $shown } shown)
coach-files-locked = Progress files are locked with your organisation key. Only your own PCs can open them.
coach-files-unprotected = Progress files are not locked: this PC has no organisation key. Anyone who finds the USB stick can read names and answers.
coach-place-usb = Save to the USB stick { $name }
coach-place-shared = Save to the shared folder { $name }
coach-place-documents = Save to { $name } on this PC
coach-no-places = No USB stick or shared folder found. Put in a USB stick and press Save progress again.
coach-saved = Saved { $learners } learners and { $answers } answers to { $file }.
coach-save-failed = Nothing was saved: { $reason }
coach-no-files = No progress files found on a USB stick, in the shared folder or in Documents.
coach-record-name = Record the name
coach-record-name-stop = Stop and keep
coach-record-name-now = Let the learner say their name, then press Stop and keep.
coach-record-name-kept = The name is kept on this PC only. Stepwise says it at sign-in.
coach-record-name-nothing = Nothing was heard: check the microphone and try again.
coach-backups = Backups
coach-backups-how = Stepwise keeps a copy of this PC's progress each day and before adding progress. Pick one to put it back.
coach-backup-daily = daily
coach-backup-before-import = before adding progress
coach-backup-before-restore = before one was put back
coach-backup-other = copy
coach-no-backups = No backups yet. Stepwise makes one each day when it starts.
coach-restore-ask = Put back the backup of { $when }? What is here now is kept as a backup first.
coach-restore-done = The backup of { $when } is back. What was here is kept as a backup.
coach-restore-failed = Nothing was changed: { $reason }
coach-add-all = Add all { $count } files
coach-report-file = { $file } (from { $from }):
coach-report-learner = { $name }: { $new } new answers, { $known } already here
coach-report-new-learner = { $name } (new here): { $new } new answers
coach-report-erased = { $name }: erased, nothing added
coach-report-clock = That PC's clock is about { $days } days off. Its dates may be wrong; nothing else is.
coach-report-clone = Another PC claims to be this one (a copied disk image?). Run stepwise doctor there.
coach-report-coaches = Coach accounts given, changed or withdrawn: { $count }.
coach-report-coaches-refused = This file has coach accounts, but it is not locked with the organisation key. They were left out.
coach-remove-after-off = After adding, keep the files on the USB stick. Press to remove them.
coach-remove-after-on = ✓ After adding, remove the files from the USB stick. Press to keep them.
coach-report-removed = Removed from the USB stick.
coach-erasure-waiting = A learner erased on { $date } is not erased yet on { $pcs }. Bring this PC's progress to those PCs.
coach-erasure-pc = { $name } (last seen { $date })
coach-left = Has left
coach-back = Is back
coach-left-on = Left: { $date }
coach-left-erase = Left over { $months } months ago. Time to erase?
coach-picture-change = Another picture
coach-picture-pick = Pick a new picture for { $name }. Nobody else here has these.
coach-picture-keep = Keep the picture
coach-report-refused = { $file }: not added, nothing changed. { $reason }
exchange-error-folder = The file or folder cannot be used. Is the USB stick still in?
exchange-error-foreign = This is not a Stepwise progress file.
exchange-error-newer = A newer Stepwise made this file. Update Stepwise on this PC first.
exchange-error-truncated = The file is not complete. Save it again on the other PC.
exchange-error-damaged = The file is damaged. Save it again on the other PC.
exchange-error-locked = This file is locked. This PC has no key to open it. Ask whoever set up Stepwise.
exchange-error-wrong-key = This file is locked with another key. It may come from another organisation.
exchange-error-key-problem = The key of this PC cannot be read. Nothing was saved. Ask whoever set up Stepwise.
exchange-error-store = The progress could not be stored on this PC.
coach-bars = Answers per module. Darker: with help. ✓: all lessons done.
coach-module-line = { $done } of { $lessons } lessons done. { $answers } answers, { $wrong } wrong, { $help } with help
coach-more-modules = And { $count } more modules: see Sessions.
coach-lesson-line = { $answers } answers, { $wrong } wrong, { $help } with help
coach-erase = Erase this learner
coach-erase-ask = Erase { $name } and all of their answers? On other PCs too, once they get this PC's progress. This cannot be undone.
coach-erase-keep = No, keep
coach-erase-yes = Yes, erase
coach-lessons = Lessons
coach-lesson-counts = Started by { $started }, finished by { $finished } learners
coach-lesson-hardest = Hardest: { $steps }
coach-lesson-step = step { $step } ({ $wrong } wrong, { $shown } shown)
coach-rename = Change the name
coach-name-save = Save the name
coach-name-cancel = Cancel
coach-same-person = Same person as…
coach-sessions = Sessions
coach-what-we-keep = What we keep
coach-same-pick = { $name } is the same person as who? Choose their other picture.
coach-same-ask = { $name } and { $other } are one person. Their answers go together. Which picture stays?
coach-same-keep = Keep this picture
coach-joined = Also signed up as { $name }. Joined on { $date }.
coach-unjoin = Undo
coach-sessions-of = Sessions of { $name }: one lesson on one day.
coach-session-line = { $date }: { $lesson }, { $answers } answers, { $help } with help
coach-session-move = Move…
coach-move-pick = Who did "{ $lesson }" on { $date }? Choose their picture.
coach-move-ask = Move "{ $lesson }" of { $date } ({ $answers } answers) from { $name } to { $other }?
coach-move-yes = Yes, move it
coach-move-no = No
coach-moved-to = Moved to { $other }: "{ $lesson }" of { $date }.
coach-moved-from = Moved here from { $other }: "{ $lesson }" of { $date }.
report-personal-data = This report holds personal data about learners. Keep it safe.
keeps-title = What Stepwise keeps about you
keeps-intro = Stepwise is the program you learn with here. It keeps a few things about you.
keeps-name = Your name and your picture: { $name }.
keeps-answers = Your answers: { $answers } answers in { $lessons } lessons.
keeps-answers-many = Your answers: more than 100 answers in { $lessons } lessons.
keeps-times = The day and the time of each answer. If you got help.
keeps-settings = Your settings: text size, colours and voice.
keeps-voice = Your voice saying your name. It stays on this PC.
keeps-not = Stepwise does not keep what you type as a password.
keeps-where = It is on this PC. Your coach can take it to other PCs here.
keeps-who = Your coach can see it. Nobody else.
keeps-rights = Ask your coach if you want to see it all. You can also ask to change or erase it.
report-certificate-title = Certificate
report-certificate-text = finished the module { $module } on { $date }.
report-certificate-level-1 = DigComp level 1 (foundation): with guidance.
report-certificate-level-2 = DigComp level 2 (foundation): on their own, with help where needed.
report-certificate-competences = DigComp 2.2 competences
report-certificate-coach = Coach, name and signature:
report-certificate-id = Certificate { $id }, given with Stepwise
report-certificate-register = Register of certificates
report-certificate-register-id = Certificate
report-certificate-register-name = Name
report-certificate-register-module = Module
report-certificate-register-level = Level
report-certificate-register-date = Given on
report-files = Progress files included: { $files }
report-files-none = This PC's own answers only: no progress files from other PCs were added here.
coach-report-duplicate = { $name } is new here, but a learner with the same name was here already. Perhaps one person signed up twice. Look at their pictures. Then use "Same person as…" on their page.
coach-save-report = A report (to print, and spreadsheets)
coach-also-save = Also save there:
coach-save-certificates = Certificates
coach-certificates-saved = { $count } certificates and their register are saved: { $file }. They hold personal data.
coach-save-roster = The roster
coach-roster-saved = The roster is saved: { $file }. Add it on each workstation.
coach-report-saved = The report is saved: { $file } (and three spreadsheet files beside it). It holds personal data.
coach-report-options = The report:
coach-report-save = Save it
coach-report-names = With names
coach-report-no-names = Without names (ids only)
coach-period-all = All the time
coach-period-this-quarter = This quarter
coach-period-last-quarter = Last quarter
coach-period-year = The last 12 months
coach-pc-all = All PCs
coach-pc-one = Only { $name }
coach-report-saved-no-names = The report is saved: { $file } (and three spreadsheet files beside it). It has no names, only ids. It is still about people: keep it safe.
error-already-open = Stepwise is already open on this computer. Look for its window.

## Coach area: one lesson's page
coach-lesson-size = About { $minutes } minutes, { $steps } steps
coach-lesson-digcomp = DigComp 2.2 competences
coach-lesson-review = Texts checked
coach-review-draft = draft
coach-review-checked-by-author = checked by the author
coach-review-checked-by-easy-to-read-reviewers = checked by easy-to-read reviewers
coach-note-practises = What the learner practises
coach-note-prepare = How to prepare
coach-note-goes-wrong = What often goes wrong, and how to help
coach-note-link = Link it to the work
coach-note-ask = A question to ask after
coach-note-none = This lesson has no notes in this language yet.

## DigComp 2.2 competences (names for the coach)
digcomp-1-1 = Browsing, searching and filtering data, information and digital content
digcomp-1-2 = Evaluating data, information and digital content
digcomp-1-3 = Managing data, information and digital content
digcomp-2-1 = Interacting through digital technologies
digcomp-2-2 = Sharing through digital technologies
digcomp-2-3 = Engaging in citizenship through digital technologies
digcomp-2-4 = Collaborating through digital technologies
digcomp-2-5 = Netiquette
digcomp-2-6 = Managing digital identity
digcomp-3-1 = Developing digital content
digcomp-3-2 = Integrating and re-elaborating digital content
digcomp-3-3 = Copyright and licences
digcomp-3-4 = Programming
digcomp-4-1 = Protecting devices
digcomp-4-2 = Protecting personal data and privacy
digcomp-4-3 = Protecting health and well-being
digcomp-4-4 = Protecting the environment
digcomp-5-1 = Solving technical problems
digcomp-5-2 = Identifying needs and technological responses
digcomp-5-3 = Creatively using digital technologies
digcomp-5-4 = Identifying digital competence gaps

## Credits (from Settings)
settings-credits = Pictures, letters and licences
credits-title = Who made it
credits-pictures = { $count } pictures from { $work }
credits-drawn = { $count ->
    [one] 1 picture drawn for Stepwise
   *[other] { $count } pictures drawn for Stepwise
}
credits-font = Letters: Andika and Noto Sans
credits-app = The Stepwise app
credits-line = { $work }, by { $author }. Licence: { $licence }
sim-own-words = Your own words
settings-read-aloud = Read aloud
settings-slower = Slower voice
credits-voice = The computer voice
credits-sounds = The sounds for a right answer and a finished lesson
coach-lesson-computer-voice = read by a computer voice
coach-lesson-recorded-voice = read by a person

## Idle: after some minutes without input
idle-question = Are you still here?
idle-why = If nobody answers, Stepwise keeps your work and goes back to the start.
idle-still-here = I am still here
coach-close-app = Close Stepwise
signin-ask-coach = Your coach adds new learners.

## Saying your name (after "I am new", when the PC has a microphone)
name-clip-title = Say your name
name-clip-how = Press Record. Say your name. Then press Stop.
name-clip-recording = Say your name now. Then press Stop.
name-clip-nothing = Nothing was heard. Try again, or go on.
name-clip-kept = Your name is kept on this PC only.
name-clip-record = Record
name-clip-stop = Stop
name-clip-again = Record again
name-clip-listen = Listen
name-clip-done = Go on

## Keys, said one by one in typing practice
key-capital = capital
key-space = space
key-at = at sign
key-dot = dot
key-comma = comma
key-dash = dash
key-underscore = underscore
key-slash = slash
key-colon = colon
