coach-practises =
    De lerende oefent afdrukken in vier stappen: Ctrl + P om het venster Afdrukken te openen,
    de pagina nakijken, het aantal kopieën, en de knop Afdrukken. De lerende leert ook niet
    steeds opnieuw op Afdrukken te klikken als er niets uit de printer komt.
coach-prepare =
    Zoek uit naar welke printer de computer afdrukt en waar die staat, en kijk of er papier in
    zit. Druk na de les samen een echte pagina af (een werkrooster of een checklist) en stap
    samen met de lerende naar de printer.
coach-goes-wrong =
    Lerenden klikken soms meerdere keren op Afdrukken als de printer traag is, en krijgen dan
    een stapel kopieën. Sommigen zoeken de knop in een menu: in de les is het de blauwe knop
    rechtsonder; toon waar hij staat in jullie programma's. Laat de lerende hem zelf vinden;
    wijs naar de plek, niet naar de knop.
coach-link =
    Leg de link met pagina's die de lerende echt afdrukt: een werkrooster, een checklist, een
    etiket. Toon waar het papier uitkomt en wat je doet als er niets komt (even wachten, dan
    vragen), en spreek af hoeveel kopieën normaal zijn.
coach-ask =
    "Wat doe je als er niets uit de printer komt?"
