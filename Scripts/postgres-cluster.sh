#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the PostgreSQL store's tests: `source` this file, then
# `start_postgres_cluster` initialises a cluster in a temporary folder, starts it on 127.0.0.1 and a free
# port, creates the database sli_test and exports SLI_TEST_DATABASE; `stop_postgres_cluster` stops it and
# removes the folder; `restart_postgres_cluster` restarts it in place (a test's server going away and
# coming back). The folder and pg_ctl are exported (POSTGRES_CLUSTER_DIR, POSTGRES_PG_CTL), so a later
# shell that sources this file can restart or stop the same cluster. PostgreSQL comes from Debian's
# packages, installed when missing. As root, the server runs as the unprivileged `postgres` user
# (PostgreSQL refuses to run as root).

# The folder holding initdb and pg_ctl, installing PostgreSQL when none is found.
postgres_bin() {
    local initdb
    initdb=$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$initdb" ]; then
        if [ "$(id -u)" != 0 ]; then
            echo "postgres-cluster: PostgreSQL is not installed; run: sudo apt-get install -y postgresql" >&2
            return 1
        fi
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
    fi
    dirname "$(readlink -f "$initdb")"
}

# With POSTGRES_CLUSTER_TLS=1 the server also offers TLS, with a self-signed certificate made out to
# the host name localhost only (not 127.0.0.1), exported as POSTGRES_CLUSTER_CERTIFICATE (the authority to trust).
start_postgres_cluster() {
    local bin port tls=""
    bin=$(postgres_bin)
    export POSTGRES_CLUSTER_DIR
    POSTGRES_CLUSTER_DIR=$(mktemp -d "${TMPDIR:-/tmp}/sli-postgres.XXXXXX")
    postgres_as
    [ "$(id -u)" != 0 ] || chown postgres "$POSTGRES_CLUSTER_DIR"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    export POSTGRES_PG_CTL="$bin/pg_ctl"
    "${POSTGRES_AS[@]}" "$bin/initdb" -D "$POSTGRES_CLUSTER_DIR/data" -U sli -A trust -E UTF8 --no-sync >/dev/null
    if [ "${POSTGRES_CLUSTER_TLS:-}" = 1 ]; then
        export POSTGRES_CLUSTER_CERTIFICATE="$POSTGRES_CLUSTER_DIR/data/server.crt"
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=localhost \
            -addext "subjectAltName=DNS:localhost" -keyout "$POSTGRES_CLUSTER_DIR/data/server.key" \
            -out "$POSTGRES_CLUSTER_CERTIFICATE" 2>/dev/null
        chmod 600 "$POSTGRES_CLUSTER_DIR/data/server.key"
        [ "$(id -u)" != 0 ] || chown postgres "$POSTGRES_CLUSTER_DIR/data/server.key" "$POSTGRES_CLUSTER_CERTIFICATE"
        tls="-c ssl=on"
    fi
    "${POSTGRES_AS[@]}" "$bin/pg_ctl" -D "$POSTGRES_CLUSTER_DIR/data" -l "$POSTGRES_CLUSTER_DIR/server.log" -w \
        -o "-h 127.0.0.1 -p $port -k $POSTGRES_CLUSTER_DIR -c fsync=off -c max_connections=400 $tls" start >/dev/null
    "${POSTGRES_AS[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U sli sli_test
    export SLI_TEST_DATABASE="postgres://sli@127.0.0.1:$port/sli_test"
    echo "postgres-cluster: PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') at $SLI_TEST_DATABASE"
}

# Sets POSTGRES_AS to the command prefix that runs the server's tools as the unprivileged user.
postgres_as() {
    POSTGRES_AS=()
    [ "$(id -u)" != 0 ] || POSTGRES_AS=(runuser -u postgres --)
}

restart_postgres_cluster() {
    postgres_as
    "${POSTGRES_AS[@]}" "$POSTGRES_PG_CTL" -D "$POSTGRES_CLUSTER_DIR/data" -l "$POSTGRES_CLUSTER_DIR/server.log" \
        -m fast -w restart >/dev/null
}

stop_postgres_cluster() {
    [ -n "${POSTGRES_CLUSTER_DIR:-}" ] || return 0
    postgres_as
    "${POSTGRES_AS[@]}" "$POSTGRES_PG_CTL" -D "$POSTGRES_CLUSTER_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_CLUSTER_DIR"
    POSTGRES_CLUSTER_DIR=
}
