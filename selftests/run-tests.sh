#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Runs inside the guest (scripts/test starts it through scripts/vm), in the
# selftests directory.  Output files go to the run directory $1:
#   test_verifier.log  test_progs.log  test_progs.json  kmemleak.txt  guest-rc
#
#   run-tests.sh RUN_DIR TEST_LIST [SUITES]
#
# SUITES is a comma list of: verifier (test_verifier), progs (test_progs on
# the names/globs of TEST_LIST), kmemleak; default all three.
run=$1 list=$2 suites=${3:-verifier,progs,kmemleak}
rc=0
has() { case ",$suites," in *",$1,"*) return 0 ;; esac; return 1; }
stamp() { printf '[guest %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

if [ -e /sys/kernel/debug/kmemleak ] && has kmemleak; then
	# Forget what boot allocated; only leaks made by the tests count.
	echo clear > /sys/kernel/debug/kmemleak
fi

# Let the unprivileged variants of the verifier tests run: the kernel
# starts with unprivileged BPF off (2: off, but an admin may turn it on).
echo 0 > /proc/sys/kernel/unprivileged_bpf_disabled 2>/dev/null

stamp "kernel $(uname -r), bpf_jit_enable=$(cat /proc/sys/net/core/bpf_jit_enable)," \
	"unprivileged_bpf_disabled=$(cat /proc/sys/kernel/unprivileged_bpf_disabled)"

if has verifier; then
	stamp "test_verifier: start"
	./test_verifier > "$run/test_verifier.log" 2>&1
	r=$?
	stamp "test_verifier: exit $r, $(grep -m1 '^Summary' "$run/test_verifier.log")"
	[ $r -ne 0 ] && rc=1
fi

if has progs; then
	allow=()
	while read -r t; do
		t=${t%%#*}
		t=${t//[[:space:]]/}
		[ -n "$t" ] && allow+=(-a "$t")
	done < "$list"
	stamp "test_progs: start ($(( ${#allow[@]} / 2 )) names or globs from ${list##*/})"
	# Top-level results on the console for progress; everything in the log.
	./test_progs -J "$run/test_progs.json" "${allow[@]}" 2>&1 | tee "$run/test_progs.log" |
		grep --line-buffered -E '^#[0-9]+ |^Summary'
	r=${PIPESTATUS[0]}
	stamp "test_progs: exit $r"
	[ $r -ne 0 ] && rc=1
fi

if [ -e /sys/kernel/debug/kmemleak ] && has kmemleak; then
	stamp "kmemleak: scanning"
	# Objects must be older than 5 s to be reported; scan twice.
	sleep 6
	echo scan > /sys/kernel/debug/kmemleak
	echo scan > /sys/kernel/debug/kmemleak
	cat /sys/kernel/debug/kmemleak > "$run/kmemleak.txt"
	stamp "kmemleak: $(grep -c '^unreferenced object' "$run/kmemleak.txt") report(s)"
fi
echo $rc > "$run/guest-rc"
exit 0
