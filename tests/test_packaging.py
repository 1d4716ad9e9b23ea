"""The distribution carries what an installed foiabot (pip install ., the Docker image) needs at run time: every
module, the shipped law and the demo's Maildir, including the empty new/ and tmp/ folders that make it a Maildir."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    pytest.importorskip("setuptools")
    out = tmp_path_factory.mktemp("wheel")
    # From a copy of what git tracks: a build/ or *.egg-info left in the working tree would add files to the wheel.
    source = tmp_path_factory.mktemp("source")
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout: which files are the project's is unknown")
    tracked = listed.stdout
    for name in filter(None, tracked.decode().split("\0")):
        target = source / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, target, follow_symlinks=True)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    [path] = out.glob("foiabot-*.whl")
    return zipfile.ZipFile(path)


def test_the_wheel_carries_the_shipped_law_as_a_file(wheel: zipfile.ZipFile) -> None:
    shipped = (ROOT / "config" / "jurisdictions.yaml").read_bytes()
    assert wheel.read("bot/data/jurisdictions.yaml") == shipped


def test_the_wheel_carries_the_whole_demo_maildir(wheel: zipfile.ZipFile) -> None:
    demo = ROOT / "bot" / "data" / "demo"
    wanted = {f"bot/data/demo/{p.relative_to(demo).as_posix()}" for p in demo.rglob("*") if p.is_file()}
    assert {"bot/data/demo/mail/new/.keep", "bot/data/demo/mail/tmp/.keep"} <= wanted
    assert wanted <= set(wheel.namelist())


def test_the_wheel_carries_every_module_of_the_stage_packages(wheel: zipfile.ZipFile) -> None:
    # bot/parse, bot/match and bot/classify are packages of their own: a wheel holding only bot/*.py would
    # install a foiabot that cannot read a single message.
    code = {p.relative_to(ROOT).as_posix() for p in (ROOT / "bot").rglob("*.py") if "data" not in p.parts}
    assert {"bot/parse/__init__.py", "bot/match/__init__.py", "bot/classify/__init__.py"} <= code
    assert code <= set(wheel.namelist())


def test_the_wheel_carries_the_kind_model(wheel: zipfile.ZipFile) -> None:
    assert wheel.read("bot/data/kind_model.json") == (ROOT / "bot" / "data" / "kind_model.json").read_bytes()
