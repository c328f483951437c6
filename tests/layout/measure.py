#!/usr/bin/env python3
"""measure: how many characters a full body line holds.

usage: measure.py [--template FILE] FILE.pdf...

A typographer's measure for running text is 65-85 characters a line
(issue 14).  Counts, over the justified body lines of the FILEs (lines.py
reads them with mutool's trace), the characters of each, spaces
included: a line set in the template's body size that starts at the left
margin and ends at the right one with its spaces stretched or shrunk
(loose_lines.py's justified line; a paragraph's last line and indented
list items are not full lines).  Prints the number of lines and their
average; exit status 0 (2 on usage errors).
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_layout  # noqa: E402
import lines as L  # noqa: E402

TOL = 1.5


def body_size(template):
    size, section = 11.0, ""
    for line in Path(template).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line.strip("[]").strip()
        elif section == "sizes" and line.split("=")[0].strip() == "body":
            size = float(line.split("=", 1)[1])
    return size


def measure(pdfs, size, t):
    """(lines, average characters) of the full body lines of pdfs."""
    counts = []
    for pdf in pdfs:
        for pw, lns in L.pdf_lines(pdf):
            for ln in lns:
                if (not ln.ratios or abs(ln.size - size) > 0.05 or
                        abs(ln.x0 - t["margin-left"]) > TOL or
                        abs(ln.x1 - (pw - t["margin-right"])) > TOL or
                        all(abs(r - 1) <= 0.01 for r in ln.ratios)):
                    continue
                counts.append(len(ln.text.strip()))
    return len(counts), (sum(counts) / len(counts) if counts else 0.0)


def main(argv):
    args = argv[1:]
    template = check_layout.TOP / "templates" / "default.ini"
    if len(args) > 1 and args[0] == "--template":
        template, args = args[1], args[2:]
    if not args or args[0].startswith("-"):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    size = body_size(template)
    n, avg = measure(args, size, check_layout.read_template(template))
    print("measure: %d PDFs, %d full body lines (%g pt), %.1f characters a line on average"
          % (len(args), n, size, avg))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
