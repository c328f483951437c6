#!/usr/bin/env python3
"""Self-tests for check_typo.py.  Run: python3 tests/layout/test_check_typo.py

Text as pdftotext gives it, and one PDF drawn by test_check_layout's tiny
writer: the checker must pass text set as the typographic pass sets it and
fail each straight quote and each split the issue names ("600" / "000 kr",
"187 200" / "kr", "den 31" / "januari", "org." / "nr", "2027-01-01 –" /
"2027-06-30", "031-390 06" / "12"), so a checker that always said ok fails.
"""

import contextlib
import io
import os
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
import check_typo  # noqa: E402
from test_check_layout import LEFT, TOP, make_pdf  # noqa: E402

GOOD = ("Parterna ska under 2017\u20132018 samverka kring \u201dSpr\u00e5kv\u00e4nner\u201d "
        "och IKF\u2019s l\u00e4xhj\u00e4lp.\n"
        "Bidraget \u00e4r 600\u00a0000\u00a0kr per \u00e5r, 2\u00a0% av\n"
        "budgeten, och betalas den 31\u00a0januari 2025.\n"
        "Perioden 2027-01-01\u00a0\u2013\u00a02027-06-30, org.\u00a0nr\u00a0212000-1355,\n"
        "telefon 031-390\u00a006\u00a012, e-post o'neil@exempel.se, "
        "https://exempel.se/?a=\"b\"\n")


def rules(text):
    return [(r, ctx.split(":")[0]) for r, _, ctx in check_typo.check_pages([text])]


class CheckTypoTest(unittest.TestCase):
    def test_good_text_passes(self):
        self.assertEqual(check_typo.check_pages([GOOD, GOOD]), [])

    def test_straight_quotes(self):
        self.assertEqual([r for r, _ in rules('projektet "Spr\u00e5kv\u00e4nner" ska')],
                         ["quote", "quote"])
        self.assertEqual(rules("IKF's l\u00e4xhj\u00e4lp"), [("quote", "IKF's l\u00e4xhj\u00e4lp")])

    def test_splits(self):
        for a, b, name in (
                ("Bidraget \u00e4r 600", "000 kr per \u00e5r.", "digit group"),
                ("Bidraget \u00e4r 187 200", "kr per \u00e5r.", "unit"),
                ("h\u00f6js med 2", "% per \u00e5r.", "unit"),
                ("betalas den 31", "januari 2025.", "date"),
                ("f\u00f6reningen, org.", "nr 212000-1355.", "reference"),
                ("f\u00f6reningen, org. nr", "212000-1355.", "reference"),
                ("enligt \u00a7", "94 i beslutet.", "reference"),
                ("perioden 2027-01-01 \u2013", "2027-06-30 g\u00e4ller.", "date range"),
                ("ring 031-390 06", "12 f\u00f6r mer.", "phone")):
            got = check_typo.check_pages([a + "\n" + b + "\n"])
            self.assertEqual([(r, ctx.split(":")[0]) for r, _, ctx in got], [("split", name)], (a, b))

    def test_not_splits(self):
        for a, b in (
                ("Antalet deltagare var 12", "under v\u00e5ren och 14 under h\u00f6sten."),
                ("Summa", "300 000"),            # a table's column of amounts
                ("300 000", "210 000"),
                ("2019-01-01 \u2013", "2019-06-30"),  # wider than its column
                ("under 2019", "januari m\u00e5nad"),  # not a day
                ("Bilaga 3", "kr\u00e4ver underskrift"),
                ("Gatan 1", "123 45 Staden")):   # an address: a postal code
            self.assertEqual(check_typo.check_pages([a + "\n" + b + "\n"]), [], (a, b))

    def test_pdf(self):
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "t.pdf")
            make_pdf(path, [[(LEFT, TOP + 12, 11, "Bidraget \u00e4r 600"),
                             (LEFT, TOP + 26, 11, "000 kr och \"mer\"."),
                             (LEFT, TOP + 40, 11, "Bidraget \u00e4r 600\u00a0000\u00a0kr.")]])
            got = sorted(r for r, _, _ in check_typo.check_file(path))
            self.assertEqual(got, ["quote", "quote", "split"])
            # its report captured: its "typo: 0 passed, 1 failed" line
            # would count as a failure in run-all.sh's sum
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                self.assertEqual(check_typo.main(["check_typo", "--quiet", path]), 1)
            self.assertIn("1 failed", out.getvalue())


if __name__ == "__main__":
    unittest.main()
