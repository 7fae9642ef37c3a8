#!/usr/bin/env python3
"""Load test of the review-service lease endpoint through the gateway, on a running platform (./isnad up).

    scripts/lease-load.py [--reviewers 200] [--claims 10000] [--duration 60] [--base http://127.0.0.1:8080]
                          [--pause 0] [--hold]

1. Creates (idempotently) N Keycloak users load-reviewer-001... with realm role reviewer, through the Admin REST
   API as the isnad-gateway service account, and gets a password-grant token (isnad-cli) for each.
2. Seeds M claims by publishing claims.extracted CloudEvents (events/ contract, offsets in UTF-16 units)
   through the RabbitMQ management API, then polls GET /api/v1/queues until the `all` queue has grown by M.
3. R reviewer threads, each with its own keep-alive connection, loop for the duration:
   POST /api/v1/queues/all/lease, then release the lease (or, for --review-fraction of them, submit a review).
   With --pause S each reviewer then waits a random 0.5 S to 1.5 S before the next lease, as a reviewer
   reading the claim would (default 0: back to back, which measures saturation, not a desk's latency).
   With --hold the reviewer waits while holding the lease and then releases or reviews and leases again at once.
   Only the lease call is timed. Double leases (one claim held by two reviewers at overlapping times) are
   detected from per-claim intervals [lease response received, release/review request sent], which are times
   when the reviewer certainly held the lease.
4. Prints requests, throughput, lease latency percentiles, status counts and double leases, and, from two
   histograms read from /q/metrics before and after, the share of the run's leases answered within
   5/10/20/50/100/250 ms by review-service itself (isnad.review.lease.duration) and at the gateway
   (isnad.gateway.api.duration, operation queue.lease: token check, hop and service). The client's figure minus
   the gateway's is the loopback network and the load generator itself.
5. Samples /proc/stat every 0.5 s during the load (Linux only) and prints the share of CPU time the hypervisor
   took from this virtual machine (steal) and how busy the machine was, then the lease p50/p99 of the calls sent
   in intervals of rising steal (below 5 %, 5-15 %, 15-30 %, above): on a shared virtual machine a descheduled
   vCPU stalls whichever process was running on it, which no setting inside the platform can fix.

Python 3 standard library only. Everything (load generator, services, PostgreSQL, RabbitMQ, Keycloak) usually
shares one machine, so the figures are those of the whole box, not of review-service alone.
"""
import argparse
import base64
import collections
import concurrent.futures
import datetime
import http.client
import json
import random
import statistics
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

KEYCLOAK = "http://127.0.0.1:8180"
REALM = "isnad"
RABBIT = "http://127.0.0.1:15672"
RABBIT_AUTH = "Basic " + base64.b64encode(b"isnad:isnad").decode()
QUEUE = "all"
USER_PREFIX = "load-reviewer-"
VERDICTS = ["TRUE", "MOSTLY_TRUE", "MISLEADING", "MOSTLY_FALSE", "FALSE", "UNVERIFIABLE", "OPINION"]


def log(message):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), message), flush=True)


def http_json(method, url, body=None, headers=None, form=None, timeout=60):
    """One urllib call; returns (status, parsed JSON or None, response headers)."""
    headers = dict(headers or {})
    data = None
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body, ensure_ascii=False).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            raw = response.read()
            return response.status, (json.loads(raw) if raw else None), response.headers
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw.decode(errors="replace")
        return e.code, parsed, e.headers


# ---------------------------------------------------------------------------------------------- 1. reviewers

def admin_token():
    status, body, _ = http_json("POST", "%s/realms/%s/protocol/openid-connect/token" % (KEYCLOAK, REALM), form={
        "grant_type": "client_credentials", "client_id": "isnad-gateway", "client_secret": "isnad-gateway-secret"})
    if status != 200:
        sys.exit("service account token: HTTP %s %s" % (status, body))
    return body["access_token"]


