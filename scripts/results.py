#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0
"""Turn a test run's logs into per-test results and compare with a baseline.

  results.py parse RUN_DIR > results.txt
  results.py compare RESULTS BASELINE [--extra RESULTS...]

A results file has one line per test: "<pass|fail|skip> <name>", and may
carry "  # reason" after the name (baselines do, for failures).  Names:
  test_verifier/<description> (<p|u>)   one per test_verifier case
  test_progs/<test>[/<subtest>]         one per test and subtest
  kernel/<kind>: <where>                a splat in the guest's kernel log
  kmemleak/<first backtrace symbol>     a kmemleak report
  checks/<what>                         static checks made by scripts/test

compare prints a table per suite and the tests that decide the outcome,
ends with "N passed, N failed, N skipped" and exits 1 if anything failed:
a test that passed in the baseline and does not pass now, or a test the
baseline does not have that fails now.  Known failures (failed in the
baseline too) and skips are counted as skipped.
"""
import collections
import json
import os
import re
import sys

PROGS_RE = re.compile(r'^#(\d+)(?:/(\d+))?\s+(.+?):(OK|FAIL|SKIP)(?: \(.*\))?$')
VERIF_OK = re.compile(r'^(.*?) (?:\d+ cases )?OK(?: \(NOTE:.*\))?$')
VERIF_SKIP = re.compile(r'^(.*?) SKIP(?: \(.*\))?$')
VERIF_FAIL = re.compile(r'^(.*?) FAIL\b.*$')
STATUS = {'OK': 'pass', 'FAIL': 'fail', 'SKIP': 'skip'}

# Kernel log lines that must not appear in a test run.
SPLATS = [
    ('BUG', re.compile(r'\bBUG: (.*)')),
    ('WARNING', re.compile(r'\bWARNING: .* at (\S+?)(?::\d+)? (\S+?)(?:\+0x\S+)?$')),
    ('WARNING', re.compile(r'\bWARNING: (.*)')),
    ('UBSAN', re.compile(r'\bUBSAN: (.*?)(?: in (\S+?):\d+:\d+)?$')),
    ('KASAN', re.compile(r'\bKASAN: (.*)')),
    ('lockdep', re.compile(r'(possible circular locking dependency detected|'
                           r'inconsistent lock state|possible recursive locking|'
                           r'suspicious RCU usage|lock held when returning|'
                           r'bad unlock balance)')),
    ('panic', re.compile(r'Kernel panic - (.*)')),
    ('oops', re.compile(r'(general protection fault|Oops:)')),
]


def strip_ts(line):
    return re.sub(r'^\[\s*\d+\.\d+\]\s*', '', line.rstrip('\r\n'))


def parse_verifier(path, out):
    """test_verifier prints "#N/p <description> " and then the verdict,
    on the same line (OK, SKIP (why), FAIL...) or, for some failures, after
    lines of detail."""
    seen = collections.Counter()
    pending = None

    def add(status, desc, kind):
        name = '%s (%s)' % (desc.strip(), kind)
        seen[name] += 1
        if seen[name] > 1:
            name += ' #%d' % seen[name]
        out.append((status, 'test_verifier/' + name))

    for raw in open(path, errors='replace'):
        line = raw.rstrip('\n')
        m = re.match(r'^#\d+/([pu]) (.*)$', line)
        if not m:
            if pending and re.search(r'\bFAIL\b', line):
                add('fail', *pending)
                pending = None
            continue
        if pending:
            add('fail', *pending)
            pending = None
        kind, rest = m.group(1), m.group(2)
        for rx, status in ((VERIF_OK, 'pass'), (VERIF_SKIP, 'skip'), (VERIF_FAIL, 'fail')):
            v = rx.match(rest)
            if v:
                add(status, v.group(1), kind)
                break
        else:
            pending = (rest, kind)
    if pending:
        add('fail', *pending)


def parse_progs(path, out):
    """Per-test lines from the text log; test_progs' --json-summary (next
    to it, when there) is the authority on what failed and how many ran:
    a test it lists as failed is a failure whatever the text said, and
    counts that disagree with the text fail a check of their own."""
    mine = []
    for raw in open(path, errors='replace'):
        m = PROGS_RE.match(raw.rstrip('\n'))
        if m:
            mine.append([STATUS[m.group(4)], 'test_progs/' + m.group(3)])
    jpath = os.path.join(os.path.dirname(path), 'test_progs.json')
    if os.path.exists(jpath):
        try:
            with open(jpath, errors='replace') as f:
                js = json.load(f)
        except ValueError:
            js = None
        if js is None:
            out.append(('fail', 'checks/test_progs json summary readable'))
        else:
            failed = set()
            for t in js.get('results', []):
                if t.get('failed'):
                    failed.add('test_progs/' + t['name'])
                for st in t.get('subtests', []):
                    if st.get('failed'):
                        failed.add('test_progs/%s/%s' % (t['name'], st['name']))
            names = {n for _, n in mine}
            for r in mine:
                if r[1] in failed:
                    r[0] = 'fail'
            for n in sorted(failed - names):
                mine.append(['fail', n])
            uniq = {}
            for st_, n in mine:
                uniq.setdefault(n, st_)
            top = collections.Counter(s for n, s in uniq.items() if n.count('/') == 1)
            # test_progs counts a test it skipped whole as a success too
            ok = (top['pass'] + top['skip'] == js.get('success') and
                  top['fail'] == js.get('failed'))
            out.append(('pass' if ok else 'fail',
                        'checks/test_progs text and json summary agree'))
    out.extend((s, n) for s, n in mine)


