"""The Docker image as a team would run it: built from the Dockerfile, then `foiabot demo`, `foiabot run --once`
and `foiabot health` inside it as its non-root user, with the settings and the database on volumes.

Needs a running container engine and the base image already present: the tests never pull one. Set
FOIABOT_BASE_IMAGE to build on another base than the Dockerfile's default (e.g. one made with `docker import`)."""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from deskkit import DEV, MAIL
from dovecot import Account

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_BASE = re.search(r"^ARG BASE_IMAGE=(\S+)$", (ROOT / "Dockerfile").read_text(), re.M)
PASSWORD_ENV = "FOIABOT_IMAP_PASSWORD"


def _docker(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["docker", *args], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def image() -> Iterator[str]:
    if not shutil.which("docker"):
        pytest.skip("no docker command: building the image needs a container engine (Debian: docker.io)")
    info = _docker("info", "--format", "{{.ServerVersion}}")
    if info.returncode != 0:
        why = (info.stderr.strip().splitlines() or ["no answer"])[-1]
        pytest.skip(f"no container engine answers `docker info`: {why}")
    assert DEFAULT_BASE, "the Dockerfile names no default BASE_IMAGE"
    base = os.environ.get("FOIABOT_BASE_IMAGE", DEFAULT_BASE[1])
    if _docker("image", "inspect", base).returncode != 0:
        pytest.skip(f"the base image {base} is not here (the tests never pull): load one, or import one and "
                    "name it in FOIABOT_BASE_IMAGE")
    tag = f"foiabot-test-{secrets.token_hex(4)}"
    # The host's network, so that pip inside the build reaches the package index the way this machine does.
    built = _docker("build", "--network", "host", "--build-arg", f"BASE_IMAGE={base}", "-t", tag, str(ROOT),
                    timeout=900)
    assert built.returncode == 0, (built.stdout + built.stderr)[-3000:]
    try:
        yield tag
    finally:
        _docker("rmi", "--force", tag)


def test_the_image_runs_the_demo_as_its_non_root_user(image: str) -> None:
    who = _docker("run", "--rm", "--network", "none", "--entrypoint", "id", image, "-un")
    assert who.stdout.strip() == "foiabot"
    demo = _docker("run", "--rm", "--network", "none", image, "demo")
    assert demo.returncode == 0, demo.stderr[-2000:]
    assert "The register now:" in demo.stdout
    assert re.search(r"DEMO-2\s+no_records", demo.stdout)


@pytest.fixture
def volumes(image: str, tmp_path: Path, mailbox_account: Account) -> Iterator[tuple[Path, str]]:
    """A settings folder for /config (the inbox on the test Dovecot, alerts to the console) and a data volume."""
    config = tmp_path / "config"
    config.mkdir()
    shutil.copy(DEV / "agencies.yaml", config / "agencies.yaml")
    settings = {
        "timezone": "America/New_York",
        "database": "sqlite:////data/foiabot.db",
        "agencies": "agencies.yaml",
        "inbox": {"host": mailbox_account.host, "port": mailbox_account.port, "security": "none",
                  "username": mailbox_account.user, "password_env": PASSWORD_ENV, "folders": ["INBOX"],
                  "backfill_days": 100_000},
    }
    (config / "foiabot.yaml").write_text(json.dumps(settings))  # JSON is YAML
    # The image's user is not this one: the settings must be readable by anyone, as a mounted folder would be.
    for path in (config, *config.iterdir()):
        path.chmod(0o755 if path.is_dir() else 0o644)
    volume = f"foiabot-test-data-{secrets.token_hex(4)}"
    assert _docker("volume", "create", volume).returncode == 0
    try:
        yield config, volume
    finally:
        _docker("volume", "rm", "--force", volume)


def test_health_in_the_image_fails_before_the_first_sync_and_passes_after_it(
    image: str, volumes: tuple[Path, str], mailbox_account: Account
) -> None:
    config, volume = volumes
    mailbox_account.append("INBOX", (MAIL / "009-ice-ack-otay.eml").read_bytes())

    def foiabot(*args: str) -> subprocess.CompletedProcess[str]:
        # The host's network: the test Dovecot listens on its loopback.
        return _docker("run", "--rm", "--network", "host", "-v", f"{config}:/config:ro", "-v", f"{volume}:/data",
                       "-e", f"{PASSWORD_ENV}={mailbox_account.password}", image, *args)

    before = foiabot("health")
    assert before.returncode == 1
    assert "Traceback" not in before.stderr and before.stderr.strip()

    once = foiabot("run", "--once")
    assert once.returncode == 0, once.stderr[-3000:]
    assert "From: ICE FOIA <ice-foia@ice.dhs.gov>" in once.stdout  # the reply's alert, on the console
    assert mailbox_account.password not in once.stdout + once.stderr

    after = foiabot("health")
    assert after.returncode == 0, after.stderr
