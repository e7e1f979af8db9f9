"""Issue 13's "Done when", as a person running the demo would see it: ``tandem jobs run-due --now``
moves time forward over the demo's database while ``tandem serve --demo`` runs, and what falls due
arrives through the bell, email (a local SMTP server) and a Slack webhook (a local HTTP receiver).
Running it twice at the same moment sends nothing more.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import E2E_SECRET, _SCRUBBED_ENV, _serve, _tandem_bin
from helpers import api_session, open_page, sign_in, wait_for_path
from mail_sink import MailSink

PASSWORD = "tandem-demo-2026"


class SlackReceiver:
    """An incoming-webhook stand-in on loopback: records every POSTed JSON body."""

    def __init__(self):
        self.posts: list[dict] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                receiver.posts.append(json.loads(self.rfile.read(length) or b"{}"))
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.http.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.http.server_address[1]}/hook"

    def texts(self) -> list[str]:
        return [json.dumps(post, ensure_ascii=False) for post in self.posts]

    def stop(self):
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture(scope="module")
def sink():
    folder = Path(tempfile.mkdtemp(prefix="tandem-e2e-smtp-"))
    mail = MailSink.start(folder)
    try:
        yield mail
    finally:
        mail.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def slack():
    receiver = SlackReceiver()
    try:
        yield receiver
    finally:
        receiver.stop()


@pytest.fixture(scope="module")
def demo(sink):
    yield from _serve(["--demo"], sink.server_env())


def run_due(server, sink, at: datetime) -> str:
    """``tandem jobs run-due --now AT`` over the server's database, from the server's folder."""
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
    env.update(TANDEM_SECRET=E2E_SECRET, LOG_LEVEL="warning", PUBLIC_URL=server.base_url, **sink.server_env())
    done = subprocess.run([str(_tandem_bin()), "jobs", "run-due", "--now", at.strftime("%Y-%m-%dT%H:%M:%SZ")],
                          cwd=server.workdir / "run", env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"jobs run-due failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


def settle(sink, slack, quiet: float = 3.0, limit: float = 30.0) -> tuple[int, int]:
    """Waits until neither the mail sink nor the receiver has had anything new for ``quiet`` seconds."""
    deadline = time.monotonic() + limit
    last = (len(sink.messages()), len(slack.posts))
    still_since = time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = (len(sink.messages()), len(slack.posts))
        if now != last:
            last, still_since = now, time.monotonic()
        elif time.monotonic() - still_since >= quiet:
            return now
    return last


def test_time_moved_forward_delivers_what_falls_due_once(demo, sink, slack, browsers):
    admin, _ = api_session(demo.url(""), "admin@example.com", PASSWORD)
    answer = admin.put(demo.url("/api/v1/integrations/slack"), json={"webhook_url": slack.url}, timeout=30)
    assert answer.status_code == 200, answer.text[:500]
    # Noon UTC: after 09:00 in the demo's time zone, when the plan's messages of a day are due.
    today = datetime.now(timezone.utc).replace(hour=12, minute=0, second=0, microsecond=0)
    settle(sink, slack)

    # Three days on: Maria hears by email that requests wait for her answer.
    run_due(demo, sink, today + timedelta(days=3))
    sink.wait_for("the waiting-request nudge to mentor@example.com",
                  lambda m: "mentor@example.com" in m.rcpt_tos and "waiting for your answer" in m.subject)

    # Two weeks on: the formal programme's plan messages fall due.
    before_mail, before_posts = settle(sink, slack)
    out = run_due(demo, sink, today + timedelta(days=14))
    after_mail, after_posts = settle(sink, slack)
    plan_mail = [m for m in sink.messages()[before_mail:] if "Matching has opened" in m.subject]
    assert plan_mail, f"no 'Matching has opened' email after two weeks; run-due said: {out}"
    recipients = [r for m in plan_mail for r in m.rcpt_tos]
    assert len(recipients) == len(set(recipients)), "someone got the same plan message twice"
    assert any("Matching has opened" in text for text in slack.texts()[before_posts:]), slack.texts()

    # The same people see it in the bell.
    person = browsers()
    sign_in(person, demo.url(""), recipients[0], PASSWORD)
    wait_for_path(person, "/")
    open_page(person, demo.url("/notifications"))
    titles = [li.text for li in person.find_elements(By.CSS_SELECTOR, "ul.notifications li")]
    assert any("Matching has opened" in t for t in titles), titles

    # Running it again at the same moment sends nothing more.
    run_due(demo, sink, today + timedelta(days=14))
    assert settle(sink, slack) == (after_mail, after_posts)