def parse_console(path, out):
    seen = set()
    lines = [strip_ts(l) for l in open(path, errors='replace')]
    for i, line in enumerate(lines):
        for kind, rx in SPLATS:
            m = rx.search(line)
            if not m:
                continue
            where = ' '.join(g for g in m.groups() if g)
            where = re.sub(r'\b(CPU|PID): *\d+', '', where)
            where = re.sub(r'0x[0-9a-f]+|\b\d{3,}\b', 'N', where)
            name = 'kernel/%s: %s' % (kind, where.strip()[:100])
            if name not in seen:
                seen.add(name)
                out.append(('fail', name))
            break


def parse_kmemleak(path, out):
    text = open(path, errors='replace').read()
    seen = set()
    for block in text.split('unreferenced object')[1:]:
        sym = 'unknown'
        bt = block.split('backtrace:', 1)
        if len(bt) == 2:
            for l in bt[1].splitlines():
                m = re.search(r'\]\s+(\S+?)\+0x', l) or re.search(r'^\s+(\S+?)\+0x', l)
                if m and not re.match(r'(kmemleak|__kmalloc|kmalloc|kmem_cache|'
                                      r'__kvmalloc|kvmalloc|slab|__alloc|alloc_pages|'
                                      r'__vmalloc|vmalloc|pcpu|__do_kmalloc|'
                                      r'__kmem|bpf_map_kmalloc|bpf_map_kzalloc)', m.group(1)):
                    sym = m.group(1)
                    break
        name = 'kmemleak/' + sym
        if name not in seen:
            seen.add(name)
            out.append(('fail', name))


def parse(run):
    out = []
    for fname, parser in (('test_verifier.log', parse_verifier),
                          ('test_progs.log', parse_progs),
                          ('console.log', parse_console),
                          ('kmemleak.txt', parse_kmemleak)):
        f = os.path.join(run, fname)
        if os.path.exists(f):
            parser(f, out)
    # test_progs repeats failed tests in its closing summary: once each.
    done = set()
    for status, name in out:
        if name not in done:
            done.add(name)
            print('%s %s' % (status, name))


def load(path):
    res = collections.OrderedDict()
    for line in open(path):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        reason = ''
        if '  # ' in line:
            line, reason = line.split('  # ', 1)
        status, name = line.split(' ', 1)
        res[name] = (status, reason)
    return res


def suite(name):
    if name.startswith('test_progs/'):
        return 'test_progs'
    return name.split('/', 1)[0]


def compare(results, baseline, extras):
    now = load(results)
    for e in extras:
        now.update(load(e))
    base = load(baseline) if baseline and os.path.exists(baseline) else {}
    table = collections.OrderedDict()
    bad, notes = [], []
    npass = nfail = nskip = nknown = 0
    for name, (st, _) in now.items():
        b = base.get(name, (None, ''))[0]
        if st == 'pass':
            verdict = 'pass'
            if b == 'fail':
                notes.append('fixed      %s' % name)
        elif b == 'pass':
            verdict = 'fail'
            bad.append('REGRESSION %s (%s now, passed in the baseline)' % (name, st))
        elif st == 'fail' and b == 'fail':
            verdict = 'known'
        elif st == 'fail':
            verdict = 'fail'
            bad.append('NEW FAIL   %s' % name)
        else:
            verdict = 'skip'
        row = table.setdefault(suite(name), collections.Counter())
        row[verdict] += 1
        if verdict == 'pass':
            npass += 1
        elif verdict == 'fail':
            nfail += 1
        elif verdict == 'known':
            nknown += 1
        else:
            nskip += 1
    for name, (st, _) in base.items():
        if st == 'pass' and name not in now and not name.startswith(('kernel/', 'kmemleak/')):
            bad.append('MISSING    %s (passed in the baseline, did not run)' % name)
            table.setdefault(suite(name), collections.Counter())['fail'] += 1
            nfail += 1
    print('%-16s %7s %7s %7s %7s' % ('suite', 'pass', 'fail', 'known', 'skip'))
    for s, c in table.items():
        print('%-16s %7d %7d %7d %7d' % (s, c['pass'], c['fail'], c['known'], c['skip']))
    for n in notes[:50]:
        print(n)
    for b in bad[:200]:
        print(b)
    if len(bad) > 200:
        print('... and %d more' % (len(bad) - 200))
    # failures the base has too are neither passes nor skips: say so
    # before the closing line, which CI reads
    print('known: %d failures that the baseline has too' % nknown)
    print('%d passed, %d failed, %d skipped' % (npass, nfail, nskip))
    return 1 if nfail else 0


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == 'parse':
        parse(sys.argv[2])
        return 0
    if len(sys.argv) >= 4 and sys.argv[1] == 'compare':
        extras = []
        args = sys.argv[4:]
        while args:
            if args[0] == '--extra' and len(args) > 1:
                extras.append(args[1])
                args = args[2:]
            else:
                sys.exit('unknown argument ' + args[0])
        return compare(sys.argv[2], sys.argv[3], extras)
    sys.exit(__doc__)


if __name__ == '__main__':
    sys.exit(main())
