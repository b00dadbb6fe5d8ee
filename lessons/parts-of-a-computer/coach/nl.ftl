coach-practises =
    De lerende benoemt de 3 grote delen van een computer: het scherm, de muis en het toetsenbord.
    Hij of zij kiest elk deel uit afbeeldingen en ziet dat een laptop het scherm en het toetsenbord samen heeft.
    Stepwise zegt altijd "scherm", nooit "beeldscherm" of "monitor": gebruik dat woord ook.
coach-prepare =
    Ga met de lerende aan een echte computer zitten, zodat hij of zij elk deel kan aanraken als de les het noemt.
    Werkt de lerende op het werk met een laptop, houd er dan ook een bij de hand.
coach-goes-wrong =
    Sommige lerenden halen het toetsenbord en de muis door elkaar, omdat beide op tafel liggen.
    Vraag om eerst een hand op het echte deel te leggen en dan pas de afbeelding te kiezen.
    Wie op goed geluk kiest, kan Hulp gebruiken; wacht even voor je zelf aanwijst.
coach-link =
    Noem de delen als jullie samen werken: "kijk naar het scherm", "neem de muis".
    Wijs het scherm, de muis en het toetsenbord aan op de eigen werkplek, bijvoorbeeld bij de prikklok of de computer op kantoor.
coach-ask =
    Vraag de lerende om het scherm, de muis en het toetsenbord van de computer voor zich aan te wijzen.
    Twijfelt de lerende, noem dan één deel en laat hem of haar het aanwijzen.
