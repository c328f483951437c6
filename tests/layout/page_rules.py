#!/usr/bin/env python3
"""page_rules: where iopdoc's pages end.

usage: page_rules.py [--quiet] [--fill] [--template FILE] [--source XML] FILE.pdf...

Reads every glyph of each FILE with `mutool draw -F trace` and groups them
into lines (one baseline inside the text area; the running heads and the
rotated draft mark are left out).  A line drawn all in a bold face and the
template's heading colour ([colors] heading) is a heading line; a line
whose baseline lies on a band filled in the table-header colour
([colors] table-header) is a table header line.  Fails a file on:

  heading   a heading at the foot of a page that is not the last, with
            fewer than two lines after it on that page, while the next
            page goes on with its text (does not open with a heading):
            a heading is kept with two lines of what follows it
  header    a table header at the foot of a page that is not the last,
            with fewer than two lines after it on that page, while the
            table goes on over the page (the next page opens with its
            header repeated): a table's header is kept with two body rows
            (not on a page its author ends: when the source is kept
            beside the PDF as NAME.xml, a page whose text ends as the
            text before one of its <page-break/> does)
  continued a table with a caption (a bold line right above its header)
            that goes on over the page without that caption and [labels]
            table-continued, "(forts.)", over its header repeated
  short     a page other than the last with fewer than three lines that
            are not headings (one sentence before a forced break, or a
            page the keeps left nearly empty)
  address   an address block (the <address> lines of the source, kept
            beside the PDF as NAME.xml: a postal or an invoicing
            address) split over two pages: one of up to ADDRESS_WHOLE
            lines never splits, a longer one leaves at least two lines
            on each page
  hole      a page other than the last, filled less than 55 % of
            the text height (to its last baseline), whose next page holds
            signature blocks (their label, [labels] place-date): the keeps
            of the signatures (their intro, a party's blocks, the rows)
            pushed a large group over and left a hole (not on a page its
            author ends)
  leadin    a lead-in left at the foot of a page that is not the last,
            its list on the next: the page's last line ends with ":", or
            is a paragraph's line standing where the list's labels stand
            while the next page opens with a list item ("•", "–", "1.",
            "a)"); or the lead-in keeps a single line of a long item,
            the item going on over the page.  A lead-in stays with its
            list's first item (two lines of it when the item is long).
  pulled    the signatures' own lead (the source's first <p> inside
            <signatures>, their intro, or the heading of a section that
            holds nothing but them, "Underskrifter"; the source kept
            beside the PDF as NAME.xml) opens its page below text of
            the document that would have fitted at the foot of the page
            before: the lead and the first row of blocks may start a
            page, the text before stays where it was (review 2: Umeå's
            annex list, Linköping Stadsmission's last lines of § 13)

Besides, "page fill" reports how many pages other than the last (and
not ended by the author) are filled less than 55 %, and with
--fill lists them: a figure to watch, not a rule (a page before an
annex, a table of contents, a table kept whole may leave one).

Prints "page_rules: FILE: ok" or one line per problem, and last
"page rules: N passed, M failed".  Exit status 0 when every file passes,
1 when one fails, 2 on usage errors.
"""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import check_layout  # noqa: E402

TOL = 1.0
MIN_AFTER_HEADING = 2
MIN_AFTER_HEADER = 2
MIN_BODY_LINES = 3
FULL_OF_HEADING = 20    # heading lines that fill a page: a heading longer than it
FORCED_TAIL = 12    # letters and digits that identify a page's end
MIN_FILL = 0.55     # of the text height: a page filled less has a hole
ADDRESS_WHOLE = 6   # lines of an address block that never splits
ADDRESS_SIDE = 2    # lines of a longer one on each side of a page break
COLOR_DEFAULTS = {"heading": "#1F3864", "table-header": "#E7EBF3"}
LABEL_DEFAULTS = {"place-date": "Ort och datum", "signature": "Underskrift",
                  "table-continued": "(forts.)"}
