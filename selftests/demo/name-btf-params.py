#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Give the unnamed parameters of BTF functions a name, in place.

clang emits no parameter names for __naked functions, and the kernel's
BTF check refuses a FUNC whose prototype has unnamed parameters ("Invalid
arg#1").  The demo writes its stack-argument functions as __naked BPF
assembly (clang-22 cannot emit calls with more than five arguments), so
name their parameters after the function: the kernel needs a valid
identifier, not a distinct one.

    name-btf-params.py OBJ.o
"""
import struct
import sys

# kind -> (fixed extra bytes, bytes per vlen entry)
KINDS = {1: (4, 0), 2: (0, 0), 3: (12, 0), 4: (0, 12), 5: (0, 12), 6: (0, 8),
         7: (0, 0), 8: (0, 0), 9: (0, 0), 10: (0, 0), 11: (0, 0), 12: (0, 0),
         13: (0, 8), 14: (4, 0), 15: (0, 12), 16: (0, 0), 17: (4, 0), 18: (0, 0),
         19: (0, 12)}
FUNC, FUNC_PROTO = 12, 13


def btf_section(data):
    """Offset and size of .BTF in a little-endian ELF64 object."""
    shoff, = struct.unpack_from('<Q', data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from('<HHH', data, 0x3a)
    def sh(i):
        return struct.unpack_from('<IIQQQQ', data, shoff + i * shentsize)
    stroff = sh(shstrndx)[4]
    for i in range(shnum):
        name, _, _, _, off, size = sh(i)
        end = data.index(b'\0', stroff + name)
        if data[stroff + name:end] == b'.BTF':
            return off, size
    sys.exit('no .BTF section')


def main(path):
    data = bytearray(open(path, 'rb').read())
    base, _ = btf_section(data)
    magic, _, _, hdr_len, type_off, type_len = struct.unpack_from('<HBBIII', data, base)
    assert magic == 0xeb9f, 'not BTF'
    pos = base + hdr_len + type_off
    end = pos + type_len
    protos, funcs = {}, []          # proto type id -> param offset; FUNCs
    tid = 1
    while pos < end:
        name_off, info, size_type = struct.unpack_from('<III', data, pos)
        kind, vlen = (info >> 24) & 0x1f, info & 0xffff
        fixed, per = KINDS[kind]
        if kind == FUNC_PROTO:
            protos[tid] = (pos + 12, vlen)
        elif kind == FUNC:
            funcs.append((name_off, size_type))
        pos += 12 + fixed + vlen * per
        tid += 1
    named = 0
    for name_off, proto in funcs:
        off, vlen = protos[proto]
        for i in range(vlen):
            p = off + 8 * i
            pname, ptype = struct.unpack_from('<II', data, p)
            if pname == 0 and ptype != 0:
                struct.pack_into('<I', data, p, name_off)
                named += 1
    open(path, 'wb').write(data)
    print('%s: named %d parameter(s)' % (path, named))


if __name__ == '__main__':
    main(sys.argv[1])
