#!/usr/bin/env python3
"""pdfcheck: PDF/A-2b and tagged PDF (the machine-checkable part of PDF/UA-1).

usage: pdfcheck.py [--quiet] FILE.pdf...

Reads each FILE with one qpdf call (qpdf 11 JSON, raw stream data) plus the
raw bytes, and runs every rule below; a failing rule never stops the others.
Prints "pdfcheck: FILE: ok (N checks)", or one line per failure
"pdfcheck: FILE: RULE: message".  --quiet leaves out the ok lines.
Exit status 0 when every file passes, 1 when one fails, 2 on usage errors.

Rules (see shared/design/PDF-ARCHIVAL.md for why each exists):
  qpdf            qpdf reads the file without errors or warnings
  header          %PDF-1.7, EOL, then "%" and four bytes >= 128
  id              /ID: two equal 16-byte strings, the first 16 bytes of the
                  SHA-256 of the file with both written as 32 hex zeros
  eof             the file ends with %%EOF and at most one EOL
  encrypt         no /Encrypt
  xmp             the XMP packet: pdfaid 2/B, pdfuaid 1 with its extension
                  schema, dc:title/creator, pdf:Producer etc. equal to Info
  xmp-dates       xmp:CreateDate/ModifyDate equal Info dates as instants
  output-intent   one GTS_PDFA1 intent with an RGB monitor ICC profile
  content         content streams tokenize, use only ISO 32000-1 operators,
                  nest BT/ET and q/Q properly
  font-embedded   every font has a descriptor and an embedded program
  font-widths     FirstChar, LastChar and Widths of the right length
  font-codes      shown codes lie in FirstChar..LastChar, a known font is
                  set, a supported encoding (WinAnsi/MacRoman, Identity-H)
  font-tounicode  a ToUnicode CMap maps every shown code, never to U+0000,
                  U+FEFF or U+FFFE
  font-notdef     no shown code selects glyph 0 (.notdef) or an empty glyph
                  for a visible character; no /.notdef in /Differences
  mc-balance      BDC/BMC and EMC balance, never across a BT..ET boundary
  mc-painting     every painting operator is in tagged content (MCID) or an
                  artifact, and the two never nest in each other
  struct          MarkInfo, Lang, StructTreeRoot, DisplayDocTitle,
                  StructParents, a well-formed tree with /S everywhere
  struct-parent   every element's /P is the element whose /K holds it
  struct-role     every /S is a standard type or role-mapped to one;
                  standard types are not remapped
  struct-mcid     page MCIDs and the tree's references agree one to one,
                  and the ParentTree maps each MCID to its owner
  struct-rules    Table/TR/TH/TD, L/LI/Lbl/LBody nesting, TH /Scope,
                  /ColSpan of 2 or more, Caption first in its Table,
                  Figure /Alt, non-empty headings
  transparency    no SMask, CA/ca below 1, blend modes, transparency groups
  filters         only FlateDecode and DCTDecode; no external stream data
  actions         no JavaScript, Launch or other forbidden actions, no /AA
  limits          PDF/A-2's implementation limits (ISO 19005-2, 6.1.13) in
                  every object (in object streams too) and content stream:
                  strings at most 32 767 bytes, names at most 127 bytes,
                  integers within 32 bits, reals within +-3.403e38, at most
                  8 388 607 indirect objects, DeviceN with at most 32
                  colourants (q/Q nesting, at most 28, is "content"'s; PDF/A-2
                  has no array or dictionary size limit, PDF/A-1 had)
"""

import base64
import datetime
import hashlib
import json
import re
import struct
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zlib
from functools import cached_property
from typing import NamedTuple

QPDF = "qpdf"
MAX_LINES_PER_RULE = 12  # a broken file can fail thousands of times


# ---------------------------------------------------------------------------
# PDF objects, as read from qpdf's JSON (version 2)

class Name(str):
    """A PDF name, without its slash."""
    __slots__ = ()

    def __repr__(self):
        return "/" + self


class Ref:
    """An indirect reference (not a tuple, so that "%s" % ref works)."""
    __slots__ = ("num", "gen")

    def __init__(self, num, gen):
        self.num, self.gen = num, gen

    def __eq__(self, other):
        return isinstance(other, Ref) and self.num == other.num and self.gen == other.gen

    def __hash__(self):
        return hash((self.num, self.gen))

    def __str__(self):
        return "%d %d R" % (self.num, self.gen)

    __repr__ = __str__


# PDFDocEncoding where it differs from Latin-1 (ISO 32000-1 Annex D).
_PDFDOC_HIGH = {
    0x18: 0x02D8, 0x19: 0x02C7, 0x1A: 0x02C6, 0x1B: 0x02D9, 0x1C: 0x02DD,
    0x1D: 0x02DB, 0x1E: 0x02DA, 0x1F: 0x02DC,
    0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014,
    0x85: 0x2013, 0x86: 0x0192, 0x87: 0x2044, 0x88: 0x2039, 0x89: 0x203A,
    0x8A: 0x2212, 0x8B: 0x2030, 0x8C: 0x201E, 0x8D: 0x201C, 0x8E: 0x201D,
    0x8F: 0x2018, 0x90: 0x2019, 0x91: 0x201A, 0x92: 0x2122, 0x93: 0xFB01,
    0x94: 0xFB02, 0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160, 0x98: 0x0178,
    0x99: 0x017D, 0x9A: 0x0131, 0x9B: 0x0142, 0x9C: 0x0153, 0x9D: 0x0161,
    0x9E: 0x017E, 0xA0: 0x20AC,
}
_PDFDOC_UNDEFINED = {0x7F, 0x9F, 0xAD}
_PDFDOC_REVERSE = {v: k for k, v in _PDFDOC_HIGH.items()}


def decode_text_string(b):
    """A PDF text string's bytes as Unicode: UTF-16BE or UTF-8 with a byte
    order mark, otherwise PDFDocEncoding (undefined bytes become U+FFFD)."""
    if b[:2] == b"\xfe\xff":
        return b[2:].decode("utf-16-be", "replace")
    if b[:3] == b"\xef\xbb\xbf":
        return b[3:].decode("utf-8", "replace")
    return "".join("\ufffd" if c in _PDFDOC_UNDEFINED
                   else chr(_PDFDOC_HIGH.get(c, c)) for c in b)


def encode_pdfdoc(text):
    out = bytearray()
    for ch in text:
        c = ord(ch)
        if c in _PDFDOC_REVERSE:
            out.append(_PDFDOC_REVERSE[c])
        elif c < 256 and c not in _PDFDOC_HIGH:
            out.append(c)
        else:
            return None
    return bytes(out)


class PdfString:
    """A string object.  qpdf gives text strings already decoded ("u:") and
    others as hex ("b:"); keep whichever we got and derive the other."""
    __slots__ = ("raw", "text")

    def __init__(self, raw=None, text=None):
        self.raw = raw
        self.text = decode_text_string(raw) if text is None else text

    def bytes(self):
        if self.raw is not None:
            return self.raw
        b = encode_pdfdoc(self.text)
        return b if b is not None else b"\xfe\xff" + self.text.encode("utf-16-be")

    def __repr__(self):
        return "PdfString(%r)" % self.text


class Stream:
    __slots__ = ("ref", "dict", "raw", "_data")

    def __init__(self, ref, d, raw):
        self.ref, self.dict, self.raw, self._data = ref, d, raw, None

    def filters(self):
        f = self.dict.get("Filter")
        if f is None:
            return []
        return list(f) if isinstance(f, list) else [f]

    def data(self):
        """The decoded bytes; DecodeError for filters we cannot undo."""
        if self._data is None:
            self._data = decode_stream(self)
        return self._data


class DecodeError(Exception):
    pass


def decode_stream(s):
    data = s.raw
    parms = s.dict.get("DecodeParms")
    filters = s.filters()
    if not isinstance(parms, list):
        parms = [parms] * len(filters)
    for f, p in zip(filters, parms):
        if f == "FlateDecode":
            try:
                # decompressobj tolerates a missing zlib end marker
                data = zlib.decompressobj().decompress(data)
            except zlib.error as e:
                raise DecodeError("bad Flate data in %s: %s" % (s.ref, e))
            if isinstance(p, dict):
                data = unpredict(data, p)
        else:
            raise DecodeError("cannot decode /%s in %s" % (f, s.ref))
    return data


def unpredict(data, p):
    """Undo a PNG predictor (PDF 7.4.4.4)."""
    pred = p.get("Predictor", 1)
    if pred == 1:
        return data
    if pred < 10:
        raise DecodeError("TIFF predictor not supported")
    colors, bpc = p.get("Colors", 1), p.get("BitsPerComponent", 8)
    rowlen = (colors * bpc * p.get("Columns", 1) + 7) // 8
    bpp = max(1, colors * bpc // 8)
    out, prev = bytearray(), bytearray(rowlen)
    for i in range(0, len(data), rowlen + 1):
        ft, row = data[i], bytearray(data[i + 1:i + 1 + rowlen])
        for j in range(len(row)):
            a = row[j - bpp] if j >= bpp else 0
            b = prev[j]
            c = prev[j - bpp] if j >= bpp else 0
            if ft == 1:
                row[j] = (row[j] + a) & 0xFF
            elif ft == 2:
                row[j] = (row[j] + b) & 0xFF
            elif ft == 3:
                row[j] = (row[j] + (a + b) // 2) & 0xFF
            elif ft == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                row[j] = (row[j] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        out += row
        prev = row
    return bytes(out)


_REF_RE = re.compile(r"^(\d+) (\d+) R$")
_OBJKEY_RE = re.compile(r"^obj:(\d+) (\d+) R$")


def from_json(v):
    if isinstance(v, str):
        if v.startswith("/"):
            return Name(v[1:])
        if v.startswith("u:"):
            return PdfString(text=v[2:])
        if v.startswith("b:"):
            return PdfString(raw=bytes.fromhex(v[2:]))
        if v.startswith("n:/"):
            return Name(v[3:])
        m = _REF_RE.match(v)
        if m:
            return Ref(int(m.group(1)), int(m.group(2)))
        return v
    if isinstance(v, list):
        return [from_json(x) for x in v]
    if isinstance(v, dict):
        return {k[1:] if k.startswith("/") else k: from_json(x) for k, x in v.items()}
    return v


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def is_num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def text_of(v):
    return v.text if isinstance(v, PdfString) else None


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


# ---------------------------------------------------------------------------
# Content streams

class ContentError(Exception):
    pass


OPERATORS = set("""b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET
EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri s S SC sc SCN scn sh
T* Tc Td TD Tf TJ Tj TL Tm Tr Ts Tw Tz v w W W* y ' \"""".split())
TEXT_SHOW = {"Tj", "TJ", "'", '"'}
PATH_PAINT = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*"}
PAINTING = TEXT_SHOW | PATH_PAINT | {"sh", "Do", "BI"}
MC_OPEN = {"BDC", "BMC"}

_WS = b"\x00\t\n\x0c\r "
_WS_RE = re.compile(rb"[\x00\t\n\x0c\r ]+")
_REGULAR_RE = re.compile(rb"[^\x00\t\n\x0c\r ()<>\[\]{}/%]*")
_NUMBER_RE = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)$")
_EOL_CHAR_RE = re.compile(rb"[\r\n]")
_LIT_SPECIAL_RE = re.compile(rb"[()\\]")
_EI_RE = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|$)")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
            ord("f"): b"\f", ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}


