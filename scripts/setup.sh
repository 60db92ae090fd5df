#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine lacks to build (and, with --test, to test) the app.
# Safe to run again: every step checks first and does nothing when the thing is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
[ "${1:-}" = "--test" ] && want_test=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# System libraries: WebKitGTK for the window; Xvfb, WebKitWebDriver and poppler for the tests.
packages=(libwebkit2gtk-4.1-dev build-essential pkg-config file)
[ "$want_test" -eq 1 ] && packages+=(xvfb xauth webkit2gtk-driver imagemagick poppler-utils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  say "Installing system packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

# Toolchains: these cannot come from apt at the versions needed, so say exactly what to install.
if ! command -v cargo >/dev/null; then
  echo "error: Rust is not installed. Install Rust 1.95 or newer with rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "error: Node.js 20.19 or newer is needed (found: $(node --version 2>/dev/null || echo none)). Install it from your distribution's NodeSource or nvm, then run this again." >&2
  exit 1
fi

say "Installing the UI's npm packages"
(cd ui && npm ci --no-audit --no-fund --loglevel=error)

if [ "$want_test" -eq 1 ]; then
  say "Installing the end-to-end test packages"
  (cd tests && npm ci --no-audit --no-fund --loglevel=error)
  if ! command -v tauri-driver >/dev/null && [ ! -x "$HOME/.cargo/bin/tauri-driver" ]; then
    say "Installing tauri-driver 2.1.0"
    cargo install tauri-driver --version 2.1.0 --locked
  fi
fi
