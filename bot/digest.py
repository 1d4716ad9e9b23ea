"""The weekly digest in Slack: the desk, the agencies most behind, and a chart.

I/O edge: it reads the register, keeps its own outbox row and posts through the Slack sink. The figures come
from report.py and the chart from chart.py.

One digest per ISO week, whatever happens: the outbox row's key is the week (`digest:2026-W49`), written
before anything is posted (record the intent, act, record the result). The job runs at the configured time
and again every few minutes; each run looks at the latest scheduled time that has passed, so a worker that
was down then posts that week's digest once when it is back, and a run that finds the week's row sent posts
nothing. A post whose outcome was unknown (the worker died meanwhile) is looked for by its metadata before
it is posted again. Weeks before the digest was first switched on are never caught up.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import zoneinfo
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from bot import chart, report, report_load
from bot.config import Config
from bot.errors import DeliveryError, FoiabotError
from bot.report_render import days_text, rate_text
from bot.settings import DigestSettings
from bot.slack import SlackSink
from bot.slack_api import SlackDeliveryError
from bot.store import OutboxAlert, Store, utcnow

log = logging.getLogger(__name__)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SINCE = "digest_since"  # when the digest was first switched on: earlier weeks are not caught up
SCOPE_NOTED = "digest_scope_noted"  # the team was told which scope would add the chart
POSTING = "posting"  # the digest's own state: the alert outbox claims only queued and sending rows
CATCH_UP_SECONDS = 300
SCOPE_NOTE = ("The chart is left out: the Slack app lacks the files:write scope. Add it to the app's bot token "
              "scopes and reinstall the app, and the next digest comes with its chart.")


def last_slot(now: dt.datetime, settings: DigestSettings, tz: zoneinfo.ZoneInfo) -> dt.datetime:
    """The latest scheduled time at or before `now`, in the team's time zone."""
    local = now.astimezone(tz)
    back = (local.weekday() - DAYS.index(settings.day)) % 7
    slot = dt.datetime.combine(local.date() - dt.timedelta(days=back), settings.time, tz)
    return slot if slot <= local else slot - dt.timedelta(days=7)


def week_key(slot: dt.datetime) -> str:
    year, week, _ = slot.isocalendar()
    return f"digest:{year}-W{week:02d}"


@dataclass(frozen=True)
class Text:
    heading: str
    sections: list[str]


def compose(built: report.Report, slot: dt.datetime, agencies: int) -> Text:
    """The digest's words (pure)."""
    year, week, _ = slot.isocalendar()
    desk = built.desk
    statuses = ", ".join(f"{s} {n}" for s, n in desk.open_by_status.items()) or "none"
    summary = (f"The desk on {built.today:%a %Y-%m-%d}: {desk.open_total} open ({statuses}); "
               f"{len(desk.overdue)} overdue; {len(desk.waiting_on_us)} waiting on us; "
               f"{len(desk.appeals_closing)} appeal windows closing within {report.APPEAL_HORIZON_DAYS} days; "
               f"{desk.triage_waiting} messages waiting in triage.")
    overdue = [f"{x.request_id} ({x.agency_id}): due {x.day}, {x.business_days} business days late: {x.subject}"
               for x in desk.overdue[:10]]
    appeals = [f"{x.request_id} ({x.agency_id}): appeal by {x.day}, {x.business_days} days left"
               for x in desk.appeals_closing[:10]]
    behind = [f"{n}. {a.name}: {a.overdue_now} overdue now; answered by the due date {rate_text(a.on_time)}; "
              f"first response {days_text(a.first_response)}; final response {days_text(a.final_response)}"
              for n, a in enumerate(built.most_behind(agencies), 1)]
    return Text(f"Weekly digest: week {week} of {year}", [
        summary,
        "\n".join(["Overdue:", *overdue]) if overdue else "",
        "\n".join(["Appeal windows closing:", *appeals]) if appeals else "",
        "\n".join(["Agencies most behind:", *behind]) if behind else "No agency is behind.",
    ])


