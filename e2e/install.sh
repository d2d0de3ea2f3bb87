#!/usr/bin/env bash
# Installs the offline e2e runner's dependencies (code-server 4.100.3 + playwright-core) with the
# environment fixes this offline machine needs (see docs of the e2e runner in e2e/README.md):
#  - @vscode/ripgrep's postinstall would download rg from GitHub: seed its cache with Debian's rg;
#  - node-pty's postinstall runs `npx node-gyp`: npm_config_yes=true;
#  - node-gyp must not fetch headers from nodejs.org: npm_config_nodedir=/usr;
#  - code-server's postinstall refuses to run as root without npm_config_unsafe_perm=true.
# Usage: e2e/install.sh [ci|install]   (default ci: npm ci from the lockfile)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
mode="${1:-ci}"

rg_bin="$(command -v rg || true)"
if [ -z "$rg_bin" ]; then
  echo "e2e/install.sh: ripgrep (rg) is missing; install it with: apt-get install -y ripgrep" >&2
  exit 1
fi
if [ ! -e /usr/include/gssapi/gssapi.h ] && [ ! -e /usr/include/gssapi.h ]; then
  echo "e2e/install.sh: libkrb5-dev is missing (kerberos native module); apt-get install -y libkrb5-dev" >&2
  exit 1
fi

# Seed @vscode/ripgrep's download cache (it looks in $TMPDIR before going to the network).
export TMPDIR="$here/.tmp"
mkdir -p "$TMPDIR/vscode-ripgrep-cache-1.15.11" "$here/.tmp/rgstage"
cp "$rg_bin" "$here/.tmp/rgstage/rg"
for asset in ripgrep-v13.0.0-10-x86_64-unknown-linux-musl ripgrep-v13.0.0-10-x86_64-unknown-linux-gnu; do
  tar -czf "$TMPDIR/vscode-ripgrep-cache-1.15.11/$asset.tar.gz" -C "$here/.tmp/rgstage" rg
done

export npm_config_yes=true
export npm_config_unsafe_perm=true
export npm_config_nodedir=/usr
export npm_config_update_notifier=false
export npm_config_fund=false
export npm_config_audit=false

start=$SECONDS
if [ "$mode" = install ]; then
  npm install --no-audit --no-fund
else
  npm ci --no-audit --no-fund
fi
test -x node_modules/.bin/code-server || { echo "e2e/install.sh: code-server did not install" >&2; exit 1; }
echo "e2e/install.sh: e2e dependencies installed in $((SECONDS - start)) s"
