#!/usr/bin/env python3
"""Writes the pathological inputs of tests/patho into a folder.

Each is a correct agreement (tests/bad/bad-date.xml's skeleton with a
valid period) with one part blown up: tests/patho/run.sh renders each with
a time limit and checks for a sensible PDF or the expected clear error.
Generated, not committed: together they are tens of megabytes."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "bench"))
from generate import luhn_digit  # noqa: E402  (the benchmark's generator)

HEAD = '''<?xml version="1.0" encoding="UTF-8"?>
<agreement id="patho" kind="iop" status="draft">
  <title>{title}</title>
  <effort>Språkvänner</effort>
  <parties>
{parties}
  </parties>
  <period from="2024-01-01" to="2025-12-31"/>
  <text>
    <section number="1.">
      <heading>Ekonomi</heading>
{body}
    </section>
    <signatures>
{signatories}
    </signatures>
  </text>
</agreement>
'''

PARTY = '''    <party id="{id}" role="{role}">
      <name>{name}</name>
      <orgnr>{orgnr}</orgnr>
    </party>'''

SIGNATORY = '''      <signatory party="{id}"><name>Namn {n}</name></signatory>'''


def orgnr(n):
    nine = "802%06d" % n
    return "%s-%s%d" % (nine[:6], nine[6:], luhn_digit(nine))


def agreement(title="Överenskommelse om IOP", nparties=2, body="<p>Text.</p>"):
    parties, signatories = [], []
    for i in range(nparties):
        pid = "kommun" if i == 0 else "forening%d" % i
        parties.append(PARTY.format(id=pid, role="public" if i == 0 else "ideburen",
                                    name="Part nummer %d" % i, orgnr=orgnr(i + 1)))
        signatories.append(SIGNATORY.format(id=pid, n=i))
    return HEAD.format(title=title, parties="\n".join(parties), body=body,
                       signatories="\n".join(signatories))


def budget(lines, label=lambda i: "Rad %d" % i):
    rows = "".join('<line amount="%d"><label>%s</label></line>\n' % (100 + i, label(i))
                   for i in range(lines))
    return '<budget party="kommun" per="year" kind="money">\n%s</budget>' % rows


def nested_lists(depth):
    return "<list>" * 1 + "".join("<item><p>Nivå %d</p><list>" % i for i in range(depth)) + \
        "<item><p>Botten</p></item>" + "</list></item>" * depth + "</list>"


CASES = {
    # a 5 MB paragraph without one space: one word longer than a page
    "paragraph-5mb": lambda: agreement(body="<p>%s</p>" % ("a" * (5 * 1024 * 1024))),
    # a paragraph just under the text limit, still without spaces
    "paragraph-900kb": lambda: agreement(body="<p>%s</p>" % ("ab" * (450 * 1024))),
    "table-10000": lambda: agreement(body=budget(10000)),
    # one line past LIMIT_BUDGET_LINES, in two tables
    "table-20001": lambda: agreement(body=budget(10000) + budget(10001)),
    # one budget line whose label alone is longer than a page
    "cell-taller-than-page": lambda: agreement(
        body=budget(3, label=lambda i: "lång etikett " * (4000 if i == 1 else 1))),
    "nested-lists-1000": lambda: agreement(body=nested_lists(1000)),
    "nested-lists-10": lambda: agreement(body=nested_lists(10)),
    # 30 lists deep (a Word document has at most 9): each level is a
    # <list> and an <item>, so the XML is over 64 elements deep, refused
    # with the line where it goes too deep (13 lists: tests/bad/list-too-deep)
    "nested-lists-30": lambda: agreement(body=nested_lists(30)),
    # a URL of 100 KB (a paste gone wrong): broken at its slashes and
    # periods, every character printed, nothing past the margin
    "url-100kb": lambda: agreement(body="<p>Se https://www.exempel.se/%s.</p>" % "/".join(
        "del%d.sida_%d" % (i, i) for i in range(6000))),
    "parties-200": lambda: agreement(nparties=200),
    "parties-50": lambda: agreement(nparties=50),
    "title-10000": lambda: agreement(title="Överenskommelse " * 625),
    # the longest title the schema allows
    "title-2000": lambda: agreement(title=("Överenskommelse " * 125)[:2000].strip()),
}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "."
    os.makedirs(out, exist_ok=True)
    for name, make in CASES.items():
        with open(os.path.join(out, name + ".xml"), "w", encoding="utf-8") as f:
            f.write(make())


if __name__ == "__main__":
    main()
