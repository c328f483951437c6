#!/usr/bin/env python3
"""Self-test for tests/pdfjs/structtree.mjs (python3 standard library only).

Writes small tagged PDFs, reads them with structtree.mjs (pdf.js) in one
node process, and checks roles, texts, artifacts, untagged text and metadata.
A negative control (a PDF with wrong tags) must make the same checks fail, so
the checks are known to be able to fail.

    python3 tests/pdfjs/test_structtree.py [-v]

Runs tests/pdfjs/install.sh first (quiet when all is installed; set
PDFJS_NO_INSTALL=1 to skip). Prints "pdfjs: N passed, M failed"; exit 1 on
any failure.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
STRUCTTREE = os.path.join(HERE, "structtree.mjs")
INSTALL = os.path.join(HERE, "install.sh")
VERBOSE = "-v" in sys.argv[1:]

# ---------------------------------------------------------------- the PDF --

HEADER_TEXT = "Sidhuvud \u2013 Link\u00f6ping \u2013 \u00e5\u00e4\u00f6 \u00c5\u00c4\u00d6"
TITLE = "Testdokument \u2013 \u00e5\u00e4\u00f6"
AUTHOR = "Fr\u00e5n H\u00e4rn\u00f6sand"


def literal(data):
    """A PDF literal string of bytes, non-ASCII as octal escapes."""
    out = []
    for byte in data:
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % byte)
    return "(" + "".join(out) + ")"


def winansi(text):
    """A PDF literal string in WinAnsiEncoding."""
    return literal(text.encode("cp1252"))


def pdfdoc(text):
    """A PDF literal string in PDFDocEncoding (Latin-1 letters)."""
    return literal(text.encode("latin-1"))


def utf16(text):
    """A PDF text string in UTF-16BE with BOM, as a hex string."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def build_pdf(header_artifact=True, two_line_paragraph=False, broken=False):
    """One page: Document > H1, P, L > LI > (Lbl, LBody), Table > TR > (TH, TD)
    and a header line, marked /Artifact when header_artifact.

    two_line_paragraph: the P's text is set on two lines in one marked-content
    sequence ("Första" / "stycket."), to test the hasEOL rule.
    broken: negative control; H1 is tagged /P, the Lbl's MCID is wrong, the
    TH is a TD and the header is tagged /P with an MCID in the tree.
    """
    h1_role = "P" if broken else "H1"
    th_role = "TD" if broken else "TH"
    lbl_mcid = 9 if broken else 2

    body = []
    if broken:
        body.append("/P <</MCID 6>> BDC")
    elif header_artifact:
        body.append("/Artifact <</Type /Pagination /Subtype /Header>> BDC")
    body.append("BT /F1 9 Tf 72 800 Td %s Tj ET" % winansi(HEADER_TEXT))
    if broken or header_artifact:
        body.append("EMC")
    body.append("/H1 <</MCID 0>> BDC BT /F1 20 Tf 72 740 Td %s Tj ET EMC" % winansi("Rubrik"))
    if two_line_paragraph:
        body.append("/P <</MCID 1>> BDC BT /F1 11 Tf 14 TL 72 710 Td %s Tj T* %s Tj ET EMC"
                    % (winansi("F\u00f6rsta"), winansi("stycket.")))
    else:
        body.append("/P <</MCID 1>> BDC BT /F1 11 Tf 72 710 Td %s Tj ET EMC"
                    % winansi("F\u00f6rsta stycket."))
    body.append("/Lbl <</MCID 2>> BDC BT /F1 11 Tf 72 670 Td %s Tj ET EMC" % winansi("\u2022"))
    body.append("/LBody <</MCID 3>> BDC BT /F1 11 Tf 90 670 Td %s Tj ET EMC" % winansi("punkt"))
    body.append("/TH <</MCID 4>> BDC BT /F1 11 Tf 72 630 Td %s Tj ET EMC" % winansi("\u00c5r"))
    body.append("/TD <</MCID 5>> BDC BT /F1 11 Tf 150 630 Td %s Tj ET EMC" % winansi("2025"))
    body.append("0.5 w 72 620 m 200 620 l S")
    content = ("\n".join(body) + "\n").encode("latin-1")

    xmp = ("""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
   <dc:language><rdf:Bag><rdf:li>sv-SE</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""" % TITLE).encode("utf-8")

    objs = {}
    objs[1] = ("<< /Type /Catalog /Pages 2 0 R /StructTreeRoot 5 0 R"
               " /MarkInfo << /Marked true >> /Lang (sv-SE) /Metadata 19 0 R"
               " /ViewerPreferences << /DisplayDocTitle true >> >>")
    objs[2] = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    objs[3] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]"
               " /Resources << /Font << /F1 4 0 R >> >> /Contents 6 0 R"
               " /StructParents 0 /Tabs /S >>")
    objs[4] = ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica"
               " /Encoding /WinAnsiEncoding >>")
    objs[5] = ("<< /Type /StructTreeRoot /K [7 0 R] /ParentTree 18 0 R"
               " /ParentTreeNextKey 1 >>")
    objs[6] = content
    objs[7] = "<< /Type /StructElem /S /Document /P 5 0 R /K [8 0 R 9 0 R 10 0 R 14 0 R%s] >>" % (
        " 20 0 R" if broken else "")
    objs[8] = "<< /Type /StructElem /S /%s /P 7 0 R /Pg 3 0 R /K 0 >>" % h1_role
    objs[9] = "<< /Type /StructElem /S /P /P 7 0 R /Pg 3 0 R /K 1 >>"
    objs[10] = ("<< /Type /StructElem /S /L /P 7 0 R /K [11 0 R]"
                " /A << /O /List /ListNumbering /Disc >> >>")
    objs[11] = "<< /Type /StructElem /S /LI /P 10 0 R /K [12 0 R 13 0 R] >>"
    objs[12] = "<< /Type /StructElem /S /Lbl /P 11 0 R /Pg 3 0 R /K %d >>" % lbl_mcid
    objs[13] = "<< /Type /StructElem /S /LBody /P 11 0 R /Pg 3 0 R /K 3 >>"
    objs[14] = "<< /Type /StructElem /S /Table /P 7 0 R /K [15 0 R] >>"
    objs[15] = "<< /Type /StructElem /S /TR /P 14 0 R /K [16 0 R 17 0 R] >>"
    objs[16] = ("<< /Type /StructElem /S /%s /P 15 0 R /Pg 3 0 R /K 4"
                " /A << /O /Table /Scope /Column >> >>" % th_role)
    objs[17] = "<< /Type /StructElem /S /TD /P 15 0 R /Pg 3 0 R /K 5 >>"
    parents = "8 0 R 9 0 R 12 0 R 13 0 R 16 0 R 17 0 R"
    if broken:
        parents += " 20 0 R"
    objs[18] = "<< /Nums [0 [%s]] >>" % parents
    objs[19] = xmp
    if broken:
        objs[20] = "<< /Type /StructElem /S /P /P 7 0 R /Pg 3 0 R /K 6 >>"

    stream_dicts = {6: "<< /Length %d >>", 19: "<< /Type /Metadata /Subtype /XML /Length %d >>"}
    count = max(objs) + 1
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in range(1, count):
        if num not in objs:
            continue
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num
        if num in stream_dicts:
            data = objs[num]
            out += (stream_dicts[num] % len(data)).encode("ascii")
            out += b"\nstream\n" + data + b"\nendstream"
        else:
            out += objs[num].encode("latin-1")
        out += b"\nendobj\n"
    info_num = count
    offsets[info_num] = len(out)
    out += (b"%d 0 obj\n<< /Title %s /Author %s /Producer (test_structtree.py) >>\nendobj\n"
            % (info_num, utf16(TITLE).encode("ascii"), pdfdoc(AUTHOR).encode("latin-1")))
    size = info_num + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for num in range(1, size):
        if num in offsets:
            out += b"%010d 00000 n \n" % offsets[num]
        else:
            out += b"0000000000 65535 f \n"
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (size, info_num, xref))
    return bytes(out)


