coach-practises =
    De lerende oefent een formulier invullen: in het juiste vak klikken, in elk vak typen en op
    Verzenden klikken. De formulieren zijn een bestelling van werkkleding en een nieuw adres,
    met een verzonnen naam en straat. De lerende hoort ook dat een wachtwoord nooit in een
    vreemd formulier hoort.
coach-prepare =
    Denk aan een echt formulier dat de lerende op het werk tegenkomt, bijvoorbeeld een aanvraag
    voor verlof, een bestelling van werkkleding of een inschrijving voor een opleidingsdag. Open
    het naast Stepwise of druk het af, zodat je het na de les samen kan overlopen.
coach-goes-wrong =
    Lerenden beginnen vaak te typen voor ze in een vak geklikt hebben, of typen alles in het
    eerste vak. Vraag "waar knippert het streepje?" in plaats van voor hen te klikken. Sommigen
    willen hun eigen naam en adres typen: zeg dat de naam hier verzonnen is, en dat echte
    gegevens alleen in formulieren gaan die jullie samen bekeken hebben.
coach-link =
    Noem de formulieren op jullie werkplek die de lerende zal invullen, en wie ze leest. Spreek
    een eenvoudige regel af: lees het formulier nog eens voor Verzenden, en vraag het aan de
    coach als een formulier om een wachtwoord, een rekeningnummer of iets vreemds vraagt.
coach-ask =
    "Wat doe je voor je op Verzenden klikt?"
