#!/usr/bin/python3
"""Reads Twitch Diary's accessibility tree over AT-SPI, as a screen reader does.

Run by scripts/a11y-check.sh (Xvfb, a D-Bus session and the AT-SPI bus). Fails (exit 1)
when a control a user can reach has no name, or when what a screen reader must say for
the face map, the strength buttons and the charts is missing."""
import sys
import time

import pyatspi

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SLIDER, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE,
}


def find_app(name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and name in (app.name or "").lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, depth=0):
    yield node, depth
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def main():
    app = find_app("twitch")
    if app is None:
        print("FAIL: Twitch Diary is not on the AT-SPI bus")
        return 1
    time.sleep(2)
    unnamed, names, descriptions = [], [], []
    for node, _ in walk(app):
        try:
            role = node.getRole()
            states = node.getState()
            name = node.name or ""
            desc = node.description or ""
        except Exception:
            continue
        if not states.contains(pyatspi.STATE_SHOWING):
            continue
        names.append(name)
        descriptions.append(desc)
        if role in INTERACTIVE and states.contains(pyatspi.STATE_FOCUSABLE) and not name.strip():
            unnamed.append("%s (%s)" % (node.getRoleName(), desc[:40]))
    failures = []
    if unnamed:
        failures.append("controls without a name:\n  " + "\n  ".join(unnamed))
    required = ["Face map", "Strength 1 of 10", "Strength 10 of 10", "Lasted: Not timed",
                "Sleep quality 1 of 5", "Stress today, 0 to 10", "Day being logged", "Time of the episode"]
    for want in required:
        if not any(n.startswith(want) for n in names):
            failures.append("no control named %r" % want)
    strength = [d for n, d in zip(names, descriptions) if n.startswith("Strength ")]
    if not strength or not all(strength):
        failures.append("strength buttons without a description")
    print("AT-SPI: %d showing nodes read, %d named" % (len(names), sum(1 for n in names if n)))
    if failures:
        print("FAIL: " + "\nFAIL: ".join(failures))
        return 1
    print("OK: every reachable control has a name; face map, strength, sleep and stress are described")
    return 0


if __name__ == "__main__":
    sys.exit(main())
