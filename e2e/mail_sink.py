"""The local SMTP server for the browser tests: e2e/smtp_sink.py (aiosmtpd, STARTTLS and AUTH
required) with a throwaway CA and server certificate made by ``openssl`` for this run only.

``MailSink.start(folder)`` writes the certificates, starts the sink and waits for its port;
``server_env()`` is what ``tandem serve`` needs to send through it, trusting the CA (nothing is
unverified). Every received message is one JSON line in ``out_file``; ``wait_for`` polls it.
The sink never fails quietly: a missing ``openssl`` or a sink that does not come up raises.
"""

from __future__ import annotations

import email
import email.policy
import json
import queue
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

SINK = Path(__file__).resolve().parent / "smtp_sink.py"
USER = "tandem-e2e"
PASSWORD = "sink-pass-0123"
START_TIMEOUT = 20.0

_EXTENSIONS = """\
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost, IP:127.0.0.1
"""


def _openssl(*args: str, cwd: Path) -> None:
    done = subprocess.run(["openssl", *args], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"openssl {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")


def make_certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A CA, and a server certificate it signed for 127.0.0.1 and localhost: (ca, cert, key)."""
    ec = ("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes")
    _openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
             "-subj", "/CN=Tandem e2e test CA",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=folder)
    _openssl("req", "-new", *ec, "-keyout", "server.key", "-out", "server.csr",
             "-subj", "/CN=localhost", cwd=folder)
    (folder / "server.ext").write_text(_EXTENSIONS)
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-out", "server.pem", "-days", "2", "-extfile", "server.ext",
             cwd=folder)
    return folder / "ca.pem", folder / "server.pem", folder / "server.key"


@dataclass
class Mail:
    """One received message, parsed."""
    mail_from: str
    rcpt_tos: list[str]
    tls: bool
    authenticated: bool
    message: email.message.EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"] or "")

    def text(self) -> str:
        """The plain-text part (or the whole body if it is not multipart)."""
        part = self.message.get_body(preferencelist=("plain",))
        return part.get_content() if part is not None else ""


class MailSink:
    def __init__(self, folder: Path, process: subprocess.Popen, port: int, ca: Path):
        self.folder = folder
        self.process = process
        self.port = port
        self.ca = ca
        self.out_file = folder / "received.jsonl"

    @classmethod
    def start(cls, folder: Path) -> "MailSink":
        ca, cert, key = make_certificates(folder)
        out_file = folder / "received.jsonl"
        out_file.touch()
        process = subprocess.Popen(
            [sys.executable, str(SINK), str(cert), str(key), str(out_file), USER, PASSWORD],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=open(folder / "sink.log", "wb"),
            text=True)
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=lambda: lines.put(process.stdout.readline()), daemon=True).start()
        try:
            first = lines.get(timeout=START_TIMEOUT)
        except queue.Empty:
            first = ""
        if not first.startswith("READY "):
            cls._kill(process)
            log = (folder / "sink.log").read_text(errors="replace")
            raise RuntimeError(f"the SMTP sink did not start (said {first!r}); its log:\n{log}")
        return cls(folder, process, int(first.split()[1]), ca)

    def server_env(self) -> dict[str, str]:
        return {
            "SMTP_URL": f"smtp://{USER}:{PASSWORD}@127.0.0.1:{self.port}",
            "MAIL_FROM": "Tandem <noreply@example.org>",
            "TANDEM_ALLOW_LOOPBACK_OUTBOUND": "true",
            "TANDEM_EXTRA_CA_FILE": str(self.ca),
        }

    def messages(self) -> list[Mail]:
        mails = []
        for line in self.out_file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            parsed = email.message_from_string(record["content"], policy=email.policy.default)
            mails.append(Mail(record["mail_from"], record["rcpt_tos"], record["tls"],
                              record["authenticated"], parsed))
        return mails

    def wait_for(self, describe: str, predicate, timeout: float = 15.0) -> Mail:
        """The first received message for which ``predicate`` holds, polling the sink's file."""
        deadline = time.monotonic() + timeout
        while True:
            found = [m for m in self.messages() if predicate(m)]
            if found:
                return found[0]
            if self.process.poll() is not None:
                raise AssertionError(f"the SMTP sink exited ({self.process.returncode}) "
                                     f"while waiting for {describe}")
            if time.monotonic() > deadline:
                got = [(m.rcpt_tos, m.subject) for m in self.messages()]
                raise AssertionError(
                    f"the SMTP sink did not receive {describe} within {timeout:.0f} s; "
                    f"it received {len(got)} message(s): {got}")
            time.sleep(0.25)

    def stop(self) -> None:
        self._kill(self.process)

    @staticmethod
    def _kill(process: subprocess.Popen) -> None:
        if process.poll() is not None:
            return
        try:
            process.stdin.close()  # the sink stops when stdin closes
            process.wait(timeout=5)
        except (subprocess.TimeoutExpired, OSError):
            process.kill()
            process.wait(timeout=5)
