#!/usr/bin/env python3
"""participants: a follow-up's participants table, one style in all.

usage: participants.py FILE.xml FILE.pdf

When FILE.xml is a follow-up with <participants>, the first table of
FILE.pdf (its header band, filled in [colors] table-header, read with
`mutool draw -F trace`) is the participants table, and it must run from
the text's left margin to the right edge of the tables' frame ([page]
margin-left, page width less table-margin-right, default template),
within TOL pt: the same in every follow-up, never narrow and left-set in
one and full width in another (review s31).

Prints "participants: FILE: ok" (or "no participants") or the problem;
exit status 0, 1 on a problem, 2 on bad usage.
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
import check_layout  # noqa: E402
import page_rules  # noqa: E402

TOL = 1.0


def first_band(pdf, colour):
    """(x0, x1, page width) of the first table-header band, or None."""
    r = subprocess.run(["mutool", "draw", "-F", "trace", "-o", "-", str(pdf)],
                       capture_output=True, check=True)
    doc = ET.fromstring(r.stdout)
    for page in doc.iter("page"):
        x0, _, x1, _ = (float(v) for v in page.get("mediabox").split())
        for el in page.iter("fill_path"):
            if not page_rules.same_color(page_rules.color_of(el), colour):
                continue
            a, b, c, d, e, f = (float(v) for v in el.get("transform").split())
            xs = [a * float(p.get("x")) + c * float(p.get("y")) + e
                  for p in el if p.get("x") is not None]
            if xs:
                return min(xs), max(xs), x1 - x0
    return None


def problems(xml_path, pdf_path):
    root = ET.parse(xml_path).getroot()
    if root.tag != "followup" or root.find(".//participants/participant") is None:
        return None
    tf = check_layout.TOP / "templates" / "default.ini"
    t = check_layout.read_template(tf)
    band = first_band(pdf_path, page_rules.read_colors(tf)["table-header"])
    if band is None:
        return ["no table header band: no participants table"]
    left, right, width = band
    want = (t["margin-left"], width - t["table-margin-right"])
    if abs(left - want[0]) > TOL or abs(right - want[1]) > TOL:
        return ["the participants table runs %.1f-%.1f pt, not %.1f-%.1f pt (the text's "
                "left margin to the frame's right edge)" % (left, right, want[0], want[1])]
    return []


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: participants.py FILE.xml FILE.pdf\n")
        return 2
    bad = problems(argv[0], argv[1])
    for msg in bad or []:
        print("participants: %s: %s" % (argv[1], msg))
    if not bad:
        print("participants: %s: %s" % (argv[1], "ok" if bad is not None else
                                        "no participants"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
