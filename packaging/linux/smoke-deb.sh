#!/usr/bin/env bash
# The packaged app, end to end, as CI runs it (.ci/run's packaging step). As root on Debian or Ubuntu:
#
#   packaging/linux/smoke-deb.sh             # build the bundle and the .deb, then test them
#   packaging/linux/smoke-deb.sh --no-build  # test dist/lifeline_<version>-1_<arch>.deb as it is
#
#  1. build: packaging/linux/build-deb.sh (PyInstaller bundle, then the .deb)
#  2. install it with apt (as a user would), run `lifeline --self-test` offscreen and under xvfb-run, and the
#     packaged-build test against /opt/lifeline (its self-test, and its window driven through AT-SPI: unlock the
#     demo vault, open every section, lock)
#  3. start the GUI (demo vault) under Xvfb and wait for a visible window named "Lifeline"
#  4. no network: the self-test and the GUI run under strace; any connect() to an AF_INET/AF_INET6 address fails
#     the step (Unix sockets, as X11 and D-Bus use, are fine)
#  5. Depends: a minimal Debian (debootstrap --variant=minbase) gets the .deb through apt, then the self-test and
#     the GUI (xcb, on this machine's Xvfb) run inside it. If no mirror can be reached this part is skipped, with
#     a note; everything else must pass.
#  6. lintian's findings go to the log, never into the verdict
#  7. apt-get remove, and /opt/lifeline and /usr/bin/lifeline must be gone
#
# Needs root (apt-get install of the .deb, chroot). Installs what it needs itself: dpkg-dev, binutils, strace,
# lintian, xdotool, debootstrap, xvfb, dbus, at-spi2-core.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        *) echo "smoke-deb.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

if [[ $EUID -ne 0 ]]; then
    echo "smoke-deb.sh: needs root (it installs and removes the .deb); as a developer run" >&2
    echo "  packaging/linux/build-deb.sh && dist/lifeline/lifeline --self-test \"\$(mktemp -d)\"" >&2
    exit 1
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/lifeline-smoke.XXXXXX")"
CHROOT="$WORK/debian"
MOUNTS=()
cleanup() {
    local m
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount -l "${MOUNTS[i]}" 2>/dev/null; done
    rm -rf "$WORK"
}
trap cleanup EXIT

FAILED=()
T0=$EPOCHREALTIME
elapsed() { awk -v a="$T0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%6.1fs", b - a }'; }
say() { echo "smoke [$(elapsed)] $*"; }
ok() { say "ok: $*"; }
fail() { say "FAILED: $*"; FAILED+=("$*"); }
check() {  # check "what" command...: runs it, records the outcome
    local what="$1"; shift
    if "$@"; then ok "$what"; else fail "$what"; fi
}

# -- tools ----------------------------------------------------------------------------------------------------------
TOOLS=(dpkg-dev binutils icu-devtools gcc strace lintian xdotool debootstrap xvfb xauth dbus at-spi2-core)
missing=()
for pkg in "${TOOLS[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || { fail "apt-get install ${missing[*]}"; exit 1; }
fi

# -- 1. build ---------------------------------------------------------------------------------------------------------
VERSION="$(.venv/bin/python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
DEB="$ROOT/dist/lifeline_${VERSION}-1_$(dpkg --print-architecture).deb"
if [[ $BUILD == 1 ]]; then
    say "building the bundle and the .deb"
    packaging/linux/build-deb.sh || { fail "build-deb.sh"; exit 1; }
fi
[[ -f $DEB ]] || { fail "no $DEB"; exit 1; }
say "bundle $(du -sh dist/lifeline 2>/dev/null | cut -f1), package $(du -h "$DEB" | cut -f1): $DEB"
dpkg-deb -f "$DEB" Depends | sed 's/^/smoke: Depends: /'

# -- 2. install and self-test -------------------------------------------------------------------------------------------
export DEBIAN_FRONTEND=noninteractive
if dpkg-query -W -f='${Status}' lifeline 2>/dev/null | grep -q "install ok installed"; then
    apt-get remove -y -qq lifeline >/dev/null
fi
check "apt-get install the .deb" apt-get install -y -qq --no-install-recommends "$DEB"
if ! command -v lifeline >/dev/null; then
    fail "no lifeline on PATH after install"; exit 1
fi

