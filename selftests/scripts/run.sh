#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# Tests of the project's scripts (no kernel, no guest): one line
# "pass|fail scripts/<name>" each, exit 1 if one failed.
#
#   selftests/scripts/run.sh
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rc=0

result() {	# name, status
	if [ "$2" = 0 ]; then
		echo "pass scripts/$1"
	else
		echo "fail scripts/$1"
		rc=1
	fi
}

# check-message: the residue of an interactive rebase, as two patch
# files of the series once had it, is caught ...
for f in "$here"/fixtures/residue-*.patch; do
	out=$("$root/scripts/check-message" "$f")
	st=$?
	[ "$st" = 1 ] && grep -q 'not a trailer after Signed-off-by' <<< "$out" &&
		grep -q 'editor template text' <<< "$out"
	result "check-message/catches/$(basename "$f" .patch)" $?
done
# ... and the series as it is now is clean
"$root/scripts/check-message" "$root"/patches/*/*.patch > /dev/null
result check-message/series-clean $?
# provenance: a trailer that matches the map passes; a missing, malformed,
# wrong or partial one fails, each with its own reason
declare -A why=(
	[0007-wrong-subject]="is not upstream's"
	[0007-missing]='no provenance trailer'
	[0007-malformed]='malformed Upstream: trailer'
	[0007-other-commit]='is not in the map row'
	[0007-prose-in-block]='not a trailer in the trailer block'
	[0011-one-of-two]='no Upstream: trailer for cb6af5314056'
	[0012-wrong-category]='where the map says 6.12-only'
	[0012-no-reason]='malformed Upstream: trailer'
	[0001-other-posting]='lore links'
	[0007-lore-not-r]='malformed Link: to lore'
	[0007-twice]='given twice'
	[0007-crlf]='carriage returns'
	[0012-junk]='malformed Upstream: trailer'
)
for f in "$here"/fixtures/provenance/*/*.patch; do
	n=$(basename "$f" .patch)
	out=$("$root/scripts/check-message" "$f")
	st=$?
	if [[ $n == *-good ]]; then
		[ "$st" = 0 ] && [ -z "$out" ]
	else
		[ "$st" = 1 ] && [ -n "${why[$n]:-}" ] && grep -qF -- "${why[$n]}" <<< "$out"
	fi
	result "check-message/provenance/$(basename "$(dirname "$f")")/$n" $?
done
# the map has a row for every patch of the series and no other
"$root/scripts/check-message" --series "$root/patches/series" > /dev/null
result check-message/map-covers-series $?
t=$(mktemp)
{ cat "$root/patches/series"; echo stack-args/0099-not-in-the-map.patch; } > "$t"
out=$("$root/scripts/check-message" --series "$t")
[ $? = 1 ] && grep -q 'stack-args/0099 has no row' <<< "$out"
result check-message/map-lacks-row $?
# a number given twice, in the series or in the map, is an error
{ cat "$root/patches/series"; grep -m1 '^stack-args/' "$root/patches/series" | sed 's/0001-/0001-again-/'; } > "$t"
out=$("$root/scripts/check-message" --series "$t")
[ $? = 1 ] && grep -q 'two patches numbered stack-args/0001' <<< "$out"
result check-message/series-number-twice $?
m=$(mktemp)
sed '/^| 0007 Reject stack arguments/p' "$root/Documentation/upstream-map.md" > "$m"
out=$("$root/scripts/check-message" --map "$m" --series "$root/patches/series")
[ $? = 1 ] && grep -q 'two rows for stack-args/0007' <<< "$out"
result check-message/map-row-twice $?
rm -f "$t" "$m"
# a file that is not there is an error of its own
"$root/scripts/check-message" /nonexistent.patch > /dev/null 2>&1
[ $? = 2 ]
result check-message/unreadable $?

# veristat-compare.py fails on a changed verdict, passes on equal runs
t=$(mktemp -d)
mkdir -p "$t/b" "$t/s"
hdr=file_name,prog_name,verdict,duration,total_insns,total_states,peak_states
printf '%s\na.o,p,success,10,5,1,1\na.o,q,success,10,5,1,1\n' "$hdr" > "$t/b/l1.csv"
printf '%s\na.o,p,success,12,5,1,1\na.o,q,failure,10,5,1,1\n' "$hdr" > "$t/s/l1.csv"
python3 "$root/scripts/veristat-compare.py" "$t/b" "$t/s" 1 > /dev/null
[ $? = 1 ]
result veristat-compare/verdict-change-fails $?
python3 "$root/scripts/veristat-compare.py" "$t/b" "$t/b" 1 > /dev/null
result veristat-compare/same-passes $?
rm -rf "$t"

# the side-by-side table fails on a test that passes on 7.3 and fails,
# skips or is missing on the series, and not on one that is n/a or known
t=$(mktemp -d)
printf 'pass a\nn/a    b  # why\nknown  c  # gap\npass d\n' > "$t/s"
printf 'pass a\npass b\npass c\nfail d\n' > "$t/u"
python3 "$root/selftests/compat/side-by-side.py" "$t/s" "$t/u" > /dev/null
result compat/side-by-side-passes $?
printf 'pass a\nfail b\n' > "$t/s2"
python3 "$root/selftests/compat/side-by-side.py" "$t/s2" "$t/u" > "$t/out"
[ $? = 1 ] && grep -q '^compat failure: b ' "$t/out" && grep -q '^compat failure: c ' "$t/out"
result compat/side-by-side-fails $?
rm -rf "$t"

# every script refuses an unknown option with its usage, exit status 2
for s in tree export test build-kernel build-selftests vm demo bench cross-check toolchain bisect-check upstream-src abi-table compat ref-kernel; do
	out=$("$root/scripts/$s" --no-such-option 2>&1 < /dev/null)
	st=$?
	[ "$st" = 2 ] && grep -q "unknown argument '--no-such-option'" <<< "$out" &&
		[ "$(wc -l <<< "$out")" -gt 2 ]
	result "usage/$s" $?
done

# a run that cannot be made (here: a package that does not exist) exits 2,
# says why, and still ends with the line CI reads
if [ -n "${BPF612_SCRIPT_TESTS_APT:-1}" ]; then
	out=$(BPF612_EXTRA_PKGS=bpf612-no-such-package "$root/scripts/test" --no-checks 2>/dev/null < /dev/null)
	st=$?
	[ "$st" = 2 ] && grep -q '^infrastructure: cannot install packages' <<< "$out" &&
		[ "$(tail -n 1 <<< "$out")" = "0 passed, 0 failed, 0 skipped" ]
	result test/exit-2-when-apt-fails $?
fi

exit $rc
