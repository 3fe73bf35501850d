#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Runs in the guest for scripts/bench veristat, in the selftests directory.
#   veristat.sh OUTDIR LEVEL[:GLOB] ...
# For each LEVEL (0, 1 or 2) writes OUTDIR/l<LEVEL>.csv: veristat's stats of
# every program of the objects matching GLOB (default: every *.bpf.o here).
# Level 0 asks the kernel for statistics only (log_level 4); levels 1 and 2
# ask for the verbose log too (log_level 1|4, 2|4), which is thrown away.
out=$1
shift
emit=file,prog,verdict,duration,insns,states,peak_states
rc=0
for spec in "$@"; do
	lvl=${spec%%:*}
	glob='*.bpf.o'
	[ "$spec" = "$lvl" ] || glob=${spec#*:}
	# shellcheck disable=SC2086
	objs=$(ls $glob)
	start=$(date +%s)
	if [ "$lvl" = 0 ]; then
		./veristat -q -o csv -e "$emit" $objs > "$out/l$lvl.csv" 2>/dev/null
	else
		./veristat -v -l "$lvl" -o csv -e "$emit" $objs 2>/dev/null |
			sed -n '/^file_name,/,$p' > "$out/l$lvl.csv"
	fi
	n=$(($(wc -l < "$out/l$lvl.csv") - 1))
	echo "veristat level $lvl: $n programs from $(echo $objs | wc -w) objects in $(( $(date +%s) - start ))s"
	[ "$n" -gt 0 ] || rc=1
done
exit $rc