def _name(raw):
    if b"#" in raw:
        raw = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
    return Name(raw.decode("latin-1"))


def _literal(data, i):
    """The string starting at data[i] == '(' and the index after it."""
    depth, out, n = 1, bytearray(), len(data)
    i += 1
    while True:
        m = _LIT_SPECIAL_RE.search(data, i)
        if m is None:
            raise ContentError("unterminated literal string")
        j = m.start()
        out += data[i:j]
        c = data[j]
        if c == 0x28:
            depth += 1
            out.append(c)
            i = j + 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), j + 1
            out.append(c)
            i = j + 1
        else:
            if j + 1 >= n:
                raise ContentError("unterminated literal string")
            e = data[j + 1]
            i = j + 2
            if e in _ESCAPES:
                out += _ESCAPES[e]
            elif 0x30 <= e <= 0x37:
                k = j + 1
                while k < n and k < j + 4 and 0x30 <= data[k] <= 0x37:
                    k += 1
                out.append(int(data[j + 1:k], 8) & 0xFF)
                i = k
            elif e == 0x0D:  # line continuation
                if i < n and data[i] == 0x0A:
                    i += 1
            elif e == 0x0A:
                pass
            else:
                out.append(e)


def _hexstring(data, i):
    j = data.find(b">", i + 1)
    if j < 0:
        raise ContentError("unterminated hex string")
    digits = _WS_RE.sub(b"", data[i + 1:j])
    if not re.fullmatch(rb"[0-9A-Fa-f]*", digits):
        raise ContentError("bad hex string <%s>" % digits[:20].decode("latin-1"))
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode("ascii")), j + 1


def parse_content(data):
    """A content stream (or CMap) as a list of (operator, operands).  Strings
    come out as bytes, names as Name, arrays as lists, dicts as dicts; an
    inline image is one ("BI", [its dictionary]) operation."""
    ops, operands, stack = [], [], []   # stack: (kind, saved operands)
    inline = None                       # operands of an open BI
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c in _WS:
            i = _WS_RE.match(data, i).end()
            continue
        if c == 0x25:  # comment
            m = _EOL_CHAR_RE.search(data, i)
            i = m.start() if m else n
            continue
        if c == 0x28:
            s, i = _literal(data, i)
            operands.append(s)
        elif c == 0x3C:
            if data[i + 1:i + 2] == b"<":
                stack.append(("<<", operands))
                operands = []
                i += 2
            else:
                s, i = _hexstring(data, i)
                operands.append(s)
        elif c == 0x3E:
            if data[i + 1:i + 2] != b">" or not stack or stack[-1][0] != "<<":
                raise ContentError("unexpected '>'")
            items = operands
            operands = stack.pop()[1]
            if len(items) % 2 or not all(isinstance(k, Name) for k in items[::2]):
                raise ContentError("malformed dictionary")
            operands.append(dict(zip(items[::2], items[1::2])))
            i += 2
        elif c == 0x5B:
            stack.append(("[", operands))
            operands = []
            i += 1
        elif c == 0x5D:
            if not stack or stack[-1][0] != "[":
                raise ContentError("unexpected ']'")
            items = operands
            operands = stack.pop()[1]
            operands.append(items)
            i += 1
        elif c == 0x2F:
            m = _REGULAR_RE.match(data, i + 1)
            operands.append(_name(m.group()))
            i = m.end()
        elif c in b"{}":  # PostScript procedures (CMaps only)
            ops.append((chr(c), operands))
            operands = []
            i += 1
        else:
            m = _REGULAR_RE.match(data, i)
            tok = m.group()
            i = m.end()
            if not tok:
                raise ContentError("unexpected byte 0x%02x" % c)
            if _NUMBER_RE.match(tok):
                operands.append(float(tok) if b"." in tok else int(tok))
            elif tok == b"true":
                operands.append(True)
            elif tok == b"false":
                operands.append(False)
            elif tok == b"null":
                operands.append(None)
            else:
                op = tok.decode("latin-1")
                if stack:
                    raise ContentError("operator %s inside an array or dictionary" % op)
                if op == "BI":
                    if inline is not None:
                        raise ContentError("BI inside an inline image")
                    inline, operands = operands, []
                    continue
                if op == "ID":
                    if inline is None:
                        raise ContentError("ID without BI")
                    if len(operands) % 2:
                        raise ContentError("malformed inline image dictionary")
                    image = dict(zip(operands[::2], operands[1::2]))
                    e = _EI_RE.search(data, i + 1)
                    if e is None:
                        raise ContentError("inline image without EI")
                    i = e.end()
                    ops.append(("BI", [image]))
                    operands, inline = inline, None
                    continue
                ops.append((op, operands))
                operands = []
    if stack:
        raise ContentError("unterminated array or dictionary")
    if inline is not None:
        raise ContentError("unterminated inline image")
    return ops


def show_strings(op, args):
    """The strings a text-showing operation shows."""
    if op in ("Tj", "'") and args and isinstance(args[-1], bytes):
        return [args[-1]]
    if op == '"' and len(args) == 3 and isinstance(args[2], bytes):
        return [args[2]]
    if op == "TJ" and args and isinstance(args[0], list):
        return [x for x in args[0] if isinstance(x, bytes)]
    return []


# ---------------------------------------------------------------------------
# ToUnicode CMaps

def parse_tounicode(data):
    """{code bytes: str} from bfchar and bfrange blocks."""
    out = {}
    for op, args in parse_content(data):
        if op == "endbfchar":
            for src, dst in zip(args[::2], args[1::2]):
                if isinstance(src, bytes) and isinstance(dst, bytes):
                    out[src] = utf16(dst)
        elif op == "endbfrange":
            for k in range(0, len(args) - 2, 3):
                lo, hi, dst = args[k:k + 3]
                if not (isinstance(lo, bytes) and isinstance(hi, bytes)) or len(lo) != len(hi):
                    continue
                a, b = int.from_bytes(lo, "big"), int.from_bytes(hi, "big")
                for off in range(min(b - a + 1, 65536)):
                    code = (a + off).to_bytes(len(lo), "big")
                    if isinstance(dst, list):
                        if off < len(dst) and isinstance(dst[off], bytes):
                            out[code] = utf16(dst[off])
                    elif isinstance(dst, bytes) and dst:
                        v = int.from_bytes(dst, "big") + off
                        out[code] = utf16(v.to_bytes(len(dst), "big"))
    return out


def utf16(b):
    return b.decode("utf-16-be", "surrogatepass") if len(b) % 2 == 0 else "\ufffd"


# ---------------------------------------------------------------------------
# TrueType programs: just enough to find glyphs

class TrueType:
    def __init__(self, data):
        if len(data) < 12 or data[:4] not in (b"\x00\x01\x00\x00", b"true"):
            raise ValueError("not a TrueType font program")
        self.data = data
        self.tables = {}
        for k in range(struct.unpack_from(">H", data, 4)[0]):
            tag, _, off, length = struct.unpack_from(">4sIII", data, 12 + 16 * k)
            if off + length > len(data):
                raise ValueError("table %s beyond the end" % tag.decode("latin-1"))
            self.tables[tag.decode("latin-1")] = (off, length)
        for t in ("cmap", "maxp", "head"):
            if t not in self.tables:
                raise ValueError("no %s table" % t)
        self.num_glyphs = struct.unpack_from(">H", data, self.tables["maxp"][0] + 4)[0]
        self.cmaps = {}
        base = self.tables["cmap"][0]
        for k in range(struct.unpack_from(">H", data, base + 2)[0]):
            pid, eid, off = struct.unpack_from(">HHI", data, base + 4 + 8 * k)
            sub = self._subtable(base + off)
            if sub is not None and (pid, eid) not in self.cmaps:
                self.cmaps[(pid, eid)] = sub
        self.loca = None
        if "loca" in self.tables and "glyf" in self.tables:
            long_fmt = struct.unpack_from(">h", data, self.tables["head"][0] + 50)[0]
            off, _ = self.tables["loca"]
            cnt = self.num_glyphs + 1
            if long_fmt:
                self.loca = struct.unpack_from(">%dI" % cnt, data, off)
            else:
                self.loca = [x * 2 for x in struct.unpack_from(">%dH" % cnt, data, off)]

    def _subtable(self, off):
        """A lookup function for a cmap subtable of format 0, 4, 6 or 12."""
        d = self.data
        fmt = struct.unpack_from(">H", d, off)[0]
        if fmt == 0:
            glyphs = d[off + 6:off + 6 + 256]
            return lambda c: glyphs[c] if 0 <= c < 256 else 0
        if fmt == 4:
            segx2 = struct.unpack_from(">H", d, off + 6)[0]
            seg = segx2 // 2
            ends = struct.unpack_from(">%dH" % seg, d, off + 14)
            starts = struct.unpack_from(">%dH" % seg, d, off + 16 + segx2)
            deltas = struct.unpack_from(">%dh" % seg, d, off + 16 + 2 * segx2)
            ro_off = off + 16 + 3 * segx2
            ranges = struct.unpack_from(">%dH" % seg, d, ro_off)

            def look(c):
                for k in range(seg):
                    if starts[k] <= c <= ends[k]:
                        if ranges[k] == 0:
                            return (c + deltas[k]) & 0xFFFF
                        addr = ro_off + 2 * k + ranges[k] + 2 * (c - starts[k])
                        if addr + 2 > len(d):
                            return 0
                        g = struct.unpack_from(">H", d, addr)[0]
                        return (g + deltas[k]) & 0xFFFF if g else 0
                return 0
            return look
        if fmt == 6:
            first, count = struct.unpack_from(">HH", d, off + 6)
            glyphs = struct.unpack_from(">%dH" % count, d, off + 10)
            return lambda c: glyphs[c - first] if first <= c < first + count else 0
        if fmt == 12:
            n = struct.unpack_from(">I", d, off + 12)[0]
            groups = [struct.unpack_from(">III", d, off + 16 + 12 * k) for k in range(n)]

            def look12(c):
                for s, e, g in groups:
                    if s <= c <= e:
                        return g + c - s
                return 0
            return look12
        return None

    def has_outline(self, gid, depth=0):
        """Whether glyph gid (and every component of a composite) has data;
        None when the font has no glyf table to tell."""
        if self.loca is None:
            return None
        if gid >= self.num_glyphs or self.loca[gid + 1] <= self.loca[gid]:
            return False
        off = self.tables["glyf"][0] + self.loca[gid]
        if struct.unpack_from(">h", self.data, off)[0] >= 0 or depth > 8:
            return True
        p = off + 10  # composite: flags, component glyph, arguments, scale
        while True:
            flags, comp = struct.unpack_from(">HH", self.data, p)
            if not self.has_outline(comp, depth + 1):
                return False
            p += 4 + (4 if flags & 0x0001 else 2)
            p += 8 if flags & 0x0080 else 4 if flags & 0x0040 else 2 if flags & 0x0008 else 0
            if not flags & 0x0020:
                return True


