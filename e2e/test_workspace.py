"""The relationship workspace (issue 6), through the real server in two browsers: a mentor and
a mentee each set a goal and see the SMART check, the mentor schedules and moves a meeting and
downloads it as an .ics file, logs a check-in with a private note and an action, both give
feedback, and the mentee subscribes to the calendar feed. Calendar files are parsed with
Python's `icalendar`: UID stability, SEQUENCE, time zones, escaping of commas and newlines (in
the shared agenda: docs/rules.md keeps notes out of calendars), and no notes in the feed.

The pair is built through the UI on the empty `server`, not taken from the demo: the demo's pair
already has goals, meetings and feedback, and its content changes with each issue, so exact
assertions here ("the feedback for you", "the one event in the file") would depend on it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from urllib.parse import urljoin, urlparse
from zoneinfo import ZoneInfo

import icalendar
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select

from helpers import (
    UUID, body_text, button, choose, click_and_wait_for_load, fetch, field, fill, follow, h1,
    open_page, press, set_value, sign_up, value_of, wait, wait_for_path,
)

MARIA = {"name": "Maria Mentor", "email": "maria@example.com", "password": "maria-correct-horse-battery"}
BEN = {"name": "Ben Mentee", "email": "ben@example.com", "password": "ben-correct-horse-battery"}
PROGRAMME = "Open mentoring"

ZONE = "America/New_York"
# A comma, a semicolon and a newline: each must be escaped in the file and come back exactly.
AGENDA = "Dry run, part 1\nThen feedback; questions"
SHARED_NOTES = "We rehearsed the opening; it lands well, the ending needs work."
PRIVATE_NOTE = "Ben rushed the ending: mention it gently next time."
ACTION = "Send Maria the revised slides"

WEAK_GOAL = "Get better at short videos"
SMART_GOAL = {
    "title": "Run a 30-minute workshop on SQL joins for my team",
    "description": "So that the team can build their own reports instead of waiting for analysts.",
    "measure": "Workshop delivered to 8 colleagues, average rating 4 out of 5",
    "milestones": "Outline the workshop\nDry run with Maria\nDeliver it",
}


def test_pair_sets_goals_meets_and_gives_feedback(server, browsers):
    maria, ben = browsers(), browsers()
    base = server.base_url
    relationship = make_pair(maria, ben, base)
    today = datetime.now(ZoneInfo(ZONE)).date()

    mentor_sets_a_weak_goal(maria, base + relationship)
    ben_goal_id, ben_target = mentee_sets_a_smart_goal(ben, base + relationship, today)

    meeting_day = today + timedelta(days=14)
    meeting_id = schedule_meeting(maria, base + relationship, meeting_day)
    first = download_ics(maria, base, meeting_id)
    check_meeting_event(first, meeting_id, meeting_day, "09:30")

    moved_day = meeting_day + timedelta(days=1)
    move_meeting(maria, base + relationship, meeting_id, moved_day)
    second = download_ics(maria, base, meeting_id)
    check_meeting_event(second, meeting_id, moved_day, "14:15")
    assert int(event_of(second)["SEQUENCE"]) > int(event_of(first).get("SEQUENCE", 0)), \
        "moving the meeting did not raise SEQUENCE"

    check_in_url = mentor_logs_check_in(maria, base + relationship, ben_goal_id, today)
    mentor_gives_feedback(maria, check_in_url)
    mentee_confirms_and_answers(ben, base + relationship)
    each_sees_the_others_feedback(maria, ben, base + relationship)

    mentee_subscribes(ben, base + relationship, meeting_id, ben_goal_id, ben_target)


# --- the pair ---------------------------------------------------------------------------------

def make_pair(maria, ben, base):
    """Maria founds the organisation, mentors in an informal programme and invites Ben, who
    asks her to mentor him; she accepts. Returns the relationship's path."""
    sign_up(maria, base, "Acme", MARIA["name"], MARIA["email"], MARIA["password"])
    open_page(maria, base + "/programmes/new")
    fill(maria, "name", PROGRAMME)
    fill(maria, "description", "Informal mentoring for anyone who wants to learn or share.")
    choose(maria, "type", "one_to_one")
    choose(maria, "mode", "informal")
    fill(maria, "default_capacity", "2")
    press(maria, "Create programme")
    programme = wait_for_path(maria, f"/programmes/{UUID}")
    enrol(maria, "mentor")

    open_page(maria, base + "/admin/invitations")
    fill(maria, "email", BEN["email"])
    choose(maria, "role", "participant")
    press(maria, "Send invitation")
    link = wait(maria).until(EC.visibility_of_element_located((By.ID, "invitation-link"))).text.strip()
    open_page(ben, base + urlparse(link).path)
    fill(ben, "name", BEN["name"])
    fill(ben, "password", BEN["password"])
    press(ben, "Join")
    wait_for_path(ben, "/")

    open_page(ben, base + programme)
    enrol(ben, "mentee")
    follow(ben, "Find a mentor")
    follow(ben, f"Request {MARIA['name']}")
    fill(ben, "message", "Hi Maria, could you help me present to my team?")
    fill(ben, "hopes", "Run my first workshop.")
    press(ben, "Send request")
    wait_for_path(ben, "/requests")

    open_page(maria, base + "/requests")
    request = next(r for r in maria.find_elements(By.CSS_SELECTOR, "article.request") if BEN["name"] in r.text)
    press(maria, "Accept", request)
    return wait_for_path(maria, f"/relationships/{UUID}")


