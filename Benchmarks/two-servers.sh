#!/usr/bin/env bash
# 1,000 uploads at once through two `sli serve` processes on one PostgreSQL database (a throwaway local
# cluster), against a peer in the same run: the same 1,000 uploads through one `sli serve` on an SQLite
# store file, the embedded default.
#
# The uploads are 1,000 filled returns (Benchmarks/write-returns.sh: about 43 versions for each of the 23
# localities, each a new version), sent by the network lead, all at once, half through each server.
# Every upload must come back accepted, and each locality must then hold versions 1 to N without gaps
# or repeats. Prints wall time, p50/p99/slowest upload, the CPU seconds of the servers (and of
# PostgreSQL's own processes), and the ratios of the two-server run to the peer.
# Usage: Benchmarks/two-servers.sh [COUNT]   (default 1000; SLI=path/to/sli to use a build already made)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000}"
if [ -z "${SLI:-}" ]; then
    echo "building sli (release)..."
    swift build -c release --product sli >/dev/null
    SLI="$(swift build -c release --show-bin-path)/sli"
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/sli-two-servers.XXXXXX")"
source Scripts/postgres-cluster.sh
trap 'stop_postgres_cluster; rm -rf "$work"' EXIT

echo "writing $count filled returns..."
bash Benchmarks/write-returns.sh "$count" "$work/returns"
start_postgres_cluster >/dev/null
pg_bin="$(dirname "$POSTGRES_PG_CTL")"

export SLI_STORE=""
"$SLI" cycle create --name bench --region north-west --framework nw-infant-mortality-2016 \
    --database "$SLI_TEST_DATABASE" >/dev/null
"$SLI" cycle create --name bench --region north-west --framework nw-infant-mortality-2016 \
    --store "$work/sli.sqlite" >/dev/null

python3 - "$SLI" "$work" "$count" "$SLI_TEST_DATABASE" "$pg_bin/psql" <<'PY'
import concurrent.futures, http.cookies, os, re, sqlite3, subprocess, sys, time, urllib.error, urllib.parse
import urllib.request

sli, work, count, database, psql = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
folder = os.path.join(work, "returns")
codes = dict((name.strip(), code) for code, name in
             re.findall(r"code: (E\d+)[,\s]+name: ([^,\n]+)", open("regions/north-west.yaml").read()))
hz = os.sysconf("SC_CLK_TCK")
password = "benchmark password"

def cpu(pid, children=False):
    """The CPU seconds of process `pid`, with those of its ended children when `children`."""
    fields = [int(f) for f in open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[11:15]]
    return sum(fields if children else fields[:2]) / hz

def postgres_cpu():
    """The CPU seconds PostgreSQL's processes have used: the postmaster's and its ended children's."""
    with open(os.path.join(os.environ["POSTGRES_CLUSTER_DIR"], "data", "postmaster.pid")) as pid:
        return cpu(int(pid.readline()), children=True)

class Visitor:
    """A browser's cookies, kept across requests to either server."""
    def __init__(self):
        self.cookies = {}
    def send(self, url, data=None, headers=None):
        headers = dict(headers or {})
        headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        request = urllib.request.Request(url, data=data, headers=headers)
        opener = urllib.request.build_opener(NoRedirect)
        try:
            response = opener.open(request)
        except urllib.error.HTTPError as error:
            response = error
        for value in response.headers.get_all("Set-Cookie") or []:
            morsel = http.cookies.SimpleCookie(value)
            for key, item in morsel.items():
                self.cookies[key] = item.value
        return response.status, response.read().decode()
    def post(self, url, fields):
        fields = dict(fields, **{"form-token": self.cookies.get("sli_form", "")})
        return self.send(url, urllib.parse.urlencode(fields).encode(),
                         {"Content-Type": "application/x-www-form-urlencoded"})

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None

def start(store, port):
    """Starts `sli serve` on `port` and waits until it answers; returns the process and what it printed."""
    path = os.path.join(work, f"serve-{port}.log")
    with open(path, "w") as log:
        server = subprocess.Popen([sli, "serve", "--port", str(port)] + store, stdout=log, stderr=subprocess.STDOUT)
    running.append(server)
    for _ in range(600):
        assert server.poll() is None, f"sli serve on port {port} ended:\n{open(path).read()}"
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/login")
            break
        except OSError:
            time.sleep(0.1)
    return server, open(path).read()

running = []