def blank_char(ch):
    """Characters whose glyph may rightly have no outline."""
    return unicodedata.category(ch) in ("Zs", "Zl", "Zp", "Cc", "Cf")


# ---------------------------------------------------------------------------
# XMP

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
    "pdfuaid": "http://www.aiim.org/pdfua/ns/id/",
    "pdfaExtension": "http://www.aiim.org/pdfa/ns/extension/",
    "pdfaSchema": "http://www.aiim.org/pdfa/ns/schema#",
    "pdfaProperty": "http://www.aiim.org/pdfa/ns/property#",
    "xml": "http://www.w3.org/XML/1998/namespace",
}


def qn(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


def xmp_field(res, name):
    """A simple property of an RDF resource, written as an attribute or as
    a child element."""
    q = qn(name)
    if q in res.attrib:
        return res.attrib[q].strip()
    el = res.find(q)
    return (el.text or "").strip() if el is not None else None


def xmp_resources(li):
    """The resources an rdf:li holds: itself with parseType="Resource", or
    its rdf:Description children."""
    if li.attrib.get(qn("rdf:parseType")) == "Resource":
        return [li]
    return li.findall(qn("rdf:Description"))


class Xmp:
    def __init__(self, data):
        self.root = ET.fromstring(data)
        rdf = self.root if self.root.tag == qn("rdf:RDF") else self.root.find(qn("rdf:RDF"))
        if rdf is None:
            raise ValueError("no rdf:RDF element")
        self.descriptions = rdf.findall(qn("rdf:Description"))

    def element(self, name):
        for d in self.descriptions:
            el = d.find(qn(name))
            if el is not None:
                return el
        return None

    def simple(self, name):
        for d in self.descriptions:
            v = xmp_field(d, name)
            if v is not None:
                return v
        return None

    def items(self, name, container):
        el = self.element(name)
        if el is None:
            return None
        c = el.find(qn(container))
        if c is None:
            return None
        return c.findall(qn("rdf:li"))

    def alt_default(self, name):
        lis = self.items(name, "rdf:Alt")
        if not lis:
            return None
        for li in lis:
            if li.attrib.get(qn("xml:lang")) == "x-default":
                return li.text or ""
        return None

    def seq(self, name):
        lis = self.items(name, "rdf:Seq")
        return None if lis is None else [li.text or "" for li in lis]


# ---------------------------------------------------------------------------
# Dates

_PDF_DATE_RE = re.compile(
    r"^D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?"
    r"(?:(Z)(?:00'?(?:00'?)?)?|([+-])(\d\d)(?:'(\d\d)'?)?)?$")
_XMP_DATE_RE = re.compile(
    r"^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.(\d+))?)?"
    r"(Z|[+-]\d\d:\d\d)?)?)?)?$")


def _mkdate(y, mo, d, h, mi, s, frac, tz):
    return datetime.datetime(int(y), int(mo or 1), int(d or 1), int(h or 0), int(mi or 0),
                             int(s or 0), int((frac or "0")[:6].ljust(6, "0")), tz)


def parse_pdf_date(s):
    m = _PDF_DATE_RE.match(s.strip())
    if not m:
        raise ValueError("not a PDF date: %r" % s)
    y, mo, d, h, mi, sec, z, sign, oh, om = m.groups()
    tz = None
    if z:
        tz = datetime.timezone.utc
    elif sign:
        off = datetime.timedelta(hours=int(oh), minutes=int(om or 0))
        tz = datetime.timezone(-off if sign == "-" else off)
    return _mkdate(y, mo, d, h, mi, sec, None, tz)


def parse_xmp_date(s):
    m = _XMP_DATE_RE.match(s.strip())
    if not m:
        raise ValueError("not an XMP date: %r" % s)
    y, mo, d, h, mi, sec, frac, zone = m.groups()
    tz = None
    if zone == "Z":
        tz = datetime.timezone.utc
    elif zone:
        off = datetime.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        tz = datetime.timezone(-off if zone[0] == "-" else off)
    return _mkdate(y, mo, d, h, mi, sec, frac, tz)


def same_instant(a, b):
    if (a.tzinfo is None) != (b.tzinfo is None):
        # one without a zone: all we can compare is the wall-clock time
        return a.replace(tzinfo=None) == b.replace(tzinfo=None)
    return a == b


# ---------------------------------------------------------------------------
# The document

class Tally:
    """The checks one rule made and the failures among them."""

    def __init__(self):
        self.count = 0
        self.fails = []

    def ok(self, cond, msg):
        self.count += 1
        if not cond:
            self.fails.append(msg() if callable(msg) else msg)
        return bool(cond)

    def fail(self, msg):
        return self.ok(False, msg)


class Page(NamedTuple):
    ref: Ref
    dict: dict
    resources: dict
    number: int


class Unit:
    """One content stream as painted: a page's /Contents or a form XObject."""

    def __init__(self, label, resources, page, data=None, error=None):
        self.label, self.resources, self.page = label, resources, page
        self.ops, self.error = None, error
        if data is not None:
            try:
                self.ops = parse_content(data)
            except ContentError as e:
                self.error = "content stream does not parse: %s" % e


STANDARD_TYPES = set("""Document Part Art Sect Div BlockQuote Caption TOC TOCI Index
NonStruct Private H H1 H2 H3 H4 H5 H6 P L LI Lbl LBody Table TR TH TD THead TBody
TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby Warichu Figure
Formula Form RB RT RP WT WP""".split())


class Elem:
    __slots__ = ("ref", "d", "parent", "role", "std", "kids", "mcids", "pg")

    def __init__(self, ref, d, parent, pg):
        self.ref, self.d, self.parent, self.pg = ref, d, parent, pg
        self.role = self.std = None
        self.kids, self.mcids = [], []   # mcids: (page ref, MCID)

    def label(self):
        return "%s (%s)" % (self.role or "?", self.ref if self.ref else "direct")


class Doc:
    def __init__(self, raw, qjson):
        self.raw = raw
        self.objects = {}
        self.trailer = {}
        for key, v in qjson["qpdf"][1].items():
            if key == "trailer":
                self.trailer = from_json(v.get("value")) or {}
                continue
            m = _OBJKEY_RE.match(key)
            if not m:
                continue
            ref = Ref(int(m.group(1)), int(m.group(2)))
            if "stream" in v:
                s = v["stream"]
                self.objects[ref] = Stream(ref, from_json(s.get("dict", {})),
                                           base64.b64decode(s.get("data", "")))
            else:
                self.objects[ref] = from_json(v.get("value"))
        self.catalog = self.dict(self.trailer.get("Root")) or {}
        self.info = self.dict(self.trailer.get("Info")) or {}

    def get(self, v):
        for _ in range(32):
            if not isinstance(v, Ref):
                return v
            v = self.objects.get(v)
        return None

    def dict(self, v):
        """The dictionary v is or refers to (a stream's dictionary too)."""
        v = self.get(v)
        if isinstance(v, Stream):
            return v.dict
        return v if isinstance(v, dict) else None

    def stream(self, v):
        v = self.get(v)
        return v if isinstance(v, Stream) else None

    def list(self, v):
        v = self.get(v)
        return v if isinstance(v, list) else None

    @cached_property
    def pages(self):
        out, seen = [], set()

        def walk(ref, res):
            node = self.dict(ref)
            key = ref if isinstance(ref, Ref) else id(node)
            if node is None or key in seen:
                return
            seen.add(key)
            res = self.dict(node.get("Resources")) or res
            if node.get("Type") == "Pages" or "Kids" in node:
                for kid in self.list(node.get("Kids")) or []:
                    walk(kid, res)
            else:
                out.append(Page(ref if isinstance(ref, Ref) else None, node, res or {},
                                len(out) + 1))
        walk(self.catalog.get("Pages"), None)
        return out

    @cached_property
    def page_refs(self):
        return {p.ref for p in self.pages}

    @cached_property
    def units(self):
        """Every page's content and every form XObject reachable from them."""
        units, forms, queue = [], {}, []
        for p in self.pages:
            parts, error = [], None
            for c in as_list(self.get(p.dict.get("Contents"))):
                s = self.stream(c)
                if s is None:
                    error = "/Contents is not a stream"
                    continue
                try:
                    parts.append(s.data())
                except DecodeError as e:
                    error = str(e)
            u = Unit("page %d" % p.number, p.resources, p.ref,
                     None if error else b"\n".join(parts), error)
            units.append(u)
            queue.append(u)
        while queue:
            u = queue.pop(0)
            xo = self.dict(u.resources.get("XObject")) or {}
            for name, ref in sorted(xo.items()):
                s = self.stream(ref)
                if s is None or s.dict.get("Subtype") != "Form" or ref in forms:
                    continue
                res = self.dict(s.dict.get("Resources")) or u.resources
                try:
                    f = Unit("form %s" % ref, res, None, s.data())
                except DecodeError as e:
                    f = Unit("form %s" % ref, res, None, None, str(e))
                forms[ref] = f
                units.append(f)
                queue.append(f)
        self.forms = forms
        return units

    def form_unit(self, resources, name):
        ref = (self.dict(resources.get("XObject")) or {}).get(name)
        self.units  # fills self.forms
        return self.forms.get(ref)

    @cached_property
    def font_tallies(self):
        return fonts_report(self)

    @cached_property
    def all_dicts(self):
        """(object, dictionary) for every dictionary anywhere, nested ones
        and stream dictionaries included."""
        out = []

        def walk(ref, v):
            if isinstance(v, Stream):
                walk(ref, v.dict)
            elif isinstance(v, dict):
                out.append((ref, v))
                for x in v.values():
                    walk(ref, x)
            elif isinstance(v, list):
                for x in v:
                    walk(ref, x)
        for ref, v in self.objects.items():
            walk(ref, v)
        walk("trailer", self.trailer)
        return out

    # -- structure --------------------------------------------------------

    @cached_property
    def struct_root(self):
        return self.dict(self.catalog.get("StructTreeRoot"))

    @cached_property
    def role_map(self):
        return self.dict((self.struct_root or {}).get("RoleMap")) or {}

    def standard_role(self, s):
        """The standard type s maps to through the RoleMap, or None."""
        seen = set()
        while isinstance(s, str) and s not in STANDARD_TYPES:
            if s in seen:
                return None
            seen.add(s)
            s = self.role_map.get(s)
        return s if isinstance(s, str) else None

    def kids(self, d):
        """/K as a list; a reference in /K is a kid, unless it refers to the
        array of kids."""
        k = d.get("K")
        if isinstance(k, Ref) and isinstance(self.get(k), list):
            k = self.get(k)
        return as_list(k)

    @cached_property
    def tree(self):
        """Walks the structure tree once: (elements, problems), problems as
        (rule, message)."""
        elems, problems = [], []
        root = self.struct_root
        if root is None:
            return elems, problems
        root_ref = self.catalog.get("StructTreeRoot")
        seen = set()
        # (kid, parent Elem or None for the root, parent ref, inherited /Pg)
        todo = [(k, None, root_ref, None) for k in reversed(self.kids(root))]
        while todo:
            kid, parent, parent_ref, pg = todo.pop()
            where = parent.label() if parent else "the StructTreeRoot"
            if is_int(kid):
                if parent is None:
                    problems.append(("struct", "MCID %d directly under the StructTreeRoot" % kid))
                elif pg is None:
                    problems.append(("struct-mcid", "MCID %d in %s, which has no /Pg" % (kid, where)))
                else:
                    parent.mcids.append((pg, kid))
                continue
            d = self.dict(kid)
            if d is None:
                problems.append(("struct", "a kid of %s is neither an element nor content: %r"
                                 % (where, kid)))
                continue
            typ = d.get("Type")
            if typ == "MCR":
                if parent is None:
                    problems.append(("struct", "marked-content reference directly under the root"))
                    continue
                if "Stm" in d:
                    problems.append(("struct-mcid", "MCR with /Stm in %s is not supported" % where))
                    continue
                mpg = d.get("Pg", pg)
                if not is_int(d.get("MCID")) or mpg is None:
                    problems.append(("struct-mcid", "MCR in %s without an MCID or a /Pg" % where))
                    continue
                parent.mcids.append((mpg, d["MCID"]))
                continue
            if typ == "OBJR":
                continue
            if not isinstance(kid, Ref):
                problems.append(("struct", "a structure element in %s is a direct object" % where))
            elif kid in seen:
                problems.append(("struct", "element %s is reached twice in the tree" % kid))
                continue
            if isinstance(kid, Ref):
                seen.add(kid)
            e = Elem(kid if isinstance(kid, Ref) else None, d, parent, d.get("Pg", pg))
            e.role = d.get("S") if isinstance(d.get("S"), Name) else None
            e.std = self.standard_role(e.role) if e.role else None
            elems.append(e)
            if parent is not None:
                parent.kids.append(e)
            if typ not in (None, "StructElem"):
                problems.append(("struct", "%s has /Type /%s" % (e.label(), typ)))
            if e.role is None:
                problems.append(("struct", "element %s has no /S" % e.ref))
            if e.pg is not None and e.pg not in self.page_refs:
                problems.append(("struct", "%s has a /Pg that is not a page" % e.label()))
            # the parent check belongs to struct-parent; count it there
            e_p = d.get("P")
            if e_p != parent_ref:
                problems.append(("struct-parent", "%s has /P %s, but its parent is %s"
                                 % (e.label(), e_p, parent_ref)))
            for k in reversed(self.kids(d)):
                todo.append((k, e, kid, e.pg))
        return elems, problems

    @cached_property
    def page_mcids(self):
        """{page ref: [MCIDs marked in its content, in order], or None when
        the content does not parse} and problems."""
        out, problems = {}, []
        for u in self.units:
            if u.ops is None:
                if u.page is not None:
                    out[u.page] = None  # a content failure; do not pile on
                continue
            ids = [mcid_of(args, u.resources, self) for op, args in u.ops if op == "BDC"]
            ids = [x for x in ids if x is not None]
            if u.page is None:
                if ids:
                    problems.append("%s: MCIDs in a form XObject are not supported" % u.label)
                continue
            out[u.page] = ids
        return out, problems


def mc_properties(args, resources, doc):
    """The property list of a BDC: inline, or named in /Properties."""
    if len(args) < 2:
        return {}
    p = args[1]
    if isinstance(p, Name):
        p = doc.dict((doc.dict(resources.get("Properties")) or {}).get(p))
    return p if isinstance(p, dict) else {}


def mcid_of(args, resources, doc):
    if args and args[0] == "Artifact":
        return None
    m = mc_properties(args, resources, doc).get("MCID")
    return m if is_int(m) else None


# ---------------------------------------------------------------------------
# Rules working on the raw bytes

_EOL_RE = re.compile(rb"\r\n|\r|\n")
_ID_RE = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]{32})>\s*<([0-9A-Fa-f]{32})>\s*\]")


