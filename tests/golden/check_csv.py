#!/usr/bin/env python3
"""Golden check of a nämnd report's CSV (REPORT.csv beside REPORT.pdf).

usage: check_csv.py REPORT.pdf NAMND-ID YEAR DIR...

The file as Swedish Excel opens it: a UTF-8 BOM, CRLF line ends, ';'
between fields, the header's thirteen columns, decimal commas, numbers
without grouping.  Its figures against the XML, read on its own with
check_report.py's readers (the parties' amounts for the year, each
agreement's sum, the summary's sums, goals' targets and outcomes with
their parts by gender), and against the PDF's text (pdftotext): every
amount, outcome, status and count the CSV gives is printed in the report.
A figure the inputs lack is an empty Värde with a remark, never 0.
Exit 0 when all holds.
"""
import csv
import glob
import io
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_report as cr  # noqa: E402
import columns  # noqa: E402

HEADER = ["Nämnd", "År", "Överenskommelse", "Diarienummer", "Part", "Organisationsnummer",
          "Partstyp", "Mått", "Värde", "Enhet", "Period från", "Period till", "Anmärkning"]
STATUS = {"Uppnått", "Ej uppnått", "Ej rapporterat", "Följs upp i text",
          "Kan inte bedömas", "Bedöms senare", "Helårsutfall saknas", "Gäller helår",
          "Uppnått (mätbar del)"}
SCALE = {"week": 52, "month": 12, "quarter": 4}

problems = []
checked = 0


def expect(cond, what):
    global checked
    checked += 1
    if not cond:
        problems.append(what)


def in_pdf(text, s, what):
    expect(cr.norm(s) in text, f"{what}: {s!r} not in the PDF's text")


def as_int(v):
    return int(v) if re.fullmatch(r"-?\d+", v) else None


