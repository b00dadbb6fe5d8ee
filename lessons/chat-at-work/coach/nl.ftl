coach-practises =
    De lerende herkent een teamchat, weet dat het hele team die leest, vindt waar je typt en
    stuurt twee korte berichten in een nagebootste chat: een groet en een vriendelijk
    antwoord aan een collega die om hulp vraagt.
coach-prepare =
    Open de chat die jullie team echt gebruikt (op de pc of een werktelefoon), zodat je na de
    les hetzelfde veld en dezelfde knop Verzenden kan tonen. Kijk wie er in de teamchat zit,
    zodat je de mensen kan noemen die de berichten van de lerende lezen.
coach-goes-wrong =
    Sommige lerenden typen het bericht maar vergeten op Verzenden te klikken, of verwachten
    meteen een antwoord. Anderen vinden het onvriendelijke antwoord grappig: neem dat ernstig
    en vraag hoe Lotte zich zou voelen. Laat de tekst precies overnemen; wijs naar het
    omlijnde veld in plaats van zelf te typen.
coach-link =
    Spreek af waarvoor de lerende de teamchat gebruikt: goedemorgen zeggen, een vraag
    beantwoorden, laten weten dat een taak klaar is. Ziek of te laat melden gaat op de meeste
    werkplekken anders: zeg hoe.
coach-ask =
    Wat zou je morgen in de chat van je team willen schrijven?
