#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Runs in the guest for scripts/demo.  $1: directory of the demo objects,
# $2: the selftests directory (veristat, bpftool).
dir=$1 sel=$2
bpftool=$sel/tools/sbin/bpftool
rc=0
echo "== kernel: $(uname -r)"
echo "== bpf_jit_enable=$(cat /proc/sys/net/core/bpf_jit_enable)" \
     "bpf_jit_harden=$(cat /proc/sys/net/core/bpf_jit_harden 2>/dev/null)"
echo
echo "== verifier log of demo_sum (veristat -v)"
"$sel/veristat" -v "$dir/demo.bpf.o" 2>&1 | head -n 80
echo
head -c 64 /dev/zero > /tmp/pkt
# run_prog OBJ PROG EXPECTED: load OBJ with bpftool, run PROG once on a
# 64-byte packet, check its return value
run_prog() {
	local pin=/sys/fs/bpf/$2
	mkdir -p "$pin"
	if "$bpftool" prog loadall "$dir/$1" "$pin"; then
		"$bpftool" prog run pinned "$pin/$2" data_in /tmp/pkt repeat 1 2>&1 |
			tee /tmp/run.out
		grep -q "Return value: $3\$\|Return value: $3," /tmp/run.out || rc=1
	else
		rc=1
	fi
}
echo "== load and run demo_sum (bpftool prog run; expect return value 1240)"
run_prog demo.bpf.o demo_sum 1240
echo
echo "== list kfuncs: demo_list (bpf_list_add, bpf_list_del, is_last, empty; expect 312)"
run_prog demo_list.bpf.o demo_list 312
echo
echo "== stack arguments: demo_args7 calls a BPF function with 7 arguments (expect 1234567)"
run_prog demo_stack_args.bpf.o demo_args7 1234567
echo "-- its verifier log (veristat -v)"
"$sel/veristat" -v -f demo_args7 "$dir/demo_stack_args.bpf.o" 2>&1 | head -n 40
echo "-- as loaded (bpftool prog dump xlated)"
"$bpftool" prog dump xlated pinned /sys/fs/bpf/demo_args7/demo_args7 2>&1 | head -n 30
echo "-- JITed (x86-64: argument 6 in %r9, argument 7 pushed before the call)"
"$bpftool" prog show pinned /sys/fs/bpf/demo_args7/demo_args7 2>&1
echo
echo "== stack arguments: demo_kfunc8 calls a kfunc with 8 arguments (expect 455)"
run_prog demo_stack_args.bpf.o demo_kfunc8 455
echo
echo "== verifier log of demo_reject (the verifier must reject it and explain why)"
"$sel/veristat" -v "$dir/demo_reject.bpf.o" 2>&1 | tee /tmp/rej.out | head -n 90
grep -q 'failure' /tmp/rej.out || rc=1
grep -q '^Verification failed: ' /tmp/rej.out || rc=1
echo
echo "== demo: $([ $rc = 0 ] && echo OK || echo FAILED)"
exit $rc