def main():
    if len(sys.argv) < 5:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    pdf, namnd, year, dirs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    path = pdf[:-4] + ".csv"
    data = open(path, "rb").read()
    # the bytes: BOM, CRLF only, UTF-8
    expect(data.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM")
    expect(data.endswith(b"\r\n"), "the last line does not end in CRLF")
    expect(data.count(b"\n") == data.count(b"\r\n"), "a line ends in LF without CR")
    body = data[3:].decode("utf-8")
    rows = list(csv.reader(io.StringIO(body, newline=""), delimiter=";"))
    expect(rows and rows[0] == HEADER, f"header {rows[0] if rows else None}")
    rows = rows[1:]
    expect(len(rows) > 0, "no rows")
    for r in rows:
        expect(len(r) == 13, f"a row of {len(r)} fields: {r}")
    rows = [dict(zip(HEADER, r)) for r in rows if len(r) == 13]
    for r in rows:
        v = r["Värde"]
        expect(r["År"] == str(year), f"År {r['År']}")
        if r["Mått"].startswith("Status"):
            expect(v in STATUS, f"status {v!r}")
        else:
            # digits, a decimal comma; never a point, a space or a unit
            expect(v == "" or re.fullmatch(r"-?\d+(,\d+)?", v), f"Värde {v!r} of {r['Mått']}")
        # a figure the inputs lack is said in words, never 0
        if v == "":
            expect(r["Anmärkning"] != "", f"an empty Värde without a remark: {r['Mått']}")
        for col in ("Period från", "Period till"):
            expect(r[col] == "" or re.fullmatch(r"\d{4}-\d\d-\d\d", r[col]), f"{col} {r[col]!r}")

    text = cr.norm(subprocess.run(["pdftotext", "-raw", "-x", "0", "-y", "48", "-W", "600", "-H", "752",
                                   "-enc", "UTF-8", pdf, "-"],
                                  capture_output=True, check=True).stdout.decode("utf-8"))
    docs = []
    for d in dirs:
        for f in sorted(glob.glob(os.path.join(d, "*.xml"))):
            docs.append((f, columns.expand(ET.parse(f).getroot())))
    agreements = [r for _, r in docs if r.tag == "agreement"]
    followups = [r for _, r in docs if r.tag == "followup"]
    cr.NAMND = namnd
    mine = [ag for ag in agreements if cr.namnd_of(ag) is not None and
            int(ag.find("period").get("from")[:4]) <= year <= int(ag.find("period").get("to")[:4])]
    expect(len(mine) > 0, "no agreement of the nämnd in the year")
    nämnd = cr.norm(cr.text_of(cr.namnd_of(mine[0]))) if mine else ""
    for r in rows:
        expect(cr.norm(r["Nämnd"]).lower() == nämnd.lower(), f"Nämnd {r['Nämnd']!r}")

    summary = {r["Mått"]: r for r in rows if r["Överenskommelse"] == ""}
    expect(summary.get("Överenskommelser som gällt under året", {}).get("Värde") == str(len(mine)),
           "the number of agreements")
    sums = {"kommun": [], "ideburen": []}
    for ag in mine:
        name = cr.agreement_name(ag)
        mine_rows = [r for r in rows if r["Överenskommelse"] == name]
        expect(len(mine_rows) > 0, f"no rows of {name}")
        # by name as norm reads it on both sides: norm joins "- " (a word
        # hyphenated at a line end), so "Kvinno- och tjejjouren" in the
        # XML is "Kvinno-och" and must be so in the CSV too (s31, Göteborg)
        belopp = {cr.norm(r["Part"]): r for r in mine_rows if r["Mått"] == "Belopp" and r["Part"]}
        total, any_figure = 0, False
        for p in ag.iter("party"):
            pname = cr.text_of(p.find("name"))
            a = cr.amount(ag, p.get("id"), year)
            kind = cr.money_kind(ag, p)
            if a is None:
                expect(pname not in belopp, f"{name}: {pname} has no amount, but a row")
                continue
            r = belopp.get(pname)
            expect(r is not None, f"{name}: no amount row of {pname}")
            if r is None:
                continue
            expect(r["Organisationsnummer"] == cr.text_of(p.find("orgnr")),
                   f"{name}: {pname}'s organisationsnummer {r['Organisationsnummer']!r}")
            expect(r["Partstyp"] == cr.party_label(ag, p), f"{name}: {pname}'s Partstyp")
            if a == cr.NOT_VALUED:
                expect(r["Värde"] == "" and "ej värderat" in r["Anmärkning"],
                       f"{name}: {pname} not valued: {r['Värde']!r} {r['Anmärkning']!r}")
                in_pdf(text, f"{pname} ({cr.party_label(ag, p)}) {cr.NOT_VALUED}", name)
                continue
            expect(r["Värde"] == str(a), f"{name}: {pname}'s amount {r['Värde']} is not the "
                                         f"XML's {a}")
            in_pdf(text, f"{pname} ({cr.party_label(ag, p)}) {cr.money(a)}", name)
            total += a
            any_figure = True
            if kind in sums:
                sums[kind].append(a)
        summa = [r for r in mine_rows if r["Mått"] == "Summa"]
        if belopp:
            expect(len(summa) == 1, f"{name}: no Summa row")
            if summa and any_figure:
                expect(summa[0]["Värde"] == str(total), f"{name}: Summa {summa[0]['Värde']} "
                                                        f"!= {total}")
                in_pdf(text, f"Summa {cr.money(total)}", name)

        # goals: targets, outcomes and their parts, status
        fus = [f for f in followups if f.get("agreement") == ag.get("id")]
        def outcomes_of(y, cumulative):
            return [(o, grp) for fu in fus for grp in fu.iter("outcomes") for o in grp.iter("outcome")
                    if grp.get("to")[:4] == str(y) and
                    (grp.get("cumulative", "no").strip() == "yes") == cumulative]
        pools = {"Utfall": outcomes_of(year, False), "Övrigt utfall": outcomes_of(year, False),
                 "Utfall året före": outcomes_of(year - 1, False),
                 "Utfall sedan start": outcomes_of(year, True)}
        goals = list(ag.iter("goal")) + [g for fu in fus for ng in fu.iter("next-goals")
                                         for g in ng.iter("goal")]
        for r in mine_rows:
            m = re.fullmatch(r"(Målvärde|Utfall året före|Utfall sedan start|Övrigt utfall|Utfall|Status)"
                             r"(, [^:]*)?: (.*)", r["Mått"])
            if m is None:
                continue
            what, part, measure = m.group(1), (m.group(2) or "")[2:], m.group(3)
            named = [g for g in goals if (g.get("measure") or cr.text_of(g)).lower() == measure.lower()
                     or cr.norm(g.findtext("text") or "").lower() == measure.lower()]
            if what == "Status":
                # a goal without outcome or assessment is no row of the
                # PDF's goal table but named in its "Inget utfall" sentence
                # one without a measure or target is followed up in text,
                # its status says so (not "Ej rapporterat")
                # (a measure another year's goal shares with a target,
                # "matchade språkvänner per år" in 2019 and 2020: the row
                # is the one without, review H)
                if named and not r["Anmärkning"] and (
                        all(cr.in_text_goal(g) for g in named) or
                        (any(cr.in_text_goal(g) for g in named) and
                         r["Värde"] == "Följs upp i text")):
                    expect(r["Värde"] == "Följs upp i text",
                           f"{name}: status of {measure}: {r['Värde']!r}, not 'Följs upp i text'")
                    expect("följas upp i text" in text,
                           f"{name}: status of {measure}: no 'följas upp i text' sentence")
                elif r["Värde"] in ("Ej rapporterat", "Följs upp i text") and not r["Anmärkning"]:
                    # "Inget utfall rapporterat för 2023 för målet om …"
                    if not named and cr.norm(f"Inget utfall rapporterat för {r['År']} för") \
                            not in text:
                        expect("följas upp i text" in text,
                               f"{name}: status of {measure}: no 'följas upp i text' sentence")
                    else:
                        expect(cr.norm(f"Inget utfall rapporterat för {r['År']} för") in text,
                               f"{name}: status of {measure}: no 'Inget utfall rapporterat för "
                               f"{r['År']}' sentence")
                else:
                    in_pdf(text, r["Värde"], f"{name}: status of {measure}")
                # a goal holding a condition no outcome measures is never
                # "Uppnått"; its remark names the condition (README "Goals")
                for g in named:
                    if g.get("unmeasured"):
                        expect(r["Värde"] != "Uppnått",
                               f"{name}: status of {measure}: 'Uppnått' beside unmeasured")
                        if r["Värde"] == "Uppnått (mätbar del)":
                            expect(r["Anmärkning"].startswith(
                                f"mäts inte: {cr.unmeasured_text(g)}"),
                                f"{name}: status of {measure}: remark {r['Anmärkning']!r}")
            elif what in pools and r["Värde"] != "" and part in ("", "kvinnor", "män",
                                                                  "flickor", "pojkar", "av"):
                attr = {"": "value", "kvinnor": "women", "män": "men", "flickor": "women",
                        "pojkar": "men", "av": "of"}[part]
                ids = {g.get("id") for g in named}
                found = [o for o, grp in pools[what] if (o.get("measure") or "").lower() == measure.lower()
                         or (what != "Övrigt utfall" and o.get("goal") in ids)]
                expect(any(o.get(attr) == r["Värde"] and o.get("unit", "") == r["Enhet"]
                           for o in found),
                       f"{name}: outcome {r['Mått']} = {r['Värde']} {r['Enhet']} is no such outcome of "
                       f"the XML")
                in_pdf(text, cr.count(r["Värde"]), f"{name}: {r['Mått']}")
                if part == "" and what in ("Utfall", "Övrigt utfall"):
                    for o, grp in pools[what]:
                        if o in found and o.get("value") == r["Värde"]:
                            # its goal, for a stated percent across the target
                            og = next((g for g in goals if g.get("id") == o.get("goal")), None)
                            cell = cr.outcome_cell(o, og, what == "Utfall")
                            # the goal table has no period column: part of
                            # the year in words after the figure (review s26)
                            if what == "Utfall" and grp.get("to") and not grp.get("to").endswith("-12-31"):
                                span = cr.day_span(grp.get("from"), grp.get("to"))
                                cell = cell[:-1] + f"; {span}" if cell.endswith(")") else \
                                    f"{cell} ({span}"
                            in_pdf(text, cell, f"{name}: outcome of {measure}")
                            break
            elif what == "Målvärde" and r["Värde"] != "" and part == "" and r["Enhet"] != "%":
                expect(any(g.get("value") is not None and
                           int(g.get("value")) * SCALE.get(g.get("per"), 1) == int(r["Värde"])
                           for g in named), f"{name}: target {r['Mått']} = {r['Värde']}")
                # a target per week, month or quarter whose goal has no
                # outcome is no row of the goal table: the report names
                # the goal in its "Inget utfall rapporterat" list in its
                # own words ("minst tolv tillfällen per vecka"), and the
                # CSV's yearly figure says how it is converted from them
                # (s31: Umeå's 80 besök a week, Malmö's 12 tillfällen)
                status = next((x for x in mine_rows if x["Mått"] == f"Status: {measure}"), None)
                scaled = [g for g in named if g.get("value") is not None and
                          SCALE.get(g.get("per"), 1) > 1]
                if cr.count(r["Värde"]) not in text and scaled and status is not None and \
                        status["Värde"] == "Ej rapporterat":
                    g = scaled[0]
                    expect(cr.norm(f"Inget utfall rapporterat för {year}") in text and
                           cr.norm(cr.text_of(g)).rstrip(".") in text,
                           f"{name}: target of {measure}: the goal is in no row and not listed "
                           f"without outcome")
                    expect(f"{g.get('value')} × {SCALE[g.get('per')]}" in r["Anmärkning"] and
                           f"= {cr.count(r['Värde'])} per år" in cr.norm(r["Anmärkning"]),
                           f"{name}: target of {measure}: {r['Värde']} without its conversion: "
                           f"{r['Anmärkning']!r}")
                else:
                    in_pdf(text, cr.count(r["Värde"]), f"{name}: target of {measure}")
            elif what == "Målvärde" and r["Enhet"] == "%":
                expect(any(g.get("percent") is not None and
                           cr.pct_text(round(float(g.get("percent")) * 10)) ==
                           r["Värde"] + " %" for g in named), f"{name}: share {r['Värde']}")
                in_pdf(text, r["Värde"] + " %", f"{name}: share target of {measure}")

        # meetings and written reports, as the Uppföljning paragraph says
        by = {r["Mått"]: r for r in mine_rows}
        # in words, in the sentence of what is on file: "För 2023 finns ett
        # dialogmöte och ingen skriftlig rapport i underlaget."
        held = by.get("Uppföljningsmöten hållna")
        if held is not None:
            w = cr.neuter(int(held["Värde"]))
            # none where the agreement counts none is not said beside
            # the reports (review s27, Norrvik 2024)
            # after a part year's "För 1 september–31 december 2024
            # krävs …": "I underlaget finns …" (review s28)
            on = rf"(?:För {year}|I underlaget) finns "
            expect(re.search(on + rf"[^.]*\b{w} ", text) or
                   (int(held["Värde"]) == 0 and re.search(on, text) and
                    not re.search(on + r"[^.]*\bmöten? ", text)),
                   f"{name}: meetings held {held['Värde']} ({w}) not in the PDF's text")
        for r in mine_rows:
            m = re.fullmatch(r"Möten \((.*)\) hållna", r["Mått"])
            if m and r["Värde"] != "":
                # "För 2024 finns inget driftmöte, ett styrgruppsmöte och …"
                v = int(r["Värde"])
                noun, neuter = cr.meeting_noun(m.group(1), max(v, 1))
                got = cr.words(v, neuter) if v else ("inget" if neuter else "ingen")
                if noun is None:
                    noun = f"{'möte' if v <= 1 else 'möten'} ({m.group(1)})"
                expect(re.search(rf"(?:För {year}|I underlaget) finns ", text) is not None,
                       f"{name}: no sentence of what is on file")
                # none of a kind a part year does not require is not
                # listed as missing (review s28)
                need = by.get(f"Möten ({m.group(1)}) som krävs")
                if v == 0 and need is not None and need["Värde"] == "0":
                    continue
                in_pdf(text, f"{got} {noun}", name)
        if "Skriftliga rapporter lämnade" in by:
            done = int(by["Skriftliga rapporter lämnade"]["Värde"])
            req = int(by["Skriftliga rapporter som krävs"]["Värde"])
            common = ["ingen", "en"] + cr.NEUTER_WORDS[2:]
            # a part year's count: in parentheses after the yearly one
            said = f"{common[req] if req <= 12 else req} " \
                f"{'skriftlig rapport' if req == 1 else 'skriftliga rapporter'}"
            # none required in a part year, none on file: not said (review s28)
            if req == 0 and done == 0:
                continue
            expect(cr.norm(said) in text or cr.norm(f"({common[req]} för ") in text,
                   f"{name}: {said!r} not in the PDF's text")
            # what is on file first, what is not after "men": the
            # reports' count anywhere before "i underlaget", or after it
            # in a part year ("I underlaget finns ingen skriftlig rapport.")
            have = f"{common[done] if done <= 12 else done} " \
                f"{'skriftliga rapporter' if done > 1 else 'skriftlig rapport'}"
            expect(re.search(re.escape(cr.norm(have)) + r"[^.]* i underlaget", text) is not None or
                   re.search(r"I underlaget finns [^.]*" + re.escape(cr.norm(have)), text)
                   is not None,
                   f"{name}: {have + ' … i underlaget'!r} not in the PDF's text")

    # the summary's sums
    for label, kind in (("Kommunens finansiering", "kommun"),
                        ("Idéburna organisationers insatser", "ideburen")):
        r = summary.get(label)
        expect(r is not None, f"no summary row {label}")
        if r is None:
            continue
        if sums[kind]:
            expect(r["Värde"] == str(sum(sums[kind])), f"{label} {r['Värde']} != {sum(sums[kind])}")
            in_pdf(text, f"{label} {cr.money(sum(sums[kind]))}", "summary")
        else:
            expect(r["Värde"] == "", f"{label}: no figure, but {r['Värde']!r}")
            in_pdf(text, f"{label} {r['Anmärkning']}", "summary")
    fu_row = summary.get("Uppföljningar för året")
    expect(fu_row is not None, "no summary row Uppföljningar för året")
    if fu_row is not None:
        # none in words, as the other rows say theirs ("inget bedömt"),
        # never a bare 0 (review s21); the CSV keeps the figure
        in_pdf(text, f"Uppföljningar för året {'inga' if fu_row['Värde'] == '0' else fu_row['Värde']}",
               "summary")

    for p in problems:
        print(f"check_csv: {path}: {p}")
    print(f"check_csv: {namnd} {year}: {checked - len(problems)} of {checked} checks held, "
          f"{len(rows)} rows; {'ok' if not problems else 'FAIL'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