# ----------------------------------------------------------------- checks --

class Checks:
    def __init__(self, quiet=False):
        self.passed = 0
        self.failed = 0
        self.quiet = quiet

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
            if VERBOSE:
                print("ok   %s" % name)
        else:
            self.failed += 1
            if self.quiet:
                if VERBOSE:
                    print("expected failure (negative control) %s: %s" % (name, detail))
                return
            print("FAIL %s%s" % (name, (": " + detail) if detail else ""))


def walk(node, out):
    """Depth-first (role, text-of-element) list; text = its leaves' texts joined."""
    if node is None or "role" not in node:
        return
    if node["role"] != "Root":
        out.append((node["role"], element_text(node), node))
    for kid in node.get("children", []):
        walk(kid, out)


def element_text(node):
    if "role" not in node:
        return node.get("text", "").strip()
    parts = [element_text(k) for k in node.get("children", [])]
    return " ".join(p for p in parts if p)


def all_leaf_texts(result):
    texts = []

    def rec(node):
        if node is None:
            return
        if "role" not in node:
            texts.append(node.get("text", ""))
            return
        for kid in node.get("children", []):
            rec(kid)
    for page in result.get("tree", []):
        rec(page.get("root"))
    return texts


EXPECTED = [
    ("Document", "Rubrik F\u00f6rsta stycket. \u2022 punkt \u00c5r 2025", None, None),
    ("H1", "Rubrik", "heading", 1),
    ("P", "F\u00f6rsta stycket.", None, None),
    ("L", "\u2022 punkt", "list", None),
    ("LI", "\u2022 punkt", "listitem", None),
    ("Lbl", "\u2022", None, None),
    ("LBody", "punkt", None, None),
    ("Table", "\u00c5r 2025", "table", None),
    ("TR", "\u00c5r 2025", "row", None),
    ("TH", "\u00c5r", "columnheader", None),
    ("TD", "2025", "cell", None),
]
EXPECTED_ORDER = "Rubrik F\u00f6rsta stycket. \u2022 punkt \u00c5r 2025"


