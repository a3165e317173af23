#!/usr/bin/env python3
"""Simulated systemctl, a planrun test fixture: tracks each unit's state in a file and logs every call."""
import json
import os
import sys
import time

CALL_LOG = "@CALL_LOG@"
STATE_DIR = "@STATE_DIR@"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    with open(CALL_LOG, "a") as out:
        out.write(json.dumps({"tool": "systemctl", "home": STATE_DIR, "cwd": os.getcwd(), "argv": sys.argv[1:],
                              "time": time.time()}) + "\n")
    if len(args) < 2:
        sys.stderr.write("usage: systemctl start|stop|restart|is-active|status UNIT...\n")
        sys.exit(2)
    verb, units = args[0], args[1:]
    os.makedirs(STATE_DIR, exist_ok=True)
    code = 0
    for unit in units:
        path = os.path.join(STATE_DIR, unit)
        if verb in ("start", "restart"):
            open(path, "w").write("active\n")
        elif verb == "stop":
            open(path, "w").write("inactive\n")
        elif verb in ("is-active", "status"):
            state = open(path).read().strip() if os.path.exists(path) else "inactive"
            print(state if verb == "is-active" else unit + ": " + state)
            code = code or (0 if state == "active" else 3)
        else:
            sys.stderr.write("Unknown command verb " + verb + ".\n")
            sys.exit(1)
    sys.exit(code)


if __name__ == "__main__":
    main()