# A table's caption repeated over its header on the next page: at most
# this many lines; a caption's baseline is less than this above the
# header's first, pt (a paragraph above a table is further)
CONT_LINES = 2
CAPTION_PITCH = 22.0


def read_labels(path):
    """The template's [labels] the checks look for, as letters and digits."""
    vals = dict(LABEL_DEFAULTS)
    section = ""
    if path is not None:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line.strip("[]").strip()
            elif section == "labels" and "=" in line:
                k, v = (s.strip() for s in line.split("=", 1))
                if k in vals:
                    vals[k] = v
    return {k: alnum(v) for k, v in vals.items()}


def read_colors(path):
    vals = dict(COLOR_DEFAULTS)
    section = ""
    if path is not None:
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                section = line.strip("[]").strip()
            elif section == "colors" and "=" in line:
                k, v = (s.strip() for s in line.split("=", 1))
                if k in vals:
                    vals[k] = v
    out = {}
    for k, v in vals.items():
        m = re.fullmatch(r"#([0-9a-fA-F]{6})", v)
        if not m:
            raise ValueError("not a colour: %r" % v)
        out[k] = tuple(int(m.group(1)[i:i + 2], 16) / 255 for i in (0, 2, 4))
    return out


def same_color(a, b):
    return a is not None and len(a) == 3 and all(abs(x - y) < 0.01 for x, y in zip(a, b))


def color_of(el):
    try:
        return tuple(float(v) for v in el.get("color", "").split())
    except ValueError:
        return None


class Line:
    __slots__ = ("baseline", "text", "heading", "header", "x", "bold")

    def __init__(self, baseline):
        self.baseline, self.text = baseline, ""
        self.x = None           # the left edge of its first glyph
        self.heading = True     # until a glyph says otherwise
        self.header = False
        self.bold = True        # every glyph bold: a caption, a heading


def page_lines(page, ph, t, colors):
    """The text lines of one page, top to bottom (baselines from the top)."""
    lines = {}
    bands = []
    top, bottom = t["margin-top"] - TOL, ph - t["margin-bottom"] + TOL
    for el in page.iter():
        if el.tag == "fill_path" and same_color(color_of(el), colors["table-header"]):
            a, b, c, d, e, f = (float(v) for v in el.get("transform").split())
            ys = [b * float(p.get("x")) + d * float(p.get("y")) + f
                  for p in el if p.get("y") is not None]
            if ys:
                bands.append((min(ys), max(ys)))
        if el.tag != "fill_text":
            continue
        col = color_of(el)
        a, b, c, d, e, f = (float(v) for v in el.get("transform").split())
        for span in el.iter("span"):
            ta, tb, tc, td = (float(v) for v in span.get("trm").split())
            if abs(tb) > 1e-6 or abs(tc) > 1e-6:
                continue    # rotated: the draft mark
            bold = "bold" in span.get("font", "").lower()
            for g in span.iter("g"):
                ch = g.get("unicode", "")
                if ch.isspace() or ch == "":
                    continue
                x, y = float(g.get("x")), float(g.get("y"))
                base = b * x + d * y + f
                if base < top or base > bottom:
                    continue    # the running heads
                key = round(base * 2) / 2
                ln = lines.get(key)
                if ln is None:
                    ln = lines[key] = Line(base)
                left = a * x + c * y + e
                if ln.x is None or left < ln.x:
                    ln.x = left
                ln.text += ch
                if not (bold and same_color(col, colors["heading"])):
                    ln.heading = False
                if not bold:
                    ln.bold = False
    out = [lines[k] for k in sorted(lines)]
    for ln in out:
        ln.header = any(y0 - TOL <= ln.baseline <= y1 + TOL for y0, y1 in bands)
        if ln.header:
            ln.heading = False
    return out


# a list item's label at the start of its first line (the line's text has
# no spaces): a bullet, a dash, "1." or "a)"
ITEM_LABEL = re.compile(r"^(•|–|\d{1,3}[.)]|[a-zåäö]\))")
X_TOL = 1.5


def item_start(ln):
    return ITEM_LABEL.match(ln.text) is not None


