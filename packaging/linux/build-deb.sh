#!/usr/bin/env bash
# Builds dist/lifeline_<version>-1_amd64.deb from this checkout:
#
#   packaging/linux/build-deb.sh            # bundle (PyInstaller) + .deb
#   packaging/linux/build-deb.sh --no-build # reuse dist/lifeline/ as it is, only package it
#
# 1. PyInstaller (the pyproject `packaging` extra, installed into .venv if missing) builds the one-folder bundle
#    dist/lifeline/ from packaging/lifeline.spec, without the distribution's own libraries.
# 2. The package tree: the bundle in /opt/lifeline, /usr/bin/lifeline (a two-line shell launcher), the .desktop
#    entry, our icon as SVG and PNG (48/128/256, rendered with Qt offscreen) in the hicolor theme, AppStream
#    metainfo, the changelog and copyright in /usr/share/doc/lifeline.
# 3. Depends: dpkg-shlibdeps reads every ELF file in the bundle and maps the libraries it needs (and does not carry
#    itself) to the packages that provide them, with version floors from their symbols files.
# 4. dpkg-deb --root-owner-group --build.
#
# Needs: dpkg-dev (dpkg-shlibdeps), binutils (strip, objdump), and the Qt runtime libraries scripts/setup installs;
# icu-devtools and gcc for the smaller ICU data (packaging/linux/slim_icu_data.py; without them it stays whole).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
HERE=packaging/linux
PY=.venv/bin/python
APP_ID=org.relationshiplifeline.Lifeline

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        *) echo "build-deb.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

