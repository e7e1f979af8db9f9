"""Issue 11's races and integrity, as people meet them in the browser, on the demo:

* Ben leaves Maria's "New team leads circle": it is gone from his dashboard and its address
  answers "We could not find that", while Maria still has the circle, without him, and may close it.
* A check-in form sent twice (a double-click, and a submission replayed from the same form)
  logs one check-in; the second send says it was already logged.
* A check-in dated in the future, or before the relationship started, is refused field by
  field and keeps everything typed.

axe runs over the pages these flows show (leave, close the circle, the check-in form with its
errors). The demo server is shared by the module, so each test uses its own data: the circle,
and check-ins on days no other test logs.
"""

from __future__ import annotations

from datetime import date, timedelta

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from helpers import (
    body_text, button, field, fill, follow, h1, open_page, press, set_value, sign_in,
    submit_without_browser_validation, value_of, wait,
)
from test_accessibility import assert_accessible

PASSWORD = "tandem-demo-2026"
CIRCLE = "New team leads circle"


def relationship_link(driver, text: str) -> str:
    """The address of the dashboard's relationship whose link mentions ``text``."""
    links = [a for a in driver.find_elements(By.CSS_SELECTOR, "a[href^='/relationships/']") if text in a.text]
    assert links, f"no relationship mentioning {text!r} on the dashboard:\n{body_text(driver)[:1500]}"
    return links[0].get_attribute("href")


def relationship_links(driver, text: str) -> list[str]:
    return [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a[href^='/relationships/']")
            if text in a.text]


def members(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, "ul.members").text


def test_a_mentee_leaves_the_circle_and_the_mentor_keeps_it(demo_server, browsers):
    ben, maria = browsers(), browsers()
    base = demo_server.url("")
    sign_in(ben, base, "mentee@example.com", PASSWORD)
    circle = relationship_link(ben, CIRCLE)
    open_page(ben, circle)
    assert h1(ben) == "Mentoring circle"
    assert "Ben Mentee" in members(ben) and "Maria Mentor" in members(ben)
    assert not ben.find_elements(By.XPATH, "//a[contains(., 'Close the whole circle')]"), "a mentee is offered to close the circle"

    follow(ben, "Leave this circle…")
    assert h1(ben) == "Leave this circle"
    assert_accessible(ben, "leave-circle page")
    # Not ticking the box is refused with a message on the box, and nothing happens.
    press(ben, "Leave the circle")
    assert "Tick the box to confirm" in body_text(ben)
    assert field(ben, "confirm").get_attribute("aria-invalid") == "true"
    field(ben, "confirm").click()
    press(ben, "Leave the circle")
    assert "You left the circle" in body_text(ben)
    assert not relationship_links(ben, CIRCLE), "the circle is still on the dashboard of the mentee who left"
    open_page(ben, circle)
    assert h1(ben) == "We could not find that", "the circle's page still opens for the mentee who left"

    sign_in(maria, base, "mentor@example.com", PASSWORD)
    assert relationship_links(maria, CIRCLE) == [circle], "the mentor lost the circle"
    open_page(maria, circle)
    assert "Maria Mentor" in members(maria)
    assert "Ben Mentee" not in members(maria), "the mentee who left is still listed as a member"
    follow(maria, "Close the whole circle…")
    assert h1(maria) == "Close the whole circle"
    assert "ends the circle for everyone in it" in body_text(maria)
    assert_accessible(maria, "close-circle page")


def check_in_form(driver, base: str) -> str:
    """Opens Ben's reverse-mentoring pair's check-in form; returns the workspace address."""
    sign_in(driver, base, "mentee@example.com", PASSWORD)
    workspace = relationship_link(driver, "Reverse mentoring")
    open_page(driver, workspace + "/check-ins/new")
    assert h1(driver) == "Log a check-in"
    return workspace


def fill_check_in(driver, day: date, notes: str) -> None:
    set_value(driver, "date", day.isoformat())
    set_value(driver, "time", "08:15")
    fill(driver, "duration_minutes", "40")
    fill(driver, "shared_notes", notes)


def check_ins_with(driver, workspace: str, notes: str) -> int:
    open_page(driver, workspace)
    return sum(notes in article.text for article in driver.find_elements(By.CSS_SELECTOR, "#check-ins article.checkin"))


def double_click_and_wait_for_load(driver, element) -> None:
    """Double-click a submit button, then wait for whichever page the server answered with."""
    driver.execute_script("window.__tandemOldPage = true;")
    ActionChains(driver).double_click(element).perform()

    def new_page_loaded(d):
        try:
            return d.execute_script("return !window.__tandemOldPage && document.readyState === 'complete';")
        except WebDriverException:  # the page is being replaced (see helpers.click_and_wait_for_load)
            return False

    wait(driver).until(new_page_loaded)


REPLAY_FORM = """
const form = document.querySelector("form[action$='/check-ins']");
const done = arguments[arguments.length - 1];
fetch(form.action, {method: "POST", credentials: "same-origin", body: new URLSearchParams(new FormData(form))})
  .then(response => done(response.url)).catch(error => done("failed: " + error));
"""


def test_a_double_submitted_check_in_is_logged_once(demo_server, browsers):
    ben = browsers()
    base = demo_server.url("")
    today = date.today()

    # A person double-clicks "Log check-in": however many of the two clicks reach the server,
    # one check-in is logged.
    workspace = check_in_form(ben, base)
    fill_check_in(ben, today - timedelta(days=2), "Double-clicked check-in")
    double_click_and_wait_for_load(ben, button(ben, "Log check-in"))
    assert check_ins_with(ben, workspace, "Double-clicked check-in") == 1

    # The same form sent twice for sure: once by script (the first click), then by the button.
    open_page(ben, workspace + "/check-ins/new")
    fill_check_in(ben, today - timedelta(days=4), "Twice-sent check-in")
    first = ben.execute_async_script(REPLAY_FORM)
    assert "notice=check-in-logged" in first, f"the first send did not log the check-in: {first}"
    press(ben, "Log check-in")
    assert "This check-in was already logged" in body_text(ben)
    assert check_ins_with(ben, workspace, "Twice-sent check-in") == 1


def test_check_in_dates_are_bounded_and_the_form_keeps_what_was_typed(demo_server, browsers):
    ben = browsers()
    workspace = check_in_form(ben, demo_server.url(""))
    today = date.today()

    fill_check_in(ben, today + timedelta(days=3), "Notes for a meeting still to come")
    fill(ben, "private_notes", "My private thought")
    fill(ben, "actions[0][title]", "Book the room")
    submit_without_browser_validation(ben, "Log check-in")
    date_field = field(ben, "date")
    assert "must have already happened" in body_text(ben)
    assert date_field.get_attribute("aria-invalid") == "true"
    assert value_of(ben, "date") == (today + timedelta(days=3)).isoformat()
    assert value_of(ben, "shared_notes") == "Notes for a meeting still to come"
    assert value_of(ben, "private_notes") == "My private thought"
    assert value_of(ben, "actions[0][title]") == "Book the room"
    assert_accessible(ben, "check-in form with a date error")

    # The demo pair started 95 days ago; a day long before that is refused, in words.
    set_value(ben, "date", (today - timedelta(days=200)).isoformat())
    submit_without_browser_validation(ben, "Log check-in")
    text = body_text(ben)
    assert "cannot be dated before the relationship started on" in text
    assert "Pick that day or a later one" in text
    assert value_of(ben, "shared_notes") == "Notes for a meeting still to come"
    assert check_ins_with(ben, workspace, "Notes for a meeting still to come") == 0
