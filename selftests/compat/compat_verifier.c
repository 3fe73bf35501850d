// SPDX-License-Identifier: GPL-2.0
/*
 * The verifier_* objects of the compat suite, run by upstream's test
 * loader the way upstream's test_progs runs them: without CAP_SYS_ADMIN,
 * as test_verifier runs its tests.  Upstream does this in
 * prog_tests/verifier.c, which includes a skeleton of every verifier_*
 * object of its selftests; the compat suite builds only its own objects,
 * so it has this small runner instead.
 */
#include <test_progs.h>
#include "cap_helpers.h"

#include "verifier_stack_arg.skel.h"
#include "verifier_stack_arg_order.skel.h"

static void run_unprivileged(const char *name, skel_elf_bytes_fn elf_bytes)
{
	struct test_loader tester = {};
	__u64 caps;
	int err;

	err = cap_disable_effective(1ULL << CAP_SYS_ADMIN, &caps);
	if (!ASSERT_OK(err, "drop CAP_SYS_ADMIN"))
		return;
	test_loader__run_subtests(&tester, name, elf_bytes);
	test_loader_fini(&tester);
	ASSERT_OK(cap_enable_effective(caps, NULL), "restore capabilities");
}

void test_verifier_stack_arg(void)
{
	run_unprivileged("verifier_stack_arg", verifier_stack_arg__elf_bytes);
}

void test_verifier_stack_arg_order(void)
{
	run_unprivileged("verifier_stack_arg_order", verifier_stack_arg_order__elf_bytes);
}
