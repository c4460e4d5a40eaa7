#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 AuditLens developers
# SPDX-License-Identifier: Apache-2.0

# Builds the Debian package the way a release is built (Debian's hardening flags, stripped
# programs with their debug symbols in auditlens-dbgsym) and checks it as a distribution would:
# lintian says nothing, the desktop entry and the AppStream data validate, the package holds
# what the desktop needs, and the programs run from a copy unpacked with dpkg -x, where the
# packaging tests check the manual pages, the completion and the MIME type once more.
#   AUDITLENS_PACKAGE_BUILD_DIR  release build folder (default build-package)
#   AUDITLENS_BUILD_DIR          the test build whose packaging tests run (default build)
set -euo pipefail
cd "$(dirname "$0")/.."
AUDITLENS_WITH_PACKAGING=1 bash scripts/install-deps.sh
build=${AUDITLENS_PACKAGE_BUILD_DIR:-build-package}
tests=${AUDITLENS_BUILD_DIR:-build}
app_id=$(sed -n 's/^set(AUDITLENS_APP_ID \(.*\))$/\1/p' CMakeLists.txt)
umask 022

fail() {
    echo "package: $*" >&2
    exit 1
}

# --- build -------------------------------------------------------------------------------------
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" \
    -DCMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS="OWNER_READ;OWNER_WRITE;OWNER_EXECUTE;GROUP_READ;GROUP_EXECUTE;WORLD_READ;WORLD_EXECUTE" \
    -DCMAKE_SKIP_INSTALL_RPATH=ON -DBUILD_TESTING=OFF -DAUDITLENS_BUILD_BENCH=OFF \
    -DAUDITLENS_WERROR=OFF
cmake --build "$build" --parallel 2
rm -f "$build"/auditlens*.deb "$build"/auditlens*.ddeb
(cd "$build" && cpack -G DEB)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
deb=$(ls "$build"/auditlens_"$version"_*.deb)
dbgsym=$(ls "$build"/auditlens-dbgsym_"$version"_*.ddeb)
echo "package: $deb"
dpkg-deb --info "$deb"

# CPack (CMake 3.25) writes the debug package's md5sums with the build's paths and gives it no
# documentation. Lay it out as dh_strip lays out Debian's own -dbgsym packages (the symbol
# files not executable, usr/share/doc/auditlens-dbgsym a link to auditlens's folder, which it
# may be since the package depends on auditlens of the same version) and build it again.
work=$(mktemp -d)
chmod 755 "$work" # lintian runs as nobody below
trap 'rm -rf "$work"' EXIT
dpkg-deb -R "$dbgsym" "$work/dbgsym"
find "$work/dbgsym/usr" -type f -exec chmod 0644 {} +
mkdir -p "$work/dbgsym/usr/share/doc"
ln -s auditlens "$work/dbgsym/usr/share/doc/auditlens-dbgsym"
(cd "$work/dbgsym" && find usr -type f | LC_ALL=C sort | xargs md5sum) >"$work/dbgsym/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zxz --build "$work/dbgsym" "$dbgsym" >/dev/null

