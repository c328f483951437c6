#!/usr/bin/env python3
"""What Firefox's reader (pdf.js) makes of iopdoc's tagged PDFs.

usage: check_tags.py DIR [DIR...]

Reads every DIR/*.pdf with tests/pdfjs/structtree.mjs (one node process for
all) and checks, for each:

- the catalog: /MarkInfo Marked, /Lang sv-SE, DisplayDocTitle, a title;
- every page has a structure tree under Document, every piece of text is
  either in the tree or an artifact (nothing untagged, nothing marked but
  unreferenced), no pdf.js warnings;
- headers and footers ("Sida N av M") are artifacts on every page (but
  a cover page 1, when page 2 says "Sida 2 av M") and
  never in the tree;
- roles: headings have text, every table is regular and starts with a row
  of header cells, every list holds items of a label and a body, every
  figure has a text alternative;
- the words of the tree plus the artifacts are exactly the words pdftotext
  finds on the pages (nothing drawn is lost from the tree, nothing added);
- when DIR/NAME.xml (the source of NAME.pdf) is there: every section
  heading is a heading with its number and text, every <list> is a list
  with as many items, in document order, every <budget> of the text a table whose
  header row is header cells and whose rows hold its lines, and the text
  of each <p> appears in the tree in document order; each attached
  <annex> is a Sect holding its H1 "Bilaga N. Title", its sections below.

Prints "ok FILE" or "FAIL FILE: why" lines and "tagged: N passed, M failed".
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "golden"))
sys.dont_write_bytecode = True
import typofold  # noqa: E402


def norm(s):
    # NFC: a source may write letters decomposed; iopdoc prints them
    # composed; the typographic pass's quotes, dashes and no-break spaces
    # fold back (tests/golden/typofold.py)
    return typofold.fold(unicodedata.normalize("NFC", " ".join((s or "").split())))


def node_text(n):
    """The text of a node's subtree, leaves joined by single spaces."""
    if "text" in n:
        return norm(n["text"])
    return norm(" ".join(node_text(c) for c in n.get("children", [])))


def walk(n, out):
    out.append(n)
    for c in n.get("children", []):
        walk(c, out)
    return out


def roots(d):
    return [p["root"] for p in d.get("tree", [])]


def element_nodes(d):
    """Every structure element of every page, depth first.  pdf.js gives
    one tree per page, so an element that continues on the next page
    appears on both: consecutive pages are joined by element identity
    where pdf.js gives none, so we merge on (role, text) only for the
    checks that need the whole document (see whole_sequence)."""
    out = []
    for r in roots(d):
        if r is not None:
            walk(r, out)
    return [n for n in out if "role" in n]


def words(s):
    return Counter(w for w in s.split() if w)


def pdftotext_words(pdf):
    p = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True)
    # A word iopdoc hyphenated: pdftotext keeps the added soft hyphen
    # (U+00AD) at the line end, pdf.js drops it and ends the line; both
    # keep the word's halves apart, so compare the halves.
    text = p.stdout.decode("utf-8", "replace").replace("\f", " ")
    return words(re.sub("\u00ad(\\s|$)", " ", text))


