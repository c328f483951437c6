#!/usr/bin/env python3
"""Golden check of a rendered report's bullets: no item is bold as a
whole.  Bold in a list item is a lead-in term up to its colon
("Språkcaféer: Skäggetorp (4 kvällar i veckan); …", "2024-05-14,
styrgruppsmöte: …") or what the XML marks as emphasis, never the whole
item (review s26: Linköping 2019 p4, Aktiviteter, five activities wholly
bold).

Nor is a sentence bold as a whole: a bold line ending in a full stop
reads as a heading (review s28: "Ingen uppföljning rapporterad för
2028." under "Mål och utfall 2028"); headings have no full stop.

usage: check_bold.py REPORT.pdf
Reads `pdftohtml -xml` (each run of text with <b> when bold); prints one
line per wholly bold item and exits 1 when there is one.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

BULLET = "\u2022"


def lines(pdf):
    """(page, runs) of each printed line, runs (left, text, all bold)
    from left to right, as pdftohtml places them."""
    out = subprocess.run(["pdftohtml", "-xml", "-i", "-stdout", pdf], check=True,
                         capture_output=True).stdout
    # pdftohtml writes a DOCTYPE naming a DTD it does not ship
    out = re.sub(rb"<!DOCTYPE[^>]*>", b"", out)
    root = ET.fromstring(out)
    for page in root.iter("page"):
        by_top = {}
        for t in page.iter("text"):
            text = "".join(t.itertext())
            if not text.strip():
                continue
            bold = t.find("b") is not None and "".join(t.find("b").itertext()) == text
            by_top.setdefault(int(t.get("top")), []).append((int(t.get("left")), text, bold))
        for top in sorted(by_top):
            yield page.get("number"), sorted(by_top[top])


def lead_in_ends(runs):
    """Whether a line's bold runs from its start end in a colon with
    plain text after them: the rest of a lead-in, "Fosie och Hyllie: för
    2027 krävdes …"."""
    for i, (_, text, bold) in enumerate(runs):
        if not bold:
            return i > 0 and runs[i - 1][1].rstrip().endswith(":")
        if text.rstrip().endswith(":") and i + 1 < len(runs):
            return True
    return False


def items(pdf):
    """(page, text, all bold) of each bullet item's first line.  A first
    line wholly bold is a lead-in still when the next line, no item of
    its own, ends the bold at a colon (s31: Malmö's agreement name, a
    lead-in over two lines)."""
    all_lines = list(lines(pdf))
    for k, (page, runs) in enumerate(all_lines):
        if runs[0][1].strip() != BULLET or len(runs) < 2:
            continue
        body = runs[1:]
        bold = all(r[2] for r in body) and not body[-1][1].rstrip().endswith(":")
        if bold and k + 1 < len(all_lines):
            npage, nruns = all_lines[k + 1]
            bold = not (npage == page and nruns[0][1].strip() != BULLET and lead_in_ends(nruns))
        yield (page, "".join(r[1] for r in body).strip(), bold)


def bold_sentences(pdf):
    """(page, text) of each line wholly bold that ends in a full stop."""
    for page, runs in lines(pdf):
        text = "".join(r[1] for r in runs).strip()
        if all(r[2] for r in runs) and text.endswith("."):
            yield page, text


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    bad = [(p, t) for p, t, b in items(sys.argv[1]) if b]
    for p, t in bad:
        print("page %s: a bullet item wholly bold: %s" % (p, t))
    sentences = list(bold_sentences(sys.argv[1]))
    for p, t in sentences:
        print("page %s: a sentence wholly bold, as a heading: %s" % (p, t))
    n = sum(1 for _ in items(sys.argv[1]))
    print("%d of %d bullet items with no more bold than a lead-in" % (n - len(bad), n))
    sys.exit(1 if bad or sentences else 0)


if __name__ == "__main__":
    main()
