lesson-title = Een aanraakscherm gebruiken
lesson-goal = Ik kan tikken en vegen op een tablet of telefoon.

intro = Op een telefoon of tablet gebruik je je vinger op het scherm.
tap = Raak het scherm één keer kort en zacht aan met één vinger. Dat heet tikken.
tap-the-photo = Tik op de foto om hem te openen. Op de computer klik je één keer.
tap-the-photo-hint = Tik of klik één keer op de foto.
tap-the-photo-praise = Ja. Met één tik open je de foto.
swipe = Leg je vinger op het scherm en schuif hem opzij. Dat heet vegen.
swipe-to-answer = Je telefoon rinkelt. Veeg de groene knop opzij om op te nemen.
swipe-to-answer-hint = Sleep de groene knop met de muis. Laat los op de persoon met de telefoon.
swipe-to-answer-praise = Ja. Je hebt de oproep opgenomen.
to-open = Je wil een foto openen. Wat doe je?
to-open-hint = Denk eraan hoe je de foto daarnet opende.
to-open-praise = Ja. Je tikt om iets te openen.
next-photo = Je wil de volgende foto zien. Wat doe je?
next-photo-hint = De volgende foto komt van opzij.
next-photo-praise = Ja. Je veegt om de volgende foto te zien.
summary = Nu kan je tikken en vegen op een telefoon of tablet.

word-tap = tikken
word-swipe = vegen
word-call = oproep
word-answer = opnemen
