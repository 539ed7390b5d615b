#!/usr/bin/env bash
# Regenerates data/communes.json from the npm package @etalab/decoupage-administratif.
# Usage: data/refresh-communes.sh [version]   (default: the version pinned below)
# Needs node and npm; works from a fresh clone, from any directory.
set -euo pipefail

VERSION="${1:-6.0.0}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# npm pack fetches the published tarball only (no install scripts run).
(cd "$WORK" && npm pack --silent "@etalab/decoupage-administratif@${VERSION}" >/dev/null)
tar -xzf "$WORK"/*.tgz -C "$WORK"

node "$HERE/refresh-communes.mjs" "$WORK/package" "$HERE/communes.json"
