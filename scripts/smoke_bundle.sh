#!/bin/sh
# scripts/smoke_bundle.sh [BUNDLE_DIR]      (default dist/service-counter; `make bundle-smoke`)
#
# Why: a PyInstaller bundle fails in ways the test suite cannot see — a module only imported
# lazily, a data file not collected, a Qt plugin left out. This runs the BUNDLED executable,
# headless (QT_QPA_PLATFORM=offscreen), from an empty temporary folder, against a new SQLite file:
#   1. --version
#   2. db upgrade, db current, db check    (Alembic scripts shipped as files inside the bundle)
#   3. demo-data --claims 50                (skipped while desktop_app/services/sample_data.py
#                                            does not exist in the checkout)
#      print receipt of its first claim       (the PDF's text: the claim number, the Chinese title)
#      and a known error in zh_CN             (the compiled resources/i18n catalogue is found)
#   4. GUI start: no sub-command; it must still be running after 8 s (waiting at its sign-in or
#      first-run dialog) with no Traceback / Qt platform plugin error on stderr (skipped while
#      desktop_app/app.py does not exist in the checkout); offscreen, then again on the xcb
#      platform under Xvfb when Xvfb is installed
#   5. Linux: every bundled Qt plugin/library finds the Qt libraries it links to
# and prints the bundle size. Any failure: exit status 1.
# SMOKE_KEEP_DIR=DIR keeps the demo database, the receipt PDF and its claim number (receipt-claim.txt)
# in DIR for the caller to check further (tests/bundle/test_installer_bundle.py does).
set -u

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUNDLE=${1:-dist/service-counter}
case "$BUNDLE" in /*) ;; *) BUNDLE="$ROOT/$BUNDLE" ;; esac
EXE="$BUNDLE/service-counter"
[ -f "$EXE.exe" ] && EXE="$EXE.exe"   # Git Bash / MSYS on Windows

GUI_WAIT=${SMOKE_GUI_WAIT:-8}   # seconds the window must survive (the test suite: 4, it starts in 1-2)
GUI_TIMEOUT=20    # hard limit for the GUI process

FAILURES=0
SKIPPED=""

say()  { printf 'smoke: %s\n' "$*"; }
fail() { printf 'smoke: FAIL: %s\n' "$*" >&2; FAILURES=$((FAILURES + 1)); }

if [ ! -x "$EXE" ]; then
    printf 'smoke: FAIL: %s not found or not executable - run `make bundle` first\n' "$EXE" >&2
    exit 1
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/smoke-bundle.XXXXXX")
GUI_PID=""
XVFB_PID=""
cleanup() {
    if [ -n "$GUI_PID" ]; then kill "$GUI_PID" 2>/dev/null; wait "$GUI_PID" 2>/dev/null; fi
    if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null; wait "$XVFB_PID" 2>/dev/null; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Isolation: offscreen Qt, a throw-away data folder (never the real user's), no database URL or
# Python settings leaking in from the developer's shell, and an unrelated working directory.
export QT_QPA_PLATFORM=offscreen
export SERVICE_COUNTER_DATA_DIR="$TMP/data"
unset SERVICE_COUNTER_DATABASE_URL PYTHONPATH PYTHONHOME VIRTUAL_ENV 2>/dev/null || true
DB_URL="sqlite:///$TMP/x.sqlite3"
cd "$TMP" || exit 1

# run NAME EXPECTED-STDOUT-REGEX ARGS... : run the bundle, show its output, check status and stderr
run() {
    name=$1; expect=$2; shift 2
    say "\$ service-counter $*"
    "$EXE" "$@" >"$TMP/out" 2>"$TMP/err"
    status=$?
    sed 's/^/    /' "$TMP/out"
    sed 's/^/    stderr: /' "$TMP/err"
    if [ "$status" -ne 0 ]; then
        fail "$name: exit status $status"
        if grep -q "No module named 'desktop_app.services.sample_data'" "$TMP/err"; then
            fail "$name: desktop_app.services.sample_data is not in the bundle (rebuild after it exists?)"
        fi
        return 1
    fi
    if grep -q "Traceback" "$TMP/err"; then
        fail "$name: Traceback on stderr"
        return 1
    fi
    if [ -n "$expect" ] && ! grep -Eq "$expect" "$TMP/out"; then
        fail "$name: output does not match /$expect/"
        return 1
    fi
    say "ok: $name"
}

# --- 1-3. command line --------------------------------------------------------------------------
run version '^service-counter [0-9]' --version
run "db upgrade" 'up to date' --database-url "$DB_URL" db upgrade
run "db current" '^[0-9A-Za-z_]+$' --database-url "$DB_URL" db current
run "db check" '^OK' --database-url "$DB_URL" db check

run "demo-data" '' --database-url "$DB_URL" demo-data --claims 50

# print receipt: the embedded font, barcodes and translations inside the bundle make a real PDF.
CLAIM=$("$EXE" --database-url "$DB_URL" print receipt SC-0000-000000 -o "$TMP/none.pdf" 2>&1 >/dev/null | head -n 1)
case "$CLAIM" in *SC-0000-000000*) say "ok: an unknown claim is refused by name" ;;
    *) fail "print receipt: unknown claim not reported ($CLAIM)" ;; esac
FIRST=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select number from claims order by id limit 1').fetchone()[0])" "${DB_URL#sqlite:///}")
run "print receipt" 'bytes' --database-url "$DB_URL" print receipt "$FIRST" -o "$TMP/receipt.pdf"
if command -v pdftotext >/dev/null 2>&1; then
    if pdftotext "$TMP/receipt.pdf" - | grep -q "$FIRST" && pdftotext "$TMP/receipt.pdf" - | grep -q '售后服务受理单'; then
        say "ok: the receipt PDF's text extracts (claim number and Chinese title)"
    else
        fail "print receipt: the PDF text lacks the claim number or the Chinese title"
    fi
fi
if [ -n "${SMOKE_KEEP_DIR:-}" ]; then
    # Copied before the GUI starts: the CLI runs have ended, so the database files are complete.
    mkdir -p "$SMOKE_KEEP_DIR" && cp "$TMP"/x.sqlite3* "$TMP/receipt.pdf" "$SMOKE_KEEP_DIR/" \
        && printf '%s\n' "$FIRST" >"$SMOKE_KEEP_DIR/receipt-claim.txt" \
        || fail "could not keep the database and the receipt in $SMOKE_KEEP_DIR"
fi

# --- translations: the compiled catalogues are found inside the bundle ---------------------------
# A file that is not a database gives a known error (exit 2), rendered through the zh_CN catalogue.
QM=$(find "$BUNDLE" -path '*/resources/i18n/service_counter_zh_CN.qm' | head -n 1)
if [ -n "$QM" ]; then
    printf 'not a database\n' >"$TMP/not-a-database.sqlite3"
    say "\$ service-counter --language zh_CN --database-url sqlite:///.../not-a-database.sqlite3 db upgrade"
    "$EXE" --language zh_CN --database-url "sqlite:///$TMP/not-a-database.sqlite3" db upgrade >"$TMP/out" 2>"$TMP/err"
    status=$?
    sed 's/^/    stderr: /' "$TMP/err"
    if [ "$status" -ne 2 ] || grep -q Traceback "$TMP/err"; then
        fail "translations: expected a known error (exit status 2), got $status"
    elif ! grep -q '售后服务台' "$TMP/err"; then
        fail "translations: the error message is not in Chinese - resources/i18n not found in the bundle?"
    else
        say "ok: translations (zh_CN catalogue loaded from the bundle)"
    fi
