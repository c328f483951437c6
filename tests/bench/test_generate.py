#!/usr/bin/env python3
"""Tests for tests/bench/generate.py: determinism, the command line, and the
rules iopdoc checks (Luhn, periods, totals, signatories, outcome periods,
gender splits), read back from the generated XML.  When ./iopdoc has been
built, `iopdoc check` runs over a generated set as well.

    python3 tests/bench/test_generate.py
"""

import contextlib
import datetime
import filecmp
import io
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import generate  # noqa: E402

N = 60


def gen(*args):
    """generate.main without its progress line."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return generate.main(list(args))


def d(s):
    return datetime.date.fromisoformat(s)


def month_end(x):
    if x.month == 12:
        return datetime.date(x.year, 12, 31)
    return datetime.date(x.year, x.month + 1, 1) - datetime.timedelta(days=1)


def read_set(folder):
    agreements, followups = {}, []
    for name in sorted(os.listdir(folder)):
        root = ET.parse(os.path.join(folder, name)).getroot()
        if root.tag == "agreement":
            agreements[root.get("id")] = (name, root)
        else:
            followups.append((name, root))
    return agreements, followups


class Generated(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="iopdoc-gen-test-")
        cls.out = os.path.join(cls.tmp, "set")
        rc = gen(cls.out, "--agreements", str(N), "--seed", "42")
        assert rc == 0
        cls.agreements, cls.followups = read_set(cls.out)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_luhn(self):
        for good in ("212000-0449", "822002-1318", "822001-3331"):
            self.assertTrue(generate.luhn_ok(good), good)
        self.assertFalse(generate.luhn_ok("212000-0448"))
        for k in generate.KOMMUNER.values():
            self.assertTrue(generate.luhn_ok(k["orgnr"]), k["orgnr"])
        self.assertEqual(generate.orgnr_from("212000044"), "212000-0449")

    def test_files_and_ids(self):
        self.assertEqual(len(self.agreements), N)
        ids = set()
        for aid, (name, root) in self.agreements.items():
            self.assertEqual(name, aid + ".xml")
            self.assertRegex(aid, r"^bench-\d{4}$")
            ids.add(aid)
        for name, root in self.followups:
            self.assertEqual(name, root.get("id") + ".xml")
            self.assertNotIn(root.get("id"), ids)
            ids.add(root.get("id"))

    def test_agreements(self):
        namnder = set()
        for aid, (name, a) in self.agreements.items():
            pf, pt = d(a.find("period").get("from")), d(a.find("period").get("to"))
            self.assertTrue(2019 <= pf.year <= 2024)
            self.assertIn(round((pt - pf).days / 365.25), (1, 2, 3))
            parties = a.findall("parties/party")
            self.assertTrue(2 <= len(parties) <= 5)
            self.assertEqual(sum(1 for p in parties if p.get("role") == "public"), 1)
            for p in parties:
                o = p.find("orgnr")
                if o is not None:
                    self.assertTrue(generate.luhn_ok(o.text), (aid, o.text))
            rn = a.find("responsible-namnd")
            self.assertEqual(rn.get("source"), "text")
            namnder.add(rn.get("id"))
            # one signatory per party; signed ones dated on or before the start
            sigs = a.findall(".//signatures/signatory")
            self.assertEqual(sorted(s.get("party") for s in sigs), sorted(p.get("id") for p in parties))
            for s in sigs:
                if a.get("status") == "signed":
                    for child in ("name", "place", "date"):
                        self.assertIsNotNone(s.find(child), (aid, child))
                    self.assertLessEqual(d(s.find("date").text), pf)
                elif a.get("status") == "draft":
                    self.assertIsNone(s.find("date"))
            # budgets: 5-200 lines, amounts in range, years in the period,
            # stated totals equal to the lines
            text = a.find("text")
            in_text = text.findall(".//budget")
            self.assertIn(len(in_text), (1, 2))
            self.assertEqual(len(text.findall(".//budget-summary")), 1)
            self.assertIsNotNone(text.find(".//payment/address"))
            budgets = a.findall("economy/budget") + in_text
            lines = [int(l.get("amount")) for b in budgets for l in b.findall("line")]
            self.assertTrue(5 <= len(lines) <= 200, (aid, len(lines)))
            for x in lines:
                self.assertTrue(1000 <= x <= 900000, (aid, x))
            for b in budgets:
                if b.get("year"):
                    self.assertTrue(pf.year <= int(b.get("year")) <= pt.year)
                t = b.find("total")
                if t is not None and t.get("stated"):
                    self.assertEqual(int(t.get("stated")), sum(int(l.get("amount")) for l in b.findall("line")))
            st = a.find("economy/stated-total")
            if st is not None:
                self.assertEqual(int(st.get("amount")), sum(lines))
            goals = a.findall("goals/goal")
            self.assertTrue(goals)
            self.assertEqual(len(set(g.get("id") for g in goals)), len(goals))
        self.assertGreaterEqual(len(namnder), 4)

    def test_followups(self):
        with_fu = set()
        for name, f in self.followups:
            aid = f.get("agreement")
            self.assertIn(aid, self.agreements)
            with_fu.add(aid)
            a = self.agreements[aid][1]
            pf, pt = d(a.find("period").get("from")), d(a.find("period").get("to"))
            fd = d(f.find("date").text)
            self.assertTrue(pf <= fd <= pt, name)
            self.assertIn(f.get("kind"), ("partssamtal", "dialogmote", "styrgrupp", "verksamhetsrapport"))
            self.assertTrue(f.findall("participants/participant"))
            goals = {g.get("id"): g.get("measure") for g in a.findall("goals/goal")}
            outs = f.findall("outcomes")
            self.assertEqual(len(outs), 1)
            of, ot = d(outs[0].get("from")), d(outs[0].get("to"))
            self.assertTrue(pf <= of <= ot <= pt, name)
            self.assertLessEqual(ot, month_end(fd), name)
            oc = outs[0].findall("outcome")
            self.assertTrue(1 <= len(oc) <= 4)
            for o in oc:
                if o.get("women") is not None:
                    total = sum(int(o.get(k) or 0) for k in ("women", "men", "other"))
                    self.assertEqual(total, int(o.get("value")), name)
                if o.get("goal"):
                    self.assertEqual(goals.get(o.get("goal")), o.get("measure"), name)
            ng = f.find("next-goals")
            if ng is not None:
                self.assertGreaterEqual(int(ng.get("year")), fd.year)
        without = N - len(with_fu)
        self.assertTrue(1 <= without <= N // 4, without)

    def test_deterministic(self):
        again = os.path.join(self.tmp, "again")
        self.assertEqual(gen(again, "--agreements", str(N), "--seed", "42"), 0)
        cmp = filecmp.dircmp(self.out, again)
        self.assertEqual(cmp.left_only + cmp.right_only, [])
        _, mismatch, errors = filecmp.cmpfiles(self.out, again, sorted(os.listdir(self.out)), shallow=False)
        self.assertEqual(mismatch + errors, [])
        # agreement i does not depend on N
        few = os.path.join(self.tmp, "few")
        self.assertEqual(gen(few, "--agreements", "5", "--seed", "42"), 0)
        _, mismatch, errors = filecmp.cmpfiles(self.out, few, sorted(os.listdir(few)), shallow=False)
        self.assertEqual(mismatch + errors, [])
        # and another seed gives other documents
        other = os.path.join(self.tmp, "other")
        self.assertEqual(gen(other, "--agreements", "1", "--seed", "43"), 0)
        with open(os.path.join(other, "bench-0001.xml"), encoding="utf-8") as f1, \
                open(os.path.join(few, "bench-0001.xml"), encoding="utf-8") as f2:
            self.assertNotEqual(f1.read().split("\n", 2)[2], f2.read().split("\n", 2)[2])

    def test_refuses_nonempty(self):
        self.assertEqual(gen(self.out, "--agreements", "1"), 2)

    def test_budget_lines(self):
        out = os.path.join(self.tmp, "budget")
        self.assertEqual(gen(out, "--budget-lines", "777"), 0)
        files = os.listdir(out)
        self.assertEqual(files, ["bench-budget-777.xml"])
        a = ET.parse(os.path.join(out, files[0])).getroot()
        budgets = a.findall(".//budget")
        self.assertEqual(len(budgets), 1)
        self.assertEqual(len(budgets[0].findall("line")), 777)

    def test_iopdoc_check(self):
        iopdoc = os.path.join(ROOT, "iopdoc")
        if not os.access(iopdoc, os.X_OK):
            self.skipTest("./iopdoc is not built")
        r = subprocess.run([iopdoc, "check", self.out], cwd=ROOT, capture_output=True, text=True)
        msgs = [l for l in (r.stdout + r.stderr).splitlines() if "warning:" in l or "error:" in l]
        self.assertEqual(msgs, [])
        self.assertEqual(r.returncode, 0)


if __name__ == "__main__":
    unittest.main()
