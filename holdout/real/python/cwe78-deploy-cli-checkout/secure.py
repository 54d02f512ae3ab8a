"""deployctl: small click tool the ops team uses to roll a service to a git ref."""
import logging
import os
import subprocess
import sys

import click

log = logging.getLogger("deployctl")
REPOS_ROOT = "/srv/checkouts"


def repo_dir(service: str) -> str:
    path = os.path.join(REPOS_ROOT, service)
    if not os.path.isdir(os.path.join(path, ".git")):
        raise click.ClickException(f"no checkout for {service}")
    return path


def current_ref(path: str) -> str:
    out = subprocess.check_output(["git", "-C", path, "rev-parse", "--short", "HEAD"])
    return out.decode().strip()


def checkout(path: str, ref: str) -> None:
    """Fetch and switch the working tree to ``ref`` (a branch, tag or sha)."""
    subprocess.check_call(["git", "-C", path, "fetch", "--tags", "origin"])
    rc = subprocess.call(["git", "-C", path, "checkout", "--quiet", ref, "--"])
    if rc != 0:
        raise click.ClickException(f"checkout of {ref} failed ({rc})")


def restart(service: str) -> None:
    subprocess.check_call(["systemctl", "restart", f"{service}.service"])


@click.group()
@click.option("-v", "--verbose", is_flag=True)
def cli(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)


@cli.command()
@click.argument("service")
@click.argument("ref")
@click.option("--no-restart", is_flag=True, help="Only move the checkout.")
def roll(service: str, ref: str, no_restart: bool) -> None:
    """Roll SERVICE to REF."""
    path = repo_dir(service)
    before = current_ref(path)
    checkout(path, ref)
    log.info("%s: %s -> %s", service, before, current_ref(path))
    if not no_restart:
        restart(service)


if __name__ == "__main__":
    sys.exit(cli())
