#!/usr/bin/env bash
# `make bench-peers`: measures pairprog and its peers (Hocuspocus, the reference y-websocket server, y-sweet) side
# by side with the load generator pairprog-load, every server on loopback, over the y-websocket protocol
# (Hocuspocus's framing of it for Hocuspocus), and prints a markdown table of medians. Raw JSON reports, the
# servers' logs and the table go to bench/peers/results/<timestamp>/.
#
# It builds pairprog and pairprog-load (release), installs the peers pinned in package-lock.json (npm ci into
# bench/peers/node_modules) and y-sweet $Y_SWEET_VERSION (cargo install into bench/peers/.install, built under
# bench/peers/.build so the workspace's target directory is untouched), then for each server and scenario group
# starts the server fresh on a free loopback port, runs the scenario with --json, and stops it. No server is left
# running when the script exits, however it exits.
#
# Settings (environment variables):
#   SERVERS    servers to measure, in order (default: "pairprog hocuspocus y-websocket y-sweet")
#   SCENARIOS  scenario groups (default: "fanout-50x4 fanout-200x2 saturation capacity bulk")
#   RUNS       runs of each scenario; the table shows medians (default: 3; 1 with QUICK=1)
#   QUICK=1    short runs for a smoke test: 2 s fan-outs, a 6 s saturation ramp, 5,000 bulk edits
#   BULK_TIMEOUT  seconds the bulk write may take to be held by the server (default: 300)
#   RESULTS    where to write (default: bench/peers/results/<timestamp>)
#   PAIRPROG_REV  measure pairprog as of this commit (exported with git archive and built under
#              bench/peers/.build) instead of the working tree, e.g. while the tree is mid-change
#   BASELINE_REV  also measure pairprog as of this commit, as the server "pairprog-base" (added after
#              "pairprog" unless SERVERS names it), to compare a change with what it replaces in one run
#
# Scenario groups (each on a freshly started server; capacity and bulk on a fresh one for every run):
#   fanout-50x4   50 rooms x 4 clients, 20 edits/s per room: p99 and server CPU per 1000 deliveries
#   fanout-200x2  200 rooms x 2 clients, 20 edits/s per room: p99
#   saturation    1 room x 10 clients: the highest edit rate that reaches all 9 readers within 100 ms, none lost
#   capacity      2,000 idle connections over 1,000 rooms: server memory per connection
#   bulk          20,000 single-character edits: time until the server holds all; then the server is restarted
#                 on the same store and a new client loads the document (servers without persistence lose it)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CARGO="${CARGO:-cargo}"
NPM="${NPM:-npm}"
NODE="${NODE:-node}"
Y_SWEET_VERSION=0.9.1

QUICK="${QUICK:-0}"
if [[ "$QUICK" == 1 ]]; then
    RUNS="${RUNS:-1}"
    FANOUT_DURATION=2
    SATURATION_DURATION=6
    BULK_EDITS=5000
else
    RUNS="${RUNS:-3}"
    FANOUT_DURATION=10
    SATURATION_DURATION=20
    BULK_EDITS=20000
fi
SERVERS="${SERVERS:-pairprog hocuspocus y-websocket y-sweet}"
SCENARIOS="${SCENARIOS:-fanout-50x4 fanout-200x2 saturation capacity bulk}"
BULK_TIMEOUT="${BULK_TIMEOUT:-300}"
RESULTS="${RESULTS:-$HERE/results/$(date -u +%Y%m%dT%H%M%SZ)}"

PAIRPROG_REV="${PAIRPROG_REV:-}"
BASELINE_REV="${BASELINE_REV:-}"
if [[ -n "$BASELINE_REV" && " $SERVERS " != *" pairprog-base "* ]]; then
    SERVERS="${SERVERS/pairprog/pairprog pairprog-base}"
fi
LOAD="$ROOT/target/release/pairprog-load"
PAIRPROG="$ROOT/target/release/pairprog"
Y_SWEET="$HERE/.install/y-sweet/bin/y-sweet"

log() { printf '[bench-peers %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

for server in $SERVERS; do
    case "$server" in pairprog | pairprog-base | hocuspocus | y-websocket | y-sweet) ;; *) die "unknown server $server" ;; esac
done
for scenario in $SCENARIOS; do
    case "$scenario" in fanout-50x4 | fanout-200x2 | saturation | capacity | bulk) ;; *) die "unknown scenario $scenario" ;; esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not $RUNS"
[[ " $SERVERS " != *" pairprog-base "* || -n "$BASELINE_REV" ]] || die "pairprog-base needs BASELINE_REV"

# --- the server under test: at most one at a time, always stopped on exit ---------------------------------------

SERVER_PID=""
SERVER_NAME=""
WORK="$(mktemp -d "${TMPDIR:-/tmp}/pairprog-bench-peers.XXXXXX")"

