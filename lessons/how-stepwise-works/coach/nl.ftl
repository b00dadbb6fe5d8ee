coach-practises =
    De lerende leert het kader kennen dat elke les heeft: de luidspreker, Hulp, Verder en Terug.
    Met een paar heel eenvoudige vragen voelt hij of zij hoe een hint en de rustige bevestiging werken.
    Het eigenlijke doel is vertrouwen: fouten maken is veilig en hulp vragen is gewoon.
coach-prepare =
    Zet je naast de lerende en laat hem of haar meteen zelf de muis vasthouden.
    Controleer of het geluid aan staat en niet te luid is, of gebruik een koptelefoon in een drukke ruimte.
    Doe deze les als eerste, voor alle andere lessen in Stepwise.
coach-goes-wrong =
    Sommige lerenden durven niets aan te klikken, uit schrik dat de computer stukgaat.
    Zeg dat hier niets kapot kan, en laat ze met opzet een fout antwoord kiezen om de hint te zien.
    Klik niet in hun plaats: wijs naar het scherm en wacht even.
coach-link =
    Hulp en Terug zijn in elke les hetzelfde, dus wat de lerende hier leert, geldt voor alle lessen.
    Leg op het werk de link met hulp vragen aan jou of aan een collega: ook dat is nooit fout.
    Zeg dat het werk bewaard blijft, zodat de lerende kan stoppen als de pauze begint.
coach-ask =
    Vraag: "Wat doe je als je het antwoord niet weet?"
    Een goed antwoord is "op Hulp drukken" of "het aan jou vragen"; allebei zijn ze juist.
