#!/usr/bin/env python3
"""wordcheck: do the words of a seed agreement come out of its PDF?

Usage:
  wordcheck.py SEED.txt EXTRACTED.txt [--min-present 99.5] [--min-order 97]
               [--ignore-line REGEX]... [--show-missing N]

SEED.txt is the plain-text seed (it may carry Markdown-ish markers from a
PDF-to-text extraction).  EXTRACTED.txt is the text of the rendered PDF, from
`pdftotext -layout FILE.pdf`, plain `pdftotext FILE.pdf` or
`mutool draw -F txt FILE.pdf`; "-" reads it from standard input.

Both files are tokenised the same way (see tokenize()):
  * NFC; no-break spaces (U+00A0, U+202F, U+2007) count as spaces; invisible
    characters (soft hyphen, zero-width space/joiners, word joiner, BOM) are
    dropped; typographic variants that look the same in print are folded:
    U+2010/U+2011 -> "-", U+2019/U+02BC -> "'", the Latin ligatures
    U+FB00..U+FB06 -> their letters;
  * Markdown markers are not words: "*"/"**"/"***" around words, leading
    "#".."######", a line that is only "---";
  * a word is a maximal run of letters/digits (str.isalnum, plus combining
    marks), which may contain "-", "'", ".", ":", "/" or "," only between
    two such characters: "212000-0449", "2019-01-01", "IKF:s", "t.ex",
    "h/vecka", "1,5" are one word each, a sentence period or comma after a
    word is not part of it, "1 077 600" is three words;
  * words are compared case-sensitively.
In the extracted text only, a word that ends a line (or a layout column) with
a hyphen is, in addition, also emitted joined with the first word of the next
line (and of the next line's segment in the same column), so a compound such
as "RK-krets" that the PDF breaks after its hyphen is still found; a word that
ends one with a soft hyphen (U+00AD, the hyphen iopdoc adds when it
hyphenates "sam-" / "verkan", PDF 1.7 14.8.2.2.3) is joined the same way
without it ("samverkan"), as a reader reads it, and so is one that ends it with the "." or "/"
an e-mail address or URL was broken after ("exempel." / "asby.se" is
"exempel.asby.se", no character added); and since
plain pdftotext drops such a hyphen ("RKkrets"), an extracted word that equals
a hyphenated seed word minus one hyphen is also counted as that seed word
(add_dehyphenated()).  These only add words to the extraction, and extra
words can never lower either measure.

Measures (n = number of seed words):
  present  = sum over distinct seed words w of min(count_seed(w),
             count_extracted(w)), divided by n;
  in order = length of the longest common subsequence of the seed and the
             extracted word sequences, divided by n.
Extra words in the extraction (headers, footers, page numbers, a title
block) cannot lower either measure.  --ignore-line REGEX (re.search, may be
repeated) drops lines of the extracted text before tokenising; it is matched
against each line after the character normalisation above (form feeds count
as line breaks, so a page's first line matches "^...").

Output: one line
  wordcheck: SEED: 1523 words, present 99.87 %, in order 99.34 %: ok
(percentages are rounded down, so a shown value never looks better than the
one that was tested); on failure "FAIL" instead of "ok", then the measures
that are too low and up to --show-missing (default 30) seed words that are
missing from the extraction or out of order, with seed line number and
context.

Exit status: 0 both minimums met, 1 not met, 2 usage error or unreadable
file (message on standard error).

Standard library only (Python 3.11).  Importable: tokenize(), words(),
presence(), lcs_length(), lcs_matched(), add_dehyphenated(), check(),
main().
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import unicodedata
from collections import Counter
from fractions import Fraction
from typing import NamedTuple, Sequence

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import typofold  # noqa: E402  (quotes, dashes, no-break spaces: src/typo.c)

PROG = "wordcheck"

# --------------------------------------------------------------------------
# Normalisation and tokenisation

_TRANSLATE = str.maketrans({
    # no-break spaces are spaces
    "\u00a0": " ", "\u202f": " ", "\u2007": " ",
    # invisible characters are nothing
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None,
    "\u2060": None, "\ufeff": None,
    # hyphen and apostrophe look-alikes
    "\u2010": "-", "\u2011": "-",
    "\u2019": "'", "\u02bc": "'",
    # Latin ligatures (a PDF may map a ligature glyph to one of these)
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
    "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st",
})

_ALNUM = r"[^\W_]"  # exactly str.isalnum() for str patterns
_MARK = "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
_UNIT = rf"{_ALNUM}(?:{_ALNUM}|{_MARK})*"
WORD_RE = re.compile(rf"{_UNIT}(?:[-'.:/,]{_UNIT})*")

_RULE_RE = re.compile(r"[ \t]*-{3,}[ \t]*")           # a "---" line
_HEAD_RE = re.compile(r"[ \t]*(#{1,6})(?=[ \t]|$)")   # leading #'s
# runs of "*" that open (before non-space, not after a word character) or
# close (after non-space, not before a word character) emphasis
_STAR_RE = re.compile(rf"(?<!{_ALNUM})\*+(?=\S)|(?<=\S)\*+(?!{_ALNUM})")
_GAP_RE = re.compile(r"\t| {2,}")                     # layout column gap


class Token(NamedTuple):
    text: str
    line: int   # 1-based line number
    start: int  # offset of the word in the normalised line
    end: int


_KEEP_SHY = dict(_TRANSLATE)
del _KEEP_SHY[ord("\u00ad")]
SHY = "\u00ad"


def normalize(text: str, keep_shy: bool = False) -> str:
    """NFC, no-break spaces to spaces, invisible characters removed,
    look-alikes folded (see module doc); keep_shy keeps soft hyphens, which
    mark a word hyphenated at a line end."""
    text = unicodedata.normalize("NFC", text)
    text = unicodedata.normalize("NFC", text.translate(_KEEP_SHY if keep_shy else _TRANSLATE))
    # the typographic pass (src/typo.c): "10 - 20" and "10–20" are one word
    return typofold.fold_words(text)


def split_lines(text: str, extracted: bool) -> list[str]:
    """Lines of a file.  The seed is split at newlines only (so line numbers
    agree with an editor's); extracted text also at form feeds and the other
    str.splitlines() separators."""
    if extracted:
        return text.splitlines()
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _strip_markers(line: str) -> tuple[str, list[int] | None]:
    """Remove Markdown markers.  Returns the stripped line and a map from
    its indices to indices of `line` (None when nothing was removed)."""
    if _RULE_RE.fullmatch(line):
        return "", None
    spans = []
    m = _HEAD_RE.match(line)
    if m:
        spans.append(m.span(1))
    spans.extend(s.span() for s in _STAR_RE.finditer(line))
    if not spans:
        return line, None
    drop = set()
    for a, b in spans:
        drop.update(range(a, b))
    keep = [i for i in range(len(line)) if i not in drop]
    return "".join(line[i] for i in keep), keep


def line_tokens(line: str, lineno: int) -> list[Token]:
    """Words of one normalised line."""
    stripped, index = _strip_markers(line)
    out = []
    for m in WORD_RE.finditer(stripped):
        a, b = m.span()
        if index is not None:
            a, b = index[a], index[b - 1] + 1
        out.append(Token(m.group(), lineno, a, b))
    return out


def _segments(line: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of text between layout column gaps."""
    segs, pos = [], 0
    for g in list(_GAP_RE.finditer(line)) + [None]:
        end = g.start() if g else len(line)
        chunk = line[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            segs.append((pos + lead, pos + len(chunk.rstrip())))
        if g:
            pos = g.end()
    return segs


def _seg_of(segs: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for s in segs:
        if s[0] <= pos < s[1]:
            return s
    return None


def _first_token_in(toks: list[Token], seg: tuple[int, int]) -> Token | None:
    for t in toks:
        if seg[0] <= t.start < seg[1]:
            return t
    return None


def tokenize(text: str, extracted: bool = False,
             ignore: Sequence[re.Pattern] = ()) -> list[Token]:
    """Token list of a whole file (see module doc).  `ignore` patterns and
    the hyphen joining apply only when `extracted` is true."""
    lines = split_lines(normalize(text, keep_shy=extracted), extracted)
    per_line: list[tuple[str, list[Token]]] = []
    for n, line in enumerate(lines, 1):
        if extracted and any(p.search(line) for p in ignore):
            continue
        per_line.append((line, line_tokens(line, n)))
    if not extracted:
        return [t for _, toks in per_line for t in toks]

    out: list[Token] = []
    for k, (line, toks) in enumerate(per_line):
        segs = None
        for t in toks:
            out.append(t)
            # a hyphen, a soft hyphen, or the "." or "/" an e-mail
            # address or URL was broken after ("karin.ek@exempel." /
            # "asby.se"): no character added, the one there kept
            if not (t.end < len(line) and line[t.end] in ("-", SHY, ".", "/")):
                continue
            joint = "" if line[t.end] == SHY else line[t.end]
            if segs is None:
                segs = _segments(line)
            seg = _seg_of(segs, t.start)
            if seg is None or seg[1] != t.end + 1:
                continue  # the hyphen does not end its line or column
            nxt = next((p for p in per_line[k + 1:] if p[1]), None)
            if nxt is None:
                continue
            nline, ntoks = nxt
            cands = [ntoks[0]]
            nsegs = _segments(nline)
            near = [s for s in nsegs if abs(s[0] - seg[0]) <= 3]
            if near:
                s = min(near, key=lambda s: abs(s[0] - seg[0]))
                c = _first_token_in(ntoks, s)
                if c is not None and c not in cands:
                    cands.append(c)
            for c in cands:
                out.append(Token(t.text + joint + c.text, t.line, t.start,
                                 t.end + 1))
    return out


def words(text: str, extracted: bool = False,
          ignore: Sequence[re.Pattern] = ()) -> list[str]:
    """Just the word strings of tokenize()."""
    return [t.text for t in tokenize(text, extracted, ignore)]


# --------------------------------------------------------------------------
# Measures

def presence(seed: Sequence[str], extracted: Sequence[str]) -> int:
    """Number of seed word occurrences covered by the extracted multiset."""
    ce = Counter(extracted)
    return sum(min(c, ce[w]) for w, c in Counter(seed).items())


def _masks(a: Sequence[str]) -> dict[str, int]:
    pos: dict[str, list[int]] = {}
    for i, w in enumerate(a):
        pos.setdefault(w, []).append(i)
    masks = {}
    for w, ps in pos.items():
        m = 0
        for i in ps:
            m |= 1 << i
        masks[w] = m
    return masks


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of a longest common subsequence of a and b (bit-parallel,
    Allison-Dix/Hyyroe, one big-int step per element of b)."""
    m = len(a)
    if m == 0 or not b:
        return 0
    masks = _masks(a)
    full = (1 << m) - 1
    v = full
    for w in b:
        mk = masks.get(w)
        if mk:
            u = v & mk
            v = ((v + u) | (v - u)) & full
    return m - v.bit_count()


def lcs_matched(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Index pairs (i, j), increasing, of one longest common subsequence."""
    m, n = len(a), len(b)
    if m == 0 or n == 0:
        return []
    masks = _masks(a)
    full = (1 << m) - 1
    rows = [full]  # rows[j]: bit i is 0 iff L(i+1, j) = L(i, j) + 1
    v = full
    for w in b:
        mk = masks.get(w)
        if mk:
            u = v & mk
            v = ((v + u) | (v - u)) & full
        rows.append(v)

    def L(i: int, j: int) -> int:
        return i - (rows[j] & ((1 << i) - 1)).bit_count()

    pairs = []
    i, j = m, n
    cur = L(i, j)
    while i > 0 and j > 0 and cur > 0:
        if a[i - 1] == b[j - 1]:
            pairs.append((i - 1, j - 1))
            i, j, cur = i - 1, j - 1, cur - 1
        elif (rows[j] >> (i - 1)) & 1:  # L(i-1, j) == L(i, j)
            i -= 1
        else:
            j -= 1
            # L(i, j-1) must still equal cur; it does when L(i-1, j) < cur
            # and a[i-1] != b[j-1] (standard DP recurrence).
    pairs.reverse()
    return pairs


# --------------------------------------------------------------------------
# Check and report

class Result(NamedTuple):
    seed_tokens: list[Token]
    extracted_words: list[str]
    present: int
    in_order: int

    @property
    def total(self) -> int:
        return len(self.seed_tokens)

    def present_pct(self) -> Fraction:
        return Fraction(100 * self.present, self.total or 1)

    def order_pct(self) -> Fraction:
        return Fraction(100 * self.in_order, self.total or 1)


def add_dehyphenated(seed: Sequence[str],
                     extracted: Sequence[str]) -> list[str]:
    """Plain `pdftotext` (reading-order mode) joins a line that ends in a
    hyphen to the next one and drops the hyphen, so "RK-" + "krets" comes
    out as "RKkrets" and "2019-" + "01-01" as "201901-01".  For every
    extracted word that is not a seed word but equals a hyphenated seed word
    with one of its hyphens removed, insert that seed word after it.  (Extra
    words never lower a measure.)"""
    vocab = set(seed)
    variants: dict[str, list[str]] = {}
    for w in vocab:
        for k, ch in enumerate(w):
            if ch == "-":
                variants.setdefault(w[:k] + w[k + 1:], []).append(w)
    out = []
    for w in extracted:
        out.append(w)
        if w not in vocab and w in variants:
            out.extend(variants[w])
    return out


def check(seed_text: str, extracted_text: str,
          ignore: Sequence[re.Pattern] = ()) -> Result:
    st = tokenize(seed_text)
    sw = [t.text for t in st]
    ew = add_dehyphenated(sw, words(extracted_text, True, ignore))
    return Result(st, ew, presence(sw, ew), lcs_length(sw, ew))


def fmt_pct(p: Fraction) -> str:
    """Percentage with two decimals, rounded down."""
    h = int(p * 100)  # p >= 0: int() truncates = floor
    return f"{h // 100}.{h % 100:02d}"


def _context(line: str, start: int, end: int, width: int = 40) -> str:
    a, b = max(0, start - width), min(len(line), end + width)
    s = line[a:start] + "\u00bb" + line[start:end] + "\u00ab" + line[end:b]
    s = " ".join(s.split())
    return ("\u2026" if a > 0 else "") + s + ("\u2026" if b < len(line) else "")


def problems(res: Result, seed_text: str) -> list[str]:
    """Report lines for seed words missing from the extraction (first) and
    seed words present but not in the longest common subsequence."""
    sw = [t.text for t in res.seed_tokens]
    matched = {i for i, _ in lcs_matched(sw, res.extracted_words)}
    cs, ce = Counter(sw), Counter(res.extracted_words)
    lines = split_lines(normalize(seed_text), extracted=False)
    missing, disorder = [], []
    for i, t in enumerate(res.seed_tokens):
        if i in matched:
            continue
        ctx = _context(lines[t.line - 1], t.start, t.end)
        if cs[t.text] > ce[t.text]:
            missing.append(f"  seed line {t.line}: missing \"{t.text}\" "
                           f"(seed {cs[t.text]}x, extracted {ce[t.text]}x): "
                           f"{ctx}")
        else:
            disorder.append(f"  seed line {t.line}: out of order "
                            f"\"{t.text}\": {ctx}")
    return missing + disorder


def _percent(s: str) -> Fraction:
    try:
        v = Fraction(s)
    except (ValueError, ZeroDivisionError):
        raise argparse.ArgumentTypeError(f"not a number: {s!r}")
    if not 0 <= v <= 100:
        raise argparse.ArgumentTypeError(f"not between 0 and 100: {s!r}")
    return v


def _count(s: str) -> int:
    try:
        v = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {s!r}")
    if v < 0:
        raise argparse.ArgumentTypeError(f"negative: {s!r}")
    return v


def _regex(s: str) -> re.Pattern:
    try:
        return re.compile(s)
    except re.error as e:
        raise argparse.ArgumentTypeError(f"bad regular expression {s!r}: {e}")


def _read(path: str) -> str:
    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    return data.decode("utf-8-sig")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog=PROG,
        description="Check that the words of a seed text come out of the "
                    "text extracted from its PDF.")
    ap.add_argument("seed", metavar="SEED.txt")
    ap.add_argument("extracted", metavar="EXTRACTED.txt",
                    help="pdftotext [-layout] or mutool draw -F txt output; "
                         "- for standard input")
    ap.add_argument("--min-present", type=_percent, default=Fraction("99.5"),
                    metavar="PCT", help="minimum present %% (default 99.5)")
    ap.add_argument("--min-order", type=_percent, default=Fraction(97),
                    metavar="PCT", help="minimum in-order %% (default 97)")
    ap.add_argument("--ignore-line", type=_regex, action="append", default=[],
                    metavar="REGEX",
                    help="drop extracted lines matching REGEX (re.search); "
                         "may be repeated")
    ap.add_argument("--show-missing", type=_count, default=30, metavar="N",
                    help="on failure list up to N lost words (default 30)")
    args = ap.parse_args(argv)
    try:
        sys.stdout.reconfigure(errors="backslashreplace")
    except (AttributeError, ValueError):
        pass

    if args.seed == "-" and args.extracted == "-":
        print(f"{PROG}: error: only one file can be standard input",
              file=sys.stderr)
        return 2
    texts = []
    for path in (args.seed, args.extracted):
        try:
            texts.append(_read(path))
        except OSError as e:
            print(f"{PROG}: error: cannot read {path}: "
                  f"{e.strerror or e}", file=sys.stderr)
            return 2
        except UnicodeDecodeError as e:
            print(f"{PROG}: error: {path} is not UTF-8 ({e.reason} at byte "
                  f"{e.start}); for pdftotext use -enc UTF-8",
                  file=sys.stderr)
            return 2
    seed_text, extracted_text = texts

    res = check(seed_text, extracted_text, args.ignore_line)
    if res.total == 0:
        print(f"{PROG}: error: {args.seed} contains no words", file=sys.stderr)
        return 2

    pp, op = res.present_pct(), res.order_pct()
    ok_p, ok_o = pp >= args.min_present, op >= args.min_order
    ok = ok_p and ok_o
    print(f"{PROG}: {args.seed}: {res.total} words, present {fmt_pct(pp)} %, "
          f"in order {fmt_pct(op)} %: {'ok' if ok else 'FAIL'}")
    if ok:
        return 0
    if not ok_p:
        print(f"  present {fmt_pct(pp)} % is below the minimum "
              f"{float(args.min_present):g} % "
              f"({res.total - res.present} of {res.total} seed words missing)")
    if not ok_o:
        print(f"  in order {fmt_pct(op)} % is below the minimum "
              f"{float(args.min_order):g} % "
              f"({res.total - res.in_order} of {res.total} seed words not in "
              f"seed order)")
    if args.show_missing:
        rep = problems(res, seed_text)
        for line in rep[:args.show_missing]:
            print(line)
        if len(rep) > args.show_missing:
            print(f"  ... and {len(rep) - args.show_missing} more")
    sys.stdout.flush()
    return 1


if __name__ == "__main__":
    sys.exit(main())
