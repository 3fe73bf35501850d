// SPDX-License-Identifier: GPL-2.0
/* Demo of stack arguments for scripts/demo: a BPF subprog taking seven
 * arguments and a kfunc taking eight.  Arguments 6 and up go through r11
 * (BPF_REG_PARAMS): the caller stores argument 5 + k to r11 - 8 * k, the
 * callee loads it from r11 + 8 * k.
 *
 * A compiler that passes stack arguments (LLVM 23 and later define
 * __BPF_FEATURE_STACK_ARGUMENT) builds the plain C below.  For clang-22,
 * which cannot emit calls with more than five arguments, the same
 * functions are written in BPF assembly, with the r11 instructions spelled
 * as raw 8-byte words.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char _license[] SEC("license") = "GPL";

extern __u64 bpf_kfunc_call_test_stack_arg8(__u64 a1, __s8 a2, __u16 a3, __s32 a4,
					    __u64 a5, __s16 a6, __u8 a7, __s32 a8) __ksym;

#ifdef __BPF_FEATURE_STACK_ARGUMENT

/* The arguments live in a writable global, so the compiler cannot fold
 * them into the callee and has to pass all of them.
 */
__u64 demo_vals[9] = { 0, 1, 2, 3, 4, 5, 6, 7, 8 };

/* u64 digits7(a1, ..., a7): the arguments as decimal digits, so that
 * 1, 2, ..., 7 gives 1234567 and a swapped argument shows
 */
static __noinline __u64 digits7(__u64 a1, __u64 a2, __u64 a3, __u64 a4,
				__u64 a5, __u64 a6, __u64 a7)
{
	return ((((((a1 * 10 + a2) * 10 + a3) * 10 + a4) * 10 + a5) * 10 + a6) * 10) + a7;
}

/* digits7(1, 2, 3, 4, 5, 6, 7): returns 1234567 */
SEC("tc")
int demo_args7(struct __sk_buff *skb)
{
	__u64 *v = demo_vals;

	return digits7(v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
}

/* bpf_kfunc_call_test_stack_arg8(1, 2, ..., 8) returns the arguments
 * weighted by the primes 2, 3, 5, ..., 19: 455
 */
SEC("tc")
int demo_kfunc8(struct __sk_buff *skb)
{
	__u64 *v = demo_vals;

	return bpf_kfunc_call_test_stack_arg8(v[1], v[2], v[3], v[4], v[5], v[6],
					      v[7], v[8]);
}

#else /* !__BPF_FEATURE_STACK_ARGUMENT */

#define __naked __attribute__((naked))
#define __used __attribute__((used))
#define __imm(name) [name]"i"(name)
#define __clobber_all "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "memory"

/* one instruction, little endian: code, dst | src << 4, off, imm */
#define SA_INSN(code, regs, off, imm)					\
	".8byte (" #code " | (" #regs ") << 8 | ((" #off ") & 0xffff) << 16"	\
	" | ((" #imm ") & 0xffffffff) << 32);"
/* dst = *(u64 *)(r11 + 8 * k): incoming argument 5 + k */
#define SA_LOAD(dst, k)		SA_INSN(0x79, dst | 11 << 4, 8 * k, 0)
/* *(u64 *)(r11 - 8 * k) = imm: outgoing argument 5 + k */
#define SA_STORE_IMM(k, imm)	SA_INSN(0x7a, 11, -8 * k, imm)

/* Kfuncs called from inline assembly get no BTF record, which libbpf
 * needs to link them.  A call from C makes clang emit it, but clang-22
 * cannot emit a call with eight arguments: call it through a pointer to
 * a prototype without arguments.  This function is never loaded.
 */
void __kfunc_btf_root(void)
{
	((__u64 (*)(void))bpf_kfunc_call_test_stack_arg8)();
}

/* u64 digits7(a1, ..., a7): the arguments as decimal digits, so that
 * 1, 2, ..., 7 gives 1234567 and a swapped argument shows
 */
__noinline __used __naked static __u64 digits7(__u64 a1, __u64 a2, __u64 a3, __u64 a4,
					       __u64 a5, __u64 a6, __u64 a7)
{
	asm volatile (
	SA_LOAD(6, 1)		/* r6 = argument 6 */
	SA_LOAD(7, 2)		/* r7 = argument 7 */
	"r0 = r1;"
	"r0 *= 10; r0 += r2;"
	"r0 *= 10; r0 += r3;"
	"r0 *= 10; r0 += r4;"
	"r0 *= 10; r0 += r5;"
	"r0 *= 10; r0 += r6;"
	"r0 *= 10; r0 += r7;"
	"exit;"
	::: __clobber_all);
}

/* digits7(1, 2, 3, 4, 5, 6, 7): returns 1234567 */
SEC("tc")
__naked int demo_args7(void)
{
	asm volatile (
	"r1 = 1; r2 = 2; r3 = 3; r4 = 4; r5 = 5;"
	SA_STORE_IMM(1, 6)
	SA_STORE_IMM(2, 7)
	"call digits7;"
	"exit;"
	::: __clobber_all);
}

/* bpf_kfunc_call_test_stack_arg8(1, 2, ..., 8) returns the arguments
 * weighted by the primes 2, 3, 5, ..., 19: 455
 */
SEC("tc")
__naked int demo_kfunc8(void)
{
	asm volatile (
	"r1 = 1; r2 = 2; r3 = 3; r4 = 4; r5 = 5;"
	SA_STORE_IMM(1, 6)
	SA_STORE_IMM(2, 7)
	SA_STORE_IMM(3, 8)
	"call %[bpf_kfunc_call_test_stack_arg8];"
	"exit;"
	:
	: __imm(bpf_kfunc_call_test_stack_arg8)
	: __clobber_all);
}

#endif /* __BPF_FEATURE_STACK_ARGUMENT */