def leadin_problem(lines, nxt):
    """Why the foot of a page leaves a list's lead-in without its list
    (lines: the page's lines, nxt: the next page's), or None."""
    body = [ln for ln in lines if not ln.heading and not ln.header]
    if not body or not nxt or nxt[0].heading or lines[-1] is not body[-1]:
        return None
    last, first = body[-1], nxt[0]
    if last.text.rstrip("”\"')").endswith(":"):
        return "the lead-in \"%s\" ends the page, what it introduces on the next" % \
            last.text[-40:]
    if not item_start(first) or first.x is None or last.x is None:
        # a long item the lead-in keeps one line of
        if len(body) >= 2 and item_start(last) and not item_start(body[-2]) and \
                body[-2].x is not None and last.x is not None and first.x is not None and \
                abs(body[-2].x - last.x) <= X_TOL and first.x > last.x + X_TOL and \
                not first.header:
            return "the lead-in \"%s\" keeps one line of its list's first item, " \
                "the item goes on over the page" % body[-2].text[-40:]
        return None
    if not item_start(last) and abs(last.x - first.x) <= X_TOL:
        return "the paragraph before a list ends the page (\"%s\"), the list opens the " \
            "next" % last.text[-40:]
    return None


def alnum(text):
    return "".join(c for c in text if c.isalnum())


def forced_ends(xml):
    """The last letters and digits before each <page-break/> of a source
    (tests/keep.sh keeps it beside the PDF as NAME.xml): the ends of the
    pages its author ends."""
    ends = []
    try:
        root = ET.parse(xml).getroot()
    except (OSError, ET.ParseError):
        return ends
    before = []

    def walk(el):
        if el.tag == "page-break":
            tail = alnum("".join(before))[-FORCED_TAIL:]
            if tail:
                ends.append(tail)
        before.append(el.text or "")
        for c in el:
            walk(c)
            before.append(c.tail or "")
    walk(root)
    return ends


LEAD_CHARS = 24     # letters and digits that identify the signatures' lead
# what a run of text moved back to a page's foot needs besides its lines'
# pitch: the space before it and its first line's height, with room to
# spare so that only text that plainly fitted counts
PULL_SLACK = 40.0


def sign_lead(xml):
    """The signatures' own lead in a source, as (kind, letters and
    digits): ("intro", the start of the first <p> inside <signatures>),
    ("heading", the heading of a section holding only its heading and
    the signatures), or None."""
    try:
        root = ET.parse(xml).getroot()
    except (OSError, ET.ParseError):
        return None
    parent = {c: p for p in root.iter() for c in p}
    for sg in root.iter("signatures"):
        first = next(iter(sg), None)
        if first is not None and first.tag == "p":
            text = alnum("".join(first.itertext()))
            if text:
                return ("intro", text[:LEAD_CHARS])
        sec = parent.get(sg)
        if sec is not None and sec.tag == "section":
            kids = [c for c in sec if c.tag != "heading"]
            head = sec.find("heading")
            if kids == [sg] and head is not None:
                text = alnum("".join(head.itertext()))
                if text:
                    return ("heading", text)
        return None
    return None


def check_pulled(pages, lead, problems, text_height, top, forced=()):
    """Fails the page that opens with text of the document above the
    signatures' lead (sign_lead()) when that text would have fitted at
    the foot of the page before."""
    if lead is None:
        return
    kind, want = lead
    for i, lines in enumerate(pages):
        at = None
        for k, ln in enumerate(lines):
            a = alnum(ln.text)
            if (a.startswith(want) if kind == "intro" else a.endswith(want) and ln.heading):
                at = k
                break
        if at is None:
            continue
        # the heading over the intro ("2. Underskrifter") leads with it
        while kind == "intro" and at > 0 and lines[at - 1].heading:
            at -= 1
        if at == 0 or i == 0 or not pages[i - 1]:
            return
        prev = pages[i - 1]
        text = alnum("".join(ln.text for ln in prev))
        if any(text.endswith(e) for e in forced):
            return
        need = lines[at - 1].baseline - lines[0].baseline + PULL_SLACK
        if prev[-1].baseline + need <= top + text_height:
            problems.append(("pulled", "page %d: %d line%s of text open the page above the "
                             "signatures' %s, though they fit at the foot of page %d" %
                             (i + 1, at, "" if at == 1 else "s", kind, i)))
        return


