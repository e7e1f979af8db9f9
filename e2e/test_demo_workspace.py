"""Issue 6's "Done when", on the demo: Ben (who reverse-mentors Maria) sees the SMART hints on
Maria's vague goal, subscribes to his calendar feed, answers the waiting mid-point survey, and
the admin sees one more person counted (the figures themselves move only in steps of 5 people)."""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By

from helpers import body_text, fetch, follow, follow_nav, h1, open_page, press, sign_in

PASSWORD = "tandem-demo-2026"


def responses(admin, base: str) -> int:
    follow_nav(admin, "Programmes")
    follow(admin, "Reverse mentoring: digital skills")
    follow(admin, "Surveys")
    follow(admin, "Mid-point check")
    return int(re.search(r"(\d+) people answered", body_text(admin)).group(1))


def test_demo_pair_works_in_their_workspace_and_the_admin_sees_the_aggregate(demo_server, browsers):
    ben, admin = browsers(), browsers()
    sign_in(admin, demo_server.url(""), "admin@example.com", PASSWORD)
    before = responses(admin, demo_server.url(""))
    assert before >= 10, "the other demo pairs should already have answered"
    assert "Average" in body_text(admin), "with 5 or more answers per group the figures show"

    sign_in(ben, demo_server.url(""), "mentee@example.com", PASSWORD)
    workspace = next(a for a in ben.find_elements(By.CSS_SELECTOR, "a[href^='/relationships/']")
                     if "Reverse" in a.text).get_attribute("href")
    open_page(ben, workspace)
    hints = next(d for d in ben.find_elements(By.CSS_SELECTOR, ".goal-group")
                 if "Maria Mentor" in d.find_element(By.TAG_NAME, "h3").text)
    hints.find_element(By.CSS_SELECTOR, ".smart-hints summary").click()
    assert "Add a target date." in hints.text

    follow(ben, "your calendar feed")
    press(ben, "Create my feed address")
    url = ben.find_element(By.ID, "feed-url").get_attribute("value")
    status, headers, body = fetch(url)
    assert status == 200 and headers["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VEVENT" in body and b"Mentoring with Maria Mentor" in body

    open_page(ben, workspace)
    follow(ben, "Answer the survey")
    assert "Mid-point check" in h1(ben)
    for scale in ben.find_elements(By.CSS_SELECTOR, "fieldset.scale"):
        scale.find_elements(By.CSS_SELECTOR, "input[type=radio]")[-1].click()
    ben.find_element(By.NAME, ben.find_element(By.TAG_NAME, "textarea").get_attribute("name")).send_keys("How to film on a phone")
    press(ben, "Send answers")
    assert "your answers are saved" in body_text(ben)
    assert "Answer the survey" not in body_text(ben)

    # The count moves only in steps of five people, so one new answer cannot be singled out.
    after = responses(admin, demo_server.url(""))
    assert before % 5 == 0 and after % 5 == 0 and after in (before, before + 5), (before, after)
