#!/usr/bin/python3
"""Asks a window to close the way a window manager's close button does (WM_DELETE_WINDOW),
so the smoke test checks that Stepwise shuts down cleanly, not that it can be killed."""
import sys

from Xlib import X, display
from Xlib.protocol import event

name = sys.argv[1]
d = display.Display()
root = d.screen().root


def find(window):
    try:
        if window.get_wm_name() == name:
            return window
    except Exception:
        pass
    for child in window.query_tree().children:
        found = find(child)
        if found:
            return found
    return None


window = find(root)
if window is None:
    sys.exit(f"no window named {name!r}")
delete = d.intern_atom("WM_DELETE_WINDOW")
protocols = d.intern_atom("WM_PROTOCOLS")
message = event.ClientMessage(window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0]))
window.send_event(message, event_mask=X.NoEventMask)
d.flush()
