#!/usr/bin/env python3
"""Self-tests for pdfcheck.py.  Run: python3 tests/pdfa/test_pdfcheck.py

A small PDF writer below makes a fully conforming one-page tagged PDF/A-2b
document; the checker must pass it.  Every other test breaks one thing in
it and asserts that exactly the rule guarding that thing fails, so a
checker that always said ok (or failed everything) fails these tests.
"""

import hashlib
import io
import os
import re
import struct
import subprocess
import sys
import tempfile
import unittest
import zlib
from contextlib import redirect_stdout, redirect_stderr
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
import pdfcheck  # noqa: E402

FONT = HERE.parent.parent / "fonts" / "IopdocSans-Regular.ttf"
SCRIPT = HERE / "pdfcheck.py"


# ---------------------------------------------------------------------------
# A minimal PDF writer: named objects, "@name" for references to them.

class Obj:
    def __init__(self, body):
        self.body = body


class StreamObj:
    def __init__(self, dict_body, data, filter="FlateDecode", encoded=None):
        self.dict_body, self.data, self.filter = dict_body, data, filter
        self.encoded = encoded  # precompressed data (the font), reused

    def encode(self):
        if self.filter is None:
            return self.data, ""
        if self.filter == "FlateDecode":
            return (self.encoded or zlib.compress(self.data)), " /Filter /FlateDecode"
        if self.filter == "ASCIIHexDecode":
            return self.data.hex().encode() + b">", " /Filter /ASCIIHexDecode"
        raise ValueError(self.filter)


class Pdf:
    def __init__(self):
        self.objs = {}
        self.header = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
        self.trailer_extra = ""
        self.id = "hash"          # hash | none | fixed:<32 hex>,<32 hex>
        self.eof = b"%%EOF\n"
        self.xref_shift = 0

    def add(self, name, body):
        self.objs[name] = Obj(body)

    def add_stream(self, name, dict_body, data, **kw):
        self.objs[name] = StreamObj(dict_body, data, **kw)

    def edit(self, name, old, new, count=1):
        """Replaces old by new in an object's body or stream data; insists
        that old is there, so that no test mutates nothing."""
        o = self.objs[name]
        attr = "body" if isinstance(o, Obj) else "data" if isinstance(old, bytes) else "dict_body"
        cur = getattr(o, attr)
        if old not in cur:
            raise AssertionError("%r not in %s" % (old, name))
        setattr(o, attr, cur.replace(old, new, count))

    def build(self):
        nums = {name: i for i, name in enumerate(self.objs, 1)}

        def refs(text):
            return re.sub(r"@([a-z][a-z0-9_]*)", lambda m: "%d 0 R" % nums[m.group(1)], text)

        out = bytearray(self.header)
        offsets = []
        for name, o in self.objs.items():
            offsets.append(len(out))
            out += b"%d 0 obj\n" % nums[name]
            if isinstance(o, Obj):
                out += refs(o.body).encode("latin-1")
            else:
                data, filt = o.encode()
                out += ("<< %s /Length %d%s >>\nstream\n" % (refs(o.dict_body), len(data), filt)
                        ).encode("latin-1")
                out += data + b"\nendstream"
            out += b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objs) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % (off + self.xref_shift)
        zero = "0" * 32
        if self.id == "none":
            ident = ""
        elif self.id.startswith("fixed:"):
            a, b = self.id[6:].split(",")
            ident = " /ID [<%s> <%s>]" % (a, b)
        else:
            ident = " /ID [<%s> <%s>]" % (zero, zero)
        out += refs("trailer\n<< /Size %d /Root @catalog /Info @info%s%s >>\nstartxref\n%d\n"
                    % (len(self.objs) + 1, ident, self.trailer_extra, xref)).encode("latin-1")
        out += self.eof
        if self.id == "hash":
            # iopdoc's /ID: SHA-256 of the file with zeros in both strings
            digest = hashlib.sha256(bytes(out)).hexdigest()[:32].encode()
            at = out.rindex(b"trailer")
            for _ in range(2):
                at = out.index(zero.encode(), at)
                out[at:at + 32] = digest
        return bytes(out)


# ---------------------------------------------------------------------------
# The conforming document

def literal(text):
    """A PDF literal string for text in WinAnsi (CP1252), non-ASCII as octal."""
    out = []
    for b in text.encode("cp1252"):
        ch = chr(b)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= b < 127:
            out.append(ch)
        else:
            out.append("\\%03o" % b)
    return "(" + "".join(out) + ")"


def utf16_hex(text):
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


TITLE = "Överenskommelse – test"
AUTHOR = "Älvbygdens kommun"

# (marked-content opener, inner operators); strings are shown with F1
CONTENT = [
    ("/Artifact <</Type /Pagination /Subtype /Header>> BDC",
     "BT /F1 9 Tf 72 800 Td %s Tj ET" % literal("Älvbygdens kommun · Huvud")),
    ("/H1 <</MCID 0>> BDC",
     "BT /F1 18 Tf 72 760 Td %s Tj ET" % literal(TITLE)),
    ("/P <</MCID 1>> BDC",
     "BT /F1 11 Tf 72 730 Td [%s -20 %s] TJ 0 -14 Td %s Tj ET"
     % (literal("Parterna ska "), literal("(samarbeta)"), literal("om läxhjälp 2025."))),
    ("/Lbl <</MCID 2>> BDC",
     "BT /F1 11 Tf 72 700 Td %s Tj ET" % literal("•")),
    ("/LBody <</MCID 3>> BDC",
     "BT /F1 11 Tf 90 700 Td <%s> Tj ET" % "Lokaler".encode().hex()),
    ("/Artifact <</Type /Layout>> BDC",
     "q /GS1 gs 0.5 w 72 680 m 300 680 l S Q"),
    ("/TH <</MCID 4>> BDC",
     "BT /F1 10 Tf 72 665 Td %s Tj ET" % literal("År")),
    ("/TD <</MCID 5>> BDC",
     "BT /F1 10 Tf 150 665 Td %s Tj ET" % literal("450\u00a0000 kr")),
    ("/Figure <</MCID 6>> BDC",
     "q 40 0 0 40 72 600 cm /Im1 Do Q"),
    ("/Artifact <</Type /Pagination /Subtype /Footer>> BDC",
     "BT /F1 9 Tf 72 40 Td %s Tj ET" % literal("Sida 1 av 1")),
]


