"""Fixtures for Tandem's browser tests.

* ``server``: starts the real ``tandem serve`` on a free loopback port over a
  fresh SQLite file, waits for ``GET /healthz`` and always stops it again.
  It is module-scoped: every test file gets its own server and an empty
  database, because sign-up creates an organisation only while none exists.
* ``browsers``: a factory for independent headless Chromium sessions; every
  driver it made is quit in teardown.

Environment:
  TANDEM_BIN    path of the server binary (default <repo>/.build/debug/tandem)
  CHROME_BIN    Chromium binary      (default /usr/bin/chromium)
  CHROMEDRIVER  chromedriver binary  (default /usr/bin/chromedriver)
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Never let Selenium Manager reach out for a driver or a browser.
os.environ.setdefault("SE_OFFLINE", "true")

REPO = Path(__file__).resolve().parent.parent
CHROME_BIN = os.environ.get("CHROME_BIN", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
E2E_SECRET = "e2e-secret-0123456789abcdef0123456789"
HEALTH_TIMEOUT = 60.0
STOP_TIMEOUT = 10.0
ARTIFACTS = Path(tempfile.gettempdir()) / "tandem-e2e-artifacts"

# Inherited settings that would change how the server under test behaves.
_SCRUBBED_ENV = (
    "DATABASE_URL", "TEST_DATABASE_URL", "PORT", "HOSTNAME", "PUBLIC_URL",
    "SECURE_COOKIES", "ALLOW_NEW_ORGS", "TRUSTED_PROXIES", "TANDEM_SECRET",
    "LOG_LEVEL", "SMTP_URL", "MAIL_FROM", "TANDEM_ALLOW_LOOPBACK_OUTBOUND", "TANDEM_EXTRA_CA_FILE",
)

# Log files of running servers, so failure reports can show them.
_server_logs: list[Path] = []


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tail(path: Path, lines: int = 80) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError as error:
        return f"<cannot read {path}: {error}>"
    return "\n".join(text.splitlines()[-lines:]) or "<empty>"


def _tandem_bin() -> Path:
    configured = os.environ.get("TANDEM_BIN")
    return Path(configured) if configured else REPO / ".build" / "debug" / "tandem"


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_TIMEOUT)


class TandemServer:
    def __init__(self, base_url: str, workdir: Path, log: Path):
        self.base_url = base_url
        self.workdir = workdir
        self.log = log
        self.database = workdir / "run" / "tandem.sqlite"

    def url(self, path: str) -> str:
        return self.base_url + path


@pytest.fixture(scope="module")
def server():
    yield from _serve([])


@pytest.fixture(scope="module")
def demo_server():
    """The real server over a fresh database with the demo organisation loaded."""
    yield from _serve(["--demo"])


def _serve(extra_args, extra_env=None):
    binary = _tandem_bin()
    if not (binary.is_file() and os.access(binary, os.X_OK)):
        pytest.fail(
            f"tandem server binary not found at {binary}; build it with "
            "`swift build` or set TANDEM_BIN", pytrace=False)

    workdir = Path(tempfile.mkdtemp(prefix="tandem-e2e-"))
    # The server starts in an empty folder of its own, as a service would: it finds its
    # templates from the binary, and the default database file lands here.
    rundir = workdir / "run"
    rundir.mkdir()
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    log = workdir / "server.log"
    env = {k: v for k, v in os.environ.items() if k not in _SCRUBBED_ENV}
    env.pop("TANDEM_RESOURCES", None)
    env.update(
        TANDEM_SECRET=E2E_SECRET,
        LOG_LEVEL="warning",
        PUBLIC_URL=base_url,
    )
    env.update(extra_env or {})
    command = [str(binary), "serve", "--hostname", "127.0.0.1", "--port", str(port), *extra_args]

    process = None
    log_file = open(log, "wb")
    try:
        process = subprocess.Popen(
            command, cwd=rundir, env=env, stdin=subprocess.DEVNULL,
            stdout=log_file, stderr=subprocess.STDOUT)
        _server_logs.append(log)

        deadline = time.monotonic() + HEALTH_TIMEOUT
        while not _healthy(base_url + "/healthz"):
            if process.poll() is not None:
                pytest.fail(
                    f"tandem serve exited with {process.returncode} before "
                    f"answering /healthz. Output:\n{_tail(log)}", pytrace=False)
            if time.monotonic() > deadline:
                pytest.fail(
                    f"GET {base_url}/healthz did not return 200 within "
                    f"{HEALTH_TIMEOUT:.0f} s. Output:\n{_tail(log)}", pytrace=False)
            time.sleep(0.25)

        server = TandemServer(base_url, workdir, log)
        assert server.database.is_file(), "the default database should be created in the working folder"
        yield server
    finally:
        if process is not None:
            _stop(process)
        log_file.close()
        if log in _server_logs:
            _server_logs.remove(log)
        shutil.rmtree(workdir, ignore_errors=True)


def chrome_options() -> webdriver.ChromeOptions:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROME_BIN
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--lang=en-GB"):
        options.add_argument(argument)
    return options


def new_driver() -> webdriver.Chrome:
    # Naming the driver's path keeps Selenium Manager from downloading one.
    service = Service(executable_path=CHROMEDRIVER)
    driver = webdriver.Chrome(service=service, options=chrome_options())
    driver.implicitly_wait(0)  # tests use explicit waits only
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(30)
    return driver


@pytest.fixture
def browsers(request):
    """Call ``browsers()`` to get a new, independent browser session."""
    drivers: list[webdriver.Chrome] = []

    def make() -> webdriver.Chrome:
        driver = new_driver()
        drivers.append(driver)
        return driver

    try:
        yield make
    finally:
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            _save_artifacts(request.node.name, drivers)
        for driver in drivers:
            try:
                driver.quit()
            except Exception:  # keep quitting the others
                pass


def _save_artifacts(test_name: str, drivers) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for index, driver in enumerate(drivers):
        stem = ARTIFACTS / f"{test_name}-browser{index}"
        try:
            driver.save_screenshot(str(stem.with_suffix(".png")))
            stem.with_suffix(".html").write_text(
                f"<!-- {driver.current_url} -->\n{driver.page_source}")
            print(f"saved {stem}.png/.html ({driver.current_url})")
        except Exception as error:
            print(f"could not save artifacts for browser {index}: {error}")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)
    if report.failed:
        for log in _server_logs:
            report.sections.append((f"tandem server output ({log})", _tail(log)))
