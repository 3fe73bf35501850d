#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Verdicts of the compat suite: upstream 7.3's tests run on the series.

  report.py RESULTS NOT_APPLICABLE KNOWN UPSTREAM_SELFTESTS FILES [--out F]

RESULTS is a results file of scripts/results.py ("<pass|fail|skip>
test_progs/<test>[/<subtest>]", and kernel/... lines for splats).  An entry
of NOT_APPLICABLE or KNOWN ("<test>[/<subtest>]  # reason") covers that
test or subtest; one without a subtest covers the whole test.  A parent
test that failed only because of covered subtests follows them.  Prints a
line per test, the entries that did not run, the counts (also against the
prog_tests files of the tarball) and a closing line; --out writes the
verdicts as results lines for scripts/test ("compat/<name>": n/a and known
ones as skips).  Exit 1 if a test neither covered nor skipped failed.
"""
import collections
import os
import sys


def load_list(path):
    entries = collections.OrderedDict()
    if not os.path.exists(path):
        return entries
    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            name, _, reason = line.partition('  # ')
            entries[name.strip()] = reason.strip()
    return entries


def covered(name, entries):
    """The entry covering name: itself, or its whole test."""
    if name in entries:
        return name
    top = name.split('/', 1)[0]
    if top != name and top in entries:
        return top
    return None


def main():
    args = sys.argv[1:]
    out = None
    if '--out' in args:
        i = args.index('--out')
        out = args[i + 1]
        del args[i:i + 2]
    if len(args) != 5:
        sys.exit(__doc__)
    results, na_path, known_path, upsel, files = args
    na, known = load_list(na_path), load_list(known_path)

    res = collections.OrderedDict()
    with open(results) as f:
        for line in f:
            line = line.rstrip('\n').split('  # ', 1)[0]
            if not line:
                continue
            st, name = line.split(' ', 1)
            if name.startswith('test_progs/'):
                name = name[len('test_progs/'):]
            res[name] = st

    children = collections.defaultdict(list)
    for name in res:
        if '/' in name and not name.startswith(('kernel/', 'kmemleak/')):
            children[name.split('/', 1)[0]].append(name)

    verdicts = collections.OrderedDict()
    for name, st in res.items():
        n, k = covered(name, na), covered(name, known)
        if n:
            verdicts[name] = ('n/a', na[n] + (' (it passed: the entry may go)'
                                              if st == 'pass' else ''))
        elif k and st != 'pass':
            verdicts[name] = ('known', known[k])
        elif k:
            verdicts[name] = ('pass', 'listed as a known failure, and passed: '
                                      'the entry may go')
        elif st == 'fail' and children.get(name) and all(
                res[c] != 'fail' or covered(c, na) or covered(c, known)
                for c in children[name]) and any(res[c] == 'fail' for c in children[name]):
            verdicts[name] = ('parent', 'fails only by the subtests above')
        else:
            verdicts[name] = (st, '')

    count = collections.Counter(v for v, _ in verdicts.values())
    for name, (v, why) in verdicts.items():
        print('%-6s %s%s' % (v, name, ('  # ' + why) if why else ''))
    ran = set(verdicts)
    for entries, what in ((na, 'n/a'), (known, 'known')):
        for e, why in entries.items():
            if e not in ran and not any(r.startswith(e + '/') for r in ran):
                print('%-6s %s  # not run here (not in the file list): %s' % (what, e, why))

    try:
        tarball = sorted(f for f in os.listdir(os.path.join(upsel, 'prog_tests'))
                         if f.endswith('.c'))
    except OSError:
        tarball = []
    with open(files) as f:
        listed = [l.strip() for l in f if l.strip() and not l.lstrip().startswith('#')]
    in_list = [l for l in listed if l.startswith('prog_tests/')]
    print()
    print('compat: %d prog_tests files in the 7.3 tarball, %d of them run here '
          '(selftests/compat/files.txt, %d BPF objects), plus the runner of the '
          'verifier_* objects' % (len(tarball), len(in_list),
                                   sum(1 for l in listed if l.startswith('progs/'))))
    print('compat: %d passed, %d failed, %d skipped, %d known failures, '
          '%d not applicable' % (count['pass'], count['fail'], count['skip'],
                                 count['known'], count['n/a']))
    if out:
        with open(out, 'w') as f:
            for name, (v, why) in verdicts.items():
                if v == 'parent':
                    continue
                st = v if v in ('pass', 'fail') else 'skip'
                f.write('%s compat/%s\n' % (st, name))
    return 1 if count['fail'] else 0


if __name__ == '__main__':
    sys.exit(main())
