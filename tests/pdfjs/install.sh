#!/bin/sh
# Installs what tests/pdfjs/structtree.mjs needs: Node.js and npm (Debian's
# packages, only if missing) and pdfjs-dist at the version in
# tests/pdfjs/package-lock.json (only if missing or at another version).
# Run from anywhere; quiet on success, exits non-zero on failure.
set -eu

dir=$(CDPATH='' cd -- "$(dirname -- "$0")" && pwd)
top=$(CDPATH='' cd -- "$dir/../.." && pwd)

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
        sudo=
    elif command -v sudo >/dev/null 2>&1; then
        sudo=sudo
    else
        echo "tests/pdfjs/install.sh: node/npm missing and not root (no sudo)" >&2
        exit 1
    fi
    $sudo apt-get update -qq >/dev/null
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends nodejs npm >/dev/null
fi

# Version of pdfjs-dist the lock asks for, and the one installed (if any).
version_of() {
    # $1: a package.json or package-lock.json; prints pdfjs-dist's version.
    node -e '
        const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        const v = j.packages ? (j.packages["node_modules/pdfjs-dist"] || {}).version : j.version;
        process.stdout.write(v || "");
    ' "$1" 2>/dev/null || true
}
want=$(version_of "$dir/package-lock.json")
have=
if [ -f "$dir/node_modules/pdfjs-dist/package.json" ]; then
    have=$(version_of "$dir/node_modules/pdfjs-dist/package.json")
fi

if [ -z "$want" ] || [ "$have" != "$want" ]; then
    # Optional dependencies (canvas, path2d) are only for rendering, which
    # the harness does not do; canvas would also try to download a binary.
    log=$(mktemp)
    if ! (cd "$top" && npm ci --prefix tests/pdfjs --no-audit --no-fund \
            --omit=optional --loglevel=error) >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "tests/pdfjs/install.sh: npm ci failed" >&2
        exit 1
    fi
    rm -f "$log"
fi
