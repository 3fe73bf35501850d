# SPDX-License-Identifier: GPL-2.0
# Common settings for the project's scripts.  Source it, do not run it.
#
# Everything generated lives under $BUILD (default: <repo>/build, ignored by
# git): the kernel work tree, per-arch kernel build outputs and test results.

set -euo pipefail

# Debian's tools first (python3 with the packages apt installs, not a
# python3 of pyenv or a virtualenv).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin:$PATH

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BPF612_BUILD:-$ROOT/build}
SRC=$BUILD/linux
ARCH_NAME=${BPF612_ARCH:-x86_64}
PATCHES=$ROOT/patches
GROUP_NOTES=refs/notes/bpf612-group
# The BPF objects (selftests, demo, benchmarks) are built with LLVM 23, whose
# clang passes stack arguments; scripts/toolchain installs it from Debian sid
# under $BUILD/toolchain, and need_llvm runs it when it is missing.  Another
# LLVM: BPF612_LLVM=<its bin directory>, e.g. /usr/lib/llvm-22/bin for
# Debian 12's clang-22 (the C stack-argument tests then skip).
LLVM_DEFAULT=$BUILD/toolchain/llvm-23/bin
LLVM_BIN=${BPF612_LLVM:-$LLVM_DEFAULT}
# The kernel's BTF is encoded by the pahole of the same toolchain (sid's
# 1.32), which tags the kfuncs (decl_tag_kfuncs), so that bpftool writes
# their prototypes into vmlinux.h as on Debian's own kernels; with
# BPF612_LLVM set, Debian 12's pahole (1.24, no tags).  BPF612_PAHOLE: another.
if [ -n "${BPF612_PAHOLE:-}" ]; then
	PAHOLE_BIN=$BPF612_PAHOLE
elif [ "$LLVM_BIN" = "$LLVM_DEFAULT" ]; then
	PAHOLE_BIN=$LLVM_DEFAULT/pahole
else
	PAHOLE_BIN=pahole
fi
JOBS=${BPF612_JOBS:-$(nproc)}

# shellcheck source=../kernel/base.conf
. "$ROOT/kernel/base.conf"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
# Exit statuses of the scripts: 0 all well, 1 tests failed, 2 the work
# could not be done (bad usage, a package, a build or a guest that failed).
die() { printf 'error: %s\n' "$*" >&2; exit 2; }
# The usage of the calling script: its leading comment block.
usage() {
	sed -n '2,/^[^#]/{/^# SPDX/d;/^#/!d;s/^# \{0,1\}//;p}' "$0"
}
bad_arg() { printf 'error: unknown argument %s\n' "'$1'" >&2; usage >&2; exit 2; }
warn() { printf '\n!!!!!!!!!!\n!! WARNING: %s\n!!!!!!!!!!\n\n' "$*" >&2; }

# Per-arch facts: kernel ARCH, image, cross prefix, qemu binary.
arch_vars() {
	case "$1" in
	x86_64)
		KARCH=x86; KIMAGE=arch/x86/boot/bzImage; KCROSS=
		QEMU=qemu-system-x86_64 DEBARCH=amd64 ;;
	arm64|aarch64)
		KARCH=arm64; KIMAGE=arch/arm64/boot/Image; KCROSS=aarch64-linux-gnu-
		QEMU=qemu-system-aarch64 DEBARCH=arm64 ;;
	s390x|s390)
		KARCH=s390; KIMAGE=arch/s390/boot/bzImage; KCROSS=s390x-linux-gnu-
		QEMU=qemu-system-s390x DEBARCH=s390x ;;
	*) die "unknown arch '$1'" ;;
	esac
}

kout() { echo "$BUILD/out/$1"; }
# Where the BPF selftests of an arch are built and run: x86-64's in place
# in the work tree, another arch's in its output directory (cross-built).
sel_dir() {
	case $1 in
	x86_64) echo "$SRC/tools/testing/selftests/bpf" ;;
	*) echo "$(kout "$1")/selftests-bpf" ;;
	esac
}

