#!/usr/bin/env python3
"""Golden check of one rendered agreement: everything the XML says must be
in the text extracted from the PDF.

usage: check_pdf.py INPUT.xml OUTPUT.pdf

Reads the XML independently of iopdoc (xml.etree), computes the figures
iopdoc must print (line amounts, budget totals, party totals, shares) and
checks, in the text `pdftotext -raw` extracts (content order, with the
default template's header and footer lines taken off each page), that
every heading, paragraph, list item, address line, reference, budget line,
amount, total, share, party, organisationsnummer and signatory is there,
and the decisions, version, version history, annex list and the
attached annexes' headings and content.
Prints one line per problem and a summary; exit 0 when all are found.
"""
import copy
import os
import datetime
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import columns  # noqa: E402  (budgets with several money columns)
import typofold  # noqa: E402  (quotes, dashes, no-break spaces: src/typo.c)

NBSP = "\u00a0"



def norm(s, keep_shy=False):
    s = unicodedata.normalize("NFC", s).replace(NBSP, " ").replace("\u202f", " ")
    # A word iopdoc hyphenated ends its line in a soft hyphen (U+00AD):
    # "sam\u00ad" / "verkan" is the one word "samverkan".
    if not keep_shy:
        s = re.sub("\u00ad\\s*", "", s)
    s = re.sub(r"\s+", " ", s).strip()
    # A line may break after a hyphen: "IOP-" / "överenskommelse"; the
    # typographic pass's quotes, dashes and spaces fold back
    return typofold.fold(typofold.join_addresses(s.replace("- ", "-")))


def text_of(el):
    return norm("".join(el.itertext())) if el is not None else ""


def money(v, unit="kr"):
    return "{:,}".format(v).replace(",", " ") + " " + unit