def check_generic(d):
    why = []
    if "error" in d:
        return [f"pdf.js cannot read it: {d['error']}"]
    if d.get("warnings"):
        why.append(f"pdf.js warnings: {d['warnings'][:3]}")
    if not (d.get("markInfo") or {}).get("Marked"):
        why.append("no /MarkInfo Marked true")
    if (d.get("info") or {}).get("Language") != "sv-SE":
        why.append(f"language {d.get('info', {}).get('Language')!r}, not sv-SE")
    if not (d.get("viewerPreferences") or {}).get("DisplayDocTitle"):
        why.append("no DisplayDocTitle")
    if not norm((d.get("info") or {}).get("Title")):
        why.append("no title")
    for p in d.get("tree", []):
        r = p["root"]
        if r is None or not any(c.get("role") == "Document" for c in r.get("children", [])):
            why.append(f"page {p['page']}: no structure tree under Document")
        art = " ".join(p.get("artifacts", []))
        # a cover page (title-page) has no footer; it counts as page 1
        pages = d.get("tree", [])
        cover = (p["page"] == 1 and len(pages) > 1 and
                 re.search(r"Sida 2 av \d+", " ".join(pages[1].get("artifacts", []))))
        if not cover and not re.search(r"Sida \d+ av \d+", art):
            why.append(f"page {p['page']}: no 'Sida N av M' among the artifacts")
    if d.get("untagged_text"):
        why.append(f"text neither tagged nor an artifact: {d['untagged_text'][:3]}")
    if d.get("unreferenced_text"):
        why.append(f"marked text no element owns: {d['unreferenced_text'][:3]}")
    if re.search(r"Sida \d+ av \d+", d.get("text_in_tree_order", "")):
        why.append("a page number is inside the structure tree")
    nodes = element_nodes(d)
    # pdf.js gives one tree per page: an item whose label is on an earlier
    # page and whose nested list goes on here shows only its LBody, as
    # the first item of its list on a later page
    continued = set()
    for r in roots(d)[1:]:
        for n in walk(r, []) if r is not None else []:
            items = [k for k in n.get("children", []) if k.get("role") == "LI"]
            if n.get("role") == "L" and items:
                continued.add(id(items[0]))
    for n in nodes:
        role = n["role"]
        kids = [c for c in n.get("children", []) if "role" in c]
        if role == "LI" and id(n) in continued and [k["role"] for k in kids] == ["LBody"]:
            continue
        # an item with no text of its own, holding only a list, draws no
        # label: an LI of an LBody that holds the list (ISO 32000-1, 14.8.4.3.3:
        # Lbl and LBody are each optional)
        if role == "LI" and [k["role"] for k in kids] == ["LBody"] and \
                [c.get("role") for c in kids[0].get("children", []) if "role" in c][:1] == ["L"]:
            continue
        if role in ("H1", "H2", "H3", "H4", "H5", "H6") and not node_text(n):
            why.append(f"an empty {role}")
        if role == "Figure" and not norm(n.get("alt")):
            why.append("a Figure without a text alternative")
        if role == "L" and any(k["role"] != "LI" for k in kids):
            why.append(f"a list holding {[k['role'] for k in kids]}")
        if role == "LI" and [k["role"] for k in kids] != ["Lbl", "LBody"]:
            why.append(f"a list item of {[k['role'] for k in kids]}, not Lbl and LBody")
        if role == "Table":
            rows = [k for k in kids if k["role"] == "TR"]
            # a <table>'s caption comes first, inside the Table
            caption = 1 if kids and kids[0]["role"] == "Caption" else 0
            if len(rows) + caption != len(kids):
                why.append("a table holding other than rows (and a Caption first)")
            # (regularity is tests/pdfa's: pdf.js leaves out empty cells)
    # the first part of every table begins with header cells
    for r in roots(d):
        if r is None:
            continue
        for n in walk(r, []):
            if n.get("role") != "Table":
                continue
            rows = [k for k in n.get("children", []) if k.get("role") == "TR"]
            if rows and not all(c.get("role") in ("TH", "TD") for c in rows[0].get("children", [])):
                why.append("a row holding other than cells")
    return why


def first_table_parts(d):
    """Each table as it begins (the first page it is on), in order."""
    seen, out = set(), []
    for r in roots(d):
        if r is None:
            continue
        for n in walk(r, []):
            if n.get("role") == "Table":
                rows = [k for k in n.get("children", []) if k.get("role") == "TR"]
                key = id(n)
                if key not in seen:
                    seen.add(key)
                    out.append(rows)
    return out


def table_nodes(d):
    """Each Table node of the tree as it begins (its first page)."""
    seen, out = set(), []
    for r in roots(d):
        for n in (walk(r, []) if r is not None else []):
            if n.get("role") == "Table" and id(n) not in seen:
                seen.add(id(n))
                out.append(n)
    return out


