#!/usr/bin/env python3
"""check_typo: what the typographic pass promises, read back from the PDFs.

usage: check_typo.py [--quiet] FILE.pdf...

Reads each FILE's text with `pdftotext` (reading order, one line of the
page a line of text, no-break spaces as spaces) and checks:

  quote     no straight quote (" or ') is left in the text: Swedish prints
            ” ” and ’ (a URL or an e-mail address keeps its own)
  split     no line ends where a number and what belongs to it were split
            over two lines: a digit group before the next ("600" / "000
            kr"), a number before its unit ("187 200" / "kr"), "§", "nr"
            or "org." before the number ("org." / "nr 212000-1355"), a
            day before its month ("den 31" / "januari"), an ISO date and
            its range's dash before the other date ("2027-01-01 –" /
            "2027-06-30"), a phone number's groups ("031-390 06" / "12")

Every PDF iopdoc makes with the template's [format] typography = yes (the
default) must pass; the tests keep no PDF made with it off.  Prints one
line per problem (file, page, the two lines' ends) or "check_typo: FILE:
ok", and last "typo: N passed, M failed".  Exit status 0 when every file
passes, 1 when one fails, 2 on usage errors.
"""

import re
import subprocess
import sys

MAX_LINES = 8

ADDRESS = re.compile(r"\S*(?:://|www\.|@)\S*")
MONTHS = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|"
          "november|december")
UNITS = r"(?:kr|kronor|%|st|tkr|mnkr|mkr|timmar|tim)(?![\w])"
ISO = r"\d{4}-\d{2}-\d{2}"

# (name, the end of a line, the start of the next): a split when both match
SPLITS = [
    ("digit group", re.compile(r"(?<![\d,.\-/:])\d{1,3}$"), re.compile(r"^\d{3}(?![\d\-/:.,]\d)(?! \d{2}\b)")),
    ("unit", re.compile(r"\d$"), re.compile(r"^" + UNITS)),
    ("reference", re.compile(r"(?:§|\bnr\.?|\bNr\.?|\borg\.|\bOrg\.)$"), re.compile(r"^(?:\d|nr\b)")),
    ("date", re.compile(r"(?<![\d\-./:,])\b(?:[1-9]|[12]\d|3[01])$"),
     re.compile(r"^(?:" + MONTHS + r")\b", re.I)),
    ("date range", re.compile(ISO + r" ?[–-]$"), re.compile(r"^" + ISO)),
    ("phone", re.compile(r"(?<![\d-])0\d{1,3}-\d{2,4}(?: \d{2,3})*$"), re.compile(r"^\d{2,3}\b")),
]


def pages_of(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], capture_output=True,
                         check=True).stdout.decode("utf-8", "replace")
    return out.split("\f")


def clean(line):
    return re.sub(r"[\u00a0\u202f\u2007]", " ", line).strip()


def check_pages(pages):
    """Problems of a document's text, one string of text a page: a list
    of (rule, page, context)."""
    problems = []
    for p, text in enumerate(pages, 1):
        lines = [clean(x) for x in text.split("\n")]
        for line in lines:
            bare = ADDRESS.sub(" ", line)
            for m in re.finditer(r"[\"']", bare):
                problems.append(("quote", p, bare[max(0, m.start() - 30):m.end() + 30]))
        for a, b in zip(lines, lines[1:]):
            if not a or not b:
                continue
            for name, end, start in SPLITS:
                # a table's column of amounts ("300 000" over "210 000")
                # is no text split
                if name == "digit group" and not re.search(r"[^\W\d_]", a):
                    continue
                m = end.search(a)
                # a line holding only the unit's first part: the unit is
                # wider than its column, and breaks where it must
                if m and m.start() == 0:
                    continue
                if m and start.search(b):
                    problems.append(("split", p, "%s: \u2026%s / %s\u2026" % (name, a[-30:], b[:30])))
                    break
    return problems


def check_file(path):
    return check_pages(pages_of(path))


def main(argv):
    quiet = False
    files = []
    for a in argv[1:]:
        if a == "--quiet":
            quiet = True
        elif a.startswith("-"):
            print(__doc__.strip().split("\n")[2], file=sys.stderr)
            return 2
        else:
            files.append(a)
    if not files:
        print("usage: check_typo.py [--quiet] FILE.pdf...", file=sys.stderr)
        return 2
    passed = failed = 0
    for f in files:
        try:
            problems = check_file(f)
        except (OSError, subprocess.CalledProcessError) as e:
            print("check_typo: %s: cannot read: %s" % (f, e))
            failed += 1
            continue
        if problems:
            failed += 1
            for rule, page, ctx in problems[:MAX_LINES]:
                print("check_typo: %s: page %d: %s: %s" % (f, page, rule, ctx))
            if len(problems) > MAX_LINES:
                print("check_typo: %s: %d more" % (f, len(problems) - MAX_LINES))
        else:
            passed += 1
            if not quiet:
                print("check_typo: %s: ok" % f)
    print("typo: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
