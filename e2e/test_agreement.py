"""Issue 14's mentoring agreement in two browsers: a new pair sees the agreement as the first
step of their workspace; Ben proposes it with the keyboard alone (the form is filled from the
programme's default template), Maria reads his hopes and confirms it, and both see it in force,
with its cadence now the pair's. The pair is built through the UI on the empty `server`, as in
test_workspace.py, so nothing here depends on the demo's content."""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from helpers import UUID, assert_labelled, body_text, h1, open_page, wait, wait_for_path
from test_accessibility import assert_accessible
from test_workspace import make_pair

BEN_GIVES = "A fresh view on how new joiners learn"
BEN_GETS = "Confidence to run my first workshop"


def active(driver):
    return driver.switch_to.active_element


def tab_to(driver, predicate, limit: int = 40):
    """Press Tab until the focused element satisfies ``predicate``; fail after ``limit`` presses."""
    for _ in range(limit):
        active(driver).send_keys(Keys.TAB)
        element = active(driver)
        if predicate(element):
            return element
    raise AssertionError(f"Tab never reached the wanted element on {driver.current_url}")


def focus(driver, element):
    driver.execute_script("arguments[0].focus();", element)
    assert active(driver) == element, "the element cannot take keyboard focus"
    return element


def press_enter_and_wait(driver, element, path_pattern: str) -> None:
    driver.execute_script("window.__tandemOldPage = true;")
    element.send_keys(Keys.ENTER)
    wait(driver).until(lambda d: d.execute_script(
        "return !window.__tandemOldPage && document.readyState === 'complete';"))
    wait_for_path(driver, path_pattern)


def test_two_people_agree_on_an_agreement(server, browsers):
    maria, ben = browsers(), browsers()
    base = server.base_url
    relationship = make_pair(maria, ben, base)

    # The workspace shows the agreement as the first step, above everything else.
    open_page(ben, base + relationship)
    step = ben.find_element(By.CSS_SELECTOR, "section#agreement.agreement-step")
    assert "First step" in step.text
    link = step.find_element(By.LINK_TEXT, "Propose your agreement")
    focus(ben, link)
    press_enter_and_wait(ben, link, rf"/relationships/{UUID}/agreement")
    assert h1(ben) == "Mentoring agreement"
    assert_accessible(ben, "agreement page before a proposal")

    # Ben proposes it with the keyboard alone: every field is labelled and reached by Tab.
    cadence = ben.find_element(By.NAME, "cadence")
    assert cadence.get_property("value") == "fortnightly", "the form starts from the default template"
    for element in ben.find_elements(By.CSS_SELECTOR, "form[action$='/agreement'] select, form[action$='/agreement'] textarea, "
                                                      "form[action$='/agreement'] input:not([type=hidden])"):
        assert_labelled(ben, element)
    focus(ben, cadence)
    cadence.send_keys("Weekly")
    assert cadence.get_property("value") == "weekly"
    gives = tab_to(ben, lambda e: (e.get_attribute("name") or "").startswith("gives[")
                   and "Ben Mentee" in e.find_element(By.XPATH, "./ancestor::fieldset").text)
    gives.send_keys(BEN_GIVES)
    gets = tab_to(ben, lambda e: (e.get_attribute("name") or "").startswith("gets["))
    gets.send_keys(BEN_GETS)
    submit = tab_to(ben, lambda e: e.get_attribute("id") == "propose-agreement")
    press_enter_and_wait(ben, submit, rf"/relationships/{UUID}/agreement")
    text = body_text(ben)
    assert "Agreement proposed." in text
    assert "Proposed, awaiting confirmation" in text
    assert "Confirm version" not in text, "the proposer confirmed by proposing"

    # Maria sees it as her first step, reads Ben's hopes and confirms with the keyboard.
    open_page(maria, base + relationship)
    step = maria.find_element(By.CSS_SELECTOR, "section#agreement.agreement-step")
    follow_link = step.find_element(By.LINK_TEXT, "Read and confirm")
    focus(maria, follow_link)
    press_enter_and_wait(maria, follow_link, rf"/relationships/{UUID}/agreement")
    text = body_text(maria)
    assert BEN_GIVES in text and BEN_GETS in text
    assert "Weekly" in text
    confirm = maria.find_element(By.ID, "confirm-agreement")
    focus(maria, confirm)
    press_enter_and_wait(maria, confirm, rf"/relationships/{UUID}/agreement")
    assert "The agreement is in force" in body_text(maria)
    assert_accessible(maria, "agreement page in force")

    # Both see it in force; the first step is gone and the cadence is the agreement's.
    for driver in (maria, ben):
        open_page(driver, base + relationship + "/agreement")
        badge = driver.find_element(By.CSS_SELECTOR, ".badge.agreement-in_force")
        assert badge.text == "In force"
        open_page(driver, base + relationship)
        assert not driver.find_elements(By.CSS_SELECTOR, "section.agreement-step")
        rhythm = driver.find_element(By.ID, "rhythm").text
        assert "Cadence: Weekly" in rhythm
        assert "Agreement in force: weekly check-ins." in rhythm
