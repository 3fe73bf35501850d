// SPDX-License-Identifier: GPL-2.0
/* Demo program for scripts/demo that the verifier rejects, to show its log. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 4);
	__type(key, __u32);
	__type(value, __u64);
} values SEC(".maps");

/* Rejected: the map value is used without the NULL check. */
SEC("syscall")
int demo_reject(void *ctx)
{
	__u32 key = 3;
	__u64 *v = bpf_map_lookup_elem(&values, &key);

	return *v;
}

char _license[] SEC("license") = "GPL";
