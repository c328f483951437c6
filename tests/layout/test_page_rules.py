#!/usr/bin/env python3
"""Self-tests for page_rules.py.  Run: python3 tests/layout/test_page_rules.py

A tiny PDF writer draws lines where a test says, in Helvetica (body) or
Helvetica-Bold in the default template's heading colour (a heading), and
the table-header band as a filled rectangle; the checker must pass pages
laid out as iopdoc's rules want them and fail each way of breaking them:
a heading with one line under it at a page foot, a table's header alone
at a page foot, a page of one line before the next, an address block
split over two pages.  So a checker that
always said ok fails these tests.
"""

import os
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
import check_layout  # noqa: E402
import page_rules  # noqa: E402

MM = 72 / 25.4
PW, PH = 595.27, 841.89
LEFT = 25 * MM
TOP, BOTTOM = 28 * MM, PH - 25 * MM        # from the top of the page
HEAD, FOOT = 14 * MM, PH - 12 * MM
HEADING = "0.1216 0.2196 0.3922"           # #1F3864
BAND = "0.9059 0.9216 0.9529"              # #E7EBF3


def make_pdf(path, pages):
    """pages: lists of (kind, text), kind "p" (body), "h" (heading),
    "th" (a table header line on its band), "b" (a bold line: a caption),
    "ic" (a list item's line after its first, at the item's text indent),
    set down the page 14.3 pt
    apart from the top margin; running heads on every page."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    pages_id = add(None)
    kids = []
    for lines in pages:
        ops = ["BT /F1 8.5 Tf %.2f %.2f Td (Rubrik) Tj ET" % (LEFT, PH - HEAD),
               "BT /F1 8.5 Tf %.2f %.2f Td (Sida) Tj ET" % (LEFT, PH - FOOT)]
        y = TOP + 12
        for kind, text in lines:
            esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            if kind == "th":
                ops.append("%s rg %.2f %.2f %.2f %.2f re f 0 0 0 rg" %
                           (BAND, LEFT, PH - y - 4, 400, 16))
            if kind == "h":
                ops.append("%s rg BT /F2 13 Tf %.2f %.2f Td (%s) Tj ET 0 0 0 rg" %
                           (HEADING, LEFT, PH - y, esc))
            else:
                ops.append("BT /F%d 11 Tf %.2f %.2f Td (%s) Tj ET" %
                           (2 if kind in ("th", "b") else 1, LEFT + (18 if kind == "ic" else 0),
                            PH - y, esc))
            y += 14.3
        data = "\n".join(ops).encode("cp1252")
        content = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                         "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                         % (pages_id, PW, PH, f1, f2, content)).encode()))
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode()
    catalog = add(("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode())
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, catalog, xref)
    Path(path).write_bytes(bytes(out))


def text(n, start=0):
    return [("p", "Parterna samverkar kring stod och radgivning %d." % k)
            for k in range(start, start + n)]


class PageRulesTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        tf = check_layout.TOP / "templates" / "default.ini"
        self.t = check_layout.read_template(tf)
        self.colors = page_rules.read_colors(tf)

    def tearDown(self):
        self.dir.cleanup()

    def rules(self, *pages):
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, pages)
        return sorted({rule for rule, _ in page_rules.check_file(path, self.t, self.colors)})

    def test_good_pages_pass(self):
        self.assertEqual(self.rules([("h", "1. Bakgrund")] + text(30) +
                                    [("h", "2. Syfte")] + text(2),
                                    text(10) + [("h", "3. Ekonomi")] + text(3)), [])

    def test_heading_one_line_at_foot(self):
        self.assertEqual(self.rules(text(30) + [("h", "3. Ekonomi")] + text(1), text(10)),
                         ["heading"])

    def test_heading_last_at_foot(self):
        self.assertEqual(self.rules(text(30) + [("h", "3. Ekonomi")], text(10)), ["heading"])

    def test_heading_one_line_section_before_next_heading(self):
        # its section is that line: the next page opens with a heading
        self.assertEqual(self.rules(text(30) + [("h", "3. Ekonomi")] + text(1),
                                    [("h", "4. Period")] + text(4)), [])

    def test_heading_on_last_page(self):
        self.assertEqual(self.rules(text(30), text(4) + [("h", "Bilagor")] + text(1)), [])

    def test_heading_before_page_break_written_in_source(self):
        pages = (text(3) + [("h", "1. Ekonomi"), ("p", "a-punkt")], text(10))
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, pages)
        self.assertEqual(sorted({r for r, _ in page_rules.check_file(
            path, self.t, self.colors)}), ["heading"])
        xml = os.path.join(self.dir.name, "t.xml")
        Path(xml).write_text("<agreement><text><section><heading>Ekonomi</heading>"
                             "<list><item>a-punkt</item></list><page-break/>"
                             "<p>Mer.</p></section></text></agreement>", encoding="utf-8")
        self.assertEqual(page_rules.check_file(path, self.t, self.colors, xml), [])

    def test_continued_table_repeats_its_caption(self):
        rows = [("p", "Rad %d 100 kr" % k) for k in range(6)]
        first = text(20) + [("b", "Kontaktpersoner"), ("th", "Namn Roll")] + rows
        self.assertEqual(self.rules(first, [("b", "Kontaktpersoner (forts.)"),
                                            ("th", "Namn Roll")] + rows), [])
        # only the header again, or the caption without "(forts.)"
        self.assertEqual(self.rules(first, [("th", "Namn Roll")] + rows), ["continued"])
        self.assertEqual(self.rules(first, [("b", "Kontaktpersoner"),
                                            ("th", "Namn Roll")] + rows), ["continued"])
        # a new table under its own caption with the same header (a
        # party's budget after another's, good-layout-budget-captions)
        self.assertEqual(self.rules(first, [("b", "Insatser från föreningen"),
                                            ("th", "Namn Roll")] + rows), [])
        # a table without a caption goes on under its header alone
        self.assertEqual(self.rules(text(20) + [("th", "Namn Roll")] + rows,
                                    [("th", "Namn Roll")] + rows), [])

    def test_table_header_alone_at_foot(self):
        self.assertEqual(self.rules(text(30) + [("th", "Post Belopp")],
                                    [("th", "Post Belopp")] + text(5)), ["header"])

    def test_table_header_one_row_at_foot(self):
        self.assertEqual(self.rules(text(29) + [("th", "Post Belopp"), ("p", "Lokal 1 000")],
                                    [("th", "Post Belopp")] + text(5)), ["header"])

    def test_table_header_two_rows_at_foot(self):
        self.assertEqual(self.rules(text(28) + [("th", "Post Belopp")] + text(2),
                                    [("th", "Post Belopp")] + text(5)), [])

    def test_header_taller_than_half_a_page(self):
        # its lines go on over the page: no rows could be kept with it
        self.assertEqual(self.rules(text(3) + [("th", "Posten %d" % k) for k in range(30)],
                                    [("th", "Posten %d" % k) for k in range(30)] + text(5)), [])

    def test_row_taller_than_a_page_follows(self):
        # the next row fills the next page below the repeated header, its
        # lines evenly spaced: no page holds it with the row before
        self.assertEqual(self.rules(text(29) + [("th", "Post Belopp"), ("p", "Lokal 1 000")],
                                    [("th", "Post Belopp")] + text(45)), [])

    def test_whole_short_table_at_foot(self):
        # a table of one row, whole: the next page is something else
        self.assertEqual(self.rules(text(29) + [("th", "Post Belopp"), ("p", "Lokal 1 000")],
                                    text(5)), [])

    def test_short_page(self):
        self.assertEqual(self.rules(text(30), text(2), text(20)), ["short"])

    def test_short_page_headings_do_not_count(self):
        self.assertEqual(self.rules(text(30), [("h", "Bilaga 1"), ("h", "Budget")] + text(2),
                                    text(20)), ["short"])

    def test_short_last_page(self):
        self.assertEqual(self.rules(text(30), text(1)), [])

    def signatures(self, rows):
        return [("p", "Ort och datum"), ("p", "Underskrift")] * rows

    def test_hole_before_signatures(self):
        # the keeps pushed the blocks over: page 1 two fifths full
        self.assertEqual(self.rules(text(20), text(2) + self.signatures(6)), ["hole"])

    def test_full_page_before_signatures(self):
        self.assertEqual(self.rules(text(33), text(2) + self.signatures(6)), [])

    INTRO = "Detta avtal har upprattats i tre exemplar."

    def pulled_rules(self, pages, heading=False):
        """pages checked with a source whose signatures have an intro of
        their own, or (heading) a section of their own under a heading."""
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, pages)
        xml = os.path.join(self.dir.name, "t.xml")
        sign = "<signatures><signatory party=\"k\"/></signatures>"
        Path(xml).write_text(
            "<agreement><text><p>Text.</p>%s</text></agreement>" %
            ("<section number=\"3\"><heading>Underskrifter</heading>%s</section>" % sign
             if heading else sign.replace("<signatory", "<p>%s</p><signatory" % self.INTRO)),
            encoding="utf-8")
        return sorted({r for r, _ in page_rules.check_file(path, self.t, self.colors, xml)})

    def test_text_pulled_over_with_the_intro(self):
        # two lines that had room at the foot of page 1 open page 2
        # above the intro
        self.assertEqual(self.pulled_rules((text(36), text(2, 36) + [("p", self.INTRO)] +
                                            self.signatures(6))), ["pulled"])

    def test_intro_opens_the_page(self):
        self.assertEqual(self.pulled_rules((text(38), [("p", self.INTRO)] +
                                            self.signatures(6))), [])

    def test_text_over_with_the_intro_had_no_room(self):
        self.assertEqual(self.pulled_rules((text(46), text(2, 46) + [("p", self.INTRO)] +
                                            self.signatures(6))), [])

    def test_text_pulled_over_with_the_heading(self):
        self.assertEqual(self.pulled_rules((text(36), text(2, 36) +
                                            [("h", "3 Underskrifter")] +
                                            self.signatures(6)), heading=True), ["pulled"])
        self.assertEqual(self.pulled_rules((text(38), [("h", "3 Underskrifter")] +
                                            self.signatures(6)), heading=True), [])

    def test_short_page_before_other_text_is_no_hole(self):
        # a page before an annex or a table kept whole: only counted
        fills = []
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, (text(20), text(20)))
        self.assertEqual(page_rules.check_file(path, self.t, self.colors, fills=fills), [])
        self.assertEqual([page for page, _ in fills], [1])
        self.assertTrue(0.35 < fills[0][1] < 0.5, fills)

    def test_hole_after_table_of_contents(self):
        # the table of contents ends its page (the program's break)
        self.assertEqual(self.rules(text(20) + [("p", "1. Ekonomi . . . . . . . . 2")],
                                    text(2) + self.signatures(6)), [])

    def test_hole_the_group_could_not_fill(self):
        # the text kept with the first row of blocks is taller than the
        # hole: moving it back was never possible
        self.assertEqual(self.rules(text(20), text(30) + self.signatures(3)), [])

    def test_hole_on_a_page_its_author_ends(self):
        pages = (text(20), text(2) + self.signatures(6))
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, pages)
        xml = os.path.join(self.dir.name, "t.xml")
        Path(xml).write_text("<agreement><text><p>Parterna samverkar kring stod och "
                             "radgivning 19.</p><page-break/></text></agreement>",
                             encoding="utf-8")
        self.assertEqual(page_rules.check_file(path, self.t, self.colors, xml), [])

    ADDRESS = ["Linkopings kommun", "Skanningcentralen 150Z", "Box 2014", "Att: Ekonomi",
               "Referens 4711", "581 81 LINKOPING", "Sverige", "Fakturamottagare 3",
               "Postfack 12", "Extra rad 10"]

    def address_rules(self, nlines, first_page):
        """An address of nlines lines, first_page of them at the foot of
        page 1 after 30 lines of text, the rest at the top of page 2."""
        lines = [("p", ln) for ln in self.ADDRESS[:nlines]]
        pages = (text(30) + lines[:first_page], lines[first_page:] + text(10, 30))
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, pages)
        xml = os.path.join(self.dir.name, "t.xml")
        Path(xml).write_text("<agreement><text><payment><p>Faktura till:</p><address>%s"
                             "</address></payment></text></agreement>" %
                             "".join("<line>%s</line>" % ln for ln in self.ADDRESS[:nlines]),
                             encoding="utf-8")
        return sorted({r for r, _ in page_rules.check_file(path, self.t, self.colors, xml)})

    def test_address_whole(self):
        # on one page, at its foot or the next one's top
        self.assertEqual(self.address_rules(4, 4), [])
        self.assertEqual(self.address_rules(4, 0), [])

    def test_short_address_split(self):
        # up to six lines: never split, even three and three
        self.assertEqual(self.address_rules(4, 2), ["address"])
        self.assertEqual(self.address_rules(6, 3), ["address"])
        self.assertEqual(self.address_rules(3, 1), ["address"])

    def test_long_address_split(self):
        # longer: split with at least two lines on each page
        self.assertEqual(self.address_rules(10, 2), [])
        self.assertEqual(self.address_rules(10, 8), [])
        self.assertEqual(self.address_rules(10, 1), ["address"])
        self.assertEqual(self.address_rules(10, 9), ["address"])

    def items(self, n, lines=1):
        out = []
        for k in range(n):
            out.append(("p", "• Punkt %d om verksamheten" % k))
            out += [("ic", "och dess fortsattning %d" % j) for j in range(lines - 1)]
        return out

    def test_leadin_with_colon_alone_at_foot(self):
        # Malmo's "Den ska innehalla" at p4's foot, its list on p5; here
        # with a colon, which says so whatever follows
        self.assertEqual(self.rules(text(30) + [("p", "Rapporten ska innehalla:")],
                                    self.items(4) + text(5)), ["leadin"])

    def test_leadin_without_colon_alone_at_foot(self):
        self.assertEqual(self.rules(text(30) + [("p", "Den ska innehalla")],
                                    self.items(4) + text(5)), ["leadin"])

    def test_leadin_with_first_item(self):
        self.assertEqual(self.rules(text(29) + [("p", "Rapporten ska innehalla:")] +
                                    self.items(1), self.items(3) + text(5)), [])

    def test_leadin_with_one_line_of_long_item(self):
        self.assertEqual(self.rules(text(29) + [("p", "Rapporten ska innehalla:")] +
                                    self.items(1, 6)[:1], self.items(1, 6)[1:] + text(5)),
                         ["leadin"])

    def test_leadin_with_two_lines_of_long_item(self):
        self.assertEqual(self.rules(text(28) + [("p", "Rapporten ska innehalla:")] +
                                    self.items(1, 6)[:2], self.items(1, 6)[2:] + text(5)), [])

    def test_list_over_the_page(self):
        self.assertEqual(self.rules(text(20) + [("p", "Rapporten ska innehalla:")] +
                                    self.items(10), self.items(3) + text(5)), [])

    def test_leadin_on_a_page_its_author_ends(self):
        pages = (text(30) + [("p", "Rapporten ska innehalla:")], self.items(4) + text(5))
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, pages)
        xml = os.path.join(self.dir.name, "t.xml")
        Path(xml).write_text("<agreement><text><p>Rapporten ska innehalla:</p><page-break/>"
                             "</text></agreement>", encoding="utf-8")
        self.assertEqual(page_rules.check_file(path, self.t, self.colors, xml), [])

    def test_running_heads_and_draft_not_lines(self):
        # a page of running heads only is a page of no lines
        self.assertEqual(self.rules(text(30), [], text(3)), ["short"])


if __name__ == "__main__":
    unittest.main()
