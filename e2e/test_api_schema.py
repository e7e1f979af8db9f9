"""Schemathesis over the JSON API: every operation in /api/v1/openapi.json, with a bounded,
seeded number of generated requests, against the real server with the demo loaded.

Checks on every answer:
* no 5xx (``not_a_server_error``);
* the status, content type and body are what the OpenAPI document says
  (``status_code_conformance``, ``content_type_conformance``, ``response_schema_conformance``);
* invalid input (negative mode) is refused (``negative_data_rejection``);
* an operation that succeeds with the session cookie refuses a call without it (``ignored_auth``);
* every 4xx is JSON shaped ``{"error":{"code","message"}}``, with ``fields`` only on 422
  (``api_error_shape``, below).

Requests are made as two signed-in people: the demo admin for the programme-admin operations
and the demo mentor (a participant with relationships, requests and surveys) for the rest.
Path parameters are drawn mostly from real ids read through the API first, so the requests
reach real code paths, and sometimes generated (unknown ids must answer 404). In the positive
phase, a known-valid body is mixed in for the write operations, so success answers are checked
against the document too. (Schemathesis leaves out GET /api/v1/openapi.json itself.)
Operations that change state for later ones (accept, decline, withdraw, leave, archive,
close) run last. Hypothesis is derandomized and does not shrink, so a run is repeatable and
bounded: about (POSITIVE_EXAMPLES + NEGATIVE_EXAMPLES) requests per operation, plus the
``ignored_auth`` probes.
"""

from __future__ import annotations

import collections
import http.cookiejar
import time
import traceback
from datetime import date, timedelta

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.auths import AuthStorage
from schemathesis.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from helpers import api_session

PASSWORD = "tandem-demo-2026"
POSITIVE_EXAMPLES = 20
NEGATIVE_EXAMPLES = 10
ROLES = ("mentor", "mentee", "peer")

# These run as the admin (they need the role, and the admin sees every programme's surveys);
# the rest run as the demo mentor.
ADMIN_OPERATIONS = (
    "POST /api/v1/programmes",
    "PUT /api/v1/programmes/{programmeID}",
    "POST /api/v1/programmes/{programmeID}/archive",
    "GET /api/v1/programmes/{programmeID}/surveys",
    "POST /api/v1/programmes/{programmeID}/surveys",
    "GET /api/v1/programmes/{programmeID}/surveys/{surveyID}/results",
)

# Run after everything else, in this order: each one changes what the others would see.
LAST = (
    "POST /api/v1/requests/{requestID}/withdraw",
    "POST /api/v1/requests/{requestID}/decline",
    "POST /api/v1/requests/{requestID}/accept",
    "DELETE /api/v1/programmes/{programmeID}/enrolments/{role}",
    "POST /api/v1/programmes/{programmeID}/archive",
    "POST /api/v1/relationships/{relationshipID}/close",
)


@schemathesis.check
def api_error_shape(ctx, response, case):
    """A 4xx from /api/ is JSON ``{"error":{"code","message"}}``; ``fields`` only on 422."""
    status = response.status_code
    if not 400 <= status < 500:
        return None
    content_type = response.headers.get("content-type", [""])
    content_type = content_type[0] if isinstance(content_type, list) else content_type
    assert content_type.split(";")[0].strip() == "application/json", (
        f"{status} answer is {content_type!r}, not application/json")
    try:
        body = response.json()
    except Exception as error:  # noqa: BLE001 - any parse failure is the finding
        raise AssertionError(f"{status} answer is not JSON: {error}: {response.text[:300]!r}") from None
    error = body.get("error") if isinstance(body, dict) else None
    assert isinstance(error, dict), f"{status} answer has no `error` object: {response.text[:300]}"
    for key in ("code", "message"):
        assert isinstance(error.get(key), str) and error[key], (
            f"{status} answer's error.{key} is missing or empty: {response.text[:300]}")
    if "fields" in error:
        assert status == 422, f"`fields` on a {status} answer (only 422 may carry it): {response.text[:300]}"
    return True


CHECKS = [
    not_a_server_error,
    api_error_shape,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
    ignored_auth,
]


