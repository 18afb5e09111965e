# shellcheck shell=bash
# fleet_repo.sh: sourced by package_tests.sh for its case "repo": the fleet's apt repository, end to end, on this
# machine only (loopback HTTP, a scratch Debian system, a signing key in a scratch GNUPGHOME).
#   1. packaging/fleet/publish makes a signed repository of the three packages and the client package;
#   2. it is served on 127.0.0.1; a scratch system installs the client (as a new machine would, from the repository's
#      kiosk-fleet-client.deb), then apt-get update verifies the signature, and apt-get install kiosk-session
#      brings the appliance with the program and the content;
#   3. a repository signed by another key, or not signed, is refused;
#   4. a new kiosk-content version is published, with a decoy of a Debian package beside it; unattended-upgrades,
#      run on the scratch system with the client's configuration, installs the new content (swapped in, the old
#      one kept as last-good) and not the decoy; the maintenance window is a valid calendar time.

# fleet_apt ARGS...: apt-get on the scratch system ($root), with its own configuration only.
fleet_apt() {
    APT_CONFIG="$root/etc/apt/apt.conf" DEBIAN_FRONTEND=noninteractive apt-get -q "$@"
}

# A free TCP port on the loopback interface.
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# new_content_version DEB VERSION CONTENT_VERSION OUT: the same kiosk-content package with another version and a
# database whose content version differs (what a curator's next release is, as far as apt and the kiosk can tell).
new_content_version() {
    local deb="$1" version="$2" content_version="$3" out="$4" tree
    tree="$(mktemp -d)"
    dpkg-deb -R "$deb" "$tree"
    sed -i "s/^Version: .*/Version: $version/" "$tree/DEBIAN/control"
    sqlite3 "$tree/usr/share/kiosk-content/exhibit.db" "UPDATE meta SET value = '$content_version' WHERE key = 'content_version';"
    (cd "$tree" && find usr -type f -exec md5sum {} + >DEBIAN/md5sums)
    dpkg-deb --root-owner-group --build "$tree" "$out" >/dev/null
    rm -rf "$tree"
}

# run_unattended_upgrade: unattended-upgrades' own main(), pointed at the scratch system as its test suite does
# (rootdir): it reads the scratch system's apt configuration, the client's included, and nothing of this machine's.
run_unattended_upgrade() {
    /usr/bin/python3 - "$root" <<'PY'
import sys, types
root = sys.argv[1]
source = open("/usr/bin/unattended-upgrade").read()
uu = {"__name__": "unattended_upgrade_under_test", "__file__": "/usr/bin/unattended-upgrade"}
exec(compile(source, "/usr/bin/unattended-upgrade", "exec"), uu)
options = types.SimpleNamespace(debug=False, apt_debug=False, verbose=True, dry_run=False, download_only=False,
                                minimal_upgrade_steps=True)
sys.exit(uu["main"](options, rootdir=root))
PY
}

