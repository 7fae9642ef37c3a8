#!/usr/bin/env python3
"""Browser page load of the "work the queue" screen in headless Chromium (Debian chromium + chromedriver),
on a running platform (./isnad up). Signs in through Keycloak, loads /queues/<queue>/work N times and reports
the Navigation Timing figures (DOMContentLoaded and load, ms from navigation start) after 5 warm-up loads.

    scripts/ui-browser-timing.py [--base http://127.0.0.1:8080] [--user reviewer3] [--runs 25] [--queue all]

Talks the W3C WebDriver protocol to chromedriver directly (standard library only).
"""
import argparse
import json, subprocess, time, urllib.request, statistics
parser = argparse.ArgumentParser()
for flag, default in (("--base", "http://127.0.0.1:8080"), ("--user", "reviewer3"), ("--queue", "all")):
    parser.add_argument(flag, default=default)
parser.add_argument("--runs", type=int, default=25)
args = parser.parse_args()
drv = subprocess.Popen(["/usr/bin/chromedriver", "--port=9516"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1.5)
def call(method, path, body=None):
    req = urllib.request.Request("http://127.0.0.1:9516" + path, method=method,
        data=None if body is None else json.dumps(body).encode(), headers={"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))["value"]
caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {"binary": "/usr/bin/chromium",
        "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"]}}}}
sid = call("POST", "/session", caps)["sessionId"]; S = "/session/" + sid
def find(css): return list(call("POST", S + "/element", {"using": "css selector", "value": css}).values())[0]
try:
    call("POST", S + "/url", {"url": args.base + "/"}); time.sleep(1)
    for css, text in (("#username", args.user), ("#password", args.user)):
        call("POST", S + "/element/" + find(css) + "/value", {"text": text})
    call("POST", S + "/element/" + find("#kc-login") + "/click", {}); time.sleep(2)
    dcl, load = [], []
    for i in range(args.runs + 5):
        call("POST", S + "/url", {"url": args.base + "/queues/" + args.queue + "/work"})
        t = call("POST", S + "/execute/sync", {"script": "var n = performance.getEntriesByType('navigation')[0]; return [n.responseEnd, n.domContentLoadedEventEnd, n.loadEventEnd];", "args": []})
        if i >= 5:  # after warm-up; assets cached as a reviewer's browser has them
            dcl.append(t[1]); load.append(t[2])
    q = lambda xs, p: sorted(xs)[min(len(xs) - 1, int(p * len(xs)))]
    print({"runs": len(load), "domContentLoaded_ms": {"p50": round(q(dcl, .5)), "p95": round(q(dcl, .95))},
           "load_ms": {"p50": round(q(load, .5)), "p95": round(q(load, .95)), "max": round(max(load))}})
finally:
    call("DELETE", S); drv.terminate()
