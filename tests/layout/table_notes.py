#!/usr/bin/env python3
"""table_notes: a table's notes stand under the table's left edge.

usage: table_notes.py FILE.xml FILE.pdf

For every <table> of FILE.xml with a <note>, finds in FILE.pdf
(`pdftotext -bbox`) the note's first word and, above it on its page, the
first word of the table's first cell; the cell's text starts CELL_PAD
inside the table's edge, and the note must start at that edge (within
TOL pt), not at the running text's indent (review s31: "Platserna för
Musikrummet …" indented to the body text under a table that hangs out
to the wider table frame).

Prints "table_notes: FILE: ok" or one line per note out of place; exit
status 0 when all are in place, 1 otherwise, 2 on bad usage.
"""

import html
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

CELL_PAD = 4.0      # layout_table.c CELL_PAD_X
TOL = 1.5
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>')


def first_word(el):
    words = "".join(el.itertext()).split()
    return words[0] if words else None


def pages(pdf):
    r = subprocess.run(["pdftotext", "-bbox", "-enc", "UTF-8", str(pdf), "-"],
                       capture_output=True, check=True)
    out = []
    for page in r.stdout.decode("utf-8").split("<page ")[1:]:
        out.append([(float(x), float(y), html.unescape(w)) for x, y, w in WORD.findall(page)])
    return out


def problems(xml_path, pdf_path):
    root = ET.parse(xml_path).getroot()
    words = pages(pdf_path)
    bad = []
    for table in root.iter("table"):
        notes = table.findall("note")
        cell = table.find(".//row/cell")
        if not notes or cell is None:
            continue
        cw, nw = first_word(cell), first_word(notes[0])
        if cw is None or nw is None:
            continue
        found = False
        for page in words:
            for k, (x, y, w) in enumerate(page):
                if w != nw:
                    continue
                # the table's first cell above the note on its page
                above = [(cx, cy) for cx, cy, c in page[:k] if c == cw and cy < y]
                if not above:
                    continue
                found = True
                edge = above[-1][0] - CELL_PAD
                if abs(x - edge) > TOL:
                    bad.append("the note \"%s …\" starts at %.1f pt, the table at %.1f pt" %
                               (nw, x, edge))
                break
            if found:
                break
    return bad


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: table_notes.py FILE.xml FILE.pdf\n")
        return 2
    bad = problems(argv[0], argv[1])
    for msg in bad:
        print("table_notes: %s: %s" % (argv[1], msg))
    if not bad:
        print("table_notes: %s: ok" % argv[1])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
