#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Compare veristat CSV files of two kernels (base, series), level by level.

    veristat-compare.py BASE_DIR SERIES_DIR LEVEL...

Each DIR holds l<LEVEL>.csv written by selftests/bench/veristat.sh.  Prints,
per level: programs compared, verdict/insns/states/peak_states mismatches,
total verification time of each kernel and their ratio; and, for level 1,
the time spent on failing programs (where the series prints its reports).
Exit status 1 if a program's verdict differs (either way: a program the
series newly accepts needs a look as much as one it newly rejects), or if
a program with the same verdict differs in insns, states or peak states.
"""
import csv
import sys


def load(path):
    rows = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            rows[(r['file_name'], r['prog_name'])] = r
    return rows


def main():
    base_dir, series_dir, levels = sys.argv[1], sys.argv[2], sys.argv[3:]
    bad = 0
    l0 = {}
    for lvl in levels:
        b = load('%s/l%s.csv' % (base_dir, lvl))
        s = load('%s/l%s.csv' % (series_dir, lvl))
        common = sorted(set(b) & set(s))
        # Programs that use what only the series has (new kfuncs) fail on
        # the base: compare programs with the same verdict only, and count
        # the others.
        same = [k for k in common if b[k]['verdict'] == s[k]['verdict']]
        diff_verdict = [k for k in common if b[k]['verdict'] != s[k]['verdict']]
        mism = []
        for k in same:
            for f in ('total_insns', 'total_states', 'peak_states'):
                if b[k][f] != s[k][f]:
                    mism.append((k, f, b[k][f], s[k][f]))
        tb = sum(int(b[k]['duration']) for k in same)
        ts = sum(int(s[k]['duration']) for k in same)
        fails = [k for k in same if s[k]['verdict'] == 'failure']
        fb = sum(int(b[k]['duration']) for k in fails)
        fs = sum(int(s[k]['duration']) for k in fails)
        print('level %s: %d programs in both (%d failing), %d only in one, '
              '%d with another verdict' % (lvl, len(same), len(fails),
                                           len(set(b) ^ set(s)), len(diff_verdict)))
        print('  insns/states/peak_states differences: %d' % len(mism))
        for k, f, x, y in mism[:20]:
            print('    %s/%s %s: base %s, series %s' % (k[0], k[1], f, x, y))
        for k in diff_verdict[:20]:
            print('    verdict %s/%s: base %s, series %s' % (k[0], k[1], b[k]['verdict'],
                                                         s[k]['verdict']))
        print('  verification time, all programs:     base %9.3f s  series %9.3f s  (%+.2f%%)'
              % (tb / 1e6, ts / 1e6, (ts - tb) * 100.0 / tb if tb else 0))
        print('  verification time, failing programs: base %9.3f s  series %9.3f s  (%+.2f%%)'
              % (fb / 1e6, fs / 1e6, (fs - fb) * 100.0 / fb if fb else 0))
        bad += len(mism) + len(diff_verdict)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
