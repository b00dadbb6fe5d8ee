module-meet-the-computer = Meet the computer
module-safe-and-signed-in = Safe and signed in
module-talking-with-colleagues = Talking with colleagues
module-tools-at-my-work = Tools at my work
module-find-and-keep-information = Find and keep information
module-feel-good-and-get-help = Feel good and get help