def rule_header(raw, doc):
    t = Tally()
    if not t.ok(raw.startswith(b"%PDF-1.7"), lambda: "the file starts with %r, not %%PDF-1.7"
                % raw[:8].decode("latin-1")):
        return t
    m = _EOL_RE.match(raw, 8)
    if not t.ok(m is not None, "no EOL right after %PDF-1.7"):
        return t
    line = raw[m.end():m.end() + 5]
    t.ok(line[:1] == b"%" and len(line) == 5 and all(b >= 128 for b in line[1:]),
         "the second line is not '%' and four bytes >= 128 (binary comment)")
    return t


def last_trailer(raw):
    """Where the last trailer starts: the keyword, or in a file with a
    cross-reference stream the object startxref points to."""
    start = raw.rfind(b"trailer")
    if start < 0:
        m = list(re.finditer(rb"startxref\s+(\d+)", raw[-1024:]))
        start = int(m[-1].group(1)) if m else 0
        if start >= len(raw):
            start = 0
    return start


def id_location(raw):
    """The /ID of two 32-digit hex strings in the last trailer."""
    return _ID_RE.search(raw, last_trailer(raw))


def file_id(raw, m):
    """What iopdoc writes as /ID: SHA-256 of the file with zeros for the two
    ID strings, cut to 16 bytes."""
    z = b"0" * 32
    zeroed = raw[:m.start(1)] + z + raw[m.end(1):m.start(2)] + z + raw[m.end(2):]
    return hashlib.sha256(zeroed).hexdigest()[:32]


def rule_id(raw, doc):
    t = Tally()
    m = id_location(raw)
    if not t.ok(m is not None, "no /ID [<32 hex> <32 hex>] in the last trailer"):
        return t
    a, b = m.group(1).lower(), m.group(2).lower()
    t.ok(a == b, "the two /ID strings differ")
    want = file_id(raw, m).encode()
    t.ok(a == want, lambda: "/ID is %s, but the file hashes to %s" % (a.decode(), want.decode()))
    if doc is not None:
        ids = doc.trailer.get("ID")
        if t.ok(isinstance(ids, list) and len(ids) == 2
                and all(isinstance(x, PdfString) for x in ids),
                "the trailer's /ID is not an array of two strings"):
            t.ok(all(len(x.bytes()) == 16 for x in ids), "an /ID string is not 16 bytes long")
            t.ok(ids[0].bytes() == bytes.fromhex(a.decode()),
                 "qpdf's trailer /ID is not the one found in the last trailer")
    return t


def rule_eof(raw, doc):
    t = Tally()
    t.ok(re.search(rb"%%EOF(\r\n|\r|\n)?\Z", raw) is not None,
         lambda: "the file does not end with %%%%EOF and at most one EOL (ends %r)" % raw[-12:])
    return t


def rule_encrypt(raw, doc):
    t = Tally()
    t.ok(doc is None or "Encrypt" not in doc.trailer, "the trailer has /Encrypt")
    # also from the bytes: qpdf may not get far in an encrypted file
    t.ok(re.search(rb"/Encrypt[\s/<\d]", raw[last_trailer(raw):]) is None,
         "the last trailer has /Encrypt")
    return t


# ---------------------------------------------------------------------------
# Metadata