def enrol(driver, role):
    click_and_wait_for_load(driver, wait(driver).until(EC.element_to_be_clickable(
        (By.CSS_SELECTOR, f"button[name='role'][value='{role}']"))))
    assert f"You are enrolled as {role}" in body_text(driver)


# --- goals ------------------------------------------------------------------------------------

def smart_rows(driver):
    """{criterion: (met, text)} from the SMART check that "Check my goal" renders."""
    section = wait(driver).until(EC.visibility_of_element_located((By.CSS_SELECTOR, "section#smart")))
    return {li.find_element(By.TAG_NAME, "strong").text.strip(): ("met" in li.get_attribute("class").split(), li.text)
            for li in section.find_elements(By.CSS_SELECTOR, "li")}


def goal_titles(driver, owner):
    """Goal titles in the workspace's group whose heading starts with ``owner``: "Your goals"
    for the viewer's own, "<name>’s goals" for the partner's."""
    for group in driver.find_elements(By.CSS_SELECTOR, "#goals .goal-group"):
        if group.find_element(By.TAG_NAME, "h3").text.startswith(owner):
            return [a.text.strip() for a in group.find_elements(By.CSS_SELECTOR, "article.goal h4 a")]
    raise AssertionError(f"no goal group for {owner!r}:\n{body_text(driver)[:2000]}")


def mentor_sets_a_weak_goal(driver, relationship_url):
    open_page(driver, relationship_url)
    follow(driver, "Set a goal")
    assert h1(driver) == "Set a goal"
    fill(driver, "title", WEAK_GOAL)
    press(driver, "Check my goal")

    rows = smart_rows(driver)
    assert set(rows) >= {"Specific", "Measurable", "Time-bound"}, f"SMART rows: {rows}"
    met, text = rows["Time-bound"]
    assert not met and "Add a target date" in text, f"Time-bound row: {rows['Time-bound']}"
    assert not rows["Measurable"][0], "a goal without a measure passes Measurable"
    assert value_of(driver, "title") == WEAK_GOAL, "the checked title was not kept"

    # Checking saved nothing. The check advises and does not block saving: save it as it is.
    open_page(driver, relationship_url)
    assert goal_titles(driver, "Your goals") == [], "'Check my goal' saved the goal"
    follow(driver, "Set a goal")
    fill(driver, "title", WEAK_GOAL)
    press(driver, "Save goal")
    wait_for_path(driver, f"/relationships/{UUID}/goals/{UUID}")
    assert h1(driver) == WEAK_GOAL
    assert "Add a target date" in body_text(driver), "the saved goal shows no SMART hint"

    open_page(driver, relationship_url)
    assert goal_titles(driver, "Your goals") == [WEAK_GOAL]


