"""typofold: one plain form of text before and after iopdoc's typographic
pass (src/typo.c), for the checkers that compare the XML's text with a
PDF's (tests/golden/check_pdf.py, wordcheck.py, check_report.py,
check_csv.py, tests/pdfjs/check_tags.py): the one helper they share, so
that they fold alike.

join_addresses(s): an e-mail address or URL iopdoc broke at a line's end,
joined back (both checkers of text against the XML use it on both sides).

fold(s): NFC; no-break spaces (U+00A0, U+202F, U+2007) are spaces; the
quotes ” “ „ are '"' and ’ ‘ are "'"; an en dash is a hyphen, and the
spaces around a hyphen or dash go ("10 – 20", "10-20" and "10–20" are one,
as are "jan - okt" and "jan–okt", "2027-01-01 – 2027-06-30" and the
same with a hyphen); "2%" and "2 %" are "2 %", "199st" and "199 st" are
"199 st".  Applied to both sides, it
loses nothing a check needs: only the pass's own changes are folded.
"""

import re
import unicodedata

_CHARS = str.maketrans({
    "\u00a0": " ", "\u202f": " ", "\u2007": " ",
    "\u201d": '"', "\u201c": '"', "\u201e": '"',
    "\u2019": "'", "\u2018": "'",
    "\u2013": "-",
})


def fold_chars(s):
    """Only the characters: quotes, dash, no-break spaces (no spaces
    removed); for checkers that split text into words themselves."""
    return unicodedata.normalize("NFC", s).translate(_CHARS)


def fold_words(s):
    """fold_chars, and a range's spaced dash between digits closed up
    ("10 - 20" is "10-20", as the pass prints "10–20"): for checkers that
    split text into words and keep a hyphen between them (wordcheck.py)."""
    return glued_units(re.sub(r"(?<=\d)[ \t]+-[ \t]+(?=\d)", "-", fold_chars(s)))


# A unit written right after its number, spaced by the pass ("199st" is
# "199 st", as src/typo.c's glued_unit).
_GLUED = re.compile(r"(?<![\w])(\(?\d+)(st|kr|kronor|tkr|mkr|mnkr|msek|sek|timmar|tim|procent|kap)"
                    r"(?=$|[.,;:)!?/\s])")


def glued_units(s):
    return _GLUED.sub(r"\1 \2", s)


def fold(s):
    s = glued_units(fold_chars(s))
    s = re.sub(r"[ \t]*-[ \t]*", "-", s)
    return re.sub(r"(\d) ?%", r"\1 %", s)


# An e-mail address or URL iopdoc broke at a line's end: after one of its
# "/ . _ ? & =" or its "@" (or, of old, a "-" or before the "@"), with
# no hyphen added ("karin.ek@exempel." / "asby.se"); the halves are joined back, on the
# source's side too (the same rule on both sides keeps them equal).
_ADDRESS = re.compile(r"@|://|^[(<\[\"']?www\.", re.I)


def join_addresses(s):
    words = s.split(" ")
    out = []
    for w in words:
        if out and w and (w[0] == "@" or (out[-1][-1:] in "/.-_?&=@" and out[-1] and
                                          (_ADDRESS.search(out[-1]) or "@" in w))):
            out[-1] += w
        else:
            out.append(w)
    return " ".join(out)
