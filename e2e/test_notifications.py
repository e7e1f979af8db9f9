"""Issue 13 in the browser: the bell, the notifications page, notification settings, the outbox,
and email through a real local SMTP server (aiosmtpd with STARTTLS and AUTH, trusted through a
CA made for this run), against ``tandem serve --demo`` with its background worker.

The password-reset test changes the demo mentee's password, so it comes last in this file and
the other tests sign in as other people.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path
from urllib.parse import urlparse

import pytest
import requests
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import _serve
from helpers import (
    WAIT, body_text, follow, follow_nav, h1, open_page, path, press, sign_in, wait,
    wait_for_path,
)
from mail_sink import MailSink

PASSWORD = "tandem-demo-2026"
NEW_PASSWORD = "a-brand-new-passphrase-2027"


@pytest.fixture(scope="module")
def sink():
    folder = Path(tempfile.mkdtemp(prefix="tandem-e2e-smtp-"))
    # No skip: if the sink cannot start, the test fails and says why.
    mail = MailSink.start(folder)
    try:
        yield mail
    finally:
        mail.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="module")
def mail_server(sink):
    """The demo, sending email through the local sink."""
    yield from _serve(["--demo"], sink.server_env())


def unread(driver) -> int:
    label = driver.find_element(By.CSS_SELECTOR, "a.bell").get_attribute("aria-label")
    if label == "Notifications, none unread":
        return 0
    found = re.fullmatch(r"Notifications, (\d+) unread", label or "")
    assert found, f"the bell's accessible name is {label!r}"
    return int(found.group(1))


def bell_badge(driver) -> str:
    badges = driver.find_elements(By.CSS_SELECTOR, "a.bell .bell-count")
    return badges[0].text.strip() if badges else ""


def to(address: str):
    return lambda mail: address in mail.rcpt_tos


def test_mentor_hears_of_a_request_in_the_bell_and_by_email(mail_server, sink, browsers):
    maria, ben = browsers(), browsers()
    sign_in(maria, mail_server.url(""), "mentor@example.com", PASSWORD)
    wait_for_path(maria, "/")
    before = unread(maria)

    # A mentee asks Maria through the programme's mentor list.
    sign_in(ben, mail_server.url(""), "mentee@example.com", PASSWORD)
    follow_nav(ben, "Programmes")
    follow(ben, "Open mentoring")
    follow(ben, "Find a mentor")
    ben.find_element(By.NAME, "skill").send_keys("System design")
    press(ben, "Filter")
    follow(ben, "Request Maria Mentor")
    ben.find_element(By.NAME, "message").send_keys("Hello Maria, could you mentor me on system design?")
    ben.find_element(By.NAME, "hopes").send_keys("How to design services that last.")
    press(ben, "Send request")
    wait_for_path(ben, "/requests")

    # In the app: one more unread, and the notification on top of the list.
    open_page(maria, mail_server.url("/"))
    assert unread(maria) == before + 1
    assert bell_badge(maria) == str(before + 1)
    maria.find_element(By.CSS_SELECTOR, "a.bell").click()
    wait_for_path(maria, "/notifications")
    newest = maria.find_element(By.CSS_SELECTOR, "ul.notifications li")
    assert "Ben Mentee asked you to be their mentor in Open mentoring" in newest.text
    assert "unread" in newest.get_attribute("class")

    # By email: STARTTLS and AUTH, with RFC 8058 one-click unsubscribe.
    mail = sink.wait_for("the request email to mentor@example.com",
                         lambda m: to("mentor@example.com")(m) and "asked you to be their mentor" in m.subject)
    assert mail.tls and mail.authenticated
    assert mail.mail_from == "noreply@example.org"
    assert "Ben Mentee" in mail.subject and "Open mentoring" in mail.subject
    assert "Hello Maria, could you mentor me on system design?" in mail.text()
    assert mail_server.url("/requests") in mail.text(), "no link to the place to act"
    assert mail.message.get_body(preferencelist=("html",)) is not None, "no HTML alternative"
    unsubscribe = str(mail.message["List-Unsubscribe"] or "")
    assert re.fullmatch(r"<http://127\.0\.0\.1:\d+/unsubscribe/\S+>", unsubscribe), unsubscribe
    assert str(mail.message["List-Unsubscribe-Post"]) == "List-Unsubscribe=One-Click"
    assert len([m for m in sink.messages() if to("mentor@example.com")(m)
                and "asked you to be their mentor" in m.subject]) == 1

    # The mail client's one-click POST, without a cookie, switches that kind to in-app only.
    answer = requests.post(unsubscribe.strip("<>"), data="List-Unsubscribe=One-Click", timeout=WAIT,
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert answer.status_code == 200, answer.text[:500]
    open_page(maria, mail_server.url("/account/notifications"))
    chosen = maria.find_element(By.CSS_SELECTOR, "input[name='request_received']:checked")
    assert chosen.get_attribute("value") == "in_app"

    # "Mark all read" empties the bell.
    open_page(maria, mail_server.url("/notifications"))
    press(maria, "Mark all read")
    assert "All notifications marked read." in body_text(maria)
    assert unread(maria) == 0 and bell_badge(maria) == ""
    assert not maria.find_elements(By.CSS_SELECTOR, "ul.notifications li.unread")


def test_outbox_test_email_reports_the_servers_answer(mail_server, sink, browsers):
    admin = browsers()
    sign_in(admin, mail_server.url(""), "admin@example.com", PASSWORD)
    wait_for_path(admin, "/")
    open_page(admin, mail_server.url("/admin/outbox"))
    assert h1(admin) == "Outbox"
    press(admin, "Send a test email to me")
    status = admin.find_element(By.CSS_SELECTOR, "main [role='status']")
    assert "form-error" not in (status.get_attribute("class") or "")
    assert status.text.strip() == ("The mail server accepted the test email to admin@example.com. "
                                   "It answered: 250 2.0.0 Message accepted by the sink")
    mail = sink.wait_for("the test email", lambda m: to("admin@example.com")(m)
                         and m.subject == "Tandem test email")
    assert mail.tls and mail.authenticated


def test_bell_and_notification_settings_by_keyboard(mail_server, browsers):
    admin = browsers()
    sign_in(admin, mail_server.url(""), "admin@example.com", PASSWORD)
    wait_for_path(admin, "/")

    # Tab from the top of the page reaches the bell, which has a name, and Enter opens it.
    open_page(admin, mail_server.url("/"))
    admin.execute_script("document.activeElement && document.activeElement.blur();")
    reached = None
    for _ in range(40):
        ActionChains(admin).send_keys(Keys.TAB).perform()
        if admin.execute_script("return document.activeElement.matches('a.bell');"):
            reached = admin.switch_to.active_element
            break
    assert reached is not None, "Tab never reached the bell"
    assert re.fullmatch(r"Notifications, (none|\d+\+?) unread", reached.get_attribute("aria-label") or "")
    admin.execute_script("window.__tandemOldPage = true;")
    ActionChains(admin).send_keys(Keys.ENTER).perform()
    wait(admin).until(lambda d: not d.execute_script("return window.__tandemOldPage === true")
                      and d.execute_script("return document.readyState") == "complete")
    assert path(admin) == "/notifications" and h1(admin) == "Notifications"
    assert admin.find_element(By.CSS_SELECTOR, "a.bell").get_attribute("aria-current") == "page"

    # A choice, picked with the keyboard, is saved.
    open_page(admin, mail_server.url("/account/notifications"))
    assert h1(admin) == "Notification settings"
    digest = admin.find_element(By.CSS_SELECTOR, "input[name='message'][value='digest']")
    assert digest.accessible_name.strip() == "Daily email digest"
    admin.execute_script("arguments[0].focus();", digest)
    ActionChains(admin).send_keys(Keys.SPACE).perform()
    assert digest.is_selected()
    press(admin, "Save settings")
    assert "Notification settings saved." in body_text(admin)
    assert checked(admin, "message") == "digest"

    # A forged value re-renders with a field message, keeps the other choice typed, saves nothing.
    admin.find_element(By.CSS_SELECTOR, "input[name='announcement'][value='in_app']").click()
    admin.execute_script(
        "const r = document.querySelector(\"input[name='message']:checked\"); r.value = 'carrier-pigeon';")
    press(admin, "Save settings")
    assert path(admin) == "/account/notifications"
    assert admin.find_element(By.CSS_SELECTOR, "[role='alert']").text.startswith("Some choices need attention")
    error = admin.find_element(By.ID, "message-error")
    assert error.text.strip() == "Choose one of the options offered."
    fieldset = error.find_element(By.XPATH, "ancestor::fieldset")
    assert fieldset.get_attribute("aria-describedby") == "message-error"
    assert checked(admin, "announcement") == "in_app", "the valid choice typed alongside was lost"
    open_page(admin, mail_server.url("/account/notifications"))
    assert checked(admin, "message") == "digest", "a refused form changed the saved choice"
    assert checked(admin, "announcement") == "email", "a refused form saved part of itself"


def checked(driver, kind: str) -> str:
    radios = driver.find_elements(By.CSS_SELECTOR, f"input[name='{kind}']:checked")
    return radios[0].get_attribute("value") if radios else ""


def test_admin_announces_to_everyone_enrolled(mail_server, sink, browsers):
    admin, ben = browsers(), browsers()
    sign_in(ben, mail_server.url(""), "mentee@example.com", PASSWORD)
    wait_for_path(ben, "/")
    before = unread(ben)

    sign_in(admin, mail_server.url(""), "admin@example.com", PASSWORD)
    wait_for_path(admin, "/")
    follow_nav(admin, "Programmes")
    follow(admin, "Open mentoring")
    follow(admin, "Announcements")
    assert h1(admin) == "Announcements"
    admin.find_element(By.NAME, "subject").send_keys("Spring meet-up in {{programme}}")
    admin.find_element(By.NAME, "body").send_keys("Hi {{first_name}}, join us on Friday at 5 & bring a friend.")
    audience = admin.find_element(By.CSS_SELECTOR, "input[name='audience'][value='everyone']")
    assert audience.accessible_name.strip() == "Everyone enrolled"
    audience.click()
    for channel in ("in_app", "email"):
        box = admin.find_element(By.CSS_SELECTOR, f"input[name='channels[]'][value='{channel}']")
        if not box.is_selected():
            box.click()
    press(admin, "Send announcement")
    assert "Announcement saved." in body_text(admin)

    # The worker sends it: Ben's bell counts it, and the notification reads as written.
    subject = "Spring meet-up in Open mentoring"

    def counted(_):
        open_page(ben, mail_server.url("/"))
        return unread(ben) == before + 1
    wait(ben, 20).until(counted, f"Ben's bell never counted the announcement (still {unread(ben)})")
    open_page(ben, mail_server.url("/notifications"))
    newest = ben.find_element(By.CSS_SELECTOR, "ul.notifications li")
    assert subject in newest.text and "Hi Ben, join us on Friday at 5 & bring a friend." in newest.text

    mail = sink.wait_for("the announcement to mentee@example.com",
                         lambda m: to("mentee@example.com")(m) and m.subject == subject)
    assert "join us on Friday at 5 & bring a friend." in mail.text()
    assert mail.message["List-Unsubscribe"] is not None
    html = mail.message.get_body(preferencelist=("html",)).get_content()
    assert "5 &amp; bring a friend" in html, "the HTML part does not escape the body"
    assert len([m for m in sink.messages() if to("mentee@example.com")(m) and m.subject == subject]) == 1
    # Maria mentors in the programme: "everyone enrolled" reaches her too.
    sink.wait_for("the announcement to mentor@example.com",
                  lambda m: to("mentor@example.com")(m) and m.subject == subject)

    # The admin's list shows the subject as written, placeholders and all, and how many it reached.
    open_page(admin, admin.current_url.split("?")[0])
    row = admin.find_element(By.XPATH, "//tr[td[1][normalize-space()='Spring meet-up in {{programme}}']]")
    assert "Everyone enrolled" in row.text and re.search(r"Sent to \d+ people", row.text), row.text


def test_forgotten_password_is_recovered_by_email(mail_server, sink, browsers):
    ben, admin = browsers(), browsers()
    open_page(ben, mail_server.url("/sign-in"))
    open_page(ben, mail_server.url("/forgot-password"))
    ben.find_element(By.NAME, "email").send_keys("mentee@example.com")
    press(ben, "Send reset link")
    assert "we have sent it a link" in body_text(ben)

    mail = sink.wait_for("the password-reset email to mentee@example.com",
                         lambda m: to("mentee@example.com")(m) and m.subject == "Reset your Tandem password")
    assert mail.tls and mail.authenticated
    assert mail.message["List-Unsubscribe"] is None, "a security email offers unsubscribing"
    links = re.findall(r"http://127\.0\.0\.1:\d+/reset-password/[^\s\"<>]+", mail.text())
    assert len(links) == 1, mail.text()
    link = links[0]
    token = urlparse(link).path.rsplit("/", 1)[1]

    open_page(ben, link)
    assert h1(ben) == "Choose a new password"
    ben.find_element(By.NAME, "password").send_keys(NEW_PASSWORD)
    press(ben, "Set password")
    wait_for_path(ben, "/sign-in")
    sign_in(ben, mail_server.url(""), "mentee@example.com", PASSWORD)
    assert path(ben) != "/", "the old password still works"
    sign_in(ben, mail_server.url(""), "mentee@example.com", NEW_PASSWORD)
    wait_for_path(ben, "/")
    assert "Dashboard" in h1(ben)

    # The link works once.
    open_page(ben, link)
    assert h1(ben) != "Choose a new password"

    # The admin sees the email in the outbox, but not its link.
    sign_in(admin, mail_server.url(""), "admin@example.com", PASSWORD)
    wait_for_path(admin, "/")
    open_page(admin, mail_server.url("/admin/outbox"))
    cards = [c for c in admin.find_elements(By.CSS_SELECTOR, "article.outbox-email")
             if c.find_element(By.TAG_NAME, "h2").text == "Reset your Tandem password"
             and "mentee@example.com" in c.text]
    assert len(cards) == 1, "the reset email is not listed once in the outbox"
    card = cards[0]
    summary = card.find_element(By.TAG_NAME, "summary")
    assert summary.text.strip() == "Read the email (links hidden)"
    summary.click()
    shown = card.find_element(By.CSS_SELECTOR, "pre.email-body").text
    assert "[link hidden: only the recipient sees it]" in shown
    assert "Someone asked to reset the password" in shown
    assert token not in admin.page_source and "/reset-password/" not in admin.page_source
    assert "Server: 250" in card.text, "the outbox does not show the sink's answer"
