#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Print the BPF-visible prototypes of kfuncs on two kernels, side by side.

    btf-kfuncs.py BPFTOOL NAMES SERIES_VMLINUX UPSTREAM_VMLINUX

NAMES lists kfunc names, one a line.  A name is a kfunc of a kernel if its
BTF tags the function "bpf_kfunc" (pahole 1.26 and later), or if the
kernel's .BTF_ids put it in a kfunc id set (BTF_SET8_KFUNCS; read from the
symbol table, which needs an unstripped vmlinux).  The prototype is the
function's BTF prototype: for upstream's KF_IMPLICIT_ARGS kfuncs that is
the one BPF programs see.  Exit 0 if every kfunc of upstream's in NAMES
is there on the series kernel with the same prototype (kfuncs of the
series' own are listed as extras), 1 if not, 2 on an error.
"""
import json
import struct
import subprocess
import sys

BTF_SET8_KFUNCS = 1


class Kernel:
    def __init__(self, bpftool, vmlinux):
        out = subprocess.run([bpftool, '-j', 'btf', 'dump', 'file', vmlinux],
                             check=True, capture_output=True).stdout
        self.types = {t['id']: t for t in json.loads(out)['types']}
        self.funcs = {}
        self.kfuncs = set()
        for t in self.types.values():
            if t['kind'] == 'FUNC':
                self.funcs.setdefault(t['name'], t)
        for t in self.types.values():
            if (t['kind'] == 'DECL_TAG' and t['name'] == 'bpf_kfunc' and
                    self.types.get(t['type_id'], {}).get('kind') == 'FUNC'):
                self.kfuncs.add(self.types[t['type_id']]['name'])
        self.kfuncs |= btf_ids_kfuncs(vmlinux)

    def render(self, tid, name=''):
        """C spelling of type tid (a declarator with name, if given)."""
        sep = (' ' + name) if name else ''
        if tid == 0:
            return 'void' + sep
        t = self.types[tid]
        k = t['kind']
        if k in ('INT', 'FLOAT', 'TYPEDEF'):
            return t['name'] + sep
        if k in ('STRUCT', 'UNION', 'ENUM', 'ENUM64', 'FWD'):
            kw = {'STRUCT': 'struct', 'UNION': 'union', 'FWD': 'struct'}.get(k, 'enum')
            return f'{kw} {t["name"]}' + sep
        if k == 'PTR':
            target = self.types.get(t['type_id'], {})
            if target.get('kind') == 'FUNC_PROTO':
                args = ', '.join(self.render(a['type_id']) for a in target['params'])
                return f'{self.render(target["ret_type_id"])} (*{name})({args or "void"})'
            return self.render(t['type_id'], '*' + name)
        if k in ('CONST', 'VOLATILE', 'RESTRICT'):
            return k.lower() + ' ' + self.render(t['type_id'], name)
        if k == 'TYPE_TAG':
            return self.render(t['type_id'], name)
        return f'<{k}>' + sep

    def proto(self, name):
        f = self.funcs.get(name)
        if f is None:
            return None
        p = self.types[f['type_id']]
        args = ', '.join(self.render(a['type_id'], a['name']) for a in p['params'])
        return f'{self.render(p["ret_type_id"])} {name}({args or "void"})'


def btf_ids_kfuncs(vmlinux):
    """Names in kfunc id sets of .BTF_ids, from the symbol table."""
    try:
        nm = subprocess.run(['nm', vmlinux], check=True, capture_output=True,
                            text=True).stdout
    except subprocess.CalledProcessError:
        return set()
    syms = []
    for line in nm.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[2].startswith('__BTF_ID__'):
            syms.append((int(parts[0], 16), parts[2]))
    if not syms:
        return set()
    sec = subprocess.run(['readelf', '-W', '-S', vmlinux], check=True,
                         capture_output=True, text=True).stdout
    addr = None
    for line in sec.splitlines():
        f = line.replace('[ ', '[').split()
        if len(f) > 4 and f[1] == '.BTF_ids':
            addr = int(f[3], 16)
    if addr is None:
        return set()
    data = subprocess.run(['objcopy', '-O', 'binary', '--only-section=.BTF_ids',
                           vmlinux, '/dev/stdout'], check=True,
                          capture_output=True).stdout
    sets = []
    for a, s in syms:
        if s.startswith('__BTF_ID__set8__'):
            cnt, flags = struct.unpack_from('<II', data, a - addr)
            if flags & BTF_SET8_KFUNCS:
                sets.append((a + 8, a + 8 + 8 * cnt))
    names = set()
    for a, s in syms:
        if s.startswith('__BTF_ID__func__') and any(lo <= a < hi for lo, hi in sets):
            names.add(s[len('__BTF_ID__func__'):].rsplit('__', 1)[0])
    return names


def main(argv):
    if len(argv) != 4:
        print(__doc__.strip())
        return 2
    bpftool, names_file, series_vmlinux, upstream_vmlinux = argv
    names = [n.strip() for n in open(names_file) if n.strip() and not n.startswith('#')]
    series = Kernel(bpftool, series_vmlinux)
    upstream = Kernel(bpftool, upstream_vmlinux)
    print('| kfunc | series | upstream 7.3 | |')
    print('|---|---|---|---|')
    counts = {'same': 0, 'DIFFERS': 0, 'upstream only': 0, 'series only': 0,
              'on neither': 0}
    for n in names:
        protos = [k.proto(n) if n in k.kfuncs else None for k in (series, upstream)]
        if protos[0] and protos[1]:
            verdict = 'same' if protos[0] == protos[1] else 'DIFFERS'
        elif protos[1]:
            verdict = 'upstream only'
        elif protos[0]:
            verdict = 'series only'
        else:
            verdict = 'on neither'
        counts[verdict] += 1
        cols = [f'`{p}`' if p else 'no such kfunc' for p in protos]
        print(f'| {n} | {cols[0]} | {cols[1]} | {verdict} |')
    print(f'\n{len(names)} kfuncs: ' + ', '.join(f'{v} {k}' for k, v in counts.items()))
    # what an upstream program can call must be there, with its prototype;
    # names of the series' own (test kfuncs, bpf_list_add_impl) are extras
    return 1 if counts['DIFFERS'] or counts['upstream only'] else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