def content_stream():
    return "".join("%s\n%s\nEMC\n" % part for part in CONTENT).encode("latin-1")


def used_codes():
    """The codes CONTENT shows, found without pdfcheck's parser."""
    codes = set()
    for _, ops in CONTENT:
        for m in re.finditer(r"\((?:\\.|[^\\)])*\)", ops):
            s = m.group()[1:-1]
            s = re.sub(r"\\([0-7]{3})", lambda x: chr(int(x.group(1), 8)), s)
            s = re.sub(r"\\(.)", r"\1", s)
            codes.update(ord(c) for c in s)
        for m in re.finditer(r"<([0-9a-f]+)>", ops):
            codes.update(bytes.fromhex(m.group(1)))
    return codes


def tounicode(codes):
    """A ToUnicode CMap for codes: A-Z as one bfrange, the digits as a
    bfrange with an array, the rest as bfchar (all three forms parsed)."""
    char = lambda c: bytes([c]).decode("cp1252")
    rest = sorted(c for c in codes if not (0x41 <= c <= 0x5A or 0x30 <= c <= 0x39))
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange", "<00> <FF>", "endcodespacerange",
             "2 beginbfrange", "<41> <5A> <0041>",
             "<30> <39> [%s]" % " ".join("<%04X>" % (0x30 + k) for k in range(10)),
             "endbfrange", "%d beginbfchar" % len(rest)]
    lines += ["<%02X> <%04X>" % (c, ord(char(c))) for c in rest]
    lines += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop",
              "end", "end"]
    return ("\n".join(lines) + "\n").encode("ascii")


