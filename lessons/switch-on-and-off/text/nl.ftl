lesson-title = Aanzetten en uitzetten
lesson-goal = Ik kan de computer op de juiste manier aanzetten en uitzetten.

intro = Je leert de computer op de juiste manier aanzetten en uitzetten.
press-once = Druk één keer op de aan-uitknop. Houd hem niet ingedrukt.
wait = Wacht dan even. De computer heeft tijd nodig om te starten.
start-in-order = Zet de stappen in de juiste volgorde.
start-in-order-hint = Wat doe je eerst? Zoek de vinger op de knop.
start-in-order-praise = Ja. Drukken, wachten en dan aanmelden.
switch-off = Uitzetten doe je op het scherm. Eerst klik je op de startknop.
find-start = Klik op de startknop.
find-start-hint = Kijk onderaan op het scherm. De startknop heeft 4 vierkantjes.
find-start-praise = Ja. Het startmenu gaat open.
find-power = Klik op de aan-uitknop in het startmenu.
find-power-hint = Kijk onderaan in het startmenu, aan de rechterkant.
find-power-praise = Ja. Er gaat een klein menu open.
find-shut-down = Klik nu op Afsluiten.
find-shut-down-hint = Afsluiten heeft hetzelfde teken als de aan-uitknop.
find-shut-down-praise = Ja. Nu sluit de computer zijn werk af en gaat hij uit.
pull-the-plug = Trek je de stekker uit om de computer uit te zetten?
pull-the-plug-hint = De computer moet eerst zijn werk afsluiten.
pull-the-plug-praise = Dat klopt. Trek nooit de stekker uit: kies Afsluiten.
summary = Nu kan je de computer op de juiste manier aanzetten en uitzetten.

word-press = drukken
word-wait = wachten
word-sign-in = aanmelden