def check_tagged_body(c, label, r):
    """The checks on the tagged body; returns nothing, records into c."""
    c.check(label + ": no error", "error" not in r, r.get("error", ""))
    c.check(label + ": one page", r.get("numPages") == 1 and len(r.get("tree", [])) == 1
            and r["tree"][0].get("page") == 1, str(r.get("numPages")))
    root = r.get("tree", [{}])[0].get("root") if r.get("tree") else None
    c.check(label + ": root is Root", bool(root) and root.get("role") == "Root", str(root)[:200])
    nodes = []
    walk(root, nodes)
    roles = [n[0] for n in nodes]
    c.check(label + ": roles in order", roles == [e[0] for e in EXPECTED], str(roles))
    for (role, text, node), (erole, etext, earia, elevel) in zip(nodes, EXPECTED):
        if role != erole:
            continue
        c.check("%s: %s text" % (label, role), text == etext, "%r != %r" % (text, etext))
        c.check("%s: %s aria_role" % (label, role), node.get("aria_role") == earia,
                "%r != %r" % (node.get("aria_role"), earia))
        if elevel is not None:
            c.check("%s: %s aria_level" % (label, role), node.get("aria_level") == elevel,
                    str(node.get("aria_level")))
    leaves = []

    def rec(node):
        if node and "role" not in node:
            leaves.append(node)
        for kid in (node or {}).get("children", []):
            rec(kid)
    rec(root)
    c.check(label + ": leaves are content with id and text",
            len(leaves) == 6 and all(l.get("type") == "content"
                                     and re.fullmatch(r"p\d+R_mc\d+", l.get("id", ""))
                                     and isinstance(l.get("text"), str) for l in leaves),
            json.dumps(leaves, ensure_ascii=False))
    c.check(label + ": text_in_tree_order", r.get("text_in_tree_order") == EXPECTED_ORDER,
            "%r" % r.get("text_in_tree_order"))
    c.check(label + ": header not in tree",
            all(HEADER_TEXT not in t and "Sidhuvud" not in t for t in all_leaf_texts(r))
            and "Sidhuvud" not in r.get("text_in_tree_order", ""))
    c.check(label + ": no unreferenced text", r.get("unreferenced_text") == [],
            str(r.get("unreferenced_text")))
    c.check(label + ": no missing ids", r.get("missing_ids") == [], str(r.get("missing_ids")))
    c.check(label + ": no warnings", r.get("warnings") == [], str(r.get("warnings")))


def check_metadata(c, label, r):
    c.check(label + ": markInfo.Marked", (r.get("markInfo") or {}).get("Marked") is True,
            str(r.get("markInfo")))
    info = r.get("info") or {}
    c.check(label + ": info.Language", info.get("Language") == "sv-SE", str(info.get("Language")))
    c.check(label + ": info.Title (UTF-16, en dash, åäö)", info.get("Title") == TITLE,
            repr(info.get("Title")))
    c.check(label + ": info.Author (PDFDocEncoding)", info.get("Author") == AUTHOR,
            repr(info.get("Author")))
    xmp = r.get("xmp") or {}
    c.check(label + ": xmp dc:title", xmp.get("dc:title") == TITLE, repr(xmp.get("dc:title")))
    c.check(label + ": viewerPreferences.DisplayDocTitle",
            (r.get("viewerPreferences") or {}).get("DisplayDocTitle") is True,
            str(r.get("viewerPreferences")))


def role_table(text):
    m = re.search(r"const PDF_ROLE_TO_HTML_ROLE = \{(.*?)\};", text, re.S)
    if not m:
        return None
    return dict(re.findall(r"(\w+):\s*(null|\"[^\"]*\")", m.group(1)))


