#!/usr/bin/env bash
# The one test command: installs and starts what the tests need on a fresh Debian machine
# (CJK fonts, Chromium, poppler, a throwaway PostgreSQL on 127.0.0.1), then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

need_packages=()
for pair in "chromium:/usr/bin/chromium" "poppler-utils:/usr/bin/pdftoppm" \
            "fonts-arphic-uming:/usr/share/fonts/truetype/arphic/uming.ttc" \
            "fonts-arphic-ukai:/usr/share/fonts/truetype/arphic/ukai.ttc" \
            "fonts-wqy-microhei:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"; do
  [ -e "${pair#*:}" ] || need_packages+=("${pair%%:*}")
done
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$PGBIN" ] || need_packages+=(postgresql)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "== installing: ${need_packages[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_packages[@]}" >/dev/null
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

# A throwaway PostgreSQL cluster for this run only.
PGDATA=$(mktemp -d /tmp/congress-pg.XXXXXX)
PGPORT=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA -c fsync=off -c max_connections=200" start >/dev/null
stop_pg() { as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PGDATA"; }
trap stop_pg EXIT
export CONGRESS_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Include Error Detail=true"
echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT"
export CONGRESS_TEST_CHROMIUM=/usr/bin/chromium
export CONGRESS_TEST_ARTIFACTS="$ROOT/TestResults/browser"

RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
dotnet tool restore >/dev/null
dotnet build Township.Congress.sln -c Release -nologo -v q
status=0
dotnet test Township.Congress.sln -c Release --no-build --logger "trx" --logger "console;verbosity=normal" \
  --results-directory "$RESULTS" || status=$?

# A plain summary line, summed over every test project's results.
python3 - "$RESULTS" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed")); failed += int(c.get("failed")) + int(c.get("error", 0))
    skipped += int(c.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
PY
exit $status
