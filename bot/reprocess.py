"""`foiabot requests reprocess`: runs mail that went to triage or was set aside through the pipeline again,
from the raw bytes kept in the database, after the agencies, requests or rules changed.

A message that now matches a request gets its reply alert; one that still cannot be placed keeps its triage
alert (already sent: not sent again)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import delete, select

from bot.pipeline import Outcome, Pipeline
from bot.store import Message, RawMessage, load_raw

REPROCESSABLE = ("triage", "set_aside")


def reprocess(pipeline: Pipeline, statuses: Sequence[str] = REPROCESSABLE) -> Iterator[Outcome]:
    with pipeline.store.session() as session:
        ids = session.scalars(select(Message.id).join(RawMessage, RawMessage.message_pk == Message.id)
                              .where(Message.status.in_(statuses)).order_by(Message.id)).all()
    for message_pk in ids:
        with pipeline.store.session() as session:
            message = session.get(Message, message_pk)
            raw = load_raw(session, message_pk)
            if message is None or raw is None:
                continue
            source, uid, arrived, outgoing = message.source, message.uid, message.arrived, message.direction == "out"
            session.execute(delete(RawMessage).where(RawMessage.message_pk == message_pk))
            session.delete(message)
        yield pipeline.process(raw, source, uid=uid, arrived=arrived, outgoing=outgoing)
