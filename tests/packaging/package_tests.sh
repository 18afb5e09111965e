#!/usr/bin/env bash
# package_tests.sh CASE: the packaging tests, one CASE per ctest test (see tests/packaging/CMakeLists.txt).
#   build        cpack: kiosk_*.deb, kiosk-content_*.deb, kiosk-session_*.deb, kiosk-*.tar.gz into $KIOSK_TEST_DIR/out
#                (the fixture)
#   contents     dpkg-deb -c / -I: the exact file lists, conffiles, maintainer scripts, Depends, versions; the tar.gz
#   scratch      dpkg -x both packages into a scratch root; the installed kiosk-content installs the content there;
#                the installed kiosk runs --version, --check and --screenshot under xvfb-run, finding its fonts
#                relative to itself
#   validate     systemd-analyze verify (the user unit, the appliance's system unit) and desktop-file-validate (the
#                autostart entry); the watchdog, the back-off and the X lockdown the appliance relies on
#   lintian      lintian on the three .debs: no errors (warnings are printed, not fatal)
#   appliance    the real dpkg installs all three packages into a scratch Debian system: the appliance's seat is
#                enabled for boot, its units verify there, X is locked down; removing and purging give the system
#                back file for file
#   repo         the fleet's signed apt repository (packaging/fleet/publish), served on loopback: a scratch system
#                installs the client and the appliance from it, refuses a wrongly signed index, and
#                unattended-upgrades installs a newly published kiosk-content (tests/packaging/fleet_repo.sh)
#   session      the appliance's session scripts with stand-ins for X and systemctl: a staff exit and a kiosk that
#                systemd gave up on end the seat for good (console login); an X server that dies is started again
#   scripts      the maintainer scripts, run twice each against a scratch $DPKG_ROOT with stand-ins for the commands
#                that would touch the machine (adduser, chown, ...): idempotent, and purge leaves nothing
#   swap-good    kiosk-content install: a good database replaces the target, the old one is kept as last-good
#   swap-broken  kiosk-content install: truncated, random, wrong-schema, dangling-reference, empty and missing
#                databases are refused with a non-zero exit, and the target stays byte-identical
# Environment (set by CTest): KIOSK_SOURCE_DIR KIOSK_BUILD_DIR KIOSK_VERSION KIOSK_TEST_DIR KIOSK_CONTENT_TOOL KIOSK_DB
set -euo pipefail
# shellcheck source=tests/packaging/scratch_system.sh
. "$(dirname "${BASH_SOURCE[0]}")/scratch_system.sh"

