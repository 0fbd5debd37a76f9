#!/usr/bin/env bash
# Replaces the app's database with the backup in FILE (SQLite: the backup API into the database file;
# PostgreSQL: pg_restore --clean --if-exists in one transaction). Stop the app first; add --yes to confirm.
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
exec dotnet run --project src/Township.Congress.Web --no-launch-profile -- restore "${args[@]}"