self_test() {  # self_test LABEL [wrapper...]: lifeline --self-test in a fresh folder, as an unprivileged user would
    local label="$1"; shift
    local dir out
    dir="$(mktemp -d "$WORK/vault.XXXXXX")"
    if out="$("$@" lifeline --self-test "$dir" 2>&1)" && grep -q "^self-test ok$" <<<"$out"; then
        ok "self-test ($label): $(head -1 <<<"$out")"
    else
        echo "$out"; fail "self-test ($label)"
    fi
}
self_test offscreen env QT_QPA_PLATFORM=offscreen
self_test "xvfb-run" xvfb-run -a
check "tests/e2e/test_packaged_build.py against /opt/lifeline" \
    env LIFELINE_BUNDLE=/opt/lifeline .venv/bin/python -m pytest -q -p no:cacheprovider tests/e2e/test_packaged_build.py

# -- 3 and 4. GUI under Xvfb, and no network anywhere --------------------------------------------------------------------
# no_inet_connect LOG: fails if strace saw a connect() to an internet address. Prints the Unix sockets it used.
no_inet_connect() {
    local log="$1"
    [[ -s $log ]] || { echo "empty strace log $log"; return 1; }
    local inet
    inet="$(grep -E 'connect\(.*sa_family=AF_INET6?\b' "$log")"
    echo "    connect() calls: $(grep -c 'connect(' "$log") ($(grep -c 'AF_UNIX' "$log") to Unix sockets)"
    if [[ -n $inet ]]; then
        echo "$inet" | head -20
        return 1
    fi
}

# Negative control: the detector must see a real connect() to an internet address (loopback, port 9, refused).
strace -f -qq -e trace=connect -o "$WORK/strace-control.log" python3 -c \
    'import socket; s = socket.socket(); s.settimeout(1); s.connect_ex(("127.0.0.1", 9))' >/dev/null 2>&1
if no_inet_connect "$WORK/strace-control.log" >/dev/null; then
    fail "the strace check missed a known connect() to 127.0.0.1 (negative control)"
else
    ok "the strace check catches a connect() to 127.0.0.1 (negative control)"
fi

dir="$(mktemp -d "$WORK/vault.XXXXXX")"
QT_QPA_PLATFORM=offscreen strace -f -qq -e trace=connect -o "$WORK/strace-selftest.log" \
    lifeline --self-test "$dir" >/dev/null 2>&1 || fail "self-test under strace"
check "no internet connection from the self-test (strace)" no_inet_connect "$WORK/strace-selftest.log"

# The GUI, with the demo vault, in a throwaway home and temp folder, under xvfb-run and strace: waits for a visible
# window named Lifeline, checks the app is still alive a moment later, then ends it. It runs in its own D-Bus
# session (dbus-run-session), as on a desktop: without one, libdbus would autolaunch a session bus that outlives
# the app (and strace, which follows it).
cat > "$WORK/gui-run.sh" <<'SH'
log="$1"; out="$2"; rc=0
# timeout: strace -f waits for every process it traced, so nothing here may outlive the test
timeout -s KILL 90 strace -f -qq -e trace=connect -o "$log" lifeline --demo >"$out" 2>&1 &
tracer=$!
if win="$(timeout 30 xdotool search --sync --onlyvisible --name '^Lifeline$' | head -1)" && [ -n "$win" ]; then
    echo "    window $win is up, titled '$(xdotool getwindowname "$win")'"
    sleep 2  # the demo vault is made and the services load after the window shows
    kill -0 "$tracer" 2>/dev/null || { echo "    the app died after showing its window"; rc=1; }
    app="$(xdotool getwindowpid "$win" 2>/dev/null)"
    [ -n "$app" ] && kill "$app" 2>/dev/null
else
    echo "    no visible window named Lifeline within 30 s"; rc=1
fi
kill "$tracer" 2>/dev/null
wait "$tracer" 2>/dev/null
sed 's/^/    app: /' "$out" | head -20
exit $rc
SH
mkdir -p "$WORK/home" "$WORK/tmp" "$WORK/run"
chmod 700 "$WORK/run"
check "the GUI shows its window under xvfb-run" env HOME="$WORK/home" TMPDIR="$WORK/tmp" XDG_RUNTIME_DIR="$WORK/run" \
    xvfb-run -a dbus-run-session -- bash "$WORK/gui-run.sh" "$WORK/strace-gui.log" "$WORK/gui.out"
check "no internet connection from the GUI (strace)" no_inet_connect "$WORK/strace-gui.log"

