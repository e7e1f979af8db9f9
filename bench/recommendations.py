#!/usr/bin/env python3
"""Times GET /api/v1/programmes/{id}/recommendations?k=10 on a warm server.

Builds a fresh SQLite database with the demo plus a programme of N generated mentors
(`tandem demo --bench-mentors N`), starts `tandem serve` on a free loopback port, signs in as
the demo mentee, warms up, then sends a bounded number of sequential requests and reports
p50/p95/p99. The release binary is used by default (RULES: release build, SQLite, warm).

    swift build -c release --product tandem --scratch-path .build-release
    python3 bench/recommendations.py [--bin .build-release/release/tandem] [--mentors 1500] [--requests 1000]
"""
from __future__ import annotations

import argparse, datetime, os, platform, re, socket, statistics, subprocess, sys, tempfile, time
import http.cookiejar, urllib.request, urllib.parse
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(REPO / ".build-release/release/tandem"))
    ap.add_argument("--mentors", type=int, default=1500)
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--out", default=str(REPO / "bench/RECOMMENDATIONS.md"))
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="tandem-bench-"))
    port = free_port()
    env = dict(os.environ, DATABASE_URL=str(work / "bench.sqlite"), LOG_LEVEL="warning",
               TANDEM_SECRET="bench-secret-0123456789abcdef0123456789", PUBLIC_URL=f"http://127.0.0.1:{port}")
    seeded = subprocess.run([args.bin, "demo", "--bench-mentors", str(args.mentors)], cwd=REPO, env=env,
                            capture_output=True, text=True, check=True).stdout
    programme = re.search(r"benchmark-programme (\S+)", seeded).group(1)
    server = subprocess.Popen([args.bin, "serve", "--hostname", "127.0.0.1", "--port", str(port)], cwd=REPO, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if urllib.request.urlopen(base + "/healthz", timeout=1).status == 200:
                    break
            except OSError:
                time.sleep(0.1)
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = opener.open(base + "/sign-in").read().decode()
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode({"email": "mentee@example.com", "password": "tandem-demo-2026", "csrf_token": token}).encode()
        opener.open(base + "/sign-in", form)
        url = f"{base}/api/v1/programmes/{programme}/recommendations?k=10"
        for _ in range(50):  # warm: scoring index cached, connections open
            body = opener.open(url).read()
        assert b'"items"' in body and body.count(b'"mentor_id"') == 10, body[:200]
        times = []
        for _ in range(args.requests):
            start = time.perf_counter()
            opener.open(url).read()
            times.append((time.perf_counter() - start) * 1000)
    finally:
        server.terminate()
        server.wait(10)
    times.sort()
    pct = lambda p: times[min(len(times) - 1, int(p / 100 * len(times)))]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
    report = f"""# Recommendations latency

- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M UTC}
- Machine: {os.cpu_count()} cores, {cpu}
- Binary: `{os.path.relpath(args.bin, REPO)}`; SQLite; {args.mentors} mentors; warm (50 requests first)
- Request: `GET /api/v1/programmes/{{id}}/recommendations?k=10`, signed in, sequential, {args.requests} requests, client on the same machine

| p50 | p95 | p99 | max | mean |
|---:|---:|---:|---:|---:|
| {pct(50):.2f} ms | {pct(95):.2f} ms | {pct(99):.2f} ms | {times[-1]:.2f} ms | {statistics.mean(times):.2f} ms |

Target (RULES.md): p95 ≤ 20 ms. {"Met." if pct(95) <= 20 else "NOT met."}
"""
    Path(args.out).write_text(report)
    print(report)
    return 0 if pct(95) <= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
