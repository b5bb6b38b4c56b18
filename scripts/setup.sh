#!/usr/bin/env bash
# Sets up a Debian 12 machine for Parity, builds it, and optionally runs the
# demo or the test suite.
#
#   scripts/setup.sh           install what is missing, configure, build
#   scripts/setup.sh --demo    ... then show the demo databases
#   scripts/setup.sh --test    ... then run the whole test suite (exit = ctest's)
#
# Safe to run again: packages are installed only when dpkg says they are
# missing, and the build is incremental. Runs as root (CI) or as a normal
# user, who is asked for sudo only when something has to be installed.
set -euo pipefail

usage() {
    sed -n '2,8s/^# \{0,1\}//p' "$0"
}

mode="build"
case "${1:-}" in
"") ;;
--demo) mode="demo" ;;
--test) mode="test" ;;
-h | --help)
    usage
    exit 0
    ;;
*)
    echo "setup.sh: unknown option '$1'" >&2
    usage >&2
    exit 2
    ;;
esac

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_root"
build_dir="$repo_root/build"

step() { printf '==> %s\n' "$*"; }

# Everything the build, the tests, the demo and the packaging need. Only
# Debian's own packages: CI reaches no other source of software.
packages=(
    # toolchain
    build-essential g++ cmake ninja-build pkg-config git
    # Qt 6 and the libraries Parity links
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libqt6svg6
    libqt6sql6-psql libqt6sql6-mysql libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqscintilla2-qt6-dev qtkeychain-qt6-dev libpg-query-dev libdtl-dev libgl-dev libsqlite3-dev
    # database servers and clients for the integration tests and the benchmark
    postgresql postgresql-client postgresql-contrib mariadb-server mariadb-client sqlite3
    # headless GUI: Xvfb for screenshots, a font so offscreen text has glyphs
    xvfb xauth fonts-dejavu-core
    # packaging and its checks; /usr/bin/time for the benchmark's peak memory
    dpkg-dev fakeroot file time desktop-file-utils appstream
    # the round trip over sqldef's YAML cases reads them with Debian's python3
    python3 python3-yaml
)

# When started through sudo, build as the person who asked so that build/
# stays theirs; installing is the only step that needs root.
as_invoker() {
    if [[ $EUID -eq 0 && -n "${SUDO_USER:-}" && "$SUDO_USER" != root ]]; then
        runuser -u "$SUDO_USER" -- "$@"
    else
        "$@"
    fi
}

as_root() {
    if [[ $EUID -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "setup.sh: installing packages needs root; run this script as root or install sudo" >&2
        exit 1
    fi
}

install_missing_packages() {
    local missing=() p
    for p in "${packages[@]}"; do
        if [[ $(dpkg-query -W -f='${db:Status-Abbrev}' "$p" 2>/dev/null) != ii* ]]; then
            missing+=("$p")
        fi
    done
    if ((${#missing[@]} == 0)); then
        step "All ${#packages[@]} Debian packages are installed"
        return
    fi
    step "Installing ${#missing[@]} missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    local apt=(apt-get -y -q -o DPkg::Lock::Timeout=300)
    as_root env DEBIAN_FRONTEND=noninteractive "${apt[@]}" update
    as_root env DEBIAN_FRONTEND=noninteractive "${apt[@]}" install --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    step "Configuring (build/)"
    if [[ -f "$build_dir/CMakeCache.txt" ]]; then
        # An existing tree keeps its generator and options.
        as_invoker cmake -S "$repo_root" -B "$build_dir"
    else
        as_invoker cmake -S "$repo_root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    step "Building with $(nproc) jobs"
    as_invoker cmake --build "$build_dir" -j"$(nproc)"
}

# The command-line half of the demo: what is inside the two demo databases.
demo_inspect() {
    local db
    for db in staging uat; do
        local file="$build_dir/demo/$db.db"
        if [[ ! -f "$file" ]]; then
            echo "setup.sh: the demo database $file was not built; check the build output above" >&2
            exit 1
        fi
        step "parity-cli inspect build/demo/$db.db --exact-counts"
        as_invoker "$build_dir/bin/parity-cli" inspect "$file" --exact-counts
    done
}

# What turns UAT into staging: the seed situation, in words first, each
# difference with the Sequelize migration behind it.
demo_diff() {
    step "parity-cli diff build/demo/uat.db build/demo/staging.db --exact-counts --migrations build/demo/migrations"
    as_invoker "$build_dir/bin/parity-cli" diff "$build_dir/demo/uat.db" "$build_dir/demo/staging.db" --exact-counts \
        --migrations "$build_dir/demo/migrations"
}

# Which migrations each side ran, against the app's migrations folder. The
# two differ, so parity-cli says so with exit 1.
demo_history() {
    step "parity-cli history staging=build/demo/staging.db uat=build/demo/uat.db --migrations build/demo/migrations"
    local status=0
    as_invoker "$build_dir/bin/parity-cli" history "staging=$build_dir/demo/staging.db" "uat=$build_dir/demo/uat.db" \
        --migrations "$build_dir/demo/migrations" || status=$?
    if [[ $status -ne 1 ]]; then
        echo "setup.sh: expected parity-cli history to report differing environments (exit 1), got $status" >&2
        exit 1
    fi
}

# The plan: the SQL that turns UAT into staging, its rollback and the
# hazards measured on UAT's rows. It loses data (a dropped column with
# values), so parity-cli refuses (exit 3) until told --allow-data-loss.
demo_plan() {
    local out="$build_dir/demo"
    step "parity-cli plan build/demo/uat.db build/demo/staging.db"
    local status=0
    as_invoker "$build_dir/bin/parity-cli" plan "$build_dir/demo/uat.db" "$build_dir/demo/staging.db" \
        -o "$out/uat-to-staging.sql" || status=$?
    if [[ $status -ne 3 ]]; then
        echo "setup.sh: expected parity-cli plan to refuse the data-losing plan (exit 3), got $status" >&2
        exit 1
    fi
    step "parity-cli plan build/demo/uat.db build/demo/staging.db --allow-data-loss -o build/demo/uat-to-staging.sql --rollback build/demo/staging-to-uat.sql"
    as_invoker "$build_dir/bin/parity-cli" plan "$build_dir/demo/uat.db" "$build_dir/demo/staging.db" \
        --allow-data-loss -o "$out/uat-to-staging.sql" --rollback "$out/staging-to-uat.sql" 2>/dev/null
    echo "Wrote build/demo/uat-to-staging.sql and build/demo/staging-to-uat.sql (read them; nothing was applied)."
}

# ---- The GUI step of the demo ---------------------------------------------
# The one place where the demo opens the desktop program; it needs a display.
# It runs in the foreground: the demo ends when the window is closed.
demo_gui() {
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        step "No display: skipping the GUI (start build/bin/parity on a desktop to see it)"
        return
    fi
    step "Starting the workbench: build/bin/parity --demo (staging compared with uat)"
    as_invoker "$build_dir/bin/parity" --demo
}
# ---------------------------------------------------------------------------

run_tests() {
    step "Running tests"
    # Widget tests need a platform plugin; without a display use offscreen.
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    fi
    local status=0
    as_invoker ctest --test-dir "$build_dir" --output-on-failure -j2 --timeout 900 || status=$?
    if ((status != 0)); then
        step "Tests failed (ctest exit status $status)"
    fi
    return "$status"
}

install_missing_packages
configure_and_build

case "$mode" in
build) step "Done: build/bin/parity and build/bin/parity-cli" ;;
demo)
    demo_inspect
    demo_history
    demo_diff
    demo_plan
    demo_gui
    ;;
test) run_tests ;;
esac
