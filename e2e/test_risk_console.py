"""Issue 14's risk console on the demo: the admin opens a programme's relationships page, sees
the at-risk pairs with their reasons and the escalation alert, filters by health, and re-matches
the escalated pair from its detail page (a confirmation with a reason, then Post/Redirect/Get)."""

from __future__ import annotations

from pathlib import Path
import tempfile

from selenium.webdriver.common.by import By

from helpers import body_text, choose, click_and_wait_for_load, fill, follow, follow_nav, h1, press, sign_in, submit_without_browser_validation

PASSWORD = "tandem-demo-2026"
SHOTS = Path(tempfile.gettempdir()) / "tandem-e2e-artifacts"


def rows(driver):
    return driver.find_elements(By.CSS_SELECTOR, "tr.console-row")


def test_admin_sees_an_at_risk_pair_with_reasons_and_rematches_it(demo_server, browsers):
    admin = browsers()
    sign_in(admin, demo_server.url(""), "admin@example.com", PASSWORD)
    follow_nav(admin, "Programmes")
    follow(admin, "Reverse mentoring: digital skills")
    follow(admin, "All relationships, with health and reasons")
    assert h1(admin) == "Relationships"
    text = body_text(admin)
    assert "At risk" in text and "Stalled" in text and "Healthy" in text
    assert "The next check-in is overdue." in text
    assert "did nothing while the other side was active" in text
    assert "Admins alerted" in text

    choose(admin, "health", "at_risk")
    press(admin, "Show")
    SHOTS.mkdir(parents=True, exist_ok=True)
    admin.save_screenshot(str(SHOTS / "risk-console-at-risk.png"))
    at_risk = rows(admin)
    assert at_risk and all("At risk" in r.text for r in at_risk)
    escalated = next(r for r in at_risk if "Admins alerted" in r.text)
    members = escalated.find_element(By.CSS_SELECTOR, "td a").text
    click_and_wait_for_load(admin, escalated.find_element(By.CSS_SELECTOR, "td a"))
    assert h1(admin) == members
    assert "Suggested: check in with the pair" in body_text(admin)
    assert "Members nudged" in body_text(admin) and "Admins alerted" in body_text(admin)

    follow(admin, "Re-match")
    assert h1(admin) == "Re-match"
    submit_without_browser_validation(admin, "Re-match")
    assert "Say briefly why" in body_text(admin)
    fill(admin, "reason", "They have not found a rhythm; a mentor closer to her time zone may suit better.")
    press(admin, "Re-match")
    assert "Relationship ended kindly" in body_text(admin)
    assert members not in body_text(admin)
    admin.save_screenshot(str(SHOTS / "risk-console-after-rematch.png"))