def check_tables(d, text):
    """Every <table> of the source: a Table whose first row is header
    cells (when it has header rows), whose Caption comes first and holds
    the caption, and whose row-header column gives TH cells."""
    why = []
    tables = table_nodes(d)
    for t in (text.iter("table") if text is not None else []):
        body = [c for r in t.iter("row") for c in r.findall("cell")
                if r not in t.findall("header/row") and inline_text(c) and "_" not in inline_text(c)]
        if not body:
            continue
        first = inline_text(body[0])[:25]
        hit = [n for n in tables if first in " ".join(node_text(k) for k in n.get("children", []))]
        cap = t.find("caption")
        if cap is not None and inline_text(cap):
            # the same first cell may open several tables: the caption tells
            hit = [n for n in hit if inline_text(cap)[:30] in node_text(n)] or hit
        if not hit:
            why.append(f"the table with the cell {first!r} is not a table")
            continue
        kids = hit[0].get("children", [])
        if cap is not None and inline_text(cap):
            if not kids or kids[0].get("role") != "Caption" or \
                    inline_text(cap)[:30] not in node_text(kids[0]):
                why.append(f"the table {inline_text(cap)!r} has no Caption first")
        rows = [k for k in kids if k.get("role") == "TR"]
        if t.find("header") is not None and rows and \
                not all(c.get("role") == "TH" for c in rows[0].get("children", [])):
            why.append(f"the table with the cell {first!r} has no header row of TH cells")
        if any(c.get("header") == "yes" for c in t.findall("column")):
            heads = [c for r in rows[1:] for c in r.get("children", []) if c.get("role") == "TH"]
            if not heads:
                why.append(f"the table with the cell {first!r} has no row headers (TH) in its body")
    return why


def check_words(d, pdf):
    tree = words(d.get("text_in_tree_order", ""))
    art = words(" ".join(d.get("artifacts_text", [])))
    drawn = pdftotext_words(pdf)
    # pdftotext spells a rotated word (the UTKAST mark) letter by letter
    for w in list((art - drawn).elements()):
        letters = Counter(w)
        if all(drawn[ch] >= n for ch, n in letters.items()):
            drawn -= letters
            drawn[w] += 1
    have = tree + art
    if have == drawn:
        return []
    lost = drawn - have
    extra = have - drawn
    return [f"words drawn but neither in the tree nor artifacts: {list(lost.elements())[:8]}; "
            f"in the tree or artifacts but not drawn: {list(extra.elements())[:8]}"]


def inline_text(e):
    return norm("".join(e.itertext()))


def own_text(item):
    """A list item's own text, without its nested lists and paragraphs."""
    parts = [item.text or ""]
    for c in item:
        if c.tag in ("em", "strong"):
            parts.append("".join(c.itertext()))
        parts.append(c.tail or "")
    return norm("".join(parts))


def subsequence(want, have):
    """Index in have of each of want, in order, or None for the first missing."""
    i = 0
    for w in want:
        while i < len(have) and have[i] != w:
            i += 1
        if i == len(have):
            return w
        i += 1
    return None


def check_source(d, xml_path):
    why = []
    root = ET.parse(xml_path).getroot()
    if root.tag not in ("agreement", "followup"):
        return why
    text = root.find("text")
    nodes = element_nodes(d)
    headings = [node_text(n) for n in nodes if n["role"] in ("H1", "H2", "H3")]
    # pdf.js repeats an element on each page it spans: drop neighbours
    # that are the same heading
    want = []
    if text is not None:
        for s in text.iter("section"):
            h = s.find("heading")
            if h is None:
                continue
            want.append(norm(((s.get("number") + " ") if s.get("number") else "") + inline_text(h)))
    # a word wider than the column is broken between characters, so a
    # reader sees its pieces: compare headings without their spaces
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    missing = subsequence([squeeze(w) for w in want], [squeeze(h) for h in headings])
    if missing is not None:
        why.append(f"section heading {missing!r} is not a heading in order (headings: {headings[:12]})")
    # lists: item counts of the source's lists, in order, among the tree's
    lists = []
    if text is not None:
        for l in text.iter("list"):
            lists.append((len(l.findall("item")), own_text(l.find("item"))[:30]))
    tree_lists = []
    for n in nodes:
        if n["role"] == "L":
            items = [k for k in n.get("children", []) if k.get("role") == "LI"]
            body = ""
            if items:
                kids = [k for k in items[0].get("children", []) if k.get("role") == "LBody"]
                body = node_text(kids[0]) if kids else ""
            tree_lists.append((len(items), body))
    # merge list parts split over pages: a part whose first item text is
    # not the source's first item continues the list before it
    i = 0
    for count, first in lists:
        while i < len(tree_lists) and not tree_lists[i][1].startswith(first[:20]):
            i += 1
        if i == len(tree_lists):
            why.append(f"the list beginning {first!r} is not a list")
            break
        got = tree_lists[i][0]
        j = i + 1
        while got < count and j < len(tree_lists):
            got += tree_lists[j][0]
            j += 1
        if got != count:
            why.append(f"the list beginning {first!r} has {got} items, the source {count}")
        i += 1
    # budgets: a table whose rows hold the lines
    tables = first_table_parts(d)
    table_text = [" ".join(node_text(r) for r in t) for t in tables]
    # the budgets of the text; those of <economy> are summed up in one
    # summary table
    for b in (text.iter("budget") if text is not None else []):
        labels = [inline_text(l.find("label")) for l in b.findall("line") if l.find("label") is not None]
        if not labels:
            continue
        hit = [k for k, t in enumerate(table_text) if labels[0][:25] in t]
        if not hit:
            why.append(f"the budget with the line {labels[0]!r} is not a table")
            continue
        rows = tables[hit[0]]
        if not rows or not all(c.get("role") == "TH" for c in rows[0].get("children", [])):
            why.append(f"the budget with the line {labels[0]!r} has no header row of TH cells")
    why += check_tables(d, text)
    # paragraphs in order (the tree's text folded as the XML's is)
    tree = norm(d.get("text_in_tree_order", ""))
    pos = 0
    if text is not None:
        for p in text.iter("p"):
            t = inline_text(p)
            if not t:
                continue
            k = tree.find(t[:40], pos)
            if k < 0:
                why.append(f"the paragraph {t[:50]!r} is not in the tree after what precedes it")
                break
            pos = k
    return why


