coach-practises =
    The learner practises thinking about what is still hard at work and choosing a next step in learning (DigComp 5.4, finding your own gaps in digital skills).
    Any choice is fine, so the answered steps ask something with a right answer: in which part of Stepwise a skill sits, and that the learner tells you what they chose.
coach-prepare =
    Open the learner's progress in the coach area first, so you know which lessons are done.
    Think of one or two digital tasks in the learner's real work that are coming up, such as a new time clock or a new chat group, so you can suggest them if the learner finds it hard to choose.
coach-goes-wrong =
    Some learners cannot name what is hard, or say "nothing". Help with concrete examples from their day ("When you clock in in the morning, do you do it alone?") instead of giving the answer.
    Others choose what they think you want. Say clearly that every choice is fine, and take their choice seriously even if another lesson seems more useful to you.
coach-link =
    Write the learner's choice down and plan when they will start the lesson. Link it to a real task: the learner is more motivated by "so you can send your own photo to me" than by a lesson title.
    Come back to the choice after a few weeks: what can the learner do now, and what next?
coach-ask =
    Ask: "What do you want to learn next, and what will you be able to do at work when you can?"
