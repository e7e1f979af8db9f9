"""Foundation walkthrough: two people in two browsers, from sign-up to a
mentoring relationship, through the real server."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC

from helpers import (
    UUID, body_text, button, choose, click_and_wait_for_load, field, fill, follow,
    follow_nav, h1, nav_links, open_page, path, press, sign_in, sign_up,
    submit_without_browser_validation, value_of, wait, wait_for_path,
)

ADA = {"name": "Ada Admin", "email": "ada@example.com",
       "password": "ada-correct-horse-battery"}
BEN = {"name": "Ben Mentee", "email": "ben@example.com",
       "password": "ben-correct-horse-battery"}
PROGRAMME = "Open mentoring"
DESCRIPTION = "Informal mentoring for anyone who wants to learn or share."
QUESTION = "What would you like to learn or share?"


def test_foundation_walkthrough(server, browsers):
    ada = browsers()
    ben = browsers()

    admin_signs_up_and_signs_in_again(ada, server.base_url)
    programme_path = admin_creates_programme(ada, server.base_url)
    enrol(ada, "mentor")
    link = admin_invites(ada, "ben@example.com")

    invitee_joins(ben, server.base_url, link)
    open_programme_from_nav(ben, programme_path)
    enrol(ben, "mentee")
    mentee_requests_mentor(ben, programme_path)

    relationship_path = mentor_accepts(ada)
    mentee_opens_relationship(ben, relationship_path)


def admin_signs_up_and_signs_in_again(driver, base_url):
    sign_up(driver, base_url, "Acme", ADA["name"], ADA["email"], ADA["password"])
    links = nav_links(driver)
    for expected in ("Dashboard", "Programmes", "Requests", "Profile", "People", "Invitations"):
        assert expected in links, f"admin nav lacks {expected!r}: {links}"

    press(driver, "Sign out")
    open_page(driver, base_url + "/")
    assert not driver.find_elements(By.XPATH, "//button[normalize-space()='Sign out']"), \
        "still signed in after signing out"
    assert "Dashboard" not in h1(driver), "dashboard still shown after signing out"

    open_page(driver, base_url + "/sign-in")
    fresh_form = body_text(driver)
    sign_in(driver, base_url, "  ADA@example.com ", "not-the-password")
    assert path(driver) != "/", "signed in with a wrong password"
    assert field(driver, "password") is not None, "sign-in form not shown again"
    assert value_of(driver, "email").strip().lower() == ADA["email"], \
        "typed email not kept after a failed sign-in"
    assert value_of(driver, "password") == "", "password echoed back into the form"
    assert body_text(driver) != fresh_form, "no error message after a wrong password"

    sign_in(driver, base_url, ADA["email"], ADA["password"])
    wait_for_path(driver, "/")
    assert "Dashboard" in h1(driver)


def admin_creates_programme(driver, base_url):
    open_page(driver, base_url + "/programmes/new")
    fresh_form = body_text(driver)

    # An empty name is refused by the server; everything typed is kept.
    fill(driver, "name", "")
    fill(driver, "description", DESCRIPTION)
    choose(driver, "type", "one_to_one")
    choose(driver, "mode", "informal")
    fill(driver, "default_capacity", "2")
    fill(driver, "questions", QUESTION)
    submit_without_browser_validation(driver, "Create programme")
    assert not re.fullmatch(f"/programmes/{UUID}", path(driver)), \
        "a programme without a name was created"
    assert value_of(driver, "description") == DESCRIPTION, "description not kept"
    assert value_of(driver, "type") == "one_to_one", "type not kept"
    assert value_of(driver, "mode") == "informal", "mode not kept"
    assert value_of(driver, "questions").strip() == QUESTION, "questions not kept"
    assert body_text(driver) != fresh_form, "no error message for the empty name"

    fill(driver, "name", PROGRAMME)
    press(driver, "Create programme")
    programme_path = wait_for_path(driver, f"/programmes/{UUID}")
    assert h1(driver) == PROGRAMME
    return programme_path


def enrol(driver, role):
    for answer in driver.find_elements(By.CSS_SELECTOR, "textarea[name^='answer_']"):
        answer.clear()
        answer.send_keys(f"I would like to {role} on server-side Swift.")
    enrol_button = wait(driver).until(EC.element_to_be_clickable(
        (By.CSS_SELECTOR, f"button[name='role'][value='{role}']")))
    assert enrol_button.text.strip() == f"Enrol as {role}"
    action = urlparse(enrol_button.get_property("form").get_property("action")).path
    assert action == path(driver) + "/enrolments", f"enrol form posts to {action!r}"
    click_and_wait_for_load(driver, enrol_button)
    assert f"You are enrolled as {role}" in body_text(driver), f"enrolment as {role} not confirmed"


def admin_invites(driver, email):
    follow_nav(driver, "Invitations")
    assert path(driver) == "/admin/invitations"
    fill(driver, "email", email)
    choose(driver, "role", "participant")
    press(driver, "Send invitation")
    code = wait(driver).until(EC.visibility_of_element_located((By.ID, "invitation-link")))
    assert code.tag_name == "code"
    link = code.text.strip()
    assert re.fullmatch(r"https?://\S+/invitations/[^/\s]+", link), f"bad invitation link {link!r}"
    return urlparse(link).path


def invitee_joins(driver, base_url, invitation_path):
    open_page(driver, base_url + invitation_path)
    fill(driver, "name", BEN["name"])
    fill(driver, "password", BEN["password"])
    press(driver, "Join")
    wait_for_path(driver, "/")
    assert "Dashboard" in h1(driver)
    links = nav_links(driver)
    assert "Programmes" in links, f"participant nav lacks Programmes: {links}"
    for admin_only in ("People", "Invitations"):
        assert admin_only not in links, f"participant sees admin link {admin_only!r}"


def open_programme_from_nav(driver, programme_path):
    follow_nav(driver, "Programmes")
    follow(driver, PROGRAMME)
    assert path(driver) == programme_path
    assert h1(driver) == PROGRAMME


def mentor_cards(driver):
    wait(driver).until(lambda d: d.execute_script("return document.readyState") == "complete")
    return {card.find_element(By.TAG_NAME, "h3").text.strip(): card
            for card in driver.find_elements(By.CSS_SELECTOR, "article.mentor-card")}


def mentee_requests_mentor(driver, programme_path):
    follow(driver, "Find a mentor")
    assert path(driver) == programme_path + "/mentors"
    cards = mentor_cards(driver)
    assert ADA["name"] in cards, f"Ada's card missing; cards: {list(cards)}"
    assert BEN["name"] not in cards, "a mentee is listed as a mentor"

    # A filter nobody matches hides Ada.
    for name in ("skill", "department", "language"):
        field(driver, name)
    fill(driver, "skill", "underwater basket weaving")
    press(driver, "Filter")
    assert path(driver) == programme_path + "/mentors"
    assert ADA["name"] not in mentor_cards(driver), "filter by an unknown skill still lists Ada"
    fill(driver, "skill", "")
    press(driver, "Filter")
    cards = mentor_cards(driver)
    assert ADA["name"] in cards, "Ada missing after clearing the filter"

    follow(driver, f"Request {ADA['name']}", cards[ADA["name"]])
    wait_for_path(driver, f"{programme_path}/mentors/{UUID}/request")

    fresh_form = body_text(driver)
    submit_without_browser_validation(driver, "Send request")
    assert path(driver) != "/requests", "an empty request was accepted"
    field(driver, "message")  # the form is shown again
    assert body_text(driver) != fresh_form, "no error message for an empty request"

    fill(driver, "message", "Hi Ada, I would love your help with server-side Swift.")
    fill(driver, "hopes", "Ship my first Vapor service.")
    press(driver, "Send request")
    wait_for_path(driver, "/requests")
    sent = section_after_heading(driver, "Sent")
    assert ADA["name"] in sent and "Pending" in sent, f"'Sent' section: {sent!r}"


def section_after_heading(driver, heading):
    """Text from the heading containing ``heading`` up to the next heading of
    the same or a higher level."""
    return driver.execute_script("""
        const want = arguments[0];
        const hs = [...document.querySelectorAll('h1,h2,h3,h4')];
        const start = hs.find(h => h.textContent.trim().startsWith(want));
        if (!start) return null;
        const level = +start.tagName[1];
        const stop = hs.slice(hs.indexOf(start) + 1).find(h => +h.tagName[1] <= level);
        const range = document.createRange();
        range.setStartAfter(start);
        if (stop) range.setEndBefore(stop); else range.setEndAfter(document.body.lastChild);
        const div = document.createElement('div');
        div.appendChild(range.cloneContents());
        document.body.appendChild(div);
        const text = div.innerText;
        div.remove();
        return text;
    """, heading) or ""


def mentor_accepts(driver):
    follow_nav(driver, "Requests")
    assert path(driver) == "/requests"
    received = section_after_heading(driver, "Received")
    assert BEN["name"] in received, f"'Received' section: {received!r}"
    request = next((r for r in driver.find_elements(By.CSS_SELECTOR, "article.request")
                    if BEN["name"] in r.text), None)
    assert request is not None, "no article.request from Ben"
    assert request.find_elements(By.CSS_SELECTOR, "[name='reason']"), "no decline reason field"
    button(driver, "Decline", request)
    press(driver, "Accept", request)

    relationship_path = wait_for_path(driver, f"/relationships/{UUID}")
    assert "Mentoring relationship" in h1(driver)
    text = body_text(driver)
    for expected in (ADA["name"], BEN["name"], PROGRAMME):
        assert expected in text, f"relationship page lacks {expected!r}"
    return relationship_path


def mentee_opens_relationship(driver, relationship_path):
    follow_nav(driver, "Dashboard")
    assert path(driver) == "/"
    links = [a for a in driver.find_elements(By.XPATH, "//a[starts-with(@href, '/relationships/')]")
             if a.is_displayed()]
    assert links, "no relationship link on the mentee's dashboard"
    link = next((a for a in links
                 if PROGRAMME in a.text or "Mentoring relationship" in a.text), None)
    assert link is not None, f"relationship links: {[a.text for a in links]}"
    click_and_wait_for_load(driver, link)
    assert path(driver) == relationship_path
    assert "Mentoring relationship" in h1(driver)
    assert ADA["name"] in body_text(driver)
