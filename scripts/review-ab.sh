#!/usr/bin/env bash
# A/B of two review-service arms: each arm is a build (quarkus-app copied to a directory) and optional environment
# settings, started in turn on :8093 against the running platform's database and Keycloak, in alternating rounds;
# prints the service's CPU time per call (process CPU from /proc over 4,000 sequential lease/release calls after
# 20,000 warm-up calls) and the latencies. An arm is DIR[:NAME=VALUE[,NAME=VALUE...]]. Examples:
#   two builds:        cp -r review-service/target/quarkus-app /tmp/rs-new && scripts/review-ab.sh /tmp/rs-old /tmp/rs-new 3
#   the token cache:   scripts/review-ab.sh /tmp/rs:ISNAD_SECURITY_TOKEN_CACHE_ENABLED=true \
#                          /tmp/rs:ISNAD_SECURITY_TOKEN_CACHE_ENABLED=false 3
set -euo pipefail
arm_a=$1 arm_b=$2 rounds=${3:-3} here=$(cd "$(dirname "$0")" && pwd)
java=${ISNAD_JAVA_HOME:-${JAVA_HOME:-/usr}}/bin/java
run_arm() {
    local app=${1%%:*} settings=() label=$2
    [[ $1 == *:* ]] && IFS=, read -r -a settings <<<"${1#*:}"
    (cd "$app" && exec env "${settings[@]}" QUARKUS_HTTP_PORT=8093 \
        "$java" -Xms256m -Xmx512m -Xmn128m -XX:+UseSerialGC -jar quarkus-run.jar >"/tmp/review-ab-$label.log" 2>&1) &
    local pid=$!
    for _ in $(seq 1 60); do curl -s -o /dev/null 127.0.0.1:8093/q/health/ready && break; sleep 1; done
    "$here/lease-sequential.py" 2500 4 8093 >/dev/null
    local before after out
    before=$(awk '{print $14 + $15}' /proc/$pid/stat)
    out=$("$here/lease-sequential.py" 1000 2 8093 | tail -1)
    after=$(awk '{print $14 + $15}' /proc/$pid/stat)
    echo "$label ($1) cpu ms/call $(echo "scale=3; ($after - $before) * 1000 / $(getconf CLK_TCK) / 4000" | bc)  $out"
    kill "$pid"; wait "$pid" 2>/dev/null || true
}
for _ in $(seq 1 "$rounds"); do run_arm "$arm_a" A; run_arm "$arm_b" B; done