def share(part, total):
    return (200 * part // total + 1) // 2 if total > 0 else 0


def shares(parts, total):
    """Whole percents that add up to 100 when the parts are the whole:
    rounded down, then one more each to the largest remainders (the
    first of equal ones); else each rounded half up."""
    if total <= 0 or sum(parts) != total:
        return [share(p, total) for p in parts]
    out = [100 * p // total for p in parts]
    for _ in range(100 - sum(out)):
        rem = [100 * p - o * total for p, o in zip(parts, out)]
        best = max(range(len(parts)), key=lambda i: (rem[i], -i))
        if rem[best] <= 0:
            break
        out[best] += 1
    return out


MONTHS = ("januari februari mars april maj juni juli augusti september oktober "
          "november december").split()


def printed_date(el, default_form):
    """A printed date as the default template prints it: written in words,
    as written; written ISO, in its form attribute's form, else the
    template's (agreements words, follow-ups iso)."""
    t = text_of(el)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if not m:
        return t
    if el.get("form", default_form) == "iso":
        return t
    return f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"


def agreement_of(path, fu):
    """The agreement a follow-up refers to, from the follow-up's folder or input/."""
    import glob, os
    for folder in (os.path.dirname(path) or ".", "input"):
        for f in sorted(glob.glob(os.path.join(folder, "*.xml"))):
            root = ET.parse(f).getroot()
            if root.tag == "agreement" and root.get("id") == fu.get("agreement"):
                return root
    raise SystemExit(f"check_pdf: no agreement {fu.get('agreement')} for {path}")


def decorations(doc, path):
    """Header and footer texts of the default template: effort (or title),
    diarienummer; the document's own title (an agreement's without its
    effort, which the header has), "Sida N av M"."""
    if doc.tag == "followup":
        ag = agreement_of(path, doc)
        effort = text_of(ag.find("effort")) or text_of(ag.find("title"))
        return effort, text_of(ag.find("diarienummer")), text_of(doc.find("title"))
    title, effort = text_of(doc.find("title")), text_of(doc.find("effort"))
    return effort or title, text_of(doc.find("diarienummer")), title


def extract(pdf, ag, path):
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"],
                         capture_output=True, check=True).stdout.decode("utf-8")
    head, diarie, doctitle = decorations(ag, path)
    pages = out.split("\f")
    npages = len(pages) - 1 if pages[-1].strip() == "" else len(pages)
    kept = []
    for i, page in enumerate(pages[:npages]):
        # (a soft hyphen kept until the pages are joined: its word may
        # go on on the next page, after this page's decorations)
        p = norm(page, keep_shy=True)
        # Decorations are drawn last: header left, right, footer left, right.
        # A page without them (a title page) keeps its last line, also
        # when it ends with the header's words (a decision whose dnr is
        # the diarienummer): the header's right part is taken off only
        # with its left part before it.  A footer too long for its line
        # is cut and ends "…": any cut of the title is taken off too.
        for s in reversed([head, diarie, doctitle, f"Sida {i + 1} av {npages}"]):
            s = norm(s)
            if not s:
                continue
            if s == norm(diarie) and not p[: -len(s)].rstrip().endswith(norm(head)):
                continue
            if p.endswith(s):
                p = p[: -len(s)].rstrip()
            elif s == norm(doctitle) and p.endswith("…"):
                for n in range(len(s) - 1, 0, -1):
                    cut = s[:n].rstrip() + "…"
                    if p.endswith(cut):
                        p = p[: -len(cut)].rstrip()
                        break
        kept.append(p)
    return norm(" ".join(kept)), npages


def expected(ag):
    """Printed texts: the title block from the head, and the whole body."""
    want = []
    for tag in ("title", "subtitle", "effort", "diarienummer", "handlaggare", "unit", "date"):
        # a follow-up's title prints as its kind line and its subject
        # (build_followup.c followup_head_text): check_followup_head.py
        if tag == "title" and ag.tag == "followup":
            continue
        if ag.find(tag) is not None and tag != "date":
            want.append((tag, text_of(ag.find(tag))))
    if ag.find("date") is not None:
        want.append(("date", printed_date(ag.find("date"),
                                          "words" if ag.tag == "agreement" else "iso")))
    # a follow-up's authors: followup_head(), as its record head prints them
    if ag.find("author") is not None and ag.tag != "followup":
        for tag in ("name", "title"):
            if ag.find("author").find(tag) is not None:
                want.append(("author " + tag, text_of(ag.find("author").find(tag))))
    for party in ag.iter("party"):
        want.append(("party", text_of(party.find("name"))))
        if party.find("orgnr") is not None:
            want.append(("orgnr", text_of(party.find("orgnr"))))
    # the title block's party and actor lines: name, legal form, acting chain
    for org in list(ag.iter("party")) + list(ag.iter("actor")):
        line = text_of(org.find("name"))
        short = org.find("short")
        if short is not None and short.get("print", "auto") != "no" and (
                short.get("print") == "yes" or not line.startswith(text_of(short))):
            line += f" ({text_of(short)})"
        for part in [org.find("legal-form")] + org.findall("acting"):
            if part is not None:
                line += (", " if part.tag == "legal-form"
                         else f", {norm(part.get('as', 'genom'))} ") + text_of(part)
        want.append((org.tag + " line", line))
        if org.tag == "actor":
            want.append(("actor role", f"({norm(org.get('role'))})"))
    approval = ag.find("approval")
    if approval is not None:
        line = f"Godkänd av {text_of(approval.find('body'))} {printed_date(approval.find('date'), 'iso')}"
        if approval.find("paragraph") is not None:
            line += ", " + text_of(approval.find("paragraph"))
        want.append(("approval", line))
    body = ag.find("text")
    in_budget = {id(l) for b in body.iter() if b.tag in ("budget", "financing")
                 for l in b.iter("line")}
    # a budget's own <description> is data (a summary's row text), not printed
    in_budget |= {id(d) for b in body.iter() if b.tag in ("budget", "financing")
                  for d in b.findall("description")}
    for el in body.iter():
        tag = el.tag
        if tag in ("line", "description") and id(el) in in_budget:
            continue        # its label and quantity are checked on their own
        if tag in ("p", "heading", "line", "item", "label", "quantity", "caption", "for",
                   "name", "title", "organisation", "place", "description"):
            # list items: their own inline text, without nested blocks
            if tag == "item":
                parts = [el.text or ""]
                for c in el:
                    if c.tag in ("em", "strong"):
                        parts.append("".join(c.itertext()))
                    parts.append(c.tail or "")
                t = norm("".join(parts))
            else:
                t = text_of(el)
            if t:
                want.append((tag, t))
        elif tag == "signatory" and el.find("date") is not None:
            want.append(("signing date", printed_date(
                el.find("date"), "words" if ag.tag == "agreement" else "iso")))
        elif tag == "reference":
            want.append(("reference", norm(f"{el.get('label')}: {text_of(el)}")))
    # headings carry their number
    for sec in ag.iter("section"):
        if sec.get("number"):
            want.append(("numbered heading", norm(f"{sec.get('number')} {text_of(sec.find('heading'))}")))
    return want


FOLLOWUP_KIND_WORDS = {"partssamtal": "Partssamtal", "dialogmote": "Dialogmöte",
                       "styrgrupp": "Styrgruppsmöte", "verksamhetsrapport": "Verksamhetsrapport"}
# the record head's name of the kind (build_followup.c's record_names)
RECORD_WORDS = {"partssamtal": "Partssamtal", "dialogmote": "Minnesanteckningar från dialogmöte",
                "styrgrupp": "Minnesanteckningar från styrgruppsmöte",
                "verksamhetsrapport": "Verksamhetsrapport"}


def title_after_name(title):
    """A title as the record head prints it after a name and a comma: its
    first letter in lower case when its first word is a plain word
    ("utvecklingsledare, socialförvaltningen"), as written when that word
    has another capital, a digit or a hyphen ("IT-chef")."""
    first = re.split(r"[ ,]", title, maxsplit=1)[0]
    if len(first) < 2 or not first[0].isupper() or re.search(r"[A-ZÅÄÖ0-9-]", first[1:]):
        return title
    return title[0].lower() + title[1:]


def followup_head(fu):
    """A follow-up's record head and title block as printed: "Upprättad
    av: name, title" for every author, the place, the report period, the
    kind as written (kind-text) or the record's name, "Avser:" before
    the agreement, and every participant in
    the participants table."""
    want = []
    if fu.tag != "followup":
        return want
    # one "Upprättad av:" before the first author, the others after "; ";
    # a dialogmöte's or styrgrupp's minutes that name no secretary or
    # adjuster (participant signs=) and have no <signatures> end with
    # "Antecknat av" over the authors instead
    noted = (fu.get("kind").strip() in ("dialogmote", "styrgrupp") and
             fu.find(".//signatures") is None and
             not any(p.get("signs") for p in fu.iter("participant")) and
             fu.find("author") is not None)
    if noted:
        want.append(("noted by", "Antecknat av"))
    for i, a in enumerate(fu.findall("author")):
        name = text_of(a.find("name"))
        label = ("" if noted else "Upprättad av: ") if i == 0 else "; "
        if a.find("title") is not None:
            want.append(("author and title", f"{label}{name}, "
                         f"{title_after_name(text_of(a.find('title')))}"))
        else:
            want.append(("author", f"{label}{name}"))
    if fu.find("place") is not None:
        want.append(("place", "Plats: " + text_of(fu.find("place"))))
    for p in fu.iter("participant"):
        for tag in ("name", "organisation", "role"):
            if p.find(tag) is not None:
                want.append(("participant " + tag, text_of(p.find(tag))))
    period = fu.find("period")
    if period is not None:
        want.append(("report period", f"Rapportperiod: {period.get('from').strip()} – "
                     f"{period.get('to').strip()}"))
    # (the kind line: check_followup_head.py)
    want.append(("agreement followed up", "Avser: "))
    return want


def followup_kind_word(fu):
    return norm(fu.get("kind-text") or "") or FOLLOWUP_KIND_WORDS[fu.get("kind").strip()]


def followup_props(fu):
    """Author: every author's name; Subject: the kind as written and the date."""
    props = {"Subject": f"{followup_kind_word(fu)} {text_of(fu.find('date'))}"}
    if fu.find("author") is not None:
        props["Author"] = ", ".join(text_of(a.find("name")) for a in fu.findall("author"))
    return props


def figure(line):
    """What a line adds to its budget's total: its amount, or the estimate
    of a line priced per unit; None when it has neither."""
    if line.get("valued") == "no":
        return None
    return line.get("amount") or (line.get("estimate") if line.get("unit-price") else None)


def priced(line, unit):
    """A line priced per unit prints its price per unit, its quantity, and
    its estimate and ceiling as written."""
    if line.get("unit-price") is None:
        return []
    price = money(int(line.get("unit-price")), unit)
    want = [("unit price", price + ("/" + line.get("unit") if line.get("unit") else ""))]
    if line.get("quantity"):
        want.append(("quantity", "{:,}".format(int(line.get("quantity"))).replace(",", " ")))
    if line.get("estimate") and not line.get("amount"):
        want.append(("estimate", "uppskattat " + money(int(line.get("estimate")), unit)))
    if line.get("ceiling"):
        want.append(("ceiling", "högst " + money(int(line.get("ceiling")), unit)))
    return want
def stated_total(budget, computed):
    """A budget's total row prints its stated total, else the lines' sum."""
    t = budget.find("total")
    return int(t.get("stated")) if t is not None and t.get("stated") else computed


def year_start(ag):
    """The economy's year-start (month, day); (1, 1): calendar years."""
    e = ag.find("economy")
    ys = e.get("year-start") if e is not None else None
    return (int(ys[:2]), int(ys[3:])) if ys else (1, 1)


def budget_year_span(ag, year):
    """The first and last day of budget year `year` (calendar or agreement)."""
    m, d = year_start(ag)
    first = datetime.date(year, m, d)
    return first, datetime.date(year + 1, m, d) - datetime.timedelta(days=1)


def budget_year_whole(ag, year):
    """A full year's amounts: the period covers the budget year in full, or
    the year's yearly budgets all say per="year"."""
    p = ag.find("period")
    first, last = budget_year_span(ag, year)
    if datetime.date.fromisoformat(p.get("from")) <= first and \
            last <= datetime.date.fromisoformat(p.get("to")):
        return True
    yearly = [b for b in ag.iter("budget") if b.get("year") == str(year) and b.get("per") != "month"]
    return bool(yearly) and all(b.get("per") == "year" for b in yearly)


def months_of(ag, budget, year):
    """A budget per="month" counts 12 months in a full budget year (see
    budget_year_whole), else once for each month of the (agreement) year
    the period touches (12 in a summary with no year); any other budget
    once.  (The summaries' examples do not prorate a part year's months.)"""
    if budget.get("per") != "month":
        return 1
    if year == 0 or budget_year_whole(ag, year):
        return 12
    p = ag.find("period")
    first, last = budget_year_span(ag, year)
    lo = max(first, datetime.date.fromisoformat(p.get("from")))
    hi = min(last, datetime.date.fromisoformat(p.get("to")))
    if hi < lo:
        return 0
    return (hi.year - lo.year) * 12 + hi.month - lo.month + 1


def months_note(ag, year, n):
    """The line under a summary with monthly budgets."""
    if year == 0:
        return "Belopp per månad är räknade gånger 12."
    calendar = year_start(ag) == (1, 1)
    name = f"år {year}" if calendar else f"avtalsåret {year}/{(year + 1) % 100:02d}"
    p = ag.find("period")
    first, last = budget_year_span(ag, year)
    covered = datetime.date.fromisoformat(p.get("from")) <= first and \
        last <= datetime.date.fromisoformat(p.get("to"))
    if calendar and covered or not budget_year_whole(ag, year):
        return f"Belopp per månad är räknade för {n} {'månad' if n == 1 else 'månader'} " \
               f"som överenskommelsen gäller {name}."
    if covered:
        return f"Belopp per månad är räknade för 12 månader, hela {name}."
    return f"Belopp per månad är räknade för 12 månader: beloppen för {name} är årsbelopp."


def contributions(ag):
    """Each party's contributions as budgets: every <budget> but the costs
    of the whole effort (type="costs"), and for each <financing> one budget
    per party holding that party's lines (a financing line counts as a
    budget line of its party for the financing's year)."""
    out = [b for b in ag.iter("budget") if b.get("type", "contribution") != "costs"]
    for f in ag.iter("financing"):
        by_party = {}
        for line in f.findall("line"):
            if line.get("party") not in by_party:
                b = ET.Element("budget", {k: v for k, v in f.attrib.items()
                                          if k in ("year", "per", "currency")})
                b.set("party", line.get("party"))
                by_party[line.get("party")] = b
                out.append(b)
            by_party[line.get("party")].append(line)
    return out


def money_tables(el):
    """The printed money tables of el: budgets (contributions and costs)
    and financing tables, in document order."""
    return [t for t in el.iter() if t.tag in ("budget", "financing")]


def short_names(ag):
    """Each party's (name, short name or None), by id."""
    return {p.get("id"): (text_of(p.find("name")),
                          text_of(p.find("short")) if p.find("short") is not None else None)
            for p in ag.iter("party")}


def figures(ag):
    """Amounts iopdoc must compute and print."""
    want = []
    parties = {p.get("id"): text_of(p.find("name")) for p in ag.iter("party")}
    if ag.tag != "agreement":
        return want
    # a budget with columns counts as one budget per year or party column,
    # a financing's lines as their parties' budgets
    budgets = contributions(columns.expand(copy.deepcopy(ag)))
    body_budgets = money_tables(ag.find("text"))
    for b in body_budgets:
        unit = b.get("currency", "kr")
        # the default headings of a costs budget and a financing table
        if b.tag == "financing":
            want.append(("financing heading", norm(b.get("label-heading", "Finansiär"))))
            want.append(("financing heading", norm(b.get("amount-heading", "Belopp"))))
        elif b.get("type") == "costs" and not b.get("amount-heading"):
            want.append(("costs heading", "Kostnad"))
        t = b.find("total")
        if b.tag == "financing" or b.get("type") == "costs":
            default = "Summa finansiering" if b.tag == "financing" else "Summa kostnader"
            want.append(("total label", norm(t.get("label")) if t is not None and t.get("label")
                         else default))
        if b.find("columns") is not None:
            want.extend(columns.cells(b, short_names(ag), lambda v, u=unit: money(v, u))[0])
            continue
        for line in b.iter("line"):
            if line.get("party") and line.find("label") is None:
                # a financing line without label prints its party's name
                want.append(("financing party", parties[line.get("party")]))
            if line.get("amount") is not None and (line.find("label") is not None or
                                                   line.get("party")):
                want.append(("amount", money(int(line.get("amount")), unit)))
            want.extend(priced(line, unit))
            if line.get("condition"):
                want.append(("condition", f"{text_of(line.find('label'))} – {norm(line.get('condition'))}"))
        # a line priced per unit without an amount counts with its estimate;
        # the total row prints the stated total where there is one
        total = sum(int(figure(l)) for l in b.iter("line") if figure(l))
        if b.get("per") == "month" and not b.get("amount-heading"):
            want.append(("monthly heading", "Belopp per månad"))
        if any(figure(l) for l in b.iter("line")):
            want.append(("budget total", money(stated_total(b, total), unit)))
    for s in ag.find("text").iter("budget-summary"):
        years = [int(b.get("year")) for b in budgets if b.get("year")]
        year = int(s.get("year")) if s.get("year") else (min(years) if years else 0)
        totals, valued = {}, set()
        for b in budgets:
            y = int(b.get("year")) if b.get("year") else 0
            if y in (0, year):
                totals[b.get("party")] = totals.get(b.get("party"), 0) + months_of(ag, b, year) * \
                    stated_total(b, sum(int(figure(l)) for l in b.iter("line") if figure(l)))
                valued.update(b.get("party") for l in b.iter("line") if l.get("valued") != "no")
        grand = sum(totals.values())
        whole = grand
        st = ag.find("economy/stated-total")
        if st is not None and st.get("per", "year") == "year" and st.get("of", "all") == "all" \
                and years and year == min(years):
            whole = int(st.get("amount"))
        unit = s.get("currency", "kr")
        if s.find("caption") is None:
            # the template's caption for a summary without one
            want.append(("summary caption", "Parternas bidrag"))
        pct = dict(zip(totals, shares(list(totals.values()), grand)))
        for pid, t in totals.items():
            if pid not in valued:
                want.append(("party not valued", norm(f"{parties[pid]} ej värderat")))
                continue
            want.append(("party total", norm(f"{parties[pid]} {money(t, unit)}")))
            if s.get("shares", "yes") == "yes":
                want.append(("share", norm(f"{money(t, unit)} {pct[pid]} %")))
        want.append(("summary total", money(whole, unit)))
        if any(b.get("per") == "month" and int(b.get("year") or 0) in (0, year) for b in budgets):
            n = months_of(ag, next(b for b in budgets if b.get("per") == "month"), year)
            want.append(("monthly budgets' note", months_note(ag, year, n)))
    return want


def table_texts(doc):
    """Every cell, group label and note of every <table>, as written (the
    caption is checked with the other captions).  A cell's text may wrap
    inside its cell, even within a word (an e-mail address): those are
    compared without spaces (see main)."""
    want = []
    # the text's tables and those of the attached annexes, which print
    places = [doc.find("text")] + [a for a in doc.iter("annex") if a.get("attached", "yes") == "yes"]
    for t in (t for place in places if place is not None for t in place.iter("table")):
        for el in t.iter():
            if el.tag in ("cell", "note") and text_of(el):
                want.append(("table " + el.tag, text_of(el)))
            elif el.tag == "group" and el.get("label"):
                want.append(("table group label", norm(el.get("label"))))
    return want


def annex_name(a):
    """An annex as the default template names it: "Bilaga 1. Budget"."""
    return norm(f"Bilaga {a.get('number')}. {text_of(a.find('title'))}")


def document_control(ag):
    """Decisions and version in the title block, the history table, the
    annex list and each attached annex's heading and content."""
    want = []
    if ag.tag != "agreement":
        return want
    for d in ag.findall("decision"):
        line = f"Beslut: {d.get('body')} {d.get('date')}"
        if d.get("paragraph"):
            line += f", {d.get('paragraph')}"
        if d.get("diarienummer"):
            line += f", dnr {d.get('diarienummer')}"
        if text_of(d):
            line += f", {text_of(d)}"
        want.append(("decision", line))
    v = ag.find("version")
    if v is not None:
        want.append(("version", f"Version: {v.get('number')}" +
                     (f", {v.get('date')}" if v.get("date") else "")))
    printed = [b for b in ag.iter("version-history")]
    history = ag.find("history")
    if printed and history is not None:
        want.append(("history heading", "Version Datum Ändring" +
                     (" Av" if any(c.get("by") for c in history) else "")))
        for c in history.findall("change"):
            want.append(("history row", f"{c.get('version')} {c.get('date')} {text_of(c)}"))
            if c.get("by"):
                want.append(("history by", c.get("by")))
    annexes = ag.find("annexes")
    if annexes is None:
        return want
    for al in ag.iter("annex-list"):
        want.append(("annex list", al.get("title") or "Bilagor:"))
        for a in annexes.findall("annex"):
            want.append(("annex list line", annex_name(a) +
                         ("" if a.get("attached", "yes") == "yes" else " (bifogas ej)")))
    for a in annexes.findall("annex"):
        if a.get("attached", "yes") != "yes":
            continue
        want.append(("annex heading", annex_name(a)))
        # the annex's own blocks, as expected() finds the text's
        body = ET.Element("agreement")
        text = ET.SubElement(body, "text")
        for c in list(a)[1:]:
            text.append(c)
        want += [(f"annex {a.get('number')} {what}", t) for what, t in expected(body)
                 if what not in ("party", "orgnr")]
        for b in text.iter("budget"):
            unit = b.get("currency", "kr")
            for line in b.iter("line"):
                if line.get("amount") is not None:
                    want.append(("annex amount", money(int(line.get("amount")), unit)))
            if any(figure(l) for l in b.iter("line")):
                want.append(("annex budget total", money(stated_total(
                    b, sum(int(figure(l)) for l in b.iter("line") if figure(l))), unit)))
    return want


def check_not_valued(ag, text, path, pdf):
    """Every line valued="no" prints "ej värderat" in its amount column, and
    so does the total of a budget whose lines all are (when it has a
    <total>): the PDF has at least that many.  Returns 1 when it has not."""
    if ag.tag != "agreement":
        return 0
    n = 0
    dashes = 0
    for b in money_tables(ag.find("text")):
        lines = list(b.iter("line"))
        if b.find("columns") is not None:
            _, d, u = columns.cells(b, short_names(ag), money)
            n += u
            dashes += d
            continue
        n += sum(1 for l in lines if l.get("valued") == "no")
        if b.find("total") is not None and all(l.get("valued") == "no" for l in lines):
            n += 1
    found = text.count("ej värderat")
    if found < n:
        print(f"check_pdf: {path}: \"ej värderat\" printed {found} times, expected {n}")
        return 1
    # a cell of a budget with columns that has no figure reads "–", never 0
    # (counted in the text as printed: the folded text has the en dash a
    # hyphen, typofold.py)
    printed = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                             check=True).stdout.decode("utf-8").count("–")
    if printed < dashes:
        print(f"check_pdf: {path}: \"–\" printed {printed} times, expected at least {dashes}")
        return 1
    return 0


