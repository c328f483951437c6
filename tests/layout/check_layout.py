#!/usr/bin/env python3
"""check_layout: no text off the page's text area, no text over other text.

usage: check_layout.py [--quiet] [--template FILE] FILE.pdf...

Reads every glyph of each FILE with `mutool draw -F trace` (its origin,
advance and font size) and checks the layout invariant iopdoc promises:

  margin    every glyph lies inside the text area the template's margins
            leave, or the wider frame of its table margins (tables and
            section headings span it; a point of tolerance), except the
            running heads
  head      a running head (a glyph on the header or footer baseline,
            template header-offset and footer-offset) lies between the
            left and right margins and at least EDGE_MM from every edge
  overlap   no two words' boxes intersect by more than a small tolerance

A glyph's box is its advance horizontally and, vertically, its ink from
0.7 of the font size above the baseline to 0.2 below: the font's full
ascent and descent would make the lines of a tightly set table touch.
Spaces are skipped (a justified line keeps its breaking space, stretched,
past the margin, where nothing is drawn).  Rotated text (the draft mark,
under everything by design) is left out.

The margins come from the template (default: templates/default.ini beside
this tree, read the way iopdoc reads it; a key not given keeps iopdoc's
built-in default).  Prints "check_layout: FILE: ok" or one line per problem
(at most MAX_LINES per file), and last "layout: N passed, M failed".
Exit status 0 when every file passes, 1 when one fails, 2 on usage errors.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TOP = Path(__file__).resolve().parent.parent.parent
PT_PER_MM = 72 / 25.4
TOL = 1.0           # pt a glyph may stand over a margin (rounding)
OVERLAP_TOL = 0.5   # pt two boxes may share in both directions
EDGE_MM = 5.0       # running heads keep this far from the paper's edge
HEAD_BASELINE_TOL = 1.0
MAX_LINES = 8

# iopdoc's built-in values (src/template.c), used for keys a template
# does not give.
DEFAULTS = {
    "margin-top": "28mm", "margin-bottom": "25mm", "margin-left": "25mm",
    "margin-right": "25mm", "header-offset": "14mm", "footer-offset": "12mm",
}


def length(v):
    # a bare number is points, as src/template.c reads it
    m = re.fullmatch(r"\s*([0-9.]+)\s*(mm|cm|pt|)\s*", v)
    if not m:
        raise ValueError("not a length: %r" % v)
    n = float(m.group(1))
    return n * {"mm": PT_PER_MM, "cm": 10 * PT_PER_MM, "pt": 1.0, "": 1.0}[m.group(2)]


def read_template(path):
    """The [page] lengths of a template, in pt."""
    vals = dict(DEFAULTS)
    section = ""
    if path is not None:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line.strip("[]").strip()
            elif section == "page" and "=" in line:
                k, v = (s.strip() for s in line.split("=", 1))
                if k in vals or k.startswith("table-margin-"):
                    vals[k] = v
    t = {k: length(v) for k, v in vals.items()}
    # the frame tables and running heads span (left out: the margins);
    # every glyph must lie inside it, the running text inside it too
    for side in ("left", "right"):
        k = "table-margin-" + side
        t[k] = length(vals[k]) if k in vals else t["margin-" + side]
        t["frame-" + side] = min(t[k], t["margin-" + side])
    return t


class Word:
    __slots__ = ("text", "x0", "x1", "top", "bottom", "baseline", "size")

    def __init__(self, size, baseline):
        self.text, self.size, self.baseline = "", size, baseline
        self.x0 = self.x1 = self.top = self.bottom = None

    def add(self, c, x0, x1):
        self.text += c
        top, bottom = self.baseline - 0.7 * self.size, self.baseline + 0.2 * self.size
        self.x0 = x0 if self.x0 is None else min(self.x0, x0)
        self.x1 = x1 if self.x1 is None else max(self.x1, x1)
        self.top, self.bottom = top, bottom


def page_words(page):
    """The words of a page of mutool's trace: runs of glyphs that follow
    each other on one baseline; a glyph that steps back or jumps ahead
    starts a new word, so text drawn over text shows as two words.  The
    trace, unlike mutool's text extraction, keeps glyphs off the page."""
    words = []
    for ft in page.iter():
        if ft.tag not in ("fill_text", "stroke_text"):
            continue
        a, b, c, d, e, f = (float(v) for v in ft.get("transform").split())
        for span in ft.iter("span"):
            ta, tb, tc, td = (float(v) for v in span.get("trm").split())
            if abs(tb) > 1e-6 or abs(tc) > 1e-6 or span.get("wmode", "0") != "0":
                continue    # rotated: the draft mark
            size = abs(td * d)
            cur = None
            for g in span.iter("g"):
                ch = g.get("unicode", "")
                x, y = float(g.get("x")), float(g.get("y"))
                x0 = a * x + c * y + e
                base = b * x + d * y + f
                x1 = x0 + float(g.get("adv", "0")) * ta * a
                if ch.isspace() or ch == "" or x1 - x0 <= 0:
                    cur = None
                    continue
                if (cur is None or abs(base - cur.baseline) > 0.01 or
                        x0 < cur.x1 - 0.3 or x0 > cur.x1 + 0.3):
                    cur = Word(size, base)
                    words.append(cur)
                cur.add(ch, x0, x1)
    return words


