"""`foiabot requests reprocess`: runs mail that went to triage or was set aside through the pipeline again,
from the raw bytes kept in the database, after the agencies, requests or rules changed.

A message that now matches a request gets its reply alert; one that still cannot be placed keeps its triage
alert (already sent: not sent again). The stored message is deleted in the same transaction that records it
anew: when handling it again fails, nothing is committed and the original stays as it was, with its raw bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import delete, select

from bot.errors import StoreError
from bot.pipeline import Incoming, Outcome, Pipeline
from bot.reading import read
from bot.store import Message, RawMessage, load_raw

REPROCESSABLE = ("triage", "set_aside")


def reprocess(pipeline: Pipeline, statuses: Sequence[str] = REPROCESSABLE) -> Iterator[Outcome]:
    with pipeline.store.session() as session:
        ids = session.scalars(select(Message.id).join(RawMessage, RawMessage.message_pk == Message.id)
                              .where(Message.status.in_(statuses)).order_by(Message.id)).all()
    for message_pk in ids:
        outcome = again(pipeline, message_pk)
        if outcome is not None:
            yield outcome


def again(pipeline: Pipeline, message_pk: int) -> Outcome | None:
    """Handle one stored message again; None when it is gone. On failure the original is kept and the outcome
    is `kept`, with the reason."""
    kept: tuple[str, str | None, str] | None = None
    try:
        with pipeline.store.session() as session:
            message = session.get(Message, message_pk)
            raw = load_raw(session, message_pk)
            if message is None or raw is None:
                return None
            kept = (message.source, message.message_id, message.status)
            item = Incoming(raw, message.source, message.uid, message.arrived, message.direction == "out")
            reply = read(raw)
            session.execute(delete(RawMessage).where(RawMessage.message_pk == message_pk))
            session.delete(message)
            session.flush()  # its Message-ID and hash are free for the new row, in this transaction only
            return pipeline.handle_in(session, item, reply)
    except StoreError:
        pipeline.reload()
        raise
    except Exception as err:  # rolled back: the original is untouched
        pipeline.reload()
        if kept is None:
            raise
        source, message_id, status = kept
        return Outcome(source, message_id, "kept", reason=f"still {status}, unchanged: {err.__class__.__name__}: "
                       f"{getattr(err, 'orig', err)}")
