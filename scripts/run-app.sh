#!/usr/bin/env bash
# The README's first command: install what is missing, then start the medunit window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
exec .venv/bin/medunit "$@"