def ensure_user(token, username, role):
    auth = {"Authorization": "Bearer " + token}
    admin = "%s/admin/realms/%s" % (KEYCLOAK, REALM)
    status, _, headers = http_json("POST", admin + "/users", headers=auth, body={
        "username": username, "enabled": True, "emailVerified": True,
        "firstName": "Load", "lastName": "Reviewer " + username[len(USER_PREFIX):],
        "email": username + "@load.isnad.invalid",
        "credentials": [{"type": "password", "value": username, "temporary": False}]})
    if status == 201:
        user_id = headers["Location"].rstrip("/").rsplit("/", 1)[1]
    elif status == 409:  # exists already
        status, found, _ = http_json("GET", admin + "/users?exact=true&username=" + urllib.parse.quote(username),
                                     headers=auth)
        if status != 200 or not found:
            raise RuntimeError("look up %s: HTTP %s %s" % (username, status, found))
        user_id = found[0]["id"]
    else:
        raise RuntimeError("create %s: HTTP %s" % (username, status))
    status, body, _ = http_json("POST", admin + "/users/%s/role-mappings/realm" % user_id, headers=auth, body=[role])
    if status not in (200, 204):
        raise RuntimeError("map role to %s: HTTP %s %s" % (username, status, body))
    return user_id


def user_token(username):
    for attempt in range(5):
        status, body, _ = http_json("POST", "%s/realms/%s/protocol/openid-connect/token" % (KEYCLOAK, REALM), form={
            "grant_type": "password", "client_id": "isnad-cli", "username": username, "password": username})
        if status == 200:
            return body["access_token"]
        time.sleep(0.5 * (attempt + 1))
    raise RuntimeError("token for %s: HTTP %s %s" % (username, status, body))


def setup_reviewers(count, workers):
    started = time.perf_counter()
    token = admin_token()
    status, role, _ = http_json("GET", "%s/admin/realms/%s/roles/reviewer" % (KEYCLOAK, REALM),
                                headers={"Authorization": "Bearer " + token})
    if status != 200:
        sys.exit("reviewer role: HTTP %s %s" % (status, role))
    role = {"id": role["id"], "name": role["name"]}
    names = ["%s%03d" % (USER_PREFIX, i) for i in range(1, count + 1)]
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        list(pool.map(lambda n: ensure_user(token, n, role), names))
    log("reviewers: %d users present with role reviewer (%.1f s)" % (count, time.perf_counter() - started))
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        tokens = list(pool.map(user_token, names))
    log("reviewers: %d tokens (%.1f s)" % (count, time.perf_counter() - started))
    return list(zip(names, tokens))


# ---------------------------------------------------------------------------------------------- 2. claims

SOURCES = [
    ("NAMED_PERSON", "الوزير خالد العلي", None, "قال"),
    ("OFFICIAL", "وزارة الصحة", None, "أعلنت"),
    ("OUTLET", None, "وكالة الأنباء المحلية", "نقلت"),
    ("ANONYMOUS", "مصادر ميدانية", None, "أفادت"),
    ("UNATTRIBUTED", None, None, None),
]
TOPICS = ["أسعار الخبز ارتفعت", "ساعات تقنين الكهرباء زادت", "عدد المدارس المغلقة بلغ",
          "ضخ المياه تراجع", "عدد النازحين وصل", "إنتاج القمح انخفض", "أجور العمال ارتفعت", "المستشفيات استقبلت"]


def utf16_len(text):
    return len(text.encode("utf-16-le")) // 2


def claim_sentence(run, article, index, source):
    source_type, who, outlet, cue = source
    topic = TOPICS[(article + index) % len(TOPICS)]
    value = (article * 37 + index * 11) % 90 + 5
    body = "%s %d بالمئة في الحي %d من المنطقة %d (حمل %s)" % (topic, value, index + 1, article + 1, run)
    if source_type == "UNATTRIBUTED":
        return body + "."
    return "%s %s إن %s." % (cue, who or outlet, body)


