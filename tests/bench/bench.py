#!/usr/bin/env python3
"""iopdoc's benchmark: `make bench` runs it.  Prints a table and writes it
as Markdown to tests/bench/RESULTS.md.

Every figure is the median of several runs, all taken in one run of this
script on the same machine, so the ratios compare like with like:

- each seed agreement rendered as one process, against the floor
  (tests/bench/floor.c: libxml2 and libharu as a first attempt would use
  them, Debian's full DejaVu Sans, greedy lines), and again with the
  template's `[layout] hyphenate = no`: what hyphenation costs a document;
- `iopdoc build` of the generator's default mix (1 000 agreements with
  follow-ups and reports), cold at -j 1 and -j 2, then again with nothing
  changed, then with one agreement changed, then one follow-up;
- peak memory of the build's own process (the parent: it plans, the
  workers render) cold and with one agreement changed, and of its largest
  worker;
- one agreement with a 10 000-line budget;
- with --other BINARY, the builds again with that iopdoc (another commit's,
  say), in the same run, so that the two compare like with like.

With --scale, only the builds at -j 2 (cold, nothing changed, one follow-up
and one agreement changed, the parent's peak and the CPU time of each;
with --other, the same for that binary), written as the section "Scale: N
agreements" of RESULTS.md in place of that section of an earlier run: `bench.py --scale --agreements 4000`.

With --seeds, only the seeds (against the floor, and with and without
hyphenation), written as the section "Seed agreements, one process each"
of RESULTS.md in place of that section of an earlier run.

usage: bench.py [--agreements N] [--runs R] [--quick] [--other BINARY] [--scale] [--seeds]
"""
import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
WORK = os.path.join(TOP, "build", "bench")
IOPDOC = os.path.join(TOP, "iopdoc")
# the same program without tagging and PDF/A (make build/plain/iopdoc)
PLAIN = os.path.join(TOP, "build", "plain", "iopdoc")
FLOOR = os.path.join(WORK, "floor")
SEEDS = ["linkoping-rk-sprakvanner", "linkoping-ikf-inkludering", "lund-kompis-sverige",
         "linkoping-stadsmission-domkyrkopastorat"]


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def timed(cmd, **kw):
    """Wall time of one run and its CompletedProcess."""
    t = time.perf_counter()
    p = run(cmd, **kw)
    return time.perf_counter() - t, p


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def median_time(cmd, runs, before=None, cpu=None):
    """The median wall time of runs; with cpu (a list), the median CPU
    time (user and system, the build and its workers) is appended to it:
    on a machine others share, it says what the wall time cannot."""
    times, cpus = [], []
    for _ in range(runs):
        if before:
            before()
        c0 = children_cpu()
        t, p = timed(cmd)
        if p.returncode not in (0,):
            sys.exit(f"bench: {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr.decode()[-2000:]}")
        times.append(t)
        cpus.append(children_cpu() - c0)
    if cpu is not None:
        cpu.append(statistics.median(cpus))
    return statistics.median(times)


def build_floor():
    os.makedirs(WORK, exist_ok=True)
    flags = run(["xml2-config", "--cflags"]).stdout.decode().split()
    libs = run(["xml2-config", "--libs"]).stdout.decode().split()
    p = run(["cc", "-std=c17", "-O2", *flags, "-o", FLOOR,
             os.path.join(TOP, "tests", "bench", "floor.c"), "-lhpdf", *libs])
    if p.returncode != 0:
        sys.exit("bench: cannot build the floor:\n" + p.stderr.decode())


def child_maxrss_kb(cmd):
    """Peak RSS of a command (and its children), KB, and the process.  A
    fresh interpreter runs it, so that no earlier, larger child of ours
    is counted (RUSAGE_CHILDREN keeps the largest child ever waited for)."""
    probe = ("import resource, subprocess, sys\n"
             "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)\n")
    p = run([sys.executable, "-c", probe] + list(cmd))
    kb, _ = p.stdout.decode().split()
    return int(kb), p


