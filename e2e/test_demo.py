"""The demo, as the issues' "Done when" describe it: a mentee requests a mentor who accepts,
ranked and explained recommendations, and admins matching a cohort and a co-mentoring pool."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from helpers import (
    body_text, fill, follow, follow_nav, h1, press, sign_in, wait, wait_for_path,
)

PASSWORD = "tandem-demo-2026"


def test_mentee_requests_the_demo_mentor_who_accepts(demo_server, browsers):
    ben, maria = browsers(), browsers()
    sign_in(ben, demo_server.url(""), "mentee@example.com", PASSWORD)
    follow_nav(ben, "Programmes")
    follow(ben, "Open mentoring")
    follow(ben, "Find a mentor")
    # Ranked recommendations come first, each with its reasons behind a disclosure.
    assert "Recommended for you" in body_text(ben)
    first = ben.find_element(By.CSS_SELECTOR, ".recommendation details")
    first.find_element(By.TAG_NAME, "summary").click()
    assert first.find_element(By.TAG_NAME, "li").text.strip()
    fill(ben, "skill", "System design")
    press(ben, "Filter")
    follow(ben, "Request Maria Mentor")
    fill(ben, "message", "Hello Maria, could you mentor me on system design?")
    fill(ben, "hopes", "How to design services that last.")
    press(ben, "Send request")
    wait_for_path(ben, "/requests")
    assert "Maria Mentor" in body_text(ben)

    sign_in(maria, demo_server.url(""), "mentor@example.com", PASSWORD)
    follow_nav(maria, "Requests")
    card = next(a for a in maria.find_elements(By.CSS_SELECTOR, "article.request") if "Ben Mentee" in a.text)
    press(maria, "Accept", card)
    wait_for_path(maria, r"/relationships/[0-9A-Fa-f-]{36}")
    assert "Mentoring relationship" in h1(maria)
    assert "Ben Mentee" in body_text(maria) and "Maria Mentor" in body_text(maria)

    follow_nav(ben, "Dashboard")
    assert "Maria Mentor" in body_text(ben)


def run_match(admin, base, programme: str) -> str:
    follow_nav(admin, "Programmes")
    follow(admin, programme)
    follow(admin, "Matching")
    press(admin, "Run the match")
    wait(admin, 30).until(lambda d: "Solving" not in d.find_element(By.TAG_NAME, "main").text)
    return body_text(admin)


def test_admin_matches_a_cohort_and_a_co_mentoring_pool(demo_server, browsers):
    admin = browsers()
    sign_in(admin, demo_server.url(""), "admin@example.com", PASSWORD)

    proposal = run_match(admin, demo_server.url(""), "Graduate mentoring cohort")
    assert "Match proposal" in h1(admin)
    assert "Why this match" in proposal
    rows = admin.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert len(rows) > 5
    admin.execute_script("window.confirm = () => true;")
    approve = admin.find_element(By.XPATH, "//button[starts-with(normalize-space(), 'Approve and create')]")
    count = int(approve.text.split()[3])
    press(admin, approve.text.strip())
    assert "Match approved" in body_text(admin)
    assert count == len(rows)

    proposal = run_match(admin, demo_server.url(""), "Co-mentoring exchange")
    assert "pairs from" in proposal
    details = admin.find_element(By.CSS_SELECTOR, "tbody details")
    details.find_element(By.TAG_NAME, "summary").click()
    assert "can teach" in details.text
