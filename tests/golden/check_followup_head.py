#!/usr/bin/env python3
"""Golden check of a follow-up's record head, as page 1 prints it.

usage: check_followup_head.py FOLLOWUP.xml OUTPUT.pdf

A kommun's minutes and reports open the same way every time (issue 14,
review r31): the kommun, the record's kind, the title, then the head's
fields.  Read from `pdftotext -bbox` (a word's box is as high as its
font size), page 1, from the first line under the running header to the
"Datum:" line:
  - the title is the largest text, 14-20 pt, on one or two lines;
  - the line above it is the kind line: smaller than the title, and
    either the follow-up's kind (kind-text, else the record's name of
    kind=) or the opening words of the written <title> (its own kind:
    "Resultatrapport 2025");
  - kind line and title do not repeat each other: the title does not
    open with the kind line's first word, nor with a kind of its own
    (a word ending in "rapport", "anteckningar", "samtal", "möte", …);
  - the title is the subject the written title names (a part of it) or
    the agreement's effort;
  - above the kind line, at most the kommun line (a public party's name);
  - after the title block: "Datum:", "Plats: …" when <place> is given,
    "Diarienummer: …" when the agreement has one, "Avser:", in that order,
    and "Deltagare" when there are participants.
Prints one line per problem; exit 0 when there is none.
"""
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import typofold  # noqa: E402  (quotes, dashes, no-break spaces: src/typo.c)

# build_followup.c's record_names: the kind as the head names it
RECORD_WORDS = {"partssamtal": "Partssamtal", "dialogmote": "Minnesanteckningar från dialogmöte",
                "styrgrupp": "Minnesanteckningar från styrgruppsmöte",
                "verksamhetsrapport": "Verksamhetsrapport"}

# build_followup.c's kind_word_ends: words a record's kind ends in
KIND_WORD_ENDS = ("anteckningar", "protokoll", "rapport", "redovisning", "berättelse", "samtal",
                  "möte", "mötet", "styrgrupp")


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("\u00ad", "")
    return typofold.fold(re.sub(r"\s+", " ", s).strip())


def text_of(el):
    return norm("".join(el.itertext())) if el is not None else ""


def agreement_of(path, fu):
    import glob
    for folder in (os.path.dirname(path) or ".", "input"):
        for f in sorted(glob.glob(os.path.join(folder, "*.xml"))):
            try:
                root = ET.parse(f).getroot()
            except (ET.ParseError, LookupError, ValueError):  # broken test cases
                continue
            if root.tag == "agreement" and root.get("id") == fu.get("agreement"):
                return root
    return None


def page_lines(pdf):
    """Page 1's lines, top to bottom: (text, size)."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", "-enc", "UTF-8", pdf, "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    words = []
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
                         r'yMax="([\d.]+)">(.*?)</word>', out):
        x, y0, y1 = float(m.group(1)), float(m.group(2)), float(m.group(3))
        w = m.group(4).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">") \
            .replace("&quot;", '"').replace("&apos;", "'")
        words.append((round(y1, 1), x, y1 - y0, w))
    lines = {}
    for y1, x, h, w in words:
        lines.setdefault(y1, []).append((x, h, w))
    result = []
    for y1 in sorted(lines):
        ws = sorted(lines[y1])
        result.append((norm(" ".join(w for _, _, w in ws)), round(max(h for _, h, _ in ws), 1)))
    return result


def fold(s):
    return norm(s).casefold()


def check(xml, pdf):
    fu = ET.parse(xml).getroot()
    if fu.tag != "followup":
        return []
    ag = agreement_of(xml, fu)
    problems = []
    lines = page_lines(pdf)
    # the running header: the first line, above the text (smaller than
    # the body); the head ends at "Datum:"
    end = next((i for i, (t, _) in enumerate(lines) if t.startswith("Datum:")), None)
    if end is None:
        return ["no \"Datum:\" line on page 1"]
    start = 1 if lines and lines[0][1] < 10 else 0
    head = lines[start:end]
    if not head:
        return ["nothing above \"Datum:\""]
    top = max(s for _, s in head)
    title_rows = [i for i, (_, s) in enumerate(head) if s == top]
    if not 14 <= top <= 20:
        problems.append(f"the title is at {top} pt, not 14-20")
    if title_rows != list(range(title_rows[0], title_rows[-1] + 1)):
        problems.append("the title's lines are not together")
    if len(title_rows) > 2:
        problems.append(f"the title takes {len(title_rows)} lines at {top} pt: "
                        f"{' / '.join(head[i][0] for i in title_rows)!r}")
    # a compound broken after its hyphen ("IOP-" / "partnerskap") is one word
    title = ""
    for i in title_rows:
        t = head[i][0]
        title += t if not title or re.search(r"\w-$", title) else " " + t
    title = norm(title)
    if title_rows[0] == 0:
        problems.append(f"no kind line above the title {title!r}")
        return problems
    kind_line, kind_size = head[title_rows[0] - 1]
    above = head[:title_rows[0] - 1]
    kind = norm(fu.get("kind-text") or "") or RECORD_WORDS[fu.get("kind").strip()]
    written = text_of(fu.find("title"))
    effort = ""
    if ag is not None:
        effort = text_of(ag.find("effort")) or text_of(ag.find("title"))
    if kind_size >= top:
        problems.append(f"the kind line {kind_line!r} is as large as the title")
    if fold(kind_line) != fold(kind) and not fold(written).startswith(fold(kind_line)):
        problems.append(f"the kind line {kind_line!r} is neither the kind {kind!r} nor "
                        f"the opening of the title {written!r}")
    first = fold(kind_line).split(" ")[0]
    # a title that opens with a kind of its own ("Resultatrapport 2025 –
    # …" under "Verksamhetsrapport") disagrees with the kind line
    opening = fold(title).split(" ")[0]
    if any(opening.endswith(e) for e in KIND_WORD_ENDS):
        problems.append(f"the title {title!r} opens with a kind of its own, under "
                        f"the kind line {kind_line!r}")
    if fold(title).split(" ")[0] == first:
        problems.append(f"the title {title!r} repeats the kind line {kind_line!r}")
    if fold(title) not in fold(written) and fold(title) != fold(effort):
        problems.append(f"the title {title!r} is neither in the written title {written!r} "
                        f"nor the effort {effort!r}")
    publics = [text_of(p.find("name")) for p in ag.iter("party")
               if p.get("role") == "public"] if ag is not None else []
    if len(above) > 1 or (above and above[0][0] not in publics):
        problems.append(f"above the kind line: {[t for t, _ in above]!r}, "
                        f"not the kommun ({publics!r})")
    # the fields, in order
    rest = [t for t, _ in lines[end:]]
    body = " ".join(rest)
    want = ["Datum:"]
    if fu.find("place") is not None:
        want.append("Plats: " + text_of(fu.find("place")))
    if ag is not None and ag.find("diarienummer") is not None:
        want.append("Diarienummer: " + text_of(ag.find("diarienummer")))
    want.append("Avser:")
    at = 0
    for w in want:
        k = body.find(w, at)
        if k < 0:
            problems.append(f"{w!r} not in the record head (in order)")
        else:
            at = k + len(w)
    if fu.find("participants") is not None and "Deltagare" not in rest:
        problems.append("no \"Deltagare\" heading over the participants")
    return problems


def main():
    problems = check(sys.argv[1], sys.argv[2])
    for p in problems:
        print(f"check_followup_head: {sys.argv[1]}: {p}")
    if not problems:
        print(f"check_followup_head: {sys.argv[1]}: record head ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