def rule_xmp(doc):
    t = Tally()
    md = doc.stream(doc.catalog.get("Metadata"))
    if not t.ok(md is not None, "the catalog has no /Metadata stream"):
        return t
    t.ok(md.dict.get("Type") == "Metadata" and md.dict.get("Subtype") == "XML",
         "the /Metadata stream is not /Type /Metadata /Subtype /XML")
    try:
        data = md.data()
    except DecodeError as e:
        t.fail(str(e))
        return t
    m = re.match(rb"\s*<\?xpacket\s+begin=([\"'])(.*?)\1(.*?)\?>", data, re.S)
    if t.ok(m is not None, "the metadata does not start with an <?xpacket begin=...?> header"):
        t.ok(m.group(2) == b"\xef\xbb\xbf", "the xpacket begin attribute is not U+FEFF in UTF-8")
        t.ok(b"bytes=" not in m.group(3) and b"encoding=" not in m.group(3),
             "the xpacket header has a bytes or encoding attribute")
    t.ok(re.search(rb"<\?xpacket\s+end=([\"'])[rw]\1\s*\?>\s*\Z", data) is not None,
         "the metadata does not end with <?xpacket end=\"w\"?>")
    try:
        x = Xmp(data)
    except (ET.ParseError, ValueError) as e:
        t.fail("the metadata is not well-formed XMP: %s" % e)
        return t
    t.ok(x.simple("pdfaid:part") == "2", lambda: "pdfaid:part is %r, not 2" % x.simple("pdfaid:part"))
    t.ok(x.simple("pdfaid:conformance") == "B",
         lambda: "pdfaid:conformance is %r, not B" % x.simple("pdfaid:conformance"))
    t.ok(x.simple("pdfuaid:part") == "1", lambda: "pdfuaid:part is %r, not 1" % x.simple("pdfuaid:part"))
    check_extension_schema(t, x)

    info = doc.info
    title = text_of(info.get("Title"))
    if t.ok(title, "the Info dictionary has no /Title"):
        xt = x.alt_default("dc:title")
        t.ok(xt == title, lambda: "dc:title %r is not the Info /Title %r" % (xt, title))
    for key, prop in (("Producer", "pdf:Producer"), ("Keywords", "pdf:Keywords"),
                      ("Creator", "xmp:CreatorTool")):
        v = text_of(info.get(key))
        if v is not None:
            xv = x.simple(prop)
            t.ok(xv == v, lambda: "%s %r is not the Info /%s %r" % (prop, xv, key, v))
    author = text_of(info.get("Author"))
    if author is not None:
        xa = x.seq("dc:creator")
        t.ok(xa == [author], lambda: "dc:creator %r is not the Info /Author %r" % (xa, author))
    subject = text_of(info.get("Subject"))
    if subject is not None:
        xs = x.alt_default("dc:description")
        t.ok(xs == subject, lambda: "dc:description %r is not the Info /Subject %r" % (xs, subject))
    return t


def check_extension_schema(t, x):
    """pdfuaid is not predefined for PDF/A-2: it needs an extension schema
    with its property described (PDF/A-2 6.6.2.3)."""
    schemas = x.items("pdfaExtension:schemas", "rdf:Bag") or []
    found = None
    for li in schemas:
        for res in xmp_resources(li):
            if xmp_field(res, "pdfaSchema:namespaceURI") == NS["pdfuaid"]:
                found = res
    if not t.ok(found is not None, "no pdfaExtension schema declares the pdfuaid namespace"):
        return
    t.ok(xmp_field(found, "pdfaSchema:prefix") == "pdfuaid",
         "the pdfuaid extension schema's prefix is not pdfuaid")
    t.ok(xmp_field(found, "pdfaSchema:schema"), "the pdfuaid extension schema has no pdfaSchema:schema")
    props = []
    el = found.find(qn("pdfaSchema:property"))
    seq = el.find(qn("rdf:Seq")) if el is not None else None
    for li in seq.findall(qn("rdf:li")) if seq is not None else []:
        props.extend(xmp_resources(li))
    part = [p for p in props if xmp_field(p, "pdfaProperty:name") == "part"]
    if t.ok(part, "the pdfuaid extension schema does not describe the property part"):
        p = part[0]
        t.ok(xmp_field(p, "pdfaProperty:valueType") and xmp_field(p, "pdfaProperty:description")
             and xmp_field(p, "pdfaProperty:category") in ("internal", "external"),
             "the pdfuaid:part property lacks valueType, category or description")


def rule_xmp_dates(doc):
    t = Tally()
    md = doc.stream(doc.catalog.get("Metadata"))
    try:
        x = Xmp(md.data()) if md is not None else None
    except (DecodeError, ET.ParseError, ValueError):
        x = None
    if not t.ok(x is not None, "no readable XMP to compare dates with"):
        return t
    for key, prop in (("CreationDate", "xmp:CreateDate"), ("ModDate", "xmp:ModifyDate")):
        v, xv = text_of(doc.info.get(key)), x.simple(prop)
        if not t.ok(v is not None, "the Info dictionary has no /%s" % key):
            continue
        if not t.ok(xv is not None, "the XMP has no %s" % prop):
            continue
        try:
            a, b = parse_pdf_date(v), parse_xmp_date(xv)
        except ValueError as e:
            t.fail(str(e))
            continue
        t.ok(same_instant(a, b), "%s %s is not the Info /%s %s" % (prop, xv, key, v))
    return t


def rule_output_intent(doc):
    t = Tally()
    ois = doc.list(doc.catalog.get("OutputIntents"))
    if not t.ok(ois, "the catalog has no /OutputIntents"):
        return t
    pdfa = [doc.dict(o) for o in ois if (doc.dict(o) or {}).get("S") == "GTS_PDFA1"]
    if not t.ok(len(pdfa) == 1, "%d output intents with /S /GTS_PDFA1, not one" % len(pdfa)):
        return t
    oi = pdfa[0]
    t.ok(isinstance(oi.get("OutputConditionIdentifier"), PdfString),
         "the output intent has no /OutputConditionIdentifier")
    prof = doc.stream(oi.get("DestOutputProfile"))
    if not t.ok(prof is not None, "the output intent has no /DestOutputProfile stream"):
        return t
    t.ok(prof.dict.get("N") == 3, "the ICC profile's /N is not 3")
    try:
        icc = prof.data()
    except DecodeError as e:
        t.fail(str(e))
        return t
    if not t.ok(len(icc) >= 128, "the ICC profile is shorter than its 128-byte header"):
        return t
    size = struct.unpack(">I", icc[:4])[0]
    t.ok(size == len(icc), "the ICC profile's size field says %d, it has %d bytes" % (size, len(icc)))
    t.ok(icc[36:40] == b"acsp", "the ICC profile has no 'acsp' signature")
    t.ok(icc[12:16] == b"mntr", lambda: "the ICC profile class is %r, not 'mntr'" % icc[12:16])
    t.ok(icc[16:20] == b"RGB ", lambda: "the ICC colour space is %r, not 'RGB '" % icc[16:20])
    t.ok(icc[8] in (2, 4), "the ICC profile's major version is %d, not 2 or 4" % icc[8])
    return t


# ---------------------------------------------------------------------------
# Content streams: syntax and marked content

def rule_content(doc):
    t = Tally()
    for u in doc.units:
        if not t.ok(u.error is None, lambda: "%s: %s" % (u.label, u.error)):
            continue
        in_text, q, bx, worst = False, 0, 0, 0
        for op, args in u.ops:
            if op == "BX":
                bx += 1
            elif op == "EX":
                bx = max(0, bx - 1)
            elif op not in OPERATORS and not bx:
                t.fail("%s: unknown operator %r" % (u.label, op))
            if op == "BT":
                t.ok(not in_text, "%s: BT inside a text object" % u.label)
                in_text = True
            elif op == "ET":
                t.ok(in_text, "%s: ET without BT" % u.label)
                in_text = False
            elif op in TEXT_SHOW:
                t.ok(in_text, "%s: %s outside BT..ET" % (u.label, op))
            elif op == "q":
                q += 1
                worst = max(worst, q)
            elif op == "Q":
                t.ok(q > 0, "%s: Q without q" % u.label)
                q = max(0, q - 1)
        t.ok(not in_text, "%s: a text object is left open" % u.label)
        t.ok(worst <= 28, "%s: q nested %d deep (PDF/A allows 28)" % (u.label, worst))
    return t


def rule_mc_balance(doc):
    t = Tally()
    for u in doc.units:
        if u.ops is None:
            continue
        depth, bt_depth = 0, None
        for op, _ in u.ops:
            if op in MC_OPEN:
                depth += 1
            elif op == "EMC":
                if t.ok(depth > 0, "%s: EMC without an open marked-content sequence" % u.label):
                    depth -= 1
            elif op == "BT":
                bt_depth = depth
            elif op == "ET" and bt_depth is not None:
                t.ok(depth == bt_depth, "%s: marked content crosses a text object "
                     "(%d open at BT, %d at ET)" % (u.label, bt_depth, depth))
                bt_depth = None
        t.ok(depth == 0, "%s: %d marked-content sequence(s) left open" % (u.label, depth))
    return t


def describe_op(op, args):
    s = b"".join(show_strings(op, args))
    return "%s %r" % (op, s[:30].decode("latin-1")) if s else op


def rule_mc_painting(doc):
    """PDF/UA 7.1-3: real content is tagged, the rest is an artifact."""
    t = Tally()

    def walk(u, stack, depth):
        for op, args in u.ops:
            if op in MC_OPEN:
                tag = args[0] if args else None
                if tag == "Artifact":
                    kind = "artifact"
                elif op == "BDC" and mcid_of(args, u.resources, doc) is not None:
                    kind = "tagged"
                else:
                    kind = "other"
                if kind == "tagged":
                    t.ok("artifact" not in stack, "%s: tagged content (/%s MCID %s) inside an artifact"
                         % (u.label, tag, mcid_of(args, u.resources, doc)))
                elif kind == "artifact":
                    t.ok("tagged" not in stack, "%s: an artifact inside tagged content" % u.label)
                stack.append(kind)
            elif op == "EMC":
                if stack:
                    stack.pop()
            elif op in PAINTING:
                t.ok("tagged" in stack or "artifact" in stack,
                     lambda: "%s: %s outside tagged content or an artifact"
                     % (u.label, describe_op(op, args)))
                if op == "Do" and args and depth < 8:
                    f = doc.form_unit(u.resources, args[0])
                    if f is not None and f.ops is not None:
                        walk(f, list(stack), depth + 1)

    for u in doc.units:
        if u.page is not None and u.ops is not None:
            walk(u, [], 0)
    return t


