#!/usr/bin/env python3
"""Tests for wordcheck.py.  Run: python3 tests/golden/test_wordcheck.py"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import unittest
from fractions import Fraction
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # leave no __pycache__ in the source tree
import wordcheck as wc  # noqa: E402

SCRIPT = HERE / "wordcheck.py"
SEEDS = HERE.parent.parent / "seeds"


def W(text: str) -> list[str]:
    return wc.words(text)


def X(text: str, ignore=()) -> list[str]:
    return wc.words(text, extracted=True,
                    ignore=[re.compile(p) for p in ignore])


def naive_lcs(a, b) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[-1]))
        prev = cur
    return prev[-1]


class Tokeniser(unittest.TestCase):
    def test_orgnr_and_abbreviation(self):
        self.assertEqual(
            W("Linköpings kommun (org. nr 212000-0449) och RK-krets."),
            ["Linköpings", "kommun", "org", "nr", "212000-0449", "och",
             "RK-krets"])

    def test_dates_and_ranges(self):
        self.assertEqual(
            W("från och med 2019-01-01 till 2021-12-31. Under 2017-2018, "
              "beslut 2016-04-06, § 125; lag 2016:38)"),
            ["från", "och", "med", "2019-01-01", "till", "2021-12-31",
             "Under", "2017-2018", "beslut", "2016-04-06", "125", "lag",
             "2016:38"])

    def test_internal_punctuation(self):
        self.assertEqual(
            W("IKF:s lokaler, t.ex. 30 h/vecka och 1,5 tjänst; avsnitt 10.1 "
              "Women's day, 'vi' och \"dem\"."),
            ["IKF:s", "lokaler", "t.ex", "30", "h/vecka", "och", "1,5",
             "tjänst", "avsnitt", "10.1", "Women's", "day", "vi", "och",
             "dem"])

    def test_trailing_and_leading_punctuation_dropped(self):
        self.assertEqual(
            W("slut. Nästa, ord: -lista, pris- och löneförändring med 2%. "
              "– gällande (IKF) Lund 2018- ...x... a/ /b"),
            ["slut", "Nästa", "ord", "lista", "pris", "och",
             "löneförändring", "med", "2", "gällande", "IKF", "Lund", "2018",
             "x", "a", "b"])

    def test_markdown_markers(self):
        seed = ("**LUNDS  \nKOMMUN**\n\n**Kompis Sverige**\n"
                "# **Överenskommelse om IOP**\n## **Bakgrund**\n"
                "### ***Kompis Sverige***\n---\n"
                "- **Frivillighet:** Verksamheten bygger på\n"
                "matchas *minst* 25 par, se *Ekonomi*\n"
                "**RK**-krets 5*3 a * b #1\n")
        self.assertEqual(
            W(seed),
            ["LUNDS", "KOMMUN", "Kompis", "Sverige", "Överenskommelse", "om",
             "IOP", "Bakgrund", "Kompis", "Sverige", "Frivillighet",
             "Verksamheten", "bygger", "på", "matchas", "minst", "25", "par",
             "se", "Ekonomi", "RK-krets", "5", "3", "a", "b", "1"])

    def test_marker_positions_and_line_numbers(self):
        toks = wc.tokenize("\n\n## **Bakgrund** och *mer*\n---\nslut")
        self.assertEqual([(t.text, t.line) for t in toks],
                         [("Bakgrund", 3), ("och", 3), ("mer", 3),
                          ("slut", 5)])
        line = "## **Bakgrund** och *mer*"
        for t in toks[:3]:
            self.assertEqual(line[t.start:t.end], t.text)

    def test_nbsp_and_digit_groups(self):
        self.assertEqual(W("1\u00a0077\u202f600\u2007kr"),
                         ["1", "077", "600", "kr"])
        self.assertEqual(W("Summa: 1 077 600 kr 100 %"),
                         ["Summa", "1", "077", "600", "kr", "100"])
        self.assertEqual(W("Linköping\u00a0Södra"), ["Linköping", "Södra"])

    def test_nfc(self):
        decomposed = "Linko\u0308ping A\u030angstro\u0308m"
        self.assertEqual(W(decomposed), ["Linköping", "Ångström"])
        self.assertEqual(W(decomposed), W("Linköping Ångström"))

    def test_lookalikes_and_invisibles(self):
        self.assertEqual(
            W("RK\u2011krets RK\u2010krets Women\u2019s \ufb01nns "
              "Över\u00adenskommelse ord\u200bet"),
            ["RK-krets", "RK-krets", "Women's", "finns", "Överenskommelse",
             "ordet"])

    def test_case_sensitive(self):
        self.assertEqual(wc.presence(W("Kommun kommun"), W("kommun kommun")),
                         1)

    def test_form_feed_and_layout_columns(self):
        ext = ("  Lokaler            96 000 kr\n\x0cSida 2 av 3\n"
               "Omkostnader\t18 000 kr\r\n")
        self.assertEqual(X(ext), ["Lokaler", "96", "000", "kr", "Sida", "2",
                                  "av", "3", "Omkostnader", "18", "000",
                                  "kr"])

    def test_ignore_line(self):
        ext = ("Text ett\n   Sida 1 av 2   \n\x0cIOP Linköping – rubrik\n"
               "Text två\n")
        self.assertEqual(X(ext, [r"Sida \d+ av \d+", r"^IOP Linköping"]),
                         ["Text", "ett", "Text", "två"])
        # no patterns, nothing dropped
        self.assertEqual(len(X(ext)), 11)
        # the patterns see no-break spaces as spaces
        self.assertEqual(X("Sida\u00a01\u202fav\u20072\nText\n",
                           [r"^Sida \d+ av \d+$"]), ["Text"])

    def test_hyphen_at_line_end_joined_in_extraction(self):
        ext = "Linköping Södra RK-\nkrets och IOP-\n\növerenskommelse\n"
        got = X(ext)
        self.assertIn("RK-krets", got)
        self.assertIn("IOP-överenskommelse", got)
        # the seed is not joined across lines
        self.assertEqual(W("Lund 2018-\nFör Kompis"),
                         ["Lund", "2018", "För", "Kompis"])

    def test_hyphen_at_column_end_joined_in_layout(self):
        ext = ("Linköping Södra RK-   Annan kolumn med IOP-\n"
               "krets och 2019-       överenskommelse här\n"
               "01-01 slut\n")
        got = X(ext)
        for w in ("RK-krets", "IOP-överenskommelse", "2019-01-01"):
            self.assertIn(w, got)
        self.assertNotIn("med-överenskommelse", got)

    def test_hyphen_inside_column_not_joined(self):
        got = X("pris- och löneförändring\nnästa rad\n")
        self.assertEqual(got, ["pris", "och", "löneförändring", "nästa",
                               "rad"])


class Measures(unittest.TestCase):
    def test_presence_is_multiset(self):
        self.assertEqual(wc.presence("a a b".split(), "a b b".split()), 2)
        self.assertEqual(wc.presence("a a b".split(), "b a a x".split()), 3)
        self.assertEqual(wc.presence("a b".split(), []), 0)

    def test_lcs_small_known(self):
        self.assertEqual(wc.lcs_length("a b c d e f".split(),
                                       "d e f a b c".split()), 3)
        self.assertEqual(wc.lcs_length(list("ABCBDAB"), list("BDCABA")), 4)
        self.assertEqual(wc.lcs_length([], list("abc")), 0)
        self.assertEqual(wc.lcs_length(list("abc"), []), 0)
        self.assertEqual(wc.lcs_length(list("abc"), list("xyz")), 0)

    def test_lcs_matches_naive_dp(self):
        rng = random.Random(1)
        for _ in range(300):
            k = rng.randint(1, 6)
            a = [str(rng.randrange(k)) for _ in range(rng.randint(0, 40))]
            b = [str(rng.randrange(k)) for _ in range(rng.randint(0, 40))]
            n = naive_lcs(a, b)
            self.assertEqual(wc.lcs_length(a, b), n, (a, b))
            pairs = wc.lcs_matched(a, b)
            self.assertEqual(len(pairs), n, (a, b))
            for (i, j), (i2, j2) in zip(pairs, pairs[1:]):
                self.assertLess(i, i2)
                self.assertLess(j, j2)
            for i, j in pairs:
                self.assertEqual(a[i], b[j])

    def test_reordered_text_keeps_presence_lowers_order(self):
        seed = "Ett två tre fyra.\nFem sex sju åtta.\nNio tio elva tolv.\n"
        ext = "Nio tio elva tolv.\nEtt två tre fyra.\nFem sex sju åtta.\n"
        r = wc.check(seed, ext)
        self.assertEqual(r.total, 12)
        self.assertEqual(r.present, 12)
        self.assertEqual(r.in_order, 8)
        self.assertEqual(r.present_pct(), 100)
        self.assertEqual(r.order_pct(), Fraction(200, 3))

    def test_extra_header_words_keep_100(self):
        seed = ("Överenskommelse om IOP\n\nParterna (org. nr 212000-0449) "
                "avtalar följande.\nBelopp: 1 077 600 kr per år.\n")
        ext = ("Linköpings kommun – IOP 2019-01-01       Sida 1 av 2\n"
               "GENERERAD TITEL Överenskommelse\n"
               "Överenskommelse om IOP\nParterna (org. nr\n"
               "\x0cIOP Linköping             Sida 2 av 2\n"
               "212000-0449) avtalar följande. Belopp: 1 077\n600 kr per år."
               "\n  2 av 2\n")
        r = wc.check(seed, ext)
        self.assertEqual((r.present, r.in_order, r.total), (16, 16, 16))

    def test_missing_word_lowers_both(self):
        r = wc.check("a b c d", "a b d")
        self.assertEqual((r.present, r.in_order), (3, 3))

    def test_dehyphenated_by_pdftotext(self):
        seed = ["RK-krets", "2019-01-01", "x"]
        self.assertEqual(
            wc.add_dehyphenated(seed, ["RKkrets", "201901-01", "2019-0101",
                                       "x", "RKkrets2"]),
            ["RKkrets", "RK-krets", "201901-01", "2019-01-01", "2019-0101",
             "2019-01-01", "x", "RKkrets2"])
        r = wc.check("Södra RK-krets från 2019-01-01",
                     "Södra RKkrets från 201901-01")
        self.assertEqual((r.total, r.present, r.in_order), (4, 4, 4))
        self.assertEqual(wc.presence(W("RK-krets 2019-01-01"),
                                     X("RKkrets 201901-01")), 0)

    def test_soft_hyphen_at_line_end_joins(self):
        # iopdoc's added hyphen is U+00AD: "sam-" / "verkan" reads as
        # "samverkan"; in a layout column only that column's next line
        ext = ("Genom sam\u00ad\nverkan mellan\n"
               "arbets\u00ad      Belopp\n  marknaden      100 kr\n")
        self.assertIn("samverkan", wc.words(ext, True))
        self.assertIn("arbetsmarknaden", wc.words(ext, True))
        r = wc.check("Genom samverkan mellan arbetsmarknaden", ext)
        self.assertEqual((r.total, r.present, r.in_order), (4, 4, 4))
        # a soft hyphen inside a line is nothing, not a break
        self.assertEqual(wc.words("sam\u00adverkan", False), ["samverkan"])

    def test_address_broken_at_line_end_joins(self):
        # an e-mail address or URL iopdoc broke after its "." or "/"
        # (no hyphen added) reads whole: "karin.ek@exempel." / "asby.se"
        ext = "skriv till karin.ek@exempel.\nasby.se eller se www.ex.se/iop/\nrapport nu\n"
        self.assertIn("exempel.asby.se", wc.words(ext, True))
        self.assertIn("www.ex.se/iop/rapport", wc.words(ext, True))
        r = wc.check("skriv till karin.ek@exempel.asby.se eller se www.ex.se/iop/rapport nu", ext)
        self.assertEqual(r.present, r.total)

    def test_fmt_pct_rounds_down(self):
        self.assertEqual(wc.fmt_pct(Fraction(99999, 1000)), "99.99")
        self.assertEqual(wc.fmt_pct(Fraction(99499, 1000)), "99.49")
        self.assertEqual(wc.fmt_pct(Fraction(100)), "100.00")
        self.assertEqual(wc.fmt_pct(Fraction(0)), "0.00")
        self.assertEqual(wc.fmt_pct(Fraction(1, 3)), "0.33")


class Speed(unittest.TestCase):
    def test_lcs_3000_by_4000_random(self):
        rng = random.Random(7)
        vocab = [f"w{i}" for i in range(400)]
        a = [rng.choice(vocab) for _ in range(3000)]
        b = [rng.choice(vocab) for _ in range(4000)]
        t0 = time.perf_counter()
        n = wc.lcs_length(a, b)
        pairs = wc.lcs_matched(a, b)
        self.assertLess(time.perf_counter() - t0, 10.0)
        self.assertEqual(len(pairs), n)
        self.assertTrue(all(a[i] == b[j] for i, j in pairs))
        self.assertEqual(wc.lcs_length(b, a), n)  # other bit orientation
        self.assertTrue(200 < n < 3000, n)

    def test_lcs_3000_by_4000_known_answer(self):
        # b = a with 60 words deleted and 1060 words from another vocabulary
        # inserted: the LCS is exactly the 2940 words kept.
        rng = random.Random(8)
        a = [f"w{rng.randrange(300)}" for _ in range(3000)]
        drop = set(rng.sample(range(3000), 60))
        kept = [w for i, w in enumerate(a) if i not in drop]
        b = list(kept)
        for _ in range(1060):
            b.insert(rng.randrange(len(b) + 1), f"hdr{rng.randrange(50)}")
        t0 = time.perf_counter()
        self.assertEqual(wc.lcs_length(a, b), 2940)
        self.assertEqual(len(wc.lcs_matched(a, b)), 2940)
        r = wc.check(" ".join(a), " ".join(b))
        self.assertEqual((r.total, r.present, r.in_order),
                         (3000, 2940, 2940))
        self.assertLess(time.perf_counter() - t0, 10.0)


def run(*args, stdin=None):
    return subprocess.run([sys.executable, str(SCRIPT), *map(str, args)],
                          capture_output=True, text=True, input=stdin,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})


SUMMARY = re.compile(r"^wordcheck: (.+): (\d+) words, present (\d+\.\d\d) %, "
                     r"in order (\d+\.\d\d) %: (ok|FAIL)$")


class Cli(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def file(self, name, text, encoding="utf-8"):
        p = self.dir / name
        p.write_text(text, encoding=encoding)
        return p

    def summary(self, proc):
        first = proc.stdout.splitlines()[0]
        m = SUMMARY.match(first)
        self.assertIsNotNone(m, first)
        return m.groups()

    def test_ok(self):
        seed = self.file("seed.txt", "## **Rubrik**\nEtt två, tre.\n")
        ext = self.file("ext.txt", "Titel\nRubrik\nEtt två, tre.\nSida 1 av 1")
        p = run(seed, ext)
        self.assertEqual(p.returncode, 0, p.stdout + p.stderr)
        self.assertEqual(self.summary(p),
                         (str(seed), "4", "100.00", "100.00", "ok"))
        self.assertEqual(len(p.stdout.splitlines()), 1)
        self.assertEqual(p.stderr, "")

    def test_fail_lists_missing_with_line_and_context(self):
        seed = self.file("seed.txt", "Första raden här.\n\nAndra raden "
                                     "med 212000-0449 i sig.\n")
        ext = self.file("ext.txt", "Första raden här.\nAndra raden med i sig.")
        p = run(seed, ext)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(self.summary(p)[1:], ("9", "88.88", "88.88", "FAIL"))
        self.assertIn("present 88.88 % is below the minimum 99.5 %", p.stdout)
        self.assertIn("in order 88.88 % is below the minimum 97 %", p.stdout)
        self.assertRegex(p.stdout, r"seed line 3: missing \"212000-0449\" "
                                   r"\(seed 1x, extracted 0x\): .*Andra raden "
                                   r"med \u00bb212000-0449\u00ab i sig")

    def test_show_missing_limit(self):
        seed = self.file("seed.txt", " ".join(f"ord{i}" for i in range(50)))
        ext = self.file("ext.txt", "ord0 ord1")
        p = run(seed, ext, "--show-missing", 5)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(len(re.findall(r"seed line 1: missing", p.stdout)), 5)
        self.assertIn("... and 43 more", p.stdout)
        p = run(seed, ext, "--show-missing", 0)
        self.assertEqual(p.returncode, 1)
        self.assertNotIn("seed line", p.stdout)
        p = run(seed, ext)
        self.assertEqual(len(re.findall(r"seed line", p.stdout)), 30)

    def test_missing_listed_before_out_of_order(self):
        seed = self.file("seed.txt", "alfa beta gamma delta\nepsilon zeta\n")
        ext = self.file("ext.txt", "beta gamma delta alfa epsilon")
        p = run(seed, ext, "--show-missing", 1)
        self.assertEqual(p.returncode, 1)
        self.assertRegex(p.stdout, r"seed line 2: missing \"zeta\"")
        self.assertNotIn("out of order", p.stdout)
        self.assertIn("... and 1 more", p.stdout)
        p = run(seed, ext)
        self.assertRegex(p.stdout, r"(?s)missing \"zeta\".*\n  seed line 1: "
                                   r"out of order \"alfa\"")

    def test_order_only_failure(self):
        seed = self.file("seed.txt", "a b c d e f g h i j")
        ext = self.file("ext.txt", "f g h i j\na b c d e")
        p = run(seed, ext)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(self.summary(p)[1:], ("10", "100.00", "50.00", "FAIL"))
        self.assertNotIn("present 100.00 % is below", p.stdout)
        self.assertEqual(len(re.findall(r": out of order \"", p.stdout)), 5)
        p = run(seed, ext, "--min-order", "50")
        self.assertEqual(p.returncode, 0, p.stdout)
        p = run(seed, ext, "--min-order", "50.01")
        self.assertEqual(p.returncode, 1, p.stdout)

    def test_threshold_boundary_is_inclusive_and_exact(self):
        words = [f"w{i}" for i in range(200)]
        seed = self.file("seed.txt", " ".join(words))
        one = self.file("one.txt", " ".join(words[1:]))    # 99.5 %
        two = self.file("two.txt", " ".join(words[2:]))    # 99.0 %
        p = run(seed, one)
        self.assertEqual(p.returncode, 0, p.stdout)
        self.assertEqual(self.summary(p)[2], "99.50")
        self.assertEqual(run(seed, two).returncode, 1)
        self.assertEqual(run(seed, two, "--min-present", "99").returncode, 0)
        # 1 of 201 missing is 99.502... % (ok); 2 of 399 is 99.498... %:
        # shown rounded down as 99.49, and it fails
        seed2 = self.file("s2.txt", " ".join(f"v{i}" for i in range(399)))
        ext2 = self.file("e2.txt", " ".join(f"v{i}" for i in range(2, 399)))
        p = run(seed2, ext2)
        self.assertEqual(p.returncode, 1)
        self.assertEqual(self.summary(p)[2], "99.49")

    def test_ignore_line_option(self):
        seed = self.file("seed.txt", "Sida ett handlar om IOP")
        ext = self.file("ext.txt", "\x0cSida 1 av 2\nett handlar om IOP\n")
        self.assertEqual(run(seed, ext).returncode, 0)
        p = run(seed, ext, "--ignore-line", r"^Sida \d+ av \d+$",
                "--min-present", "90")
        self.assertEqual(p.returncode, 1)
        self.assertIn("present 80.00 %", p.stdout)
        self.assertRegex(p.stdout, r"missing \"Sida\"")

    def test_stdin(self):
        seed = self.file("seed.txt", "ett två tre")
        p = run(seed, "-", stdin="ett två tre\n")
        self.assertEqual(p.returncode, 0, p.stderr)
        p = run(seed, "-", stdin="ett\n")
        self.assertEqual(p.returncode, 1)

    def test_usage_errors_exit_2(self):
        seed = self.file("seed.txt", "ett två")
        ext = self.file("ext.txt", "ett två")
        latin1 = self.file("latin1.txt", "Linköping", encoding="latin-1")
        empty = self.file("empty.txt", "## **\n---\n")
        cases = [
            (),
            (seed,),
            (seed, self.dir / "nonexistent.txt"),
            (self.dir / "nonexistent.txt", ext),
            (seed, self.dir),  # a directory
            (seed, ext, "--min-present", "abc"),
            (seed, ext, "--min-order", "101"),
            (seed, ext, "--show-missing", "-1"),
            (seed, ext, "--ignore-line", "(unclosed"),
            (seed, ext, "--bogus"),
            (seed, latin1),
            (empty, ext),
            ("-", "-"),
        ]
        for args in cases:
            with self.subTest(args=args):
                p = run(*args, stdin="")
                self.assertEqual(p.returncode, 2, p.stdout + p.stderr)
                self.assertNotEqual(p.stderr.strip(), "")
                self.assertNotRegex(p.stdout, r"words, present")
        self.assertEqual(run(seed, ext).returncode, 0)  # the control case


@unittest.skipUnless(SEEDS.is_dir() and any(SEEDS.glob("*.txt")),
                     "no seeds directory")
class RealSeeds(unittest.TestCase):
    def seeds(self):
        return sorted(SEEDS.glob("*.txt"))

    def test_seed_against_itself(self):
        for s in self.seeds():
            with self.subTest(seed=s.name):
                text = s.read_text(encoding="utf-8")
                toks = wc.words(text)
                self.assertGreater(len(toks), 100)
                self.assertFalse([t for t in toks
                                  if not re.fullmatch(r"[\w\-'.:/,]+", t)
                                  or "_" in t or "*" in t or "#" in t])
                r = wc.check(text, text)
                self.assertEqual((r.present, r.in_order), (r.total, r.total))

    def test_seed_with_lost_paragraph_fails(self):
        s = self.seeds()[0]
        text = s.read_text(encoding="utf-8")
        lines = text.split("\n")
        longest = max(range(len(lines)), key=lambda i: len(lines[i]))
        lost = "\n".join(lines[:longest] + lines[longest + 1:])
        with tempfile.TemporaryDirectory() as d:
            ext = Path(d) / "ext.txt"
            ext.write_text(lost, encoding="utf-8")
            p = run(s, ext)
        self.assertEqual(p.returncode, 1, p.stdout)
        self.assertIn(f"seed line {longest + 1}: missing", p.stdout)


# --------------------------------------------------------------------------
# End to end with real extractors on a minimal generated PDF (Helvetica,
# WinAnsi): running headers and footers with page numbers, tab-separated
# seed lines laid out as table columns, text wrapped also after hyphens.

def make_pdf(pages: list[list[tuple[int, int, str]]]) -> bytes:
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    pages_id = font + 2 * len(pages) + 1
    kids = []
    for items in pages:
        ops = []
        for x, y, t in items:
            s = (t.encode("cp1252", "replace").replace(b"\\", b"\\\\")
                 .replace(b"(", b"\\(").replace(b")", b"\\)"))
            ops.append(b"BT /F1 9 Tf %d %d Td (%s) Tj ET" % (x, y, s))
        stream = b"\n".join(ops)
        c = add(b"<< /Length %d >>\nstream\n%s\nendstream"
                % (len(stream), stream))
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox "
                        b"[0 0 595 842] /Resources << /Font << /F1 %d 0 R >> "
                        b">> /Contents %d 0 R >>" % (pages_id, font, c)))
    add(b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    root = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += (b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, root, xref))
    return bytes(out)


def layout_seed(seed: str, width: int = 85) -> list[list[tuple[int, int, str]]]:
    rows: list[list[tuple[int, str]]] = []
    for raw in seed.split("\n"):
        if re.fullmatch(r"\s*-{3,}\s*", raw):
            continue
        raw = re.sub(r"^\s*#+\s+", "", raw).replace("*", "")
        cells = raw.split("\t")
        if len(cells) > 1 and len(raw) < 80 and all(len(c) < 30
                                                     for c in cells[:-1]):
            rows.append([(50 + 180 * k, c) for k, c in enumerate(cells)])
        elif not raw.strip():
            rows.append([])
        else:
            for w in textwrap.wrap(raw.replace("\t", "    "), width,
                                   break_on_hyphens=True):
                rows.append([(50, w)])
    chunks = [rows[i:i + 60] for i in range(0, len(rows), 60)] or [[]]
    pages = []
    for n, chunk in enumerate(chunks, 1):
        items = [(50, 800, "IOP-avtal Linköpings kommun – bilaga"),
                 (480, 800, "2019-01-01")]
        for k, row in enumerate(chunk):
            items.extend((x, 770 - 12 * k, t) for x, t in row)
        items.append((260, 40, f"Sida {n} av {len(chunks)}"))
        pages.append(items)
    return pages


EXTRACTORS = {
    "pdftotext -layout": ["pdftotext", "-enc", "UTF-8", "-layout", "{pdf}",
                          "{txt}"],
    "pdftotext": ["pdftotext", "-enc", "UTF-8", "{pdf}", "{txt}"],
    "mutool": ["mutool", "draw", "-q", "-F", "txt", "-o", "{txt}", "{pdf}"],
}


def available(cmd):
    return shutil.which(cmd[0]) is not None


@unittest.skipUnless(any(available(c) for c in EXTRACTORS.values()),
                     "neither pdftotext nor mutool installed")
class RealExtractors(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()

    def extract(self, pdf_bytes: bytes, name: str) -> dict[str, Path]:
        pdf = self.dir / f"{name}.pdf"
        pdf.write_bytes(pdf_bytes)
        out = {}
        for label, cmd in EXTRACTORS.items():
            if not available(cmd):
                continue
            txt = self.dir / f"{name}.{cmd[0]}.{len(out)}.txt"
            subprocess.run([a.format(pdf=pdf, txt=txt) for a in cmd],
                           check=True, capture_output=True)
            out[label] = txt
        return out

    def test_hyphen_broken_compounds(self):
        pages = [[(50, 770, "Linköping Södra RK-"), (50, 758, "krets och 2019-"),
                  (50, 746, "01-01 med IOP-"), (50, 734, "överenskommelse slut")]]
        seed = self.file("seed.txt", "Linköping Södra RK-krets och "
                                     "2019-01-01 med IOP-överenskommelse slut")
        for label, txt in self.extract(make_pdf(pages), "hyph").items():
            with self.subTest(extractor=label):
                p = run(seed, txt, "--min-present", 100, "--min-order", 100)
                self.assertEqual(p.returncode, 0, p.stdout + txt.read_text())

    def file(self, name, text):
        p = self.dir / name
        p.write_text(text, encoding="utf-8")
        return p

    @unittest.skipUnless(SEEDS.is_dir() and any(SEEDS.glob("*.txt")),
                         "no seeds directory")
    def test_seeds_round_trip(self):
        for s in sorted(SEEDS.glob("*.txt")):
            text = s.read_text(encoding="utf-8")
            exts = self.extract(make_pdf(layout_seed(text)), s.stem)
            for label, txt in exts.items():
                with self.subTest(seed=s.name, extractor=label):
                    p = run(s, txt)
                    self.assertEqual(p.returncode, 0, p.stdout)
            # the same with the longest paragraph left out must fail
            lines = text.split("\n")
            k = max(range(len(lines)), key=lambda i: len(lines[i]))
            lost = "\n".join(lines[:k] + lines[k + 1:])
            exts = self.extract(make_pdf(layout_seed(lost)), s.stem + "-lost")
            for label, txt in exts.items():
                with self.subTest(seed=s.name, extractor=label, lost=k + 1):
                    p = run(s, txt)
                    self.assertEqual(p.returncode, 1, p.stdout)
                    self.assertIn(f"seed line {k + 1}: missing", p.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
