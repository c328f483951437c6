#!/usr/bin/env python3
"""table_cells: tables' columns wide enough for what must not break.

usage: table_cells.py FILE.xml FILE.pdf

Reads the text of FILE.pdf line by line (`pdftotext -layout`) and fails
when, of FILE.xml's tables (<cell>) and a follow-up's participants:

  token     an e-mail address, a web address or a phone number in a cell
            is not whole on one line: a column narrower than its longest
            unbreakable token ("ordforande@ / exempel-asbyik.se")
  name      a participant's name (at most NAME_MAX characters) broken in
            its cell (a cell of its first words only): "Maja Ekholm / Lindqvist" in a narrow Namn
            column beside a Roll column with room

Prints "table_cells: FILE: ok" or one line per problem; exit status 0
when there is none, 1 otherwise, 2 on bad usage.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NAME_MAX = 30
TOKEN = re.compile(r"\S+@\S+\.\w+|https?://\S+|www\.\S+|\b0\d{1,3}-\d[\d\u00a0 ]{4,}\d")


def squeeze(s):
    return " ".join(s.replace("\u00a0", " ").replace("\u00ad", "").split())


def wanted(root):
    """(rule, text) pairs that must stand whole on a line."""
    out = []
    for cell in root.iter("cell"):
        text = squeeze("".join(cell.itertext()))
        for m in TOKEN.finditer(text):
            out.append(("token", m.group(0).rstrip(".,;:)")))
    for p in root.iter("participant"):
        name = p.find("name")
        if name is not None:
            text = squeeze("".join(name.itertext()))
            if 0 < len(text) <= NAME_MAX:
                out.append(("name", text))
    return out


def problems(xml_path, pdf_path):
    root = ET.parse(xml_path).getroot()
    r = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf_path), "-"],
                       capture_output=True, check=True)
    # columns apart by two spaces or more: each cell's line on its own
    cells = []
    for line in r.stdout.decode("utf-8").splitlines():
        cells.extend(squeeze(c) for c in re.split(r"\s{2,}", line.replace("\u00a0", " ")))
    whole = set(cells)
    cells = " | ".join(cells)
    bad = []
    for rule, text in wanted(root):
        # a name is a cell of its own (in running text it is part of a
        # longer line)
        if rule == "name":
            # broken: a cell holds only its first words ("Maja Ekholm",
            # "Birgitta Hallberg-"), the rest on the line under it
            parts = re.findall(r"\S+?(?:-|\s+|$)", text)
            heads = {"".join(parts[:k]).strip() for k in range(1, len(parts))}
            if heads & whole:
                bad.append((rule, "not whole on one line: \"%s\"" % text))
            continue
        if not re.search(r"(^|[\s|])" + re.escape(text) + r"($|[\s|.,;:)])", cells):
            bad.append((rule, "not whole on one line: \"%s\"" % text))
    return bad


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: table_cells.py FILE.xml FILE.pdf\n")
        return 2
    bad = problems(argv[0], argv[1])
    for rule, msg in bad:
        print("table_cells: %s: %s: %s" % (argv[1], rule, msg))
    if not bad:
        print("table_cells: %s: ok" % argv[1])
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