stop_server() {
    [[ -n "$SERVER_PID" ]] || return 0
    local signal=TERM
    # y-sweet saves its documents on Ctrl-C only; SIGTERM would end it without the last save.
    [[ "$SERVER_NAME" == y-sweet ]] && signal=INT
    kill "-$signal" "$SERVER_PID" 2>/dev/null || true
    local waited=0
    while kill -0 "$SERVER_PID" 2>/dev/null; do
        if ((waited >= 150)); then
            log "$SERVER_NAME (pid $SERVER_PID) ignored SIG$signal for 15 s: killing it"
            kill -KILL "$SERVER_PID" 2>/dev/null || true
        fi
        sleep 0.1
        waited=$((waited + 1))
    done
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
}

cleanup() {
    stop_server
    rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

free_port() {
    "$NODE" -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });'
}

# Starts $1 on a free port with its store in $2 (created if missing); sets SERVER_PID, PORT, and how the load
# generator reaches it: URL (WebSocket template), PROTOCOL, ROOM_ARGS (room creation; named rooms need a prefix).
start_server() {
    local name="$1" store="$2" server_log="$3"
    mkdir -p "$store"
    PORT="$(free_port)"
    SERVER_NAME="$name"
    case "$name" in
    pairprog | pairprog-base)
        local binary="$PAIRPROG"
        [[ "$name" == pairprog-base ]] && binary="$PAIRPROG_BASE"
        # From the store's directory, so that no .env or config/ of the caller's directory applies.
        # The load generator opens thousands of connections from one address: no per-address limits.
        (cd "$store" && exec env -u MONGODB_URL -u RUST_LOG HOST=127.0.0.1 PORT="$PORT" \
            RATE_LIMIT_ROOMS_PER_MINUTE=0 RATE_LIMIT_WEBSOCKETS_PER_MINUTE=0 MAX_CLIENTS_PER_ROOM=0 \
            SQLITE_PATH="$store/pairprog.sqlite3" "$binary") >>"$server_log" 2>&1 &
        URL="ws://127.0.0.1:$PORT/yjs/{room}"
        PROTOCOL=yjs
        ROOM_ARGS=(--create-rooms "http://127.0.0.1:$PORT/rooms")
        ;;
    hocuspocus)
        # Hocuspocus takes the document from each message, not from the URL: the path is only for the logs.
        (cd "$HERE" && exec env HOST=127.0.0.1 PORT="$PORT" "$NODE" hocuspocus.mjs) >>"$server_log" 2>&1 &
        URL="ws://127.0.0.1:$PORT/{room}"
        PROTOCOL=hocuspocus
        ROOM_ARGS=()
        ;;
    y-websocket)
        # The package's own server: in memory (no YPERSISTENCE), any room at /{room}.
        (cd "$HERE" && exec env -u YPERSISTENCE HOST=127.0.0.1 PORT="$PORT" \
            "$NODE" node_modules/@y/websocket-server/src/server.js) >>"$server_log" 2>&1 &
        URL="ws://127.0.0.1:$PORT/{room}"
        PROTOCOL=yjs
        ROOM_ARGS=()
        ;;
    y-sweet)
        # No auth key: every document is open. Documents are created with POST /doc/new (answering {"docId"}),
        # and a client joins at /d/{doc}/ws/{doc}.
        (cd "$store" && exec env -u Y_SWEET_AUTH "$Y_SWEET" serve "$store/data" --host 127.0.0.1 \
            --port "$PORT") >>"$server_log" 2>&1 &
        URL="ws://127.0.0.1:$PORT/d/{room}/ws/{room}"
        PROTOCOL=yjs
        ROOM_ARGS=(--create-rooms "http://127.0.0.1:$PORT/doc/new" --create-rooms-body '{}')
        ;;
    esac
    SERVER_PID=$!
    local waited=0
    until (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do
        kill -0 "$SERVER_PID" 2>/dev/null || {
            SERVER_PID=""
            die "$name exited at start-up; its log: $server_log"
        }
        ((waited < 300)) || die "$name did not listen on port $PORT within 30 s; its log: $server_log"
        sleep 0.1
        waited=$((waited + 1))
    done
}

# --- preparing --------------------------------------------------------------------------------------------------

command -v "$NODE" >/dev/null || die "node not found (Node.js 18 or later is needed for the npm peers)"
node_major="$("$NODE" -p 'process.versions.node.split(".")[0]')"
((node_major >= 18)) || die "Node.js 18 or later is needed, found $("$NODE" --version)"

