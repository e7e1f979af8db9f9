"""Small page helpers for the browser tests: explicit waits only."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from urllib.parse import urlparse

from selenium.common.exceptions import TimeoutException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

WAIT = 15  # seconds for any single page or element to appear

UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def wait(driver: WebDriver, timeout: float = WAIT) -> WebDriverWait:
    return WebDriverWait(driver, timeout)


def xpath_literal(text: str) -> str:
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    parts = text.split("'")
    return "concat(" + ", \"'\", ".join(f"'{p}'" for p in parts) + ")"


def path(driver: WebDriver) -> str:
    return urlparse(driver.current_url).path


def body_text(driver: WebDriver) -> str:
    return wait(driver).until(EC.presence_of_element_located((By.TAG_NAME, "body"))).text


def h1(driver: WebDriver) -> str:
    return wait(driver).until(EC.visibility_of_element_located((By.TAG_NAME, "h1"))).text.strip()


def wait_for_path(driver: WebDriver, pattern: str) -> str:
    """Wait until the URL path fully matches ``pattern`` (a regex)."""
    regex = re.compile(pattern)
    try:
        wait(driver).until(lambda d: regex.fullmatch(path(d)))
    except TimeoutException:
        raise AssertionError(
            f"expected to reach a path matching {pattern!r}, still at {driver.current_url}\n"
            f"page text:\n{body_text(driver)[:2000]}") from None
    return path(driver)


def open_page(driver: WebDriver, url: str) -> None:
    driver.get(url)
    wait(driver).until(lambda d: d.execute_script("return document.readyState") == "complete")


def field(driver: WebDriver, name: str) -> WebElement:
    locator = (By.CSS_SELECTOR, f"[name='{name}']")
    try:
        return wait(driver).until(EC.visibility_of_element_located(locator))
    except TimeoutException:
        raise AssertionError(
            f"no visible form field named {name!r} on {driver.current_url}") from None


def assert_labelled(driver: WebDriver, element: WebElement) -> None:
    """A visible field must have a <label> (for=id or wrapping) or aria-label."""
    labelled = driver.execute_script(
        "const e = arguments[0];"
        "return (e.labels && e.labels.length > 0) || !!e.getAttribute('aria-label')"
        " || !!e.getAttribute('aria-labelledby');", element)
    assert labelled, (
        f"field {element.get_attribute('name')!r} on {driver.current_url} has no label")


def field_by_label(driver: WebDriver, text: str) -> WebElement:
    """The form control whose <label> contains ``text``."""
    label = wait(driver).until(EC.visibility_of_element_located(
        (By.XPATH, f"//label[contains(normalize-space(), {xpath_literal(text)})]")))
    target = label.get_attribute("for")
    if target:
        return driver.find_element(By.ID, target)
    return label.find_element(By.CSS_SELECTOR, "input, select, textarea")


def fill(driver: WebDriver, name: str, value: str) -> WebElement:
    element = field(driver, name)
    assert_labelled(driver, element)
    element.clear()
    if value:
        element.send_keys(value)
    return element


def choose(driver: WebDriver, name: str, value: str) -> None:
    element = field(driver, name)
    assert_labelled(driver, element)
    Select(element).select_by_value(value)


def value_of(driver: WebDriver, name: str) -> str:
    return field(driver, name).get_property("value") or ""


def button(driver: WebDriver, text: str, scope: WebElement | None = None) -> WebElement:
    literal = xpath_literal(text)
    xpath = (f".//button[normalize-space()={literal}]"
             f" | .//input[(@type='submit' or @type='button') and @value={literal}]")
    root = scope if scope is not None else driver.find_element(By.TAG_NAME, "body")
    try:
        return wait(driver).until(lambda d: next(
            (b for b in root.find_elements(By.XPATH, xpath) if b.is_displayed()), False))
    except TimeoutException:
        raise AssertionError(f"no button {text!r} on {driver.current_url}") from None


def click_and_wait_for_load(driver: WebDriver, element: WebElement) -> None:
    """Click something that navigates and wait for the new document.

    The old document is marked with a script variable; the new one will not have it.
    (Selenium's staleness check can hit chromedriver's "unhandled inspector error" while a
    page is being replaced, so any error during the swap counts as "not there yet".)
    """
    driver.execute_script("window.__tandemOldPage = true;")
    label = element.text or element.get_attribute("value")
    element.click()

    def new_page_loaded(d):
        try:
            return d.execute_script(
                "return !window.__tandemOldPage && document.readyState === 'complete';")
        except WebDriverException:
            return False

    try:
        wait(driver).until(new_page_loaded)
    except TimeoutException:
        raise AssertionError(
            f"clicking {label!r} on {driver.current_url} did not load a new page "
            "(blocked by client-side validation or JavaScript?)") from None


def press(driver: WebDriver, text: str, scope: WebElement | None = None) -> None:
    click_and_wait_for_load(driver, button(driver, text, scope))


def submit_without_browser_validation(driver: WebDriver, text: str) -> None:
    """Submit a form even if it has `required` fields, to test the server's checks."""
    target = button(driver, text)
    driver.execute_script("if (arguments[0].form) arguments[0].form.noValidate = true;", target)
    click_and_wait_for_load(driver, target)