case_repo() {
    need apt-get apt-ftparchive gpg gpgv dpkg-deb sqlite3 python3 systemd-analyze lintian
    [ -x /usr/bin/unattended-upgrade ] || fail "unattended-upgrades is missing: packaging/dev installs it"
    local work repo port root content_v2
    work="$(scratch_dir)"
    repo="$work/repo"
    root="$work/root"
    export GNUPGHOME="$work/gnupg"  # the key made for this test, thrown away with it
    mkdir -p "$GNUPGHOME"
    chmod 0700 "$GNUPGHOME"
    port="$(free_port)"

    # 1. The repository.
    "$KIOSK_SOURCE_DIR/packaging/fleet/publish" --repo "$repo" --url "http://127.0.0.1:$port" --window 03:30 \
        "$(deb_of kiosk)" "$(deb_of kiosk-content)" "$(deb_of kiosk-session)" || fail "publish failed"
    for f in dists/kiosk/InRelease dists/kiosk/Release.gpg kiosk-fleet.asc kiosk-fleet-client.deb; do
        [ -s "$repo/$f" ] || fail "the repository has no $f"
    done
    local report
    report="$(lintian --fail-on error "$repo/kiosk-fleet-client.deb" 2>&1)" || { echo "$report"; fail "lintian found errors in the client package"; }
    # Publishing the same packages again changes nothing: no second client version.
    "$KIOSK_SOURCE_DIR/packaging/fleet/publish" --repo "$repo" --url "http://127.0.0.1:$port" --window 03:30 \
        "$(deb_of kiosk)" >/dev/null || fail "publishing again failed"
    [ "$(ls "$repo"/pool/main/kiosk-fleet-client_*.deb | wc -l)" -eq 1 ] || fail "publishing the same again made a new client"
    # A package already published cannot be replaced by other bytes under the same version.
    cp "$(deb_of kiosk-content)" "$work/tampered.deb"
    printf 'x' >>"$work/tampered.deb"
    if "$KIOSK_SOURCE_DIR/packaging/fleet/publish" --repo "$repo" --url "http://127.0.0.1:$port" "$work/tampered.deb" 2>/dev/null; then
        fail "publish replaced a published version with other bytes"
    fi

    # 2. Served on loopback only.
    python3 -m http.server --bind 127.0.0.1 --directory "$repo" "$port" >"$work/http.log" 2>&1 &
    fleet_http_server=$!
    trap 'kill "$fleet_http_server" 2>/dev/null || true' EXIT
    for _ in $(seq 50); do
        python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/kiosk-fleet.asc')" 2>/dev/null && break
        sleep 0.1
    done

    # The scratch machine: Debian's folders and the packages the kiosk's depend on (scratch_system.sh), stand-ins for
    # the user database, and an apt that sees this system only. DPkg::Path matters: apt resets PATH for dpkg.
    seed_scratch_system "$root" "$(deb_of kiosk)" "$(deb_of kiosk-content)" "$(deb_of kiosk-session)" "$repo/kiosk-fleet-client.deb"
    export STUB_LOG="$work/calls.log" STUB_STATE="$work/state"
    mkdir -p "$STUB_STATE" "$root/etc/apt/apt.conf.d" "$root/var/lib/apt/lists/partial" "$root/var/cache/apt/archives/partial" \
        "$root/var/run" "$root/usr/bin"
    : >"$STUB_LOG"
    write_stubs "$work/bin"
    rm "$work/bin/deb-systemd-helper"
    ln -sf /usr/bin/dpkg "$root/usr/bin/dpkg"  # the scratch system's dpkg, which unattended-upgrades looks for
    local path="$work/bin:$root/usr/bin:/usr/sbin:/usr/bin:/sbin:/bin"
    cat >"$root/etc/apt/apt.conf" <<EOF
// The test's scaffolding, not the client's: apt and dpkg work on the scratch system.
Dir "$root/";
Dir::Bin::dpkg "/usr/bin/dpkg";
DPkg::Options { "--root=$root"; "--force-script-chrootless"; "--log=/dev/null"; };
DPkg::Path "$path";
APT::Sandbox::User "root";
Acquire::Languages "none";
EOF
    export PATH="$path"
    # Never run a maintainer script without the stand-ins: with the real adduser it would create a user on this
    # machine. apt hands dpkg its DPkg::Path, so that is what must hold them.
    [ "$(APT_CONFIG="$root/etc/apt/apt.conf" apt-config dump DPkg::Path --format '%v%n')" = "$path" ] ||
        fail "apt would not run the maintainer scripts with the stand-ins first on PATH"

    # A new machine: the client package from the repository, then the appliance.
    scratch_dpkg "$root" -i "$repo/kiosk-fleet-client.deb" >"$work/client.log" 2>&1 || { cat "$work/client.log"; fail "installing the client failed"; }
    for f in etc/apt/sources.list.d/kiosk-fleet.sources etc/apt/preferences.d/kiosk-fleet.pref etc/apt/apt.conf.d/52kiosk-fleet \
        lib/systemd/system/apt-daily-upgrade.timer.d/kiosk-fleet.conf; do
        [ -f "$root/$f" ] || fail "the client package did not install /$f"
    done
    grep -q "^URIs: http://127.0.0.1:$port\$" "$root/etc/apt/sources.list.d/kiosk-fleet.sources" || fail "the client does not point at the repository"
    fleet_apt update >"$work/update.log" 2>&1 || { cat "$work/update.log"; fail "apt-get update from the fleet repository failed"; }
    ! grep -Eqi 'NO_PUBKEY|not signed|insecure|W: ' "$work/update.log" || { cat "$work/update.log"; fail "apt-get update complained about the signature"; }
    fleet_apt install -y kiosk-session >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "apt-get install kiosk-session failed"; }
    [ -s "$STUB_LOG" ] || fail "the maintainer scripts did not use the stand-ins (would have changed this machine)"
    for pkg in kiosk kiosk-content kiosk-session kiosk-fleet-client; do
        [ "$(dpkg-query --root="$root" -W -f='${db:Status-Status}' "$pkg")" = installed ] || fail "$pkg is not installed from the repository"
    done
    # The appliance as installed from the repository: enabled for boot, units verify, X locked down, kiosk watched.
    check_installed_appliance "$root" "$work"
    same_file "$KIOSK_DB" "$root/var/lib/kiosk/exhibit.db" "the content installed from the repository"
    fleet_apt_cache() { APT_CONFIG="$root/etc/apt/apt.conf" apt-cache "$@"; }
    local policy
    policy="$(fleet_apt_cache policy kiosk)"
    grep -Eq '^ \*\*\* [^ ]+ 990$' <<<"$policy" || { echo "$policy"; fail "kiosk is not pinned to the fleet repository (990)"; }

    # 3. Signature checks are on: the same index signed by a stranger's key, or not signed at all, is refused.
    cp -a "$repo/dists/kiosk" "$work/dists.good"
    GNUPGHOME="$work/stranger" bash -c 'mkdir -m 0700 -p "$GNUPGHOME" &&
        gpg --batch --quiet --passphrase "" --quick-generate-key "Stranger <s@localhost>" ed25519 sign never &&
        gpg --batch --yes --clearsign --output "$1/InRelease" "$1/Release" &&
        gpg --batch --yes --armor --detach-sign --output "$1/Release.gpg" "$1/Release"' _ "$repo/dists/kiosk" 2>/dev/null
    if fleet_apt update >"$work/update-stranger.log" 2>&1 && ! grep -q '^[WE]: ' "$work/update-stranger.log"; then
        cat "$work/update-stranger.log"
        fail "apt accepted a repository signed by another key"
    fi
    grep -Eq 'NO_PUBKEY|not signed|signatures were invalid' "$work/update-stranger.log" || { cat "$work/update-stranger.log"; fail "apt did not say the signature is wrong"; }
    rm -f "$repo/dists/kiosk/InRelease" "$repo/dists/kiosk/Release.gpg"
    if fleet_apt update >"$work/update-unsigned.log" 2>&1 && ! grep -q '^[WE]: ' "$work/update-unsigned.log"; then
        cat "$work/update-unsigned.log"
        fail "apt accepted an unsigned repository"
    fi
    rm -rf "$repo/dists/kiosk"
    cp -a "$work/dists.good" "$repo/dists/kiosk"

    # 4. The curator's next content, and a decoy: a newer "adduser" (a Debian package) in the fleet repository.
    content_v2="$work/kiosk-content_${KIOSK_VERSION}-90_all.deb"
    new_content_version "$(deb_of kiosk-content)" "${KIOSK_VERSION}-90" fleet-test-2 "$content_v2"
    mkdir -p "$work/decoy/DEBIAN"
    printf 'Package: adduser\nVersion: 999.0\nArchitecture: all\nMaintainer: test <test@example.org>\nDescription: decoy\n a package of the same name as a Debian one\n' \
        >"$work/decoy/DEBIAN/control"
    dpkg-deb --root-owner-group --build "$work/decoy" "$work/adduser_999.0_all.deb" >/dev/null
    # Without --url and --window: the repository remembers them, so the machines' client stays the same.
    "$KIOSK_SOURCE_DIR/packaging/fleet/publish" --repo "$repo" "$content_v2" "$work/adduser_999.0_all.deb" >/dev/null ||
        fail "publishing the new content failed"
    [ "$(ls "$repo"/pool/main/kiosk-fleet-client_*.deb | wc -l)" -eq 1 ] || fail "publishing content made a new client"
    fleet_apt update >"$work/update2.log" 2>&1 || { cat "$work/update2.log"; fail "apt-get update after publishing failed"; }

    local before_db="$work/content-v1.db"
    cp "$root/var/lib/kiosk/exhibit.db" "$before_db"
    run_unattended_upgrade >"$work/unattended.log" 2>&1 || { cat "$work/unattended.log"; fail "unattended-upgrade failed"; }
    [ "$(dpkg-query --root="$root" -W -f='${Version}' kiosk-content)" = "${KIOSK_VERSION}-90" ] ||
        { cat "$work/unattended.log"; fail "unattended-upgrades did not install the new kiosk-content"; }
    [ "$(sqlite3 "$root/var/lib/kiosk/exhibit.db" "SELECT value FROM meta WHERE key = 'content_version'")" = fleet-test-2 ] ||
        fail "the kiosk's database is not the new content"
    same_file "$before_db" "$root/var/lib/kiosk/exhibit.db.last-good" "the previous content kept as last-good"
    [ "$(dpkg-query --root="$root" -W -f='${Version}' adduser)" != 999.0 ] || fail "the fleet repository replaced a Debian package (adduser)"
    echo "unattended-upgrades: $(grep -E '^(Allowed origins|Packages that will be upgraded)' "$work/unattended.log" | tr '\n' ' ')"

    # The maintenance window: the timer's drop-in resets Debian's time and sets a valid one, strictly in the window.
    local dropin="$root/lib/systemd/system/apt-daily-upgrade.timer.d/kiosk-fleet.conf"
    grep -qx 'OnCalendar=' "$dropin" && grep -qx 'OnCalendar=\*-\*-\* 03:30' "$dropin" && grep -qx 'Persistent=false' "$dropin" ||
        fail "the maintenance window drop-in does not move apt-daily-upgrade.timer to 03:30"
    systemd-analyze calendar '*-*-* 03:30' >/dev/null || fail "the window is not a calendar time systemd reads"
    echo "fleet repository ok: signed, served on 127.0.0.1:$port, installed, refused when wrongly signed, content updated by unattended-upgrades"
}