def font_widths(data):
    """Widths for codes 32..255 from the font's hmtx, in WinAnsi."""
    tt = pdfcheck.TrueType(data)
    upem = struct.unpack_from(">H", data, tt.tables["head"][0] + 18)[0]
    nmetrics = struct.unpack_from(">H", data, tt.tables["hhea"][0] + 34)[0]
    hmtx = tt.tables["hmtx"][0]
    out = []
    for c in range(32, 256):
        try:
            ch = bytes([c]).decode("cp1252")
        except UnicodeDecodeError:
            out.append(0)
            continue
        g = min(tt.cmaps[(3, 1)](ord(ch)), nmetrics - 1)
        out.append(struct.unpack_from(">H", data, hmtx + 4 * g)[0] * 1000 // upem)
    return out


def icc_profile(size=132, cls=b"mntr", space=b"RGB ", version=2):
    """A header-only ICC profile (no tags): enough for the header checks."""
    h = bytearray(size)
    struct.pack_into(">I", h, 0, size)
    h[8] = version
    h[12:16], h[16:20], h[20:24] = cls, space, b"XYZ "
    struct.pack_into(">6H", h, 24, 2025, 1, 15, 9, 30, 0)
    h[36:40] = b"acsp"
    struct.pack_into(">3i", h, 68, 63190, 65536, 54061)  # D50
    return bytes(h)


XMP = """<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmp:CreatorTool="test_pdfcheck.py">
   <xmp:CreateDate>2025-01-15T08:30:00Z</xmp:CreateDate>
   <xmp:ModifyDate>2025-01-15T09:30:00+01:00</xmp:ModifyDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>pdfcheck self-test</pdf:Producer>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    pdfaid:part="2" pdfaid:conformance="B"/>
  <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
   <pdfuaid:part>1</pdfuaid:part>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA identification schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Part of ISO 14289</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


class Fixture:
    font = FONT.read_bytes()
    font_z = zlib.compress(font)
    widths = " ".join(str(w) for w in font_widths(font))


def conforming():
    p = Pdf()
    p.add("catalog", "<< /Type /Catalog /Pages @pages /Metadata @xmp /OutputIntents [@oi]"
          " /MarkInfo << /Marked true >> /Lang (sv-SE) /StructTreeRoot @str"
          " /ViewerPreferences << /DisplayDocTitle true >> >>")
    p.add("pages", "<< /Type /Pages /Kids [@page] /Count 1 >>")
    p.add("page", "<< /Type /Page /Parent @pages /MediaBox [0 0 595 842]"
          " /Resources << /Font << /F1 @font >> /XObject << /Im1 @img >>"
          " /ExtGState << /GS1 @gs >> >> /Contents @content /StructParents 0 >>")
    p.add_stream("content", "", content_stream())
    p.add("font", "<< /Type /Font /Subtype /TrueType /BaseFont /IopdocSans-Regular"
          " /FirstChar 32 /LastChar 255 /Widths [%s] /Encoding /WinAnsiEncoding"
          " /FontDescriptor @fontdesc /ToUnicode @tounicode >>" % Fixture.widths)
    p.add("fontdesc", "<< /Type /FontDescriptor /FontName /IopdocSans-Regular /Flags 32"
          " /FontBBox [-489 -258 1147 1014] /ItalicAngle 0 /Ascent 750 /Descent -250"
          " /CapHeight 641 /StemV 0 /FontFile2 @fontfile >>")
    p.add_stream("fontfile", "/Length1 %d" % len(Fixture.font), Fixture.font,
                 encoded=Fixture.font_z)
    p.add_stream("tounicode", "", tounicode(used_codes()))
    p.add_stream("img", "/Type /XObject /Subtype /Image /Width 1 /Height 1"
                 " /ColorSpace /DeviceRGB /BitsPerComponent 8", b"\x20\x40\xa0")
    p.add("gs", "<< /Type /ExtGState /CA 1 /ca 1 /BM /Normal >>")
    p.add("info", "<< /Title %s /Author (\\304lvbygdens kommun) /Creator (test_pdfcheck.py)"
          " /Producer (pdfcheck self-test) /CreationDate (D:20250115093000+01'00')"
          " /ModDate (D:20250115093000+01'00') >>" % utf16_hex(TITLE))
    p.add_stream("xmp", "/Type /Metadata /Subtype /XML",
                 XMP.format(title=TITLE, author=AUTHOR).encode("utf-8"), filter=None)
    p.add("oi", "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier"
          " (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile @icc >>")
    p.add_stream("icc", "/N 3 /Alternate /DeviceRGB", icc_profile())
    # structure: Document > H1, Avsnitt(Sect) > P, L > LI > Lbl + LBody,
    # Table > TR > TH + TD, Figure
    p.add("str", "<< /Type /StructTreeRoot /K @doc /ParentTree @ptree /ParentTreeNextKey 1"
          " /RoleMap << /Avsnitt /Sect >> >>")
    p.add("doc", "<< /Type /StructElem /S /Document /P @str /K [@h1 @sect] >>")
    p.add("h1", "<< /Type /StructElem /S /H1 /P @doc /Pg @page /K 0 >>")
    p.add("sect", "<< /Type /StructElem /S /Avsnitt /P @doc /Pg @page /K [@p @l @table @fig] >>")
    p.add("p", "<< /Type /StructElem /S /P /P @sect /K 1 >>")   # /Pg inherited from sect
    p.add("l", "<< /Type /StructElem /S /L /P @sect /A << /O /List /ListNumbering /Disc >>"
          " /K [@li] >>")
    p.add("li", "<< /Type /StructElem /S /LI /P @l /K [@lbl @lbody] >>")
    p.add("lbl", "<< /Type /StructElem /S /Lbl /P @li /Pg @page /K 2 >>")
    p.add("lbody", "<< /Type /StructElem /S /LBody /P @li"
          " /K << /Type /MCR /Pg @page /MCID 3 >> >>")
    p.add("table", "<< /Type /StructElem /S /Table /P @sect /K [@tr] >>")
    p.add("tr", "<< /Type /StructElem /S /TR /P @table /K [@th @td] >>")
    p.add("th", "<< /Type /StructElem /S /TH /P @tr /Pg @page"
          " /A [<< /O /Layout /Placement /Block >> << /O /Table /Scope /Column >>] /K 4 >>")
    p.add("td", "<< /Type /StructElem /S /TD /P @tr /Pg @page /K 5 >>")
    p.add("fig", "<< /Type /StructElem /S /Figure /P @sect /Pg @page /Alt %s"
          " /A << /O /Layout /BBox [72 600 112 640] >> /K [6] >>" % utf16_hex("Blå ruta"))
    p.add("ptree", "<< /Kids [@ptleaf] >>")
    p.add("ptleaf", "<< /Limits [0 0] /Nums [0 [@h1 @p @lbl @lbody @th @td @fig]] >>")
    return p


# ---------------------------------------------------------------------------

class Base(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.n = 0

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def write(self, pdf):
        type(self).n += 1
        path = os.path.join(self.tmp.name, "t%d.pdf" % self.n)
        with open(path, "wb") as f:
            f.write(pdf.build() if isinstance(pdf, Pdf) else pdf)
        return path

    def check(self, pdf):
        return pdfcheck.check_file(self.write(pdf))

    def assertFails(self, pdf, rules):
        """Exactly these rules fail."""
        res = self.check(pdf)
        got = res.failed_rules()
        self.assertEqual(got, set(rules), "\n".join("%s: %s" % f for f in res.failures))
        return res

    def assertOk(self, pdf):
        res = self.check(pdf)
        self.assertEqual(res.failures, [])
        return res


class Conforming(Base):
    def test_conforming_document_passes_every_rule(self):
        res = self.assertOk(conforming())
        # every rule looked at something: none passes by checking nothing
        for rule in pdfcheck.RULE_IDS:
            self.assertGreater(res.counts.get(rule, 0), 0, rule)
        self.assertGreater(res.total, 100)

    def test_cli_ok_line_and_status(self):
        path = self.write(conforming())
        p = subprocess.run([sys.executable, str(SCRIPT), path], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertRegex(p.stdout, r"^pdfcheck: %s: ok \(\d+ checks\)\n"
                         r"pdfcheck: 1 passed, 0 failed \(\d+ checks\)\n$" % re.escape(path))

    def test_cli_failure_lines_quiet_and_usage(self):
        good = self.write(conforming())
        bad = conforming()
        bad.header = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        bad = self.write(bad)
        out = io.StringIO()
        with redirect_stdout(out):
            rc = pdfcheck.main(["--quiet", good, bad])
        self.assertEqual(rc, 1)
        lines = out.getvalue().splitlines()
        self.assertEqual(lines[0], "pdfcheck: %s: header: the file starts with '%%PDF-1.4', not %%PDF-1.7" % bad)
        self.assertRegex(lines[1], r"^pdfcheck: 1 passed, 1 failed \(\d+ checks\)$")
        self.assertEqual(len(lines), 2)
        with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            self.assertEqual(pdfcheck.main([]), 2)
            self.assertEqual(pdfcheck.main(["--bogus", good]), 2)
        out = io.StringIO()
        with redirect_stdout(out):
            self.assertEqual(pdfcheck.main([os.path.join(self.tmp.name, "missing.pdf")]), 1)
        self.assertIn(": read: ", out.getvalue())

    def test_object_streams_and_xref_stream(self):
        # the layout iopdoc writes since pdf_pack.c: no "trailer" keyword, the
        # /ID in the cross-reference stream's dictionary
        src = self.write(conforming())
        out = os.path.join(self.tmp.name, "packed.pdf")
        subprocess.run(["qpdf", "--object-streams=generate", src, out], check=True)
        data = bytearray(Path(out).read_bytes())
        self.assertNotIn(b"trailer", data)
        m = re.search(rb"/ID \[<([0-9a-f]{32})><([0-9a-f]{32})>\]", data)
        for g in (1, 2):
            data[m.start(g):m.end(g)] = b"0" * 32
        digest = hashlib.sha256(bytes(data)).hexdigest()[:32].encode()
        for g in (1, 2):
            data[m.start(g):m.end(g)] = digest
        self.assertOk(bytes(data))
        data[m.start(2)] = ord("1") if data[m.start(2)] != ord("1") else ord("2")
        self.assertFails(bytes(data), {"id"})

    def test_not_a_pdf(self):
        res = self.check(b"hello\n")
        self.assertEqual(res.failed_rules(), {"qpdf", "header", "id", "eof"})

    def test_qpdf_warnings_fail(self):
        p = conforming()
        p.xref_shift = 3  # every offset wrong: qpdf recovers, with warnings
        self.assertFails(p, {"qpdf"})


class Header(Base):
    def test_version(self):
        p = conforming()
        p.header = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
        self.assertFails(p, {"header"})

    def test_binary_comment(self):
        p = conforming()
        p.header = b"%PDF-1.7\n%abcd\n"
        self.assertFails(p, {"header"})

    def test_binary_comment_too_short(self):
        p = conforming()
        p.header = b"%PDF-1.7\n%\xe2\xe3\xcf\n"
        self.assertFails(p, {"header"})


class Id(Base):
    def flip(self, data, which):
        at = data.rindex(b"/ID [<") + 6 + which * 35
        return data[:at] + (b"1" if data[at:at + 1] != b"1" else b"2") + data[at + 1:]

    def test_corrupt(self):
        data = self.flip(self.flip(conforming().build(), 0), 1)
        self.assertFails(data, {"id"})

    def test_strings_differ(self):
        self.assertFails(self.flip(conforming().build(), 1), {"id"})

    def test_missing(self):
        p = conforming()
        p.id = "none"
        self.assertFails(p, {"id"})

    def test_content_change_changes_id(self):
        # a file changed after its ID was computed
        data = conforming().build().replace(b"(sv-SE)", b"(sv-FI)")
        self.assertFails(data, {"id"})

    def test_trailing_garbage_after_eof(self):
        p = conforming()
        p.eof = b"%%EOF\n\njunk\n"
        self.assertFails(p, {"eof"})

    def test_no_eof(self):
        p = conforming()
        p.eof = b""
        self.assertFails(p, {"eof"})

    def test_encrypt(self):
        # a real (Identity crypt filter) encryption dictionary, so that qpdf
        # opens the file; its key derives from the /ID, so the ID cannot also
        # be the file's hash: "id" fails too
        p = conforming()
        ident = "5f1b0d8e2c3a4b697a8b9c0d1e2f3a4b"
        p.id = "fixed:%s,%s" % (ident, ident)
        o, u = standard_security(bytes.fromhex(ident))
        p.add("encrypt", "<< /Filter /Standard /V 4 /R 4 /Length 128 /P -4"
              " /CF << /StdCF << /CFM /V2 /Length 16 /AuthEvent /DocOpen >> >>"
              " /StmF /Identity /StrF /Identity /O <%s> /U <%s> >>" % (o.hex(), u.hex()))
        p.trailer_extra = " /Encrypt @encrypt"
        self.assertFails(p, {"encrypt", "id"})


def rc4(key, data):
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def standard_security(file_id, p=-4):
    """/O and /U of the standard security handler (R4, 128 bits) for empty
    passwords (ISO 32000-1 algorithms 2, 3 and 5)."""
    pad = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")
    h = hashlib.md5(pad).digest()
    for _ in range(50):
        h = hashlib.md5(h).digest()
    o = rc4(h, pad)
    for i in range(1, 20):
        o = rc4(bytes(b ^ i for b in h), o)
    k = hashlib.md5(pad + o + struct.pack("<i", p) + file_id).digest()
    for _ in range(50):
        k = hashlib.md5(k).digest()
    u = rc4(k, hashlib.md5(pad + file_id).digest())
    for i in range(1, 20):
        u = rc4(bytes(b ^ i for b in k), u)
    return o, u + bytes(16)


class Metadata(Base):
    def test_pdfaid_part(self):
        p = conforming()
        p.edit("xmp", b'pdfaid:part="2"', b'pdfaid:part="1"')
        self.assertFails(p, {"xmp"})

    def test_conformance(self):
        p = conforming()
        p.edit("xmp", b'pdfaid:conformance="B"', b'pdfaid:conformance="X"')
        self.assertFails(p, {"xmp"})

    def test_pdfuaid_missing(self):
        p = conforming()
        p.edit("xmp", b"<pdfuaid:part>1</pdfuaid:part>", b"")
        self.assertFails(p, {"xmp"})

    def test_extension_schema_missing(self):
        p = conforming()
        p.edit("xmp", b"http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
               b"http://example.org/other/</pdfaSchema:namespaceURI>")
        self.assertFails(p, {"xmp"})

    def test_extension_property_missing(self):
        p = conforming()
        p.edit("xmp", b"<pdfaProperty:name>part<", b"<pdfaProperty:name>level<")
        self.assertFails(p, {"xmp"})

    def test_title_differs(self):
        p = conforming()
        p.edit("xmp", TITLE.encode(), b"Annan titel")
        self.assertFails(p, {"xmp"})

    def test_author_differs(self):
        p = conforming()
        p.edit("info", "(\\304lvbygdens", "(\\326lvbygdens")  # PDFDocEncoding: Ö, not Ä
        self.assertFails(p, {"xmp"})

    def test_producer_and_creator_tool(self):
        p = conforming()
        p.edit("xmp", b"<pdf:Producer>pdfcheck", b"<pdf:Producer>other")
        self.assertFails(p, {"xmp"})
        p = conforming()
        p.edit("xmp", b'xmp:CreatorTool="test_pdfcheck.py"', b'xmp:CreatorTool="x"')
        self.assertFails(p, {"xmp"})

    def test_not_a_packet(self):
        p = conforming()
        p.edit("xmp", b'<?xpacket begin="\xef\xbb\xbf"', b'<?xpacket begin=""')
        self.assertFails(p, {"xmp"})

    def test_not_xml(self):
        p = conforming()
        p.edit("xmp", b"</x:xmpmeta>", b"</x:xmpmeta")
        self.assertFails(p, {"xmp", "xmp-dates"})  # no dates to compare either

    def test_no_metadata(self):
        p = conforming()
        p.edit("catalog", "/Metadata @xmp", "")
        self.assertFails(p, {"xmp", "xmp-dates"})

    def test_create_date(self):
        p = conforming()
        p.edit("xmp", b"2025-01-15T08:30:00Z", b"2025-01-15T09:30:00Z")
        self.assertFails(p, {"xmp-dates"})

    def test_modify_date(self):
        p = conforming()
        p.edit("info", "/ModDate (D:20250115093000+01'00')", "/ModDate (D:20250115093000Z)")
        self.assertFails(p, {"xmp-dates"})

    def test_date_missing(self):
        p = conforming()
        p.edit("xmp", b"<xmp:CreateDate>2025-01-15T08:30:00Z</xmp:CreateDate>", b"")
        self.assertFails(p, {"xmp-dates"})


class OutputIntent(Base):
    def test_missing(self):
        p = conforming()
        p.edit("catalog", "/OutputIntents [@oi]", "")
        self.assertFails(p, {"output-intent"})

    def test_wrong_subtype(self):
        p = conforming()
        p.edit("oi", "/GTS_PDFA1", "/GTS_PDFX")
        self.assertFails(p, {"output-intent"})

    def test_profile_class(self):
        p = conforming()
        p.objs["icc"].data = icc_profile(cls=b"prtr")
        self.assertFails(p, {"output-intent"})

    def test_profile_space_and_version(self):
        p = conforming()
        p.objs["icc"].data = icc_profile(space=b"CMYK")
        self.assertFails(p, {"output-intent"})
        p = conforming()
        p.objs["icc"].data = icc_profile(version=5)
        self.assertFails(p, {"output-intent"})

    def test_profile_size(self):
        p = conforming()
        p.objs["icc"].data = icc_profile() + b"\0\0\0\0"
        self.assertFails(p, {"output-intent"})

    def test_n(self):
        p = conforming()
        p.edit("icc", "/N 3", "/N 4")
        self.assertFails(p, {"output-intent"})


class Content(Base):
    def test_unknown_operator(self):
        p = conforming()
        p.edit("content", b"EMC\n", b"EMC\n1 2 xyz\n")
        self.assertFails(p, {"content"})

    def test_unknown_operator_inside_bx_ex_is_fine(self):
        p = conforming()
        p.edit("content", b"EMC\n", b"EMC\nBX 1 2 xyz EX\n")
        self.assertOk(p)

    def test_unterminated_string(self):
        p = conforming()
        p.edit("content", b"(Sida 1 av 1) Tj", b"(Sida 1 av 1 Tj")
        self.assertFails(p, {"content"})  # and no MCID failures piled on


class Fonts(Base):
    def test_not_embedded(self):
        p = conforming()
        p.edit("fontdesc", " /FontFile2 @fontfile", "")
        self.assertFails(p, {"font-embedded"})

    def test_no_descriptor(self):
        p = conforming()
        p.edit("font", " /FontDescriptor @fontdesc", "")
        self.assertFails(p, {"font-embedded"})

    def test_widths_length(self):
        p = conforming()
        p.edit("font", " /Widths [", " /Widths [0 ")
        self.assertFails(p, {"font-widths"})

    def test_code_below_first_char(self):
        p = conforming()
        p.edit("font", "/FirstChar 32 /LastChar 255 /Widths [%s]" % Fixture.widths,
               "/FirstChar 33 /LastChar 255 /Widths [%s]" % Fixture.widths.split(" ", 1)[1])
        self.assertFails(p, {"font-codes"})  # the space, code 32

    def test_unknown_font(self):
        p = conforming()
        p.edit("content", b"/F1 9 Tf 72 40 Td", b"/F9 9 Tf 72 40 Td")
        self.assertFails(p, {"font-codes"})

    def test_encoding_differences_notdef(self):
        p = conforming()
        p.edit("font", "/Encoding /WinAnsiEncoding",
               "/Encoding << /BaseEncoding /WinAnsiEncoding /Differences [127 /.notdef] >>")
        self.assertFails(p, {"font-notdef"})

    def test_tounicode_missing(self):
        p = conforming()
        p.edit("font", " /ToUnicode @tounicode", "")
        self.assertFails(p, {"font-tounicode"})

    def test_tounicode_drops_a_code(self):
        p = conforming()
        p.edit("tounicode", b"<C5> <00C5>\n", b"")  # the Å of "År"
        self.assertFails(p, {"font-tounicode"})

    def test_tounicode_range_shorter(self):
        p = conforming()
        p.edit("tounicode", b"<41> <5A> <0041>", b"<41> <4B> <0041>")  # "Lokaler", "Sida"
        self.assertFails(p, {"font-tounicode"})

    def test_tounicode_feff(self):
        p = conforming()
        p.edit("tounicode", b"<C5> <00C5>", b"<C5> <FEFF>")
        self.assertFails(p, {"font-tounicode"})

    def test_tounicode_zero_in_array(self):
        p = conforming()
        p.edit("tounicode", b"[<0030> <0031> <0032>", b"[<0030> <0031> <0000>")  # "2025"
        self.assertFails(p, {"font-tounicode"})

    def test_character_the_font_lacks(self):
        p = conforming()
        p.edit("tounicode", b"<C5> <00C5>", b"<C5> <6771>")  # an ideograph: glyph 0
        res = self.assertFails(p, {"font-notdef"})
        self.assertIn("U+6771", res.failures[0][1])

    def test_empty_glyph_for_a_visible_character(self):
        # map "Å" to U+00A0, whose glyph is the empty space glyph: fine;
        # map it to a letter whose glyph is emptied in the program: not fine
        p = conforming()
        p.edit("tounicode", b"<C5> <00C5>", b"<C5> <00A0>")
        self.assertOk(p)
        data = bytearray(Fixture.font)
        tt = pdfcheck.TrueType(bytes(data))
        g = tt.cmaps[(3, 1)](0xC5)
        # point loca[g+1] back to loca[g]: glyph g becomes empty
        off, long_fmt = tt.tables["loca"][0], struct.unpack_from(">h", data, tt.tables["head"][0] + 50)[0]
        if long_fmt:
            struct.pack_into(">I", data, off + 4 * (g + 1), tt.loca[g])
        else:
            struct.pack_into(">H", data, off + 2 * (g + 1), tt.loca[g] // 2)
        p = conforming()
        p.objs["fontfile"] = StreamObj("/Length1 %d" % len(data), bytes(data))
        self.assertFails(p, {"font-notdef"})


class MarkedContent(Base):
    def test_missing_emc(self):
        p = conforming()
        data = p.objs["content"].data
        p.objs["content"].data = data[:data.rindex(b"EMC\n")]
        self.assertFails(p, {"mc-balance"})

    def test_extra_emc(self):
        p = conforming()
        p.objs["content"].data += b"EMC\n"
        self.assertFails(p, {"mc-balance"})

    def test_sequence_across_et(self):
        p = conforming()
        p.edit("content", b"BT /F1 11 Tf 72 730 Td", b"BT /Span BMC /F1 11 Tf 72 730 Td")
        p.edit("content", b"2025.) Tj ET\nEMC\n", b"2025.) Tj ET\nEMC\nEMC\n")
        self.assertFails(p, {"mc-balance"})

    def test_sequence_inside_text_object_is_fine(self):
        p = conforming()
        p.edit("content", b"BT /F1 11 Tf 72 730 Td", b"BT /Span <</Lang (en)>> BDC /F1 11 Tf 72 730 Td")
        p.edit("content", b"2025.) Tj ET", b"2025.) Tj EMC ET")
        self.assertOk(p)

    def test_text_outside_marked_content(self):
        p = conforming()
        p.objs["content"].data += b"BT /F1 9 Tf 72 20 Td (Sida) Tj ET\n"
        self.assertFails(p, {"mc-painting"})

    def test_text_in_untagged_sequence(self):
        p = conforming()
        p.objs["content"].data += b"/Span BMC BT /F1 9 Tf 72 20 Td (Sida) Tj ET EMC\n"
        self.assertFails(p, {"mc-painting"})

    def test_path_outside_marked_content(self):
        p = conforming()
        p.objs["content"].data += b"72 20 m 100 20 l S\n"
        self.assertFails(p, {"mc-painting"})

    def test_n_is_not_painting(self):
        p = conforming()
        p.objs["content"].data += b"72 20 m 100 20 l W n\n"
        self.assertOk(p)

    def test_image_outside_marked_content(self):
        p = conforming()
        p.objs["content"].data += b"q 10 0 0 10 0 0 cm /Im1 Do Q\n"
        self.assertFails(p, {"mc-painting"})

    def test_inline_image_outside_marked_content(self):
        p = conforming()
        p.objs["content"].data += b"q BI /W 1 /H 1 /CS /G /BPC 8 ID \x80 EI Q\n"
        self.assertFails(p, {"mc-painting"})

    def test_artifact_inside_tagged(self):
        p = conforming()
        p.edit("content", b"/H1 <</MCID 0>> BDC\n", b"/H1 <</MCID 0>> BDC\n/Artifact BMC EMC\n")
        self.assertFails(p, {"mc-painting"})

    def test_tagged_inside_artifact(self):
        p = conforming()
        p.edit("content", b"/Artifact <</Type /Layout>> BDC\n",
               b"/Artifact <</Type /Layout>> BDC\n/Span <</MCID 7>> BDC EMC\n")
        # MCID 7 is also marked content no element owns
        self.assertFails(p, {"mc-painting", "struct-mcid"})


class Structure(Base):
    def test_markinfo(self):
        p = conforming()
        p.edit("catalog", "/MarkInfo << /Marked true >>", "")
        self.assertFails(p, {"struct"})

    def test_lang(self):
        p = conforming()
        p.edit("catalog", "/Lang (sv-SE)", "/Lang ()")
        self.assertFails(p, {"struct"})

    def test_display_doc_title(self):
        p = conforming()
        p.edit("catalog", "/DisplayDocTitle true", "/DisplayDocTitle false")
        self.assertFails(p, {"struct"})

    def test_no_struct_tree_root(self):
        p = conforming()
        p.edit("catalog", "/StructTreeRoot @str", "")
        # nothing then owns the page's MCIDs
        self.assertFails(p, {"struct", "struct-mcid"})

    def test_element_without_s(self):
        p = conforming()
        p.edit("p", "/S /P ", "")
        self.assertFails(p, {"struct"})

    def test_element_reached_twice(self):
        p = conforming()
        p.edit("doc", "[@h1 @sect]", "[@h1 @sect @h1]")
        self.assertFails(p, {"struct"})

    def test_wrong_parent(self):
        p = conforming()
        p.edit("p", "/P @sect", "/P @doc")
        self.assertFails(p, {"struct-parent"})

    def test_top_element_parent(self):
        p = conforming()
        p.edit("doc", "/P @str", "/P @catalog")
        self.assertFails(p, {"struct-parent"})

    def test_unknown_type(self):
        p = conforming()
        p.edit("p", "/S /P ", "/S /Stycke ")
        self.assertFails(p, {"struct-role"})

    def test_role_map_is_transitive(self):
        p = conforming()
        p.edit("str", "/RoleMap << /Avsnitt /Sect >>", "/RoleMap << /Avsnitt /Kapitel /Kapitel /Sect >>")
        self.assertOk(p)

    def test_role_map_cycle(self):
        p = conforming()
        p.edit("str", "/RoleMap << /Avsnitt /Sect >>", "/RoleMap << /Avsnitt /Kapitel /Kapitel /Avsnitt >>")
        self.assertFails(p, {"struct-role"})

    def test_standard_type_remapped(self):
        p = conforming()
        p.edit("str", "/RoleMap << /Avsnitt /Sect >>", "/RoleMap << /Avsnitt /Sect /P /Span >>")
        self.assertFails(p, {"struct-role"})

    def test_mcid_missing_from_parent_tree(self):
        p = conforming()
        p.edit("ptleaf", "@td @fig]", "@td]")
        self.assertFails(p, {"struct-mcid"})

    def test_parent_tree_points_elsewhere(self):
        p = conforming()
        p.edit("ptleaf", "[@h1 @p", "[@p @h1")
        self.assertFails(p, {"struct-mcid"})

    def test_page_struct_parents_key_missing(self):
        p = conforming()
        p.edit("ptleaf", "/Nums [0 [", "/Nums [1 [")
        p.edit("str", "/ParentTreeNextKey 1", "/ParentTreeNextKey 2")
        self.assertFails(p, {"struct-mcid"})

    def test_parent_tree_next_key(self):
        p = conforming()
        p.edit("str", "/ParentTreeNextKey 1", "/ParentTreeNextKey 0")
        self.assertFails(p, {"struct-mcid"})

    def test_mcid_not_referenced(self):
        p = conforming()
        p.edit("p", "/K 1", "/K []")
        self.assertFails(p, {"struct-mcid"})

    def test_mcid_referenced_twice(self):
        p = conforming()
        p.edit("td", "/K 5", "/K [5 4]")
        self.assertFails(p, {"struct-mcid"})

    def test_mcid_not_on_page(self):
        p = conforming()
        p.edit("fig", "/K [6]", "/K [6 7]")
        self.assertFails(p, {"struct-mcid"})

    def test_mcid_marked_twice(self):
        p = conforming()
        p.edit("content", b"/TD <</MCID 5>>", b"/TD <</MCID 4>>")
        self.assertFails(p, {"struct-mcid"})

    def test_mcr_on_no_page(self):
        p = conforming()
        p.edit("lbody", "/Pg @page", "/Pg @pages")
        self.assertFails(p, {"struct-mcid"})


class StructureRules(Base):
    def test_figure_without_alt(self):
        p = conforming()
        p.edit("fig", " /Alt %s" % utf16_hex("Blå ruta"), "")
        self.assertFails(p, {"struct-rules"})

    def test_th_without_scope(self):
        p = conforming()
        p.edit("th", " /Scope /Column", "")
        self.assertFails(p, {"struct-rules"})

    def test_th_scope_on_wrong_owner(self):
        p = conforming()
        p.edit("th", "<< /O /Table /Scope /Column >>", "<< /O /Layout /Scope /Column >>")
        self.assertFails(p, {"struct-rules"})

    def test_table_holding_no_rows(self):
        p = conforming()
        p.edit("tr", "/S /TR", "/S /Div")
        self.assertFails(p, {"struct-rules"})

    def test_list_item_not_in_list(self):
        p = conforming()
        p.edit("l", "/S /L ", "/S /Div ")
        self.assertFails(p, {"struct-rules"})

    def test_list_item_holding_paragraph(self):
        p = conforming()
        p.edit("lbody", "/S /LBody", "/S /P")
        self.assertFails(p, {"struct-rules"})

    def test_empty_heading(self):
        p = conforming()
        p.add("h2", "<< /Type /StructElem /S /H2 /P @sect /K [] >>")
        p.edit("sect", "[@p ", "[@h2 @p ")
        self.assertFails(p, {"struct-rules"})


class TransparencyFiltersActions(Base):
    def test_smask(self):
        p = conforming()
        p.edit("img", "/BitsPerComponent 8", "/BitsPerComponent 8 /SMask @img")
        self.assertFails(p, {"transparency"})

    def test_ca(self):
        p = conforming()
        p.edit("gs", "/ca 1", "/ca 0.5")
        self.assertFails(p, {"transparency"})

    def test_blend_mode(self):
        p = conforming()
        p.edit("gs", "/BM /Normal", "/BM /Multiply")
        self.assertFails(p, {"transparency"})

    def test_page_group(self):
        p = conforming()
        p.edit("page", "/StructParents 0", "/StructParents 0 /Group << /S /Transparency /CS /DeviceRGB >>")
        self.assertFails(p, {"transparency"})

    def test_filter(self):
        p = conforming()
        p.objs["img"].filter = "ASCIIHexDecode"
        self.assertFails(p, {"filters"})

    def test_javascript(self):
        p = conforming()
        p.edit("catalog", "/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>")
        self.assertFails(p, {"actions"})

    def test_launch(self):
        p = conforming()
        p.edit("catalog", "/Type /Catalog", "/Type /Catalog /OpenAction << /S /Launch /F (x.exe) >>")
        self.assertFails(p, {"actions"})

    def test_additional_actions(self):
        p = conforming()
        p.edit("page", "/StructParents 0", "/StructParents 0 /AA << >>")
        self.assertFails(p, {"actions"})


class Limits(Base):
    """PDF/A-2's implementation limits (ISO 19005-2, 6.1.13): each at its
    end passes, one past it fails, in objects, in object streams and in
    content streams."""

    def in_info(self, text):
        p = conforming()
        p.edit("info", "/Creator (test_pdfcheck.py)", "/Creator (test_pdfcheck.py) " + text)
        return p

    def in_content(self, text):
        p = conforming()
        # BX .. EX: an operator no rule minds, holding the operand
        p.edit("content", b"EMC\n", b"EMC\nBX " + text.encode("latin-1") + b" xyz EX\n")
        return p

    def test_string(self):
        self.assertOk(self.in_info("/Note (%s)" % ("a" * 32767)))
        self.assertFails(self.in_info("/Note (%s)" % ("a" * 32768)), {"limits"})

    def test_string_in_utf16(self):
        # 16 383 characters are 32 768 bytes with the byte order mark, though
        # qpdf's JSON gives 16 383 characters of text
        self.assertOk(self.in_info("/Note <FEFF%s>" % ("0061" * 16382)))
        self.assertFails(self.in_info("/Note <FEFF%s>" % ("0061" * 16383)), {"limits"})

    def test_string_in_content(self):
        self.assertOk(self.in_content("(%s)" % ("a" * 32767)))
        self.assertFails(self.in_content("(%s)" % ("a" * 32768)), {"limits"})

    def test_string_in_object_stream(self):
        src = self.write(self.in_info("/Note <FEFF%s>" % ("0061" * 16383)))
        out = os.path.join(self.tmp.name, "packed-long.pdf")
        subprocess.run(["qpdf", "--object-streams=generate", src, out], check=True)
        self.assertIn(b"/ObjStm", Path(out).read_bytes())
        self.assertNotIn(b"0061" * 100, Path(out).read_bytes())  # not in plain sight
        self.assertIn("limits", self.check(Path(out).read_bytes()).failed_rules())

    def test_name(self):
        self.assertOk(self.in_info("/%s 1" % ("N" * 127)))
        self.assertFails(self.in_info("/%s 1" % ("N" * 128)), {"limits"})
        # #xx is one byte
        self.assertOk(self.in_info("/%s 1" % ("#41" * 127)))

    def test_name_in_content(self):
        self.assertFails(self.in_content("/%s" % ("N" * 128)), {"limits"})

    def test_integer(self):
        self.assertOk(self.in_info("/A 2147483647 /B -2147483648"))
        self.assertFails(self.in_info("/A 2147483648"), {"limits"})
        self.assertFails(self.in_info("/B -2147483649"), {"limits"})
        self.assertFails(self.in_content("2147483648"), {"limits"})

    def test_real(self):
        self.assertOk(self.in_info("/A %d.0" % (3 * 10 ** 38)))
        self.assertFails(self.in_info("/A %d.0" % (4 * 10 ** 38)), {"limits"})
        self.assertFails(self.in_content("-%d.5" % (4 * 10 ** 38)), {"limits"})

    def test_q_nesting(self):
        p = conforming()
        p.edit("content", b"EMC\n", b"EMC\n" + b"q " * 28 + b"Q " * 28 + b"\n")
        self.assertOk(p)
        p = conforming()
        p.edit("content", b"EMC\n", b"EMC\n" + b"q " * 29 + b"Q " * 29 + b"\n")
        self.assertFails(p, {"content"})

    def test_devicen(self):
        names = " ".join("/C%d" % i for i in range(33))
        p = conforming()
        p.edit("page", "/ExtGState << /GS1 @gs >>", "/ExtGState << /GS1 @gs >> /ColorSpace"
               " << /CS0 [/DeviceN [%s] /DeviceRGB @gs] >>" % names)
        self.assertFails(p, {"limits"})


class Parsers(unittest.TestCase):
    def test_content_tokens(self):
        ops = pdfcheck.parse_content(
            b"/T <</MCID 3 /A [1 -2.5 .5]>> BDC (a(b)c\\)\\050\\n\\\r\nd) Tj <48 6 > Tj "
            b"% comment ) (\n[(x) -1 <79>] TJ BI /W 1 /H 1 ID \x00EI\xff EI Q")
        self.assertEqual(ops[0], ("BDC", ["T", {"MCID": 3, "A": [1, -2.5, 0.5]}]))
        self.assertEqual(ops[1], ("Tj", [b"a(b)c)(\nd"]))
        self.assertEqual(ops[2], ("Tj", [b"H`"]))
        self.assertEqual(ops[3], ("TJ", [[b"x", -1, b"y"]]))
        self.assertEqual(ops[4][0], "BI")
        self.assertEqual(ops[4][1][0], {"W": 1, "H": 1})
        self.assertEqual(ops[5], ("Q", []))
        for bad in (b"(abc", b"<4G> Tj", b"[1 2 Tj]", b"1 >> x", b"ID"):
            with self.assertRaises(pdfcheck.ContentError, msg=bad):
                pdfcheck.parse_content(bad)

    def test_tounicode_forms(self):
        m = pdfcheck.parse_tounicode(tounicode({0x20, 0xC5, 0x96}))
        self.assertEqual(m[b"\x41"], "A")
        self.assertEqual(m[b"\x5a"], "Z")
        self.assertEqual(m[b"\x39"], "9")
        self.assertEqual(m[b"\xc5"], "Å")
        self.assertEqual(m[b"\x96"], "–")
        self.assertNotIn(b"\x21", m)
        m = pdfcheck.parse_tounicode(b"1 beginbfchar <01> <D83DDE00> endbfchar "
                                     b"1 beginbfrange <0010> <0012> <0066> endbfrange")
        self.assertEqual(m[b"\x01"], "\U0001F600")
        self.assertEqual(m[b"\x00\x12"], "h")

    def test_dates(self):
        a = pdfcheck.parse_pdf_date("D:20250115093000+01'00'")
        self.assertTrue(pdfcheck.same_instant(a, pdfcheck.parse_xmp_date("2025-01-15T08:30:00Z")))
        self.assertTrue(pdfcheck.same_instant(a, pdfcheck.parse_xmp_date("2025-01-15T03:30:00-05:00")))
        self.assertFalse(pdfcheck.same_instant(a, pdfcheck.parse_xmp_date("2025-01-15T09:30:00Z")))
        self.assertEqual(pdfcheck.parse_pdf_date("D:2025").year, 2025)
        self.assertTrue(pdfcheck.same_instant(pdfcheck.parse_pdf_date("D:20250115093000Z00'00'"),
                                              pdfcheck.parse_xmp_date("2025-01-15T09:30:00.000+00:00")))
        for bad in ("20250115", "D:2025-01-15", "D:20250115093000+1"):
            with self.assertRaises(ValueError):
                pdfcheck.parse_pdf_date(bad)

    def test_text_strings(self):
        self.assertEqual(pdfcheck.decode_text_string(b"\xfe\xff\x00\xc5\x20\x13"), "Å–")
        self.assertEqual(pdfcheck.decode_text_string(b"\xc4lv \x85 \x80 \x92"), "Älv – • ™")
        self.assertEqual(pdfcheck.PdfString(text="Älv – •").bytes(), b"\xc4lv \x85 \x80")

    def test_truetype(self):
        tt = pdfcheck.TrueType(Fixture.font)
        c = tt.cmaps[(3, 1)]
        self.assertNotEqual(c(ord("Å")), 0)
        self.assertEqual(c(0x6771), 0)
        self.assertTrue(tt.has_outline(c(ord("Å"))))
        self.assertFalse(tt.has_outline(c(ord(" "))))
        with self.assertRaises(ValueError):
            pdfcheck.TrueType(b"OTTO" + bytes(100))


if __name__ == "__main__":
    unittest.main()
