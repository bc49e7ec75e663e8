#!/bin/sh
# scripts/bootstrap.sh [run|test|bundle]
#
# Why: the README promises that `make run` and `make test` work on a fresh
# Debian/Ubuntu machine with nothing set up. This script does that set-up and
# is idempotent: a second run checks, finds everything in place, and is quiet.
#   1. system packages (apt-get when root; otherwise print the sudo command)
#   2. the virtual env .venv (python3 -m venv)
#   3. pip install -e '.[dev]' (or '.[bundle]'), only when pyproject.toml
#      changed since the last install (stamp file in .venv)
#   4. compile Qt translations resources/i18n/*.ts -> *.qm (build artefacts)
set -eu

MODE=${1:-test}
case "$MODE" in
    run|test|bundle) ;;
    *) echo "usage: $0 [run|test|bundle]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")/.."

PYTHON=${PYTHON:-python3}
VENV=.venv

say() { printf 'bootstrap: %s\n' "$*"; }
die() { printf 'bootstrap: error: %s\n' "$*" >&2; exit 1; }

# --- 1. system packages ----------------------------------------------------
# Qt's xcb/EGL runtime libraries and a CJK font, needed to run the GUI.
GUI_PKGS="libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0
fonts-wqy-microhei libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4
libxcb-keysyms1 libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-shape0
libxcb-xkb1"
# Tests: a real PostgreSQL, PDF/QR inspection tools, a virtual X server, and a CUPS scheduler
# with the cups-pdf virtual printer (tests/printing starts a private one; no service is enabled).
TEST_PKGS="postgresql poppler-utils poppler-data xvfb xauth zbar-tools binutils cups printer-driver-cups-pdf"

case "$MODE" in
    test) WANT="$GUI_PKGS $TEST_PKGS" ;;
    *)    WANT="$GUI_PKGS" ;;
esac

is_installed() {
    case "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" in
        *" ok installed") return 0 ;;
    esac
    # Ubuntu 24.04 renamed some libraries with a t64 suffix (libglib2.0-0t64).
    case "$(dpkg-query -W -f='${Status}' "${1}t64" 2>/dev/null)" in
        *" ok installed") return 0 ;;
    esac
    return 1
}

# python3 -m venv needs the venv module and ensurepip (Debian: python3-venv).
if [ ! -x "$VENV/bin/python" ]; then
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        WANT="$WANT python3 python3-venv"
    elif ! "$PYTHON" -c 'import venv, ensurepip' >/dev/null 2>&1; then
        WANT="$WANT python3-venv"
    fi
fi

MISSING=""
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in $WANT; do
        is_installed "$pkg" || MISSING="$MISSING $pkg"
    done
else
    say "dpkg-query not found (not Debian/Ubuntu?): not checking system packages"
fi

if [ -n "$MISSING" ]; then
    if [ "$(id -u)" -eq 0 ]; then
        say "installing system packages:$MISSING"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086  # word splitting of the list is intended
        apt-get install -y -qq --no-install-recommends $MISSING </dev/null
    else
        {
            echo "bootstrap: these system packages are missing:$MISSING"
            echo "Install them, then run the make command again:"
            echo
            echo "    sudo apt-get install -y$MISSING"
            echo
        } >&2
        exit 1
    fi
fi

# --- 2. virtual env ----------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found"
    say "creating virtual env $VENV"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV" || die "'$PYTHON -m venv $VENV' failed"
fi

# --- 3. Python packages --------------------------------------------------------
case "$MODE" in
    bundle) EXTRAS=bundle; STAMP="$VENV/.installed-bundle-stamp" ;;
    *)      EXTRAS=dev;    STAMP="$VENV/.installed-stamp" ;;
esac

if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    say "pip install -e '.[$EXTRAS]'"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
        --no-input -e ".[$EXTRAS]"
    touch "$STAMP"
fi

# --- 4. Qt translations ----------------------------------------------------------
# *.qm are build artefacts (gitignored); rebuild a .qm when its .ts is newer.
for ts in resources/i18n/*.ts; do
    [ -f "$ts" ] || continue           # no .ts yet: the glob stays literal
    qm="${ts%.ts}.qm"
    if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
        "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm" \
            || die "pyside6-lrelease failed on $ts"
    fi
done