else
    say "SKIP translations: no resources/i18n/service_counter_zh_CN.qm in the bundle"
    SKIPPED="$SKIPPED translations"
fi

# --- 4. GUI start -----------------------------------------------------------------------------
# gui_start LABEL: start the window (no sub-command) with the current QT_QPA_PLATFORM/DISPLAY;
# it must still be running after GUI_WAIT seconds, without a Traceback or a platform plugin error.
gui_start() {
    label=$1
    say "\$ service-counter --database-url $DB_URL   ($label, must live ${GUI_WAIT}s)"
    if command -v timeout >/dev/null 2>&1; then
        timeout "$GUI_TIMEOUT" "$EXE" --database-url "$DB_URL" >"$TMP/gui.out" 2>"$TMP/gui.err" &
    else
        "$EXE" --database-url "$DB_URL" >"$TMP/gui.out" 2>"$TMP/gui.err" &
    fi
    GUI_PID=$!
    sleep "$GUI_WAIT"
    if kill -0 "$GUI_PID" 2>/dev/null; then
        alive=yes
        kill "$GUI_PID" 2>/dev/null
        wait "$GUI_PID" 2>/dev/null
    else
        alive=no
        wait "$GUI_PID"
        gui_status=$?
    fi
    GUI_PID=""
    sed 's/^/    stdout: /' "$TMP/gui.out"
    sed 's/^/    stderr: /' "$TMP/gui.err"
    if [ "$alive" = no ]; then
        fail "GUI start ($label): the program ended within ${GUI_WAIT}s (exit status $gui_status)"
    elif grep -Eq 'Traceback|Could not load the Qt platform plugin|could not find the Qt platform plugin|This application failed to start' "$TMP/gui.err"; then
        fail "GUI start ($label): error on stderr"
    else
        say "ok: GUI start ($label): still running after ${GUI_WAIT}s, stopped"
    fi
}

