#!/usr/bin/env python3
"""check_signatures: signature blocks a person can sign.

usage: check_signatures.py [--quiet] [--template FILE] FILE.pdf...

Reads the words of each FILE with `pdftotext -bbox` and checks every
signature block (found by its labels in the small size, the template's
[labels] place-date, signature and name):

  labels    every block has its labels: on each page as many
            "Underskrift" as "Namnförtydligande", and as many "Ort och
            datum" or none (a record's sign-off, "Vid anteckningarna",
            "Justeras", has no place-and-date field), so a block is never
            split over two pages nor printed without its labels
  space     at least the template's [sizes] signature-space (20 mm by
            default) between a block's "Ort och datum" and the
            "Underskrift" under it: room to sign
  alone     the blocks never start a page alone: the page of the first
            block also holds text of the document above the blocks (the
            heading "Underskrifter" and its intro are kept with them)
  lonely    no page holds one block alone, nothing above it, when the
            document has several (review K1: Malmö's fifth block on p6)
  party     the top row of blocks on every page has its party's line
            over it ("För …", or "För … (forts.)" over a party's rows
            continued from the page before): a line in the row's first
            column above the block's place and date, not only the place
            and date (the rows of "För Exempelby kommun" went on at the
            top of page 2 under nothing)
  squeezed  a block alone on its row has its party's "För …" over it
            wrapped at no narrower than the text width: a name that fits
            the text width on fewer lines is not squeezed into the
            block's column (review: Malmö p6, "För Stiftelsen
            Framtidsbron / Syd för barns och ungas / utbildning och
            framtidstro" beside an empty column)

A PDF without signature blocks passes.  Prints "check_signatures: FILE:
ok" or one line per problem, and last "signatures: N passed, M failed".
Exit status 0 when every file passes, 1 when one fails, 2 on usage errors.
"""

import html
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check_layout import length  # noqa: E402

TOP = Path(__file__).resolve().parent.parent.parent
PT_PER_MM = 72 / 25.4
# the height above the first block's "Ort och datum" its party's "För …"
# lines and a group's heading may take: text above that is the document's
BLOCK_HEAD = 100.0
# the height above it a block's place and date may take
ABOVE_PLACE = 40.0
# a value's lines (a place and date wrapped) stand closer than this to
# each other and to their label; a party's line over them stands further
VALUE_GAP = 5.0

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                  r'yMax="([\d.]+)">(.*?)</word>')


def read_template(path):
    """Every section's keys of a template, as written."""
    t = {}
    section = ""
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]").strip()
        elif "=" in line:
            k, v = (x.strip() for x in line.split("=", 1))
            t.setdefault(section, {})[k] = v
    return t