say() { echo "build-deb: $*"; }
need() {
    local missing=()
    for tool in "$@"; do command -v "$tool" >/dev/null || missing+=("$tool"); done
    if ((${#missing[@]})); then
        echo "build-deb: missing tools: ${missing[*]} (apt-get install dpkg-dev binutils)" >&2
        exit 1
    fi
}
need dpkg-deb dpkg-shlibdeps strip objdump gzip

[[ -x $PY ]] || { echo "build-deb: no .venv; run scripts/setup first" >&2; exit 1; }
VERSION="$($PY -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
DEB_VERSION="$VERSION-1"  # Debian revision 1: a packaging of the upstream release, not a native package
ARCH="$(dpkg --print-architecture)"
DEB="dist/lifeline_${DEB_VERSION}_${ARCH}.deb"

# 1. The bundle --------------------------------------------------------------------------------------------------
if [[ $BUILD == 1 ]]; then
    if ! $PY -c 'import PyInstaller' 2>/dev/null; then
        mapfile -t reqs < <($PY -c 'import tomllib
for r in tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["packaging"]: print(r)')
        say "installing ${reqs[*]} into .venv (the pyproject packaging extra)"
        $PY -m pip install -q "${reqs[@]}"
    fi
    say "PyInstaller $($PY -m PyInstaller --version)"
    t0=$EPOCHREALTIME
    rm -rf dist/lifeline
    $PY -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath dist --workpath build/pyinstaller packaging/lifeline.spec
    say "bundle built in $(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')s"
fi
[[ -x dist/lifeline/lifeline ]] || { echo "build-deb: no bundle in dist/lifeline" >&2; exit 1; }

# 2. The package tree --------------------------------------------------------------------------------------------
PKG="$(mktemp -d "${TMPDIR:-/tmp}/lifeline-deb.XXXXXX")"
trap 'rm -rf "$PKG"' EXIT
install -d "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
    "$PKG/usr/share/doc/lifeline" "$PKG/usr/share/icons/hicolor/scalable/apps"
cp -a dist/lifeline "$PKG/opt/lifeline"
find "$PKG/opt/lifeline" -name __pycache__ -prune -exec rm -rf {} +

cat > "$PKG/usr/bin/lifeline" <<'SH'
#!/bin/sh
exec /opt/lifeline/lifeline "$@"
SH

install -m 644 "$HERE/lifeline.desktop" "$PKG/usr/share/applications/lifeline.desktop"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%F)/" "$HERE/$APP_ID.metainfo.xml" \
    > "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 644 resources/icons/app.svg "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
ICONS="$PKG/.icons"
QT_QPA_PLATFORM=offscreen $PY packaging/render_icons.py "$ICONS" 48 128 256 >/dev/null
for size in 48 128 256; do
    install -D -m 644 "$ICONS/lifeline-$size.png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
rm -rf "$ICONS"

install -m 644 "$HERE/copyright" "$PKG/usr/share/doc/lifeline/copyright"
cat > "$PKG/.changelog" <<EOF
lifeline ($DEB_VERSION) stable; urgency=medium

  * Release $VERSION, built from $(git rev-parse --short HEAD 2>/dev/null || echo "a source tree").
    See the project's README for what is new.

 -- Relationship Lifeline team <team@relationshiplifeline.invalid>  $(date -u -R)
EOF
gzip -9n < "$PKG/.changelog" > "$PKG/usr/share/doc/lifeline/changelog.Debian.gz"
rm "$PKG/.changelog"

# Remove bytecode caches a run as root may have left beside the bundle, so that removal leaves /opt clean.
cat > "$PKG/DEBIAN/prerm" <<'SH'
#!/bin/sh
set -e
if [ -d /opt/lifeline ]; then
    find /opt/lifeline -name __pycache__ -type d -prune -exec rm -rf {} +
fi
SH

# Ownership comes from --root-owner-group; modes here: folders 755, files 644, programs 755.
find "$PKG" -type d -exec chmod 755 {} +
find "$PKG" -type f -exec chmod 644 {} +
chmod 755 "$PKG/usr/bin/lifeline" "$PKG/opt/lifeline/lifeline" "$PKG/DEBIAN/prerm"

# 3. Depends -----------------------------------------------------------------------------------------------------
# dpkg-shlibdeps wants a debian/control beside it; it gets a throwaway one. -l: the bundle's own library folders,
# so libraries the bundle carries (Qt, ICU, Python) are found there and add no dependency.
mapfile -t elf_files < <(find "$PKG/opt/lifeline" -type f \( -name '*.so' -o -name '*.so.*' -o -name lifeline \) \
    -exec sh -c 'head -c4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
mapfile -t lib_dirs < <(printf '%s\n' "${elf_files[@]}" | xargs -n1 dirname | sort -u | sed 's/^/-l/')
SHL="$(mktemp -d)"
mkdir -p "$SHL/debian" "$ROOT/build"
printf 'Source: lifeline\n\nPackage: lifeline\nArchitecture: any\n' > "$SHL/debian/control"
DEPENDS="$(cd "$SHL" && dpkg-shlibdeps -O --ignore-missing-info "${lib_dirs[@]}" "${elf_files[@]}" \
    2>"$ROOT/build/dpkg-shlibdeps.log" | sed -n 's/^shlibs:Depends=//p')"
rm -rf "$SHL"
[[ -n $DEPENDS ]] || { echo "build-deb: dpkg-shlibdeps found no dependencies (see build/dpkg-shlibdeps.log)" >&2; exit 1; }

INSTALLED_KB="$(du -sk --exclude=DEBIAN "$PKG" | cut -f1)"
cat > "$PKG/DEBIAN/control" <<EOF
Package: lifeline
Version: $DEB_VERSION
Architecture: $ARCH
Maintainer: Relationship Lifeline team <team@relationshiplifeline.invalid>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Suggests: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Description: private, offline journal and planner for couples
 Lifeline is a quiet place for two people to look after their relationship
 together, on the computer they share at home: shared journals with a private
 space for each partner, an activity planner, guided conversations, regular
 check-ins and programs of a few weeks.
 .
 It works entirely offline and never opens a network connection. Everything is
 kept in one encrypted SQLCipher file on this computer.
EOF

# 4. The .deb ----------------------------------------------------------------------------------------------------
mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null
say "Depends: $DEPENDS"
say "bundle $(du -sh dist/lifeline | cut -f1), installed $((INSTALLED_KB / 1024)) MiB, package $(du -h "$DEB" | cut -f1): $DEB"
