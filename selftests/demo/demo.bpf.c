// SPDX-License-Identifier: GPL-2.0
/* Demo program for scripts/demo: accepted by the verifier and run with
 * BPF_PROG_TEST_RUN.  demo_reject.bpf.c holds one the verifier rejects.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

#define NR_SLOTS 16

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, NR_SLOTS);
	__type(key, __u32);
	__type(value, __u64);
} squares SEC(".maps");

static __noinline __u64 square(__u64 x)
{
	return x * x;
}

/* Sums i * i for i < NR_SLOTS through a subprogram call, stores the sum in
 * squares[0] and returns it.
 */
SEC("tc")
int demo_sum(struct __sk_buff *skb)
{
	__u32 key = 0;
	__u64 sum = 0;
	__u64 *v;
	int i;

	for (i = 0; i < NR_SLOTS; i++)
		sum += square(i);

	v = bpf_map_lookup_elem(&squares, &key);
	if (!v)
		return -1;
	*v = sum;
	return sum;	/* 1240 */
}

char _license[] SEC("license") = "GPL";