def nohyph_template():
    """A copy of templates/default.ini with [layout] hyphenate = no (it
    finds the shipped fonts from anywhere, README "Templates")."""
    os.makedirs(WORK, exist_ok=True)
    with open(os.path.join(TOP, "templates", "default.ini"), encoding="utf-8") as f:
        text = f.read()
    text = text.replace("\nhyphenate = yes\n", "\nhyphenate = no\n")
    if "\nhyphenate = no\n" not in text:
        sys.exit("bench: templates/default.ini has no line 'hyphenate = yes'")
    path = os.path.join(WORK, "nohyph.ini")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


def seed_runs(runs):
    """(name, iopdoc s, floor s, iopdoc bytes, floor bytes, plain s, plain
    bytes, iopdoc without hyphenation s) of each seed."""
    nohyph = nohyph_template()
    rows = []
    for name in SEEDS:
        xml = os.path.join(TOP, "input", name + ".xml")
        pdf_i = os.path.join(WORK, name + ".pdf")
        pdf_f = os.path.join(WORK, name + ".floor.pdf")
        pdf_p = os.path.join(WORK, name + ".plain.pdf")
        pdf_n = os.path.join(WORK, name + ".nohyph.pdf")
        ti = median_time([IOPDOC, "agreement", "-o", pdf_i, xml], runs * 4 + 1)
        tf = median_time([FLOOR, xml, pdf_f], runs * 4 + 1)
        tp = median_time([PLAIN, "agreement", "-o", pdf_p, xml], runs * 4 + 1)
        tn = median_time([IOPDOC, "agreement", "-t", nohyph, "-o", pdf_n, xml], runs * 4 + 1)
        si, sf, sp = os.path.getsize(pdf_i), os.path.getsize(pdf_f), os.path.getsize(pdf_p)
        rows.append((name, ti, tf, si, sf, tp, sp, tn))
    return rows


def seed_section(seed_rows):
    """The section "Seed agreements, one process each", as lines."""
    lines = ["## Seed agreements, one process each\n"]
    lines.append("| agreement | iopdoc | floor | ratio (target ≤ 0.5) | iopdoc PDF | floor PDF | "
                 "without hyphenation | hyphenation costs |")
    lines.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, ti, tf, si, sf, _, _, tn in seed_rows:
        lines.append(f"| {name} | {ti * 1000:.1f} ms | {tf * 1000:.1f} ms | {ti / tf:.2f} | "
                     f"{si / 1024:.1f} KB | {sf / 1024:.1f} KB | {tn * 1000:.1f} ms | "
                     f"{(ti - tn) * 1000:+.1f} ms ({100 * (ti - tn) / tn:+.0f} %) |")
    s000 = seed_rows[0]
    lines.append("")
    lines.append(f"Seed 000 PDF: {s000[3]} bytes ({s000[3] / 1024:.1f} KB; target ≤ 32 KB: "
                 f"{'met' if s000[3] <= 32 * 1024 else 'missed'}); time ratio to the floor "
                 f"{s000[1] / s000[2]:.2f} (target ≤ 0.5: {'met' if s000[1] / s000[2] <= 0.5 else 'missed'}). "
                 f"Without hyphenation: the same documents with the template's `[layout] "
                 f"hyphenate = no`; what hyphenation costs is the difference (loading the "
                 f"patterns once per process included).\n")
    return lines


def seeds_only(runs):
    build_floor()
    sec = seed_section(seed_runs(runs))
    print("\n".join(sec))
    path = os.path.join(TOP, "tests", "bench", "RESULTS.md")
    with open(path, encoding="utf-8") as f:
        old = f.read()
    head = "## Seed agreements, one process each\n"
    at = old.find(head)
    if at < 0:
        sys.exit("bench: RESULTS.md has no seed section to replace")
    end = old.find("\n## ", at + len(head))
    new = old[:at] + "\n".join(sec) + ("\n" + old[end + 1:] if end >= 0 else "")
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    return 0


def build_json(out_dir, in_dir, jobs, extra=(), prog=None):
    p = run([prog or IOPDOC, "build", "--input", in_dir, "-o", out_dir, "-j", str(jobs),
             "--log-format=json", *extra])
    if p.returncode != 0:
        sys.exit(f"bench: build failed ({p.returncode}):\n{p.stderr.decode()[-3000:]}")
    # one JSON document: an array, an element per line
    return json.loads(p.stdout.decode())