# -- 5. Depends, checked in a minimal Debian -----------------------------------------------------------------------------
mirror_and_suite() {  # this system's suite, and the mirror apt uses for its main component
    local suite mirror
    suite="$(. /etc/os-release && echo "${VERSION_CODENAME:-}")"
    mirror="$(apt-cache policy | awk -v s="$suite/main" '$3 == s && $2 ~ /^https?:/ { print $2; exit }')"
    [[ -n $mirror && -n $suite ]] && echo "$suite $mirror"
}
in_chroot() { chroot "$CHROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }

read -r SUITE MIRROR <<<"$(mirror_and_suite)"
if [[ -z ${SUITE:-} ]]; then
    say "note: no apt mirror or suite found; the Depends check in a minimal system is skipped"
elif ! timeout 300 debootstrap --variant=minbase "$SUITE" "$CHROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
    tail -5 "$WORK/debootstrap.log"
    say "note: debootstrap $SUITE from $MIRROR did not work (no mirror?); the Depends check is skipped"
else
    say "minimal $SUITE made with debootstrap ($(du -sh "$CHROOT" | cut -f1))"
    cp /etc/resolv.conf "$CHROOT/etc/resolv.conf"
    cp "$DEB" "$CHROOT/tmp/lifeline.deb"
    mount -t proc proc "$CHROOT/proc" && MOUNTS+=("$CHROOT/proc")
    if in_chroot sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends /tmp/lifeline.deb' >"$WORK/chroot-apt.log" 2>&1; then
        ok "apt-get install in the minimal system ($(grep -c '^Setting up' "$WORK/chroot-apt.log") packages)"
        out="$(in_chroot sh -c 'd=$(mktemp -d) && QT_QPA_PLATFORM=offscreen lifeline --self-test "$d"' 2>&1)"
        if grep -q "^self-test ok$" <<<"$out"; then ok "self-test in the minimal system"; else
            echo "$out"; fail "self-test in the minimal system"; fi
        # The GUI over xcb, on an Xvfb of this machine whose socket is bind-mounted into the chroot: every
        # library the xcb platform plugin needs must have come from the Depends line.
        mkdir -p "$CHROOT/tmp/.X11-unix"
        Xvfb :87 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
        XVFB=$!
        sleep 1
        mount --bind /tmp/.X11-unix "$CHROOT/tmp/.X11-unix" && MOUNTS+=("$CHROOT/tmp/.X11-unix")
        in_chroot sh -c 'DISPLAY=:87 TMPDIR=/tmp timeout 30 lifeline --demo' >"$WORK/chroot-gui.log" 2>&1 &
        GUI=$!
        if win="$(DISPLAY=:87 timeout 30 xdotool search --sync --onlyvisible --name '^Lifeline$' | head -1)" \
                && [[ -n $win ]]; then
            ok "the GUI shows its window (xcb) in the minimal system"
        else
            sed 's/^/    app: /' "$WORK/chroot-gui.log" | head -20
            fail "the GUI shows its window (xcb) in the minimal system"
        fi
        app_pid="$(DISPLAY=:87 xdotool getwindowpid "${win:-0}" 2>/dev/null)"
        [[ -n $app_pid ]] && kill "$app_pid" 2>/dev/null
        wait "$GUI" 2>/dev/null
        kill "$XVFB" 2>/dev/null
        wait "$XVFB" 2>/dev/null
    else
        tail -20 "$WORK/chroot-apt.log"
        fail "apt-get install in the minimal system"
    fi
fi

# -- 6. lintian: reported, never fatal ----------------------------------------------------------------------------------
say "lintian (findings are reported, not fatal):"
lintian --no-tag-display-limit "$DEB" >"$WORK/lintian.log" 2>&1
echo "    by tag (count, severity, tag):"
awk '/^[EWIPX]: /{print $1, $3}' "$WORK/lintian.log" | sort | uniq -c | sort -rn | sed 's/^/    /'
echo "    first findings in full:"
grep -E '^[EWX]: ' "$WORK/lintian.log" | awk '!seen[$3]++' | head -40 | sed 's/^/    /'

# -- 7. remove ------------------------------------------------------------------------------------------------------------
check "apt-get remove" apt-get remove -y -qq lifeline
check "/opt/lifeline and /usr/bin/lifeline are gone" test ! -e /opt/lifeline -a ! -e /usr/bin/lifeline

echo
if ((${#FAILED[@]})); then
    say "${#FAILED[@]} check(s) failed:"
    printf '    %s\n' "${FAILED[@]}"
    exit 1
fi
say "all packaging checks passed"