def address_blocks(xml):
    """The <address> blocks of a source, each a list of its lines as
    letters and digits."""
    try:
        root = ET.parse(xml).getroot()
    except (OSError, ET.ParseError):
        return []
    out = []
    for a in root.iter("address"):
        lines = [alnum("".join(ln.itertext())) for ln in a.findall("line")]
        lines = [ln for ln in lines if ln]
        if lines:
            out.append(lines)
    return out


def check_addresses(pages, blocks, problems):
    """Fails every address block (address_blocks()) that pages (lists of
    Line) split: found by its letters and digits, run together, in the
    text of the pages; its drawn lines on each side of the break are
    counted."""
    text, where = "", []    # where: (page, line) of each character
    for i, lines in enumerate(pages):
        for k, ln in enumerate(lines):
            a = alnum(ln.text)
            text += a
            where.extend([(i, k)] * len(a))
    for block in blocks:
        want = "".join(block)
        at = text.find(want)
        while at >= 0:
            (p0, k0), (p1, k1) = where[at], where[at + len(want) - 1]
            if p0 != p1:
                before = len(pages[p0]) - k0
                after = sum(len(pages[p]) for p in range(p0 + 1, p1)) + k1 + 1
                if len(block) <= ADDRESS_WHOLE or min(before, after) < ADDRESS_SIDE:
                    problems.append(("address", "page %d: the address \"%s\" (%d line%s) is "
                                     "split over the page, %d line%s on it and %d on the next "
                                     "(kept whole up to %d lines, else at least %d on each "
                                     "side)" % (p0 + 1, block[0][:40], len(block),
                                                "" if len(block) == 1 else "s", before,
                                                "" if before == 1 else "s", after,
                                                ADDRESS_WHOLE, ADDRESS_SIDE)))
            at = text.find(want, at + 1)


def page_fill(lines, text_height, top):
    """How far down a page its text goes, a part of the text height (0
    for a page of no lines)."""
    if not lines or text_height <= 0:
        return 0.0
    return (lines[-1].baseline - top) / text_height


TOC_END = re.compile(r"(\.\s?){3,}\s*\d+\s*$")


def hole_unfillable(nxt, hole, top, end_label):
    """Whether the next page's signatures could not have moved into the
    hole: the text down to the first block's signature label (what keeps
    with the first row: the text before it, the row itself) is taller
    than the hole (a page a few centimetres high)."""
    if not end_label:
        return False
    for ln in nxt:
        if end_label in ln.text:
            return ln.baseline - top > hole
    return False


def repeated_header(lines, nxt, cont_label=None):
    """Where the next page repeats the header of the table that ends
    this page's header lines: the index of its first header line on
    nxt, at its top or under at most CONT_LINES bold lines ending in
    cont_label or the same as the line above its header here (its
    caption again), or None when the next page does not
    go on with that table (a new table under a caption of its own with
    the same header: a party's budget after another's)."""
    hdr = [k for k, ln in enumerate(lines) if ln.header]
    if not hdr:
        return None
    j = hdr[-1]
    while j > 0 and lines[j - 1].header:
        j -= 1
    for k, ln in enumerate(nxt[:CONT_LINES + 1]):
        if ln.header:
            above = alnum(nxt[k - 1].text) if k > 0 else ""
            if ln.text == lines[j].text and all(b.bold and not b.heading for b in nxt[:k]) \
                    and (k == 0 or (cont_label and above.endswith(cont_label)) or
                         (j > 0 and above == alnum(lines[j - 1].text))):
                return k
            return None
    return None


def caption_above(lines, j):
    """Whether header line j has a caption: a bold line (not a heading)
    right above the table's header lines."""
    while j > 0 and lines[j - 1].header:
        j -= 1
    return j > 0 and lines[j - 1].bold and not lines[j - 1].heading and \
        lines[j].baseline - lines[j - 1].baseline < CAPTION_PITCH


