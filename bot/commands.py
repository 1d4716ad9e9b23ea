"""The bodies of the `foiabot` subcommands. They raise FoiabotError for anything a user can cause; cli.py
turns that into a message and an exit code."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

from bot.config import Config, check_sign_in, load_config, load_jurisdictions, load_requests_file
from bot.errors import ConfigError, FoiabotError
from bot.parse import ocr


def config_path(args: argparse.Namespace) -> Path:
    return Path(args.config or os.environ.get("FOIABOT_CONFIG") or "config/foiabot.yaml")


def _config(args: argparse.Namespace) -> Config:
    return load_config(config_path(args))


def cmd_check_config(args: argparse.Namespace) -> int:
    config = _config(args)
    check_sign_in(config)
    settings = config.settings
    print(f"{config.path}: ok ({len(config.jurisdictions)} jurisdictions, {len(config.agencies)} agencies; "
          f"inbox: {'configured' if settings.inbox else 'none'}; "
          f"alerts: {'Slack' if settings.slack and not settings.slack.console else 'console'}"
          f"{f'; kind model: {settings.classify.kind_model}' if settings.classify.kind_model else ''})")
    if notice := ocr.notice():
        print(notice)
    if not args.connect:
        return 0
    from bot import preflight

    findings = preflight.check(config)
    for finding in findings:
        print(("ok: " if finding.ok else "") + finding.text, file=sys.stdout if finding.ok else sys.stderr)
    return 0 if all(f.ok for f in findings) else 1


def cmd_due(args: argparse.Namespace) -> int:
    from bot import clocks

    jurisdictions = load_jurisdictions(_team_jurisdictions(args))
    code = args.jurisdiction.upper()
    if code not in jurisdictions:
        raise ConfigError([f"unknown jurisdiction {args.jurisdiction!r}; known: US, US-AL ... US-WY, US-DC"])
    j = jurisdictions[code]
    events = clocks.Events(acknowledged=args.acknowledged, extended=args.extended, stopped=args.stopped,
                           resumed=args.resumed, agency_date=args.agency_date)
    for received in args.received:
        _check_events(received, events)
        steps = clocks.steps(j, received, events)
        summaries = [_step_summary(j, received, step, events) for step in steps]
        if args.json:
            for summary in summaries:
                print(json.dumps(summary, sort_keys=True))
            continue
        running = next(s for s in summaries if s["state"] in ("running", "stopped"))
        print(f"{j.code} ({j.law}), received {received}: due {running['due'] or 'no fixed date'}")
        if running.get("extended_due"):
            print(f"  with the extension: {running['extended_due']}")
        for summary in summaries:
            label = "" if len(summaries) == 1 else f"{summary['clock']}. {summary['what']} ({summary['state']}): "
            print(f"  {label}{summary['explanation']}")
    return 0


def _check_events(received: dt.date, events: Any) -> None:
    problems = [f"--{name.replace('_', '-')} {day} is before the request was received ({received})"
                for name, day in vars(events).items() if day is not None and name != "agency_date" and day < received]
    if events.resumed is not None and events.stopped is None:
        problems.append("--resumed needs --stopped (the day the clock stopped)")
    elif events.resumed is not None and events.resumed < events.stopped:
        problems.append(f"--resumed {events.resumed} is before --stopped {events.stopped}")
    if problems:
        raise ConfigError(problems)


def _step_summary(j: Any, received: dt.date, step: Any, events: Any) -> dict[str, Any]:
    """One clock of the chain as a JSON-ready dict (ISO dates)."""
    from bot import calendar

    deadline = step.deadline
    summary: dict[str, Any] = {"jurisdiction": j.code, "received": received.isoformat(), "clock": step.number,
                               "what": step.clock.what, "state": step.state, "citation": j.citation,
                               "clock_citation": j.cite(step.clock),
                               "due": deadline.due.isoformat() if deadline and deadline.due else None,
                               "explanation": step.explain(j)}
    if deadline is not None and deadline.follow_up is not None and deadline.follow_up.due is not None:
        summary["follow_up"] = deadline.follow_up.due.isoformat()
    # Where a chain follows the first clock, an extension notice meets it and the chain says what comes next.
    if step.number == 1 and step.state == "running" and events == type(events)() and j.response.then is None:
        extended = calendar.extend(j, deadline)
        if extended is not None and extended.due is not None:
            summary["extended_due"] = extended.due.isoformat()
    return summary


def _team_jurisdictions(args: argparse.Namespace) -> list[Path]:
    path = config_path(args)
    if args.config or path.exists():
        from bot.config import load_settings

        return list(load_settings(path).jurisdictions)
    return []


def cmd_replay(args: argparse.Namespace) -> int:
    from bot import replay

    jurisdiction_files: list[Path] = []
    timezone = "America/New_York"
    agencies_file = args.agencies
    if args.config or agencies_file is None:
        from bot.config import load_settings

        settings = load_settings(config_path(args))
        ocr.configure(settings.ocr)  # scanned letters are read under the team's limits, as the worker reads them
        jurisdiction_files, timezone = list(settings.jurisdictions), settings.timezone
        agencies_file = agencies_file or settings.agencies
    if not args.json:
        print(replay.TABLE_HEADER)
    for outcome in replay.replay_files(args.paths, agencies_file, args.requests, jurisdiction_files, timezone):
        if args.json:
            print(json.dumps(replay.as_json(outcome)), flush=True)
        else:
            print(replay.table_row(outcome), flush=True)
    return 0


def cmd_requests(args: argparse.Namespace) -> int:
    from bot import register
    from bot.store import open_store

    config = _config(args)
    store = open_store(config.database_url)
    try:
        if args.action == "import":
            entries = load_requests_file(args.file, config.agencies)
            result = register.import_requests(store, entries, config.agencies, config.jurisdictions,
                                              update=_amend_context(config) if args.update else None)
            differ = f"; {result.differ} differ from the register (--update takes the file's values)" \
                if result.differ else ""
            print(f"imported {args.file}: {result.added} added, {result.updated} updated, "
                  f"{result.unchanged} unchanged{differ}")
        elif args.action == "add":
            from bot.config import RequestEntry

            if args.agency not in config.agencies:
                known = ", ".join(sorted(config.agencies)) or "none"
                where = config.settings.agencies
                raise ConfigError([f"--agency: unknown agency {args.agency!r} (in {where}: {known})"])
            entry = RequestEntry(id=args.id, agency=args.agency, subject=args.subject, sent=args.sent,
                                 message_id=args.message_id, reply_address=args.reply_address,
                                 tracking_number=args.tracking_number, owner=args.owner)
            result = register.import_requests(store, [entry], config.agencies, config.jurisdictions)
            if not result.added:
                raise FoiabotError(f"{args.id} is already in the register; correct it with "
                                   f"`foiabot requests edit {args.id} ...`")
            print(f"{args.id}: added")
        elif args.action == "list":
            _list_requests(store, args)
        elif args.action == "show":
            _show_request(store, args)
        elif args.action == "close":
            today = dt.datetime.now(config.settings.tz).date()
            closed = register.close_request(store, args.id, today, args.reason)
            print(f"{args.id}: {'closed' if closed else 'already closed'}")
        elif args.action in ("edit", "event", "reopen"):
            _amend(config, store, args)
        elif args.action == "reprocess":
            return _reprocess(config, store, args.json)
        elif args.action == "discover":
            _discover(config, store, args)
    finally:
        store.close()
    return 0


def cmd_corrections(args: argparse.Namespace) -> int:
    from bot import export, labels, suggest

    config = _config(args)
    if args.action == "export":
        export.check_folder(args.dir, args.force)
    store = labels.open_existing(config.database_url)
    try:
        if args.action == "suggest":
            sys.stdout.write(suggest.report(*suggest.suggest(store, config.agencies)))
            return 0
        written = export.export(store, config.agencies, args.dir, config.settings.tz, args.every_reply)
    finally:
        store.close()
    for line in written.skipped:
        print(f"foiabot: left out {line}", file=sys.stderr)
    if not written.messages:
        print("nothing to export: " + ("no matched reply and no answer from Slack in the register" if
                                       args.every_reply else "no mail was placed or corrected in Slack yet (--all "
                                       "exports every matched reply)"))
        return 0
    print(f"{args.dir}: {written.messages} messages ({written.corrected} answered by people), "
          f"{written.requests} requests, {written.agencies} agencies")
    return 0


def _amend_context(config: Config) -> Any:
    from bot import amend
    from bot.worker import routing

    return amend.Context(config.jurisdictions, config.agencies, config.settings.tz, routing(config).channel)


def _amend(config: Config, store: Any, args: argparse.Namespace) -> None:
    from bot import register

    ctx = _amend_context(config)
    if args.action == "reopen":
        summary = register.reopen_request(store, args.id, ctx)
        print(f"{args.id}: reopened ({summary['status']}; due {summary['due'] or 'no fixed date'})")
    elif args.action == "event":
        clock = register.record_event(store, args.id, args.what, args.date or ctx.today(), args.note, ctx)
        print(f"{args.id}: {args.what} recorded" + (f"; {clock}" if clock else ""))
    else:
        fields = ("sent", "subject", "description", "message_id", "reply_address")
        changes = {key: getattr(args, key) for key in fields if getattr(args, key) is not None}
        if not changes and not args.tracking_number:
            raise FoiabotError("nothing to change: give --sent, --subject, --description, --message-id, "
                               "--reply-address or --tracking-number")
        said = register.edit_request(store, args.id, changes, args.tracking_number, ctx)
        print(f"{args.id}: " + ("; ".join(said) if said else "unchanged (the register already says so)"))


def _discover(config: Config, store: Any, args: argparse.Namespace) -> None:
    import json
    import zoneinfo

    from bot import discover
    from bot.settings import DEFAULT_REQUEST_PATTERN
    from bot.worker import routing

    settings = config.settings
    if args.paths:
        from bot.files import iter_paths

        outgoing, incoming = discover.split_by_direction(iter_paths(args.paths), config.agencies)
    else:
        inbox = settings.inbox
        if inbox is None or not inbox.sent_folder:
            raise FoiabotError("discover reads the Sent folder: set `inbox.sent_folder`, or give exported mail as "
                               "PATH arguments")
        import threading

        from bot.auth import sign_in
        from bot.mailbox import ImapMailbox
        from bot.mailbox_session import MailboxSession

        password = sign_in(inbox)  # the password, or OAuth tokens with auth: microsoft or google
        give_up = threading.Event()
        give_up.set()  # one attempt: a mailbox that is down is reported, not waited for
        session = MailboxSession(lambda: ImapMailbox(inbox, password), give_up)
        try:
            outgoing, incoming = session.run(lambda mb: discover.from_mailbox(mb, inbox.sent_folder or "",
                                                                              inbox.folders))
        finally:
            session.close()
    pattern = settings.inbox.request_pattern if settings.inbox else DEFAULT_REQUEST_PATTERN
    found = discover.discover(outgoing, incoming, config.agencies, pattern, zoneinfo.ZoneInfo(settings.timezone),
                              args.since)
    if args.do_import:
        from bot.pipeline import Pipeline

        pipeline = Pipeline(store, config.jurisdictions, config.agencies, settings.timezone, routing(config), pattern)
        discover.import_found(pipeline, found, config.jurisdictions, config.agencies)
    if args.json:
        for item in found:
            print(json.dumps(item.as_json()))
        return
    for item in found:
        where = f" -> {item.request_id}" if item.request_id else ""
        print(f"{item.sent} {item.agency:16} {item.subject[:60]:60} {len(item.replies)} replies{where}")
    verb = "registered or already known" if args.do_import else "found (add --import to register them)"
    print(f"{len(found)} requests {verb}")


def _reprocess(config: Config, store: Any, as_json: bool) -> int:
    from bot import replay
    from bot.pipeline import Pipeline
    from bot.reprocess import reprocess
    from bot.worker import routing

    inbox = config.settings.inbox
    pipeline = Pipeline(store, config.jurisdictions, config.agencies, config.settings.timezone, routing(config),
                        inbox.request_pattern if inbox else None)
    counts: dict[str, int] = {}
    if not as_json:
        print(replay.TABLE_HEADER)
    for outcome in reprocess(pipeline):
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
        print(json.dumps(replay.as_json(outcome)) if as_json else replay.table_row(outcome))
        if outcome.status == "kept":
            print(f"foiabot: {outcome.message_id or outcome.source}: {outcome.reason}", file=sys.stderr)
    if not as_json:
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items())) or "nothing to reprocess"
        print(f"reprocessed: {summary}; alerts go out with the next `foiabot run`")
    return 1 if counts.get("kept") else 0


def _list_requests(store: Any, args: argparse.Namespace) -> None:
    from sqlalchemy import select

    from bot import register
    from bot.store import Request

    with store.session() as session:
        query = select(Request).order_by(Request.id)
        if not args.all:
            query = query.where(Request.status != "closed")
        rows = [register.request_summary(session, r) for r in session.scalars(query)]
    if args.json:
        for row in rows:
            print(json.dumps(row, sort_keys=True))
        return
    print(f"{'id':10} {'agency':8} {'status':18} {'due':10} {'appeal by':10} subject")
    for row in rows:
        print(f"{row['id']:10} {row['agency']:8} {row['status']:18} {row['due'] or '-':10} "
              f"{row['appeal_due'] or '-':10} {row['subject'][:60]}")


def _show_request(store: Any, args: argparse.Namespace) -> None:
    from sqlalchemy import select

    from bot import register
    from bot.store import Event, Request

    with store.session() as session:
        request = session.get(Request, args.id)
        if request is None:
            raise FoiabotError(f"no request {args.id!r} in the register")
        summary = register.request_summary(session, request)
        events = session.scalars(select(Event).where(Event.request_id == args.id).order_by(Event.id)).all()
        summary["events"] = [{"on": e.on.isoformat(), "kind": e.kind, "detail": e.detail} for e in events]
    if args.json:
        print(json.dumps(summary, sort_keys=True))
        return
    for key in ("id", "agency", "jurisdiction", "subject", "sent", "status", "tracking_numbers", "due",
                "due_explanation", "follow_up", "appeal_due", "appeal_explanation", "estimated"):
        if summary.get(key):
            print(f"{key:18} {summary[key]}")
    print("history:")
    for e in summary["events"]:
        print(f"  {e['on']}  {e['kind']:22} {e['detail']}")


def cmd_auth(args: argparse.Namespace) -> int:
    import webbrowser

    from bot.auth import google_consent

    def show(url: str) -> None:
        print("Open this address in a browser on this machine, sign in as the inbox's Google user and allow "
              f"access:\n\n    {url}\n", file=sys.stderr, flush=True)
        if not args.no_browser:
            webbrowser.open(url)

    google_consent(args.client_secrets, args.out, show)
    print(f"stored the refresh token in {args.out}; set inbox.refresh_token_file: {args.out}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from bot.run import run

    return run(_config(args), once=args.once, json_logs=args.json_logs)


def cmd_status(args: argparse.Namespace) -> int:
    import bot.status as status

    config = _config(args)
    print(status.status_text(config))
    for line in _held_lines(config) + _unread_lines(config):
        print(line)
    return 0


def cmd_health(args: argparse.Namespace) -> int:
    import bot.status as status

    config = _config(args)
    ok, message = status.health(config, dt.datetime.now(dt.UTC))
    held = _held_lines(config)
    if held:  # alerts nobody sees until someone fixes Slack: not healthy, whatever the mailbox does
        ok, message = False, "unhealthy: " + "; ".join(line.strip() for line in held)
    print(message, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def _held_lines(config: Config) -> list[str]:
    from bot import outbox
    from bot.store import open_store

    store = open_store(config.database_url)
    try:
        with store.session() as session:
            held = outbox.held_reasons(session)
    finally:
        store.close()
    if not held:
        return []
    lines = [f"alerts held until Slack takes them: {sum(n for _, n, _ in held)} (they go out once it does; "
             "`foiabot alerts retry` tries now)"]
    return lines + [f"  held: {n} for {channel}: {error}" for channel, n, error in held]


def _unread_lines(config: Config) -> list[str]:
    from sqlalchemy import func, select

    from bot.store import Message, open_store

    store = open_store(config.database_url)
    try:
        with store.session() as session:
            count = session.scalar(select(func.count(Message.id)).where(Message.defects != "")) or 0
            latest = session.execute(select(Message.source, Message.uid, Message.message_id, Message.defects)
                                     .where(Message.defects != "").order_by(Message.id.desc()).limit(5)).all()
    finally:
        store.close()
    if not count:
        return []
    lines = [f"messages with parts that could not be read: {count}"]
    for source, uid, message_id, defects in latest:
        lines += [f"  {source} uid {uid} {message_id or ''}: {d}" for d in defects.splitlines()]
    return lines


def cmd_alerts(args: argparse.Namespace) -> int:
    """`alerts retry`: held alerts go out now if Slack takes them (or, while a worker runs, back to its queue)."""
    import bot.worker as worker
    from bot import outbox
    from bot.store import open_store

    config = _config(args)
    store = open_store(config.database_url)
    # Delivering beside a running worker could post an alert twice: the worker's lock decides who delivers.
    lease = store.worker_lease(config.settings.standby_takeover_seconds)
    try:
        if not lease.try_acquire():
            with store.session() as session:
                released = outbox.release_held(session)
            print(f"a worker is running: {released} held alert(s) back in its queue; it sends them within "
                  f"{config.settings.alerts.retry_seconds} s (or holds them again if Slack still refuses)")
            return 0
        box = worker.Worker(config, store, worker.build_sink(config), once=True).outbox
        problems = box.recheck()
        report = box.deliver()
    finally:
        lease.release()
        store.close()
    for problem in problems + [e for e in report.errors if e not in problems]:
        print(f"foiabot: slack: {problem}", file=sys.stderr)
    print(f"alerts: {report.sent} sent, {report.held} still held, {report.pending} queued, {report.failed} failed")
    return 1 if report.held or report.pending or report.failed else 0


def cmd_demo(args: argparse.Namespace) -> int:
    import bot.demo as demo

    return demo.run()


def cmd_report(args: argparse.Namespace) -> int:
    from bot import report, report_load, report_render
    from bot.store import open_store

    if args.since and args.until and args.since > args.until:
        raise FoiabotError(f"--since {args.since} is after --until {args.until}")
    config = _config(args)
    store = open_store(config.database_url)
    try:
        requests, triage = report_load.load(store, config.settings.tz)
    finally:
        store.close()
    unknown = sorted({r.jurisdiction for r in requests} - set(config.jurisdictions))
    if unknown:
        raise FoiabotError(f"the register has requests under jurisdictions the settings do not define: "
                           f"{', '.join(unknown)}; add them under `jurisdictions:`")
    today = dt.datetime.now(config.settings.tz).date()
    names = {a.id: a.name for a in config.agencies.values()}
    built = report.build(requests, config.jurisdictions, today, names, triage, args.since, args.until)
    sys.stdout.write(report_render.render(built, args.format))
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from bot import ical
    from bot.store import open_store

    config = _config(args)
    out: Path = args.out
    if out.is_dir():
        raise FoiabotError(f"--out {out} is a folder; give a file name such as {out / 'deadlines.ics'}")
    store = open_store(config.database_url)
    try:
        now = dt.datetime.now(config.settings.tz)
        names = {a.id: a.name for a in config.agencies.values()}
        try:
            count = ical.export(store, out, names, now.date(), now.astimezone(dt.UTC))
        except OSError as err:
            raise FoiabotError(f"cannot write {out}: {err.strerror or err}") from None
    finally:
        store.close()
    print(f"{out}: {count} deadlines")
    return 0
