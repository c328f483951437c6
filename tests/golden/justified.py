#!/usr/bin/env python3
"""Is the paragraph under a heading justified?  Reads pdftotext
-bbox-layout's XHTML: the block right after the first block that is only
HEADING must have two lines or more, each but the last ending at the
paragraph's right edge (within a point).
Usage: justified.py BBOX.html HEADING"""
import html
import re
import sys


def main():
    doc = open(sys.argv[1], encoding="utf-8").read()
    head = sys.argv[2]
    for page in doc.split("<page ")[1:]:
        blocks = []
        for b in re.findall(r"<block (.*?)</block>", page, re.S):
            lines = []
            for ln in re.findall(r"<line (.*?)</line>", b, re.S):
                words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" '
                                   r'yMax="[\d.]+">(.*?)</word>', ln)
                if words:
                    lines.append((float(words[-1][1]),
                                  " ".join(html.unescape(w[2]) for w in words)))
            blocks.append(lines)
        for i, lines in enumerate(blocks):
            if len(lines) == 1 and lines[0][1] == head and i + 1 < len(blocks):
                para = blocks[i + 1]
                if len(para) < 2:
                    print("%s: one line under it" % head)
                    return 1
                right = max(x for x, _ in para)
                ragged = [t for x, t in para[:-1] if right - x > 1.0]
                if ragged:
                    print("%s: ragged lines: %s" % (head, ragged))
                    return 1
                return 0
    print("%s: no such heading" % head)
    return 1


if __name__ == "__main__":
    sys.exit(main())