class Digest:
    def __init__(self, config: Config, store: Store, sink: SlackSink) -> None:
        assert config.settings.digest is not None and config.settings.slack is not None
        self.config = config
        self.settings: DigestSettings = config.settings.digest
        self.store = store
        self.sink = sink
        self.channel = self.settings.channel or config.settings.slack.channel
        self.tz = config.settings.tz
        self._lock = threading.Lock()  # the cron job and the catch-up job may fire together

    def run(self, now: dt.datetime | None = None) -> str:
        """Post this week's digest unless it was; returns what happened, in words (also logged)."""
        with self._lock:
            now = now or utcnow()
            slot = last_slot(now, self.settings, self.tz)
            if slot < self._since(now):
                return "no digest due yet"
            key = week_key(slot)
            claimed = self._claim(key, now)
            if claimed is None:
                return f"the digest for {key} was posted already"
            try:
                self._deliver(key, *claimed)
            except FoiabotError as err:
                self._failed(key, err)
                log.error("weekly digest %s: %s", key, err)
                return f"the digest for {key} failed: {err}"
            log.info("weekly digest %s posted to %s", key, self.channel)
            return f"the digest for {key} posted"

    def _since(self, now: dt.datetime) -> dt.datetime:
        value = self.store.get_meta(SINCE)
        if value is None:
            with self.store.session() as session:
                self.store.set_meta(session, SINCE, now.isoformat())
            return now
        return dt.datetime.fromisoformat(value)

    def _claim(self, key: str, now: dt.datetime) -> tuple[Text, str | None] | None:
        """The week's row, written with its words before anything is posted; None when it is done."""
        with self.store.session() as session:
            row = session.scalar(select(OutboxAlert).where(OutboxAlert.key == key))
            if row is not None:
                if row.status != POSTING:
                    return None
                data = json.loads(row.payload)
                return Text(data["heading"], data["sections"]), row.ts
        text = compose(self._report(now), last_slot(now, self.settings, self.tz), self.settings.agencies)
        with self.store.session() as session:
            session.add(OutboxAlert(key=key, type="digest", channel=self.channel, status=POSTING,
                                    payload=json.dumps({"heading": text.heading, "sections": text.sections})))
        return text, None

    def _report(self, now: dt.datetime) -> report.Report:
        requests, triage = report_load.load(self.store, self.tz)
        names = {a.id: a.name for a in self.config.agencies.values()}
        known = [r for r in requests if r.jurisdiction in self.config.jurisdictions]
        return report.build(known, self.config.jurisdictions, now.astimezone(self.tz).date(), names, triage)

    def _deliver(self, key: str, text: Text, ts: str | None) -> None:
        if ts is None:
            # A row left `posting` without a ts: the worker may have died after Slack took the post.
            ts = self.sink.find_post(self.channel, key, None, None)
            if ts is None:
                ts = self.sink.post_text(self.channel, text.heading, text.sections, key).ts
            self._record(key, ts=ts)
        if self.settings.chart:
            self._chart(key, text.heading)
        self._record(key, status="sent")

    def _chart(self, key: str, title: str) -> None:
        built = self._report(utcnow())
        try:
            self.sink.upload_file(self.channel, chart.png(built, title), f"{key.replace(':', '-')}.png", title,
                                  chart.alt_text(built))
        except SlackDeliveryError as err:
            if err.code != "missing_scope":
                raise
            self._note_missing_scope(key)
            return
        with self.store.session() as session:
            self.store.set_meta(session, SCOPE_NOTED, "")  # the scope is back: say so again if it goes

    def _note_missing_scope(self, key: str) -> None:
        if self.store.get_meta(SCOPE_NOTED):
            return
        self.sink.post_text(self.channel, "No chart in the weekly digest", [SCOPE_NOTE], f"{key}:scope")
        with self.store.session() as session:
            self.store.set_meta(session, SCOPE_NOTED, key)
        log.warning("weekly digest %s posted without its chart: the Slack app lacks the files:write scope", key)

    def _record(self, key: str, ts: str | None = None, status: str | None = None) -> None:
        with self.store.session() as session:
            row = session.scalar(select(OutboxAlert).where(OutboxAlert.key == key))
            assert row is not None
            row.attempts += 1
            row.error = ""
            if ts is not None:
                row.ts = ts
            if status is not None:
                row.status, row.sent_at = status, utcnow()

    def _failed(self, key: str, err: FoiabotError) -> None:
        with self.store.session() as session:
            row = session.scalar(select(OutboxAlert).where(OutboxAlert.key == key))
            if row is not None:
                row.error = str(err)[:2000]
                if isinstance(err, DeliveryError) and err.permanent:
                    row.status = "failed"

    def schedule(self, scheduler: Any) -> None:
        """The weekly cron job, and a catch-up job that runs at start and every few minutes: after downtime or
        a failed post it finishes the week's digest, once."""
        from apscheduler.triggers.cron import CronTrigger

        at = self.settings.time
        trigger = CronTrigger(day_of_week=self.settings.day, hour=at.hour, minute=at.minute, timezone=self.tz)
        scheduler.add_job(self.run, trigger, id="digest")
        scheduler.add_job(self.run, "interval", seconds=CATCH_UP_SECONDS, id="digest-catch-up",
                          next_run_time=dt.datetime.now(self.tz))


def schedule(config: Config, store: Store, sink: object, scheduler: Any) -> Digest | None:
    """Adds the digest's jobs to the worker's scheduler when the settings ask for a digest and alerts go to
    Slack (the console has nowhere to put a chart)."""
    if config.settings.digest is None:
        return None
    if not isinstance(sink, SlackSink):
        log.warning("the weekly digest goes to Slack only; with alerts on the console there is none")
        return None
    digest = Digest(config, store, sink)
    digest.schedule(scheduler)
    return digest
