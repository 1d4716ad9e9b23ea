"""The `foiabot` command: argument parsing, exit codes and messages, nothing else.

Heavy modules are imported inside the command functions so that `--version` and `--help` start fast.
Every FoiabotError becomes a message on stderr and a non-zero exit code here, never a traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot import __version__

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_CONFIG = 2
# `foiabot requests --json | head`: the reader went away; 128 + SIGPIPE, as a shell pipeline reports it.
EXIT_BROKEN_PIPE = 141
CONFIG_HELP = "settings file (default: $FOIABOT_CONFIG or config/foiabot.yaml)"
REQUEST_ACTIONS = "import, add, edit, event, list, show, close, reopen, reprocess, discover"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="foiabot",
        description="Track public-records requests: read agency replies from a shared inbox, match them to "
        "requests, compute the legal deadlines and keep the team informed in Slack.",
    )
    parser.add_argument("--version", action="version", version=f"foiabot {__version__}")
    parser.add_argument("--config", metavar="PATH", help=CONFIG_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        # SUPPRESS: a sub-parser's default would overwrite the --config given before the command.
        p.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help=CONFIG_HELP)
        return p

    p = command("run", "run the worker: watch the inbox, sweep deadlines, deliver alerts")
    p.add_argument("--once", action="store_true", help="one pass (fetch, sweep, deliver), then exit")
    p.add_argument("--json-logs", action="store_true", help="log one JSON object per line")
    p = command("check-config", "validate the settings, jurisdictions and agencies files, and that every secret "
                "they name is there")
    p.add_argument("--connect", action="store_true", help="also sign in to the inbox and list its folders, and "
                   "check the Slack token and that the bot can post to every channel it will use")
    command("status", "last mailbox sync, queued, held and failed alerts, open requests, next deadlines")
    command("health", "exit 0 when the last mailbox sync is recent and no alert is held (for the Docker "
            "HEALTHCHECK)")

    p = command("due", "compute the statutory due dates (each clock of the law's chain) for receipt dates, "
                "with their explanations")
    p.add_argument("--jurisdiction", required=True, metavar="CODE", help="US, US-CA, ..., US-DC")
    p.add_argument("--received", required=True, action="append", metavar="DATE", type=_date,
                   help="date the agency received the request (YYYY-MM-DD); repeat for several")
    p.add_argument("--acknowledged", metavar="DATE", type=_date,
                   help="the agency acknowledged the request on DATE: the next clock of the chain starts")
    p.add_argument("--extended", metavar="DATE", type=_date, help="the agency sent a written extension on DATE")
    p.add_argument("--agency-date", metavar="DATE", type=_date,
                   help="a date the agency stated (its estimate or date certain)")
    p.add_argument("--stopped", metavar="DATE", type=_date,
                   help="the clock stopped on DATE (a clarification or fee letter)")
    p.add_argument("--resumed", metavar="DATE", type=_date, help="our answer restarted the clock on DATE")
    p.add_argument("--json", action="store_true", help="one JSON object per clock of the chain, per line")

    p = command("replay", "run the pipeline over .eml files, Maildir folders or mbox files, with a "
                "throwaway register (no IMAP, no Slack, no database)")
    p.add_argument("--agencies", metavar="FILE", type=Path, help="agencies file (default: from --config)")
    p.add_argument("--requests", metavar="FILE", type=Path, help="requests to import first (YAML or CSV)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=".eml files, Maildir folders or mbox files")

    p = command("demo", "run the pipeline on the bundled sample mailbox and print the alerts")

    p = command("report", "the desk (open, overdue, waiting on us, appeal windows) and each agency's record")
    p.add_argument("--since", type=_date, metavar="DATE", help="agency figures: requests sent on or after DATE")
    p.add_argument("--until", type=_date, metavar="DATE", help="agency figures: requests sent on or before DATE")
    p.add_argument("--format", choices=("text", "markdown", "html", "json"), default="text", help="output format")

    p = command("calendar", "write the open due dates and appeal deadlines as an iCalendar (.ics) file")
    p.add_argument("--out", required=True, type=Path, metavar="FILE", help="the .ics file to write")

    p = command("auth", "sign-in that needs a person once: `auth google` stores a refresh token for the inbox")
    asub = p.add_subparsers(dest="provider", metavar="PROVIDER", required=True)
    a = asub.add_parser("google", help="ask the inbox's Google user to allow IMAP access; store the refresh token",
                        description="Open Google's consent page for the inbox's user; store the refresh token in "
                        "OUT (mode 0600) for inbox.refresh_token_file. For teams without Workspace admin rights.")
    a.add_argument("--client-secrets", required=True, type=Path, metavar="FILE",
                   help="the OAuth client's JSON file (client type \"Desktop app\") from the Google Cloud console")
    a.add_argument("--out", required=True, type=Path, metavar="FILE", help="where to store the refresh token")
    a.add_argument("--no-browser", action="store_true", help="only print the consent address")

    p = command("alerts", "the alert outbox: `alerts retry` sends held alerts now")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = asub.add_parser("retry", help="send the alerts held because Slack refused them (token, scope, channel), "
                        "now that it is fixed", description="send the alerts held because Slack refused them "
                        "(token, scope, channel), now that it is fixed")
    a.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    p = command("corrections", "what the team corrected in Slack, as labeled examples: export, suggest")
    csub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    c = csub.add_parser("export", help="write the corrected mail as a labeled set (messages/, labels.yaml, "
                        "agencies.yaml, requests.yaml) for `foiabot replay` and bench/accuracy.py",
                        description="write the mail placed or corrected in Slack as a labeled set in DIR")
    c.add_argument("dir", type=Path, metavar="DIR", help="a new or empty folder")
    c.add_argument("--all", dest="every_reply", action="store_true",
                   help="every stored matched reply too, labeled with the register's answer")
    c.add_argument("--force", action="store_true", help="replace the set in a folder that is not empty")
    csub.add_parser("suggest", help="print the `phrases:` entries that would have decided the replies whose kind "
                    "was corrected", description="print the `phrases:` entries that would have decided the "
                    "replies whose kind was corrected, for a person to review and add to agencies.yaml")
    for sub_parser in csub.choices.values():
        sub_parser.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)

    p = command("requests", f"the request register: {REQUEST_ACTIONS}")
    rsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    def action(name: str, help_: str) -> argparse.ArgumentParser:
        return rsub.add_parser(name, help=help_, description=help_)

    r = action("import", "import requests from a YAML or CSV file (idempotent)")
    r.add_argument("file", type=Path, help="requests file: YAML (`requests:` list) or CSV")
    r.add_argument("--update", action="store_true", help="take the file's subject, sent date and description "
                   "over the register's for requests already in it (deadlines recomputed)")
    r = action("add", "add one request")
    r.add_argument("--id", required=True, help="our id for the request, e.g. REQ-042")
    r.add_argument("--agency", required=True, help="the agency id from agencies.yaml")
    r.add_argument("--subject", required=True, help="the subject of the request email")
    r.add_argument("--sent", required=True, type=_date, help="date sent (YYYY-MM-DD)")
    r.add_argument("--message-id", help="Message-ID of the outgoing request email")
    r.add_argument("--reply-address", help="the Reply-To address the request used")
    r.add_argument("--tracking-number", help="the agency's number, if already known")
    r.add_argument("--owner", type=_owner, help="who answers for it: a Slack user id or an email address")
    r = action("edit", "correct a request: the date sent (deadlines recomputed from its replies), the subject, "
               "the agency's tracking number")
    r.add_argument("id", help="the request id")
    r.add_argument("--sent", type=_date, help="date sent (YYYY-MM-DD)")
    r.add_argument("--subject", help="the subject of the request email")
    r.add_argument("--description", help="what was asked for")
    r.add_argument("--message-id", help="Message-ID of the outgoing request email")
    r.add_argument("--reply-address", help="the Reply-To address the request used")
    r.add_argument("--tracking-number", help="the agency's number for the request")
    r = action("event", "record what the team did outside the inbox: answered (a clarification; restarts a "
               "stopped clock), paid (the fee; restarts it too), appealed")
    r.add_argument("id", help="the request id")
    r.add_argument("what", choices=("answered", "paid", "appealed"), help="answered, paid or appealed")
    r.add_argument("--date", type=_date, help="when (YYYY-MM-DD; default: today)")
    r.add_argument("--note", help="a line for the request's history")
    r = action("list", "list requests")
    r.add_argument("--json", action="store_true", help="JSON output")
    r.add_argument("--all", action="store_true", help="include closed requests")
    r = action("show", "show one request with its deadlines and history")
    r.add_argument("id", help="the request id")
    r.add_argument("--json", action="store_true", help="JSON output")
    r = action("close", "close a request (no more deadline alerts)")
    r.add_argument("id", help="the request id")
    r.add_argument("--reason", help="why, for the request's history (as /foia close REQ-017 reason does in Slack)")
    r = action("reopen", "open a closed request again (deadlines as its replies and answers give them)")
    r.add_argument("id", help="the request id")
    r = action("reprocess", "run mail that went to triage or was set aside through the pipeline again "
               "(after agencies, requests or rules changed)")
    r.add_argument("--json", action="store_true", help="JSON output")
    r = action("discover", "find the requests the team already sent (the Sent folder, or exported mail) and, "
               "with --import, register them and read their replies quietly")
    r.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                   help=".eml files, Maildir folders or mbox files (default: the configured mailbox)")
    r.add_argument("--since", type=_date, help="only requests sent on or after this date (YYYY-MM-DD)")
    r.add_argument("--import", dest="do_import", action="store_true",
                   help="register them and read their replies from the mail, one summary post per request")
    r.add_argument("--json", action="store_true", help="JSON output")
    for sub_parser in rsub.choices.values():
        # SUPPRESS as the default: argparse copies a sub-parser's defaults over the parent's values, which
        # would drop the --config given before the action (`foiabot requests --config X list`).
        sub_parser.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    return parser


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _owner(value: str) -> str:
    from bot.config import parse_owner

    try:
        return parse_owner(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def default_config_path() -> str:
    return os.environ.get("FOIABOT_CONFIG", "config/foiabot.yaml")


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return EXIT_OK
    import bot.commands as commands
    from bot.errors import ConfigError, FoiabotError

    handler = getattr(commands, "cmd_" + args.command.replace("-", "_"))
    try:
        code = int(handler(args))
        sys.stdout.flush()  # inside the try: a reader that went away is seen here, not at exit
        return code
    except ConfigError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
        return EXIT_CONFIG
    except FoiabotError as err:
        print(f"foiabot: {err}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Point stdout at nothing so that the interpreter's final flush does not fail a second time.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE


if __name__ == "__main__":
    sys.exit(main())
