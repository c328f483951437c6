#!/usr/bin/env python3
"""loose_lines: how loose are the justified lines of some PDFs?

usage: loose_lines.py [--template FILE] [--verbose] FILE.pdf...

A measure, not a test (issue 14): reads each FILE's words and their boxes
with `pdftotext -bbox-layout` and takes the lines that are set justified:
a line of at least three words whose right end lies at the text area's
right margin (within TOL pt; the template's margins, as check_layout.py
reads them), and that is not the last line of its block.  A line's word
space is the median gap between its words' boxes.  Prints, per file with
verbose, and over all files:

  justified lines, the median word space, the share of lines whose word
  space is over twice that median, and over 1.5 times it, and the widest.

The median is the files' own, so a document set more tightly or loosely
as a whole does not move the shares; what they show is how uneven the
spacing is, which is what hyphenation mends.  Exit status 0 (2 on usage
errors); no threshold is enforced yet.
"""

import os
import re
import statistics
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_layout  # noqa: E402  (the template's margins)

TOL = 1.5  # pt


def lines_of(pdf, margin_right):
    """([words' (xmin, xmax)], last in its block, the right margin's x)
    per line."""
    p = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True)
    out = re.sub(r'xmlns="[^"]*"', "", p.stdout.decode("utf-8", "replace"), count=1)
    res = []
    try:
        root = ET.fromstring(out)
    except ET.ParseError:
        return res  # not a PDF pdftotext reads (a damaged one of the fault tests)
    for page in root.iter("page"):
        right = float(page.get("width")) - margin_right
        for block in page.iter("block"):
            ls = list(block.iter("line"))
            for i, line in enumerate(ls):
                ws = [(float(w.get("xMin")), float(w.get("xMax"))) for w in line.iter("word")]
                res.append((ws, i == len(ls) - 1, right))
    return res


def gaps(ws):
    return [b[0] - a[1] for a, b in zip(ws, ws[1:])]


def measure(pdfs, margin_right, verbose):
    every = []
    for pdf in pdfs:
        mine = []
        for ws, last, right in lines_of(pdf, margin_right):
            if last or len(ws) < 3 or abs(ws[-1][1] - right) > TOL:
                continue
            g = [x for x in gaps(ws) if x > 0]
            if g:
                mine.append(statistics.median(g))
        every.extend(mine)
        if verbose and mine:
            med = statistics.median(mine)
            print("%s: %d lines, median %.2f pt, over 2x %.1f %%" % (
                pdf, len(mine), med, 100.0 * sum(x > 2 * med for x in mine) / len(mine)))
    return every


def main(argv):
    args = argv[1:]
    template = check_layout.TOP / "templates" / "default.ini"
    verbose = False
    while args and args[0].startswith("--"):
        if args[0] == "--template" and len(args) > 1:
            template = args[1]
            args = args[2:]
        elif args[0] == "--verbose":
            verbose = True
            args = args[1:]
        else:
            print(__doc__.strip().splitlines()[2], file=sys.stderr)
            return 2
    if not args:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    every = measure(args, check_layout.read_template(template)["margin-right"], verbose)
    if not every:
        print("loose_lines: no justified lines")
        return 0
    med = statistics.median(every)
    n = len(every)
    print("loose_lines: %d PDFs, %d justified lines, median word space %.2f pt; "
          "over 2x the median %.1f %% (%d), over 1.5x %.1f %%, widest %.2f pt (%.1fx)" % (
              len(args), n, med, 100.0 * sum(x > 2 * med for x in every) / n,
              sum(x > 2 * med for x in every), 100.0 * sum(x > 1.5 * med for x in every) / n,
              max(every), max(every) / med))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