def claims_event(run, article_index, claims_per_article, rng):
    article_id = str(uuid.uuid4())
    sentences, claims, offset = [], [], 0
    for i in range(claims_per_article):
        source = SOURCES[rng.randrange(len(SOURCES))]
        text = claim_sentence(run, article_index, i, source)
        if sentences:
            offset += 1  # the joining space
        start, end = offset, offset + utf16_len(text)
        offset = end
        sentences.append(text)
        source_type, who, outlet, cue = source
        claims.append({
            "id": str(uuid.uuid4()), "text": text, "start": start, "end": end,
            "checkworthiness": round(rng.uniform(0.05, 0.99), 3),
            "checkworthinessFeatures": {"load": 1.0},
            "attribution": {"sourceType": source_type, "source": who, "outlet": outlet, "cue": cue},
            "quantities": [], "entityRefs": []})
    text = " ".join(sentences)
    assert utf16_len(text) == offset
    for claim in claims:  # the contract review-service checks: text == article.text[start:end] (BMP only here)
        assert text[claim["start"]:claim["end"]] == claim["text"]
    now = datetime.datetime.now(datetime.timezone.utc)
    return {
        "specversion": "1.0", "id": str(uuid.uuid4()), "source": "/isnad/load",
        "type": "org.isnad.claims.extracted.v1", "subject": article_id,
        "time": now.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "datacontenttype": "application/json",
        "data": {
            "articleId": article_id,
            "article": {"title": "مقال حمل %s رقم %d" % (run, article_index + 1), "text": text, "language": "ar",
                        "url": "https://load.isnad.invalid/%s/%d" % (run, article_index + 1),
                        "outlet": "منفذ الحمل",
                        "publishedAt": now.isoformat(timespec="seconds").replace("+00:00", "Z")},
            "extraction": {"language": "ar", "extractorVersion": "lease-load-1", "boilerplate": [],
                           "claims": claims, "entities": []}}}


def publish(event):
    body = {"properties": {"content_type": "application/cloudevents+json", "delivery_mode": 2},
            "routing_key": "claims.extracted", "payload": json.dumps(event, ensure_ascii=False),
            "payload_encoding": "string"}
    status, answer, _ = http_json("POST", RABBIT + "/api/exchanges/isnad/isnad.events/publish", body=body,
                                  headers={"Authorization": RABBIT_AUTH})
    if status != 200 or not (answer or {}).get("routed"):
        raise RuntimeError("publish: HTTP %s %s" % (status, answer))


def queue_depth(base, token):
    status, queues, _ = http_json("GET", base + "/api/v1/queues", headers={"Authorization": "Bearer " + token})
    if status != 200:
        raise RuntimeError("GET /api/v1/queues: HTTP %s %s" % (status, queues))
    for q in queues:
        if q["name"] == QUEUE:
            return q["depth"]
    raise RuntimeError("no queue %r in %s" % (QUEUE, [q["name"] for q in queues]))


def seed_claims(base, token, total, per_article, timeout):
    baseline = queue_depth(base, token)
    run = uuid.uuid4().hex[:6]
    rng = random.Random(run)
    articles = (total + per_article - 1) // per_article
    sizes = [min(per_article, total - i * per_article) for i in range(articles)]
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda i: publish(claims_event(run, i, sizes[i], rng)), range(articles)))
    log("claims: published %d claims.extracted events (%d claims, run %s) in %.1f s; queue %r depth was %d"
        % (articles, total, run, time.perf_counter() - started, QUEUE, baseline))
    target = baseline + total
    last = None
    while True:
        depth = queue_depth(base, token)
        if depth != last:
            log("claims: queue %r depth %d / %d" % (QUEUE, depth, target))
            last = depth
        if depth >= target:
            break
        if time.perf_counter() - started > timeout:
            log("claims: WARNING gave up waiting after %.0f s at depth %d (target %d)" % (timeout, depth, target))
            break
        time.sleep(2)
    log("claims: seeded in %.1f s" % (time.perf_counter() - started))
    return depth