log "building pairprog-load (release)"
(cd "$ROOT" && "$CARGO" build --release --quiet -p loadgen)
if [[ " $SERVERS " == *" pairprog "* ]]; then
    if [[ -z "$PAIRPROG_REV" ]]; then
        log "building pairprog (release, working tree)"
        (cd "$ROOT" && "$CARGO" build --release --quiet -p pairprog)
    else
        # Resolved once: the branch may move while the run goes on.
        commit="$(git -C "$ROOT" rev-parse --short "$PAIRPROG_REV^{commit}")" || die "no commit $PAIRPROG_REV"
        PAIRPROG_REV="$commit"
        source_dir="$HERE/.build/pairprog-$commit"
        log "building pairprog (release, commit $commit)"
        if [[ ! -d "$source_dir" ]]; then
            mkdir -p "$source_dir.partial"
            git -C "$ROOT" archive --format=tar "$commit" | tar -x -C "$source_dir.partial"
            mv "$source_dir.partial" "$source_dir"
        fi
        (cd "$source_dir" && CARGO_TARGET_DIR="$HERE/.build/pairprog-target" "$CARGO" build --release --quiet -p pairprog)
        PAIRPROG="$HERE/.build/pairprog-target/release/pairprog"
    fi
fi

# Builds pairprog as of commit $1 (exported with git archive under bench/peers/.build) and prints its binary.
build_pairprog_at() {
    local commit source_dir
    commit="$(git -C "$ROOT" rev-parse --short "$1^{commit}")" || die "no commit $1"
    source_dir="$HERE/.build/pairprog-$commit"
    if [[ ! -d "$source_dir" ]]; then
        mkdir -p "$source_dir.partial"
        git -C "$ROOT" archive --format=tar "$commit" | tar -x -C "$source_dir.partial"
        mv "$source_dir.partial" "$source_dir"
    fi
    (cd "$source_dir" && CARGO_TARGET_DIR="$HERE/.build/pairprog-target-$commit" "$CARGO" build --release --quiet -p pairprog)
    echo "$HERE/.build/pairprog-target-$commit/release/pairprog"
}
if [[ " $SERVERS " == *" pairprog-base "* ]]; then
    log "building pairprog-base (release, commit $BASELINE_REV)"
    PAIRPROG_BASE="$(build_pairprog_at "$BASELINE_REV")"
    BASELINE_REV="$(git -C "$ROOT" rev-parse --short "$BASELINE_REV^{commit}")"
fi

if [[ " $SERVERS " == *" hocuspocus "* || " $SERVERS " == *" y-websocket "* ]]; then
    # npm writes node_modules/.package-lock.json on every install: reinstall when the lock file is newer.
    if [[ ! "$HERE/node_modules/.package-lock.json" -nt "$HERE/package-lock.json" ]]; then
        log "installing the npm peers (npm ci)"
        "$NPM" ci --prefix "$HERE" --ignore-scripts --no-audit --no-fund --loglevel=error
    fi
fi
if [[ " $SERVERS " == *" y-sweet "* ]]; then
    if [[ "$("$Y_SWEET" version 2>/dev/null || true)" != "$Y_SWEET_VERSION" ]]; then
        log "installing y-sweet $Y_SWEET_VERSION (cargo install; a few minutes the first time)"
        CARGO_TARGET_DIR="$HERE/.build/y-sweet" "$CARGO" install --quiet --locked y-sweet \
            --version "$Y_SWEET_VERSION" --root "$HERE/.install/y-sweet"
    fi
fi

ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
mkdir -p "$RESULTS"
{
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    if [[ -n "$PAIRPROG_REV" ]]; then
        echo "pairprog: commit $PAIRPROG_REV"
    else
        echo "pairprog: working tree at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' with uncommitted changes')"
    fi
    if [[ -n "$BASELINE_REV" ]]; then
        echo "pairprog-base: commit $BASELINE_REV"
    fi
    echo "load generator: working tree at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
    echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
    echo "node: $("$NODE" --version); y-sweet: $("$Y_SWEET" version 2>/dev/null || echo -)"
    echo "servers: $SERVERS"
    echo "scenarios: $SCENARIOS"
    echo "runs: $RUNS; quick: $QUICK; fan-out duration: $FANOUT_DURATION s; saturation budget: $SATURATION_DURATION s; bulk edits: $BULK_EDITS"
} >"$RESULTS/environment.txt"
log "results in $RESULTS"

# --- measuring --------------------------------------------------------------------------------------------------

# CPU time the whole machine has spent busy so far, ms (all cores; /proc/stat counts in USER_HZ, 100 a second).
machine_busy_ms() {
    awk '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) * 10; exit }' /proc/stat
}