def make_mix(n):
    mix = os.path.join(WORK, f"mix-{n}")
    if not os.path.isdir(mix):
        p = run([sys.executable, os.path.join(TOP, "tests", "bench", "generate.py"), mix,
                 "--agreements", str(n), "--seed", "1"])
        if p.returncode != 0:
            sys.exit("bench: generate.py failed:\n" + p.stderr.decode())
    return mix


def first_of(mix, root):
    """The first input in name order whose root element is root
    ("agreement" or "followup")."""
    for f in sorted(f for f in os.listdir(mix) if f.endswith(".xml")):
        with open(os.path.join(mix, f), encoding="utf-8") as fh:
            if f"<{root} " in fh.read(600):
                return os.path.join(mix, f)
    sys.exit(f"bench: no <{root}> in {mix}")


def edited_runs(prog, mix, out_dir, target, runs, cpu):
    """The median time of a build after target's title was edited (each
    run another edit), the parent's peak RSS (KB) of one more such build,
    and the tree back as it was."""
    cmd = [prog, "build", "--input", mix, "-o", out_dir, "-j", "2", "--quiet"]
    original = open(target, encoding="utf-8").read()
    flip = [0]

    def touch():
        flip[0] += 1
        text = original.replace("</title>", f" {'ändrad' if flip[0] % 2 else 'ny'}</title>", 1)
        open(target, "w", encoding="utf-8").write(text)

    try:
        t = median_time(cmd, runs, touch, cpu=cpu)
        touch()
        peak = build_json(out_dir, mix, 2, prog=prog)[-1]["peak_rss_kb"]
    finally:
        open(target, "w", encoding="utf-8").write(original)
    run(cmd)
    return t, peak


def scale_runs(prog, mix, out_dir, runs):
    """Cold, nothing changed, one follow-up changed and one agreement
    changed at -j 2: seconds, the parent's peak RSS (KB) of the cold and
    the changed builds, and the median CPU seconds of each (all
    processes)."""
    shutil.rmtree(out_dir, ignore_errors=True)
    c0 = children_cpu()
    t0 = time.perf_counter()
    lines = build_json(out_dir, mix, 2, prog=prog)
    cold = time.perf_counter() - t0
    cpu = [children_cpu() - c0]
    ndocs = sum(1 for l in lines if "output" in l)
    cmd = [prog, "build", "--input", mix, "-o", out_dir, "-j", "2", "--quiet"]
    # the first run after a cold build records the PDFs' file times
    run(cmd)
    noop = median_time(cmd, runs, cpu=cpu)
    fu, fu_peak = edited_runs(prog, mix, out_dir, first_of(mix, "followup"), runs, cpu)
    ag, ag_peak = edited_runs(prog, mix, out_dir, first_of(mix, "agreement"), runs, cpu)
    return dict(ndocs=ndocs, cold=cold, peak=lines[-1]["peak_rss_kb"], noop=noop,
                fu=fu, fu_peak=fu_peak, ag=ag, ag_peak=ag_peak, cpu=cpu)


