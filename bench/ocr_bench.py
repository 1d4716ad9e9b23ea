"""Scanned letters: seconds per page, and the kinds, tracking numbers and requests read from scans against the
same letters as typed text (tests/scans.py makes both), through the whole pipeline (`replay_files`).

    .venv/bin/python bench/ocr_bench.py [--seeds 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

import scans

from bot.parse import ocr
from bot.replay import replay_files

FORMATS = ("txt", "pdf", "tiff", "png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=3, help="scans of each letter (noise and rotation vary)")
    args = parser.parse_args()
    if not ocr.available():
        print(ocr.notice() or "OCR is turned off", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        (base / "agencies.yaml").write_text(scans.AGENCIES_YAML)
        (base / "requests.yaml").write_text(scans.REQUESTS_YAML)
        print(f"{'format':6} {'letters':>7} {'s/page':>7} {'kind':>6} {'number':>7} {'request':>7}")
        for fmt in FORMATS:
            print(_row(base, fmt, range(args.seeds if fmt != "txt" else 1)))
    return 0


def _row(base: Path, fmt: str, seeds: range) -> str:
    kinds = numbers = requests = total = 0
    seconds = 0.0
    for seed in seeds:
        for letter in scans.LETTERS:
            mail = base / f"{letter.name}-{seed}.eml"
            mail.write_bytes(scans.email_with(letter, scans.scanned(letter, fmt, seed), fmt, f"{letter.name}{seed}"))
            started = time.perf_counter()
            (outcome,) = replay_files([mail], base / "agencies.yaml", base / "requests.yaml")
            seconds += time.perf_counter() - started
            total += 1
            kinds += outcome.kind == letter.kind
            numbers += outcome.tracking_number == letter.number
            requests += outcome.request == letter.request
    per_page = f"{seconds / total:7.2f}" if fmt != "txt" else f"{'-':>7}"
    return f"{fmt:6} {total:7} {per_page} {kinds / total:6.0%} {numbers / total:7.0%} {requests / total:7.0%}"


if __name__ == "__main__":
    sys.exit(main())
