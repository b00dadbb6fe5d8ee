coach-practises =
    The learner practises what to do with a computer problem: that asking is normal, that you are the person to ask (and a stranger who calls or writes is not), and how to show the problem.
    Showing means a photo of the whole screen with the phone, and telling what they did just before.
coach-prepare =
    Decide first how learners at your workplace should reach you when you are not near: walk over, call, or send the photo in the team chat. The lesson says "go to your coach"; tell the learner your own way.
    Check your workplace rules on photos of screens, because a screen can show other people's personal information.
coach-goes-wrong =
    Some learners feel that asking for help shows they are not good enough, and stay silent. Say in your own words that you would rather be asked ten times than not at all.
    In the photo step some choose the part of the screen because it looks bigger. Point at the warning sign: the photo must show the message.
coach-link =
    Next time the learner asks you for help, ask them to show you the problem first, or to send the photo, before you take over.
    The pick about strangers prepares the "Fake messages" lesson: people who call or write and offer to fix a computer are often scammers.
coach-ask =
    Ask: "Your screen shows a message you do not understand and I am not near. What do you do?"
