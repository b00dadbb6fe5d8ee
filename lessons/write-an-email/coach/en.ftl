coach-practises =
    The learner starts a new mail, learns its parts (To, Subject, Message, Send), types a
    made-up address with the @ sign and writes a short, friendly mail in a pretend window.
coach-prepare =
    Open your own mail program next to Stepwise with a new, empty mail, so you can show the
    same fields afterwards. Know where the @ sign is on this keyboard: on a Belgian keyboard
    it needs AltGr.
coach-goes-wrong =
    The @ sign is the usual stumbling block; let the learner follow the lit keys before you
    show it. In the pretend window the text must match exactly, including the capital letter
    and the full stop: point at the field that is outlined rather than typing for them.
coach-link =
    Think of one real mail the learner could send: a question to the team leader, a thank-you
    to a colleague, a reply about a shift. Write it together with a made-up draft first, then
    for real in your own program.
coach-ask =
    To whom at work would you like to send a mail, and what would you write?