case_name="${1:?usage: package_tests.sh CASE}"
: "${KIOSK_SOURCE_DIR:?}" "${KIOSK_BUILD_DIR:?}" "${KIOSK_VERSION:?}" "${KIOSK_TEST_DIR:?}" "${KIOSK_CONTENT_TOOL:?}" "${KIOSK_DB:?}"
out="$KIOSK_TEST_DIR/out"
arch="$(dpkg --print-architecture)"

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
need() {
    for tool in "$@"; do
        command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: packaging/dev installs it (or: apt-get install the package that has it)"
    done
}
# A scratch folder for this case, emptied first; left behind for inspection (the build folder is not committed).
scratch_dir() {
    local dir="$KIOSK_TEST_DIR/$case_name"
    rm -rf "$dir"
    mkdir -p "$dir"
    echo "$dir"
}
deb_of() {  # deb_of PACKAGE: the one .deb of that package in $out
    local found=("$out/$1"_*.deb)
    [ ${#found[@]} -eq 1 ] && [ -f "${found[0]}" ] || fail "expected one $1_*.deb in $out (run the build test first), found: ${found[*]}"
    echo "${found[0]}"
}
tgz_of() {
    local found=("$out"/kiosk-*.tar.gz)
    [ ${#found[@]} -eq 1 ] && [ -f "${found[0]}" ] || fail "expected one kiosk-*.tar.gz in $out, found: ${found[*]}"
    echo "${found[0]}"
}
same_file() {  # same_file A B WHAT
    cmp -s "$1" "$2" || fail "$3: $1 and $2 differ"
}

# The files (not folders) a package should hold, sorted, as dpkg-deb -c prints them.
expected_kiosk_files() {
    {
        printf '%s\n' ./etc/kiosk/kiosk.toml ./etc/xdg/autostart/kiosk.desktop ./usr/bin/kiosk ./usr/bin/kiosk-content \
            ./usr/lib/systemd/user/kiosk.service ./usr/share/doc/kiosk/README.md ./usr/share/doc/kiosk/changelog.Debian.gz \
            ./usr/share/doc/kiosk/copyright ./usr/share/kiosk/fonts/OFL.txt ./usr/share/kiosk/xorg.conf.d/50-kiosk-lockdown.conf
        for font in "$KIOSK_SOURCE_DIR"/fonts/*.ttf "$KIOSK_SOURCE_DIR"/fonts/*.otf; do
            [ -f "$font" ] && echo "./usr/share/kiosk/fonts/$(basename "$font")"
        done
    } | LC_ALL=C sort
}
expected_content_files() {
    printf '%s\n' ./usr/share/doc/kiosk-content/changelog.Debian.gz ./usr/share/doc/kiosk-content/copyright \
        ./usr/share/kiosk-content/exhibit.db | LC_ALL=C sort
}
expected_session_files() {
    printf '%s\n' ./etc/X11/kiosk-session.conf.d/50-kiosk-lockdown.conf \
        ./lib/systemd/system/kiosk-session.service ./usr/libexec/kiosk-session/kiosk-session \
        ./usr/libexec/kiosk-session/xsession ./usr/share/doc/kiosk-session/changelog.Debian.gz \
        ./usr/share/doc/kiosk-session/copyright | LC_ALL=C sort
}
files_in_deb() {
    dpkg-deb -c "$1" | awk '$1 !~ /^d/ { print $6 }' | LC_ALL=C sort
}

case_build() {
    need cpack dpkg-deb dpkg-shlibdeps fakeroot
    [ -f "$KIOSK_BUILD_DIR/CPackConfig.cmake" ] || fail "no $KIOSK_BUILD_DIR/CPackConfig.cmake: packaging/cpack.cmake was not included"
    rm -rf "$out"
    mkdir -p "$out"
    (cd "$KIOSK_BUILD_DIR" && cpack --config CPackConfig.cmake -B "$out" -G "DEB;TGZ") || fail "cpack failed"
    deb_of kiosk >/dev/null
    deb_of kiosk-content >/dev/null
    deb_of kiosk-session >/dev/null
    tgz_of >/dev/null
    ls -l "$out"/*.deb "$out"/*.tar.gz
}

case_contents() {
    need dpkg-deb file
    local kiosk content session work
    kiosk="$(deb_of kiosk)"
    content="$(deb_of kiosk-content)"
    session="$(deb_of kiosk-session)"
    work="$(scratch_dir)"

    # Names, versions (one version: PROJECT_VERSION, plus the Debian revision), architectures.
    [ "$(basename "$kiosk")" = "kiosk_${KIOSK_VERSION}-1_${arch}.deb" ] || echo "note: file name $(basename "$kiosk") (a revision other than 1?)"
    [ "$(dpkg-deb -f "$kiosk" Package)" = kiosk ] || fail "kiosk: wrong Package"
    [ "$(dpkg-deb -f "$content" Package)" = kiosk-content ] || fail "kiosk-content: wrong Package"
    [ "$(dpkg-deb -f "$session" Package)" = kiosk-session ] || fail "kiosk-session: wrong Package"
    for deb in "$kiosk" "$content" "$session"; do
        local version
        version="$(dpkg-deb -f "$deb" Version)"
        [[ "$version" == "$KIOSK_VERSION"-* ]] || fail "$(basename "$deb"): Version $version is not $KIOSK_VERSION-REVISION"
        [ -n "$(dpkg-deb -f "$deb" Maintainer)" ] || fail "$(basename "$deb"): no Maintainer"
        [ "$(dpkg-deb -f "$deb" Description | wc -l)" -gt 2 ] || fail "$(basename "$deb"): no long Description"
    done
    [ "$(dpkg-deb -f "$kiosk" Architecture)" = "$arch" ] || fail "kiosk: Architecture is not $arch"
    [ "$(dpkg-deb -f "$content" Architecture)" = all ] || fail "kiosk-content: Architecture is not all"
    [ "$(dpkg-deb -f "$session" Architecture)" = all ] || fail "kiosk-session: Architecture is not all"

    # Depends: the shared libraries the binaries link (from dpkg-shlibdeps), plus what the scripts and GLFW need.
    local depends
    depends="$(dpkg-deb -f "$kiosk" Depends)"
    echo "kiosk Depends: $depends"
    for lib in libc6 'libstdc\+\+6' libglfw3 libsqlite3-0 'libspdlog1\.[0-9]+(-fmt[0-9]+)?' 'libfmt[0-9]+' libtomlplusplus3 libgl1 adduser; do
        grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "kiosk: Depends lacks $lib"
    done
    local content_depends
    content_depends="$(dpkg-deb -f "$content" Depends)"
    echo "kiosk-content Depends: $content_depends"
    [ "$content_depends" = "kiosk (>= $KIOSK_VERSION)" ] || fail "kiosk-content: Depends should be kiosk (>= $KIOSK_VERSION)"
    [ "$(dpkg-deb -f "$kiosk" Recommends)" = kiosk-content ] || fail "kiosk: should recommend kiosk-content"
    # The appliance: exactly this program (it starts the program's unit by name), X, xinit, and the logind session.
    local session_depends
    session_depends="$(dpkg-deb -f "$session" Depends)"
    echo "kiosk-session Depends: $session_depends"
    grep -Eq "(^|, )kiosk \\(= $KIOSK_VERSION-[0-9]+\\)(,|$)" <<<"$session_depends" || fail "kiosk-session: Depends lacks kiosk (= its version)"
    for dep in xserver-xorg-core xserver-xorg-input-libinput xinit xauth libpam-systemd systemd; do
        grep -Eq "(^|, )$dep( |,|$)" <<<"$session_depends" || fail "kiosk-session: Depends lacks $dep"
    done

    # Exactly the expected files: nothing missing, nothing extra (no /usr/local, nothing in /var).
    diff -u <(expected_kiosk_files) <(files_in_deb "$kiosk") || fail "kiosk: the files differ from the expected list (- expected, + packaged)"
    diff -u <(expected_content_files) <(files_in_deb "$content") || fail "kiosk-content: the files differ from the expected list"
    diff -u <(expected_session_files) <(files_in_deb "$session") || fail "kiosk-session: the files differ from the expected list"
    { dpkg-deb -c "$kiosk"; dpkg-deb -c "$content"; dpkg-deb -c "$session"; } | awk '$2 != "root/root" { bad = 1; print } END { exit bad }' || fail "files not owned by root/root"
    local listing
    listing="$(dpkg-deb -c "$kiosk")"
    grep -q '^-rwxr-xr-x .* \./usr/bin/kiosk$' <<<"$listing" || fail "kiosk: /usr/bin/kiosk is not 0755"
    listing="$(dpkg-deb -c "$session")"
    for script in kiosk-session xsession; do
        grep -q "^-rwxr-xr-x .* \./usr/libexec/kiosk-session/$script\$" <<<"$listing" || fail "kiosk-session: $script is not 0755"
    done

    # Control archives: conffiles and maintainer scripts.
    dpkg-deb -e "$kiosk" "$work/kiosk.control"
    dpkg-deb -e "$content" "$work/content.control"
    dpkg-deb -e "$session" "$work/session.control"
    diff -u <(printf '%s\n' /etc/kiosk/kiosk.toml /etc/xdg/autostart/kiosk.desktop) "$work/kiosk.control/conffiles" ||
        fail "kiosk: conffiles should list exactly the config and the autostart entry"
    [ ! -e "$work/content.control/conffiles" ] || fail "kiosk-content: should have no conffiles"
    [ ! -e "$work/session.control/conffiles" ] || fail "kiosk-session: should have no conffiles"
    for script in kiosk.control/postinst kiosk.control/postrm content.control/postinst content.control/postrm \
        session.control/postinst session.control/prerm session.control/postrm; do
        [ -x "$work/$script" ] || fail "$script is missing or not executable"
        sh -n "$work/$script" || fail "$script: syntax error"
    done
    grep -q 'kiosk-content install .*/usr/share/kiosk-content/exhibit.db.* --target .*/var/lib/kiosk/exhibit.db' "$work/content.control/postinst" ||
        fail "kiosk-content postinst does not run kiosk-content install"
    grep -q 'adduser .*--system' "$work/kiosk.control/postinst" || fail "kiosk postinst does not create the system user"

    # The packaged content database is the built one; the binaries are stripped; the version is the project's.
    dpkg-deb -x "$content" "$work/root"
    dpkg-deb -x "$kiosk" "$work/root"
    same_file "$KIOSK_DB" "$work/root/usr/share/kiosk-content/exhibit.db" "the packaged database is not the built one"
    for bin in kiosk kiosk-content; do
        grep -q ', stripped' <<<"$(file "$work/root/usr/bin/$bin")" || fail "/usr/bin/$bin is not stripped"
    done
    [ "$("$work/root/usr/bin/kiosk" --version)" = "kiosk $KIOSK_VERSION" ] || fail "installed kiosk --version is not kiosk $KIOSK_VERSION"
    zcat "$work/root/usr/share/doc/kiosk/changelog.Debian.gz" | sed -n 1p | grep -q "^kiosk ($KIOSK_VERSION-" ||
        fail "changelog.Debian.gz does not start with this version"
    grep -q '^License: OFL-1.1' "$work/root/usr/share/doc/kiosk/copyright" || fail "copyright lacks the fonts' licence"
    grep -q '^License: ISC' "$work/root/usr/share/doc/kiosk/copyright" || fail "copyright lacks the map data's licence"
    grep -q '^License: ISC' "$work/root/usr/share/doc/kiosk-content/copyright" || fail "kiosk-content copyright lacks the map data's licence"

    # The .tar.gz: one top folder holding the union of both packages, the same tree.
    local tgz top
    tgz="$(tgz_of)"
    top="$(basename "$tgz" .tar.gz)"
    diff -u <({ expected_kiosk_files; expected_content_files; expected_session_files; } | sed "s|^\./|$top/|" | LC_ALL=C sort) \
        <(tar -tzvf "$tgz" | awk '$1 !~ /^d/ { print $6 }' | LC_ALL=C sort) || fail "the tar.gz differs from the packages"
    echo "contents ok: $(basename "$kiosk") $(basename "$content") $(basename "$session") $(basename "$tgz")"
}

case_scratch() {
    need dpkg xvfb-run xauth
    local root work
    work="$(scratch_dir)"
    root="$work/root"
    mkdir -p "$root"
    # dpkg -x unpacks without running maintainer scripts or touching the dpkg database: nothing outside $root.
    dpkg -x "$(deb_of kiosk)" "$root"
    dpkg -x "$(deb_of kiosk-content)" "$root"

    [ "$("$root/usr/bin/kiosk" --version)" = "kiosk $KIOSK_VERSION" ] || fail "installed kiosk --version"
    # What the kiosk-content postinst does, with the installed tool, into the scratch root.
    "$root/usr/bin/kiosk-content" install "$root/usr/share/kiosk-content/exhibit.db" --target "$root/var/lib/kiosk/exhibit.db" ||
        fail "the installed kiosk-content could not install the packaged database"
    same_file "$root/usr/share/kiosk-content/exhibit.db" "$root/var/lib/kiosk/exhibit.db" "installed content"

    local report
    # As installed there is no staff PIN: --check must refuse that loudly, then pass once the admin sets one.
    if report="$(xvfb-run -a -s "-screen 0 1280x800x24" "$root/usr/bin/kiosk" --check \
        --db "$root/var/lib/kiosk/exhibit.db" --config "$root/etc/kiosk/kiosk.toml" 2>&1)"; then
        echo "$report"
        fail "the installed kiosk --check passed without a staff PIN"
    fi
    grep -q "No staff PIN is set" <<<"$report" || fail "--check did not say that no staff PIN is set"
    sed -i 's/^#admin_pin = ""$/admin_pin = "5831"/' "$root/etc/kiosk/kiosk.toml"
    grep -q '^admin_pin = "5831"$' "$root/etc/kiosk/kiosk.toml" || fail "the shipped config has no admin_pin line to set"
    report="$(xvfb-run -a -s "-screen 0 1280x800x24" "$root/usr/bin/kiosk" --check \
        --db "$root/var/lib/kiosk/exhibit.db" --config "$root/etc/kiosk/kiosk.toml" 2>&1)" || {
        echo "$report"
        fail "the installed kiosk --check found problems"
    }
    echo "$report"
    # Fonts must come from the scratch install, found relative to the binary (usr/bin/../share/kiosk/fonts), not
    # from the source tree or /usr/share.
    grep -Eq "^fonts +ok +$root/usr(/bin/\.\.)?/share/kiosk/fonts\$" <<<"$report" || fail "the installed kiosk did not use its own fonts"
    grep -Eq "^database +ok +$root/var/lib/kiosk/exhibit.db" <<<"$report" || fail "the installed kiosk did not read the installed database"
    grep -Eq "^config +ok +$root/etc/kiosk/kiosk.toml" <<<"$report" || fail "the installed kiosk did not read the installed config"

    local shot="$work/installed-kiosk.png"
    xvfb-run -a -s "-screen 0 1280x800x24" "$root/usr/bin/kiosk" --size 1280x800 --screenshot "$shot" \
        --db "$root/var/lib/kiosk/exhibit.db" --config "$root/etc/kiosk/kiosk.toml" || fail "the installed kiosk --screenshot failed"
    [ -s "$shot" ] || fail "no screenshot"
    [ "$(head -c 8 "$shot" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "the screenshot is not a PNG"
    [ "$(stat -c %s "$shot")" -gt 20000 ] || fail "the screenshot is suspiciously small (a blank screen?)"
    echo "scratch install ok: $shot"
}

case_validate() {
    need systemd-analyze desktop-file-validate dpkg
    local root work messages
    work="$(scratch_dir)"
    root="$work/root"
    mkdir -p "$root"
    dpkg -x "$(deb_of kiosk)" "$root"
    dpkg -x "$(deb_of kiosk-session)" "$root"

    # The unit as installed, but with ExecStart pointing at the scratch binary, so verify can check that it exists
    # and is executable (systemd-analyze --user has no --root). Any message, even a warning, fails the test.
    mkdir -p "$work/units" "$work/runtime"
    chmod 0700 "$work/runtime"
    sed "s|^ExecStart=/usr/bin/kiosk\$|ExecStart=$root/usr/bin/kiosk|" "$root/usr/lib/systemd/user/kiosk.service" >"$work/units/kiosk.service"
    grep -q "^ExecStart=$root/usr/bin/kiosk\$" "$work/units/kiosk.service" || fail "the unit's ExecStart is not /usr/bin/kiosk"
    messages="$(XDG_RUNTIME_DIR="$work/runtime" systemd-analyze --user verify "$work/units/kiosk.service" 2>&1)" || {
        echo "$messages"
        fail "systemd-analyze verify rejected kiosk.service"
    }
    [ -z "$messages" ] || {
        echo "$messages"
        fail "systemd-analyze verify warned about kiosk.service"
    }
    for key in 'Restart=on-failure' 'RestartSec=' 'StartLimitIntervalSec=' 'StartLimitBurst=' 'ConditionUser=kiosk' \
        'WantedBy=graphical-session.target' 'StandardError=journal' 'Type=notify$' 'NotifyAccess=main$' 'WatchdogSec=[1-9]'; do
        grep -q "^$key" "$work/units/kiosk.service" || fail "kiosk.service lacks $key"
    done
    echo "systemd-analyze verify: kiosk.service ok"

    # The appliance's seat, a system unit: verified the same way, with its ExecStart in the scratch root.
    local session_unit="$work/units/kiosk-session.service"
    sed "s|^ExecStart=/usr/libexec/|ExecStart=$root/usr/libexec/|" "$root/lib/systemd/system/kiosk-session.service" >"$session_unit"
    grep -q "^ExecStart=$root/usr/libexec/kiosk-session/kiosk-session\$" "$session_unit" || fail "kiosk-session.service does not run /usr/libexec/kiosk-session/kiosk-session"
    messages="$(systemd-analyze verify "$session_unit" 2>&1)" || {
        echo "$messages"
        fail "systemd-analyze verify rejected kiosk-session.service"
    }
    [ -z "$messages" ] || {
        echo "$messages"
        fail "systemd-analyze verify warned about kiosk-session.service"
    }
    # One seat, logged in without a password as the kiosk user on its own VT, restarted with back-off if X dies,
    # started at boot; the getty on tty1 (the console login staff get back) is not taken over.
    for key in 'User=kiosk$' 'PAMName=login$' 'TTYPath=/dev/tty7$' 'StandardInput=tty' 'Restart=on-failure$' 'RestartSec=' \
        'StartLimitIntervalSec=' 'StartLimitBurst=' 'WantedBy=graphical.target$' 'After=.*systemd-user-sessions.service'; do
        grep -q "^$key" "$session_unit" || fail "kiosk-session.service lacks $key"
    done
    ! grep -Eq '^(Conflicts|Before)=.*getty@tty1' "$session_unit" || fail "kiosk-session.service takes over the console login on tty1"
    # The X server it starts: the kiosk's lockdown, no cursor, no TCP; the lockdown has what the issue asks for.
    local launcher="$root/usr/libexec/kiosk-session/kiosk-session" lockdown="$root/usr/share/kiosk/xorg.conf.d/50-kiosk-lockdown.conf"
    for arg in '-nocursor' '-configdir "$config_dir"' '-nolisten tcp' '-keeptty' '-auth "$XAUTHORITY"'; do
        grep -qF -- "$arg" "$launcher" || fail "the X server is not started with $arg"
    done
    # Without root, X reads -configdir relative to /etc/X11 only: that folder must hold (a link to) the lockdown.
    grep -q '^config_dir=kiosk-session.conf.d ' "$launcher" || fail "the launcher does not use /etc/X11/kiosk-session.conf.d"
    [ "$(readlink "$root/etc/X11/kiosk-session.conf.d/50-kiosk-lockdown.conf")" = /usr/share/kiosk/xorg.conf.d/50-kiosk-lockdown.conf ] ||
        fail "/etc/X11/kiosk-session.conf.d does not link to the lockdown"
    [ -f "$root$(readlink "$root/etc/X11/kiosk-session.conf.d/50-kiosk-lockdown.conf")" ] || fail "the lockdown link points at nothing"
    for option in '"DontZap" "true"' '"DontVTSwitch" "true"' '"BlankTime" "0"' '"StandbyTime" "0"' '"SuspendTime" "0"' '"OffTime" "0"'; do
        grep -qF "Option $option" "$lockdown" || fail "50-kiosk-lockdown.conf lacks Option $option"
    done
    echo "systemd-analyze verify: kiosk-session.service ok; X lockdown ok"

    for desktop in "$root/etc/xdg/autostart/kiosk.desktop" "$KIOSK_SOURCE_DIR/packaging/autostart/kiosk.desktop"; do
        messages="$(desktop-file-validate "$desktop" 2>&1)" || {
            echo "$messages"
            fail "desktop-file-validate rejected $desktop"
        }
        [ -z "$messages" ] || {
            echo "$messages"
            fail "desktop-file-validate warned about $desktop"
        }
    done
    echo "desktop-file-validate: kiosk.desktop ok"
}

case_lintian() {
    need lintian
    local report status=0
    # Tags at warning level are reported but accepted; any error fails. Overrides, if any, are in the packages.
    report="$(lintian --fail-on error "$(deb_of kiosk)" "$(deb_of kiosk-content)" "$(deb_of kiosk-session)" 2>&1)" || status=$?
    echo "$report"
    echo "lintian: $(grep -c '^E: ' <<<"$report" || true) error(s), $(grep -c '^W: ' <<<"$report" || true) warning(s)"
    [ "$status" -eq 0 ] || fail "lintian exited with $status"
    ! grep -q '^E: ' <<<"$report" || fail "lintian reported errors"
}

# --- maintainer scripts against a scratch root ----------------------------------------------------------------------
# write_stubs and the scratch Debian system: tests/packaging/scratch_system.sh.

case_scripts() {
    need dpkg-deb
    local work root kpost kpostrm cpost cpostrm
    work="$(scratch_dir)"
    root="$work/root"
    export DPKG_ROOT="$root" STUB_LOG="$work/calls.log" STUB_STATE="$work/state"
    mkdir -p "$root" "$STUB_STATE"
    : >"$STUB_LOG"
    dpkg-deb -x "$(deb_of kiosk)" "$root"
    dpkg-deb -x "$(deb_of kiosk-content)" "$root"
    dpkg-deb -e "$(deb_of kiosk)" "$work/kiosk.control"
    dpkg-deb -e "$(deb_of kiosk-content)" "$work/content.control"
    write_stubs "$work/bin"
    # The stand-ins first, then the scratch root's kiosk-content, then the system.
    export PATH="$work/bin:$root/usr/bin:$PATH"
    kpost="$work/kiosk.control/postinst"
    kpostrm="$work/kiosk.control/postrm"
    cpost="$work/content.control/postinst"
    cpostrm="$work/content.control/postrm"
    calls() { grep -c "^$1" "$STUB_LOG" || true; }

    # kiosk, first configure: the user, the folders, the service enabled.
    "$kpost" configure || fail "kiosk postinst configure failed"
    [ "$(calls adduser)" -eq 1 ] || fail "postinst did not create the kiosk user"
    grep -q -- '--system' "$STUB_LOG" || fail "the kiosk user is not a system user"
    [ "$(stat -c %a "$root/var/lib/kiosk")" = 755 ] || fail "/var/lib/kiosk mode $(stat -c %a "$root/var/lib/kiosk")"
    [ "$(stat -c %a "$root/var/log/kiosk")" = 2750 ] || fail "/var/log/kiosk mode $(stat -c %a "$root/var/log/kiosk")"
    grep -q '^chown kiosk:kiosk .*/var/lib/kiosk$' "$STUB_LOG" || fail "/var/lib/kiosk not given to kiosk"
    grep -q '^chown kiosk:adm .*/var/log/kiosk$' "$STUB_LOG" || fail "/var/log/kiosk not given to kiosk:adm"
    grep -q '^deb-systemd-helper --user enable kiosk.service' "$STUB_LOG" || fail "the user service was not enabled"

    # kiosk, configured again (reinstall, upgrade): no second user, the same folders.
    "$kpost" configure "$KIOSK_VERSION-1" || fail "kiosk postinst configure (again) failed"
    [ "$(calls adduser)" -eq 1 ] || fail "postinst created the kiosk user twice"
    [ "$(stat -c %a "$root/var/lib/kiosk")" = 755 ] && [ "$(stat -c %a "$root/var/log/kiosk")" = 2750 ] || fail "folders changed"

    # kiosk-content, configured twice: installs the database once, then changes nothing.
    "$cpost" configure || fail "kiosk-content postinst configure failed"
    same_file "$root/usr/share/kiosk-content/exhibit.db" "$root/var/lib/kiosk/exhibit.db" "content postinst"
    [ ! -e "$root/var/lib/kiosk/exhibit.db.last-good" ] || fail "a last-good copy appeared on first install"
    local inode
    inode="$(stat -c %i "$root/var/lib/kiosk/exhibit.db")"
    "$cpost" configure "$KIOSK_VERSION-1" || fail "kiosk-content postinst configure (again) failed"
    [ "$(stat -c %i "$root/var/lib/kiosk/exhibit.db")" = "$inode" ] || fail "configuring again replaced an identical database"
    [ ! -e "$root/var/lib/kiosk/exhibit.db.last-good" ] || fail "configuring again made a last-good copy of the same database"

    # Removal keeps data; purge removes it; purging twice succeeds.
    "$cpostrm" remove || fail "kiosk-content postrm remove failed"
    [ -f "$root/var/lib/kiosk/exhibit.db" ] || fail "removing kiosk-content deleted the installed database"
    "$cpostrm" purge || fail "kiosk-content postrm purge failed"
    [ ! -e "$root/var/lib/kiosk/exhibit.db" ] || fail "purging kiosk-content left the installed database"
    "$cpostrm" purge || fail "kiosk-content postrm purge (again) failed"
    "$kpostrm" remove || fail "kiosk postrm remove failed"
    [ -d "$root/var/lib/kiosk" ] && [ -d "$root/var/log/kiosk" ] || fail "removing kiosk deleted its folders"
    [ "$(calls deluser)" -eq 0 ] || fail "removing (not purging) kiosk deleted the user"
    "$kpostrm" purge || fail "kiosk postrm purge failed"
    [ ! -e "$root/var/lib/kiosk" ] && [ ! -e "$root/var/log/kiosk" ] || fail "purging kiosk left its folders"
    [ "$(calls deluser)" -eq 1 ] || fail "purging kiosk did not remove the user it created"
    grep -q '^deb-systemd-helper --user purge kiosk.service' "$STUB_LOG" || fail "purge did not forget the service"
    "$kpostrm" purge || fail "kiosk postrm purge (again) failed"
    [ "$(calls deluser)" -eq 1 ] || fail "purging twice tried to remove the user twice"

    # An account "kiosk" the administrator made (a normal user) is used, and never deleted.
    echo "kiosk:x:1000:1000:Kiosk:/home/kiosk:/bin/bash" >"$STUB_STATE/passwd"
    "$kpost" configure || fail "kiosk postinst with an existing user failed"
    [ "$(calls adduser)" -eq 1 ] || fail "postinst tried to create an existing user"
    "$kpostrm" purge || fail "kiosk postrm purge with an existing user failed"
    [ "$(calls deluser)" -eq 1 ] || fail "purge deleted an account the package did not create"

    # A group "kiosk" without the user: the new user joins it (adduser --group would refuse).
    : >"$STUB_STATE/passwd"
    echo "kiosk:x:990:" >"$STUB_STATE/group"
    "$kpost" configure || fail "kiosk postinst with an existing group failed"
    grep -q '^adduser .*--ingroup kiosk' "$STUB_LOG" || fail "postinst did not put the new user in the existing group"
    "$kpostrm" purge || fail "kiosk postrm purge after an existing group failed"
    echo "maintainer scripts ok; calls:"
    sort "$STUB_LOG" | uniq -c
}

# --- kiosk-content install ------------------------------------------------------------------------------------------
# A second good database: the built one with another content version (a different file that reads as well).
make_other_good_db() {
    need sqlite3
    cp "$KIOSK_DB" "$1"
    sqlite3 "$1" "UPDATE meta SET value = 'packaging-test' WHERE key = 'content_version';" || fail "sqlite3 could not edit $1"
}

case_swap_good() {
    local work target new
    work="$(scratch_dir)"
    target="$work/var/lib/kiosk/exhibit.db"
    new="$work/new.db"

    # First install: the target is created; there is nothing to keep yet.
    "$KIOSK_CONTENT_TOOL" install "$KIOSK_DB" --target "$target" || fail "installing the built database failed"
    same_file "$KIOSK_DB" "$target" "first install"
    [ ! -e "$target.last-good" ] || fail "a last-good copy appeared on first install"
    [ "$(stat -c %a "$target")" = 644 ] || fail "the installed database has mode $(stat -c %a "$target"), not 644"

    # A new good database: swapped in; the old one is kept as last-good; a reader that had the old file open keeps
    # reading the old bytes (the swap is a rename, never a write into the file).
    make_other_good_db "$new"
    exec 3<"$target"
    local message
    message="$("$KIOSK_CONTENT_TOOL" install "$new" --target "$target")" || fail "installing a good new database failed"
    echo "$message"
    grep -q "last-good" <<<"$message" || fail "the message does not mention the last-good copy"
    same_file "$new" "$target" "after the swap, the target"
    same_file "$KIOSK_DB" "$target.last-good" "after the swap, the last-good copy"
    same_file "$KIOSK_DB" /dev/fd/3 "a reader of the old file"
    exec 3<&-
    [ "$(find "$(dirname "$target")" -type f | wc -l)" -eq 2 ] || fail "temporary files left behind: $(ls -A "$(dirname "$target")")"

    # The same database again: nothing changes, the last-good copy stays the previous content.
    message="$("$KIOSK_CONTENT_TOOL" install "$new" --target "$target")" || fail "installing the same database again failed"
    grep -q "nothing was changed" <<<"$message" || fail "installing the same database again did something: $message"
    same_file "$KIOSK_DB" "$target.last-good" "after a repeated install, the last-good copy"

    # And back: the previous content returns, and the one it replaces becomes last-good.
    "$KIOSK_CONTENT_TOOL" install "$KIOSK_DB" --target "$target" >/dev/null || fail "installing the first database again failed"
    same_file "$KIOSK_DB" "$target" "after swapping back, the target"
    same_file "$new" "$target.last-good" "after swapping back, the last-good copy"
    "$KIOSK_CONTENT_TOOL" stats "$target" >/dev/null || fail "the installed database does not read"
    echo "swap of a good database ok"
}

case_swap_broken() {
    local work target dir before_target before_last inode
    work="$(scratch_dir)"
    dir="$work/var/lib/kiosk"
    target="$dir/exhibit.db"
    mkdir -p "$work/broken"
    need sqlite3

    # A working installation with a last-good copy.
    "$KIOSK_CONTENT_TOOL" install "$KIOSK_DB" --target "$target" >/dev/null || fail "setting up the target failed"
    make_other_good_db "$work/other.db"
    "$KIOSK_CONTENT_TOOL" install "$work/other.db" --target "$target" >/dev/null || fail "setting up the last-good copy failed"
    before_target="$work/target.before"
    before_last="$work/last-good.before"
    cp "$target" "$before_target"
    cp "$target.last-good" "$before_last"
    inode="$(stat -c %i "$target")"

    # The broken candidates.
    local size
    size="$(stat -c %s "$KIOSK_DB")"
    head -c $((size / 2)) "$KIOSK_DB" >"$work/broken/truncated.db"
    head -c 4096 "$KIOSK_DB" >"$work/broken/header-only.db"
    head -c "$size" /dev/urandom >"$work/broken/random.db"
    : >"$work/broken/empty.db"
    # The SQLite header keeps user_version (the schema version) at offset 60, big-endian.
    cp "$KIOSK_DB" "$work/broken/old-schema.db"
    printf '\000\000\000\001' | dd of="$work/broken/old-schema.db" bs=1 seek=60 conv=notrunc status=none
    cp "$KIOSK_DB" "$work/broken/future-schema.db"
    printf '\000\000\003\347' | dd of="$work/broken/future-schema.db" bs=1 seek=60 conv=notrunc status=none
    # Sound SQLite, but content the kiosk must not read: a dangling reference, a quote outside its article, no events.
    cp "$KIOSK_DB" "$work/broken/dangling-reference.db"
    sqlite3 "$work/broken/dangling-reference.db" "UPDATE excerpts SET article_id = 9999 WHERE id = (SELECT min(id) FROM excerpts);"
    cp "$KIOSK_DB" "$work/broken/bad-quote-offset.db"
    sqlite3 "$work/broken/bad-quote-offset.db" "UPDATE excerpts SET byte_offset = byte_offset + 100000000 WHERE id = (SELECT min(id) FROM excerpts);"
    cp "$KIOSK_DB" "$work/broken/no-events.db"
    sqlite3 "$work/broken/no-events.db" "DELETE FROM events; DELETE FROM excerpts; DELETE FROM event_themes; DELETE FROM event_places; DELETE FROM event_people; DELETE FROM disagreements; DELETE FROM claims; UPDATE figures SET event_id = NULL;"

    local candidates=("$work"/broken/*.db "$work/broken/does-not-exist.db" "$work/broken")
    local candidate status errors
    for candidate in "${candidates[@]}"; do
        status=0
        errors="$("$KIOSK_CONTENT_TOOL" install "$candidate" --target "$target" 2>&1 >/dev/null)" || status=$?
        echo "$(basename "$candidate"): exit $status: $errors"
        [ "$status" -ne 0 ] || fail "$(basename "$candidate") was accepted"
        grep -q "refused $candidate" <<<"$errors" || fail "$(basename "$candidate"): no clear refusal naming the file"
        grep -q "$target was not changed" <<<"$errors" || fail "$(basename "$candidate"): the message does not say the target is unchanged"
        same_file "$before_target" "$target" "after refusing $(basename "$candidate"), the target"
        [ "$(stat -c %i "$target")" = "$inode" ] || fail "after refusing $(basename "$candidate"), the target was replaced"
        same_file "$before_last" "$target.last-good" "after refusing $(basename "$candidate"), the last-good copy"
        [ "$(find "$dir" -type f | wc -l)" -eq 2 ] || fail "temporary files left behind: $(ls -A "$dir")"
    done
    # The old database keeps working.
    "$KIOSK_CONTENT_TOOL" stats "$target" >/dev/null || fail "the target no longer reads"
    echo "refusal of broken databases ok"
}

# check_installed_appliance ROOT WORK: what a system with kiosk, kiosk-content and kiosk-session installed must be.
check_installed_appliance() {
    local root="$1" work="$2"
    # Boots into the appliance: the seat is enabled for graphical.target, the kiosk's user unit for the kiosk user.
    [ "$(readlink "$root/etc/systemd/system/graphical.target.wants/kiosk-session.service")" = /lib/systemd/system/kiosk-session.service ] ||
        fail "kiosk-session.service is not enabled for graphical.target"
    [ -L "$root/etc/systemd/user/graphical-session.target.wants/kiosk.service" ] || fail "kiosk.service is not enabled"
    same_file "$root/usr/share/kiosk-content/exhibit.db" "$root/var/lib/kiosk/exhibit.db" "the installed content"
    # The installed units verify, with the executables they name present in the scratch root.
    mkdir -p "$work/units"
    sed "s|^ExecStart=/|ExecStart=$root/|" "$root/lib/systemd/system/kiosk-session.service" >"$work/units/kiosk-session.service"
    systemd-analyze verify "$work/units/kiosk-session.service" || fail "the installed kiosk-session.service does not verify"
    mkdir -p "$work/runtime"
    chmod 0700 "$work/runtime"
    sed "s|^ExecStart=/|ExecStart=$root/|" "$root/usr/lib/systemd/user/kiosk.service" >"$work/units/kiosk.service"
    XDG_RUNTIME_DIR="$work/runtime" systemd-analyze --user verify "$work/units/kiosk.service" || fail "the installed kiosk.service does not verify"
    [ -x "$root/usr/libexec/kiosk-session/xsession" ] || fail "the session script is not installed executable"
    grep -q '^WatchdogSec=[1-9]' "$root/usr/lib/systemd/user/kiosk.service" || fail "the installed kiosk.service has no watchdog"
    # (The link is absolute, as on the machine: it is resolved inside the scratch root.)
    local lockdown
    lockdown="$root$(readlink "$root/etc/X11/kiosk-session.conf.d/50-kiosk-lockdown.conf")"
    grep -q 'Option "DontZap" "true"' "$lockdown" && grep -q 'Option "DontVTSwitch" "true"' "$lockdown" ||
        fail "the appliance's X configuration folder lacks the lockdown (DontZap, DontVTSwitch)"
    # The machine's own X configuration and console are untouched: the lockdown is read by this X server only.
    [ "$(ls -A "$root/etc/X11")" = kiosk-session.conf.d ] || fail "installing wrote into /etc/X11 beyond its own folder: $(ls -A "$root/etc/X11")"
    [ ! -e "$root/etc/systemd/system/getty@tty1.service.d" ] && [ ! -e "$root/etc/systemd/system/getty.target.wants" ] ||
        fail "installing changed the console's getty"
}

# --- the appliance, installed with the real dpkg into a scratch Debian system ---------------------------------------
case_appliance() {
    need dpkg dpkg-deb dpkg-query systemd-analyze
    local work root kiosk content session before
    work="$(scratch_dir)"
    root="$work/root"
    kiosk="$(deb_of kiosk)"
    content="$(deb_of kiosk-content)"
    session="$(deb_of kiosk-session)"
    seed_scratch_system "$root" "$kiosk" "$content" "$session"
    before="$work/before.txt"
    root_listing "$root" >"$before"
    # Stand-ins for the user database and ownership (this machine's, otherwise); the real deb-systemd-helper, which
    # honours DPKG_ROOT, enables and purges the units inside the scratch root.
    export STUB_LOG="$work/calls.log" STUB_STATE="$work/state"
    mkdir -p "$STUB_STATE"
    : >"$STUB_LOG"
    write_stubs "$work/bin"
    rm "$work/bin/deb-systemd-helper"
    export PATH="$work/bin:$root/usr/bin:$PATH"

    scratch_dpkg "$root" -i "$kiosk" "$content" "$session" >"$work/install.log" 2>&1 || {
        cat "$work/install.log"
        fail "dpkg could not install kiosk, kiosk-content and kiosk-session into the scratch system"
    }
    for pkg in kiosk kiosk-content kiosk-session; do
        [ "$(dpkg-query --root="$root" -W -f='${db:Status-Status}' "$pkg")" = installed ] || fail "$pkg is not installed"
    done
    check_installed_appliance "$root" "$work"
    grep -q '^adduser .*--system.* kiosk$' "$STUB_LOG" || fail "installing did not create the kiosk user"

    # Remove: nothing starts the seat any more (the unit is gone and masked); the kiosk and its content stay.
    scratch_dpkg "$root" -r kiosk-session >>"$work/install.log" 2>&1 || fail "dpkg -r kiosk-session failed"
    [ ! -e "$root/lib/systemd/system/kiosk-session.service" ] || fail "removing left the unit"
    [ "$(readlink "$root/etc/systemd/system/kiosk-session.service")" = /dev/null ] || fail "removing did not mask the seat"
    [ -f "$root/var/lib/kiosk/exhibit.db" ] || fail "removing kiosk-session touched the kiosk's content"
    # Purge all three: the system is back as it was, file for file (dpkg's own database aside).
    scratch_dpkg "$root" --purge kiosk-session kiosk-content kiosk >>"$work/install.log" 2>&1 || {
        cat "$work/install.log"
        fail "dpkg --purge failed"
    }
    diff -u "$before" <(root_listing "$root") || fail "after purging, the scratch system differs from before the install (- before, + after)"
    [ "$(grep -c '^deluser' "$STUB_LOG")" -eq 1 ] || fail "purging did not remove the kiosk user"
    [ ! -s "$STUB_STATE/passwd" ] || fail "the kiosk user is still there after purging"
    echo "appliance ok: installed, enabled for graphical.target, verified, removed and purged without a trace"
}

# --- the appliance's session scripts, with stand-ins for X and the kiosk user's service manager --------------------
# FAKE_STATES: the ActiveState values `systemctl --user show` reports, one per call, the last one repeated.
# FAKE_X: "client" runs the session script as xinit would; "dies" is an X server that ends before its client.
write_session_stubs() {
    local bin="$1"
    mkdir -p "$bin"
    cat >"$bin/systemctl" <<'STUB'
#!/bin/sh
echo "systemctl $*" >>"$STUB_LOG"
case "$*" in
    *show*ActiveState*)
        n=$(($(cat "$STUB_STATE/calls" 2>/dev/null || echo 0) + 1))
        echo "$n" >"$STUB_STATE/calls"
        set -- $FAKE_STATES
        [ "$n" -gt $# ] && n=$#
        eval "echo \${$n}" ;;
esac
STUB
    cat >"$bin/xinit" <<'STUB'
#!/bin/sh
echo "xinit $*" >>"$STUB_LOG"
[ "$FAKE_X" = dies ] && exit 1
exec "$FAKE_SESSION_DIR/xsession"
STUB
    printf '#!/bin/sh\necho "xauth $*" >>"$STUB_LOG"\n' >"$bin/xauth"
    printf '#!/bin/sh\necho 0123456789abcdef0123456789abcdef\n' >"$bin/mcookie"
    printf '#!/bin/sh\necho "sleep $*" >>"$STUB_LOG"\n' >"$bin/sleep"
    chmod 0755 "$bin"/*
}

# run_session STATES X: runs the unpacked kiosk-session; prints its exit status.
run_session() {
    export FAKE_STATES="$1" FAKE_X="$2"
    rm -f "$STUB_STATE/calls" "$XDG_RUNTIME_DIR"/*
    : >"$STUB_LOG"
    local status=0
    "$FAKE_SESSION_DIR/kiosk-session" >"$STUB_STATE/out" 2>&1 || status=$?
    echo "$status"
}

case_session() {
    need dpkg-deb
    local work status
    work="$(scratch_dir)"
    dpkg-deb -x "$(deb_of kiosk-session)" "$work/root"
    export FAKE_SESSION_DIR="$work/root/usr/libexec/kiosk-session" STUB_LOG="$work/calls.log" STUB_STATE="$work/state"
    export XDG_RUNTIME_DIR="$work/runtime" XDG_VTNR=7
    mkdir -p "$STUB_STATE" "$XDG_RUNTIME_DIR"
    write_session_stubs "$work/bin"
    export PATH="$work/bin:$PATH"

    # A day's work, then staff close the kiosk: the seat ends for good (exit 0, so systemd does not restart it).
    status="$(run_session "active active active inactive" client)"
    [ "$status" -eq 0 ] || { cat "$STUB_STATE/out"; fail "a staff exit ended the seat with status $status (systemd would restart it)"; }
    grep -q '^systemctl --user import-environment DISPLAY XAUTHORITY$' "$STUB_LOG" || fail "the display was not handed to the user manager"
    grep -q '^systemctl --user start kiosk.service$' "$STUB_LOG" || fail "the session did not start kiosk.service"
    [ "$(grep -c '^systemctl --user show' "$STUB_LOG")" -eq 4 ] || fail "the session did not last exactly as long as the kiosk"
    grep -q 'closed or stopped' "$STUB_STATE/out" || fail "the seat did not say why it ended"
    grep -Eq '^xinit /usr/libexec/kiosk-session/xsession -- /usr/bin/Xorg :0 vt7 .*-nocursor' "$STUB_LOG" || fail "X was not started on vt7 without a cursor"
    grep -q "^xauth -q -f $XDG_RUNTIME_DIR/kiosk-session.xauth add :0 \\. " "$STUB_LOG" || fail "no authorisation cookie for the display"
    [ -z "$(ls -A "$XDG_RUNTIME_DIR")" ] || fail "the session left files in its runtime folder: $(ls -A "$XDG_RUNTIME_DIR")"

    # Crashes restarted by systemd (activating between them) keep the session; once systemd gives up (failed), the
    # seat ends for good too: the console login, not a loop of X servers.
    status="$(run_session "active activating active activating failed" client)"
    [ "$status" -eq 0 ] || fail "a kiosk systemd gave up on ended the seat with status $status"
    [ "$(grep -c '^systemctl --user show' "$STUB_LOG")" -eq 5 ] || fail "the session ended before systemd gave up on the kiosk"
    grep -q 'failed and is not restarted' "$STUB_STATE/out" || fail "the seat did not say the kiosk failed"

    # X dies under the session: a failure, which systemd answers by starting the seat again (Restart=on-failure).
    status="$(run_session "active" dies)"
    [ "$status" -ne 0 ] || fail "an X server that died ended the seat as if on purpose"
    grep -q 'X server ended before the session' "$STUB_STATE/out" || fail "the seat did not say the X server went away"

    # Started by hand, outside a login session: refused with a reason.
    status=0
    env -u XDG_RUNTIME_DIR "$FAKE_SESSION_DIR/kiosk-session" >"$STUB_STATE/out" 2>&1 || status=$?
    [ "$status" -ne 0 ] && grep -q 'kiosk-session.service' "$STUB_STATE/out" || fail "kiosk-session ran without a login session"
    echo "session scripts ok"
}

case "$case_name" in
    build) case_build ;;
    contents) case_contents ;;
    scratch) case_scratch ;;
    validate) case_validate ;;
    lintian) case_lintian ;;
    scripts) case_scripts ;;
    swap-good) case_swap_good ;;
    swap-broken) case_swap_broken ;;
    appliance) case_appliance ;;
    session) case_session ;;
    repo)
        # shellcheck source=tests/packaging/fleet_repo.sh
        . "$(dirname "${BASH_SOURCE[0]}")/fleet_repo.sh"
        case_repo
        ;;
    *) fail "unknown case $case_name" ;;
esac
