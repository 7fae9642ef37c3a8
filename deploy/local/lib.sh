# shellcheck shell=bash
# Isnad local infrastructure without Docker: PostgreSQL, RabbitMQ and Keycloak
# on a Debian 12 machine. Sourced by ./isnad; every isnad_* function is
# idempotent, quick when there is nothing to do, safe under `set -euo pipefail`,
# and returns non-zero with an "[isnad] ERROR:" line on stderr when it fails.
#
# Inputs (environment, all optional except that ISNAD_ROOT should be the repo):
#   ISNAD_ROOT        repo root (default: two levels above this file)
#   ISNAD_STATE       state dir (default: $ISNAD_ROOT/.isnad) with logs/ and run/
#   ISNAD_CACHE       download cache (default: ${XDG_CACHE_HOME:-$HOME/.cache}/isnad)
#   ISNAD_KC_HEAP     JVM heap flags for Keycloak (default: -Xms64m -Xmx768m)
#
# Public functions: isnad_find_java, isnad_pg_ensure DB..., isnad_rabbit_ensure,
# isnad_keycloak_ensure (= isnad_keycloak_start + isnad_keycloak_await),
# isnad_stop_started, isnad_infra_status.

if [[ -z "${ISNAD_ROOT:-}" ]]; then
    ISNAD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
fi
ISNAD_STATE="${ISNAD_STATE:-$ISNAD_ROOT/.isnad}"
ISNAD_CACHE="${ISNAD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/isnad}"
ISNAD_LOG_DIR="$ISNAD_STATE/logs"
ISNAD_RUN_DIR="$ISNAD_STATE/run"

ISNAD_PG_HOST=127.0.0.1
ISNAD_PG_PORT=5432
ISNAD_PG_USER=isnad
ISNAD_PG_PASSWORD=isnad

ISNAD_RABBIT_USER=isnad
ISNAD_RABBIT_PASSWORD=isnad
ISNAD_RABBIT_VHOSTS=(isnad isnad_test)
ISNAD_RABBIT_AMQP_PORT=5672
ISNAD_RABBIT_HTTP="http://127.0.0.1:15672"
ISNAD_RABBIT_DEFINITIONS="$ISNAD_ROOT/deploy/rabbitmq/definitions.json"

ISNAD_KC_VERSION=26.7.3
ISNAD_KC_PORT=8180
ISNAD_KC_URL="http://127.0.0.1:$ISNAD_KC_PORT"
ISNAD_KC_REALM=isnad
ISNAD_KC_REALM_FILE="$ISNAD_ROOT/deploy/keycloak/isnad-realm.json"
ISNAD_KC_HOME="$ISNAD_CACHE/keycloak-$ISNAD_KC_VERSION"
ISNAD_KC_START_TIMEOUT="${ISNAD_KC_START_TIMEOUT:-180}"

# ---------------------------------------------------------------- helpers ---

isnad_say() { printf '[isnad] %s\n' "$*"; }
isnad_err() { printf '[isnad] ERROR: %s\n' "$*" >&2; }

_isnad_dirs() { mkdir -p "$ISNAD_LOG_DIR" "$ISNAD_RUN_DIR"; }

