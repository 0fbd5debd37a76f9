#!/usr/bin/env bash
# Backs the app's database up to FILE: SQLite through the online backup API (safe while the app runs),
# PostgreSQL with pg_dump -Fc. Attached files are in the database, so FILE holds them too.
# The database is the app's own (appsettings.json, or Database__Provider / ConnectionStrings__Congress in the
# environment); see docs/county-server.md "Backups" and "The audit chain".
set -euo pipefail
args=()
for a in "$@"; do
  # A file operand is made absolute here: the app runs from its project folder.
  if [[ "$a" == --* ]]; then args+=("$a"); else args+=("$(realpath -m -- "$a")"); fi
done
cd "$(dirname "$0")/.."
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
exec dotnet run --project src/Township.Congress.Web --no-launch-profile -- backup "${args[@]}"
