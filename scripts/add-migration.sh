#!/usr/bin/env bash
# Adds a migration NAME to both providers (architecture.md: "one command adds both").
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
for ctx in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Passerelle.Core --startup-project src/Passerelle.Core \
    --context "${ctx}DbContext" --output-dir "Data/Migrations/$ctx"
done