def check_page(words, pw, ph, t, where, problems):
    left, right = t["frame-left"] - TOL, pw - t["frame-right"] + TOL
    top, bottom = t["margin-top"] - TOL, ph - t["margin-bottom"] + TOL
    edge = EDGE_MM * PT_PER_MM
    head_y = t["header-offset"]
    foot_y = ph - t["footer-offset"]
    for w in words:
        head = (abs(w.baseline - head_y) <= HEAD_BASELINE_TOL or
                abs(w.baseline - foot_y) <= HEAD_BASELINE_TOL)
        if head:
            if (w.x0 < left or w.x1 > right or w.top < edge or w.bottom > ph - edge):
                problems.append(("head", "%s: running head \"%s\" at x %.1f-%.1f, y %.1f "
                                 "leaves the band between the margins" %
                                 (where, w.text, w.x0, w.x1, w.baseline)))
        elif w.x0 < left or w.x1 > right or w.top < top or w.bottom > bottom:
            side = ("left" if w.x0 < left else "right" if w.x1 > right else
                    "top" if w.top < top else "bottom")
            problems.append(("margin", "%s: \"%s\" (%.1f pt) crosses the %s margin: "
                             "x %.1f-%.1f, baseline %.1f from the top; the text area is "
                             "x %.1f-%.1f, y %.1f-%.1f" %
                             (where, w.text, w.size, side, w.x0, w.x1, w.baseline,
                              left + TOL, right - TOL, top + TOL, bottom - TOL)))
    # overlaps: a sweep down the page
    order = sorted(words, key=lambda w: w.top)
    active = []
    for w in order:
        active = [a for a in active if a.bottom - w.top > OVERLAP_TOL]
        for a in active:
            ix = min(a.x1, w.x1) - max(a.x0, w.x0)
            iy = min(a.bottom, w.bottom) - max(a.top, w.top)
            if ix > OVERLAP_TOL and iy > OVERLAP_TOL:
                problems.append(("overlap", "%s: \"%s\" and \"%s\" overprint each other "
                                 "at x %.1f, baseline %.1f and %.1f" %
                                 (where, a.text, w.text, max(a.x0, w.x0),
                                  a.baseline, w.baseline)))
        active.append(w)


def check_file(path, t):
    """The problems of one PDF: a list of (rule, message)."""
    try:
        r = subprocess.run(["mutool", "draw", "-F", "trace", "-o", "-", str(path)],
                           capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [("read", "mutool failed: %s" % e)]
    if r.returncode != 0:
        return [("read", "mutool failed: %s" % r.stderr.decode(errors="replace").strip())]
    try:
        doc = ET.fromstring(r.stdout)
    except ET.ParseError as e:
        return [("read", "cannot parse mutool's text: %s" % e)]
    problems = []
    for n, page in enumerate(doc.iter("page"), 1):
        x0, y0, x1, y1 = (float(v) for v in page.get("mediabox").split())
        pw, ph = x1 - x0, y1 - y0
        check_page(page_words(page), pw, ph, t, "page %d" % n, problems)
    return problems


def main(argv):
    quiet, template, files = False, TOP / "templates" / "default.ini", []
    args = iter(argv)
    for a in args:
        if a == "--quiet":
            quiet = True
        elif a == "--template":
            template = next(args, None)
            if template is None:
                sys.stderr.write("check_layout: --template needs a file\n")
                return 2
        elif a.startswith("-"):
            sys.stderr.write("check_layout: unknown option %s\n"
                             "usage: check_layout.py [--quiet] [--template FILE] FILE.pdf...\n" % a)
            return 2
        else:
            files.append(a)
    if not files:
        sys.stderr.write("usage: check_layout.py [--quiet] [--template FILE] FILE.pdf...\n")
        return 2
    t = read_template(template)
    passed = failed = 0
    for f in files:
        # a PDF made with another template is kept with it as NAME.ini
        own = Path(f).with_suffix(".ini")
        problems = check_file(f, read_template(own) if own.is_file() else t)
        if not problems:
            passed += 1
            if not quiet:
                print("check_layout: %s: ok" % f)
            continue
        failed += 1
        for rule, msg in problems[:MAX_LINES]:
            print("check_layout: %s: %s: %s" % (f, rule, msg))
        if len(problems) > MAX_LINES:
            print("check_layout: %s: ... and %d more" % (f, len(problems) - MAX_LINES))
    print("layout: %d passed, %d failed" % (passed, failed))
    sys.stdout.flush()
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
