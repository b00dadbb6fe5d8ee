lesson-title = Aanzetten en uitzetten
lesson-goal = Ik kan de computer op de juiste manier aanzetten en uitzetten.

intro = Je zet de computer aan met de aan-knop.
press-once = Druk één keer op de aan-knop. Houd hem niet ingedrukt.
wait = Wacht dan even. De computer heeft tijd nodig om te starten.
start-in-order = Zet de stappen in de juiste volgorde.
start-in-order-hint = Wat doe je eerst?
start-in-order-praise = Ja! Drukken, wachten, dan aanmelden.
shut-down = Om te stoppen gebruik je het startmenu. Je kiest Afsluiten.
find-shut-down = Zoek de knop om af te sluiten.
find-shut-down-hint = Kijk onderaan in het startmenu.
find-shut-down-praise = Ja! Met deze knop sluit je de computer af.
pull-the-plug = Trek je de stekker uit om de computer uit te zetten?
pull-the-plug-hint = De computer moet eerst zijn werk afsluiten.
pull-the-plug-praise = Juist. Trek nooit de stekker uit. Kies Afsluiten.
done = Nu kan je de computer aanzetten en uitzetten.

word-press = drukken
word-wait = wachten
word-sign-in = aanmelden
