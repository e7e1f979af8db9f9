"""Issue 14, responsive requests, in the browser against ``tandem serve --demo``: Ben's request
that nobody answers expires when time moves forward with the binary's ``jobs run-due --now``,
and Ben asks the next best mentor instead in one click (a plain form post: no JavaScript)."""

from __future__ import annotations

import os
import subprocess
from datetime import datetime, timedelta, timezone

from selenium.webdriver.common.by import By

from conftest import E2E_SECRET, _tandem_bin
from helpers import body_text, follow_nav, press, sign_in, wait_for_path

PASSWORD = "tandem-demo-2026"


def run_due(server, days_ahead: float) -> str:
    """The binary's own `jobs run-due`, over the server's database, `days_ahead` from now."""
    at = (datetime.now(timezone.utc) + timedelta(days=days_ahead)).strftime("%Y-%m-%dT%H:%M:%SZ")
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "TEST_DATABASE_URL", "PUBLIC_URL", "TANDEM_RESOURCES", "LOG_LEVEL")}
    env.update(TANDEM_SECRET=E2E_SECRET, LOG_LEVEL="warning", DATABASE_URL=str(server.database),
               PUBLIC_URL=server.base_url)
    result = subprocess.run([str(_tandem_bin()), "jobs", "run-due", "--now", at], cwd=server.database.parent,
                            env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def sent_card(driver, mentor: str):
    section = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby='sent-heading']")
    cards = [a for a in section.find_elements(By.CSS_SELECTOR, "article.request") if mentor in a.text]
    assert cards, f"no sent request to {mentor} in:\n{section.text}"
    return cards[0]


def test_an_unanswered_request_expires_and_the_mentee_asks_an_alternative_in_one_click(demo_server, browsers):
    ben = browsers()
    sign_in(ben, demo_server.url(""), "mentee@example.com", PASSWORD)
    follow_nav(ben, "Requests")
    waiting = next(a for a in ben.find_elements(By.CSS_SELECTOR, "article.request") if "leadership steps" in a.text)
    assert "Pending" in waiting.text and "Expires" in waiting.text, waiting.text
    mentor = waiting.find_element(By.TAG_NAME, "h3").text.split("·")[0].strip()

    # Three days later (the demo request was sent three days ago; the window is five), it expires.
    run_due(demo_server, 3)
    ben.refresh()
    card = sent_card(ben, mentor)
    assert "Expired" in card.text, card.text
    alternatives = card.find_elements(By.CSS_SELECTOR, ".alternatives button")
    assert alternatives, f"no alternatives offered:\n{card.text}"
    assert all(mentor not in b.text for b in alternatives), "the mentor who let it expire is offered again"
    choice = alternatives[0].text.removeprefix("Ask ").removesuffix(" instead")

    # Ben hears of it in the bell too.
    ben.get(demo_server.url("/notifications"))
    assert f"Your request to {mentor} expired" in body_text(ben)

    # One click sends the same request to the next best mentor.
    follow_nav(ben, "Requests")
    press(ben, f"Ask {choice} instead", sent_card(ben, mentor))
    wait_for_path(ben, "/requests")
    assert "Request sent" in body_text(ben)
    fresh = sent_card(ben, choice)
    assert "Pending" in fresh.text and "leadership steps" in fresh.text, fresh.text
