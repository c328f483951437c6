#!/usr/bin/env python3
"""The heading levels of a nämnd report (review s26 AA item 1): one
hierarchy, in the tags and on the page.

    check_headings.py REPORT.pdf

- the report's own sections (Förslag till beslut, Inledning,
  Sammanfattning, Analys, Slutsatser, Redovisning per överenskommelse,
  Bilaga: underlag, Teknisk bilaga: filer) are H1;
- "Att uppmärksamma" is an H2 under Sammanfattning;
- under "Redovisning per överenskommelse" each agreement's name is an
  H2 (its "Parter:" or "Titel:" line follows), and its parts (Syfte,
  Ekonomi, Mål och utfall, ...) are H3;
- no level is skipped going down (H1 -> H3);
- every heading of one role is set at one size, H1 larger than H2 larger
  than H3 (pdftotext -bbox-layout: the height of the largest line of a
  heading's words; a table cell or chart label of them is smaller).

The document's title (its first H1, the title block) is no section and
is left out.  Exits 1 and says why when a rule does not hold."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

TOP = {"Förslag till beslut", "Inledning", "Sammanfattning", "Analys", "Slutsatser",
       "Redovisning per överenskommelse", "Bilaga: underlag", "Teknisk bilaga: filer"}
SUB = re.compile(r"^(Syfte|Om överenskommelsen|Ekonomi \d{4}|Mål och utfall \d{4}|Övriga utfall|"
                 r"Uppföljning|Aktiviteter \d{4}|Utfall sedan start)$")


def structure(pdf):
    """[(role, text)] of the block elements in order, with their text."""
    out = subprocess.run(["pdfinfo", "-struct-text", pdf], capture_output=True, text=True,
                         check=True).stdout
    nodes = []
    for line in out.splitlines():
        m = re.match(r"^\s*([A-Za-z0-9]+)(?: \((?:block|inline)\))?:?$", line)
        if m:
            nodes.append([m.group(1), ""])
        elif nodes and line.strip().startswith('"'):
            nodes[-1][1] += line.strip().strip('"')
    return [(r, " ".join(t.split())) for r, t in nodes]


def line_heights(pdf):
    """{line text: set of heights} from pdftotext -bbox-layout."""
    out = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], capture_output=True,
                         text=True, check=True).stdout
    out = re.sub(r"<!DOCTYPE[^>]*>", "", out)
    out = re.sub(r'xmlns="[^"]*"', "", out)
    heights = {}
    for ln in ET.fromstring(out).iter("line"):
        words = list(ln.iter("word"))
        if not words:
            continue
        text = " ".join(w.text or "" for w in words)
        h = max(float(w.get("yMax")) - float(w.get("yMin")) for w in words)
        heights.setdefault(text, set()).add(round(h, 1))
    return heights


def main():
    pdf = sys.argv[1]
    nodes = structure(pdf)
    heads = [(i, r, t) for i, (r, t) in enumerate(nodes) if r in ("H1", "H2", "H3")]
    why = []
    if not heads:
        print(f"{pdf}: no headings")
        return 1
    heads = heads[1:]	# the title block's
    level = {"H1": 1, "H2": 2, "H3": 3}
    section, last = None, 1
    for i, role, text in heads:
        if level[role] > last + 1:
            why.append(f"{text!r} is {role} right after an H{last}")
        last = level[role]
        if role == "H1":
            section = text
            if text not in TOP:
                why.append(f"{text!r} is H1, not one of the report's sections")
            continue
        if text in TOP:
            why.append(f"{text!r} is {role}, not H1")
            continue
        if text == "Att uppmärksamma":
            if role != "H2" or section != "Sammanfattning":
                why.append(f"'Att uppmärksamma' is {role} under {section!r}, not H2 under Sammanfattning")
            continue
        if section == "Redovisning per överenskommelse":
            nxt = nodes[i + 1][1] if i + 1 < len(nodes) else ""
            if SUB.match(text):
                if role != "H3":
                    why.append(f"agreement part {text!r} is {role}, not H3")
            elif nxt.startswith(("Parter:", "Titel:")):
                if role != "H2":
                    why.append(f"agreement {text!r} is {role}, not H2")
            else:
                why.append(f"{text!r} ({role}) is neither an agreement nor one of its parts")
    if not any(t == "Redovisning per överenskommelse" for _, _, t in heads):
        why.append("no H1 'Redovisning per överenskommelse' over the agreements")
    heights = line_heights(pdf)
    size = {}
    for _, role, text in heads:
        # the same words in a table or the chart are set smaller: the
        # heading is the largest line of its text
        if text in heights:
            size.setdefault(role, {}).setdefault(max(heights[text]), []).append(text)
    for role, by in sorted(size.items()):
        if len(by) > 1:
            why.append(f"{role} set at several sizes: " +
                       "; ".join(f"{h}: {sorted(set(ts))[:4]}" for h, ts in sorted(by.items())))
    one = {role: min(by) for role, by in size.items()}
    for hi, lo in (("H1", "H2"), ("H2", "H3")):
        if hi in one and lo in one and not one[hi] > one[lo]:
            why.append(f"{hi} ({one[hi]}) is not larger than {lo} ({one[lo]})")
    if why:
        print(f"{pdf}: heading levels:")
        for w in why:
            print("  " + w)
        return 1
    print(f"{pdf}: {len(heads)} headings at their levels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