def main():
    c = Checks()
    if os.environ.get("PDFJS_NO_INSTALL") != "1":
        inst = subprocess.run(["sh", INSTALL])
        if inst.returncode != 0:
            print("pdfjs: install.sh failed")
            print("pdfjs: 0 passed, 1 failed")
            return 1

    with tempfile.TemporaryDirectory() as tmp:
        files = {
            "artifact": build_pdf(header_artifact=True),
            "untagged": build_pdf(header_artifact=False, two_line_paragraph=True),
            "broken": build_pdf(broken=True),
        }
        paths = {}
        for name, data in files.items():
            paths[name] = os.path.join(tmp, name + ".pdf")
            with open(paths[name], "wb") as f:
                f.write(data)
        paths["notpdf"] = os.path.join(tmp, "notpdf.pdf")
        with open(paths["notpdf"], "wb") as f:
            f.write(b"this is not a PDF\n")
        paths["missing"] = os.path.join(tmp, "missing.pdf")
        order = ["artifact", "notpdf", "untagged", "missing", "broken"]
        proc = subprocess.run(["node", STRUCTTREE] + [paths[n] for n in order],
                              capture_output=True, text=True, encoding="utf-8")
        lines = proc.stdout.splitlines()
        c.check("one line per file, in order",
                len(lines) == len(order)
                and [json.loads(l).get("file") for l in lines] == [paths[n] for n in order],
                proc.stdout[:500] + proc.stderr[:500])
        c.check("exit status 1 when a file fails", proc.returncode == 1, str(proc.returncode))
        if len(lines) != len(order):
            print(proc.stderr)
            print("pdfjs: %d passed, %d failed" % (c.passed, c.failed + 1))
            return 1
        res = {n: json.loads(l) for n, l in zip(order, lines)}
        if VERBOSE:
            for n in order:
                print(n, json.dumps(res[n], ensure_ascii=False))

        for name in ("notpdf", "missing"):
            r = res[name]
            c.check(name + ": error entry", isinstance(r.get("error"), str) and r["error"] != ""
                    and "tree" not in r, json.dumps(r)[:300])

        # 1. Header marked as an artifact.
        r = res["artifact"]
        check_tagged_body(c, "artifact", r)
        check_metadata(c, "artifact", r)
        c.check("artifact: header in artifacts_text", r.get("artifacts_text") == [HEADER_TEXT],
                repr(r.get("artifacts_text")))
        c.check("artifact: untagged_text empty", r.get("untagged_text") == [],
                repr(r.get("untagged_text")))
        c.check("artifact: per-page artifacts", r["tree"][0].get("artifacts") == [HEADER_TEXT],
                repr(r["tree"][0].get("artifacts")))

        # 2. Header not marked: untagged; P on two lines joins with one space.
        r = res["untagged"]
        check_tagged_body(c, "untagged", r)
        c.check("untagged: header in untagged_text", r.get("untagged_text") == [HEADER_TEXT],
                repr(r.get("untagged_text")))
        c.check("untagged: artifacts_text empty", r.get("artifacts_text") == [],
                repr(r.get("artifacts_text")))

        # 3. Negative control: the same checks must fail on a wrongly tagged PDF.
        r = res["broken"]
        neg = Checks(quiet=True)
        check_tagged_body(neg, "broken", r)
        c.check("negative control: body checks fail on wrong tags", neg.failed >= 4,
                "only %d failed" % neg.failed)
        nodes = []
        walk(r["tree"][0]["root"], nodes)
        c.check("negative control: H1 tagged P has no heading role",
                nodes and nodes[1][0] == "P" and nodes[1][2].get("aria_role") is None,
                str([n[0] for n in nodes]))
        c.check("negative control: header tagged P is in the tree",
                any(HEADER_TEXT == t for t in all_leaf_texts(r)) and r.get("artifacts_text") == [],
                repr(all_leaf_texts(r)))
        c.check("negative control: Lbl with a wrong MCID gives missing id and unreferenced text",
                len(r.get("missing_ids", [])) == 1
                and r.get("unreferenced_text") == ["\u2022"],
                "%r %r" % (r.get("missing_ids"), r.get("unreferenced_text")))

    # The ARIA role table copied into structtree.mjs matches the installed viewer's.
    with open(STRUCTTREE, encoding="utf-8") as f:
        ours = role_table(f.read())
    viewer = os.path.join(HERE, "node_modules", "pdfjs-dist", "web", "pdf_viewer.mjs")
    with open(viewer, encoding="utf-8") as f:
        theirs = role_table(f.read())
    c.check("aria role table matches pdf_viewer.mjs", ours and ours == theirs,
            "ours=%s theirs=%s" % (ours, theirs))

    print("pdfjs: %d passed, %d failed" % (c.passed, c.failed))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
