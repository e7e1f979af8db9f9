"""Tandem as an operator installs it: the built binary copied into a prefix, its templates and
public files under ``share/tandem``, started from an empty folder with ``serve --demo``. Every
page a signed-in admin, mentee and mentor can reach by following links answers 200. A binary
without its resources refuses to start, saying where it looked."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest

from conftest import E2E_SECRET, HEALTH_TIMEOUT, REPO, _free_port, _healthy, _stop, _tail, _tandem_bin
from helpers import api_session

PASSWORD = "tandem-demo-2026"
PAGE_LIMIT = 400
SKIPPED = ("/sign-out", ".ics", "/calendar/feed")


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "TEST_DATABASE_URL", "PORT", "HOSTNAME", "PUBLIC_URL",
                        "SECURE_COOKIES", "TANDEM_RESOURCES", "LOG_LEVEL")}
    env.update(TANDEM_SECRET=E2E_SECRET, LOG_LEVEL="warning")
    return env


@pytest.fixture(scope="module")
def installed():
    """``PREFIX/bin/tandem`` and ``PREFIX/share/tandem/{Resources,Public}``, serving the demo."""
    root = Path(tempfile.mkdtemp(prefix="tandem-install-"))
    prefix, rundir = root / "opt" / "tandem", root / "run"
    (prefix / "bin").mkdir(parents=True)
    rundir.mkdir()
    shutil.copy2(_tandem_bin(), prefix / "bin" / "tandem")
    shutil.copytree(REPO / "Resources", prefix / "share" / "tandem" / "Resources")
    shutil.copytree(REPO / "Public", prefix / "share" / "tandem" / "Public")
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = root / "server.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [str(prefix / "bin" / "tandem"), "serve", "--demo", "--port", str(port)],
            cwd=rundir, env=_clean_env(), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + HEALTH_TIMEOUT
            while not _healthy(base + "/healthz"):
                assert process.poll() is None, f"installed tandem exited early:\n{_tail(log)}"
                assert time.monotonic() < deadline, f"installed tandem never answered:\n{_tail(log)}"
                time.sleep(0.25)
            assert (rundir / "tandem.sqlite").is_file(), "the default database belongs in the working folder"
            yield base
        finally:
            _stop(process)
            shutil.rmtree(root, ignore_errors=True)


def _crawl(base: str, email: str) -> tuple[int, list[str]]:
    session, _ = api_session(base, email, PASSWORD)
    seen, queue, failures = {"/"}, deque(["/"]), []
    while queue and len(seen) <= PAGE_LIMIT:
        path = queue.popleft()
        answer = session.get(base + path, timeout=15, allow_redirects=False)
        if answer.status_code in (301, 302, 303):
            target = urlparse(urljoin(base + path, answer.headers["Location"]))
            if target.path not in seen and target.netloc == urlparse(base).netloc:
                seen.add(target.path)
                queue.append(target.path + (f"?{target.query}" if target.query else ""))
            continue
        if answer.status_code != 200:
            failures.append(f"{email}: GET {path} answered {answer.status_code}")
            continue
        if "text/html" not in answer.headers.get("Content-Type", ""):
            continue
        for href in re.findall(r'href="(/[^"#]*)"', answer.text):
            href = href.replace("&amp;", "&")
            if href not in seen and not any(s in href for s in SKIPPED):
                seen.add(href)
                queue.append(href)
    return len(seen), failures


@pytest.mark.parametrize("email", ["admin@example.com", "mentee@example.com", "mentor@example.com"])
def test_installed_binary_serves_every_page_it_links_to(installed, email):
    pages, failures = _crawl(installed, email)
    assert pages > 15, f"only {pages} pages reached as {email}"
    assert not failures, "\n".join(failures)


def test_installed_binary_serves_its_styles(installed):
    import requests

    page = requests.get(installed + "/sign-in", timeout=15)
    stylesheets = re.findall(r'<link[^>]+href="(/[^"]+\.css)"', page.text)
    assert stylesheets, "the sign-in page links no stylesheet"
    for sheet in stylesheets:
        answer = requests.get(installed + sheet, timeout=15)
        assert answer.status_code == 200 and "text/css" in answer.headers.get("Content-Type", ""), sheet


def test_binary_without_resources_refuses_to_start_and_says_where_it_looked():
    root = Path(tempfile.mkdtemp(prefix="tandem-bare-"))
    try:
        shutil.copy2(_tandem_bin(), root / "tandem")
        result = subprocess.run(
            [str(root / "tandem"), "serve", "--port", str(_free_port())], cwd=root, env=_clean_env(),
            stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        assert result.returncode != 0
        assert "Resources/Views" in result.stderr and "TANDEM_RESOURCES" in result.stderr, result.stderr
        assert str(root) in result.stderr, result.stderr
    finally:
        shutil.rmtree(root, ignore_errors=True)


def test_a_wrong_override_is_an_error_not_a_fallback(tmp_path):
    env = _clean_env()
    env["TANDEM_RESOURCES"] = str(tmp_path / "nowhere")
    result = subprocess.run(
        [str(_tandem_bin()), "serve", "--port", str(_free_port())], cwd=tmp_path, env=env,
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "TANDEM_RESOURCES" in result.stderr and "nowhere" in result.stderr, result.stderr