# ---------------------------------------------------------------------------------------------- 3. load

class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []            # ms of lease calls answered 200 or 204
        self.sent_at = []              # when each of those calls was sent (time.monotonic())
        self.statuses = collections.Counter()
        self.follow_ups = collections.Counter()  # "release 204", "review 201", ...
        self.intervals = collections.defaultdict(list)  # claim id -> [(reviewer, held_from, held_until)]
        self.errors = collections.Counter()


class Reviewer(threading.Thread):
    def __init__(self, base, name, token, deadline, review_fraction, results, seed, pause=0.0, hold=False):
        super().__init__(daemon=True, name=name)
        url = urllib.parse.urlsplit(base)
        self.host, self.port = url.hostname, url.port or 80
        self.reviewer, self.token = name, token
        self.deadline, self.review_fraction, self.results = deadline, review_fraction, results
        self.rng = random.Random(seed)
        self.pause = pause
        self.hold = hold
        self.conn = None
        self.sent_at = []  # monotonic send time of each entry of self.latencies
        self.latencies, self.statuses, self.follow_ups, self.errors = [], collections.Counter(), \
            collections.Counter(), collections.Counter()
        self.intervals = []
        self.finished = None

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else b""
        headers = {"Authorization": "Bearer " + self.token, "Content-Type": "application/json",
                   "Connection": "keep-alive"}
        for attempt in range(2):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                raw = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response.status, raw
            except (http.client.HTTPException, OSError) as e:
                self.conn.close()
                self.conn = None
                if attempt == 1:
                    raise
                self.errors["reconnect: " + type(e).__name__] += 1

    def run(self):
        if self.pause > 0:
            time.sleep(self.rng.uniform(0, self.pause))  # spread the first leases as later ones are spread
        while time.monotonic() < self.deadline:
            sent = time.monotonic()
            try:
                status, raw = self.call("POST", "/api/v1/queues/%s/lease" % QUEUE)
            except (http.client.HTTPException, OSError) as e:
                self.statuses["error"] += 1
                self.errors["lease: " + type(e).__name__] += 1
                continue
            received = time.monotonic()
            self.statuses[status] += 1
            if status in (200, 204):
                self.latencies.append((received - sent) * 1000)
                self.sent_at.append(sent)
            if status == 204:
                time.sleep(0.05)  # nothing left for this reviewer; do not spin
                continue
            if status != 200:
                self.errors["lease %d: %s" % (status, raw[:200].decode(errors="replace"))] += 1
                time.sleep(0.05)
                continue
            lease = json.loads(raw)
            claim_id, lease_id = lease["claim"]["id"], lease["leaseId"]
            if self.hold and self.pause > 0:
                self.think()  # reading the claim while holding it, as a desk does
            if self.rng.random() < self.review_fraction:
                kind, path = "review", "/api/v1/claims/%s/reviews" % claim_id
                body = {"ratings": {"sourcing": self.rng.randint(1, 5), "evidence": self.rng.randint(1, 5)},
                        "verdict": self.rng.choice(VERDICTS), "notes": "lease-load"}
            else:
                kind, path, body = "release", "/api/v1/leases/%s/release" % lease_id, None
            given_back = time.monotonic()
            try:
                status, raw = self.call("POST", path, body)
            except (http.client.HTTPException, OSError) as e:
                status, raw = "error", str(e).encode()
            self.follow_ups["%s %s" % (kind, status)] += 1
            if status not in (200, 201, 204):
                self.errors["%s %s: %s" % (kind, status, raw[:200].decode(errors="replace"))] += 1
                given_back = float("inf")  # the lease may still be open: count it as held to the end
            self.intervals.append((claim_id, self.reviewer, received, given_back))
            if self.pause > 0 and not self.hold:
                self.think()
        self.finished = time.monotonic()

    def think(self):
        time.sleep(min(self.pause * self.rng.uniform(0.5, 1.5), max(0.0, self.deadline - time.monotonic())))

    def merge(self):
        r = self.results
        with r.lock:
            r.latencies.extend(self.latencies)
            r.sent_at.extend(self.sent_at)
            r.statuses.update(self.statuses)
            r.follow_ups.update(self.follow_ups)
            r.errors.update(self.errors)
            for claim_id, reviewer, held_from, held_until in self.intervals:
                r.intervals[claim_id].append((reviewer, held_from, held_until))
        if self.conn is not None:
            self.conn.close()


