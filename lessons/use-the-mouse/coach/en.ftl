coach-practises =
    The learner holds the mouse, sees that the arrow on the screen follows it, and clicks with the left button.
    Then they double-click to open a folder and a file.
    Each click is a real gesture on the screen, not a choice between pictures.
coach-prepare =
    Make sure the mouse lies on a mat or a clear part of the table, with room to move.
    For a left-handed learner, ask whether the mouse buttons are swapped on this PC; the lesson assumes the click is under the first finger.
    Keep the mouse cable loose so it does not pull.
coach-goes-wrong =
    A double click is often too slow, or the mouse moves between the 2 presses; the screen then says "Click once more".
    Let the learner rest the hand on the mouse and only move the finger.
    If a learner lifts the mouse off the table, show that the arrow only moves while the mouse slides.
coach-link =
    At work, point out the things the learner opens with a double click, such as a folder or a file on the desktop.
    Use the words "click" and "double-click" the same way when you help later.
coach-ask =
    Ask: "How do you open a folder?"
    Let the learner show it on the real computer.
