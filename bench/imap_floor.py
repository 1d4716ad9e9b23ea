"""The floor of the ingest benchmark: one IMAP session that fetches every message of a folder in batches and
parses each with the stdlib email package (policy.default). Nothing foiabot does can cost less.

    python bench/imap_floor.py HOST PORT USER BATCH   (the password in $FOIABOT_BENCH_IMAP_PASSWORD)
"""

from __future__ import annotations

import email
import email.policy
import os
import sys

from imapclient import IMAPClient


def main(host: str, port: int, user: str, batch: int) -> int:
    parsed = 0
    with IMAPClient(host, port, ssl=False, timeout=60) as client:
        client.login(user, os.environ["FOIABOT_BENCH_IMAP_PASSWORD"])
        client.select_folder("INBOX", readonly=True)
        uids = client.search(["ALL"])
        for start in range(0, len(uids), batch):
            response = client.fetch(uids[start : start + batch], [b"BODY.PEEK[]", b"INTERNALDATE"])
            for data in response.values():
                message = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
                parsed += message["Message-ID"] is not None
    print(parsed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])))
