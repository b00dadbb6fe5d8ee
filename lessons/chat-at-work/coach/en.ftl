coach-practises =
    The learner recognises a team chat, knows that the whole team reads it, finds where to
    type, and sends two short messages in a pretend chat: a greeting and a friendly answer
    to a colleague who asks for help.
coach-prepare =
    Open the chat your team really uses (on the PC or on a work phone) so you can show the
    same field and Send button after the lesson. Check who is in the team chat, so you can
    name the people who will read the learner's messages.
coach-goes-wrong =
    Some learners type the message but forget to press Send, or expect the chat to answer
    at once. Others find the unfriendly answer funny: take it seriously and ask how Lotte
    would feel. Let the learner copy the text exactly; point at the outlined field rather
    than typing for them.
coach-link =
    Agree on what the learner uses the team chat for: saying good morning, answering a
    question, telling the team a task is done. Sick or late messages go another way at most
    workplaces: say which.
coach-ask =
    What would you like to write in your team chat tomorrow?
