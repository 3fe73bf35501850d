#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
# Runs inside the guest (scripts/compat starts it through scripts/vm), in
# the directory of upstream's test_progs: every test it was built with.
#
#   run-guest.sh RUN_DIR        writes test_progs.log, test_progs.json
run=$1
stamp() { printf '[guest %s] %s\n' "$(date +%H:%M:%S)" "$*"; }

# upstream's verifier tests drop CAP_SYS_ADMIN, and then constant blinding
# would apply to them
echo 0 > /proc/sys/net/core/bpf_jit_harden 2>/dev/null
echo 0 > /proc/sys/kernel/unprivileged_bpf_disabled 2>/dev/null
stamp "kernel $(uname -r), compat: upstream test_progs: start"
./test_progs -J "$run/test_progs.json" > "$run/test_progs.log" 2>&1
stamp "compat: test_progs exit $?, $(grep -m1 '^Summary' "$run/test_progs.log")"
exit 0
