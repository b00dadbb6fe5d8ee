coach-practises =
    De lerende oefent met een digitale takenlijst: zien welke taken klaar zijn, een afgewerkte taak afvinken, en een korte opmerking schrijven als er iets ontbreekt.
    De lerende leert ook alleen af te vinken wat echt klaar is, en het aan de coach te zeggen als een taak niet klaar is.
coach-prepare =
    Gebruikt jullie werkplek een tablet, een app of een scherm voor taken, leg dat dan klaar naast Stepwise zodat de lerende kan vergelijken.
    Kijk welke woorden en prenten jullie lijst gebruikt voor de taken, en of de lerende afvinkt door op het vakje of op de naam te tikken.
    Geen tablet op het werk? Een papieren afvinklijst aan de muur oefent dezelfde gewoonte.
coach-goes-wrong =
    Lerenden vinken soms alles tegelijk af, bij het begin of op het einde van de dag.
    Vraag "Is het klaar?" voor elk vinkje in plaats van de tablet over te nemen, en toon hoe je een vinkje ongedaan maakt in jullie eigen app.
    De opmerking typen kan traag gaan: de juiste woorden zijn minder belangrijk dan zeggen wat er ontbreekt.
coach-link =
    Overloop de echte lijst samen bij het begin van de dienst, en kijk hem de eerste weken samen na op het einde.
    Toon de lerende dat je de opmerkingen leest en er iets mee doet (de zeep wordt bijgevuld), zodat een opmerking schrijven zin heeft.
coach-ask =
    Welke taken van je lijst heb je vandaag gedaan, en heb je ze afgevinkt?
