"""axe-core on every workspace page, over the demo (Ben reverse-mentors Maria), for the
signed-in participant and for the admin's survey pages. Fails on critical or serious
violations, like test_accessibility.py."""

from __future__ import annotations

import re

from selenium.webdriver.common.by import By

from helpers import follow, follow_nav, h1, open_page, sign_in
from test_accessibility import assert_accessible

PASSWORD = "tandem-demo-2026"


def relationship_path(driver) -> str:
    link = next(a for a in driver.find_elements(By.CSS_SELECTOR, "a[href^='/relationships/']")
                if "Reverse mentoring" in a.text)
    return re.search(r"/relationships/[0-9A-Fa-f-]{36}", link.get_attribute("href")).group(0)


def test_workspace_pages_have_no_serious_axe_violations(demo_server, browsers):
    ben = browsers()
    sign_in(ben, demo_server.url(""), "mentee@example.com", PASSWORD)
    assert_accessible(ben, "dashboard with relationships")
    base = relationship_path(ben)
    pages = {
        "relationship workspace": base,
        "goal form": base + "/goals/new",
        "meeting form": base + "/meetings/new",
        "check-in form": base + "/check-ins/new",
        "feedback form": base + "/feedback/new",
        "closing form": base + "/close",
        "older messages": base + "/messages",
        "calendar feed": "/calendar",
    }
    for name, path in pages.items():
        open_page(ben, demo_server.url(path))
        assert h1(ben), f"{name} has no heading"
        assert_accessible(ben, name)

    open_page(ben, demo_server.url(base))
    follow(ben, "Run a 30-minute workshop on SQL joins for my team")
    assert_accessible(ben, "goal page")
    open_page(ben, demo_server.url(base))
    follow(ben, "Answer the survey")
    assert "Mid-point check" in h1(ben)
    assert_accessible(ben, "survey answer page")


def test_admin_survey_pages_have_no_serious_axe_violations(demo_server, browsers):
    admin = browsers()
    sign_in(admin, demo_server.url(""), "admin@example.com", PASSWORD)
    follow_nav(admin, "Programmes")
    follow(admin, "Reverse mentoring: digital skills")
    follow(admin, "Surveys")
    assert_accessible(admin, "survey list")
    follow(admin, "Mid-point check")
    assert "Average" in admin.find_element(By.TAG_NAME, "main").text
    assert_accessible(admin, "survey results")
    follow(admin, "Surveys: Reverse mentoring: digital skills")
    follow(admin, "New survey")
    assert_accessible(admin, "survey form")
