#!/usr/bin/env bash
# Builds the Debian package with cpack and checks what is inside it.
#   check-deb.sh BUILD_DIR OUT_DIR APPSTREAM_ID
# Fails with one line per problem found.
set -euo pipefail

build_dir=${1:?build directory}
out_dir=${2:?output directory}
appid=${3:?AppStream id}

problems=0
bad() {
    echo "FAIL: $*" >&2
    problems=$((problems + 1))
}
ok() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps file desktop-file-validate; do
    command -v "$tool" >/dev/null 2>&1 \
        || { echo "FAIL: $tool not found; scripts/setup.sh installs what the packaging needs" >&2; exit 1; }
done

rm -rf "$out_dir"
mkdir -p "$out_dir"
cd "$build_dir"
if ! cpack -G DEB -B "$out_dir" --config "$build_dir/CPackConfig.cmake" >"$out_dir/cpack.log" 2>&1; then
    cat "$out_dir/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed in $build_dir (log above)" >&2
    exit 1
fi

shopt -s nullglob
debs=("$out_dir"/*.deb)
if ((${#debs[@]} != 1)); then
    cat "$out_dir/cpack.log" >&2
    echo "FAIL: expected one .deb in $out_dir, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
ok "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"

listing=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for path in \
    ./usr/bin/parity \
    ./usr/bin/parity-cli \
    ./usr/share/applications/parity.desktop \
    "./usr/share/metainfo/$appid.metainfo.xml" \
    ./usr/share/icons/hicolor/scalable/apps/parity.svg; do
    if grep -qxF -- "$path" <<<"$listing"; then
        ok "contains $path"
    else
        bad "$(basename "$deb") lacks $path"
    fi
done

field() { dpkg-deb -f "$deb" "$1"; }
# expect DESCRIPTION COMMAND...: records a problem unless COMMAND succeeds.
expect() {
    local what=$1
    shift
    if "$@"; then ok "$what"; else bad "$what"; fi
}
equals() { [[ $1 == "$2" ]]; }
contains() { [[ $1 == *"$2"* ]]; }

expect "Package is parity (got '$(field Package)')" equals "$(field Package)" parity
expect "Section is database (got '$(field Section)')" equals "$(field Section)" database
expect "Maintainer is the project's (got '$(field Maintainer)')" \
    equals "$(field Maintainer)" "Parity developers <parity@example.invalid>"
depends=$(field Depends)
# dpkg-shlibdeps ran only if the Qt libraries the binaries link are listed;
# the SQL driver plugins come from the explicit list.
for dep in libqt6core6 libqt6widgets6 libqt6sql6-psql libqt6sql6-mysql libqt6sql6-sqlite; do
    expect "Depends names $dep" contains "$depends" "$dep"
done

root="$out_dir/root"
dpkg-deb -x "$deb" "$root"
for bin in parity parity-cli; do
    [[ -f "$root/usr/bin/$bin" ]] || continue
    expect "usr/bin/$bin is an ELF executable ($(file -b "$root/usr/bin/$bin" | cut -d, -f1-2))" \
        contains "$(file -b "$root/usr/bin/$bin")" "ELF"
    expect "usr/bin/$bin has the executable bit" test -x "$root/usr/bin/$bin"
done

desktop="$root/usr/share/applications/parity.desktop"
if [[ -f "$desktop" ]]; then
    expect "the installed desktop file validates" desktop-file-validate "$desktop"
    # The desktop entry, the icon and the binary must name each other.
    exec_bin=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    expect "Exec=$exec_bin is in usr/bin" test -f "$root/usr/bin/$exec_bin"
    expect "Icon=$icon has a scalable icon" test -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
fi
metainfo="$root/usr/share/metainfo/$appid.metainfo.xml"
if [[ -f "$metainfo" ]]; then
    launchable=$(sed -n 's:.*<launchable type="desktop-id">\(.*\)</launchable>.*:\1:p' "$metainfo")
    expect "the metainfo's launchable '$launchable' is in usr/share/applications" \
        test -n "$launchable" -a -f "$root/usr/share/applications/$launchable"
fi

if ((problems > 0)); then
    echo "FAIL: $problems problem(s) with $(basename "$deb")" >&2
    exit 1
fi
echo "ok: $(basename "$deb") has everything"
