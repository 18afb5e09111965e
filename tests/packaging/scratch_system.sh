# shellcheck shell=bash
# scratch_system.sh: sourced by the packaging tests. What they need to install packages into a scratch root with the
# real dpkg (and apt) while nothing outside that root changes:
#   write_stubs BIN             stand-ins for the commands the maintainer scripts call that would change this machine
#   seed_scratch_system ROOT DEB...
#                               a scratch "minimal Debian 12": the folders such a system has, and a dpkg database that
#                               lists every package the given .debs depend on as installed, so dpkg and apt resolve
#                               the kiosk's own packages only
#   scratch_dpkg ROOT ARGS...   dpkg on that root, maintainer scripts run outside a chroot with DPKG_ROOT=ROOT
#   root_listing ROOT           every path under ROOT but dpkg's own database, sorted: the machine's state to compare
# Callers set STUB_LOG and STUB_STATE (see write_stubs) and put the stubs first on PATH.

# Stand-ins for the commands that would change the machine; each logs its call to $STUB_LOG. The kiosk user lives in
# $STUB_STATE/passwd. chmod, mkdir and rm are real, inside $DPKG_ROOT.
write_stubs() {
    local bin="$1"
    mkdir -p "$bin"
    cat >"$bin/getent" <<'EOF'
#!/bin/sh
echo "getent $*" >>"$STUB_LOG"
grep "^$2:" "$STUB_STATE/$1" 2>/dev/null
EOF
    cat >"$bin/adduser" <<'EOF'
#!/bin/sh
echo "adduser $*" >>"$STUB_LOG"
for last; do :; done
echo "$last:x:999:999:Exhibit kiosk:/var/lib/kiosk:/bin/bash" >>"$STUB_STATE/passwd"
EOF
    cat >"$bin/deluser" <<'EOF'
#!/bin/sh
echo "deluser $*" >>"$STUB_LOG"
for last; do :; done
grep -v "^$last:" "$STUB_STATE/passwd" >"$STUB_STATE/passwd.new" || true
mv "$STUB_STATE/passwd.new" "$STUB_STATE/passwd"
EOF
    cat >"$bin/id" <<'EOF'
#!/bin/sh
echo "id $*" >>"$STUB_LOG"
echo kiosk
EOF
    for cmd in chown deb-systemd-helper; do
        printf '#!/bin/sh\necho "%s $*" >>"$STUB_LOG"\n' "$cmd" >"$bin/$cmd"
    done
    # No statoverrides: the scripts set owners and modes themselves.
    printf '#!/bin/sh\necho "dpkg-statoverride $*" >>"$STUB_LOG"\nexit 1\n' >"$bin/dpkg-statoverride"
    chmod 0755 "$bin"/*
}


# The folders every Debian 12 system has that the kiosk's packages write into (and leave, empty, when purged).
scratch_system_dirs=(etc/X11 etc/systemd/system etc/systemd/user etc/xdg lib/systemd/system usr/bin usr/libexec usr/share/doc
    var/lib/systemd var/log)

# The package names a .deb's Depends and Pre-Depends name (first of each alternative), without versions.
depended_on() {
    dpkg-deb -f "$1" Depends Pre-Depends | sed 's/^[A-Za-z-]*: //' | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/:any//; s/[[:space:]]//g' |
        grep -v '^$' || true
}

seed_scratch_system() {
    local root="$1" deb name version arch own=()
    shift
    arch="$(dpkg --print-architecture)"
    for dir in "${scratch_system_dirs[@]}"; do mkdir -p "$root/$dir"; done
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    : >"$root/var/lib/dpkg/available"
    for deb in "$@"; do own+=("$(dpkg-deb -f "$deb" Package)"); done
    # One stanza per dependency: the version this machine has, or a stand-in that satisfies any ">=" (these
    # packages are not unpacked: the tests look at what the kiosk's packages do, not at X or the libraries).
    for deb in "$@"; do depended_on "$deb"; done | LC_ALL=C sort -u | while read -r name; do
        printf '%s\n' "${own[@]}" | grep -qx "$name" && continue
        version="$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null || true)"
        printf 'Package: %s\nStatus: install ok installed\nPriority: optional\nSection: misc\nMaintainer: scratch\nArchitecture: %s\nMulti-Arch: foreign\nVersion: %s\nDescription: stand-in for the scratch system\n\n' \
            "$name" "$arch" "${version:-999}"
        : >"$root/var/lib/dpkg/info/$name.list"
    done >"$root/var/lib/dpkg/status"
    # The folders belong to a package, as on a real system (base-files, systemd...), so purging the kiosk's packages
    # leaves them, as it would there.
    printf 'Package: scratch-base\nStatus: install ok installed\nPriority: required\nSection: admin\nMaintainer: scratch\nArchitecture: all\nVersion: 1\nDescription: the folders of the scratch system\n\n' \
        >>"$root/var/lib/dpkg/status"
    {
        echo /.
        for dir in "${scratch_system_dirs[@]}"; do
            while [ "$dir" != . ]; do echo "/$dir"; dir="$(dirname "$dir")"; done
        done | LC_ALL=C sort -u
    } >"$root/var/lib/dpkg/info/scratch-base.list"
}

scratch_dpkg() {
    local root="$1"
    shift
    dpkg --root="$root" --force-script-chrootless --log=/dev/null "$@"
}

root_listing() {
    (cd "$1" && find . -path ./var/lib/dpkg -prune -o -print | LC_ALL=C sort)
}