def _items(session, url):
    answer = session.get(url, timeout=15)
    assert answer.status_code == 200, f"GET {url}: {answer.status_code} {answer.text[:300]}"
    return answer.json()["items"]


class Known:
    """What one signed-in person can see, read through the API before fuzzing.

    ``rows`` are consistent path-parameter values (a goal row names its relationship);
    the rest feeds ``valid_body``.
    """

    def __init__(self, session, base, me, *, admin=False):
        api = base + "/api/v1"
        self.me = me["id"]
        self.rows = [{"userID": self.me}]
        self.partner = {}   # relationshipID -> another member's user id
        self.answers = {}   # surveyID -> a complete, valid set of answers
        self.request = None  # a request body that a programme would take, if any
        for programme in _items(session, f"{api}/programmes"):
            pid = programme["id"]
            self.rows.append({"programmeID": pid})
            if admin:
                self.rows += [{"programmeID": pid, "surveyID": s["id"]}
                              for s in _items(session, f"{api}/programmes/{pid}/surveys")]
            elif self.request is None and "mentee" in programme["my_roles"] and _takes_requests(programme):
                mentors = [m for m in _items(session, f"{api}/programmes/{pid}/mentors")
                           if m["user_id"] != self.me]
                if mentors:
                    self.request = {"programme_id": pid, "mentor_id": mentors[0]["user_id"],
                                    "message": "Could you mentor me?", "hopes": "Learn system design."}
        self.rows += [{"requestID": r["id"]} for r in _items(session, f"{api}/requests")]
        for relationship in _items(session, f"{api}/relationships"):
            rid = relationship["id"]
            self.rows.append({"relationshipID": rid})
            others = [m["user_id"] for m in relationship["members"] if m["user_id"] != self.me]
            self.rows += [{"userID": user} for user in others]
            self.partner[rid] = others[0] if others else self.me
            self.rows += [{"relationshipID": rid, "goalID": g["id"]}
                          for g in _items(session, f"{api}/relationships/{rid}/goals")]
            self.rows += [{"relationshipID": rid, "meetingID": m["id"]}
                          for m in _items(session, f"{api}/relationships/{rid}/meetings")]
            for survey in _items(session, f"{api}/relationships/{rid}/surveys"):
                self.rows.append({"relationshipID": rid, "surveyID": survey["id"]})
                self.answers[survey["id"]] = {f"q_{q['id']}": _answer(q) for q in survey["questions"]}


def _takes_requests(programme):
    """Organic requests are open in informal programmes, and in formal ones while matching or active."""
    return not programme["archived"] and (
        programme["mode"] == "informal" or programme["phase"] in ("matching", "active"))


def _answer(question):
    kind = question["kind"]
    if kind == "rating":
        return 4
    if kind == "nps":
        return 9
    return question["options"][0] if question["options"] else "Meeting every fortnight helps."


def _day(offset):
    return (date.today() + timedelta(days=offset)).isoformat()


