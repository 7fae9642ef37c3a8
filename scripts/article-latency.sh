#!/usr/bin/env bash
# End-to-end latency of articles through a running platform (./isnad up): POST an article through the gateway,
# then poll until review-service lists its claims. Prints each run and the median/p90/max in milliseconds.
#   scripts/article-latency.sh [runs=20] [gateway=http://127.0.0.1:8080]
set -euo pipefail
runs=${1:-20}
gateway=${2:-http://127.0.0.1:8080}
keycloak=${ISNAD_KEYCLOAK_URL:-http://127.0.0.1:8180}

token() {
    curl -sf -d client_id=isnad-cli -d grant_type=password -d "username=$1" -d "password=$1" \
        "$keycloak/realms/isnad/protocol/openid-connect/token" | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

python3 - "$runs" "$gateway" "$(token ingest1)" "$(token reviewer1)" <<'PY'
import json, statistics, sys, time, urllib.request, uuid

runs, gateway, ingest, reviewer = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]

def call(method, path, token, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(gateway + path, data=data, method=method,
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)

samples = []
for run in range(runs):
    marker = uuid.uuid4().hex[:8]
    body = ("قال مدير المؤسسة العامة للمياه إن ضخ المياه تراجع إلى 40 بالمئة بسبب تقنين الكهرباء.\n"
            "وأضاف في تصريح لوكالة محلية أن المدينة تحتاج 120 ألف متر مكعب يومياً.\n"
            "ونفت شركة الكهرباء زيادة ساعات التقنين، مؤكدة أن الخلل في المضخات (%s)." % marker)
    start = time.perf_counter()
    article = call("POST", "/api/v1/articles", ingest, {"title": "قياس " + marker, "body": body})
    while True:
        page = call("GET", "/api/v1/claims?articleId=%s" % article["id"], reviewer)
        if page.get("total", 0) > 0:
            break
        if time.perf_counter() - start > 60:
            sys.exit("article %s: no claims listed after 60 s" % article["id"])
        time.sleep(0.02)
    elapsed = (time.perf_counter() - start) * 1000
    samples.append(elapsed)
    print("run %2d: %6.0f ms (%d claims)" % (run + 1, elapsed, page["total"]))

samples.sort()
p90 = samples[max(0, int(round(0.9 * len(samples))) - 1)]
print("post -> claims listed: median %.0f ms, p90 %.0f ms, max %.0f ms over %d articles"
      % (statistics.median(samples), p90, samples[-1], len(samples)))
PY
