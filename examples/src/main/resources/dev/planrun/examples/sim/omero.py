#!/usr/bin/env python3
"""Simulated OMERO command line, a planrun test fixture (not OMERO).

Keeps its configuration in OMERODIR/etc/grid/config.xml like the real one, so that copying
config.xml carries the configuration over; OMERODIR defaults to the installation holding this
script. Every call is appended to the call log as one JSON line.
"""
import json
import os
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

VERSION = "@VERSION@"
CALL_LOG = "@CALL_LOG@"
IN_VENV = "@IN_VENV@"
MASK = "********"


def home():
    configured = os.environ.get("OMERODIR")
    if configured:
        return os.path.abspath(configured)
    if IN_VENV == "yes":
        fail("OMERODIR is not set", 2)
    return os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def fail(message, code=1):
    sys.stderr.write(message + "\n")
    sys.exit(code)


def secret(key):
    return "pass" in key.lower()


def log_call(args):
    logged = list(args)
    if len(logged) >= 4 and logged[:2] == ["config", "set"] and secret(logged[2]):
        logged[3] = MASK
    path = CALL_LOG or os.path.join(home(), "var", "log", "calls.log")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    record = {"tool": "omero", "home": home(), "cwd": os.getcwd(), "argv": logged, "time": time.time()}
    with open(path, "a", encoding="utf-8") as log:
        log.write(json.dumps(record) + "\n")


def config_path():
    return os.path.join(home(), "etc", "grid", "config.xml")


def load_config():
    path = config_path()
    if not os.path.exists(path):
        return {}
    root = ET.parse(path).getroot()
    profile = "default"
    for props in root.findall("properties"):
        if props.get("id") == "__ACTIVE__":
            for prop in props.findall("property"):
                if prop.get("name") == "omero.config.profile":
                    profile = prop.get("value")
    for props in root.findall("properties"):
        if props.get("id") == profile:
            return {p.get("name"): p.get("value") for p in props.findall("property")}
    return {}


def save_config(config):
    root = ET.Element("icegrid")
    active = ET.SubElement(root, "properties", id="__ACTIVE__")
    ET.SubElement(active, "property", name="omero.config.profile", value="default")
    default = ET.SubElement(root, "properties", id="default")
    for key in sorted(config):
        ET.SubElement(default, "property", name=key, value=config[key])
    ET.indent(root)
    path = config_path()
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path))
    with os.fdopen(fd, "wb") as out:
        ET.ElementTree(root).write(out, encoding="UTF-8", xml_declaration=True)
    os.replace(tmp, path)


def config(args):
    if not args:
        fail("usage: omero config get|set|load ...", 2)
    verb, rest = args[0], args[1:]
    cfg = load_config()
    if verb == "get":
        show = "--show-password" in rest
        keys = [a for a in rest if not a.startswith("--")]
        if keys:
            if keys[0] in cfg:
                print(cfg[keys[0]])
            return
        for key in sorted(cfg):
            print(key + "=" + (cfg[key] if show or not secret(key) else MASK))
    elif verb == "set":
        if not rest:
            fail("usage: omero config set KEY [VALUE]", 2)
        if len(rest) == 1:
            cfg.pop(rest[0], None)
        else:
            cfg[rest[0]] = rest[1]
        save_config(cfg)
    elif verb == "load":
        if not rest:
            fail("usage: omero config load FILE", 2)
        with open(rest[0], encoding="utf-8") as source:
            for line in source:
                line = line.strip()
                if line and not line.startswith("#") and "=" in line:
                    key, value = line.split("=", 1)
                    cfg[key.strip()] = value.strip()
        save_config(cfg)
    else:
        fail("unknown config command: " + verb, 2)


def state_file(service):
    return os.path.join(home(), "var", "state", service)


def state(service):
    path = state_file(service)
    return open(path, encoding="utf-8").read().strip() if os.path.exists(path) else "stopped"


def set_state(service, value):
    os.makedirs(os.path.dirname(state_file(service)), exist_ok=True)
    with open(state_file(service), "w", encoding="utf-8") as out:
        out.write(value + "\n")