def check_pages(pages, problems, text_height=680.0, forced=(), top=0.0, sign_label=None,
                fills=None, sign_end_label=None, cont_label=None):
    """pages: lists of Line, one per page; text_height: the text area's
    height, pt, top its top margin; forced: forced_ends() of the source,
    if known; sign_label: a signature block's label as letters and
    digits (read_labels()); fills, when a list: gets (page, fill) of
    every page other than the last and not ended by the author that is
    filled less than MIN_FILL."""
    n = len(pages)
    for i, lines in enumerate(pages):
        last = i == n - 1
        where = "page %d" % (i + 1)
        if last:
            continue
        # a page its author ends (<page-break/>): the heading rule is
        # the author's to keep
        text = alnum("".join(ln.text for ln in lines))
        by_author = any(text.endswith(e) for e in forced)
        # a table of contents ends its page: the program's own break
        toc_end = bool(lines) and TOC_END.search(lines[-1].text) is not None
        body = [ln for ln in lines if not ln.heading]
        fill = page_fill(lines, text_height, top)
        if fill < MIN_FILL and lines and not by_author:
            if fills is not None:
                fills.append((i + 1, fill))
            if sign_label and any(sign_label in ln.text for ln in pages[i + 1]) and \
                    not toc_end and not hole_unfillable(pages[i + 1], text_height * (1 - fill),
                                                        top, sign_end_label):
                problems.append(("hole", "%s of %d is filled %d %% (at least %d %%) before "
                                 "the page of the signatures" %
                                 (where, n, round(fill * 100), round(MIN_FILL * 100))))
        # a heading longer than a page fills it with heading lines
        if len(body) < MIN_BODY_LINES and len(lines) - len(body) < FULL_OF_HEADING:
            problems.append(("short", "%s of %d holds %d line%s of text besides headings "
                             "(at least %d on every page but the last)%s" %
                             (where, n, len(body), "" if len(body) == 1 else "s",
                              MIN_BODY_LINES, ": \"%s\"" % body[0].text[:50] if body else "")))
        nxt = pages[i + 1]
        goes_on = bool(nxt) and not nxt[0].heading
        heads = [k for k, ln in enumerate(lines) if ln.heading]
        if heads and goes_on and not by_author:
            k = heads[-1]
            after = len(lines) - k - 1
            if after < MIN_AFTER_HEADING:
                problems.append(("heading", "%s: the heading \"%s\" ends the page with %d "
                                 "line%s after it (at least %d)" %
                                 (where, lines[k].text[:50], after, "" if after == 1 else "s",
                                  MIN_AFTER_HEADING)))
        why = leadin_problem(lines, nxt) if not by_author else None
        if why:
            problems.append(("leadin", "%s: %s" % (where, why)))
        hdr = [k for k, ln in enumerate(lines) if ln.header]
        # the table goes on: the next page opens with its header repeated
        # (under its caption again)
        rep = repeated_header(lines, nxt, cont_label)
        if rep is not None and cont_label and caption_above(lines, hdr[-1]) and \
                (rep == 0 or not alnum(nxt[rep - 1].text).endswith(cont_label)):
            problems.append(("continued", "page %d: the table \"%s\" goes on without its "
                             "caption and \"%s\" over its header" %
                             (i + 2, lines[hdr[-1]].text[:40], cont_label)))
        if rep is not None:
            k = hdr[-1]
            after = len(lines) - k - 1
            j = k
            while j > 0 and lines[j - 1].header:
                j -= 1
            # a header taller than half a page cannot keep rows with it
            tall = lines[k].baseline - lines[j].baseline > text_height / 2
            # nor a row before one taller than a page, which fills the
            # next page below the repeated header, its lines evenly
            # spaced (no row's padding between them): no page can hold
            # two rows (the pathological set's tall cell)
            body = [ln for ln in nxt[rep:] if not ln.header]
            pitch = [b.baseline - a.baseline for a, b in zip(body, body[1:])]
            tall = tall or (len(pitch) >= 4 and max(pitch) - min(pitch) < 0.6 and
                            body[-1].baseline - body[0].baseline > 0.8 * text_height)
            if after < MIN_AFTER_HEADER and not tall:
                problems.append(("header", "%s: a table's header \"%s\" ends the page with "
                                 "%d line%s after it (at least %d)" %
                                 (where, lines[k].text[:50], after, "" if after == 1 else "s",
                                  MIN_AFTER_HEADER)))


