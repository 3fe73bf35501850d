// SPDX-License-Identifier: GPL-2.0
/* Demo of the list kfuncs for scripts/demo: builds the list 1 3, inserts 2
 * after the first node, moves the last node to the front with bpf_list_del,
 * then empties the list and returns its keys as digits: 312.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include "bpf_experimental.h"

struct item {
	long key;
	struct bpf_list_node node;
};

#define item_of(l) container_of(l, struct item, node)

SEC(".bss.L") __hidden struct bpf_spin_lock lock;
SEC(".bss.L") __hidden struct bpf_list_head items __contains(item, node);

static __always_inline int push(long key)
{
	struct item *it = bpf_obj_new(typeof(*it));

	if (!it)
		return -1;
	it->key = key;
	bpf_spin_lock(&lock);
	bpf_list_push_back(&items, &it->node);
	bpf_spin_unlock(&lock);
	return 0;
}

SEC("tc")
int demo_list(struct __sk_buff *skb)
{
	struct bpf_list_node *first, *last, *l;
	struct item *two;
	long digits = 0;
	int i;

	if (push(1) || push(3))
		return -1;
	two = bpf_obj_new(typeof(*two));
	if (!two)
		return -1;
	two->key = 2;

	bpf_spin_lock(&lock);
	first = bpf_list_front(&items);
	if (!first) {
		bpf_spin_unlock(&lock);
		bpf_obj_drop(two);
		return -2;
	}
	/* 1 3 -> 1 2 3 */
	if (bpf_list_add(&items, &two->node, first)) {
		bpf_spin_unlock(&lock);
		return -3;
	}
	/* 1 2 3 -> 3 1 2 */
	last = bpf_list_back(&items);
	if (last && bpf_list_is_last(&items, last)) {
		l = bpf_list_del(&items, last);
		if (l)
			bpf_list_push_front(&items, l);
	}
	bpf_spin_unlock(&lock);

	for (i = 0; i < 3; i++) {
		bpf_spin_lock(&lock);
		l = bpf_list_pop_front(&items);
		bpf_spin_unlock(&lock);
		if (!l)
			return -4;
		digits = digits * 10 + item_of(l)->key;
		bpf_obj_drop(item_of(l));
	}
	bpf_spin_lock(&lock);
	if (!bpf_list_empty(&items))
		digits = -5;
	bpf_spin_unlock(&lock);
	return digits;	/* 312 */
}

char _license[] SEC("license") = "GPL";
