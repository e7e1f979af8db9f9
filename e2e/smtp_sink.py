"""A local SMTP server for the Swift SMTP client's STARTTLS test (Tests/TandemServerTests/Delivery).

aiosmtpd on 127.0.0.1 with STARTTLS required (aiosmtpd refuses MAIL before it) and AUTH
required after it. Every message is appended to OUT_FILE as one JSON line, written before
the 250 reply, so the client's receipt means the line is there.

usage: python smtp_sink.py CERT_FILE KEY_FILE OUT_FILE USER PASSWORD
Prints "READY <port>" once listening; stops when stdin closes.
"""
import json
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


class Sink:
    def __init__(self, out_file):
        self.out_file = out_file

    async def handle_DATA(self, server, session, envelope):
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            # As received, after aiosmtpd removed the dot-stuffing.
            "content": envelope.original_content.decode("utf-8", "replace"),
            "tls": session.ssl is not None,
            "authenticated": bool(session.authenticated),
        }
        with open(self.out_file, "a", encoding="utf-8") as out:
            out.write(json.dumps(record) + "\n")
        return "250 2.0.0 Message accepted by the sink"


def main():
    cert_file, key_file, out_file, user, password = sys.argv[1:6]
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_file, key_file)

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = auth_data.login == user.encode() and auth_data.password == password.encode()
        return AuthResult(success=ok)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        Sink(out_file), hostname="127.0.0.1", port=port, server_hostname="localhost",
        tls_context=context, require_starttls=True,
        authenticator=authenticator, auth_required=True,
    )
    controller.start()
    print(f"READY {port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
