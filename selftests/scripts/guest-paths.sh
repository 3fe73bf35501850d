#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
# The guest must work wherever the checkout and the build directory live,
# also below the directories its init mounts a tmpfs on (/tmp, /root, ...).
# Copies the project's scripts to a checkout under /tmp and one under /root,
# gives each a build directory there that links to the existing kernel and
# selftests, boots the guest from it and checks what the command saw.
# Needs a built kernel; one line "pass|fail scripts/guest-paths/<dir>" each.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$(cd "${BPF612_BUILD:-$root/build}" && pwd -P)
rc=0

for top in /tmp /root; do
	d=$(mktemp -d "$top/bpf612-paths-XXXXXX")
	mkdir -p "$d/co" "$d/build"
	cp -a "$root/scripts" "$root/selftests" "$root/kernel" "$root/patches" "$d/co/"
	ln -s "$build/linux" "$d/build/linux"
	ln -s "$build/out" "$d/build/out"
	# the command runs in the selftests directory reached through $d/build,
	# writes to the run directory below $d and reads the checkout's files
	BPF612_BUILD=$d/build "$d/co/scripts/vm" --quiet --timeout 300 --run "$d/run" -- \
		bash -c "test -x ./test_progs && test -f '$d/co/selftests/guest-init' &&
			 grep -q bpf_testmod /proc/modules && echo ok > '$d/run/probe'" \
		> "$d/vm.log" 2>&1
	st=$?
	if [ "$st" = 0 ] && [ "$(cat "$d/run/probe" 2>/dev/null)" = ok ]; then
		echo "pass scripts/guest-paths$top"
		rm -rf "$d"
	else
		echo "fail scripts/guest-paths$top"
		echo "  (exit $st; kept $d)" >&2
		rc=1
	fi
done
exit $rc
