"""Issue 11's sign-in hardening in the browser, on the demo:

* a hostile ``next`` on the sign-in page (another host, a scheme, a backslash, a tab, a CR/LF)
  lands on a page of this site after signing in, while a plain local path is kept;
* too many failed sign-ins answer 429 with a message that says what to do, on the styled page;
* a page that does not exist answers a styled 404 that says so.

axe runs over the throttled sign-in page and the 404 page.
"""

from __future__ import annotations

from urllib.parse import quote, urlparse

from helpers import body_text, fetch, fill, h1, open_page, path, press, wait_for_path
from test_accessibility import assert_accessible

PASSWORD = "tandem-demo-2026"

HOSTILE_NEXT = [
    "//evil.example/",
    "/\t/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/%2F/evil.example",
    "/requests\r\nSet-Cookie: x=1",
    " /programmes",
]


def sign_in_with_next(driver, base: str, next_value: str) -> None:
    driver.delete_all_cookies()
    open_page(driver, f"{base}/sign-in?next={quote(next_value, safe='')}")
    action = driver.find_element("css selector", "form[action^='/sign-in'], form[action*='/sign-in']")
    assert "evil.example" not in (action.get_attribute("action") or "").split("?")[0]
    fill(driver, "email", "mentee@example.com")
    fill(driver, "password", PASSWORD)
    press(driver, "Sign in")


def test_a_hostile_next_lands_on_this_site(demo_server, browsers):
    driver = browsers()
    site = urlparse(demo_server.base_url)
    for next_value in HOSTILE_NEXT:
        sign_in_with_next(driver, demo_server.url(""), next_value)
        here = urlparse(driver.current_url)
        assert (here.scheme, here.netloc) == (site.scheme, site.netloc), (
            f"next={next_value!r} took the browser to {driver.current_url}")
        assert "evil.example" not in driver.current_url
        assert h1(driver), f"next={next_value!r} landed on a page without a heading: {driver.current_url}"
        assert "Ben Mentee" in body_text(driver), f"not signed in after next={next_value!r}"


def test_a_local_next_is_kept(demo_server, browsers):
    driver = browsers()
    sign_in_with_next(driver, demo_server.url(""), "/programmes")
    wait_for_path(driver, "/programmes")
    assert h1(driver) == "Programmes"


def test_too_many_failed_sign_ins_say_what_to_do(demo_server, browsers):
    driver = browsers()
    # An address with no account, so no demo person is slowed down for the other tests.
    for attempt in range(6):
        open_page(driver, demo_server.url("/sign-in"))
        fill(driver, "email", "nobody-here@example.com")
        fill(driver, "password", f"wrong-guess-{attempt}")
        press(driver, "Sign in")
    status, _, _ = fetch(demo_server.url("/sign-in"))
    assert status == 200, "the sign-in page itself should still open"
    text = body_text(driver)
    assert "Too many failed sign-ins" in text
    assert "Forgot your password?" in text, "the throttled page should offer the reset link"
    assert path(driver) == "/sign-in" and h1(driver) == "Sign in"
    assert driver.find_element("css selector", "[name='email']").get_property("value") == "nobody-here@example.com"
    assert_accessible(driver, "throttled sign-in page")


def test_a_missing_page_is_a_styled_404(demo_server, browsers):
    driver = browsers()
    status, headers, _ = fetch(demo_server.url("/no-such-page"))
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    open_page(driver, demo_server.url("/no-such-page"))
    assert h1(driver) == "We could not find that"
    assert "There is no page at this address" in body_text(driver)
    stylesheet = driver.execute_script(
        "return getComputedStyle(document.querySelector('.site-header')).borderBottomStyle")
    assert stylesheet == "solid", "the error page is not styled (tandem.css not applied)"
    assert_accessible(driver, "404 page")
