#!/usr/bin/env python3
"""Self-tests for check_layout.py.  Run: python3 tests/layout/test_check_layout.py

A tiny PDF writer draws words where a test says, in Helvetica on an A4
page; the checker, with the default template's margins, must pass a page
laid out as iopdoc lays one out and fail each way of breaking it: a word
over a margin, a running head off its band, words over words (the
signature fields that ran into the other party's block), a cut-off line
at the page foot.  So a checker that always said ok fails these tests.
"""

import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
import check_layout  # noqa: E402

MM = 72 / 25.4
PW, PH = 595.27, 841.89
LEFT, RIGHT = 25 * MM, PW - 25 * MM
TOP, BOTTOM = 28 * MM, PH - 25 * MM        # from the top of the page
HEAD, FOOT = 14 * MM, PH - 12 * MM         # running head baselines, from the top


def make_pdf(path, pages):
    """pages: lists of (x, baseline from the top, size, text[, angle])."""
    objs = []

    def add(body):
        objs.append(body)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    pages_id = add(None)
    kids = []
    for words in pages:
        ops = []
        for w in words:
            x, y, size, text = w[:4]
            angle = w[4] if len(w) > 4 else 0
            esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            if angle:
                ops.append("BT /F1 %g Tf 0.7071 0.7071 -0.7071 0.7071 %.2f %.2f Tm (%s) Tj ET"
                           % (size, x, PH - y, esc))
            else:
                ops.append("BT /F1 %g Tf %.2f %.2f Td (%s) Tj ET" % (size, x, PH - y, esc))
        data = "\n".join(ops).encode("cp1252")
        content = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                         "/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                         % (pages_id, PW, PH, font, content)).encode()))
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


def good_page():
    """A page as iopdoc draws one: running heads on their baselines,
    body lines inside the margins, two signature blocks side by side."""
    words = [(LEFT, HEAD, 8.5, "Språkvänner"), (RIGHT - 70, HEAD, 8.5, "SON 2021-404"),
             (LEFT, FOOT, 8.5, "Överenskommelse om IOP"), (RIGHT - 70, FOOT, 8.5, "Sida 1 av 2")]
    y = TOP + 12
    for k in range(20):
        words.append((LEFT, y, 11, "Parterna samverkar kring språkvänner och läxhjälp %d." % k))
        y += 14.3
    words.append((LEFT, y + 20, 11, "Förvaltningschef,"))
    words.append((LEFT + 240, y + 20, 11, "Ordförande"))
    # the last line's ink ends just above the bottom margin
    words.append((LEFT, BOTTOM - 3, 11, "Sista raden"))
    return words


class CheckLayoutTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.t = check_layout.read_template(check_layout.TOP / "templates" / "default.ini")

    def tearDown(self):
        self.dir.cleanup()

    def problems(self, *pages):
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, pages)
        return check_layout.check_file(path, self.t)

    def rules(self, *pages):
        return sorted({rule for rule, _ in self.problems(*pages)})

    def test_good_page_passes(self):
        self.assertEqual(self.problems(good_page(), good_page()), [])

    def test_template_margins_read(self):
        # the running text's margin, and the frame tables and running
        # heads span, which bounds every glyph
        self.assertAlmostEqual(self.t["margin-left"], 40 * MM, places=3)
        self.assertAlmostEqual(self.t["frame-left"], 25 * MM, places=3)
        self.assertAlmostEqual(self.t["frame-right"], 25 * MM, places=3)
        self.assertAlmostEqual(self.t["margin-top"], 28 * MM, places=3)
        self.assertAlmostEqual(self.t["footer-offset"], 12 * MM, places=3)

    def test_word_over_right_margin(self):
        page = good_page() + [(RIGHT - 20, TOP + 200, 11, "Integrationsförvaltningen")]
        self.assertEqual(self.rules(page), ["margin"])

    def test_word_left_of_margin(self):
        # a list label pushed left of the margin by a large indent step
        self.assertEqual(self.rules(good_page() + [(LEFT - 12, TOP + 300, 11, "1.")]),
                         ["margin"])

    def test_line_cut_at_page_foot(self):
        # a signature line drawn below the bottom margin, not on the footer's baseline
        self.assertEqual(self.rules(good_page()[:-1] + [(LEFT, BOTTOM + 14, 11, "Namnförtydligande")]),
                         ["margin"])

    def test_word_off_the_page(self):
        self.assertIn("margin", self.rules(good_page() + [(LEFT, PH + 20, 11, "borta")]))

    def test_running_head_off_band(self):
        # a footer whose long left text runs past the right margin
        page = good_page() + [(LEFT + 300, FOOT, 8.5, "Överenskommelse om idéburet offentligt partnerskap")]
        self.assertIn("head", self.rules(page))

    def test_running_head_too_near_edge(self):
        t = dict(self.t)
        t["footer-offset"] = 2 * MM     # a template putting the footer 2 mm from the edge
        path = os.path.join(self.dir.name, "t.pdf")
        make_pdf(path, [[(LEFT, PH - 2 * MM, 8.5, "Sida 1 av 1")]])
        self.assertEqual(sorted({r for r, _ in check_layout.check_file(path, t)}), ["head"])

    def test_overprint_side_by_side(self):
        # "Förvaltningschef, Integrations- och arbetsmarknadsförvaltningen"
        # unwrapped, running into the other party's block
        page = good_page() + [(LEFT, TOP + 400, 11, "Förvaltningschef, Integrations- och arbetsmarknadsförvaltningen"),
                              (LEFT + 240, TOP + 400, 11, "Ordförande")]
        self.assertEqual(self.rules(page), ["overlap"])

    def test_overprint_lines(self):
        # two lines 4 pt apart: a row drawn over the previous one
        page = good_page() + [(LEFT, TOP + 420, 11, "Första raden"), (LEFT + 5, TOP + 424, 11, "Andra raden")]
        self.assertEqual(self.rules(page), ["overlap"])

    def test_tight_lines_do_not_overlap(self):
        # table rows at 1.2 leading: boxes touch, no overprint
        page = good_page() + [(LEFT, TOP + 420, 10, "Post nr 1"), (LEFT, TOP + 432, 10, "Post nr 2")]
        self.assertEqual(self.problems(page), [])

    def test_rotated_draft_mark_ignored(self):
        page = good_page() + [(150, 600, 110, "UTKAST", 45)]
        self.assertEqual(self.problems(page), [])

    def test_command_line(self):
        good = os.path.join(self.dir.name, "good.pdf")
        bad = os.path.join(self.dir.name, "bad.pdf")
        make_pdf(good, [good_page()])
        make_pdf(bad, [good_page() + [(RIGHT - 5, TOP + 200, 11, "utanför")]])
        script = str(HERE / "check_layout.py")
        r = subprocess.run([sys.executable, script, good], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stdout)
        self.assertIn("layout: 1 passed, 0 failed", r.stdout)
        r = subprocess.run([sys.executable, script, "--quiet", good, bad], capture_output=True, text=True)
        self.assertEqual(r.returncode, 1)
        self.assertIn("crosses the right margin", r.stdout)
        self.assertIn("layout: 1 passed, 1 failed", r.stdout)
        r = subprocess.run([sys.executable, script], capture_output=True, text=True)
        self.assertEqual(r.returncode, 2)


if __name__ == "__main__":
    unittest.main()
