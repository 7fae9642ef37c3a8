#!/usr/bin/env python3
"""Page load times of the web UI's "work the queue" screen, on a running platform (./isnad up).

    scripts/ui-page-load.py [--base http://127.0.0.1:8080] [--user reviewer1] [--requests 200] [--queue all]

Signs in through Keycloak's login form exactly as a browser does (authorization code + PKCE, cookies), then
requests GET /queues/<queue>/work --requests times over one keep-alive session: each request leases (or
re-uses the held lease), reads the claim with its article, the rubric, and renders the page. Prints the queue's
depth, the page size, the static assets' sizes and latency percentiles. Python 3 standard library only; the
numbers are those of the whole box (services, PostgreSQL, Keycloak and this script share it).
"""
import argparse
import html
import http.cookiejar
import json
import re
import statistics
import time
import urllib.parse
import urllib.request


class LocalCookiePolicy(http.cookiejar.DefaultCookiePolicy):
    """Keycloak marks its cookies Secure; browsers still send them to 127.0.0.1 (a secure context)."""

    def return_ok_secure(self, cookie, request):
        return True

    def set_ok(self, cookie, request):
        return True


def opener():
    jar = http.cookiejar.CookieJar(policy=LocalCookiePolicy())
    build = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    build.addheaders = [("Accept", "text/html"), ("User-Agent", "isnad-ui-page-load")]
    return build


def sign_in(web, base, user, password):
    page = web.open(base + "/").read().decode()
    form = re.search(r'<form[^>]+action="([^"]+)"', page)
    if not form:
        raise SystemExit("no Keycloak login form at " + base + "/")
    data = urllib.parse.urlencode({"username": user, "password": password, "credentialId": ""}).encode()
    landed = web.open(html.unescape(form.group(1)), data)
    body = landed.read().decode()
    if 'id="queues"' not in body:
        raise SystemExit("sign-in did not reach the home page (" + landed.geturl() + ")")


def depth(body, queue):
    match = re.search(r'data-queue="' + re.escape(queue) + r'".*?data-depth="(\d+)"', body, re.S)
    return int(match.group(1)) if match else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--user", default="reviewer1")
    parser.add_argument("--password")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--queue", default="all")
    args = parser.parse_args()
    web = opener()
    sign_in(web, args.base, args.user, args.password or args.user)
    home = web.open(args.base + "/").read().decode()
    page = args.base + "/queues/" + args.queue + "/work"
    first = web.open(page).read()
    assets = re.findall(r'(?:href|src)="(/(?:static|webjars)/[^"]+)"', first.decode())
    asset_sizes = {a: len(web.open(args.base + a).read()) for a in sorted(set(assets))}
    times = []
    for _ in range(args.requests):
        start = time.perf_counter()
        body = web.open(page).read()
        times.append((time.perf_counter() - start) * 1000)
        if b'id="claim-highlight"' not in body:
            raise SystemExit("the work page has no highlighted claim")
    times.sort()

    def pct(p):
        return times[min(len(times) - 1, int(round(p / 100 * len(times) + 0.5)) - 1)]

    print(json.dumps({
        "queue": args.queue, "queueDepth": depth(home, args.queue), "requests": len(times),
        "pageBytes": len(first), "assetBytes": asset_sizes,
        "latencyMs": {"mean": round(statistics.mean(times), 1), "p50": round(pct(50), 1),
                      "p95": round(pct(95), 1), "p99": round(pct(99), 1), "max": round(times[-1], 1)},
    }, indent=2))


if __name__ == "__main__":
    main()