# Run as root (we are root on the dev machines; sudo otherwise).
_isnad_root() {
    if [[ $EUID -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

# Run as another local user (postgres).
_isnad_as() {
    local user=$1; shift
    if [[ $EUID -eq 0 ]]; then runuser -u "$user" -- "$@"; else sudo -u "$user" "$@"; fi
}

# True when something accepts TCP connections on host:port (no external tools).
_isnad_port_open() {
    # shellcheck disable=SC2016  # expanded by the inner bash
    timeout 2 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$1" "$2" 2>/dev/null
}

_isnad_pkg_installed() {
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

_ISNAD_APT_UPDATED=${_ISNAD_APT_UPDATED:-0}
# _isnad_apt_install PKG... : installs the missing ones (apt-get update once per shell).
_isnad_apt_install() {
    local missing=() p
    for p in "$@"; do _isnad_pkg_installed "$p" || missing+=("$p"); done
    ((${#missing[@]})) || return 0
    _isnad_dirs
    isnad_say "installing Debian packages: ${missing[*]} (log: $ISNAD_LOG_DIR/apt.log)"
    if [[ $_ISNAD_APT_UPDATED != 1 ]]; then
        _isnad_root apt-get update >>"$ISNAD_LOG_DIR/apt.log" 2>&1 \
            || { isnad_err "apt-get update failed, see $ISNAD_LOG_DIR/apt.log"; return 1; }
        _ISNAD_APT_UPDATED=1
    fi
    _isnad_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" \
        >>"$ISNAD_LOG_DIR/apt.log" 2>&1 \
        || { isnad_err "apt-get install ${missing[*]} failed, see $ISNAD_LOG_DIR/apt.log"; tail -n 20 "$ISNAD_LOG_DIR/apt.log" >&2; return 1; }
}

# Client tools this library itself needs.
_isnad_tools() {
    local need=()
    command -v curl >/dev/null 2>&1 || need+=(curl ca-certificates)
    command -v unzip >/dev/null 2>&1 || need+=(unzip)
    command -v sha1sum >/dev/null 2>&1 || need+=(coreutils)
    ((${#need[@]})) || return 0
    _isnad_apt_install "${need[@]}"
}

_isnad_sha256() { sha256sum "$1" | cut -d' ' -f1; }

# JSON syntax check with whatever is at hand (jq or python3); skipped if neither is.
_isnad_json_valid() {
    local out
    if command -v jq >/dev/null 2>&1; then
        out=$(jq empty "$1" 2>&1) || { isnad_err "$1 is not valid JSON: $out"; return 1; }
    elif command -v python3 >/dev/null 2>&1; then
        out=$(python3 -m json.tool "$1" 2>&1 >/dev/null) || { isnad_err "$1 is not valid JSON: $out"; return 1; }
    fi
    return 0
}

# Value of a top-level string field in a small JSON document (no jq needed).
_isnad_json_str() {
    sed -n 's/.*"'"$1"'"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p' | head -n 1
}

# ------------------------------------------------------------------- java ---

# Major version of the JDK at $1 (empty if it is not a JDK).
_isnad_jdk_major() {
    local home=$1 v=""
    [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
    if [[ -r "$home/release" ]]; then
        v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
    fi
    if [[ -z "$v" ]]; then
        v=$("$home/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.specification\.version = //p')
    fi
    v=${v#1.}            # 1.8.0 -> 8.0
    printf '%s\n' "${v%%[.+_-]*}"
}

# Sets and exports ISNAD_JAVA_HOME to the first JDK >= 21.
isnad_find_java() {
    local cand major
    if [[ -n "${ISNAD_JAVA_HOME:-}" ]]; then
        major=$(_isnad_jdk_major "$ISNAD_JAVA_HOME")
        if [[ -n "$major" ]] && ((major >= 21)); then export ISNAD_JAVA_HOME; return 0; fi
    fi
    for cand in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [[ -n "$cand" && -d "$cand" ]] || continue
        major=$(_isnad_jdk_major "$cand")
        if [[ -n "$major" ]] && ((major >= 21)); then
            ISNAD_JAVA_HOME=$(readlink -f "$cand")
            export ISNAD_JAVA_HOME
            isnad_say "java: JDK $major at $ISNAD_JAVA_HOME"
            return 0
        fi
    done
    isnad_err "no JDK >= 21 found (checked \$JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/*)."
    isnad_err "install one, e.g. a Temurin 21+ JDK, or point JAVA_HOME at it."
    return 1
}

# ------------------------------------------------------------- postgresql ---

# "<version> <status> <port>" of the newest cluster named main, empty if none.
_isnad_pg_cluster() {
    pg_lsclusters --no-header 2>/dev/null | awk '$2 == "main" { print $1, $4, $3 }' | sort -V | tail -n 1
}

_isnad_psql_admin() {   # psql as the postgres superuser over the local socket
    _isnad_as postgres psql -X -q -v ON_ERROR_STOP=1 -p "${_ISNAD_PG_LOCAL_PORT:-$ISNAD_PG_PORT}" -tA "$@"
}

_isnad_pg_tcp_login() {
    PGPASSWORD="$ISNAD_PG_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -w -h "$ISNAD_PG_HOST" -p "$ISNAD_PG_PORT" \
        -U "$ISNAD_PG_USER" -d "${1:-postgres}" -tAc 'select 1' >/dev/null 2>&1
}

# isnad_pg_ensure DBNAME... : PostgreSQL running, role isnad, databases owned by it.
isnad_pg_ensure() {
    _isnad_dirs
    local log="$ISNAD_LOG_DIR/postgres.log" db ver status port i cluster
    for db in "$@"; do
        [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || { isnad_err "invalid database name '$db' (use [a-z0-9_])"; return 1; }
    done

    if ! _isnad_pkg_installed postgresql || ! command -v pg_lsclusters >/dev/null 2>&1; then
        _isnad_apt_install postgresql || return 1
    fi

    cluster=$(_isnad_pg_cluster)
    if [[ -z "$cluster" ]]; then
        ver=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
        [[ -n "$ver" ]] || { isnad_err "postgresql is installed but /usr/lib/postgresql is empty"; return 1; }
        isnad_say "postgresql: creating cluster $ver/main"
        _isnad_root pg_createcluster "$ver" main >>"$log" 2>&1 \
            || { isnad_err "pg_createcluster $ver main failed, see $log"; return 1; }
        cluster=$(_isnad_pg_cluster)
    fi
    read -r ver status port <<<"$cluster"
    _ISNAD_PG_LOCAL_PORT=$port
    if [[ "$port" != "$ISNAD_PG_PORT" ]]; then
        isnad_err "cluster $ver/main listens on port $port, expected $ISNAD_PG_PORT (edit /etc/postgresql/$ver/main/postgresql.conf)"
        return 1
    fi

    if [[ "$status" != online* ]]; then
        isnad_say "postgresql: starting cluster $ver/main"
        _isnad_root pg_ctlcluster "$ver" main start >>"$log" 2>&1 \
            || { isnad_err "pg_ctlcluster $ver main start failed, see $log and /var/log/postgresql/postgresql-$ver-main.log"; tail -n 20 "$log" >&2; return 1; }
        echo "$ver" >"$ISNAD_RUN_DIR/postgres.started"
    fi
    for ((i = 0; i < 30; i++)); do
        pg_isready -q -h "$ISNAD_PG_HOST" -p "$ISNAD_PG_PORT" && break
        sleep 1
    done
    pg_isready -q -h "$ISNAD_PG_HOST" -p "$ISNAD_PG_PORT" \
        || { isnad_err "postgresql does not accept connections on $ISNAD_PG_HOST:$ISNAD_PG_PORT"; return 1; }

    # Role: create if absent; (re)set attributes only if a TCP login fails.
    if [[ "$(_isnad_psql_admin -c "select 1 from pg_roles where rolname = '$ISNAD_PG_USER'" 2>>"$log")" != 1 ]]; then
        isnad_say "postgresql: creating role $ISNAD_PG_USER"
        _isnad_psql_admin -c "create role $ISNAD_PG_USER login createdb password '$ISNAD_PG_PASSWORD'" >>"$log" 2>&1 \
            || { isnad_err "creating role $ISNAD_PG_USER failed, see $log"; return 1; }
    elif ! _isnad_pg_tcp_login; then
        isnad_say "postgresql: resetting password/attributes of role $ISNAD_PG_USER"
        _isnad_psql_admin -c "alter role $ISNAD_PG_USER login createdb password '$ISNAD_PG_PASSWORD'" >>"$log" 2>&1 \
            || { isnad_err "altering role $ISNAD_PG_USER failed, see $log"; return 1; }
    fi

    local existing
    existing=$(_isnad_psql_admin -c "select datname from pg_database" 2>>"$log") \
        || { isnad_err "listing databases failed, see $log"; return 1; }
    for db in "$@"; do
        if ! grep -qx -- "$db" <<<"$existing"; then
            isnad_say "postgresql: creating database $db (owner $ISNAD_PG_USER)"
            _isnad_psql_admin -c "create database \"$db\" owner $ISNAD_PG_USER" >>"$log" 2>&1 \
                || { isnad_err "creating database $db failed, see $log"; return 1; }
        fi
    done

    for db in "${@:-postgres}"; do
        _isnad_pg_tcp_login "$db" || {
            isnad_err "TCP login as $ISNAD_PG_USER@$ISNAD_PG_HOST:$ISNAD_PG_PORT/$db failed (check /etc/postgresql/$ver/main/pg_hba.conf)"
            return 1
        }
    done
    isnad_say "postgresql: ready on $ISNAD_PG_HOST:$ISNAD_PG_PORT (cluster $ver/main; user $ISNAD_PG_USER; databases: ${*:-none requested})"
}

# --------------------------------------------------------------- rabbitmq ---

# The Debian wrapper scripts (/usr/sbin/rabbitmq*) switch to the rabbitmq user
# themselves when called as root (`su rabbitmq`), so files under
# /var/lib/rabbitmq keep the right owner; rabbitmq-plugins runs as root.

_isnad_rabbit_api() {   # METHOD PATH [curl args...] -> body on stdout, fails on HTTP >= 400
    local method=$1 path=$2; shift 2
    curl -sS -f -m 20 -u "$ISNAD_RABBIT_USER:$ISNAD_RABBIT_PASSWORD" -X "$method" \
        -H 'content-type: application/json' "$ISNAD_RABBIT_HTTP$path" "$@"
}

# True when the user, tag, vhosts and permissions are as wanted (fast HTTP checks).
_isnad_rabbit_access_ok() {
    local vh body
    body=$(_isnad_rabbit_api GET /api/whoami 2>/dev/null) || return 1
    [[ "$body" == *administrator* ]] || return 1
    for vh in "${ISNAD_RABBIT_VHOSTS[@]}"; do
        body=$(_isnad_rabbit_api GET "/api/permissions/$vh/$ISNAD_RABBIT_USER" 2>/dev/null) || return 1
        [[ "$body" == *'"configure":".*"'* && "$body" == *'"write":".*"'* && "$body" == *'"read":".*"'* ]] || return 1
    done
}

# "vhost/name" lines for the JSON objects on stdin that have both fields.
_isnad_vhost_names() {
    tr '{}' '\n' | sed -n \
        -e 's/.*"name": *"\([^"]*\)".*"vhost": *"\([^"]*\)".*/\2\/\1/p' \
        -e 't' \
        -e 's/.*"vhost": *"\([^"]*\)".*"name": *"\([^"]*\)".*/\1\/\2/p' | sort -u
}

# True when every queue of the definitions file exists (one HTTP call).
_isnad_rabbit_defs_present() {
    local have want
    have=$(_isnad_rabbit_api GET '/api/queues?columns=vhost,name' 2>/dev/null | _isnad_vhost_names) || return 1
    want=$(awk '/"queues"/,/\]/' "$ISNAD_RABBIT_DEFINITIONS" | _isnad_vhost_names)
    [[ -n "$want" ]] || return 1
    [[ -z "$(comm -13 <(echo "$have") <(echo "$want"))" ]]
}

isnad_rabbit_ensure() {
    _isnad_dirs
    _isnad_tools || return 1
    local log="$ISNAD_LOG_DIR/rabbitmq.log" i

    _isnad_apt_install rabbitmq-server || return 1

    # Management plugin: enable it before a start (offline) or online if running.
    local plugins_file=/etc/rabbitmq/enabled_plugins want_mgmt=0
    grep -qs 'rabbitmq_management' "$plugins_file" || want_mgmt=1

    if ! _isnad_port_open 127.0.0.1 "$ISNAD_RABBIT_AMQP_PORT"; then
        if _isnad_root rabbitmq-diagnostics -q ping >>"$log" 2>&1; then
            # Node up but not serving: still booting, or app stopped (`rabbitmqctl stop_app`).
            ((want_mgmt)) && { _isnad_root rabbitmq-plugins enable rabbitmq_management >>"$log" 2>&1 || true; want_mgmt=0; }
            isnad_say "rabbitmq: node is up but not serving AMQP yet, waiting"
            if ! _isnad_root rabbitmqctl -q await_startup --timeout 30 >>"$log" 2>&1; then
                isnad_say "rabbitmq: starting the rabbit app"
                _isnad_root rabbitmqctl start_app >>"$log" 2>&1 \
                    || { isnad_err "rabbitmqctl start_app failed, see $log"; return 1; }
            fi
        else
            if ((want_mgmt)); then
                isnad_say "rabbitmq: enabling rabbitmq_management (offline)"
                _isnad_root rabbitmq-plugins enable --offline rabbitmq_management >>"$log" 2>&1 \
                    || { isnad_err "rabbitmq-plugins enable --offline rabbitmq_management failed, see $log"; return 1; }
                want_mgmt=0
            fi
            isnad_say "rabbitmq: starting rabbitmq-server (as user rabbitmq; log: $log)"
            _isnad_root rabbitmq-server -detached >>"$log" 2>&1 \
                || { isnad_err "rabbitmq-server -detached failed, see $log and /var/log/rabbitmq/"; return 1; }
            touch "$ISNAD_RUN_DIR/rabbitmq.started"
        fi
        for ((i = 0; i < 60; i++)); do
            _isnad_port_open 127.0.0.1 "$ISNAD_RABBIT_AMQP_PORT" && break
            sleep 1
        done
        _isnad_root rabbitmqctl -q await_startup --timeout 60 >>"$log" 2>&1 \
            || { isnad_err "rabbitmq did not start, see $log and /var/log/rabbitmq/"; tail -n 20 "$log" >&2; return 1; }
    fi
    if ((want_mgmt)); then
        isnad_say "rabbitmq: enabling rabbitmq_management"
        _isnad_root rabbitmq-plugins enable rabbitmq_management >>"$log" 2>&1 \
            || { isnad_err "rabbitmq-plugins enable rabbitmq_management failed, see $log"; return 1; }
    fi
    for ((i = 0; i < 60; i++)); do
        _isnad_port_open 127.0.0.1 15672 && break
        sleep 1
    done
    _isnad_port_open 127.0.0.1 15672 || { isnad_err "management API not listening on 127.0.0.1:15672, see /var/log/rabbitmq/"; return 1; }

    # User, tag, vhosts, permissions.
    if ! _isnad_rabbit_access_ok; then
        isnad_say "rabbitmq: configuring user $ISNAD_RABBIT_USER and vhosts ${ISNAD_RABBIT_VHOSTS[*]}"
        {
            if _isnad_root rabbitmqctl -q list_users | awk '{print $1}' | grep -qx "$ISNAD_RABBIT_USER"; then
                _isnad_root rabbitmqctl -q change_password "$ISNAD_RABBIT_USER" "$ISNAD_RABBIT_PASSWORD"
            else
                _isnad_root rabbitmqctl -q add_user "$ISNAD_RABBIT_USER" "$ISNAD_RABBIT_PASSWORD"
            fi &&
            _isnad_root rabbitmqctl -q set_user_tags "$ISNAD_RABBIT_USER" administrator &&
            for vh in "${ISNAD_RABBIT_VHOSTS[@]}"; do
                { _isnad_root rabbitmqctl -q list_vhosts | grep -qx "$vh" || _isnad_root rabbitmqctl -q add_vhost "$vh"; } &&
                _isnad_root rabbitmqctl -q set_permissions -p "$vh" "$ISNAD_RABBIT_USER" '.*' '.*' '.*' || exit 1
            done
        } >>"$log" 2>&1 || { isnad_err "configuring rabbitmq user/vhosts failed, see $log"; return 1; }
        for ((i = 0; i < 10; i++)); do _isnad_rabbit_access_ok && break; sleep 0.5; done
        _isnad_rabbit_access_ok || { isnad_err "user $ISNAD_RABBIT_USER cannot use the management API / vhosts"; return 1; }
    fi

    # Definitions: import when the file changed since the last import or a queue is missing.
    local hash marker="$ISNAD_RUN_DIR/rabbitmq-definitions.sha256"
    hash=$(_isnad_sha256 "$ISNAD_RABBIT_DEFINITIONS")
    if [[ "$(cat "$marker" 2>/dev/null)" != "$hash" ]] || ! _isnad_rabbit_defs_present; then
        _isnad_json_valid "$ISNAD_RABBIT_DEFINITIONS" || return 1
        isnad_say "rabbitmq: importing ${ISNAD_RABBIT_DEFINITIONS#"$ISNAD_ROOT"/}"
        local out
        out=$(_isnad_rabbit_api POST /api/definitions --data-binary @"$ISNAD_RABBIT_DEFINITIONS" 2>&1) || {
            isnad_err "importing definitions failed: $out"
            isnad_err "(a queue that exists with other arguments cannot be redeclared: delete it, e.g. rabbitmqctl delete_queue -p VHOST NAME)"
            return 1
        }
        echo "$hash" >"$marker"
    fi
    isnad_say "rabbitmq: ready on amqp://127.0.0.1:$ISNAD_RABBIT_AMQP_PORT (vhosts ${ISNAD_RABBIT_VHOSTS[*]}; user $ISNAD_RABBIT_USER; management $ISNAD_RABBIT_HTTP)"
}

# --------------------------------------------------------------- keycloak ---

_isnad_kc_pid() {   # pid of the Keycloak we started, if it is still running
    local pid
    pid=$(cat "$ISNAD_RUN_DIR/keycloak.pid" 2>/dev/null) || return 1
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'keycloak' || return 1
    echo "$pid"
}

_isnad_kc_realm_up() {
    curl -s -f -o /dev/null -m 5 "$ISNAD_KC_URL/realms/$ISNAD_KC_REALM/.well-known/openid-configuration"
}

_isnad_kc_up() {    # Keycloak answers (any realm)
    curl -s -f -o /dev/null -m 5 "$ISNAD_KC_URL/realms/master/.well-known/openid-configuration"
}

# Download (once), verify and unpack the Keycloak distribution into the cache.
_isnad_kc_install() {
    [[ -x "$ISNAD_KC_HOME/bin/kc.sh" ]] && return 0
    _isnad_tools || return 1
    [[ -n "${ISNAD_JAVA_HOME:-}" ]] || isnad_find_java || return 1
    mkdir -p "$ISNAD_CACHE"
    local zip="$ISNAD_CACHE/keycloak-quarkus-dist-$ISNAD_KC_VERSION.zip"
    if [[ ! -f "$zip" ]]; then
        # Maven fetches the distribution by its coordinates (checksum-verified, kept in ~/.m2 for later runs)
        isnad_say "keycloak: fetching org.keycloak:keycloak-quarkus-dist:$ISNAD_KC_VERSION:zip with Maven (~170 MB, once)"
        JAVA_HOME="$ISNAD_JAVA_HOME" "$ISNAD_ROOT/mvnw" -q -B -N -f "$ISNAD_ROOT/pom.xml" \
            org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$ISNAD_KC_VERSION:zip" \
            -DoutputDirectory="$ISNAD_CACHE" -Dmdep.stripVersion=false >>"$ISNAD_LOG_DIR/keycloak-download.log" 2>&1 \
            || { isnad_err "fetching keycloak-quarkus-dist $ISNAD_KC_VERSION failed, see $ISNAD_LOG_DIR/keycloak-download.log"; return 1; }
        [[ -f "$zip" ]] || { isnad_err "Maven did not produce $zip"; return 1; }
    fi
    isnad_say "keycloak: unpacking into $ISNAD_KC_HOME"
    local tmp="$ISNAD_CACHE/.unpack.$$"
    rm -rf "$tmp" && mkdir -p "$tmp"
    unzip -q "$zip" -d "$tmp" || { rm -rf "$tmp"; isnad_err "unzip $zip failed"; return 1; }
    [[ -x "$tmp/keycloak-$ISNAD_KC_VERSION/bin/kc.sh" ]] \
        || { rm -rf "$tmp"; isnad_err "unexpected layout in $zip"; return 1; }
    rm -rf "$ISNAD_KC_HOME"
    mv "$tmp/keycloak-$ISNAD_KC_VERSION" "$ISNAD_KC_HOME"
    rm -rf "$tmp"
}

_isnad_kc_admin_token() {
    curl -sS -f -m 20 -d client_id=admin-cli -d grant_type=password -d username=admin -d password=admin \
        "$ISNAD_KC_URL/realms/master/protocol/openid-connect/token" | _isnad_json_str access_token
}

# Replace the realm with the file's content through the Admin REST API
# (same result as `kc.sh import --override true`, without restarting Keycloak).
_isnad_kc_reimport() {
    local log="$ISNAD_LOG_DIR/keycloak.log" tok code
    _isnad_json_valid "$ISNAD_KC_REALM_FILE" || return 1
    tok=$(_isnad_kc_admin_token) || tok=""
    [[ -n "$tok" ]] || { isnad_err "cannot get a master-realm admin token (admin/admin) from Keycloak"; return 1; }
    if _isnad_kc_realm_up; then
        code=$(curl -sS -m 60 -o /dev/null -w '%{http_code}' -X DELETE -H "Authorization: Bearer $tok" \
            "$ISNAD_KC_URL/admin/realms/$ISNAD_KC_REALM")
        [[ "$code" == 204 ]] || { isnad_err "deleting realm $ISNAD_KC_REALM failed (HTTP $code)"; return 1; }
    fi
    local out="$ISNAD_LOG_DIR/keycloak-import.out"
    code=$(curl -sS -m 120 -o "$out" -w '%{http_code}' -X POST -H "Authorization: Bearer $tok" \
        -H 'Content-Type: application/json' --data-binary @"$ISNAD_KC_REALM_FILE" "$ISNAD_KC_URL/admin/realms")
    if [[ "$code" != 201 ]]; then
        isnad_err "importing $ISNAD_KC_REALM_FILE failed (HTTP $code): $(head -c 500 "$out")"
        isnad_err "fix the file and rerun; until then realm $ISNAD_KC_REALM is missing"
        return 1
    fi
    echo "$(date -Is) realm $ISNAD_KC_REALM re-imported via Admin API" >>"$log"
}

# Start Keycloak in the background (no wait). No-op when it already answers.
isnad_keycloak_start() {
    _isnad_dirs
    if _isnad_kc_pid >/dev/null || _isnad_kc_up; then return 0; fi
    if _isnad_port_open 127.0.0.1 "$ISNAD_KC_PORT"; then
        isnad_err "port $ISNAD_KC_PORT is taken by something that is not Keycloak"
        return 1
    fi
    [[ -n "${ISNAD_JAVA_HOME:-}" ]] || isnad_find_java || return 1
    _isnad_json_valid "$ISNAD_KC_REALM_FILE" || return 1
    _isnad_kc_install || return 1

    local log="$ISNAD_LOG_DIR/keycloak.log"
    mkdir -p "$ISNAD_KC_HOME/data/import"
    cp "$ISNAD_KC_REALM_FILE" "$ISNAD_KC_HOME/data/import/isnad-realm.json"
    # Fresh dev database: --import-realm will import the file, so its hash is what gets recorded.
    if [[ ! -d "$ISNAD_KC_HOME/data/h2" ]]; then
        rm -f "$ISNAD_KC_HOME/data/isnad-realm.sha256"
        : >"$ISNAD_RUN_DIR/keycloak.fresh"
    else
        rm -f "$ISNAD_RUN_DIR/keycloak.fresh"
    fi
    isnad_say "keycloak: starting $ISNAD_KC_VERSION on $ISNAD_KC_URL (log: $log)"
    echo "=== $(date -Is) starting keycloak $ISNAD_KC_VERSION" >>"$log"
    # setsid: own session and process group (pgid = the recorded pid), so `down` can
    # stop kc.sh's build step and the server with one signal; the child writes its
    # own pid because setsid forks when the caller runs with job control (set -m).
    local pidfile="$ISNAD_RUN_DIR/keycloak.pid"
    rm -f "$pidfile"
    # shellcheck disable=SC2016  # $$ and $1 are expanded by the inner bash
    (
        cd "$ISNAD_KC_HOME" &&
        export JAVA_HOME="$ISNAD_JAVA_HOME" \
            KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
            JAVA_OPTS_KC_HEAP="${ISNAD_KC_HEAP:--Xms64m -Xmx768m}" &&
        exec setsid bash -c 'echo $$ >"$1"; shift; exec nohup "$@"' _ "$pidfile" \
            "$ISNAD_KC_HOME/bin/kc.sh" start-dev --import-realm \
            --http-port="$ISNAD_KC_PORT" --http-host=127.0.0.1 \
            --hostname="$ISNAD_KC_URL" \
            </dev/null >>"$log" 2>&1
    ) &
    local i
    for ((i = 0; i < 50; i++)); do [[ -s "$pidfile" ]] && break; sleep 0.1; done
    [[ -s "$pidfile" ]] || { isnad_err "keycloak did not start, see $log"; return 1; }
}

# Wait until the realm answers, then re-import it if the file changed since the last import.
isnad_keycloak_await() {
    _isnad_dirs
    local log="$ISNAD_LOG_DIR/keycloak.log" start=$SECONDS
    until _isnad_kc_realm_up; do
        if ! _isnad_kc_pid >/dev/null && ! _isnad_kc_up; then
            isnad_err "keycloak is not running (it exited?); last lines of $log:"
            tail -n 30 "$log" >&2
            return 1
        fi
        if _isnad_kc_up && [[ ! -e "$ISNAD_RUN_DIR/keycloak.fresh" ]] && ((SECONDS - start > 5)); then
            break   # up, but realm missing: handled below
        fi
        if ((SECONDS - start >= ISNAD_KC_START_TIMEOUT)); then
            isnad_err "keycloak did not answer within ${ISNAD_KC_START_TIMEOUT}s; last lines of $log:"
            tail -n 30 "$log" >&2
            return 1
        fi
        sleep 1
    done
    ((SECONDS - start > 1)) && isnad_say "keycloak: up after $((SECONDS - start))s"

    local hash marker="$ISNAD_KC_HOME/data/isnad-realm.sha256"
    hash=$(_isnad_sha256 "$ISNAD_KC_REALM_FILE")
    if [[ -e "$ISNAD_RUN_DIR/keycloak.fresh" ]] && _isnad_kc_realm_up; then
        rm -f "$ISNAD_RUN_DIR/keycloak.fresh"
        echo "$hash" >"$marker"   # imported by --import-realm from the current file
    elif ! _isnad_kc_realm_up || [[ "$(cat "$marker" 2>/dev/null)" != "$hash" ]]; then
        isnad_say "keycloak: ${ISNAD_KC_REALM_FILE#"$ISNAD_ROOT"/} changed since the last import: replacing realm $ISNAD_KC_REALM"
        _isnad_kc_reimport || return 1
        echo "$hash" >"$marker"
        _isnad_kc_realm_up || { isnad_err "realm $ISNAD_KC_REALM does not answer after import"; return 1; }
    fi
    isnad_say "keycloak: ready on $ISNAD_KC_URL (realm $ISNAD_KC_REALM; admin console $ISNAD_KC_URL/admin admin/admin)"
}

isnad_keycloak_ensure() {
    isnad_keycloak_start && isnad_keycloak_await
}

# ------------------------------------------------------------ stop/status ---

# Stop only what this library started.
isnad_stop_started() {
    _isnad_dirs
    local pid i ver
    if pid=$(_isnad_kc_pid); then
        isnad_say "keycloak: stopping (pid $pid)"
        kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 60; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$pid" 2>/dev/null; then
            isnad_say "keycloak: still running after 30s, killing"
            kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$ISNAD_RUN_DIR/keycloak.pid" "$ISNAD_RUN_DIR/keycloak.fresh"

    if [[ -e "$ISNAD_RUN_DIR/rabbitmq.started" ]]; then
        isnad_say "rabbitmq: stopping"
        # `shutdown` (unlike `stop`) waits until the Erlang VM has exited, so an
        # immediate `up` does not find a half-stopped node.
        _isnad_root rabbitmqctl -q shutdown >>"$ISNAD_LOG_DIR/rabbitmq.log" 2>&1 \
            || _isnad_root rabbitmqctl -q stop >>"$ISNAD_LOG_DIR/rabbitmq.log" 2>&1 \
            || isnad_err "rabbitmqctl shutdown failed, see $ISNAD_LOG_DIR/rabbitmq.log"
        rm -f "$ISNAD_RUN_DIR/rabbitmq.started"
    fi

    if [[ -e "$ISNAD_RUN_DIR/postgres.started" ]]; then
        ver=$(cat "$ISNAD_RUN_DIR/postgres.started")
        isnad_say "postgresql: stopping cluster $ver/main"
        _isnad_root pg_ctlcluster "$ver" main stop >>"$ISNAD_LOG_DIR/postgres.log" 2>&1 \
            || isnad_err "pg_ctlcluster $ver main stop failed, see $ISNAD_LOG_DIR/postgres.log"
        rm -f "$ISNAD_RUN_DIR/postgres.started"
    fi
    return 0
}

# One line per component: name, up/down, address.
isnad_infra_status() {
    local state note
    if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$ISNAD_PG_HOST" -p "$ISNAD_PG_PORT"; then state=up; else state=down; fi
    note=""; [[ -e "$ISNAD_RUN_DIR/postgres.started" ]] && note=" (started by isnad)"
    printf '[isnad] %-10s %-5s postgresql://%s:%s%s\n' postgresql "$state" "$ISNAD_PG_HOST" "$ISNAD_PG_PORT" "$note"

    if _isnad_port_open 127.0.0.1 "$ISNAD_RABBIT_AMQP_PORT"; then state=up; else state=down; fi
    note=""; [[ -e "$ISNAD_RUN_DIR/rabbitmq.started" ]] && note=" (started by isnad)"
    printf '[isnad] %-10s %-5s amqp://127.0.0.1:%s  %s%s\n' rabbitmq "$state" "$ISNAD_RABBIT_AMQP_PORT" "$ISNAD_RABBIT_HTTP" "$note"

    if _isnad_kc_realm_up; then state=up
    elif _isnad_kc_pid >/dev/null; then state=start
    else state=down; fi
    note=""; _isnad_kc_pid >/dev/null && note=" (started by isnad, pid $(_isnad_kc_pid))"
    printf '[isnad] %-10s %-5s %s/realms/%s%s\n' keycloak "$state" "$ISNAD_KC_URL" "$ISNAD_KC_REALM" "$note"
}
