#!/usr/bin/env bash
# A/B of the verified-token cache: one review-service build (quarkus-app copied to $1) started on :8093 against the
# running platform's database and Keycloak, with the cache on and off in alternating rounds; prints the service's
# CPU time per call (process CPU from /proc over 4,000 sequential calls after 20,000 warm-up calls) and latencies.
#   cp -r review-service/target/quarkus-app /tmp/rs-ab && scripts/token-cache-ab.sh /tmp/rs-ab [ROUNDS]
set -euo pipefail
app=$1 rounds=${2:-3} here=$(cd "$(dirname "$0")" && pwd)
java=${ISNAD_JAVA_HOME:-${JAVA_HOME:-/usr}}/bin/java
arm() {
    (cd "$app" && ISNAD_SECURITY_TOKEN_CACHE_ENABLED=$1 QUARKUS_HTTP_PORT=8093 \
        exec "$java" -Xms256m -Xmx512m -Xmn128m -XX:+UseSerialGC -jar quarkus-run.jar >"/tmp/token-cache-ab-$1.log" 2>&1) &
    local pid=$!
    for _ in $(seq 1 60); do curl -s -o /dev/null 127.0.0.1:8093/q/health/ready && break; sleep 1; done
    "$here/lease-sequential.py" 2500 4 8093 >/dev/null
    local before after out
    before=$(awk '{print $14 + $15}' /proc/$pid/stat)
    out=$("$here/lease-sequential.py" 1000 2 8093 | tail -1)
    after=$(awk '{print $14 + $15}' /proc/$pid/stat)
    echo "cache=$1 cpu ms/call $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / 4000" | bc)  $out"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}
for _ in $(seq 1 "$rounds"); do arm true; arm false; done
