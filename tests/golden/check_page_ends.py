#!/usr/bin/env python3
"""Page breaks of a nämnd report, over pdftotext -layout (review H):

    check_page_ends.py REPORT.pdf...

- no heading ends a page, nor stands with one line of a section that goes
  on overleaf: a heading keeps its first lines or rows with it
  ("Aktiviteter 2023" alone at a page foot);
- a bullet item of up to ITEM_WHOLE lines is not split across pages, a
  longer one leaves at least two lines on each side ("Att uppmärksamma"'s
  first point split 2 + 3 over pages 1-2, Linköping AMN 2023).

The running header (a page's first line) and footer (its last) are left
out.  Exits 1 and says why when a rule does not hold."""
import re
import subprocess
import sys

ITEM_WHOLE = 5
HEADING = re.compile(r"^(Förslag till beslut|Inledning|Sammanfattning|Att uppmärksamma|Analys|"
                     r"Slutsatser|Redovisning per överenskommelse|Bilaga: underlag|Teknisk bilaga: "
                     r"filer|Brister i underlaget|Så har belopp och möten räknats|Syfte|"
                     r"Om överenskommelsen|Ekonomi \d{4}|Mål och utfall \d{4}|Övriga utfall|"
                     r"Uppföljning|Aktiviteter \d{4}|Utfall sedan start|\d{4} i siffror)$")
CONT = re.compile(r"^ {3,6}\S")


def pages(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                         check=True).stdout
    res = []
    for pg in out.split("\f"):
        lines = [l.rstrip() for l in pg.split("\n")]
        body = [l for l in lines]
        while body and not body[-1].strip():
            body.pop()
        if not body:
            continue
        body = body[:-1]        # the footer
        if res:
            body = body[1:]     # the running header, from page 2
        while body and not body[-1].strip():
            body.pop()
        while body and not body[0].strip():
            body.pop(0)
        res.append(body)
    return res


def check(pdf):
    fails = []
    ps = pages(pdf)
    for i, body in enumerate(ps):
        if i + 1 == len(ps):
            break
        # a heading last, or with one line whose section goes on overleaf
        # (a whole section of one line may end the page: "Mål och utfall
        # 2024" and "Överenskommelsen anger inga mål.")
        tail = [l.strip() for l in body if l.strip()][-2:]
        first_next = next((l.strip() for l in ps[i + 1] if l.strip()), "")
        if tail and HEADING.match(tail[-1]):
            fails.append(f"page {i + 1}: heading {tail[-1]!r} last on the page")
        elif len(tail) == 2 and HEADING.match(tail[0]) and not HEADING.match(first_next):
            fails.append(f"page {i + 1}: heading {tail[0]!r} with one line at the page foot")
        # the last bullet item of the page and its continuation overleaf
        k = len(body) - 1
        while k >= 0 and CONT.match(body[k]):
            k -= 1
        if k < 0 or not re.match(r"^\s*•", body[k]):
            continue
        before = len(body) - k
        nxt = ps[i + 1]
        after = 0
        while after < len(nxt) and CONT.match(nxt[after]):
            after += 1
        if after == 0:
            continue
        if before + after <= ITEM_WHOLE:
            fails.append(f"pages {i + 1}-{i + 2}: a bullet item of {before + after} lines split "
                         f"{before} + {after}: {body[k].strip()[:60]!r}")
        elif before < 2 or after < 2:
            fails.append(f"pages {i + 1}-{i + 2}: a bullet item split {before} + {after}: "
                         f"{body[k].strip()[:60]!r}")
    return fails


def main():
    bad = 0
    for pdf in sys.argv[1:]:
        for f in check(pdf):
            print(f"check_page_ends: {pdf}: {f}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