def double_leases(intervals):
    """Pairs of intervals on the same claim, held by different reviewers, that overlap."""
    found = []
    for claim_id, held in intervals.items():
        held.sort(key=lambda h: h[1])
        latest_end, latest_who = float("-inf"), None
        for reviewer, start, end in held:
            if start < latest_end and reviewer != latest_who:
                found.append((claim_id, latest_who, reviewer))
            elif start < latest_end and reviewer == latest_who:
                found.append((claim_id, reviewer, reviewer + " (same reviewer, two leases)"))
            if end > latest_end:
                latest_end, latest_who = end, reviewer
    return found


def histogram_buckets(metrics_url, metric, labels):
    """Cumulative counts of a Prometheus histogram (lines `<metric>_bucket{...}` carrying every label in `labels`)
    by upper bound in ms, or None when the metrics endpoint cannot be read."""
    try:
        with urllib.request.urlopen(metrics_url, timeout=10) as response:
            text = response.read().decode()
    except (urllib.error.URLError, OSError):
        return None
    buckets = {}
    for line in text.splitlines():
        if line.startswith(metric + "_bucket{") and all(label in line for label in labels):
            labels_part, value = line.rsplit(" ", 1)
            le = labels_part.split('le="', 1)[1].split('"', 1)[0]
            bound = float("inf") if le == "+Inf" else float(le) * 1000
            buckets[bound] = buckets.get(bound, 0) + float(value)
    return buckets


def lease_time_buckets(metrics_url):
    """review-service's own lease-time histogram (isnad.review.lease.duration, outcome leased)."""
    return histogram_buckets(metrics_url, "isnad_review_lease_duration_seconds", ['outcome="leased"'])


def gateway_lease_buckets(metrics_url):
    """The gateway's edge timer for successful lease calls (isnad.gateway.api.duration): token check, hop to
    review-service, the service's own time and the relay, but not the network to the client or the client."""
    return histogram_buckets(metrics_url, "isnad_gateway_api_duration_seconds",
                             ['operation="queue.lease"', 'outcome="2xx"'])


def server_side_report(before, after):
    """Share of the run's leases answered within each bucket bound, by the histogram read before and after."""
    if before is None or after is None or not after:
        return "not available (metrics not readable)"
    delta = {bound: after[bound] - before.get(bound, 0) for bound in after}
    total = delta.get(float("inf"), 0)
    if total <= 0:
        return "no leases recorded"
    shares = ["<= %g ms %.1f %%" % (bound, 100 * n / total) for bound, n in sorted(delta.items())
              if bound != float("inf")]
    return "%s  (n=%d)" % ("  ".join(shares), total)


class CpuSampler(threading.Thread):
    """Reads the aggregate `cpu` line of /proc/stat every `interval` seconds: per interval, the share of CPU time
    stolen by the hypervisor and the share spent busy (user, nice, system, irq, softirq, steal)."""

    def __init__(self, interval=0.5):
        super().__init__(daemon=True, name="cpu-sampler")
        self.interval = interval
        self.samples = []  # (interval start, interval end, steal share, busy share)
        self.stopped = threading.Event()

    @staticmethod
    def read():
        try:
            with open("/proc/stat") as stat:
                fields = [int(v) for v in stat.readline().split()[1:9]]
        except (OSError, ValueError):
            return None
        user, nice, system, idle, iowait, irq, softirq, steal = fields
        return time.monotonic(), user + nice + system + irq + softirq + steal, idle + iowait, steal

    def run(self):
        previous = self.read()
        while previous is not None and not self.stopped.wait(self.interval):
            current = self.read()
            total = (current[1] - previous[1]) + (current[2] - previous[2])
            if total > 0:
                self.samples.append((previous[0], current[0], (current[3] - previous[3]) / total,
                                     (current[1] - previous[1]) / total))
            previous = current

    def steal_at(self, moment):
        for start, end, steal, _ in self.samples:
            if start <= moment < end:
                return steal
        return None


