#!/usr/bin/env bash
# README command 1: install what is missing, build the app (release), and open its window.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm run build)
ui/node_modules/.bin/tauri build --no-bundle --ci
exec target/release/avr-field-handbook "$@"
