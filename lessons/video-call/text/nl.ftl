lesson-title = Videogesprek
lesson-goal = Ik kan meedoen aan een videogesprek. Ik kan mijn camera en microfoon aan- en uitzetten.

intro = Je leert meedoen aan een videogesprek.

the-call = In een videogesprek zie en hoor je je collega's. Zij zien en horen jou ook.

join = Je team heeft om 10 uur een videogesprek. Klik op Deelnemen.
join-hint = Zoek het woord Deelnemen.
join-praise = Ja. Nu ben je in het videogesprek.
sim-window = Videogesprek
sim-cancel = Annuleren
sim-join = Deelnemen

headphones = Zet een koptelefoon op als je er een hebt. Dan hoor je iedereen goed.

the-buttons = Onderaan zie je de knoppen voor de camera en de microfoon.

find-camera = Zoek de knop voor je camera.
find-camera-hint = Kijk onderaan. Zoek een kleine camera.
find-camera-praise = Ja. Met één klik zet je je camera uit of aan.

microphone-off = Zet je microfoon uit als je niet praat. Dan hoort niemand het lawaai rond jou.

find-microphone = Zoek de knop voor je microfoon.
find-microphone-hint = Kijk onderaan. Zoek een kleine microfoon.
find-microphone-praise = Ja. Met één klik zet je je microfoon uit of aan.

noise = Er is lawaai rond jou en je praat niet. Zet je je microfoon uit?
noise-hint = Denk na: wie hoort het lawaai?
noise-praise = Ja. Nu horen je collega's het lawaai niet.

find-leave = Het videogesprek is voorbij. Zoek de knop om weg te gaan.
find-leave-hint = Zoek de rode knop.
find-leave-praise = Ja. Met deze knop verlaat je het videogesprek.

summary = Nu kan je meedoen aan een videogesprek. Je kan je camera en microfoon aan- en uitzetten.