def check_party_logos(ag, xml, pdf):
    """Each party's <logo> is a Figure of the first page with its alt text,
    under one Div, and each logo file is embedded once: as many images on
    page 1 as distinct files (the template's logo gives way to them)."""
    logos = [p.find("logo") for p in ag.iter("party") if p.find("logo") is not None]
    if not logos:
        return 0
    import json
    objs = json.loads(subprocess.run(["qpdf", "--json", pdf], capture_output=True,
                                     check=True).stdout)["qpdf"][1]
    elems = {k[4:]: v["value"] for k, v in objs.items()
             if isinstance(v, dict) and isinstance(v.get("value"), dict)}
    figures = [e for e in elems.values() if e.get("/S") == "/Figure"]
    alts = [e.get("/Alt", "")[2:] for e in figures]
    missing = 0
    for logo in logos:
        if " ".join(logo.get("alt").split()) not in alts:
            missing += 1
            print(f"check_pdf: {xml}: no Figure with the alt {logo.get('alt')!r}")
    parents = {e.get("/P") for e in figures if e.get("/Alt", "")[2:] in
               {" ".join(l.get("alt").split()) for l in logos}}
    if len(parents) != 1 or elems.get(parents.pop(), {}).get("/S") != "/Div":
        missing += 1
        print(f"check_pdf: {xml}: the party logos are not one Div of Figures")
    images = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", pdf],
                            capture_output=True, check=True).stdout.decode().splitlines()[2:]
    want = len({l.get("file") for l in logos})
    if len(images) != want:
        missing += 1
        print(f"check_pdf: {xml}: {len(images)} images on page 1, expected {want} "
              f"(one per logo file)")
    return missing


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    ag = ET.parse(sys.argv[1]).getroot()
    text, npages = extract(sys.argv[2], ag, sys.argv[1])
    missing = 0
    cells = table_texts(ag)
    squeezed = text.replace(" ", "")
    for what, s in cells:
        if norm(s) not in text and norm(s).replace(" ", "") not in squeezed:
            missing += 1
            print(f"check_pdf: {sys.argv[1]}: {what} not in the PDF: {s[:100]!r}")
    checks = expected(ag) + figures(ag) + document_control(ag) + followup_head(ag)
    # Document properties in UTF-8, as a viewer shows them.
    info = subprocess.run(["pdfinfo", "-enc", "UTF-8", sys.argv[2]], capture_output=True,
                          check=True).stdout.decode("utf-8")
    props = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    title, effort = text_of(ag.find("title")), text_of(ag.find("effort"))
    if ag.tag == "followup":
        want_props = {"Title": title}
        if ag.find("author") is not None:
            want_props["Author"] = text_of(ag.find("author").find("name"))
        want_props.update(followup_props(ag))
    else:
        want_props = {"Title": f"{title} – {effort}" if effort else title,
                      "Author": ", ".join(text_of(p.find("name")) for p in ag.iter("party"))}
    for key, value in want_props.items():
        if typofold.fold(props.get(key, "").strip()) != typofold.fold(value):
            missing += 1
            print(f"check_pdf: {sys.argv[1]}: metadata {key} is {props.get(key, '').strip()!r}, "
                  f"expected {value!r}")
    missing += check_not_valued(ag, text, sys.argv[1], sys.argv[2])
    missing += check_party_logos(ag, sys.argv[1], sys.argv[2])
    for what, s in checks:
        if norm(s) not in text:
            missing += 1
            print(f"check_pdf: {sys.argv[1]}: {what} not in the PDF: {s[:100]!r}")
    total = len(checks) + len(cells) + len(want_props)
    print(f"check_pdf: {sys.argv[1]}: {total - missing} of {total} "
          f"expected texts found on {npages} pages")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
