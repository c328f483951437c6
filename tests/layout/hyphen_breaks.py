#!/usr/bin/env python3
"""hyphen_breaks: every word iopdoc hyphenated in some PDFs, and how often.

usage: hyphen_breaks.py [--template FILE] [--list] [--exceptions FILE]... FILE.pdf...

A hyphenated line ends in the soft hyphen U+00AD iopdoc draws as its
added hyphen (layout_text.c); the word's rest begins the next line of the
page.  With --list every break is printed as "word: left-right  (file
pN)", for a reader to judge (compound joints first, then syllables).

The figures (issue 14), over the justified lines as loose_lines.py
counts them (the last glyph at the text area's right margin):
  - hyphenated lines, as a share of the justified lines (target at most
    HYPHENATED_MAX);
  - last-word hyphens: a paragraph's last line holding nothing but the
    hyphenated word's rest (target 0);
  - two hyphenated lines running;
  - wrong breaks: a word of the exception lists (templates/
    hyphenation-sv.txt and each --exceptions FILE, TeX's \\hyphenation
    style: "in-te-gri-tet") broken elsewhere than at one of its hyphens,
    or a word that begins with a compound head of them ("social-") broken
    inside the head (target 0).

Prints the figures and last "hyphen breaks: N passed, M failed" for the
three gated targets (share, last-word hyphens, wrong breaks).  Exit
status 0 when all are met, 1 when one is missed, 2 on usage errors.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_layout  # noqa: E402  (the template's margins)
import lines as L  # noqa: E402

SHY = "\u00ad"
TOL = 1.5               # pt, as loose_lines.py
HYPHENATED_MAX = 0.08   # of the justified lines


HEAD_REST = 4           # letters after a compound head (src/hyph.c)


def read_exceptions(path):
    """{word without hyphens: set of break offsets} of an exception file;
    a compound head ("social-") is keyed "social-": it judges the words
    that begin with it and go on for HEAD_REST letters or more."""
    out = {}
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        for w in line.split():
            w = w.lower()
            if w.endswith("-"):
                out[w] = {len(w) - 1}
                continue
            cuts, n = set(), 0
            for ch in w:
                if ch == "-":
                    cuts.add(n)
                else:
                    n += 1
            out[w.replace("-", "")] = cuts
    return out


def letters(s):
    """s without the punctuation around its letters."""
    a, b = 0, len(s)
    while a < b and not s[a].isalpha():
        a += 1
    while b > a and not s[b - 1].isalpha():
        b -= 1
    return s[a:b]


def breaks(pdf, margin_right):
    """(word, left, right, page, last_word, justified lines, hyphenated
    lines, two running) of pdf: the breaks, then the counts."""
    found, njust, nhyph, double = [], 0, 0, 0
    for pw, lns in L.pdf_lines(pdf):
        right = pw - margin_right
        prev_hyph = False
        for i, ln in enumerate(lns):
            text = ln.text.rstrip()
            at_margin = (abs(ln.x1 - right) <= TOL and bool(ln.ratios) and
                         not all(abs(r - 1) <= 0.01 for r in ln.ratios))
            njust += at_margin
            hyph = text.endswith(SHY)
            if not hyph:
                prev_hyph = False
                continue
            if at_margin:
                nhyph += 1
            if prev_hyph:
                double += 1
            prev_hyph = True
            head = text[:-1].split(" ")[-1]
            nxt = lns[i + 1] if i + 1 < len(lns) else None
            if nxt is None:
                continue
            ntext = nxt.text.strip()
            tail = ntext.split(" ")[0] if ntext else ""
            nright = abs(nxt.x1 - right) <= TOL
            # a piece of a word longer than the line ends in a hyphen
            # itself: no paragraph's last line
            last = len(ntext.split()) == 1 and not nright and not ntext.endswith(SHY)
            found.append((head + tail, letters(head + "|" + tail), ln.page, last))
    return found, njust, nhyph, double


def main(argv):
    args = argv[1:]
    template = check_layout.TOP / "templates" / "default.ini"
    exc_files = [check_layout.TOP / "templates" / "hyphenation-sv.txt"]
    show = False
    while args and args[0].startswith("--"):
        if args[0] == "--template" and len(args) > 1:
            template, args = args[1], args[2:]
        elif args[0] == "--exceptions" and len(args) > 1:
            exc_files.append(args[1])
            args = args[2:]
        elif args[0] == "--list":
            show, args = True, args[1:]
        else:
            print(__doc__.strip().splitlines()[2], file=sys.stderr)
            return 2
    if not args:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    exc = {}
    for f in exc_files:
        if Path(f).is_file():
            exc.update(read_exceptions(f))
    t = check_layout.read_template(template)
    every, njust, nhyph, double = [], 0, 0, 0
    for pdf in args:
        own = Path(pdf).with_suffix(".ini")
        mr = (check_layout.read_template(own) if own.is_file() else t)["margin-right"]
        f, j, h, d = breaks(pdf, mr)
        every.extend((w, split, p, last, pdf) for w, split, p, last in f)
        njust, nhyph, double = njust + j, nhyph + h, double + d
    wrong = []
    for w, split, p, last, pdf in every:
        left, _, rest = split.partition("|")
        key = (left + rest).lower()
        if key in exc and len(left) not in exc[key]:
            wrong.append((w, split, p, pdf))
        for head, cut in exc.items():
            h = head[:-1]
            if (head.endswith("-") and key.startswith(h) and
                    len(key) >= len(h) + HEAD_REST and len(left) < len(h)):
                wrong.append((w, split, p, pdf))
        if show:
            print("%s: %s%s  (%s p%d)" % (letters(w.replace(SHY, "")), split.replace("|", "-"),
                                          "  [last word]" if last else "", pdf, p))
    nlast = sum(1 for e in every if e[3])
    share = nhyph / njust if njust else 0.0
    print("hyphen_breaks: %d PDFs, %d justified lines, %d hyphenated (%.2f %%, target at most "
          "%g %%); last-word hyphens %d (target 0); two hyphenated lines running %d; "
          "wrong breaks %d (target 0)" % (len(args), njust, nhyph, 100 * share,
                                          100 * HYPHENATED_MAX, nlast, double, len(wrong)))
    for w, split, p, pdf in wrong:
        print("hyphen_breaks:   wrong: %s (%s p%d)" % (split.replace("|", "-"), pdf, p))
    for w, split, p, last, pdf in every:
        if last:
            print("hyphen_breaks:   last word: %s (%s p%d)" % (split.replace("|", "-"), pdf, p))
    ok = (share <= HYPHENATED_MAX) + (nlast == 0) + (not wrong)
    print("hyphen breaks: %d passed, %d failed" % (ok, 3 - ok))
    return 0 if ok == 3 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