def check_file(path, t, colors, source=None, labels=None, fills=None):
    try:
        r = subprocess.run(["mutool", "draw", "-F", "trace", "-o", "-", str(path)],
                           capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        return [("read", "mutool failed: %s" % e)]
    if r.returncode != 0:
        return [("read", "mutool failed: %s" % r.stderr.decode(errors="replace").strip())]
    try:
        doc = ET.fromstring(r.stdout)
    except ET.ParseError as e:
        return [("read", "cannot parse mutool's text: %s" % e)]
    pages = []
    for page in doc.iter("page"):
        x0, y0, x1, y1 = (float(v) for v in page.get("mediabox").split())
        ph = y1 - y0
        pages.append(page_lines(page, ph, t, colors))
    problems = []
    if labels is None:
        labels = {k: alnum(v) for k, v in LABEL_DEFAULTS.items()}
    check_pages(pages, problems, ph - t["margin-top"] - t["margin-bottom"] if pages else 0,
                forced_ends(source) if source is not None else (), t["margin-top"],
                labels["place-date"], fills, labels.get("signature"),
                labels.get("table-continued"))
    if source is not None:
        check_addresses(pages, address_blocks(source), problems)
        check_pulled(pages, sign_lead(source), problems,
                     ph - t["margin-top"] - t["margin-bottom"] if pages else 0,
                     t["margin-top"], forced_ends(source))
    return problems


def main(argv):
    quiet, template, files = False, check_layout.TOP / "templates" / "default.ini", []
    source = None
    list_fill = False
    args = iter(argv)
    for a in args:
        if a == "--quiet":
            quiet = True
        elif a == "--fill":
            list_fill = True
        elif a == "--source":
            # the source of every FILE given (tests/bad/run.sh: not
            # kept beside the PDF)
            source = next(args, None)
            if source is None:
                sys.stderr.write("page_rules: --source needs a file\n")
                return 2
        elif a == "--template":
            template = next(args, None)
            if template is None:
                sys.stderr.write("page_rules: --template needs a file\n")
                return 2
        elif a.startswith("-"):
            sys.stderr.write("page_rules: unknown option %s\n"
                             "usage: page_rules.py [--quiet] [--fill] [--template FILE] "
                             "[--source XML] FILE.pdf...\n" % a)
            return 2
        else:
            files.append(a)
    if not files:
        sys.stderr.write("usage: page_rules.py [--quiet] [--fill] [--template FILE] "
                         "[--source XML] FILE.pdf...\n")
        return 2
    passed = failed = 0
    underfilled = 0
    for f in files:
        own = Path(f).with_suffix(".ini")
        tf = own if own.is_file() else template
        xml = Path(source) if source is not None else Path(f).with_suffix(".xml")
        fills = []
        problems = check_file(f, check_layout.read_template(tf), read_colors(tf),
                              xml if xml.is_file() else None, read_labels(tf), fills)
        underfilled += len(fills)
        if list_fill:
            for page, fill in fills:
                print("page_rules: %s: fill: page %d is filled %d %%" %
                      (f, page, round(fill * 100)))
        if not problems:
            passed += 1
            if not quiet:
                print("page_rules: %s: ok" % f)
            continue
        failed += 1
        for rule, msg in problems:
            print("page_rules: %s: %s: %s" % (f, rule, msg))
    print("page fill: %d page%s before the last filled under %d %%" %
          (underfilled, "" if underfilled == 1 else "s", round(MIN_FILL * 100)))
    print("page rules: %d passed, %d failed" % (passed, failed))
    sys.stdout.flush()
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
