module-meet-the-computer = Kennismaken met de computer
module-safe-and-signed-in = Veilig aangemeld
module-talking-with-colleagues = Praten met collega's
module-tools-at-my-work = Digitaal op mijn werk
module-find-and-keep-information = Informatie zoeken en bewaren
module-feel-good-and-get-help = Je goed voelen en hulp vragen
