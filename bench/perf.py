"""How fast foiabot is, each figure against a floor measured in the same run (so that the ratios hold on a
noisy machine):

1. ingest      `foiabot run --once` over 3,000 new agency replies in Dovecot, against one IMAP session that
               fetches the same messages in batches and parses each with the stdlib email package
2. nothing new a second `foiabot run --once` (no new mail) against `foiabot --version`, at 3,000 and at 30,000
               messages in the mailbox and the register; and a running worker's poll against EXAMINE
3. latency     a running worker on IDLE: from APPEND to the alert in Slack (a local server speaking Slack's Web
               API), against the time Dovecot takes to tell an independent IDLE client
4. sweep       the daily deadline sweep over 100,000 open requests, against loading those requests; SQL
               statements counted
5. memory      peak RSS of the ingest, of one reply with a 50 MB attachment and of 20 replies with a 5 MB one
               each, against the floor's
6. start-up    `foiabot --version` and `--help`, against `python -c pass`

    .venv/bin/python bench/perf.py [--quick]     # needs /usr/sbin/dovecot and root

Figures are printed as a table; bench/RESULTS.md keeps the last run's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import perfkit as kit
import sweepbench


@dataclass
class Figure:
    name: str
    value: str
    floor: str
    ratio: float | None
    target: str
    ok: bool | None

    def row(self) -> str:
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else "-"
        verdict = {True: "yes", False: "NO", None: "-"}[self.ok]
        return f"| {self.name} | {self.value} | {self.floor} | {ratio} | {self.target} | {verdict} |"


@dataclass
class Sizes:
    ingest: int
    large: int
    repeats: int
    sweep: int
    attachment_mb: int


FULL = Sizes(ingest=3000, large=30000, repeats=5, sweep=100_000, attachment_mb=50)
QUICK = Sizes(ingest=1000, large=6000, repeats=3, sweep=20_000, attachment_mb=50)
PASS_DONE = re.compile(r"pass done: (\d+) messages processed, (\d+) alerts sent")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller mailbox and register, fewer repeats")
    parser.add_argument("--only", nargs="*", default=None,
                        choices=["startup", "ingest", "latency", "sweep", "memory"], help="run only these")
    args = parser.parse_args()
    sizes = QUICK if args.quick else FULL
    wanted = set(args.only or ["startup", "ingest", "latency", "sweep", "memory"])
    figures: list[Figure] = []
    benches: list[tuple[str, Callable[[Sizes], list[Figure]]]] = [
        ("startup", bench_startup), ("ingest", bench_ingest), ("latency", bench_latency),
        ("sweep", bench_sweep), ("memory", bench_big_attachment),
    ]
    for name, bench in benches:
        if name in wanted:
            print(f"-- {name}", file=sys.stderr, flush=True)
            figures += bench(sizes)
    print("| figure | measured | floor | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for figure in figures:
        print(figure.row())
    return 0


def _seconds(value: float) -> str:
    return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"


# -- 6. start-up ----------------------------------------------------------------------------------------------


def bench_startup(sizes: Sizes) -> list[Figure]:
    runs = {"python": [str(kit.PYTHON), "-c", "pass"], "--version": [str(kit.FOIABOT), "--version"],
            "--help": [str(kit.FOIABOT), "--help"]}
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(sizes.repeats * 2):  # interleaved, so that a noisy moment hits all three alike
        for name, command in runs.items():
            times[name].append(kit.run(command).seconds)
    floor = kit.median(times["python"])
    return [
        Figure(f"start-up `foiabot {name}`", _seconds(kit.median(times[name])), f"{_seconds(floor)} (python -c pass)",
               kit.median(times[name]) / floor, "<= 0.3 s", kit.median(times[name]) <= 0.3)
        for name in ("--version", "--help")
    ]


# -- 1, 2 and 5: ingest, nothing new, memory of the ingest ----------------------------------------------------


def bench_ingest(sizes: Sizes) -> list[Figure]:
    server = kit.Dovecot()
    server.start()
    try:
        account = server.add_account()
        kit.fill_maildir(server, account, kit.replies(sizes.ingest, "ingest"))
        kit.index_now(account)
        desk = kit.make_desk(Path(tempfile.mkdtemp(prefix="foiabot-perf-")), account)
        floor = [_floor(desk) for _ in range(2)]
        ingest = kit.run(desk.command("run", "--once"), desk.env())
        if ingest.code != 0:
            raise RuntimeError(f"foiabot run --once failed:\n{ingest.err[-3000:]}")
        processed = _processed(ingest)
        floor_s = min(f.seconds for f in floor)
        figures = [
            Figure(f"ingest {sizes.ingest:,} replies (`run --once`)",
                   f"{_seconds(ingest.seconds)}, {processed / ingest.seconds:.0f} msg/s",
                   f"{_seconds(floor_s)}, {sizes.ingest / floor_s:.0f} msg/s (fetch + email.parser)",
                   ingest.seconds / floor_s, "<= 2.0x", ingest.seconds / floor_s <= 2.0),
            Figure(f"peak RSS, ingest of {sizes.ingest:,}", f"{ingest.peak_mb:.0f} MB",
                   f"{min(f.peak_mb for f in floor):.0f} MB", ingest.peak_mb / min(f.peak_mb for f in floor),
                   "<= 150 MB", ingest.peak_mb <= 150),
        ]
        _drain(desk)
        figures.append(_nothing_new(desk, sizes, sizes.ingest))
        figures.append(_poll_in_worker(desk, sizes.ingest))
        more = sizes.large - sizes.ingest
        kit.fill_maildir(server, account, kit.replies(more, "large", start=sizes.ingest))
        kit.index_now(account)
        _drain(desk)
        figures.append(_nothing_new(desk, sizes, sizes.large))
        figures.append(_poll_in_worker(desk, sizes.large))
        return figures
    finally:
        server.cleanup()


def _floor(desk: kit.Desk) -> kit.Ran:
    ran = kit.run([str(kit.PYTHON), str(Path(__file__).with_name("imap_floor.py")), desk.account.host,
                   str(desk.account.port), desk.account.user, "200"], desk.env())
    if ran.code != 0:
        raise RuntimeError(f"the floor failed:\n{ran.err}")
    return ran


def _processed(ran: kit.Ran) -> int:
    found = PASS_DONE.search(ran.err)
    return int(found[1]) if found else 0


def _drain(desk: kit.Desk) -> None:
    """Passes until every message is read and every queued alert delivered (a pass delivers at most 1,000)."""
    while True:
        ran = kit.run(desk.command("run", "--once"), desk.env())
        found = PASS_DONE.search(ran.err)
        if ran.code != 0 or found is None:
            raise RuntimeError(f"foiabot run --once failed:\n{ran.err[-3000:]}")
        if found[1] == "0" and found[2] == "0":
            return


def _nothing_new(desk: kit.Desk, sizes: Sizes, messages: int) -> Figure:
    polls, starts = [], []
    for _ in range(sizes.repeats):
        polls.append(kit.run(desk.command("run", "--once"), desk.env()).seconds)
        starts.append(kit.run([str(kit.FOIABOT), "--version"]).seconds)
    poll, start = kit.median(polls), kit.median(starts)
    return Figure(f"nothing new, {messages:,} messages (`run --once`)", _seconds(poll),
                  f"{_seconds(start)} (`foiabot --version`)", poll / start, "<= 1.5x", poll / start <= 1.5)


def _poll_in_worker(desk: kit.Desk, messages: int, polls: int = 20) -> Figure:
    """What a running worker (`foiabot run`) spends on each poll that finds nothing (`Worker.sync`, warm), against
    an IMAP client that only EXAMINEs the same folders on an open connection."""
    import os

    from imapclient import IMAPClient

    from bot.config import load_config
    from bot.console import ConsoleSink
    from bot.store import open_store
    from bot.worker import Worker

    os.environ[kit.PASSWORD_ENV] = desk.account.password
    config = load_config(desk.config)
    store = open_store(config.database_url)
    worker = Worker(config, store, ConsoleSink())
    client = IMAPClient(desk.account.host, desk.account.port, ssl=False, timeout=60)
    try:
        client.login(desk.account.user, desk.account.password)
        worker.sync()  # connects
        spent, floor = [], []
        for _ in range(polls):
            started = time.perf_counter()
            if worker.sync() != 0:
                raise RuntimeError("the mailbox was expected to hold nothing new")
            spent.append(time.perf_counter() - started)
            started = time.perf_counter()
            for folder in ("INBOX", "Sent"):
                client.select_folder(folder, readonly=True)
            floor.append(time.perf_counter() - started)
    finally:
        client.logout()
        worker.close()
        store.close()
    poll, examine = kit.median(spent), kit.median(floor)
    return Figure(f"nothing new, {messages:,} messages, running worker (`Worker.sync`, median of {polls})",
                  f"{poll * 1000:.1f} ms", f"{examine * 1000:.1f} ms (EXAMINE INBOX and Sent)", poll / examine,
                  "flat with the mailbox", None)


# -- 3. latency -----------------------------------------------------------------------------------------------


def bench_latency(sizes: Sizes) -> list[Figure]:
    import subprocess

    from slack_server import FakeSlack

    server = kit.Dovecot()
    server.start()
    slack = FakeSlack().start()
    worker = None
    try:
        account = server.add_account()
        kit.append(account, list(kit.replies(1, "latency-warm")))
        desk = kit.make_desk(Path(tempfile.mkdtemp(prefix="foiabot-perf-")), account, slack.url)
        worker = subprocess.Popen(desk.command("run"), env=desk.env(), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        _wait_for(lambda: len(slack.posted()) >= 2, 30)  # the first reply and its thread start
        time.sleep(1.5)  # the worker is on IDLE now
        latencies, idle_floor = [], []
        for n, raw in enumerate(kit.replies(5, "latency", start=8)):
            watcher = _IdleWatcher(account)
            appended = time.monotonic()
            kit.append(account, [raw])
            message_id = f"<perf-latency-{n + 8}@bench.example.org>"
            _wait_for(lambda mid=message_id: _posted(slack, mid), 30)  # type: ignore[misc]
            latencies.append(_posted(slack, message_id) - appended)
            idle_floor.append(watcher.result() - appended)
            time.sleep(1.0)
        latency, floor = kit.median(latencies), kit.median(idle_floor)
        spread = ", ".join(f"{x:.2f}" for x in latencies)
        return [Figure("latency: APPEND to alert in Slack, median of 5", f"{latency:.2f} s ({spread})",
                       f"{floor:.2f} s (IDLE notices the APPEND)", latency / floor, "median <= 2 s", latency <= 2.0)]
    finally:
        if worker is not None:
            worker.terminate()
            worker.wait(30)
        slack.stop()
        server.cleanup()


def _posted(slack: object, message_id: str) -> float:
    """When the Slack server took the reply alert for this Message-ID (0.0: not yet)."""
    for call in slack.calls_to("chat.postMessage"):  # type: ignore[attr-defined]
        if message_id in str(call.params.get("metadata", "")):
            return float(call.time)
    return 0.0


def _wait_for(condition: Callable[[], object], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError("timed out waiting")
        time.sleep(0.005)


class _IdleWatcher:
    """An independent IMAP client on IDLE: when does Dovecot report the APPEND? (the latency's floor)"""

    def __init__(self, account: kit.Account) -> None:
        self._client = account.connect()
        self._client.select_folder("INBOX", readonly=True)
        self._client.idle()
        self._seen = 0.0
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._seen:
            for response in self._client.idle_check(timeout=5):
                if len(response) >= 2 and response[1] == b"EXISTS":
                    self._seen = time.monotonic()

    def result(self) -> float:
        self._thread.join(30)
        self._client.idle_done()
        self._client.logout()
        return self._seen


# -- 4. the deadline sweep ------------------------------------------------------------------------------------


def bench_sweep(sizes: Sizes) -> list[Figure]:
    result = sweepbench.measure(sizes.sweep, today=dt.date(2026, 6, 10))
    return [
        Figure(f"deadline sweep, {sizes.sweep:,} open requests ({result.queued:,} alerts queued)",
               f"{_seconds(result.first)}, {result.first_statements:,} SQL statements",
               f"{_seconds(result.floor)} (loading the open requests)", result.first / result.floor, "<= 2 s",
               result.first <= 2.0 and result.first_statements < sizes.sweep / 100),
        Figure("the same sweep again (same day, nothing new)",
               f"{_seconds(result.again)}, {result.again_statements:,} SQL statements",
               f"{_seconds(result.floor)}", result.again / result.floor, "<= 2 s",
               result.again <= 2.0 and result.again_statements < sizes.sweep / 100),
    ]


# -- 5. memory with a large attachment ------------------------------------------------------------------------


def bench_big_attachment(sizes: Sizes) -> list[Figure]:
    one = kit.with_attachment(sizes.attachment_mb)
    release = kit.with_attachment(5)  # 6.7 MB as mail: under the size that is fetched in pieces
    many = [kit.with_message_id(release, f"perf-release-{n}@bench.example.org") for n in range(20)]
    return [_peak_rss(f"one reply with a {sizes.attachment_mb} MB attachment", [one]),
            _peak_rss("20 replies with a 5 MB attachment each", many)]


def _peak_rss(what: str, mail: list[bytes]) -> Figure:
    server = kit.Dovecot()
    server.start()
    try:
        account = server.add_account()
        kit.fill_maildir(server, account, mail)
        kit.index_now(account)
        desk = kit.make_desk(Path(tempfile.mkdtemp(prefix="foiabot-perf-")), account)
        floor = _floor(desk)
        ran = kit.run(desk.command("run", "--once"), desk.env())
        if ran.code != 0:
            raise RuntimeError(f"foiabot run --once failed:\n{ran.err[-3000:]}")
        return Figure(f"peak RSS, {what}", f"{ran.peak_mb:.0f} MB ({_seconds(ran.seconds)})",
                      f"{floor.peak_mb:.0f} MB ({_seconds(floor.seconds)})", ran.peak_mb / floor.peak_mb,
                      "<= 150 MB", ran.peak_mb <= 150)
    finally:
        server.cleanup()


if __name__ == "__main__":
    sys.exit(main())