def run(label, store, ports):
    servers = []
    for port in ports:
        servers.append(start(store, port))
    found = re.search(r"(http://\S+/invitations/\S+)", servers[0][1])
    assert found, f"{label}: the first server printed no link for the first account:\n{servers[0][1]}"
    link = found.group(1)
    lead = Visitor()
    lead.send(link)
    status, _ = lead.post(link, {"email": "lead@example.org", "password": password, "repeat": password})
    assert status == 303, f"{label}: making the lead's account answered {status}"
    names = sorted(os.listdir(folder))
    boundary = "sli-bench-boundary"
    token = lead.cookies["sli_form"]

    def send(index):
        name = names[index]
        locality = codes[re.match(r"\d+-(.*)-\d+\.xml$", name).group(1)]
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"form-token\"\r\n\r\n{token}\r\n"
                f"--{boundary}\r\nContent-Disposition: form-data; name=\"workbook\"; filename=\"{name}\"\r\n\r\n"
                ).encode() + open(os.path.join(folder, name), "rb").read() + f"\r\n--{boundary}--\r\n".encode()
        port = ports[index % len(ports)]
        started = time.perf_counter()
        _, page = lead.send(f"http://127.0.0.1:{port}/cycles/1/localities/{locality}/returns", body,
                            {"Content-Type": f"multipart/form-data; boundary={boundary}"})
        return time.perf_counter() - started, "accepted as version" in page

    before = sum(cpu(server.pid) for server, _ in servers)
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(len(names)) as pool:
        results = list(pool.map(send, range(len(names))))
    wall = time.perf_counter() - started
    used = sum(cpu(server.pid) for server, _ in servers) - before
    for server, _ in servers:
        server.terminate()
        server.wait()
        running.remove(server)
    times = sorted(t for t, _ in results)
    accepted = sum(ok for _, ok in results)
    return wall, used, times, accepted

def versions_sqlite():
    store = sqlite3.connect(os.path.join(work, "sli.sqlite"))
    return store.execute("SELECT localityCode, version FROM submission ORDER BY localityCode, version").fetchall()

def versions_postgres():
    said = subprocess.run([psql, database, "-At", "-F", " ", "-c",
                           "SELECT locality_code, version FROM public.submission ORDER BY 1, 2"],
                          check=True, capture_output=True, text=True).stdout
    return [(code, int(version)) for code, version in (line.split() for line in said.splitlines())]

def numbered_in_order(rows):
    """Whether every locality's versions run 1, 2, ..., N."""
    by = {}
    for code, version in rows:
        by.setdefault(code, []).append(version)
    return all(v == list(range(1, len(v) + 1)) for v in by.values()), len(rows)

try:
    postgres_before = postgres_cpu()
    pg = run("postgresql", ["--database", database], [18280, 18281])
    time.sleep(1)
    postgres_used = postgres_cpu() - postgres_before
    peer = run("sqlite", ["--store", os.path.join(work, "sli.sqlite")], [18282])
finally:
    for server in running:
        server.kill()
pg_order, pg_rows = numbered_in_order(versions_postgres())
sq_order, sq_rows = numbered_in_order(versions_sqlite())

def line(label, result, extra=""):
    wall, used, times, accepted = result
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    print(f"{label:38} {accepted:5}/{len(times)} accepted  wall {wall:6.2f} s  p50 {p(0.5):6.2f} s"
          f"  p99 {p(0.99):6.2f} s  slowest {times[-1]:6.2f} s  cpu {used:6.2f} s{extra}")

print(f"{count} uploads at once; {os.cpu_count()} cores, load average {open('/proc/loadavg').read().split()[:3]}")
line("two sli serve on one PostgreSQL", pg, f" (+ {postgres_used:.2f} s PostgreSQL)")
line("one sli serve on SQLite (peer)", peer)
print(f"stored: PostgreSQL {pg_rows} versions, numbered without gaps or repeats: {pg_order};"
      f" SQLite {sq_rows}, {sq_order}")
print(f"ratio two servers on PostgreSQL / one on SQLite: wall {pg[0] / peer[0]:.2f},"
      f" cpu {pg[1] / peer[1]:.2f} (sli only), {(pg[1] + postgres_used) / peer[1]:.2f} (sli + PostgreSQL)")
ok = pg[3] == count and peer[3] == count and pg_order and sq_order and pg_rows == count and sq_rows == count
sys.exit(0 if ok else 1)
PY