def machine_report(sampler, sent_at, latencies, bands=(0.05, 0.15, 0.30)):
    """Steal and busy shares over the run, and the lease latency of the calls sent in intervals of rising steal."""
    if not sampler.samples:
        return ["not available (/proc/stat not readable)"]
    steal = statistics.fmean(s[2] for s in sampler.samples)
    busy = statistics.fmean(s[3] for s in sampler.samples)
    worst = max(s[2] for s in sampler.samples)
    lines = ["steal %.1f %% of CPU time (worst %.1f s interval %.0f %%), busy %.0f %% (steal included)"
             % (100 * steal, sampler.interval, 100 * worst, 100 * busy)]
    limits = list(bands) + [float("inf")]
    by_band = [[] for _ in limits]
    for moment, ms in zip(sent_at, latencies):
        share = sampler.steal_at(moment)
        if share is not None:
            by_band[next(i for i, limit in enumerate(limits) if share < limit)].append(ms)
    lower = 0.0
    for limit, values in zip(limits, by_band):
        label = ("steal %2.0f-%2.0f %%" % (100 * lower, 100 * limit)) if limit != float("inf") \
            else "steal >= %2.0f %%" % (100 * lower)
        values.sort()
        lines.append("%-15s lease p50 %s p99 %s (n=%d)" % (
            label + ":", "%.1f ms" % percentile(values, 50) if values else "-",
            "%.1f ms" % percentile(values, 99) if values else "-", len(values)))
        lower = limit
    return lines