if [ -f "$ROOT/desktop_app/app.py" ]; then
    gui_start "offscreen"

    # The same on a real X server (Xvfb) when there is one: proves the xcb platform plugin and its
    # libraries load from the bundle - what users on a Linux desktop get. Optional (xvfb package).
    if [ "$(uname -s)" = Linux ] && command -v Xvfb >/dev/null 2>&1; then
        Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$TMP/display" 2>"$TMP/xvfb.err" &
        XVFB_PID=$!
        tries=0
        while [ ! -s "$TMP/display" ] && [ "$tries" -lt 50 ]; do sleep 0.1; tries=$((tries + 1)); done
        if [ -s "$TMP/display" ]; then
            DISPLAY=":$(cat "$TMP/display")" QT_QPA_PLATFORM=xcb gui_start "xcb on Xvfb"
        else
            fail "Xvfb did not start: $(cat "$TMP/xvfb.err")"
        fi
        kill "$XVFB_PID" 2>/dev/null
        wait "$XVFB_PID" 2>/dev/null
        XVFB_PID=""
    else
        say "SKIP GUI start on xcb: no Xvfb (apt-get install xvfb)"
    fi
else
    say "SKIP GUI start: desktop_app/app.py does not exist yet"
    SKIPPED="$SKIPPED gui-start"
fi

# --- 5. Qt link check (Linux) -------------------------------------------------------------------
# The spec drops Qt plugins and libraries; make sure nothing kept links to a dropped Qt library.
# Missing system libraries (libxcb-*, libEGL, ...) are only reported: they come from the OS.
if [ "$(uname -s)" = Linux ] && command -v ldd >/dev/null 2>&1; then
    # The bootloader puts _internal on LD_LIBRARY_PATH at run time; do the same for ldd.
    internal="$BUNDLE/_internal"
    [ -d "$internal" ] || internal="$BUNDLE"
    missing_qt=""
    missing_sys=""
    for lib in $(find "$BUNDLE" \( -path '*/PySide6/*' -o -name 'libQt6*' \) -name '*.so*' -type f); do
        for dep in $(LD_LIBRARY_PATH="$internal" ldd "$lib" 2>/dev/null | awk '/not found/ {print $1}'); do
            case "$dep" in
                libQt6*|libicu*|libpyside6*|libshiboken6*) missing_qt="$missing_qt ${lib#"$BUNDLE"/}:$dep" ;;
                *) missing_sys="$missing_sys $dep" ;;
            esac
        done
    done
    if [ -n "$missing_qt" ]; then
        count=$(printf '%s\n' $missing_qt | sort -u | wc -l)
        fail "Qt link check: $count unresolved Qt link(s), e.g.:"
        printf '%s\n' $missing_qt | sort -u | head -n 10 | sed 's/^/    /; s/:/ needs /' >&2
    else
        say "ok: Qt link check (all bundled Qt plugins/libraries find their Qt libraries)"
    fi
    if [ -n "$missing_sys" ]; then
        say "note: system libraries not installed here (needed by some plugins):$(printf '%s\n' $missing_sys | sort -u | tr '\n' ' ')"
    fi
fi

# --- size and verdict ---------------------------------------------------------------------------
say "bundle size: $(du -sh "$BUNDLE" | cut -f1)  ($BUNDLE)"
[ -n "$SKIPPED" ] && say "skipped:$SKIPPED"
if [ "$FAILURES" -ne 0 ]; then
    say "$FAILURES check(s) FAILED"
    exit 1
fi
say "all checks passed"
