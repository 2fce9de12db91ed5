#!/usr/bin/env bash
# Runs a command in a brand-new minimal Debian 12 (bookworm) chroot holding nothing but apt,
# git and ca-certificates, on a clone of the committed HEAD of a checkout: what a new
# user's machine sees. It is the only way to notice a package that only this machine has.
#
# Usage: scripts/fresh-debian.sh [CHECKOUT] [COMMAND]
#   CHECKOUT  default: this repository. Only committed work is cloned.
#   COMMAND   default: ./scripts/test.sh (the README's test command); runs as root in /src.
#
# Needs root (chroot, mounts) and the Debian package mirror. The base system is made once
# with mmdebstrap and kept in /var/tmp/fresh-bookworm.tar; downloaded packages are kept in
# /var/tmp/td-fresh-apt-cache (they are installed anew each run, only not fetched again).
# Each run unpacks its own chroot under /var/tmp and removes it afterwards. Any step that
# cannot be done stops the run with exit 1 and says why: it never falls back to running
# the command on this machine.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
src=$(cd "${1:-$here}" && pwd)
cmd=${2:-./scripts/test.sh}
base=/var/tmp/fresh-bookworm.tar
cache=/var/tmp/td-fresh-apt-cache

die() { echo "fresh-debian: $*" >&2; exit 1; }

[ "$(id -u)" -eq 0 ] || die "needs root (it makes a chroot and mounts /proc, /sys and /dev into it)."
git -C "$src" rev-parse --verify -q HEAD >/dev/null || die "$src is not a git checkout with a commit."

if ! command -v mmdebstrap >/dev/null; then
    echo "fresh-debian: installing mmdebstrap" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq mmdebstrap >/dev/null 2>&1 ||
        { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq mmdebstrap >/dev/null 2>&1; } ||
        die "mmdebstrap is not installed and could not be installed (is the Debian package mirror reachable?). No fresh system was made and nothing was run."
fi
if [ ! -s "$base" ]; then
    echo "fresh-debian: making the Debian 12 base system (once; kept in $base)" >&2
    rm -f "$base.part"
    mmdebstrap --variant=apt --format=tar --include=git,ca-certificates bookworm "$base.part" ||
        die "mmdebstrap could not make the base system (is the Debian package mirror reachable?). Nothing was run."
    mv -f "$base.part" "$base"
fi

root=$(mktemp -d /var/tmp/td-fresh-root.XXXXXX)
mounts=(proc sys dev var/cache/apt/archives)
cleanup() {
    for m in var/cache/apt/archives dev sys proc; do
        umount -R -l "$root/$m" 2>/dev/null || true
    done
    # Never delete through a mount: the package cache or the host's /dev could go with it.
    if findmnt -rn -o TARGET | grep -q "^$root/"; then
        echo "fresh-debian: $root still has mounts; left in place" >&2
    else
        rm -rf "$root"
    fi
}
trap cleanup EXIT

tar -xf "$base" -C "$root" || die "could not unpack $base into $root (disk full?)."
git clone -q "$src" "$root/src" || die "could not clone $src."
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mkdir -p "$cache/partial" "$root/var/cache/apt/archives"
# Keep what apt downloads: the base image's apt may be set to delete it after installing.
rm -f "$root/etc/apt/apt.conf.d/docker-clean"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys" && mount --make-rslave "$root/sys"
mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
mount --bind "$cache" "$root/var/cache/apt/archives"

echo "fresh-debian: running '$cmd' on a clone of $(git -C "$src" rev-parse --short HEAD) in a fresh Debian 12" >&2
start=$(date +%s)
set +e
chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 CI=true \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd /src && $cmd"
rc=$?
set -e
echo "fresh Debian 12: '$cmd' exited $rc after $(( $(date +%s) - start )) s"
exit "$rc"