def mentee_sets_a_smart_goal(driver, relationship_url, today):
    target = today + timedelta(days=45)
    open_page(driver, relationship_url)
    follow(driver, "Set a goal")
    for name in ("title", "description", "measure", "milestones"):
        fill(driver, name, SMART_GOAL[name])
    set_value(driver, "target_date", target.isoformat())
    choose(driver, "status", "on_track")
    radio = driver.find_element(By.CSS_SELECTOR, "input[name='visibility'][value='admins']")
    radio.click()
    assert radio.is_selected()
    press(driver, "Check my goal")
    rows = smart_rows(driver)
    assert rows and all(met for met, _ in rows.values()), f"a SMART goal gets hints: {rows}"
    assert value_of(driver, "target_date") == target.isoformat(), "target date not kept by the check"

    press(driver, "Save goal")
    goal_path = wait_for_path(driver, f"/relationships/{UUID}/goals/{UUID}")
    assert h1(driver) == SMART_GOAL["title"]
    text = body_text(driver)
    for milestone in SMART_GOAL["milestones"].splitlines():
        assert milestone in text, f"milestone {milestone!r} missing on the goal page"

    open_page(driver, relationship_url)
    assert goal_titles(driver, "Your goals") == [SMART_GOAL["title"]]
    assert goal_titles(driver, f"{MARIA['name']}’s goals") == [WEAK_GOAL], "the mentee does not see the mentor's goal"
    return goal_path.rsplit("/", 1)[1], target


# --- meetings and .ics ------------------------------------------------------------------------

def fill_meeting(driver, day, time, agenda):
    set_value(driver, "date", day.isoformat())
    set_value(driver, "time", time)
    fill(driver, "time_zone", ZONE)
    fill(driver, "duration_minutes", "45")
    choose(driver, "format", "video")
    fill(driver, "meeting_link", "https://zoom.us/j/123")
    fill(driver, "agenda", agenda)