def valid_body(label, fixed, known):
    """A request body the API should accept for this operation, or None.

    Generated bodies mostly fail the server's own validation (the document types dates and
    choices as plain strings), so one valid body per path choice lets the positive phase
    reach the success paths and check the documented success responses too.
    """
    meeting = {"date": _day(7), "time": "10:00", "time_zone": "Europe/London", "duration_minutes": 30,
               "format": "video", "meeting_link": "https://example.com/meet", "agenda": "Catch up"}
    goal = {"title": "Give a 10-minute talk at the team meeting", "description": "To practise presenting.",
            "measure": "The talk is given", "target_date": _day(60), "status": "not_started",
            "visibility": "pair", "milestones": ["Draft the slides", "Rehearse"]}
    programme = {"name": "Schema test programme", "description": "Made by the API schema test.",
                 "type": "one_to_one", "mode": "informal", "default_capacity": 2}
    rid = fixed.get("relationshipID")
    bodies = {
        "POST /api/v1/programmes": programme,
        "PUT /api/v1/programmes/{programmeID}": programme,
        "POST /api/v1/programmes/{programmeID}/enrolments": {"role": "mentee", "answers": []},
        "POST /api/v1/programmes/{programmeID}/surveys": {
            "title": "Quick pulse", "intro": "Two questions.", "trigger": "now", "anonymous": False,
            "questions": [{"prompt": "How useful are your meetings?", "kind": "rating",
                           "audience": "everyone", "about": "relationship"},
                          {"prompt": "How often do you meet?", "kind": "single_choice",
                           "options": "Weekly\nMonthly", "audience": "everyone", "about": "relationship"}]},
        "PUT /api/v1/profile": {
            "name": "Maria Mentor", "title": "Engineering manager", "department": "Engineering",
            "seniority": 6, "time_zone": "Europe/London", "languages": "English, Spanish",
            "skills_offered": "System design:3, Leadership:2", "skills_wanted": "Short videos:1",
            "motivators": ["career_growth", "giving_back"], "communication_style": "direct",
            "meeting_preference": "video", "availability_hours": 2, "mentor_capacity": 3,
            "bio": "Builds platforms."},
        "POST /api/v1/requests": known.request,
        "POST /api/v1/requests/{requestID}/decline": {"reason": "My seats are full this quarter."},
        "POST /api/v1/smart-check": {**goal, **({"relationship_id": rid} if rid else {})},
        "POST /api/v1/relationships/{relationshipID}/goals": goal,
        "PUT /api/v1/relationships/{relationshipID}/goals/{goalID}": goal,
        "POST /api/v1/relationships/{relationshipID}/goals/{goalID}/updates": {
            "body": "Slides drafted.", "status": "on_track"},
        "POST /api/v1/relationships/{relationshipID}/meetings": meeting,
        "PUT /api/v1/relationships/{relationshipID}/meetings/{meetingID}": {**meeting, "date": _day(8)},
        "POST /api/v1/relationships/{relationshipID}/check-ins": {
            **meeting, "date": _day(-1), "shared_notes": "Talked through the goals."},
        "POST /api/v1/relationships/{relationshipID}/messages": {"body": "See you next week."},
        "POST /api/v1/relationships/{relationshipID}/feedback": {
            "to": known.partner.get(rid), "went_well": "A clear plan.", "could_be_better": "Start on time."},
        "POST /api/v1/relationships/{relationshipID}/surveys/{surveyID}/responses":
            known.answers.get(fixed.get("surveyID")),
        "POST /api/v1/relationships/{relationshipID}/close": {
            "learned": "How to plan a talk.", "partner_learned": "Short videos.", "next_steps": "Keep meeting."},
    }
    body = bodies.get(label)
    if body is None or any(value is None for value in body.values()):
        return None
    return body


def path_choices(operation, rows):
    """Real value combinations for the operation's path parameters, plus ``{}`` (generated)."""
    names = {p.name for p in operation.path_parameters}
    if not names:
        return [{}]
    choices = []
    for row in rows:
        picked = {name: row[name] for name in names if name in row}
        if "role" in names:
            for role in ROLES:
                choices.append({**picked, "role": role})
        elif set(picked) == names:
            choices.append(picked)
        elif picked and names - set(picked) <= {"goalID", "meetingID", "surveyID"}:
            choices.append(picked)  # a real parent with a generated (unknown) child id
    unique = list({tuple(sorted(c.items())): c for c in choices if c}.values())
    return unique + [{}]


def order(label):
    return (LAST.index(label) + 1 if label in LAST else 0,
            {"GET": 0, "PUT": 1, "POST": 1, "DELETE": 2}.get(label.split()[0], 3), label)


@pytest.fixture(scope="module")
def people(demo_server):
    """The two signed-in ``requests`` sessions, each with its ``GET /api/v1/me``."""
    base = demo_server.url("")
    return {who: api_session(base, f"{who}@example.com", PASSWORD) for who in ("admin", "mentor")}


def signed_in_as(session, cookie_name):
    """Schemathesis auth from a signed-in ``requests`` session: its session cookie (the
    document's ``session`` security scheme) and its CSRF header. Given as auth, not as a
    cookie jar, so schemathesis knows what the credentials are and can leave them out to
    check that the API then refuses (``ignored_auth``, negative mode)."""
    cookie = session.cookies.get(cookie_name)
    csrf = session.headers["X-CSRF-Token"]
    assert cookie, f"no {cookie_name} cookie after signing in"

    class SessionCookie:
        def get(self, case, ctx):
            return cookie

        def set(self, case, data, ctx):
            case.cookies = {**(case.cookies or {}), cookie_name: data}
            case.headers = {**(case.headers or {}), "X-CSRF-Token": csrf}

    storage = AuthStorage()
    storage.auth(refresh_interval=None)(SessionCookie)
    return storage