# --- lintian: not one error or warning ---------------------------------------------------------
# Run unprivileged: as root, lintian warns about that instead.
lint() {
    if [ "$(id -u)" = 0 ]; then
        setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/tmp TMPDIR=/tmp lintian "$@"
    else
        lintian "$@"
    fi
}
lintdir="$work/lintian"
mkdir -m 755 "$lintdir"
cp "$deb" "$lintdir/"
# lintian reads a .ddeb as the .deb it is.
cp "$dbgsym" "$lintdir/$(basename "${dbgsym%.ddeb}").deb"
for f in "$lintdir"/*.deb; do
    echo "lintian $(basename "$f"):"
    out=$(lint "$f" 2>&1) || true
    if [ -n "$out" ]; then
        echo "$out"
        fail "lintian is not silent on $(basename "$f")"
    fi
    # Informational tags are shown, not enforced.
    lint --display-info --tag-display-limit 0 "$f" 2>&1 | sed 's/^/  /' || true
done

# --- what the package holds --------------------------------------------------------------------
contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
required=(
    ./usr/bin/auditlens ./usr/bin/auditlens-cli
    "./usr/share/applications/$app_id.desktop"
    "./usr/share/metainfo/$app_id.metainfo.xml"
    "./usr/share/mime/packages/$app_id.xml"
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    ./usr/share/man/man1/auditlens.1.gz ./usr/share/man/man1/auditlens-cli.1.gz
    ./usr/share/bash-completion/completions/auditlens-cli
    ./usr/share/doc/auditlens/copyright ./usr/share/doc/auditlens/changelog.gz
)
for size in 16 22 24 32 48 64 128 256; do
    required+=("./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${required[@]}"; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done
echo "package: holds all ${#required[@]} files the desktop and the shell need"
depends=$(dpkg-deb -f "$deb" Depends)
for dependency in libc6 libqt6core6 libqt6widgets6 libqt6sql6-sqlite libsqlite3-0 libssl3; do
    grep -q "\b$dependency\b" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done
symbols=$(dpkg-deb -c "$dbgsym")
grep -q '/usr/lib/debug/.build-id/.*\.debug$' <<<"$symbols" ||
    fail "$(basename "$dbgsym") holds no debug symbols"

# --- installed: the validators and the programs ------------------------------------------------
root="$work/root"
dpkg -x "$deb" "$root"
# Stripped, and no search path of their own (qt_standard_project_setup adds $ORIGIN/../lib for
# bundles; a distribution's programs find their libraries where the system keeps them).
for program in auditlens auditlens-cli; do
    kind=$(file "$root/usr/bin/$program")
    grep -q ', stripped' <<<"$kind" || fail "$program is not stripped: $kind"
    dynamic=$(readelf -d "$root/usr/bin/$program")
    if grep -qE 'RPATH|RUNPATH' <<<"$dynamic"; then
        fail "$program carries a library search path"
    fi
done

out=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) || true
[ -z "$out" ] || fail "desktop-file-validate: $out"
echo "desktop-file-validate: nothing to say"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate failed"

# The programs link Qt and the rest from the system: no LD_LIBRARY_PATH.
out=$("$root/usr/bin/auditlens-cli" --version)
[ "$out" = "auditlens-cli $version" ] || fail "installed auditlens-cli --version says: $out"
echo "installed: $out"
out=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/auditlens" --version 2>/dev/null)
[ "$out" = "AuditLens $version" ] || fail "installed auditlens --version says: $out"
echo "installed: $out"

# The manual pages and the completion against the installed programs' --help, and the MIME
# type against a case the installed auditlens-cli makes.
if [ ! -f "$tests/CMakeCache.txt" ]; then
    cmake -S . -B "$tests" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUDITLENS_WERROR=ON
fi
cmake --build "$tests" --parallel 2 --target tst_clidocs tst_desktopintegration
AUDITLENS_INSTALLED_ROOT="$root" QT_QPA_PLATFORM=offscreen \
    ctest --test-dir "$tests" -R '^tst_(clidocs|desktopintegration)$' --output-on-failure

# --- translations ------------------------------------------------------------------------------
# Every translations/*.ts is complete: no unfinished, obsolete or vanished entry. And it is up to
# date: lupdate over the tree (models/ views/ app/, as the update_translations target runs it),
# into a copy, adds no string the .ts lacks.
qt_bins=$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)
lupdate="$qt_bins/lupdate"
[ -x "$lupdate" ] || fail "lupdate not found in $qt_bins (install qt6-l10n-tools)"
ts_files=(translations/*.ts)
[ -f "${ts_files[0]}" ] || fail "no translations/*.ts"
scratch="$work/translations"
mkdir -p "$scratch"
for ts in "${ts_files[@]}"; do
    bad=$(grep -cE 'type="(unfinished|obsolete|vanished)"' "$ts" || true)
    if [ "$bad" != 0 ]; then
        grep -B2 -E 'type="(unfinished|obsolete|vanished)"' "$ts" | grep '<source>' | head -20 >&2
        fail "$ts: $bad entries unfinished, obsolete or vanished"
    fi
    copy="$scratch/$(basename "$ts")"
    cp "$ts" "$copy"
    lang=$(grep -o '<TS [^>]*' "$ts" | grep -o ' language="[^"]*"' | cut -d'"' -f2)
    # Without -no-obsolete: a string gone from the tree shows as vanished.
    "$lupdate" -silent -locations none -source-language en -target-language "$lang" \
        models views app -ts "$copy" ||
        fail "lupdate failed on $ts"
    new=$(grep -cE 'type="(unfinished|obsolete|vanished)"' "$copy" || true)
    if [ "$new" != 0 ]; then
        grep -B2 -E 'type="(unfinished|obsolete|vanished)"' "$copy" | grep '<source>' | head -20 >&2
        fail "$ts is out of date: lupdate finds $new strings it lacks or no longer uses" \
            "(cmake --build build --target update_translations, then translate them)"
    fi
    echo "translations: $ts complete and up to date"
done

echo "package: $(basename "$deb") and $(basename "$dbgsym") are ready"
