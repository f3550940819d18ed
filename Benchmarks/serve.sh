#!/usr/bin/env bash
# Load on `sli serve --demo` (release build) over loopback, against a peer in the same run: Python's
# http.server serving a static file of the same size as the portal's page.
#
# Pages: wrk with 50 connections for 10 s on a signed-in locality lead's home page (the store read,
# the status and the HTML built per request) and on the network lead's status page; the peer serves a
# file as large as the locality page. Uploads: the demo's 22 returns, each changed so that it is a new
# version, sent at once by 22 clients, each timed; every upload must come back accepted, and the store
# must then hold exactly one new version per locality.
# Prints requests/s, p50/p99 latency and the server's CPU seconds for each, and the ratios to the peer.
# Usage: Benchmarks/serve.sh   (SLI=path/to/sli to use a build already made; needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "serve.sh: wrk is missing (apt-get install wrk)"; exit 1; }
if [ -z "${SLI:-}" ]; then
    echo "building sli (release)..."
    swift build -c release --product sli >/dev/null
    SLI="$(swift build -c release --show-bin-path)/sli"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/sli-serve-bench.XXXXXX")"
port=18080
peer_port=18081
server=""
peer=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    [ -n "$peer" ] && kill "$peer" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

"$SLI" serve --demo --port "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/login" >/dev/null && break
    sleep 0.2
done
demo="$(sed -n 's/^running the example cycle into \(.*\) \.\.\.$/\1/p' "$work/serve.log")"

# Signs in as $1 and prints the Cookie header value of the session.
sign_in() {
    local jar="$work/$1.jar"
    curl -sf -c "$jar" "http://127.0.0.1:$port/login" >/dev/null
    local token
    token="$(awk '$6 == "sli_form" { print $7 }' "$jar")"
    curl -sf -b "$jar" -c "$jar" -o /dev/null --data-urlencode "form-token=$token" \
        --data-urlencode "email=$1" --data-urlencode "password=example-password" "http://127.0.0.1:$port/login"
    awk '$6 ~ /^sli_/ { printf "%s=%s; ", $6, $7 }' "$jar"
}
bolton="$(sign_in bolton@example.org)"
lead="$(sign_in lead@example.org)"

cpu() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
ticks="$(getconf CLK_TCK)"

# Runs wrk on URL with COOKIE against PID; prints "requests/s p50 p99 cpu-seconds".
load() {
    local before after
    before="$(cpu "$3")"
    wrk -t2 -c50 -d10s --latency -H "Cookie: $2" "$1" >"$work/wrk.txt"
    after="$(cpu "$3")"
    awk -v cpu="$(( after - before ))" -v ticks="$ticks" '
        /Requests\/sec/ { rps = $2 }
        $1 == "50%" { p50 = $2 } $1 == "99%" { p99 = $2 }
        /Non-2xx/ { bad = $NF }
        END { printf "%s %s %s %.2f %s\n", rps, p50, p99, cpu / ticks, (bad == "" ? 0 : bad) }' "$work/wrk.txt"
}

page="http://127.0.0.1:$port/cycles/1/localities/E08000001"
curl -sf -H "Cookie: $bolton" "$page" >"$work/page.html"
mkdir -p "$work/static"
cp "$work/page.html" "$work/static/page.html"
(cd "$work/static" && exec python3 -m http.server "$peer_port" --bind 127.0.0.1 >/dev/null 2>&1) &
peer=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$peer_port/page.html" >/dev/null && break; sleep 0.1; done

echo "page size: $(wc -c <"$work/page.html") bytes; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
read -r lrps lp50 lp99 lcpu lbad < <(load "$page" "$bolton" "$server")
read -r srps sp50 sp99 scpu sbad < <(load "http://127.0.0.1:$port/cycles/1" "$lead" "$server")
read -r prps pp50 pp99 pcpu pbad < <(load "http://127.0.0.1:$peer_port/page.html" "" "$peer")
printf "%-34s %10s %9s %9s %8s %7s\n" "" "req/s" "p50" "p99" "cpu s" "non-2xx"
printf "%-34s %10s %9s %9s %8s %7s\n" "sli serve: locality home page" "$lrps" "$lp50" "$lp99" "$lcpu" "$lbad"
printf "%-34s %10s %9s %9s %8s %7s\n" "sli serve: lead's status page" "$srps" "$sp50" "$sp99" "$scpu" "$sbad"
printf "%-34s %10s %9s %9s %8s %7s\n" "python http.server: same bytes" "$prps" "$pp50" "$pp99" "$pcpu" "$pbad"
awk -v a="$lrps" -v b="$prps" -v c="$lcpu" -v d="$pcpu" 'BEGIN {
    printf "ratio sli/peer: requests/s %.2f, cpu per request %.2f\n", a / b, (c / a) / (d / b) }'

python3 - "$port" "$lead" "$demo" <<'PY'
import concurrent.futures, io, os, re, sqlite3, sys, time, urllib.error, urllib.request, zipfile
port, cookie, demo = sys.argv[1], sys.argv[2], sys.argv[3]
token = re.search(r"sli_form=([^;]+)", cookie).group(1)
folder = os.path.join(demo, "returns", "2017")
store = sqlite3.connect(os.path.join(demo, "sli.sqlite"))
codes = {name: code for code, name in store.execute(
    "SELECT DISTINCT localityCode, fileName FROM submission WHERE cycleID = 2")}
before = dict(store.execute("SELECT localityCode, MAX(version) FROM submission WHERE cycleID = 2 GROUP BY localityCode"))

def changed(path):
    """The return with the same cells in other bytes, so that it is a new version of the same answers."""
    data = open(path, "rb").read()
    if not path.endswith(".xlsx"):
        return data + b"\n<!-- load run -->\n"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(entry, source.read(entry))
        target.comment = b"load run"
    return out.getvalue()

def send(name):
    boundary = "sli-bench-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"form-token\"\r\n\r\n{token}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"{name}\"\r\n\r\n").encode()
    body += changed(os.path.join(folder, name)) + f"\r\n--{boundary}--\r\n".encode()
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/cycles/2/localities/{codes[name]}/returns", data=body,
        headers={"Cookie": cookie, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    started = time.perf_counter()
    try:
        text = urllib.request.urlopen(request).read().decode()
    except urllib.error.HTTPError as error:
        text = error.read().decode()
    return time.perf_counter() - started, "accepted as version" in text

names = sorted(n for n in os.listdir(folder) if n in codes)
started = time.perf_counter()
with concurrent.futures.ThreadPoolExecutor(len(names)) as pool:
    results = list(pool.map(send, names))
wall = time.perf_counter() - started
times = sorted(t for t, _ in results)
after = dict(store.execute("SELECT localityCode, MAX(version) FROM submission WHERE cycleID = 2 GROUP BY localityCode"))
once = sum(after[code] == before[code] + 1 for code in before)
print(f"uploads: {len(results)} at once, {sum(ok for _, ok in results)} answered accepted, {once} of {len(before)}"
      f" localities stored exactly one new version; wall {wall:.2f} s, p50 {times[len(times) // 2]:.3f} s,"
      f" slowest {times[-1]:.3f} s")
PY