def nav_links(driver: WebDriver) -> list[str]:
    navs = driver.find_elements(By.TAG_NAME, "nav")
    return [a.text.strip() for n in navs for a in n.find_elements(By.TAG_NAME, "a")
            if a.is_displayed()]


def follow(driver: WebDriver, text: str, scope: WebElement | None = None) -> None:
    """Click the visible link whose text is ``text`` (exactly, ignoring spaces)."""
    literal = xpath_literal(text)
    root = scope if scope is not None else driver.find_element(By.TAG_NAME, "body")
    try:
        link = wait(driver).until(lambda d: next(
            (a for a in root.find_elements(By.XPATH, f".//a[normalize-space()={literal}]")
             if a.is_displayed()), False))
    except TimeoutException:
        raise AssertionError(f"no link {text!r} on {driver.current_url}") from None
    click_and_wait_for_load(driver, link)


def follow_nav(driver: WebDriver, text: str) -> None:
    nav = wait(driver).until(EC.visibility_of_element_located((By.TAG_NAME, "nav")))
    follow(driver, text, nav)


def sign_up(driver: WebDriver, base_url: str, organisation: str, name: str,
            email: str, password: str) -> None:
    open_page(driver, base_url + "/sign-up")
    fill(driver, "organisation_name", organisation)
    fill(driver, "name", name)
    fill(driver, "email", email)
    fill(driver, "password", password)
    press(driver, "Create organisation")
    wait_for_path(driver, "/")
    assert "Dashboard" in h1(driver)


def sign_in(driver: WebDriver, base_url: str, email: str, password: str) -> None:
    open_page(driver, base_url + "/sign-in")
    fill(driver, "email", email)
    fill(driver, "password", password)
    press(driver, "Sign in")


def set_value(driver: WebDriver, name: str, value: str) -> WebElement:
    """Set a labelled field's value without typing, for date and time inputs, whose typed
    form depends on the browser's locale ("31/12/2026" in en-GB). Sends the change event."""
    element = field(driver, name)
    assert_labelled(driver, element)
    driver.execute_script(
        "arguments[0].value = arguments[1];"
        "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
        "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", element, value)
    actual = element.get_property("value")
    assert actual == value, f"field {name!r} holds {actual!r} after setting {value!r}"
    return element


def fetch(url: str, driver: WebDriver | None = None, timeout: float = WAIT):
    """GET ``url`` outside the browser, for files a browser would download (an .ics, a CSV).

    With ``driver``, the request carries that browser's cookies, so it is made as the person
    signed in there; without, it is anonymous. Redirects are followed. Returns
    ``(status, headers, body bytes)``; HTTP errors are returned, not raised.
    """
    request = urllib.request.Request(url)
    if driver is not None:
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in driver.get_cookies())
        if cookies:
            request.add_header("Cookie", cookies)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def api_session(base_url: str, email: str, password: str):
    """Sign in over plain HTTP, as a form post would, and return a ``requests.Session``.

    The session keeps the session cookie and sends the CSRF token from ``GET /api/v1/me``
    as ``X-CSRF-Token``, so it can call every /api/v1 operation as that person.
    Returns ``(session, me)`` where ``me`` is the JSON of ``GET /api/v1/me``.
    """
    import requests  # only the API tests need it

    session = requests.Session()
    page = session.get(base_url + "/sign-in", timeout=WAIT)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert page.status_code == 200 and token, f"no sign-in form at {base_url}/sign-in"
    answer = session.post(base_url + "/sign-in", timeout=WAIT, allow_redirects=False, data={
        "csrf_token": token.group(1), "email": email, "password": password})
    assert answer.status_code in (302, 303), (
        f"signing in as {email} answered {answer.status_code}, not a redirect:\n{answer.text[:500]}")
    me = session.get(base_url + "/api/v1/me", timeout=WAIT)
    assert me.status_code == 200, f"GET /api/v1/me after sign-in: {me.status_code} {me.text[:500]}"
    session.headers["X-CSRF-Token"] = me.json()["csrf_token"]
    return session, me.json()
