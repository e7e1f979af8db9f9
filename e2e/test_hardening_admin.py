"""Issue 11's admin-facing pages in the browser, on the demo:

* a match approved after someone in it was deactivated creates the pairs that still hold and
  lists the one left out, with the reason;
* a participant with 5 open concerns is refused a 6th (what they typed is kept), the admin sees
  the open concerns first, and once one is resolved the participant can raise another;
* survey results explain that figures move in steps of 5 people, and a survey with fewer than
  5 people shows no figures and says why.

axe runs over each of these pages.
"""

from __future__ import annotations

from selenium.webdriver.common.by import By

from helpers import body_text, field, fill, follow, follow_nav, h1, open_page, press, sign_in, value_of, wait
from test_accessibility import assert_accessible

PASSWORD = "tandem-demo-2026"


def main_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "main").text


def test_an_approval_after_a_change_lists_what_was_left_out(demo_server, browsers):
    admin = browsers()
    sign_in(admin, demo_server.url(""), "admin@example.com", PASSWORD)
    follow_nav(admin, "Programmes")
    follow(admin, "Graduate mentoring cohort")
    follow(admin, "Matching")
    press(admin, "Run the match")
    wait(admin, 60).until(lambda d: "Solving" not in main_text(d))
    run = admin.current_url
    rows = admin.find_elements(By.CSS_SELECTOR, "tbody tr")
    proposed = len(rows)
    mentee = rows[0].find_elements(By.TAG_NAME, "td")[0].text
    assert proposed > 2, "the demo cohort should give several pairs"

    # Someone in the proposal leaves the organisation before the approval.
    follow_nav(admin, "People")
    follow(admin, mentee)
    active = field(admin, "is_active")
    assert active.is_selected()
    active.click()
    press(admin, "Save changes")

    open_page(admin, run)
    admin.execute_script("window.confirm = () => true;")
    press(admin, f"Approve and create {proposed} relationships")
    assert h1(admin) == "Approved match"
    left_out = admin.find_element(By.CSS_SELECTOR, "[aria-labelledby='skipped-heading']").text
    assert mentee in left_out and "no longer active or enrolled" in left_out
    assert f"{proposed - 1} relationships were created" in main_text(admin)
    created = [r.find_elements(By.TAG_NAME, "td")[0].text for r in admin.find_elements(By.CSS_SELECTOR, "tbody tr")]
    assert len(created) == proposed - 1 and mentee not in created
    assert_accessible(admin, "approved match with a pair left out")


def raise_concern(driver, workspace: str, text: str) -> None:
    open_page(driver, workspace)
    driver.find_element(By.CSS_SELECTOR, "details#raise-concern summary").click()
    fill(driver, "concern", text)
    press(driver, "Send to the admins")


def test_a_sixth_open_concern_waits_until_one_is_resolved(demo_server, browsers):
    ben, admin = browsers(), browsers()
    sign_in(ben, demo_server.url(""), "mentee@example.com", PASSWORD)
    workspace = next(a.get_attribute("href") for a in ben.find_elements(By.CSS_SELECTOR, "a[href^='/relationships/']")
                     if "Reverse mentoring" in a.text)
    for number in range(1, 6):
        raise_concern(ben, workspace, f"Concern {number}: our meetings keep moving.")
        assert "Your concern was sent" in body_text(ben)

    raise_concern(ben, workspace, "Concern 6: still moving.")
    assert "You already have 5 open concerns" in body_text(ben)
    assert value_of(ben, "concern") == "Concern 6: still moving."
    assert field(ben, "concern").get_attribute("aria-invalid") == "true"
    assert_accessible(ben, "workspace with the concern refused")

    sign_in(admin, demo_server.url(""), "admin@example.com", PASSWORD)
    follow_nav(admin, "Concerns")
    assert h1(admin) == "Concerns"
    open_cards = admin.find_elements(By.CSS_SELECTOR, "main article.card")
    assert [c.find_element(By.CSS_SELECTOR, "p:not(.meta)").text for c in open_cards[:5]] == [
        f"Concern {n}: our meetings keep moving." for n in range(5, 0, -1)], "open concerns, newest first"
    assert_accessible(admin, "concerns list")
    press(admin, "Mark resolved", open_cards[0])
    assert "Concern marked as resolved" in body_text(admin)
    assert "Resolved" in main_text(admin)

    raise_concern(ben, workspace, "Concern 6: still moving.")
    assert "Your concern was sent" in body_text(ben)


def test_survey_results_explain_their_steps_and_their_silence(demo_server, browsers):
    admin = browsers()
    sign_in(admin, demo_server.url(""), "admin@example.com", PASSWORD)
    follow_nav(admin, "Programmes")
    follow(admin, "Reverse mentoring: digital skills")
    follow(admin, "Surveys")
    follow(admin, "Mid-point check")
    note = admin.find_element(By.ID, "release-note").text
    assert "Results update each time 5 more people answer" in note
    assert "The figures below cover the first 10 people to answer; they next update when 15 have answered." in note
    assert_accessible(admin, "survey results released in steps")

    follow_nav(admin, "Programmes")
    follow(admin, "New team leads circle")
    follow(admin, "Surveys")
    follow(admin, "New survey")
    fill(admin, "title", "Circle pulse")
    fill(admin, "questions[0][prompt]", "How useful is the circle?")
    press(admin, "Create survey")
    assert h1(admin) == "Circle pulse"
    text = main_text(admin)
    assert "Fewer than 5 people have answered: no figures are shown" in text
    assert "No figures are shown until 5 people have answered." in text
    assert "first 0 people" not in text
    assert_accessible(admin, "survey results with fewer than 5 people")
