#!/usr/bin/env bash
# Seals the audit rows not yet sealed and walks the audit hash chain: prints OK or the first broken row
# (exit code 1).
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
exec dotnet run --project src/Township.Congress.Web --no-launch-profile -- verify-audit "${args[@]}"
