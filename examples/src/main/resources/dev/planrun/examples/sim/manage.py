#!/usr/bin/env python
"""Simulated OpenREM manage.py, a planrun test fixture (not OpenREM).

Records every command in the call log and does what the upgrade relies on: migrate creates the
0.10.0 tables (remapp_upgradestatus, SQLite or PostgreSQL through psql), collectstatic refuses to
clear without --noinput when nobody can answer, collectstatic_js_reverse writes reverse.js where
JS_REVERSE_OUTPUT_PATH (or STATIC_ROOT) says. sim_finish_summary_fields stands for the Celery
tasks an administrator's login starts: it records the summary-field migration as complete.
"""
import json
import os
import shutil
import subprocess
import sys
import time

CALL_LOG = "@CALL_LOG@"
PSQL = "@PSQL@"
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import openrem  # noqa: E402


def settings():
    values = {"__file__": os.path.join(HERE, "openremproject", "local_settings.py")}
    with open(values["__file__"]) as source:
        exec(source.read(), values)
    return values


def log(args):
    record = {"tool": "manage.py", "home": HERE, "cwd": os.getcwd(), "argv": args, "version": openrem.__version__,
              "time": time.time()}
    with open(CALL_LOG, "a") as out:
        out.write(json.dumps(record) + "\n")


def run_sql(db, statements):
    engine = db["ENGINE"]
    if engine.endswith("sqlite3"):
        import sqlite3
        connection = sqlite3.connect(db["NAME"])
        connection.executescript(statements.replace("SERIAL PRIMARY KEY", "INTEGER PRIMARY KEY AUTOINCREMENT"))
        connection.commit()
        connection.close()
        return
    env = dict(os.environ, PGPASSWORD=db.get("PASSWORD", ""))
    subprocess.check_call([PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", db.get("HOST") or "localhost",
                           "-p", str(db.get("PORT") or 5432), "-U", db["USER"], "-d", db["NAME"], "-c", statements],
                          env=env)


def migrate(config):
    statements = ("CREATE TABLE IF NOT EXISTS django_migrations (id SERIAL PRIMARY KEY, app VARCHAR(255), "
                  "name VARCHAR(255) UNIQUE);\n"
                  "INSERT INTO django_migrations (app, name) SELECT 'remapp', '0001_initial' "
                  "WHERE NOT EXISTS (SELECT 1 FROM django_migrations WHERE name = '0001_initial');\n")
    if openrem.__version__ == "0.10.0":
        statements += ("CREATE TABLE IF NOT EXISTS remapp_upgradestatus (id SERIAL PRIMARY KEY, "
                       "from_0_9_1_summary_fields BOOLEAN NOT NULL DEFAULT FALSE);\n"
                       "INSERT INTO remapp_upgradestatus (from_0_9_1_summary_fields) SELECT FALSE "
                       "WHERE NOT EXISTS (SELECT 1 FROM remapp_upgradestatus);\n"
                       "INSERT INTO django_migrations (app, name) SELECT 'remapp', '0002_0_10_0_summary_fields' "
                       "WHERE NOT EXISTS (SELECT 1 FROM django_migrations WHERE name = '0002_0_10_0_summary_fields');\n")
    run_sql(config["DATABASES"]["default"], statements)
    print("Operations to perform:\n  Apply all migrations: remapp\nRunning migrations: OK")


def finish_summary_fields(config):
    run_sql(config["DATABASES"]["default"], "UPDATE remapp_upgradestatus SET from_0_9_1_summary_fields = TRUE;\n")
    print("summary fields populated")


def collectstatic(config, args):
    root = config["STATIC_ROOT"]
    if "--clear" in args and "--noinput" not in args and "--no-input" not in args:
        print("This will DELETE ALL FILES in this location! Are you sure you want to do this?")
        print("Type 'yes' to continue, or 'no' to cancel: ", end="")
        sys.stdout.flush()
        answer = sys.stdin.readline().strip() if not sys.stdin.isatty() else input()
        if answer != "yes":
            sys.stderr.write("CommandError: Collecting static files cancelled.\n")
            sys.exit(1)
    if "--clear" in args and os.path.isdir(root):
        shutil.rmtree(root)
    target = os.path.join(root, "remapp")
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(target, "openrem.css"), "w") as out:
        out.write("/* OpenREM " + openrem.__version__ + " */\n")
    print("1 static file copied to '" + root + "'.")


def collectstatic_js_reverse(config):
    path = config.get("JS_REVERSE_OUTPUT_PATH") or os.path.join(config["STATIC_ROOT"], "django_js_reverse", "js")
    os.makedirs(path, exist_ok=True)
    with open(os.path.join(path, "reverse.js"), "w") as out:
        out.write("// reverse.js of OpenREM " + openrem.__version__ + "\n")
    print("js file written to " + path)


def main():
    args = sys.argv[1:]
    log(args)
    config = settings()
    command = args[0] if args else ""
    if command == "makemigrations":
        print("No changes detected in app 'remapp'")
    elif command == "migrate":
        migrate(config)
    elif command == "collectstatic":
        collectstatic(config, args[1:])
    elif command == "collectstatic_js_reverse":
        collectstatic_js_reverse(config)
    elif command == "sim_finish_summary_fields":
        finish_summary_fields(config)
    else:
        sys.stderr.write("Unknown command: " + repr(command) + "\n")
        sys.exit(1)


if __name__ == "__main__":
    main()
