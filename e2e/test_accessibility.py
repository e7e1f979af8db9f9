"""axe-core (shipped inside axe-selenium-python, runs offline) on key pages.

Fails on any violation of impact "critical" or "serious" and prints them.
This file has its own server and empty database (module-scoped fixture), so
it can sign up its own organisation whatever order the tests run in."""

from __future__ import annotations

from axe_selenium_python import Axe

from helpers import h1, open_page, sign_up

BLOCKING = ("critical", "serious")


def blocking_violations(driver):
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    assert results and "violations" in results, f"axe did not run: {results!r}"
    # A check that axe looked at the page at all (it always finds some passes).
    assert results.get("passes"), "axe reported no passing rules; page empty?"
    violations = [v for v in results["violations"] if v.get("impact") in BLOCKING]
    return axe, violations


def assert_accessible(driver, page):
    axe, violations = blocking_violations(driver)
    assert not violations, f"{page} ({driver.current_url}):\n" + axe.report(violations)


def test_sign_in_and_dashboard_have_no_serious_axe_violations(server, browsers):
    driver = browsers()

    open_page(driver, server.url("/sign-in"))
    assert h1(driver)
    assert_accessible(driver, "sign-in page")

    sign_up(driver, server.base_url, "Axe Check Ltd", "Ally Access",
            "ally@example.com", "ally-correct-horse-battery")
    assert "Dashboard" in h1(driver)
    assert_accessible(driver, "dashboard")