def cookieless_session():
    """A ``requests`` session that keeps no cookies, so only the case's auth is sent."""
    import requests

    session = requests.Session()
    session.cookies.set_policy(http.cookiejar.DefaultCookiePolicy(allowed_domains=[]))
    return session


def cases(operation, mode, auth, choices, known):
    """Generated cases over the path choices; in positive mode, also a valid body for each."""

    def for_path(fixed):
        generated = operation.as_strategy(mode, auth_storage=auth, path_parameters=fixed or None)
        body = valid_body(operation.label, fixed, known) if mode == GenerationMode.POSITIVE else None
        if body is None:
            return generated
        return st.one_of(generated, operation.as_strategy(
            mode, auth_storage=auth, path_parameters=fixed or None, body=body))

    return st.sampled_from(choices).flatmap(for_path)


def run_operation(operation, auth, choices, known, base, statuses):
    """Fuzz one operation, positive then negative. Returns the failures' reports."""
    failures = []
    session = cookieless_session()
    for mode, examples in ((GenerationMode.POSITIVE, POSITIVE_EXAMPLES),
                           (GenerationMode.NEGATIVE, NEGATIVE_EXAMPLES)):
        strategy = cases(operation, mode, auth, choices, known)

        @settings(max_examples=examples, derandomize=True, database=None, deadline=None,
                  phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck),
                  report_multiple_bugs=True, print_blob=False)
        @given(case=strategy)
        def fuzz(case):
            response = case.call(base_url=base, session=session, timeout=15)
            statuses[response.status_code] += 1
            case.validate_response(response, checks=CHECKS,
                                   transport_kwargs={"base_url": base, "session": session, "timeout": 15})

        try:
            fuzz()
        except (Exception, BaseExceptionGroup) as error:  # collect every operation's failures
            report = "".join(traceback.format_exception_only(type(error), error))
            failures.append(f"[{mode.value}] {report.strip()}")
    return failures


def test_every_operation_against_the_openapi_document(demo_server, people):
    base = demo_server.url("")
    schema = schemathesis.openapi.from_url(base + "/api/v1/openapi.json", timeout=15)
    schema.config.update(base_url=base)
    cookie_name = schema.raw_schema["components"]["securitySchemes"]["session"]["name"]
    auths = {who: signed_in_as(session, cookie_name) for who, (session, _) in people.items()}
    operations = []
    for result in schema.get_all_operations():
        operations.append(result.ok())  # raises if the document has an invalid operation
    operations.sort(key=lambda op: order(op.label))
    assert len(operations) >= 40, f"only {len(operations)} operations in the document"

    started = time.monotonic()
    summary, failures, known = [], [], {}
    for operation in operations:
        who = "admin" if operation.label in ADMIN_OPERATIONS else "mentor"
        # Read the ids afresh: earlier operations created meetings, goals, requests...
        session, me = people[who]
        if known.get(who) is None or operation.path_parameters or operation.label == "POST /api/v1/requests":
            known[who] = Known(session, base, me, admin=who == "admin")
        choices = path_choices(operation, known[who].rows)
        statuses = collections.Counter()
        for report in run_operation(operation, auths[who], choices, known[who], base, statuses):
            failures.append(f"{operation.label} (as {who}):\n{report}")
        codes = " ".join(f"{code}x{n}" for code, n in sorted(statuses.items()))
        summary.append(f"{operation.label:<70} {who:<6} {len(choices) - 1:>3} real  {codes}")
    took = time.monotonic() - started

    overview = "\n".join(summary) + f"\n{len(operations)} operations in {took:.0f} s"
    print(overview)
    assert not failures, (
        f"{len(failures)} schemathesis failure(s):\n\n" + "\n\n".join(failures) + "\n\n" + overview)