def upcoming_meetings(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#meetings .meeting-list > li")


def schedule_meeting(driver, relationship_url, day):
    open_page(driver, relationship_url)
    follow(driver, "Schedule a meeting")
    assert h1(driver) == "Schedule a meeting"
    fill_meeting(driver, day, "09:30", AGENDA)
    press(driver, "Schedule")
    wait_for_path(driver, f"/relationships/{UUID}")
    assert "Meeting scheduled" in body_text(driver)

    meetings = upcoming_meetings(driver)
    assert len(meetings) == 1, f"upcoming meetings: {[m.text for m in meetings]}"
    agenda = meetings[0].find_element(By.CSS_SELECTOR, ".agenda").text
    assert "Dry run, part 1" in agenda and "Then feedback; questions" in agenda
    assert meetings[0].find_elements(By.CSS_SELECTOR, "a[href='https://zoom.us/j/123']"), "no join link"
    ics = meetings[0].find_element(By.LINK_TEXT, "Add to calendar (.ics)").get_attribute("href")
    match = re.search(f"/meetings/({UUID})", ics)
    assert match, f"no meeting id in the .ics link {ics!r}"
    return match.group(1)


def ics_link(driver, meeting_id):
    """The page's "Add to calendar (.ics)" link for the meeting, as an absolute URL."""
    for item in upcoming_meetings(driver):
        for a in item.find_elements(By.LINK_TEXT, "Add to calendar (.ics)"):
            if meeting_id.lower() in a.get_attribute("href").lower():
                return a.get_attribute("href")
    raise AssertionError(f"no .ics link for meeting {meeting_id} on {driver.current_url}")


def download_ics(driver, base, meeting_id):
    """Fetch the meeting's .ics as the signed-in person and parse it."""
    relationship = re.search(f"/relationships/{UUID}", driver.current_url)
    if not relationship:
        raise AssertionError(f"not on a relationship page: {driver.current_url}")
    open_page(driver, urljoin(base, relationship.group(0)))
    url = ics_link(driver, meeting_id)
    status, headers, body = fetch(url, driver)
    assert status == 200, f"GET {url} (the 'Add to calendar (.ics)' link) answered {status}"
    assert headers.get_content_type() == "text/calendar", f"{url} is {headers.get('Content-Type')}"
    assert "attachment" in (headers.get("Content-Disposition") or ""), "the .ics is not a download"
    return parse_calendar(body)


def parse_calendar(body: bytes):
    text = body.decode("utf-8")
    assert text.startswith("BEGIN:VCALENDAR\r\n"), f"not an iCalendar file: {text[:200]!r}"
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n")), "a line is longer than 75 octets"
    calendar = icalendar.Calendar.from_ical(body)
    calendar.raw_text = text.replace("\r\n ", "").replace("\r\n\t", "")  # unfolded, still escaped
    return calendar


def event_of(calendar):
    events = calendar.walk("VEVENT")
    assert len(events) == 1, f"expected one VEVENT, got {len(events)}"
    return events[0]


def check_meeting_event(calendar, meeting_id, day, wall_time):
    event = event_of(calendar)
    assert str(event["UID"]) == f"meeting-{meeting_id.lower()}@tandem"
    assert str(event.get("SUMMARY", "")).strip(), "the event has no SUMMARY"

    start = event["DTSTART"]
    assert start.params.get("TZID") == ZONE, f"DTSTART parameters: {dict(start.params)}"
    hour, minute = map(int, wall_time.split(":"))
    expected = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(ZONE))
    assert isinstance(start.dt, datetime) and start.dt.tzinfo is not None, f"DTSTART {start.dt!r}"
    assert start.dt.replace(tzinfo=None) == expected.replace(tzinfo=None), f"DTSTART {start.dt} != {expected}"
    assert start.dt == expected, f"DTSTART {start.dt} is not {expected} as an instant"
    end = event.get("DTEND")
    if end is not None:
        assert end.dt - start.dt == timedelta(minutes=45)
    else:
        assert event["DURATION"].dt == timedelta(minutes=45)

    # The file defines the zone it uses, and that definition gives the right offset.
    zones = [z for z in calendar.walk("VTIMEZONE") if str(z["TZID"]) == ZONE]
    assert len(zones) == 1, f"VTIMEZONE for {ZONE}: {len(zones)}"
    own = zones[0].to_tz(lookup_tzid=False)
    assert expected.replace(tzinfo=None).replace(tzinfo=own).utcoffset() == expected.utcoffset(), \
        f"the file's VTIMEZONE gives a different UTC offset for {expected}"

    description = str(event["DESCRIPTION"])
    assert AGENDA in description, f"agenda not intact after unescaping: {description!r}"
    assert r"Dry run\, part 1\nThen feedback\; questions" in calendar.raw_text, \
        "comma, newline or semicolon of the agenda not escaped as RFC 5545 says"
    assert "https://zoom.us/j/123" in (str(event.get("LOCATION", "")) + str(event.get("URL", "")))