def pages(pdf):
    out = subprocess.run(["pdftotext", "-bbox", pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    for page in out.split("<page ")[1:]:
        words = [(float(a), float(b), float(c), float(d), html.unescape(t))
                 for a, b, c, d, t in WORD.findall(page)]
        yield words


def runs(words):
    """Words on one baseline next to each other (gap under 12 pt) as
    (x, top, bottom, text, right)."""
    words = sorted(words, key=lambda w: (round(w[3], 1), w[0]))
    out = []
    for w in words:
        # a word space is under half the type's height, whatever its size
        gap = max(12, 0.5 * (w[3] - w[1]))
        if out and abs(out[-1][2] - w[3]) < 0.2 and 0 <= w[0] - out[-1][4] < gap:
            x, top, bottom, text, _ = out[-1]
            out[-1] = (x, top, bottom, text + " " + w[4], w[2])
        else:
            out.append((w[0], w[1], w[3], w[4], w[2]))
    return out


def party_line(lines, first_label, head):
    """Whether the top row of blocks (first_label: the page's first
    labels) has a line over it in its first column, above the value on
    the block's first rule: its party's "För …"."""
    y1 = min(r[1] for r in first_label)
    x = min(r[0] for r in first_label if r[1] < y1 + 1)
    column = sorted((r for r in lines if abs(r[0] - x) < 1 and r[2] < y1),
                    key=lambda r: -r[2])
    top = y1
    for r in column:
        if top - r[2] < VALUE_GAP:
            top = r[1]      # the value, line by line upwards
        elif r[2] > y1 - head:
            return True
        else:
            break
    return False


def party_lines(lines, label, small):
    """The lines of the party's "För …" over the block whose first label
    is label, top down: in its column, above the value on its first rule
    (lines closer than VALUE_GAP), each close under the one above; none
    when a label of a row above comes first (a group's later row)."""
    x, y1 = label[0], label[1]
    column = sorted((r for r in lines if abs(r[0] - x) < 1 and r[2] < y1),
                    key=lambda r: -r[2])
    top, head = y1, []
    for r in column:
        if not head and top - r[2] < VALUE_GAP:
            top = r[1]
            continue
        if r[2] - r[1] < small + 0.6:
            break
        if head and head[-1][1] - r[2] > VALUE_GAP:
            break
        if not head and top - r[2] > 2 * (r[2] - r[1]):
            break
        head.append(r)
    return head[::-1]


def squeezed(lines, first_label, small, width):
    """The "För …" lines of each block alone on its row that would fit
    on fewer lines across the text width (width, from the column's left
    edge): the text of each such heading."""
    out = []
    for lab in first_label:
        if [r for r in first_label if r is not lab and abs(r[1] - lab[1]) < 1]:
            continue
        head = party_lines(lines, lab, small)
        if len(head) < 2:
            continue
        # as one line: the words' widths and a word space (a quarter of
        # the type's height) between lines; a hyphen at a line's end
        # would go
        one = sum(r[4] - r[0] for r in head) + 0.25 * (head[0][2] - head[0][1]) * (len(head) - 1)
        # on one line, or (three lines or more) on fewer with room for
        # a line's ragged end
        if one < width - 1 if len(head) == 2 else one < 0.85 * (len(head) - 1) * width:
            out.append(" / ".join(r[3] for r in head))
    return out


def check(pdf, t):
    labels = t.get("labels", {})
    place = labels.get("place-date", "Ort och datum")
    sign = labels.get("signature", "Underskrift")
    name = labels.get("name", "Namnförtydligande")
    small = float(t.get("sizes", {}).get("small", "8.5"))
    space = length(t.get("sizes", {}).get("signature-space", "20mm"))
    top_margin = length(t.get("page", {}).get("margin-top", "28mm"))
    text_height = (length(t.get("page", {}).get("height", "297mm")) - top_margin -
                   length(t.get("page", {}).get("margin-bottom", "25mm")))
    problems = []
    first = True
    blocks, lonely = 0, []
    try:
        every = list(pages(pdf))
    except (subprocess.CalledProcessError, OSError) as e:
        return [f"pdftotext cannot read it: {e}"]
    for no, words in enumerate(every, 1):
        lines = runs(words)

        def label(text):
            return [r for r in lines if r[3] == text and r[2] - r[1] < small + 0.6]
        p, s, n = label(place), label(sign), label(name)
        if not (p or s or n):
            continue
        if not (len(s) == len(n) and len(p) in (0, len(s))):
            problems.append(f"page {no}: {len(p)} \"{place}\", {len(s)} \"{sign}\", "
                            f"{len(n)} \"{name}\": a block split or without its labels")
        for x, top, bottom, _, _ in p:
            under = [r for r in s if abs(r[0] - x) < 1 and r[1] > top]
            if under:
                gap = min(r[2] for r in under) - bottom
                if gap < space - 1:
                    problems.append(f"page {no}: {gap / PT_PER_MM:.1f} mm between "
                                    f"\"{place}\" and \"{sign}\", under "
                                    f"{space / PT_PER_MM:.1f} mm to sign")
        # a page too short to hold a row of blocks with text above it
        # (the template-range test's 80 mm page) is exempt
        # the blocks' first label: "Ort och datum", or in a record's
        # sign-off "Underskrift", the room to sign above it
        first_label, head = (p, BLOCK_HEAD) if p else (s, BLOCK_HEAD + space)
        blocks += len(s)
        if first_label and not party_line(lines, first_label, head):
            problems.append(f"page {no}: the top row of signature blocks has no party "
                            "line over it (\"För …\", \"För … (forts.)\" when its "
                            "party's rows go on from the page before)")
        left_edge = length(t.get("page", {}).get("margin-left", "40mm"))
        text_width = (length(t.get("page", {}).get("width", "210mm")) - left_edge -
                      length(t.get("page", {}).get("margin-right", "40mm")))
        for h in squeezed(lines, first_label, small, text_width):
            problems.append(f"page {no}: the party line \"{h}\" of a block alone on its "
                            "row is wrapped at its column, though it fits the text width "
                            "on fewer lines")
        if len(s) == 1 and first_label:
            y1 = min(r[1] for r in first_label)
            if not [r for r in lines if r[1] > top_margin - 3 and r[2] < y1 - head]:
                lonely.append(no)
        if first and first_label and text_height < 100 * PT_PER_MM:
            first = False
        if first and first_label:
            first = False
            y = min(r[1] for r in first_label)
            # the right column's left edge: a line of the document's
            # text runs across the gap between the columns, a block's
            # lines stay in theirs
            right = (max(r[0] for r in first_label)
                     if len({round(r[0]) for r in first_label}) > 1 else 297.6)
            # a table's rows start at the frame, left of the blocks: the
            # document's, however close above (the last rows of a table
            # kept with the blocks)
            left = min(r[0] for r in first_label)
            body = [r for r in lines if r[1] > top_margin - 3 and
                    (r[2] < y - head or (r[2] < y and r[0] < left - 20) or
                     (r[2] < y - ABOVE_PLACE and r[0] < right - 30 and r[4] > right + 1))]
            if not body:
                problems.append(f"page {no}: the signature blocks start the page alone; "
                                "their heading and intro are on the page before")
    if blocks > 1:
        for no in lonely:
            problems.append(f"page {no}: one signature block alone on the page, the "
                            "others on another")
    return problems


def main(argv):
    quiet = False
    tpl = TOP / "templates" / "default.ini"
    files = []
    args = iter(argv)
    for a in args:
        if a == "--quiet":
            quiet = True
        elif a == "--template":
            tpl = Path(next(args, ""))
        elif a.startswith("-"):
            print(__doc__.split("\n\n")[1], file=sys.stderr)
            return 2
        else:
            files.append(a)
    if not files:
        print("usage: check_signatures.py [--quiet] [--template FILE] FILE.pdf...",
              file=sys.stderr)
        return 2
    default = read_template(tpl)
    passed = failed = 0
    for f in files:
        ini = Path(f).with_suffix(".ini")
        t = read_template(ini) if ini.exists() else default
        problems = check(f, t)
        if problems:
            failed += 1
            for pr in problems:
                print(f"check_signatures: {f}: {pr}")
        else:
            passed += 1
            if not quiet:
                print(f"check_signatures: {f}: ok")
    print(f"signatures: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
