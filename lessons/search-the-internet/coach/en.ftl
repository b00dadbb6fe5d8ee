coach-practises =
    The learner practises a search from start to end: choosing a few words, typing them in a
    search box, pressing Search and choosing a result that is not an advert. The search page
    is a safe pretend page inside Stepwise; nothing goes to the internet.
coach-prepare =
    Have a browser open on the workstation with the search page your organisation uses, so
    you can repeat the search for real after the lesson. Check what the adverts on that page
    look like: the label may say "Ad" or "Sponsored".
coach-goes-wrong =
    Learners often type a whole question or click the first result, which is the advert. Point
    at the yellow label and ask "what does this label tell you?" instead of pointing at the
    right result. If typing is slow, let them finish in their own time.
coach-link =
    Search together for something the learner needs at work or on the way: the weather before
    an outdoor shift, the bus times, the opening hours of the shop. Show where the advert label
    sits on your real search page.
coach-ask =
    "How do you know which result is an advert?"