def move_meeting(driver, relationship_url, meeting_id, day):
    open_page(driver, relationship_url)
    item = next(m for m in upcoming_meetings(driver)
                if meeting_id.lower() in m.find_element(By.LINK_TEXT, "Move or cancel").get_attribute("href").lower())
    follow(driver, "Move or cancel", item)
    assert h1(driver) == "Move or cancel the meeting"
    assert value_of(driver, "time_zone") == ZONE and value_of(driver, "time") == "09:30", \
        "the edit form does not show the meeting's own time and zone"
    assert value_of(driver, "agenda").replace("\r\n", "\n") == AGENDA
    set_value(driver, "date", day.isoformat())
    set_value(driver, "time", "14:15")
    press(driver, "Save changes")
    wait_for_path(driver, f"/relationships/{UUID}")
    assert "Meeting moved" in body_text(driver)
    assert len(upcoming_meetings(driver)) == 1, "moving made a second meeting"


# --- check-in and feedback --------------------------------------------------------------------

def mentor_logs_check_in(driver, relationship_url, goal_id, today):
    open_page(driver, relationship_url)
    follow(driver, "Log a check-in")
    assert h1(driver) == "Log a check-in"
    # The form starts at now, in the viewer's zone, as a video call, which needs its link.
    fill(driver, "meeting_link", "https://zoom.us/j/123")
    fill(driver, "shared_notes", SHARED_NOTES)
    fill(driver, "private_notes", PRIVATE_NOTE)
    goal = driver.find_element(By.CSS_SELECTOR, f"input[name='goal_ids[]'][value='{goal_id}' i]")
    goal.click()
    assert goal.is_selected()
    fill(driver, "actions[0][title]", ACTION)
    Select(field(driver, "actions[0][owner_id]")).select_by_visible_text(BEN["name"])
    set_value(driver, "actions[0][due_date]", (today + timedelta(days=7)).isoformat())
    press(driver, "Log check-in")

    wait_for_path(driver, f"/relationships/{UUID}/feedback/new")
    assert h1(driver) == "Give feedback"
    assert "Check-in logged" in body_text(driver)
    return driver.current_url


def mentor_gives_feedback(driver, feedback_url):
    assert "check_in=" in feedback_url, "the feedback prompt is not tied to the check-in"
    assert "About your check-in" in body_text(driver)
    fill(driver, "went_well", "You opened with a question, and the room would have leaned in.")
    fill(driver, "could_be_better", "Slow down in the last two minutes.")
    press(driver, "Send feedback")
    wait_for_path(driver, f"/relationships/{UUID}")
    assert "Feedback sent" in body_text(driver)


