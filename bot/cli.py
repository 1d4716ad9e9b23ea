"""The `foiabot` command: argument parsing, exit codes and messages, nothing else.

Heavy modules are imported inside the command functions so that `--version` and `--help` start fast.
Every FoiabotError becomes a message on stderr and a non-zero exit code here, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from bot import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foiabot",
        description="Track public-records requests: read agency replies from a shared inbox, match them to "
        "requests, compute the legal deadlines and keep the team informed in Slack.",
    )
    parser.add_argument("--version", action="version", version=f"foiabot {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    return parser


def default_config_path() -> str:
    return os.environ.get("FOIABOT_CONFIG", "config/foiabot.yaml")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_OK
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