# Time a phase and remember it for the summary printed by the callers.
PHASE_LOG=${PHASE_LOG:-}
phase() {
	local name=$1 start rc=0
	shift
	start=$(date +%s)
	log "==> $name"
	"$@" || rc=$?
	local secs=$(( $(date +%s) - start ))
	log "<== $name: ${secs}s (rc=$rc)"
	if [ -n "$PHASE_LOG" ]; then
		printf '%-28s %5ss  rc=%s\n' "$name" "$secs" "$rc" >> "$PHASE_LOG"
	fi
	return $rc
}

# Install Debian packages that are missing (apt-get update first, once).
APT_UPDATED=
need_pkgs() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	log "installing: ${missing[*]}"
	[ "$(id -u)" = 0 ] || die "need root to install ${missing[*]}"
	if [ -z "$APT_UPDATED" ]; then
		apt-get update -q >&2 || true
		APT_UPDATED=1
	fi
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
		"${missing[@]}" >&2
}

# Debian's packages of another arch (multiarch): that arch must be known
# to dpkg first, and apt's lists read again.
need_foreign_pkgs() {
	local a=$1
	shift
	if ! dpkg --print-foreign-architectures | grep -qx "$a"; then
		log "dpkg: adding the foreign architecture $a"
		dpkg --add-architecture "$a"
		APT_UPDATED=
	fi
	need_pkgs "$@"
}

# Packages the build and the guest need.
HOST_PKGS=(build-essential flex bison bc libelf-dev libssl-dev dwarves ccache
	   quilt xz-utils cpio kmod rsync git python3 python3-docutils
	   python3-ply python3-git
	   libcap-dev zlib1g-dev libzstd-dev pkg-config qemu-system-x86 iproute2
	   llvm-14-dev)
# Debian's own LLVM, when BPF612_LLVM names one of its directories
if [[ $LLVM_BIN =~ ^/usr/lib/llvm-([0-9]+)/bin/?$ ]]; then
	v=${BASH_REMATCH[1]}
	HOST_PKGS+=("clang-$v" "llvm-$v" "lld-$v")
	unset v
fi
# more packages a run should install (space-separated names)
# shellcheck disable=SC2206
HOST_PKGS+=(${BPF612_EXTRA_PKGS:-})

# The LLVM the BPF objects are built with: install the default one if it is
# missing; a BPF612_LLVM given by the user must have a clang.
need_llvm() {
	if [ "$LLVM_BIN" = "$LLVM_DEFAULT" ]; then
		"$ROOT/scripts/toolchain" --check ||
			"$ROOT/scripts/toolchain" > /dev/null ||
			die "cannot install LLVM 23 (scripts/toolchain)"
	fi
	[ -x "$LLVM_BIN/clang" ] || die "no clang in $LLVM_BIN (BPF612_LLVM)"
}

# git in the kernel tree, with a fixed identity and stable settings.
kgit() {
	git -C "$SRC" -c core.abbrev=12 -c user.name="BPF 6.12 Backport Team" \
		-c user.email="bpf-backport@example.org" "$@"
}

# Patch files listed in patches/series, in order (paths relative to patches/).
series_files() {
	[ -f "$PATCHES/series" ] || return 0
	sed -e 's/#.*//' -e 's/[[:space:]]*$//' "$PATCHES/series" | grep -v '^$' || true
}

# Render one commit as a patch mail on stdout.
render() {
	kgit format-patch -1 --stdout --zero-commit --no-signature -N \
		--subject-prefix=PATCH --diff-algorithm=myers --no-color \
		--stat=80 --stat-graph-width=20 "$1"
}

note_field() {	# commit field
	{ kgit notes --ref="$GROUP_NOTES" show "$1" 2>/dev/null || true; } |
		sed -n "s/^$2: //p" | head -n1
}
