#!/usr/bin/env bash
# The one test command: installs and starts what the tests need on a fresh Debian machine
# (CJK fonts, Chromium, poppler, LibreOffice Calc and Writer, qpdf, nginx for its config check, a throwaway PostgreSQL on 127.0.0.1), then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

need_packages=()
for pair in "chromium:/usr/bin/chromium" "poppler-utils:/usr/bin/pdftoppm" \
            "fonts-arphic-uming:/usr/share/fonts/truetype/arphic/uming.ttc" \
            "fonts-arphic-ukai:/usr/share/fonts/truetype/arphic/ukai.ttc" \
            "fonts-wqy-microhei:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc" \
            "libreoffice-calc-nogui:/usr/bin/soffice" \
            "libreoffice-writer-nogui:/usr/lib/libreoffice/program/libswlo.so" "qpdf:/usr/bin/qpdf" "nginx-light:/usr/sbin/nginx"; do
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

# The outside checks of the OpenAPI document (Redocly CLI, openapi-typescript, tsc): npm packages
# pinned in .tools/node/package-lock.json, installed once into .tools/node/node_modules (a cache).
if ! command -v npm >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
if ! cmp -s .tools/node/package-lock.json .tools/node/node_modules/.installed-lock.json; then
  echo "== installing the npm tools (.tools/node)"
  (cd .tools/node && npm ci --no-audit --no-fund --loglevel=error && cp package-lock.json node_modules/.installed-lock.json)
fi
export CONGRESS_TEST_NODE_TOOLS="$ROOT/.tools/node"

# axe-core for the browser tests' accessibility check, pinned by .tools/axe/package-lock.json and kept in
# .tools/axe/node_modules between runs. The test fails when it is missing, so this must not be skipped.
if [ ! -f .tools/axe/node_modules/axe-core/axe.min.js ]; then
  echo "== installing axe-core (npm ci in .tools/axe)"
  (cd .tools/axe && npm ci --no-audit --no-fund --loglevel=error)
fi

# A throwaway PostgreSQL cluster for this run only.
PGDATA=$(mktemp -d /tmp/congress-pg.XXXXXX)
# A free port, found with bash alone (a fresh machine may have no python).
for candidate in $(shuf -i 20000-60000 -n 50); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then PGPORT=$candidate; break; fi
done
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
# One project at a time, each with its own results file; console output names every test
# (data tests show "(provider: Sqlite)" / "(provider: PostgreSql)").
for project in tests/*/*.csproj; do
  grep -q "<IsTestProject>true</IsTestProject>" "$project" || continue
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build --logger "trx;LogFileName=$name.trx" \
    --logger "console;verbosity=normal" --results-directory "$RESULTS" || status=$?
done

# A plain summary line, summed over every test project's results (the <Counters> of each .trx).
count() { cat "$RESULTS"/*.trx 2>/dev/null | grep -o "<Counters [^>]*" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*" | awk '{s+=$1} END {print s+0}'; }
passed=$(count passed); failed=$(( $(count failed) + $(count error) )); skipped=$(count notExecuted)
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1   # a run that broke before writing results
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