def admin(args):
    verb = args[0] if args else ""
    cfg = load_config()
    if verb == "start":
        set_state("server", "running")
        print("Starting OMERO.server " + VERSION + " (database " + cfg.get("omero.db.name", "omero") + ")... OK")
    elif verb == "stop":
        print("Stopping OMERO.server..." if state("server") == "running" else "Server not running")
        set_state("server", "stopped")
    elif verb == "status":
        running = state("server") == "running"
        print("OMERO.server " + ("running" if running else "not running"))
        sys.exit(0 if running else 1)
    elif verb == "jvmcfg":
        for service in ("blitz", "indexer", "pixeldata", "repository"):
            heap = cfg.get("omero.jvmcfg.heap_size." + service, "(default)")
            print(service + "=heap " + heap)
    elif verb == "diagnostics":
        print("OMERO Diagnostics (simulated) " + VERSION)
        print("OMERODIR: " + home())
        print("Server: " + state("server") + ", web: " + state("web"))
        for key in sorted(cfg):
            print("  " + key + "=" + (MASK if secret(key) else cfg[key]))
    else:
        fail("unknown admin command: " + verb, 2)


def web(args):
    verb = args[0] if args else ""
    if verb in ("start", "stop", "restart"):
        set_state("web", "stopped" if verb == "stop" else "running")
        print("OMERO.web " + verb + ": OK")
    elif verb == "status":
        running = state("web") == "running"
        print("OMERO.web " + ("running" if running else "not running"))
        sys.exit(0 if running else 1)
    elif verb == "syncmedia":
        static = os.path.join(home(), "lib", "python", "omeroweb", "static")
        os.makedirs(static, exist_ok=True)
        with open(os.path.join(static, "synced"), "w", encoding="utf-8") as out:
            out.write(VERSION + "\n")
        print("synchronised media into " + static)
    elif verb == "config" and args[1:2] == ["nginx"]:
        options = dict(zip(args[2::2], args[3::2]))
        print("server {")
        print("    listen " + options.get("--http", "80") + ";")
        print("    server_name " + options.get("--servername", "$hostname") + ";")
        print("    client_max_body_size " + options.get("--max-body-size", "0") + ";")
        print("    location /static { alias " + os.path.join(home(), "lib", "python", "omeroweb", "static") + "; }")
        print("    location / { proxy_pass http://127.0.0.1:4080; }")
        print("}")
    elif verb == "diagnostics":
        print("OMERO.web diagnostics (simulated) " + VERSION + ": " + state("web"))
    else:
        fail("unknown web command: " + " ".join(args), 2)


def certificates(args):
    try:
        import importlib.metadata as metadata
        plugin = metadata.version("omero-certificates")
    except Exception:
        fail("omero certificates: unknown command (install omero-certificates)", 2)
    cfg = load_config()
    certs = os.path.join(home(), "var", "certs")
    os.makedirs(certs, exist_ok=True)
    for name in ("server.key", "server.pem", "server.p12"):
        with open(os.path.join(certs, name), "w", encoding="utf-8") as out:
            out.write("simulated " + name + "\n")
    cfg["omero.glacier2.IceSSL.DefaultDir"] = certs
    cfg["omero.glacier2.IceSSL.CertFile"] = "server.p12"
    cfg["omero.glacier2.IceSSL.CAs"] = "server.pem"
    cfg["omero.glacier2.IceSSL.Password"] = "secret"
    cfg.setdefault("omero.glacier2.IceSSL.Protocols", "TLS1_2,TLS1_3")
    cfg.setdefault("omero.glacier2.IceSSL.ProtocolVersionMax", "TLS1_3")
    save_config(cfg)
    print("certificates created in " + certs + " by omero-certificates " + plugin)


def main(argv=None):
    args = list(sys.argv[1:] if argv is None else argv)
    log_call(args)
    if not args:
        fail("usage: omero config|admin|web|certificates ...", 2)
    commands = {"config": config, "admin": admin, "web": web, "certificates": certificates}
    if args[0] not in commands:
        fail("unknown command: " + args[0], 2)
    commands[args[0]](args[1:])


if __name__ == "__main__":
    main()
