lesson-title = Vriendelijk in chat en mail
lesson-goal = Ik ben vriendelijk in chat en mail. Ik weet wat ik doe als iemand dat niet is.

intro = Je leert vriendelijk zijn in chat en mail.
real-person = Een echt mens leest je bericht. Vriendelijke woorden maken die persoon blij.
thank-you = Sam schrijft: Bedankt voor je hulp. Is dat vriendelijk?
thank-you-hint = Hoe voelt het als iemand je bedankt?
thank-you-praise = Ja. Bedanken is vriendelijk.
shut-up = Sam schrijft: Hou je mond, niemand vroeg jou iets. Is dat vriendelijk?
shut-up-hint = Hoe voelt het om dit bericht te lezen?
shut-up-praise = Juist. Dat bericht is niet vriendelijk.
angry = Je bent boos op een collega. Stuur je meteen een boze chat?
angry-hint = Boze woorden doen pijn. Denk aan de persoon die ze leest.
angry-praise = Juist. Wacht eerst tot je rustig bent.
not-your-fault = Het is nooit jouw schuld als iemand niet vriendelijk is tegen jou.
do-not-answer = Schrijf niet terug. Bewaar het bericht, zodat je coach het kan zien.
tell-your-coach = Is iemand niet vriendelijk tegen jou? Vertel het aan je coach en laat het bericht zien.
what-do-you-do = Iemand stuurt je een bericht dat niet vriendelijk is. Wat doe je?
what-do-you-do-hint = Wie kan jou helpen?
what-do-you-do-praise = Ja. Vertel het aan je coach en laat het bericht zien.
summary = Nu schrijf je vriendelijke berichten. Je weet wat je doet als iemand niet vriendelijk is.

word-write-back = boos terugschrijven
word-tell-coach = het je coach vertellen
word-say-nothing = het voor jezelf houden