def check_in_articles(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#check-ins article.checkin")


def mentee_confirms_and_answers(driver, relationship_url):
    open_page(driver, relationship_url)
    checkins = check_in_articles(driver)
    assert len(checkins) == 1, f"check-ins: {[c.text for c in checkins]}"
    text = checkins[0].text
    assert SHARED_NOTES in text, "the mentee does not see the shared notes"
    assert "not yet confirmed" in text
    assert SMART_GOAL["title"] in text, "the goal discussed is not listed"
    assert PRIVATE_NOTE not in driver.page_source, "the mentor's private note is shown to the mentee"

    actions = driver.find_element(By.ID, "actions").text
    assert ACTION in actions and "You" in actions, f"the action owned by the mentee: {actions!r}"

    press(driver, "Confirm this check-in took place", checkins[0])
    assert "Check-in confirmed" in body_text(driver)
    assert "confirmed" in check_in_articles(driver)[0].text
    assert not check_in_articles(driver)[0].find_elements(By.XPATH, ".//button"), "still asks to confirm"

    follow(driver, "Give feedback on this check-in", check_in_articles(driver)[0])
    assert h1(driver) == "Give feedback"
    fill(driver, "went_well", "Your questions made me rethink the opening.")
    fill(driver, "could_be_better", "Tell me sooner when I rush.")
    press(driver, "Send feedback")
    wait_for_path(driver, f"/relationships/{UUID}")
    assert "Feedback sent" in body_text(driver)


def feedback_for_me(driver):
    return [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#feedback > blockquote.feedback")]


def each_sees_the_others_feedback(maria, ben, relationship_url):
    open_page(ben, relationship_url)
    received = feedback_for_me(ben)
    assert len(received) == 1 and f"From {MARIA['name']}" in received[0], f"Ben's feedback: {received}"
    assert "You opened with a question" in received[0] and "Slow down" in received[0]

    open_page(maria, relationship_url)
    received = feedback_for_me(maria)
    assert len(received) == 1 and f"From {BEN['name']}" in received[0], f"Maria's feedback: {received}"
    assert "rethink the opening" in received[0] and "Tell me sooner" in received[0]
    # The author still sees her private note; the check-in is confirmed for her too.
    checkin = check_in_articles(maria)[0].text
    assert PRIVATE_NOTE in checkin and "confirmed" in checkin and "not yet confirmed" not in checkin


# --- the calendar feed ------------------------------------------------------------------------

def feed_address(driver):
    return wait(driver).until(EC.visibility_of_element_located((By.ID, "feed-url"))).get_property("value")


def mentee_subscribes(driver, relationship_url, meeting_id, goal_id, target):
    open_page(driver, relationship_url)
    follow(driver, "your calendar feed")
    wait_for_path(driver, "/calendar")
    press(driver, "Create my feed address")
    wait_for_path(driver, "/calendar")
    url = feed_address(driver)
    assert re.fullmatch(r"https?://\S+/calendar/feeds/\S+\.ics", url), f"feed address {url!r}"

    # Calendar apps fetch the feed without cookies: the address is the credential.
    status, headers, body = fetch(url)
    assert status == 200, f"the feed answered {status} without cookies"
    assert headers.get_content_type() == "text/calendar"
    calendar = parse_calendar(body)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}

    meeting = events.get(f"meeting-{meeting_id.lower()}@tandem")
    assert meeting is not None, f"the meeting is not in the feed; UIDs: {list(events)}"
    assert int(meeting["SEQUENCE"]) >= 1, "the moved meeting's SEQUENCE in the feed"
    assert meeting["DTSTART"].params.get("TZID") == ZONE
    assert MARIA["name"] in str(meeting["SUMMARY"]), f"feed SUMMARY {meeting['SUMMARY']!r}"
    assert AGENDA in str(meeting["DESCRIPTION"])

    goal = events.get(f"goal-{goal_id.lower()}@tandem")
    assert goal is not None, f"the mentee's goal target date is not in the feed; UIDs: {list(events)}"
    assert type(goal["DTSTART"].dt) is date and goal["DTSTART"].dt == target, \
        f"goal DTSTART {goal['DTSTART'].dt!r}, expected the all-day {target}"
    assert SMART_GOAL["title"] in str(goal["SUMMARY"])
    assert not any(str(e.get("SUMMARY", "")).endswith(WEAK_GOAL) for e in events.values()), \
        "the partner's goal is in the mentee's feed"

    # Feeds never contain notes (docs/rules.md), shared or private.
    everything = calendar.raw_text + "".join(str(e.get("DESCRIPTION", "")) for e in events.values())
    for note in (SHARED_NOTES, PRIVATE_NOTE, "it lands well", "rushed the ending"):
        assert note not in everything, f"the feed contains check-in notes: {note!r}"

    # A new address revokes the old one at once, so the page asks first.
    driver.execute_script("window.confirm = (message) => { window.__asked = message; return false; };")
    button(driver, "Make a new address (revokes this one)").click()
    asked = driver.execute_script("return window.__asked || null;")
    assert asked and "old address stops working" in asked, "revoking the feed address asks for no confirmation"
    assert feed_address(driver) == url, "declining the confirmation still made a new address"
    driver.execute_script("window.confirm = () => true;")
    press(driver, "Make a new address (revokes this one)")
    new_url = feed_address(driver)
    assert new_url != url, "regenerating kept the same address"
    assert fetch(url)[0] == 404, "the old feed address still works"
    assert fetch(new_url)[0] == 200, "the new feed address does not work"