def check_annexes(d, xml_path):
    """Each attached annex of an agreement is a Sect holding an H1 "Bilaga
    N. Title" (the default template's pattern), its sections H2 below it,
    in order after the agreement's own headings."""
    why = []
    root = ET.parse(xml_path).getroot()
    annexes = root.find("annexes") if root.tag == "agreement" else None
    if annexes is None:
        return why
    sect_h1, order = [], []

    def visit(n, parent_role):
        role = n.get("role")
        if role in ("H1", "H2", "H3"):
            order.append((role, node_text(n)))
            if role == "H1" and parent_role == "Sect":
                sect_h1.append(node_text(n))
        for c in n.get("children", []):
            visit(c, role if role is not None else parent_role)
    for r in roots(d):
        if r is not None:
            visit(r, None)
    want = []
    for a in annexes.findall("annex"):
        if a.get("attached", "yes") != "yes":
            continue
        head = norm(f"Bilaga {a.get('number')}. {inline_text(a.find('title'))}")
        if head not in sect_h1:
            why.append(f"annex heading {head!r} is not an H1 of a Sect (H1s in a Sect: {sect_h1[:6]})")
        want.append(("H1", head))
        for s in a.iter("section"):
            h = s.find("heading")
            if h is not None:
                want.append(("H2" if s in list(a) else "H3",
                             norm(((s.get("number") + " ") if s.get("number") else "") + inline_text(h))))
    missing = subsequence(want, order)
    if missing is not None:
        why.append(f"annex heading {missing!r} is not there with its role, in order (headings: {order[-8:]})")
    return why


def main():
    dirs = sys.argv[1:]
    if not dirs:
        sys.exit(__doc__)
    pdfs = sorted(os.path.join(d, f) for d in dirs for f in os.listdir(d) if f.endswith(".pdf"))
    if not pdfs:
        print("tagged: no PDF to check")
        sys.exit(1)
    p = subprocess.run(["node", os.path.join(HERE, "structtree.mjs")] + pdfs, capture_output=True)
    results = {}
    for line in p.stdout.decode("utf-8").splitlines():
        d = json.loads(line)
        results[d["file"]] = d
    passed = failed = 0
    for pdf in pdfs:
        d = results.get(pdf)
        if d is None:
            why = [f"structtree.mjs gave nothing: {p.stderr.decode()[:300]}"]
        else:
            why = check_generic(d)
            if "error" not in d:
                why += check_words(d, pdf)
                src = pdf[:-4] + ".xml"
                if os.path.exists(src):
                    why += check_source(d, src)
                    why += check_annexes(d, src)
        if why:
            failed += 1
            print(f"FAIL {pdf}:")
            for w in why:
                print(f"    {w}")
        else:
            passed += 1
            print(f"ok {pdf}")
    print(f"tagged: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