# Runs the load generator; its JSON report goes to $1.json, its stderr to $1.err, its exit status to $1.status
# (0 passed, 2 ran but found a problem, 1 could not run), and the CPU the whole machine used meanwhile to
# $1.machine (ms; minus the server's and the load generator's, what else ran: the run's noise). Never fails the
# script: a failed run is reported.
load() {
    local out="$1"
    shift
    local status=0 busy_before
    busy_before="$(machine_busy_ms)"
    "$LOAD" -q "$@" --json >"$out.json" 2>"$out.err" || status=$?
    echo "$status" >"$out.status"
    echo $(($(machine_busy_ms) - busy_before)) >"$out.machine"
    [[ -s "$out.json" ]] || rm -f "$out.json"
    if [[ -n "$SERVER_PID" ]] && ! kill -0 "$SERVER_PID" 2>/dev/null; then
        log "  $SERVER_NAME (pid $SERVER_PID) exited during $(basename "$out"): see its log in $(dirname "$out")"
        wait "$SERVER_PID" 2>/dev/null || true
        SERVER_PID=""
    fi
    case "$status" in
    0) ;;
    2) log "  $(basename "$out"): ran, with problems (see $out.json)" ;;
    *) log "  $(basename "$out"): FAILED: $(tail -n 1 "$out.err")" ;;
    esac
}

run_fanout() {
    local server="$1" dir="$2" rooms="$3" clients="$4" name="fanout-${3}x${4}"
    start_server "$server" "$WORK/$server-$name" "$dir/$name.log"
    for run in $(seq "$RUNS"); do
        log "$server: $name, run $run of $RUNS"
        load "$dir/$name.run$run" fanout --url "$URL" --protocol "$PROTOCOL" "${ROOM_ARGS[@]}" \
            --room-prefix "fanout-run$run-" --rooms "$rooms" --clients "$clients" --rate 20 \
            --duration "$FANOUT_DURATION" --pid "$SERVER_PID"
    done
    stop_server
}

run_saturation() {
    local server="$1" dir="$2"
    start_server "$server" "$WORK/$server-saturation" "$dir/saturation.log"
    for run in $(seq "$RUNS"); do
        log "$server: saturation, run $run of $RUNS"
        load "$dir/saturation.run$run" saturation --url "$URL" --protocol "$PROTOCOL" "${ROOM_ARGS[@]}" \
            --room-prefix "saturation-run$run-" --clients 10 --bound 100ms \
            --duration "$SATURATION_DURATION" --pid "$SERVER_PID"
    done
    stop_server
}

run_capacity() {
    local server="$1" dir="$2"
    for run in $(seq "$RUNS"); do
        log "$server: capacity, run $run of $RUNS (fresh server)"
        start_server "$server" "$WORK/$server-capacity-$run" "$dir/capacity.log"
        # Let the freshly started runtime settle (Node's start-up work, y-sweet's store check) before "before".
        sleep 1
        load "$dir/capacity.run$run" capacity --url "$URL" --protocol "$PROTOCOL" "${ROOM_ARGS[@]}" \
            --room-prefix "capacity-run$run-" --connections 2000 --rooms 1000 --pid "$SERVER_PID"
        stop_server
    done
}

run_bulk() {
    local server="$1" dir="$2"
    for run in $(seq "$RUNS"); do
        local store="$WORK/$server-bulk-$run" state="$WORK/$server-bulk-$run.state.json"
        log "$server: bulk, run $run of $RUNS: $BULK_EDITS edits, restart, cold load"
        start_server "$server" "$store" "$dir/bulk.log"
        load "$dir/bulk-write.run$run" bulk --url "$URL" --protocol "$PROTOCOL" "${ROOM_ARGS[@]}" \
            --room-prefix "bulk-run$run-" --edits "$BULK_EDITS" --phase write --state-file "$state" \
            --timeout "$BULK_TIMEOUT" --pid "$SERVER_PID"
        stop_server
        if [[ -s "$state" ]]; then
            start_server "$server" "$store" "$dir/bulk.log"
            load "$dir/bulk-read.run$run" bulk --url "$URL" --protocol "$PROTOCOL" --phase read \
                --cold-load-url "$URL" --state-file "$state" --timeout 60 --pid "$SERVER_PID"
            stop_server
        fi
    done
}

for server in $SERVERS; do
    dir="$RESULTS/$server"
    mkdir -p "$dir"
    for scenario in $SCENARIOS; do
        case "$scenario" in
        fanout-50x4) run_fanout "$server" "$dir" 50 4 ;;
        fanout-200x2) run_fanout "$server" "$dir" 200 2 ;;
        saturation) run_saturation "$server" "$dir" ;;
        capacity) run_capacity "$server" "$dir" ;;
        bulk) run_bulk "$server" "$dir" ;;
        esac
    done
done

"$NODE" "$HERE/summarize.mjs" "$RESULTS" | tee "$RESULTS/summary.md"
log "raw reports, server logs and summary.md in $RESULTS"
