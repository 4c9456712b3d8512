#!/usr/bin/env python3
"""A local SMTP sink for the tests: aiosmtpd on loopback, until its standard input closes. Prints "PORT n" once it listens, then appends one JSON
line per message received to --out (envelope, raw and decoded Subject, decoded body and its charset). A recipient
whose address starts with "refuse" is refused (550), as a relay refuses an unknown mailbox.

    python3 scripts/smtp_sink.py --out messages.jsonl
"""
import argparse
import email
import json
import socket
import sys
from email import policy

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, out):
        self.out = out

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("refuse"):
            return "550 5.1.1 boite inconnue"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        decoded = email.message_from_bytes(raw, policy=policy.default)
        plain = email.message_from_bytes(raw, policy=policy.compat32)
        record = {
            "envelopeFrom": envelope.mail_from,
            "envelopeTo": envelope.rcpt_tos,
            "rawSubject": str(plain["Subject"]),
            "subject": str(decoded["Subject"]),
            "from": str(decoded["From"]),
            "to": str(decoded["To"]),
            "charset": decoded.get_content_charset(),
            "body": decoded.get_content(),
            "asciiHeaders": all(b < 128 for b in raw.split(b"\r\n\r\n", 1)[0]),
        }
        with open(self.out, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    port = free_port()
    controller = Controller(Sink(args.out), hostname="127.0.0.1", port=port)
    controller.start()
    print(f"PORT {port}", flush=True)
    try:
        # Runs until its standard input closes: the test closes it to stop the sink (a signal may be blocked in
        # the test process's children).
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