# ---------------------------------------------------------------------------
# Fonts

class FontUse:
    def __init__(self, key, d, names):
        self.key, self.d, self.names = key, d, names
        self.codes = set()     # ints: 1-byte codes, or 2-byte for Identity-H
        self.odd = False       # an odd-length string shown with a 2-byte font

    def label(self):
        base = self.d.get("BaseFont")
        return "font %s (%s%s)" % ("/".join(sorted(self.names)), "/" + base if base else "",
                                   ", %s" % self.key if isinstance(self.key, Ref) else "")


def font_uses(doc):
    """Every font in the resources of a page or form, with the codes shown
    with it; problems for font-codes."""
    fonts, problems = {}, []

    def font(ref, name):
        d = doc.dict(ref)
        if d is None:
            return None
        key = ref if isinstance(ref, Ref) else id(d)
        f = fonts.get(key)
        if f is None:
            f = fonts[key] = FontUse(key, d, set())
        f.names.add(name)
        return f

    for u in doc.units:
        fres = doc.dict(u.resources.get("Font")) or {}
        for name, ref in fres.items():
            font(ref, name)
        if u.ops is None:
            continue
        cur, saved = None, []
        for op, args in u.ops:
            if op == "q":
                saved.append(cur)
            elif op == "Q":
                cur = saved.pop() if saved else cur
            elif op == "Tf":
                name = args[0] if args else None
                cur = font(fres.get(name), name) if isinstance(name, Name) else None
                if cur is None:
                    problems.append("%s: Tf selects /%s, which is not in its /Font resources"
                                    % (u.label, name))
                    cur = False
            elif op in TEXT_SHOW:
                strings = show_strings(op, args)
                if cur is None:
                    problems.append("%s: text shown before any Tf" % u.label)
                    cur = False
                if not cur:
                    continue
                two = cur.d.get("Subtype") == "Type0"
                for s in strings:
                    if two:
                        cur.odd |= len(s) % 2 == 1
                        cur.codes.update(struct.unpack(">%dH" % (len(s) // 2), s[:len(s) // 2 * 2]))
                    else:
                        cur.codes.update(s)
    return list(fonts.values()), problems


def fonts_report(doc):
    """All five font rules at once: they share the parsing."""
    R = {k: Tally() for k in ("font-embedded", "font-widths", "font-codes",
                              "font-tounicode", "font-notdef")}
    fonts, problems = font_uses(doc)
    for p in problems:
        R["font-codes"].fail(p)
    for f in fonts:
        check_font(doc, f, R)
    return R


def check_font(doc, f, R):
    d, name = f.d, f.label()
    sub = d.get("Subtype")
    codes = sorted(f.codes)
    composite = sub == "Type0"
    if composite:
        desc_fonts = doc.list(d.get("DescendantFonts")) or []
        cid = doc.dict(desc_fonts[0]) if desc_fonts else None
        if not R["font-embedded"].ok(cid is not None, "%s: no descendant CIDFont" % name):
            return
        R["font-codes"].ok(d.get("Encoding") == "Identity-H",
                           "%s: encoding %r is not supported (Identity-H is)" % (name, d.get("Encoding")))
        R["font-codes"].ok(not f.odd, "%s: a string of odd length shown with a 2-byte font" % name)
        fd = doc.dict(cid.get("FontDescriptor"))
    else:
        cid = None
        fd = doc.dict(d.get("FontDescriptor"))

    # embedding (Type3 glyphs are content streams: nothing to embed)
    prog, tt = None, None
    if sub != "Type3":
        if R["font-embedded"].ok(fd is not None, "%s: no /FontDescriptor" % name):
            for k in ("FontFile2", "FontFile", "FontFile3"):
                if doc.stream(fd.get(k)) is not None:
                    prog = (k, doc.stream(fd.get(k)))
                    break
            R["font-embedded"].ok(prog is not None, "%s: the font program is not embedded" % name)
        if prog and prog[0] == "FontFile2":
            try:
                tt = TrueType(prog[1].data())
            except (DecodeError, ValueError, struct.error) as e:
                R["font-embedded"].fail("%s: FontFile2 is unreadable: %s" % (name, e))

    # widths and code range (simple fonts)
    if not composite:
        first, last = d.get("FirstChar"), d.get("LastChar")
        widths = doc.list(d.get("Widths"))
        if R["font-widths"].ok(is_int(first) and is_int(last) and 0 <= first <= last <= 255,
                               "%s: no valid /FirstChar and /LastChar" % name):
            R["font-widths"].ok(widths is not None and len(widths) == last - first + 1,
                                lambda: "%s: /Widths has %s entries, FirstChar..LastChar needs %d"
                                % (name, len(widths) if widths is not None else "no",
                                   last - first + 1))
            outside = [c for c in codes if not first <= c <= last]
            R["font-codes"].ok(not outside, lambda: "%s: codes %s outside FirstChar..LastChar %d..%d"
                               % (name, hexcodes(outside, 1), first, last))
        enc = d.get("Encoding")
        enc_d = doc.dict(enc)
        base = enc_d.get("BaseEncoding") if enc_d is not None else enc
        if sub == "TrueType":
            R["font-codes"].ok(base in ("WinAnsiEncoding", "MacRomanEncoding") or
                               (base is None and is_symbolic(fd)),
                               "%s: a non-symbolic TrueType font needs WinAnsiEncoding or "
                               "MacRomanEncoding, not %r" % (name, base))
        if enc_d is not None:
            diffs = doc.list(enc_d.get("Differences")) or []
            bad = [x for x in diffs if x == ".notdef"]
            R["font-notdef"].ok(not bad, "%s: /Differences names /.notdef" % name)

    # ToUnicode
    tu = doc.stream(d.get("ToUnicode"))
    cmap = None
    if R["font-tounicode"].ok(tu is not None, "%s: no /ToUnicode stream" % name):
        try:
            cmap = parse_tounicode(tu.data())
        except (DecodeError, ContentError) as e:
            R["font-tounicode"].fail("%s: ToUnicode unreadable: %s" % (name, e))
    width = 2 if composite else 1
    uni = {}
    if cmap is not None:
        missing, bad = [], []
        for c in codes:
            v = cmap.get(c.to_bytes(width, "big"))
            if v is None or v == "":
                missing.append(c)
            elif any(ch in "\x00\ufeff\ufffe" for ch in v):
                bad.append(c)
            else:
                uni[c] = v
        R["font-tounicode"].ok(not missing, lambda: "%s: ToUnicode does not map shown codes %s"
                               % (name, hexcodes(missing, width)))
        R["font-tounicode"].ok(not bad, lambda: "%s: ToUnicode maps codes %s to U+0000, U+FEFF "
                               "or U+FFFE" % (name, hexcodes(bad, width)))

    # glyphs: no shown code may select .notdef (PDF/A-2 6.2.11.8, UA 7.21.8)
    if tt is None:
        return
    if composite:
        gmap = doc.get(cid.get("CIDToGIDMap", Name("Identity")))
        if isinstance(gmap, Stream):
            try:
                gb = gmap.data()
            except DecodeError as e:
                R["font-notdef"].fail("%s: %s" % (name, e))
                return
            gid_of = lambda code, u: (struct.unpack_from(">H", gb, 2 * code)[0]
                                      if 2 * code + 2 <= len(gb) else 0)
        else:
            gid_of = lambda code, u: code
    else:
        c31, c30, c10 = tt.cmaps.get((3, 1)), tt.cmaps.get((3, 0)), tt.cmaps.get((1, 0))
        if not is_symbolic(fd) and sub == "TrueType":
            R["font-notdef"].ok(c31 is not None, "%s: a non-symbolic TrueType font without a "
                                "(3,1) cmap" % name)
        if c31 is not None:
            gid_of = lambda code, u: c31(ord(u)) if u is not None and len(u) == 1 else None
        elif c30 is not None:
            gid_of = lambda code, u: c30(0xF000 + code) or c30(code)
        elif c10 is not None:
            gid_of = lambda code, u: c10(code)
        else:
            R["font-notdef"].fail("%s: the font program has no usable cmap" % name)
            return
    zero, empty = [], []
    for c in codes:
        u = uni.get(c)
        if cmap is not None and u is None:
            continue  # already a ToUnicode failure
        g = gid_of(c, u)
        if g is None:
            continue  # several characters for one glyph (a ligature): no cmap entry to check
        R["font-notdef"].count += 1
        if g == 0 or g >= tt.num_glyphs:
            zero.append(c)
        elif u is not None and not all(blank_char(ch) for ch in u) and tt.has_outline(g) is False:
            empty.append(c)
    R["font-notdef"].ok(not zero, lambda: "%s: codes %s show glyph 0 (.notdef)%s"
                        % (name, hexcodes(zero, width), charlist(zero, uni)))
    R["font-notdef"].ok(not empty, lambda: "%s: codes %s show an empty glyph%s"
                        % (name, hexcodes(empty, width), charlist(empty, uni)))


def is_symbolic(fd):
    flags = (fd or {}).get("Flags", 0)
    return is_int(flags) and bool(flags & 4) and not flags & 32


def hexcodes(codes, width):
    shown = " ".join("<%0*X>" % (2 * width, c) for c in codes[:12])
    return shown + (" ..." if len(codes) > 12 else "")


def charlist(codes, uni):
    chars = ["U+%04X" % ord(uni[c][0]) for c in codes[:12] if uni.get(c)]
    return " (%s)" % " ".join(chars) if chars else ""


def font_rule(key):
    return lambda doc: doc.font_tallies[key]


# ---------------------------------------------------------------------------
# Structure

def tree_problems(doc, rule):
    t = Tally()
    for r, msg in doc.tree[1]:
        if r == rule:
            t.fail(msg)
    return t


def rule_struct(doc):
    t = tree_problems(doc, "struct")
    cat = doc.catalog
    mi = doc.dict(cat.get("MarkInfo")) or {}
    t.ok(mi.get("Marked") is True, "the catalog has no /MarkInfo <</Marked true>>")
    t.ok(mi.get("Suspects") is not True, "/MarkInfo has /Suspects true")
    lang = text_of(doc.get(cat.get("Lang")))
    t.ok(lang and lang.strip(), "the catalog has no non-empty /Lang")
    vp = doc.dict(cat.get("ViewerPreferences")) or {}
    t.ok(vp.get("DisplayDocTitle") is True, "/ViewerPreferences has no /DisplayDocTitle true")
    root = doc.struct_root
    if t.ok(root is not None, "the catalog has no /StructTreeRoot"):
        t.ok(root.get("Type") == "StructTreeRoot", "the StructTreeRoot has no /Type /StructTreeRoot")
        t.ok(root.get("K") is not None, "the StructTreeRoot has no /K")
        t.ok(doc.dict(root.get("ParentTree")) is not None, "the StructTreeRoot has no /ParentTree")
    keys = {}
    for p in doc.pages:
        sp = p.dict.get("StructParents")
        if t.ok(is_int(sp), "page %d has no /StructParents" % p.number):
            t.ok(sp not in keys, "pages %s and %d share /StructParents %s"
                 % (keys.get(sp), p.number, sp))
            keys[sp] = p.number
    t.count += len(doc.tree[0])  # each element's /S and /Type were looked at
    return t


def rule_struct_parent(doc):
    t = tree_problems(doc, "struct-parent")
    t.count += len(doc.tree[0])
    return t


def rule_struct_role(doc):
    t = Tally()
    for key, to in doc.role_map.items():
        t.ok(key not in STANDARD_TYPES, "the RoleMap remaps the standard type /%s to %r" % (key, to))
    for e in doc.tree[0]:
        if e.role is not None:
            t.ok(e.std is not None, "/S /%s (%s) is neither a standard structure type nor "
                 "role-mapped to one" % (e.role, e.ref))
    return t


def number_tree(doc, node, out, seen, problems):
    d = doc.dict(node)
    if d is None or id(d) in seen:
        problems.append("a ParentTree node is missing or repeated")
        return
    seen.add(id(d))
    nums = doc.list(d.get("Nums")) or []
    for k, v in zip(nums[::2], nums[1::2]):
        if is_int(k):
            out[k] = v
        else:
            problems.append("a ParentTree key is not an integer: %r" % (k,))
    for kid in doc.list(d.get("Kids")) or []:
        number_tree(doc, kid, out, seen, problems)


def rule_struct_mcid(doc):
    t = tree_problems(doc, "struct-mcid")
    content, problems = doc.page_mcids
    for p in problems:
        t.fail(p)
    owners = {}
    for e in doc.tree[0]:
        for key in e.mcids:
            owners.setdefault(key, []).append(e)
    ptree = {}
    root = doc.struct_root
    if root is not None and root.get("ParentTree") is not None:
        probs = []
        number_tree(doc, root.get("ParentTree"), ptree, set(), probs)
        for p in probs:
            t.fail(p)
        nk = root.get("ParentTreeNextKey")
        if nk is not None and ptree:
            t.ok(is_int(nk) and nk > max(ptree), "/ParentTreeNextKey %r is not above every "
                 "ParentTree key (%d)" % (nk, max(ptree)))
    for p in doc.pages:
        ids = content.get(p.ref, [])
        if ids is None:
            continue
        dup = sorted({n for n in ids if ids.count(n) > 1})
        t.ok(not dup, "page %d marks MCIDs %s more than once" % (p.number, dup))
        arr = None
        if ids:
            sp = p.dict.get("StructParents")
            arr = doc.list(ptree.get(sp)) if is_int(sp) else None
            t.ok(arr is not None, "page %d: the ParentTree has no array for /StructParents %r"
                 % (p.number, sp))
        for n in sorted(set(ids)):
            own = owners.get((p.ref, n), [])
            if not t.ok(own, "page %d: MCID %d is not referenced by any structure element"
                        % (p.number, n)):
                continue
            if not t.ok(len(own) == 1, "page %d: MCID %d is referenced by %d elements: %s"
                        % (p.number, n, len(own), ", ".join(e.label() for e in own))):
                continue
            if arr is not None:
                got = arr[n] if n < len(arr) else None
                t.ok(got == own[0].ref, "page %d: ParentTree[%s][%d] is %s, not %s, which owns MCID %d"
                     % (p.number, p.dict.get("StructParents"), n, got, own[0].label(), n))
    numbers = {p.ref: p.number for p in doc.pages}
    for (pg, n), own in sorted(owners.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        if not t.ok(pg in numbers, "%s references MCID %d on %s, which is not a page"
                    % (own[0].label(), n, pg)):
            continue
        if content.get(pg, []) is None:
            continue
        t.ok(n in content.get(pg, []), "%s references MCID %d, which page %d does not mark"
             % (own[0].label(), n, numbers[pg]))
    return t


def has_content(e):
    return bool(e.mcids) or any(has_content(k) for k in e.kids)


def attributes(doc, e):
    """The attribute dictionaries in /A (a dict, or an array of dicts and
    revision numbers)."""
    return [a for a in (doc.dict(x) for x in as_list(doc.get(e.d.get("A")))) if a is not None]


def rule_struct_rules(doc):
    t = Tally()
    allowed_kids = {
        "Table": {"TR", "THead", "TBody", "TFoot", "Caption"},
        "THead": {"TR"}, "TBody": {"TR"}, "TFoot": {"TR"},
        "TR": {"TH", "TD"},
        "L": {"LI", "Caption"},
        "LI": {"Lbl", "LBody"},
    }
    allowed_parents = {
        "TR": {"Table", "THead", "TBody", "TFoot"},
        "TH": {"TR"}, "TD": {"TR"},
        "THead": {"Table"}, "TBody": {"Table"}, "TFoot": {"Table"},
        "LI": {"L"}, "Lbl": {"LI"}, "LBody": {"LI"},
    }
    for e in doc.tree[0]:
        s = e.std
        if s in allowed_kids:
            bad = [k.label() for k in e.kids if k.std not in allowed_kids[s]]
            t.ok(not bad, "%s holds %s (allowed: %s)" % (e.label(), ", ".join(bad),
                                                          " ".join(sorted(allowed_kids[s]))))
        if s in allowed_parents:
            ps = e.parent.std if e.parent else None
            t.ok(ps in allowed_parents[s], "%s is inside %s, not %s"
                 % (e.label(), e.parent.label() if e.parent else "the StructTreeRoot",
                    " or ".join(sorted(allowed_parents[s]))))
        if s == "TH":
            scopes = [a.get("Scope") for a in attributes(doc, e) if a.get("O") == "Table"]
            t.ok(any(x in ("Row", "Column", "Both") for x in scopes),
                 "%s has no /A <</O /Table /Scope /Row|/Column|/Both>>" % e.label())
        if s in ("TH", "TD"):
            # a spanning cell (a <table> cell span="N"): a whole number, 2 or more
            spans = [a.get("ColSpan") for a in attributes(doc, e) if a.get("O") == "Table"
                     and a.get("ColSpan") is not None]
            t.ok(all(isinstance(x, int) and x >= 2 for x in spans),
                 "%s has /ColSpan %r, not a whole number of 2 or more" % (e.label(), spans))
        if s == "Caption":
            ps = e.parent.std if e.parent else None
            t.ok(ps == "Table" and e.parent.kids and e.parent.kids[0] is e,
                 "%s is not the first child of a Table" % e.label())
        if s == "Figure":
            alt = text_of(doc.get(e.d.get("Alt")))
            t.ok(alt and alt.strip(), "%s has no non-empty /Alt" % e.label())
        if s in ("H1", "H2", "H3", "H4", "H5", "H6"):
            t.ok(has_content(e), "%s is empty (no marked content)" % e.label())
    return t


# ---------------------------------------------------------------------------
# Transparency, filters, actions

def rule_transparency(doc):
    t = Tally()
    for ref, d in doc.all_dicts:
        sm = d.get("SMask")
        if sm is not None:
            t.ok(sm == "None", "%s has an /SMask" % ref)
        if d.get("SMaskInData") not in (None, 0):
            t.fail("%s has /SMaskInData" % ref)
        for k in ("CA", "ca"):
            v = d.get(k)
            if is_num(v):
                t.ok(v >= 1, "%s has /%s %s" % (ref, k, v))
        bm = d.get("BM")
        if bm is not None:
            t.ok(all(x in ("Normal", "Compatible") for x in as_list(bm)),
                 "%s has blend mode %r" % (ref, bm))
    for p in doc.pages:
        g = doc.dict(p.dict.get("Group")) or {}
        t.ok(g.get("S") != "Transparency", "page %d has a transparency group" % p.number)
    return t


def rule_filters(doc):
    t = Tally()
    for ref, v in doc.objects.items():
        if not isinstance(v, Stream):
            continue
        bad = [f for f in v.filters() if f not in ("FlateDecode", "DCTDecode")]
        t.ok(not bad, "%s uses filter %s" % (ref, " ".join("/" + f for f in bad)))
        ext = [k for k in ("F", "FFilter", "FDecodeParms") if k in v.dict]
        t.ok(not ext, "stream %s has external-data keys %s" % (ref, ext))
    return t


FORBIDDEN_ACTIONS = {"Launch", "Sound", "Movie", "ResetForm", "ImportData", "JavaScript",
                     "Hide", "SetOCGState", "Rendition", "Trans", "GoTo3DView"}


def rule_actions(doc):
    t = Tally()
    for ref, d in doc.all_dicts:
        # /S also names structure types and groups: only action dictionaries count
        t.ok(d.get("S") not in FORBIDDEN_ACTIONS or d.get("Type") not in (None, "Action"),
             "%s is a /%s action" % (ref, d.get("S")))
        t.ok("JS" not in d, "%s has /JS" % ref)
    names = doc.dict(doc.catalog.get("Names")) or {}
    t.ok("JavaScript" not in names, "the catalog's /Names has /JavaScript")
    t.ok("AA" not in doc.catalog, "the catalog has /AA")
    for p in doc.pages:
        t.ok("AA" not in p.dict, "page %d has /AA" % p.number)
    return t


# ---------------------------------------------------------------------------
# Implementation limits (ISO 19005-2, 6.1.13)

LIMIT_STRING = 32767        # bytes
LIMIT_NAME = 127            # bytes, #xx escapes undone
LIMIT_INT = (-2**31, 2**31 - 1)
LIMIT_REAL = 3.403e38
LIMIT_OBJECTS = 8388607
LIMIT_DEVICEN = 32

_INT_RE = re.compile(rb"[+-]?\d+$")
_REAL_RE = re.compile(rb"[+-]?(?:\d+\.\d*|\.\d+)$")


def scan_tokens(data):
    """The strings, names and numbers of PDF object syntax in data (a whole
    file or an object stream's objects), with their bytes: qpdf's JSON
    gives text strings decoded, so their length in the file is lost.
    Stream data and cross-reference tables are skipped."""
    i, n = 0, len(data)
    while i < n:
        c = data[i]
        if c in _WS:
            i = _WS_RE.match(data, i).end()
        elif c == 0x25:
            m = _EOL_CHAR_RE.search(data, i)
            i = m.start() if m else n
        elif c == 0x28:
            s, i = _literal(data, i)
            yield "string", s
        elif data[i:i + 2] in (b"<<", b">>"):
            i += 2
        elif c == 0x3C:
            s, i = _hexstring(data, i)
            yield "string", s
        elif c in b">[]{}":
            i += 1
        elif c == 0x2F:
            m = _REGULAR_RE.match(data, i + 1)
            raw = re.sub(rb"#([0-9A-Fa-f]{2})", lambda x: bytes([int(x.group(1), 16)]), m.group())
            yield "name", raw
            i = m.end()
        else:
            m = _REGULAR_RE.match(data, i)
            tok = m.group()
            i = max(m.end(), i + 1)
            if _INT_RE.match(tok):
                yield "number", int(tok)
            elif _REAL_RE.match(tok):
                yield "number", float(tok)
            elif tok == b"stream":
                e = data.find(b"endstream", i)
                i = e + 9 if e >= 0 else n
            elif tok == b"xref":
                e = data.find(b"trailer", i)
                i = e + 7 if e >= 0 else n


def operand_tokens(v):
    """The same for a parsed content stream operand."""
    if isinstance(v, bytes):
        yield "string", v
    elif isinstance(v, Name):
        yield "name", v.encode("latin-1")
    elif isinstance(v, bool) or v is None:
        return
    elif isinstance(v, (int, float)):
        yield "number", v
    elif isinstance(v, list):
        for x in v:
            yield from operand_tokens(x)
    elif isinstance(v, dict):
        for k, x in v.items():
            yield "name", k.encode("latin-1")
            yield from operand_tokens(x)


def check_limits(t, where, tokens):
    # one check per token, counted in bulk: a long report has a million
    for kind, v in tokens:
        t.count += 1
        if kind == "string":
            if len(v) > LIMIT_STRING:
                t.fails.append("%s: a string of %d bytes (PDF/A allows %d): %r..."
                               % (where, len(v), LIMIT_STRING, v[:40]))
        elif kind == "name":
            if len(v) > LIMIT_NAME:
                t.fails.append("%s: a name of %d bytes (PDF/A allows %d): /%s..."
                               % (where, len(v), LIMIT_NAME, v[:40].decode("latin-1")))
        elif isinstance(v, int):
            if not LIMIT_INT[0] <= v <= LIMIT_INT[1]:
                t.fails.append("%s: the integer %d is outside 32 bits" % (where, v))
        elif abs(v) > LIMIT_REAL:
            t.fails.append("%s: the real %g is past +-3.403e38" % (where, v))


def rule_limits(doc):
    t = Tally()
    check_limits(t, "the file", scan_tokens(doc.raw))
    for ref, v in doc.objects.items():
        if isinstance(v, Stream) and v.dict.get("Type") == "ObjStm":
            try:
                data = v.data()
            except DecodeError as e:
                t.fail("object stream %s: %s" % (ref, e))
                continue
            first = v.dict.get("First", 0)
            check_limits(t, "object stream %s" % ref, scan_tokens(data[first:] if is_int(first) else data))
    for u in doc.units:
        if u.error is None:
            check_limits(t, u.label, (tok for _, args in u.ops for a in args
                                      for tok in operand_tokens(a)))
    nums = [r.num for r in doc.objects]
    t.ok(not nums or max(nums) <= LIMIT_OBJECTS,
         lambda: "object number %d: PDF/A allows %d indirect objects" % (max(nums), LIMIT_OBJECTS))
    for ref, d in doc.all_dicts:
        for v in d.values():
            cs = doc.list(v) if isinstance(v, Ref) else v
            if isinstance(cs, list) and len(cs) > 1 and cs[0] == "DeviceN":
                names = doc.list(cs[1]) or []
                t.ok(len(names) <= LIMIT_DEVICEN, lambda: "%s: DeviceN with %d colourants "
                     "(PDF/A allows %d)" % (ref, len(names), LIMIT_DEVICEN))
    return t


# ---------------------------------------------------------------------------
# Running

RAW_RULES = [("header", rule_header), ("id", rule_id), ("eof", rule_eof),
             ("encrypt", rule_encrypt)]
DOC_RULES = [
    ("xmp", rule_xmp), ("xmp-dates", rule_xmp_dates), ("output-intent", rule_output_intent),
    ("content", rule_content),
    ("font-embedded", font_rule("font-embedded")), ("font-widths", font_rule("font-widths")),
    ("font-codes", font_rule("font-codes")), ("font-tounicode", font_rule("font-tounicode")),
    ("font-notdef", font_rule("font-notdef")),
    ("mc-balance", rule_mc_balance), ("mc-painting", rule_mc_painting),
    ("struct", rule_struct), ("struct-parent", rule_struct_parent),
    ("struct-role", rule_struct_role), ("struct-mcid", rule_struct_mcid),
    ("struct-rules", rule_struct_rules),
    ("transparency", rule_transparency), ("filters", rule_filters), ("actions", rule_actions),
    ("limits", rule_limits),
]
RULE_IDS = ["qpdf"] + [r for r, _ in RAW_RULES + DOC_RULES]


class Result(NamedTuple):
    failures: list   # (rule, message)
    counts: dict     # rule -> checks made

    @property
    def total(self):
        return sum(self.counts.values())

    def failed_rules(self):
        return {r for r, _ in self.failures}


def run_qpdf(path):
    """qpdf's JSON of the file (None if it could not read it) and its
    complaints.  Stream data stays raw (--decode-level=none): decoded
    streams lose /Filter in the JSON, and the filters rule needs it; Flate
    is undone here with zlib."""
    path = str(path)
    if path.startswith("-"):
        path = "./" + path  # not an option to qpdf
    try:
        p = subprocess.run([QPDF, "--json=2", "--json-key=qpdf", "--json-stream-data=inline",
                            "--decode-level=none", path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as e:
        sys.stderr.write("pdfcheck: cannot run %s: %s\n" % (QPDF, e))
        raise SystemExit(2)
    msgs = [line for line in p.stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    if p.returncode not in (0, 3):
        return None, msgs or ["qpdf exited with status %d" % p.returncode]
    try:
        return json.loads(p.stdout), msgs
    except ValueError as e:
        return None, msgs + ["qpdf's JSON does not parse: %s" % e]


def check_file(path):
    failures, counts = [], {}

    def run(rule, fn, *args):
        try:
            t = fn(*args)
        except Exception as e:  # a rule that trips over a malformed file fails, the rest go on
            t = Tally()
            t.fail("cannot check: %s: %s" % (type(e).__name__, e))
        counts[rule] = counts.get(rule, 0) + t.count
        failures.extend((rule, m) for m in t.fails)

    try:
        with open(path, "rb") as fh:
            raw = fh.read()
    except OSError as e:
        return Result([("read", e.strerror or str(e))], {})
    qjson, msgs = run_qpdf(path)
    counts["qpdf"] = 1
    failures.extend(("qpdf", m) for m in msgs)
    doc = None
    if qjson is not None:
        try:
            doc = Doc(raw, qjson)
        except Exception as e:
            failures.append(("qpdf", "unexpected JSON: %s: %s" % (type(e).__name__, e)))
    for rule, fn in RAW_RULES:
        run(rule, fn, raw, doc)
    if doc is not None:
        for rule, fn in DOC_RULES:
            run(rule, fn, doc)
    return Result(failures, counts)


def clean(msg):
    return " ".join(str(msg).split())


def main(argv):
    quiet = False
    files = []
    for a in argv:
        if a == "--quiet":
            quiet = True
        elif a in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        elif a.startswith("-") and a != "-":
            sys.stderr.write("pdfcheck: unknown option %s\nusage: pdfcheck.py [--quiet] FILE.pdf...\n" % a)
            return 2
        else:
            files.append(a)
    if not files:
        sys.stderr.write("usage: pdfcheck.py [--quiet] FILE.pdf...\n")
        return 2
    status = 0
    passed = failed = checks = 0
    for f in files:
        res = check_file(f)
        checks += res.total
        if not res.failures:
            passed += 1
            if not quiet:
                print("pdfcheck: %s: ok (%d checks)" % (f, res.total))
            continue
        failed += 1
        status = 1
        per_rule = {}
        for rule, msg in res.failures:
            per_rule[rule] = per_rule.get(rule, 0) + 1
            if per_rule[rule] <= MAX_LINES_PER_RULE:
                print("pdfcheck: %s: %s: %s" % (f, rule, clean(msg)))
        for rule, n in per_rule.items():
            if n > MAX_LINES_PER_RULE:
                print("pdfcheck: %s: %s: ... and %d more" % (f, rule, n - MAX_LINES_PER_RULE))
    # the closing line tests/run-all.sh adds up
    print("pdfcheck: %d passed, %d failed (%d checks)" % (passed, failed, checks))
    sys.stdout.flush()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
