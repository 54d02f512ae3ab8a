"""Admin script: provisions a service account and writes its credentials for the agent."""
import argparse
import json
import logging
import os
import secrets
import sys

log = logging.getLogger("provision")
CRED_DIR = "/etc/fleet-agent"


def make_account(name: str) -> dict:
    return {
        "account": name,
        "client_id": f"svc-{name}",
        "client_secret": secrets.token_hex(32),
    }


def write_credentials(creds: dict, directory: str = CRED_DIR) -> str:
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, f"{creds['account']}.json")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    with os.fdopen(fd, "w") as fh:
        json.dump(creds, fh, indent=2)
    log.info("wrote %s", path)
    return path


def register(creds: dict, registry: str) -> None:
    with open(registry, "a") as fh:
        fh.write(f"{creds['account']} {creds['client_id']}\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="provision fleet agent accounts")
    ap.add_argument("names", nargs="+")
    ap.add_argument("--dir", default=CRED_DIR)
    ap.add_argument("--registry", default="/var/lib/fleet/accounts.txt")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    for name in args.names:
        creds = make_account(name)
        write_credentials(creds, args.dir)
        register(creds, args.registry)
    return 0


if __name__ == "__main__":
    sys.exit(main())