def percentile(sorted_values, p):
    if not sorted_values:
        return float("nan")
    k = (len(sorted_values) - 1) * p / 100.0
    lo, hi = int(k), min(int(k) + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (k - lo)


def main():
    # 200 mostly sleeping threads share one interpreter lock: a thread whose answer has arrived waits for the lock
    # up to the switch interval (5 ms by default) when another thread is busy, and that wait would be timed as
    # lease latency. A 0.5 ms interval keeps the load generator's own share of the tail small.
    sys.setswitchinterval(0.0005)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reviewers", type=int, default=200)
    parser.add_argument("--claims", type=int, default=10000, help="claims to seed (0: use what is queued)")
    parser.add_argument("--claims-per-article", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60, help="seconds of load")
    parser.add_argument("--base", default="http://127.0.0.1:8080", help="gateway URL")
    parser.add_argument("--review-fraction", type=float, default=0.02,
                        help="share of leases answered with a review instead of a release")
    parser.add_argument("--pause", type=float, default=0,
                        help="mean seconds a reviewer waits after each lease before the next (0: back to back)")
    parser.add_argument("--hold", action="store_true",
                        help="with --pause: wait while holding the lease, then release or review and lease the next "
                             "at once (a desk's rhythm: some 200 claims are held at any time and every pick passes "
                             "them); without it the lease is given back first and the reviewer waits empty-handed")
    parser.add_argument("--seed-timeout", type=float, default=900, help="seconds to wait for the queue to fill")
    parser.add_argument("--setup-workers", type=int, default=8)
    parser.add_argument("--service-metrics", default="http://127.0.0.1:8083/q/metrics",
                        help="review-service metrics, read before and after the run for its own lease times")
    parser.add_argument("--gateway-metrics", default="http://127.0.0.1:8080/q/metrics",
                        help="gateway metrics, read before and after the run for the lease times at the edge")
    args = parser.parse_args()
    command = " ".join(["scripts/lease-load.py"] + sys.argv[1:])

    reviewers = setup_reviewers(args.reviewers, args.setup_workers)
    probe = reviewers[0][1]
    if args.claims > 0:
        depth = seed_claims(args.base, probe, args.claims, args.claims_per_article, args.seed_timeout)
    else:
        depth = queue_depth(args.base, probe)
        log("claims: not seeding; queue %r depth %d" % (QUEUE, depth))

    results = Results()
    # tokens were fetched before seeding; refresh them so none runs out mid-run
    with concurrent.futures.ThreadPoolExecutor(args.setup_workers) as pool:
        tokens = list(pool.map(user_token, [name for name, _ in reviewers]))
    server_before = lease_time_buckets(args.service_metrics)
    gateway_before = gateway_lease_buckets(args.gateway_metrics)
    start = time.monotonic()
    deadline = start + args.duration
    threads = [Reviewer(args.base, name, token, deadline, args.review_fraction, results, i, args.pause, args.hold)
               for i, (name, token) in enumerate(zip([n for n, _ in reviewers], tokens))]
    log("load: %d reviewer threads for %.0f s on queue %r (depth %d)" % (len(threads), args.duration, QUEUE, depth))
    sampler = CpuSampler()
    sampler.start()
    for t in threads:
        t.start()
    last_report = start
    while any(t.is_alive() for t in threads):
        time.sleep(0.2)
        if time.monotonic() - last_report >= 5:
            last_report = time.monotonic()
            done = sum(len(t.latencies) for t in threads)
            log("load: %.0f s, %d lease answers so far" % (last_report - start, done))
    for t in threads:
        t.join()
        t.merge()
    sampler.stopped.set()
    sampler.join()
    # from the start to the end of the last in-flight request (threads finish their current call after the deadline)
    elapsed = max(t.finished or start for t in threads) - start

    server_after = lease_time_buckets(args.service_metrics)
    gateway_after = gateway_lease_buckets(args.gateway_metrics)
    lat = sorted(results.latencies)
    requests = sum(results.statuses.values())
    doubles = double_leases(results.intervals)
    other = {str(k): v for k, v in results.statuses.items() if k not in (200, 204)}
    print()
    print("=== lease load report ===")
    print("command:            %s" % command)
    print("reviewers:          %d threads (one keep-alive connection each), %.1f s wall, pause %.1f s%s"
          % (len(threads), elapsed, args.pause, " holding the lease" if args.hold else ""))
    print("queue %-12s  depth %d before the run" % (repr(QUEUE) + ":", depth))
    print("lease requests:     %d  (%.1f req/s)" % (requests, requests / elapsed))
    print("leases granted:     %d  (%.1f /s), distinct claims %d"
          % (results.statuses[200], results.statuses[200] / elapsed, len(results.intervals)))
    print("status counts:      200=%d  204=%d  other=%s"
          % (results.statuses[200], results.statuses[204], other or 0))
    if lat:
        print("lease latency ms:   p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (mean %.1f, n=%d)"
              % (percentile(lat, 50), percentile(lat, 90), percentile(lat, 99), lat[-1],
                 statistics.fmean(lat), len(lat)))
    print("in review-service:  %s" % server_side_report(server_before, server_after))
    print("at the gateway:     %s" % server_side_report(gateway_before, gateway_after))
    for i, line in enumerate(machine_report(sampler, results.sent_at, results.latencies)):
        print("%s%s" % ("machine:           " if i == 0 else "                   ", line))
    print("follow-up calls:    %s" % dict(sorted(results.follow_ups.items())))
    print("double leases:      %d" % len(doubles))
    for claim_id, a, b in doubles[:20]:
        print("   claim %s held by %s and %s at overlapping times" % (claim_id, a, b))
    if results.errors:
        print("errors:")
        for message, n in results.errors.most_common(10):
            print("   %6d  %s" % (n, message))
    return 1 if doubles else 0


if __name__ == "__main__":
    sys.exit(main())
