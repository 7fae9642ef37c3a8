#!/usr/bin/env python3
"""One reviewer, sequential lease + release calls: latency without concurrency, for per-call CPU and hop costs.

    scripts/lease-sequential.py CALLS ROUNDS PORTS [PAUSE_S]

CALLS lease/release pairs per round, ROUNDS rounds, PORTS a comma list (8083 = review-service direct, 8080 = through
the gateway, whose per-user rate limit needs PAUSE_S >= 0.11), printing p50/p90/p99 per round and port. Token from
Keycloak as reviewer1 (scripts/lease-load.py's helper). Needs open claims in queue "all".
"""
import http.client
import importlib.util
import json
import os
import sys
import time

spec = importlib.util.spec_from_file_location("lease_load", os.path.join(os.path.dirname(__file__), "lease-load.py"))
lease_load = importlib.util.module_from_spec(spec)
spec.loader.exec_module(lease_load)


def quantile(values, q):
    return sorted(values)[max(int(q * len(values)) - 1, 0)]


def run(port, calls, pause, token):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json", "Accept": "application/json"}
    leases, releases = [], []
    for _ in range(calls):
        time.sleep(pause)
        started = time.perf_counter()
        connection.request("POST", "/api/v1/queues/all/lease", body=b"", headers=headers)
        response = connection.getresponse()
        body = response.read()
        leases.append((time.perf_counter() - started) * 1000)
        if response.status != 200:
            sys.exit("lease: HTTP %d %s" % (response.status, body[:200]))
        lease_id = json.loads(body)["leaseId"]
        started = time.perf_counter()
        connection.request("POST", "/api/v1/leases/%s/release" % lease_id, body=b"", headers=headers)
        connection.getresponse().read()
        releases.append((time.perf_counter() - started) * 1000)
    print("%d lease p50 %.2f p90 %.2f p99 %.2f | release p50 %.2f p90 %.2f p99 %.2f" % (
        port, quantile(leases, .5), quantile(leases, .9), quantile(leases, .99),
        quantile(releases, .5), quantile(releases, .9), quantile(releases, .99)))


def main():
    calls, rounds = int(sys.argv[1]), int(sys.argv[2])
    ports = [int(p) for p in sys.argv[3].split(",")]
    pause = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    token = lease_load.user_token("reviewer1")
    for _ in range(rounds):
        for port in ports:
            run(port, calls, pause, token)


if __name__ == "__main__":
    main()
