"""lines: the text lines of a PDF as mutool's trace draws them, with each
word space's width against the font's natural space.

Shared by loose_lines.py (the word-space check) and measure.py (the
characters of a body line).  A line is the glyphs of one page drawn on
one baseline; its spaces are the space glyphs (U+0020) iopdoc draws
between words, each widened by the word spacing (Tw) a justified line
gets.  A space's natural width is its glyph's advance at the size it is
drawn in (the trace's adv times the font size), so the ratio of its
drawn width (up to the next glyph) to that is 1 in a line set at its
natural width, 2 in a line whose spaces are stretched to twice theirs.
"""

import subprocess
import xml.etree.ElementTree as ET


class Line:
    __slots__ = ("page", "baseline", "x0", "x1", "size", "text", "ratios")

    def __init__(self, page, baseline):
        self.page, self.baseline = page, baseline
        self.x0 = self.x1 = None
        self.size = 0.0
        self.text = ""
        self.ratios = []    # per word space: drawn width / natural width


def trace(pdf):
    """mutool's trace of a PDF as an element tree, or None."""
    try:
        r = subprocess.run(["mutool", "draw", "-F", "trace", "-o", "-", str(pdf)],
                           capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if r.returncode != 0:
        return None
    try:
        return ET.fromstring(r.stdout)
    except ET.ParseError:
        return None


def page_glyphs(page):
    """(x0, x1, baseline, size, char, natural advance) of a page's upright
    glyphs, in the order drawn."""
    out = []
    for ft in page.iter():
        if ft.tag not in ("fill_text", "stroke_text"):
            continue
        a, b, c, d, e, f = (float(v) for v in ft.get("transform").split())
        for span in ft.iter("span"):
            ta, tb, tc, td = (float(v) for v in span.get("trm").split())
            if abs(tb) > 1e-6 or abs(tc) > 1e-6 or span.get("wmode", "0") != "0":
                continue    # rotated: the draft mark
            size = abs(td * d)
            for g in span.iter("g"):
                x, y = float(g.get("x")), float(g.get("y"))
                x0 = a * x + c * y + e
                base = b * x + d * y + f
                adv = float(g.get("adv", "0")) * ta * a
                out.append((x0, x0 + adv, base, size, g.get("unicode", ""), adv))
    return out


def pdf_lines(pdf):
    """The lines of every page of pdf: a list of (page width, [Line])
    per page; [] when mutool cannot read it (a damaged PDF of the fault
    tests)."""
    doc = trace(pdf)
    if doc is None:
        return []
    res = []
    for n, page in enumerate(doc.iter("page"), 1):
        mx0, my0, mx1, my1 = (float(v) for v in page.get("mediabox").split())
        gl = page_glyphs(page)
        lines = {}
        for i, (x0, x1, base, size, ch, adv) in enumerate(gl):
            key = round(base, 1)
            ln = lines.get(key)
            if ln is None:
                ln = lines[key] = Line(n, base)
            ln.text += ch
            if ch == " ":
                # the space's drawn width: to the next glyph drawn on
                # this baseline after it
                nxt = gl[i + 1] if i + 1 < len(gl) else None
                if (nxt is not None and abs(nxt[2] - base) < 0.05 and nxt[0] > x0 and
                        nxt[4] != " " and adv > 0):
                    ln.ratios.append((nxt[0] - x0) / adv)
                continue
            if ch == "" or x1 - x0 <= 0 or ch.isspace():
                continue
            ln.x0 = x0 if ln.x0 is None else min(ln.x0, x0)
            ln.x1 = x1 if ln.x1 is None else max(ln.x1, x1)
            ln.size = max(ln.size, size)
        res.append((mx1 - mx0, sorted((ln for ln in lines.values() if ln.x0 is not None),
                                      key=lambda ln: ln.baseline)))
    return res
