#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Upstream 7.3's tests on the series kernel and on the 7.3 kernel, side by side.

  side-by-side.py SERIES_REPORT UPSTREAM_REPORT

Both files are report.py's verdict lines ("<verdict> <test>[  # why]"):
the series' with its n/a and known lists applied, 7.3's without them.
Prints one row per test or subtest, then the counts.  Exit 1 when a test
passes on 7.3 and fails on the series without being n/a or known (what
issue 12 calls a compatibility failure), else 0.
"""
import collections
import sys

VERDICTS = ('pass', 'fail', 'skip', 'n/a', 'known', 'parent')


def load(path):
    res = collections.OrderedDict()
    with open(path) as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                break
            head, _, why = line.partition('  # ')
            parts = head.split(None, 1)
            if len(parts) != 2 or parts[0] not in VERDICTS:
                continue
            if why.startswith('not run here'):
                continue
            res[parts[1].strip()] = parts[0]
    return res


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    ser, up = load(sys.argv[1]), load(sys.argv[2])
    names = list(ser) + [n for n in up if n not in ser]
    width = max([len(n) for n in names] + [4])
    print('%-*s  %-7s %s' % (width, 'test', 'series', '7.3'))
    count = collections.Counter()
    bad = []
    for n in names:
        s, u = ser.get(n, '-'), up.get(n, '-')
        print('%-*s  %-7s %s' % (width, n, s, u))
        if u == 'pass':
            count['7.3 pass'] += 1
            count['7.3 pass, series ' + s] += 1
            if s in ('fail', 'skip', '-'):
                bad.append(n)
        elif s == 'pass':
            count['series pass, 7.3 ' + u] += 1
    print()
    keys = ['7.3 pass'] + sorted(k for k in count if k != '7.3 pass')
    print('side by side: %d tests and subtests; ' % len(names) +
          ', '.join('%s: %d' % (k, count[k]) for k in keys))
    for n in bad:
        print('compat failure: %s passes on 7.3, %s on the series' % (n, ser.get(n, 'not run')))
    print('side by side: %d compatibility failure(s)' % len(bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
