#!/usr/bin/env python3
"""Self-tests for loose_lines.py.  Run: python3 tests/layout/test_loose_lines.py

A tiny PDF writer sets lines of words justified with word spacing (Tw)
to a right margin its NAME.ini gives, in Helvetica (space 278/1000 em):
a tight page (spaces 1.3x natural) passes; a page with one line over 3x
(two words fewer) and one where 2 lines of 20 are over 2x (one word
fewer) fail; a table-like row at natural width reaching the margin is
not counted as justified; measure.py counts a line's characters.
"""

import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True
import loose_lines  # noqa: E402
import measure  # noqa: E402

MM = 72 / 25.4
PW, PH = 595.27, 841.89
LEFT = 25 * MM
SIZE = 11.0
WORD = "nnnn"                   # 4 x 556/1000 em
WORD_W = 4 * 0.556 * SIZE
SPACE_W = 0.278 * SIZE
K = 12                          # words a line
WIDTH = K * WORD_W + (K - 1) * SPACE_W * 1.3    # K words at 1.3x natural
RIGHT_MARGIN = PW - LEFT - WIDTH


def tw_for(words):
    return (WIDTH - words * WORD_W - (words - 1) * SPACE_W) / (words - 1)


def ratio_for(words):
    return (SPACE_W + tw_for(words)) / SPACE_W


def make_pdf(path, lines):
    """lines: (words, Tw) each, set from the left margin down."""
    ops, y = [], PH - 100
    for words, tw in lines:
        ops.append("BT /F1 %g Tf %.4f Tw %.2f %.2f Td (%s) Tj ET" % (
            SIZE, tw, LEFT, y, " ".join([WORD] * words)))
        y -= 15
    data = "\n".join(ops).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources "
             "<< /Font << /F1 5 0 R >> >> /Contents 4 0 R >>" % (PW, PH)).encode(),
            b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.7\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    Path(path).write_bytes(bytes(out))
    Path(path).with_suffix(".ini").write_text(
        "[page]\nmargin-left = %.4fpt\nmargin-right = %.4fpt\n" % (LEFT, RIGHT_MARGIN))


class LooseLines(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def run_check(self, name, lines):
        p = os.path.join(self.dir.name, name + ".pdf")
        make_pdf(p, lines)
        r = subprocess.run([sys.executable, str(HERE / "loose_lines.py"), p],
                           capture_output=True, text=True)
        return r.returncode, r.stdout

    def test_ratios(self):
        # K words fill the line at about 1.3x; fewer words, wider spaces
        self.assertTrue(1.1 < ratio_for(K) < 1.5, ratio_for(K))
        self.assertTrue(2.0 < ratio_for(K - 1) < 3.0, ratio_for(K - 1))
        self.assertTrue(ratio_for(K - 2) > 3.0, ratio_for(K - 2))

    def test_tight_passes(self):
        rc, out = self.run_check("tight", [(K, tw_for(K))] * 20)
        self.assertEqual(rc, 0, out)
        self.assertIn("20 justified lines", out)
        self.assertIn("loose lines: 2 passed, 0 failed", out)
        self.assertIn("widest %.2fx" % ratio_for(K), out)

    def test_one_line_over_3x_fails(self):
        rc, out = self.run_check("worst", [(K, tw_for(K))] * 199 + [(K - 2, tw_for(K - 2))])
        self.assertEqual(rc, 1, out)
        self.assertIn("over 3x: 1 (target 0)", out)
        self.assertIn("loose lines: 1 passed, 1 failed", out)   # 99.5 % within 2x
        self.assertIn("worst.pdf p1: nnnn nnnn", out)

    def test_share_over_2x_fails(self):
        rc, out = self.run_check("share", [(K, tw_for(K))] * 18 + [(K - 1, tw_for(K - 1))] * 2)
        self.assertEqual(rc, 1, out)
        self.assertIn("on 90.00 % (target 98 %), 2 over", out)
        self.assertIn("loose lines: 1 passed, 1 failed", out)

    def test_natural_width_row_not_counted(self):
        # a row at natural spacing (Tw 0) that ends at the margin: a table's
        # amount column, not a justified line
        words = int((WIDTH + SPACE_W) // (WORD_W + SPACE_W))
        rc, out = self.run_check("rows", [(K, tw_for(K)), (words, 0.0)])
        self.assertIn("1 justified lines", out)

    def test_measure_counts_characters(self):
        p = os.path.join(self.dir.name, "measure.pdf")
        make_pdf(p, [(K, tw_for(K))] * 5 + [(3, 0.0)])
        n, avg = measure.measure([p], SIZE, loose_lines.check_layout.read_template(
            Path(p).with_suffix(".ini")))
        self.assertEqual(n, 5)
        self.assertEqual(avg, K * len(WORD) + K - 1)


if __name__ == "__main__":
    unittest.main()