def scale(a, runs):
    mix = make_mix(a.agreements)
    load = os.getloadavg()[0]
    m = scale_runs(IOPDOC, mix, os.path.join(WORK, "out"), runs)
    o = scale_runs(a.other, mix, os.path.join(WORK, "out-other"), runs) if a.other else None
    load = max(load, os.getloadavg()[0])
    head = f"## Scale: {a.agreements} agreements"
    lines = [head + "\n",
             f"`bench.py --scale --agreements {a.agreements}`: {m['ndocs']} documents, every build at -j 2; "
             f"the times of nothing and of one file changed are medians of {runs} runs (each run "
             f"another edit of the file's title). CPU: user and system time of the build and its "
             f"workers, which a machine shared with other work inflates less than the wall time "
             f"(load average up to {load:.1f} during this run, on {os.cpu_count()} cores).\n",
             "| run | time | CPU | the build's own process, peak | target |",
             "| --- | ---: | ---: | ---: | --- |"]

    def rows(r, who):
        def met(ok):
            return "met" if ok else "missed"
        mb = 60 * 1024
        return [f"| cold{who} | {r['cold']:.2f} s | {r['cpu'][0]:.1f} s | {r['peak'] / 1024:.1f} MB | "
                f"{'' if who else '< 60 MB: ' + met(r['peak'] < mb)} |",
                f"| nothing changed{who} | {r['noop'] * 1000:.0f} ms | {r['cpu'][1]:.2f} s | | |",
                f"| one follow-up changed{who} | {r['fu'] * 1000:.0f} ms | {r['cpu'][2]:.2f} s | "
                f"{r['fu_peak'] / 1024:.1f} MB | |",
                f"| one agreement changed{who} | {r['ag'] * 1000:.0f} ms | {r['cpu'][3]:.2f} s | "
                f"{r['ag_peak'] / 1024:.1f} MB | "
                f"{'' if who else '< 1 s: ' + met(r['ag'] < 1) + '; < 60 MB: ' + met(r['ag_peak'] < mb)} |"]

    lines += rows(m, "")
    if o:
        lines += rows(o, f", `{a.other}`")
    section = "\n".join(lines) + "\n"
    print(section)
    path = os.path.join(TOP, "tests", "bench", "RESULTS.md")
    text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# iopdoc benchmark results\n"
    start = text.find(head + "\n")
    if start >= 0:
        end = text.find("\n## ", start + len(head))
        text = text[:start] + section + (text[end + 1:] if end >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--agreements", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="fewer runs, for a try")
    ap.add_argument("--other", help="another iopdoc to time the builds with, for comparison")
    ap.add_argument("--scale", action="store_true", help="only the builds at -j 2, as a section")
    ap.add_argument("--seeds", action="store_true", help="only the seeds, as a section")
    a = ap.parse_args()
    runs = 3 if a.quick else a.runs
    if not os.access(IOPDOC, os.X_OK):
        sys.exit("bench: build ./iopdoc first (make)")
    if a.scale:
        return scale(a, runs)
    if a.seeds:
        return seeds_only(runs)
    build_floor()
    rows = []   # (what, iopdoc, other, ratio, target, ok)

    # 1. Seeds, one process each, against the floor.
    seed_rows = seed_runs(runs)

    # 2. The generator's default mix.
    mix = make_mix(a.agreements)
    out = os.path.join(WORK, "out")

    def cold():
        shutil.rmtree(out, ignore_errors=True)

    cold_runs = 1 if a.quick else 3
    results = {}
    for jobs in (1, 2):
        times = []
        for _ in range(cold_runs):
            cold()
            t0 = time.perf_counter()
            lines = build_json(out, mix, jobs)
            times.append(time.perf_counter() - t0)
        docs = [l for l in lines if "output" in l]
        summary = lines[-1]
        results[jobs] = (statistics.median(times), len(docs), sum(d["pages"] for d in docs), summary)
    t1, ndocs, npages, _ = results[1]
    t2, _, _, summary2 = results[2]
    # the same without tagging and PDF/A
    plain_out = os.path.join(WORK, "out-plain")
    plain_times = []
    for _ in range(cold_runs):
        shutil.rmtree(plain_out, ignore_errors=True)
        t0 = time.perf_counter()
        p = run([PLAIN, "build", "--input", mix, "-o", plain_out, "-j", "2", "--quiet"])
        plain_times.append(time.perf_counter() - t0)
    t2_plain = statistics.median(plain_times)

    def tree_bytes(d):
        return sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(d)
                   for f in fs if f.endswith(".pdf"))
    bytes_full, bytes_plain = tree_bytes(out), tree_bytes(plain_out)

    # 3. Nothing changed; one agreement changed (and the parent's peak then);
    #    one follow-up changed.
    def incremental(prog, out_dir):
        noop = median_time([prog, "build", "--input", mix, "-o", out_dir, "-j", "2", "--quiet"],
                           runs * 2 + 1)
        one, one_peak = edited_runs(prog, mix, out_dir, first_of(mix, "agreement"), runs, None)
        one_fu, _ = edited_runs(prog, mix, out_dir, first_of(mix, "followup"), runs, None)
        return noop, one, one_peak, one_fu

    noop, one, one_peak, one_fu = incremental(IOPDOC, out)
    other = None
    if a.other:
        other_out = os.path.join(WORK, "out-other")
        times = []
        for _ in range(cold_runs):
            shutil.rmtree(other_out, ignore_errors=True)
            t0 = time.perf_counter()
            lines = build_json(other_out, mix, 2, prog=a.other)
            times.append(time.perf_counter() - t0)
        other = (statistics.median(times), lines[-1]["peak_rss_kb"]) + incremental(a.other, other_out)

    # 4. A 10 000-line budget.
    big = os.path.join(WORK, "big")
    if not os.path.isdir(big):
        p = run([sys.executable, os.path.join(TOP, "tests", "bench", "generate.py"), big,
                 "--budget-lines", "10000", "--seed", "1"])
        if p.returncode != 0:
            sys.exit("bench: generate.py --budget-lines failed:\n" + p.stderr.decode())
    bigxml = os.path.join(big, sorted(os.listdir(big))[0])
    bigpdf = os.path.join(WORK, "big.pdf")
    tbig = median_time([IOPDOC, "agreement", "-o", bigpdf, bigxml], runs)
    rss_big, _ = child_maxrss_kb([IOPDOC, "agreement", "-o", bigpdf, bigxml])
    bigpdf_plain = os.path.join(WORK, "big.plain.pdf")
    tbig_plain = median_time([PLAIN, "agreement", "-o", bigpdf_plain, bigxml], runs)
    rss_big_plain, _ = child_maxrss_kb([PLAIN, "agreement", "-o", bigpdf_plain, bigxml])
    big_pages = run(["pdfinfo", bigpdf]).stdout.decode()
    big_pages = int(next(l.split()[-1] for l in big_pages.splitlines() if l.startswith("Pages:")))

    # The table.
    lines = []
    lines.append("# iopdoc benchmark results\n")
    lines.append(f"Made by `make bench` on {platform.node() or 'this machine'} "
                 f"({os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}); "
                 f"every time is the median of several runs taken in the same run of the benchmark.\n")
    lines.extend(seed_section(seed_rows))
    lines.append(f"## `iopdoc build` of {a.agreements} generated agreements with follow-ups and reports\n")
    lines.append(f"{ndocs} documents, {npages} pages.\n")
    lines.append("| run | time | documents/s | pages/s | target |")
    lines.append("| --- | ---: | ---: | ---: | --- |")
    lines.append(f"| cold, -j 1 | {t1:.2f} s | {ndocs / t1:.0f} | {npages / t1:.0f} | |")
    lines.append(f"| cold, -j 2 | {t2:.2f} s | {ndocs / t2:.0f} | {npages / t2:.0f} | ≥ 200 documents/s: "
                 f"{'met' if ndocs / t2 >= 200 else 'missed'} |")
    lines.append(f"| -j 2 against -j 1 | {t1 / t2:.2f}× | | | ≥ 1.7×: {'met' if t1 / t2 >= 1.7 else 'missed'} |")
    lines.append(f"| nothing changed | {noop * 1000:.0f} ms | | | < 2 % of cold: {100 * noop / t2:.2f} % "
                 f"{'met' if noop < 0.02 * t2 else 'missed'} |")
    lines.append(f"| one agreement changed | {one * 1000:.0f} ms | | | < 1 s: "
                 f"{'met' if one < 1 else 'missed'} |")
    lines.append(f"| one follow-up changed | {one_fu * 1000:.0f} ms | | | |")
    lines.append("")
    lines.append("| memory | peak RSS | target |")
    lines.append("| --- | ---: | --- |")
    lines.append(f"| the build's own process, cold (-j 2) | {summary2['peak_rss_kb'] / 1024:.1f} MB | "
                 f"< 60 MB: {'met' if summary2['peak_rss_kb'] < 60 * 1024 else 'missed'} |")
    lines.append(f"| the build's own process, one agreement changed | {one_peak / 1024:.1f} MB | "
                 f"< 60 MB: {'met' if one_peak < 60 * 1024 else 'missed'} |")
    lines.append(f"| largest worker | {summary2['worker_peak_rss_kb'] / 1024:.1f} MB | < 30 MB: "
                 f"{'met' if summary2['worker_peak_rss_kb'] < 30 * 1024 else 'missed'} |")
    lines.append("")
    if other:
        o_cold, o_peak, o_noop, o_one, o_one_peak, o_one_fu = other
        lines.append(f"### Against `{a.other}`, in the same run\n")
        lines.append("| run | this iopdoc | the other | ratio |")
        lines.append("| --- | ---: | ---: | ---: |")
        lines.append(f"| cold, -j 2 | {t2:.2f} s | {o_cold:.2f} s | {t2 / o_cold:.2f} |")
        lines.append(f"| nothing changed | {noop * 1000:.0f} ms | {o_noop * 1000:.0f} ms | {noop / o_noop:.2f} |")
        lines.append(f"| one agreement changed | {one * 1000:.0f} ms | {o_one * 1000:.0f} ms | "
                     f"{one / o_one:.2f} |")
        lines.append(f"| one follow-up changed | {one_fu * 1000:.0f} ms | {o_one_fu * 1000:.0f} ms | "
                     f"{one_fu / o_one_fu:.2f} |")
        lines.append(f"| own process, cold | {summary2['peak_rss_kb'] / 1024:.1f} MB | {o_peak / 1024:.1f} MB | "
                     f"{summary2['peak_rss_kb'] / o_peak:.2f} |")
        lines.append(f"| own process, one changed | {one_peak / 1024:.1f} MB | {o_one_peak / 1024:.1f} MB | "
                     f"{one_peak / o_one_peak:.2f} |")
        lines.append("")
    lines.append("## One agreement with a 10 000-line budget\n")
    lines.append(f"{big_pages} pages in {tbig:.2f} s with a peak RSS of {rss_big / 1024:.1f} MB "
                 f"(targets < 2 s: {'met' if tbig < 2 else 'missed'}; < 100 MB: "
                 f"{'met' if rss_big < 100 * 1024 else 'missed'}).\n")
    lines.append("## What PDF/A-2b and tagging cost\n")
    lines.append("The same program built without them (`build/plain/iopdoc`, "
                 "tests/bench/plain.c's stand-ins: no structure tree, marked content, XMP, output "
                 "intent or ToUnicode maps), on the same inputs.\n")
    lines.append("| what | archival and tagged | plain | cost |")
    lines.append("| --- | ---: | ---: | ---: |")
    for name, ti, tf, si, sf, tp, sp, _ in seed_rows:
        lines.append(f"| {name}: time | {ti * 1000:.1f} ms | {tp * 1000:.1f} ms | "
                     f"{(ti - tp) * 1000:+.1f} ms ({100 * (ti - tp) / tp:+.0f} %) |")
        lines.append(f"| {name}: size | {si / 1024:.1f} KB | {sp / 1024:.1f} KB | "
                     f"{(si - sp) / 1024:+.1f} KB ({100 * (si - sp) / sp:+.0f} %) |")
    lines.append(f"| build of the mix, cold, -j 2 | {t2:.2f} s | {t2_plain:.2f} s | "
                 f"{100 * (t2 - t2_plain) / t2_plain:+.0f} % |")
    lines.append(f"| all PDFs of the mix | {bytes_full / 1048576:.1f} MB | {bytes_plain / 1048576:.1f} MB | "
                 f"{100 * (bytes_full - bytes_plain) / bytes_plain:+.0f} % |")
    lines.append(f"| 10 000-line budget: time | {tbig:.2f} s | {tbig_plain:.2f} s | "
                 f"{100 * (tbig - tbig_plain) / tbig_plain:+.0f} % |")
    lines.append(f"| 10 000-line budget: peak RSS | {rss_big / 1024:.1f} MB | {rss_big_plain / 1024:.1f} MB | "
                 f"{(rss_big - rss_big_plain) / 1024:+.1f} MB |")
    lines.append(f"| 10 000-line budget: size | {os.path.getsize(bigpdf) / 1048576:.2f} MB | "
                 f"{os.path.getsize(bigpdf_plain) / 1048576:.2f} MB | "
                 f"{100 * (os.path.getsize(bigpdf) - os.path.getsize(bigpdf_plain)) / os.path.getsize(bigpdf_plain):+.0f} % |")
    lines.append("")
    text = "\n".join(lines) + "\n"
    print(text)
    path = os.path.join(TOP, "tests", "bench", "RESULTS.md")
    # the sections of --scale runs stay
    old = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
    at = old.find("\n## Scale: ")
    if at >= 0:
        text = text.rstrip("\n") + "\n" + old[at:]
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
