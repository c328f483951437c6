"""Budgets with several money columns, read from the XML on its own (for
check_pdf.py and check_report.py, never from iopdoc's code).

A <budget> with <columns> has one column per year of its party, or one per
party of its year, and perhaps a total column.  Each year or party column
is that party's contribution for that year, counted as a one-column budget
would be: expand() turns each such budget into those one-column budgets,
so the checks that add up budgets need not know of columns.  cells() says
what the printed table must show."""
import copy
import xml.etree.ElementTree as ET


def money_columns(budget):
    """The year and party columns, in the order written."""
    cols = budget.find("columns")
    return [c for c in cols.findall("column") if c.get("total") != "yes"] if cols is not None else []


def total_column(budget):
    cols = budget.find("columns")
    return next((c for c in cols.findall("column") if c.get("total") == "yes"), None) \
        if cols is not None else None


def kind_of(budget, col):
    return col.get("kind") or budget.get("kind")


def amount_in(el, col_id):
    """The figure of <amount column="col_id"> under el, or None."""
    for a in el.findall("amount"):
        if a.get("column") == col_id:
            return int(a.text.strip())
    return None


def not_valued(budget, col, line):
    """Help listed without a value in this cell: the column says so, or the
    line does and the column is not of money."""
    if col.get("valued") == "no":
        return True
    return line.get("valued") == "no" and kind_of(budget, col) != "money" and \
        amount_in(line, col.get("id")) is None


def row_sum(budget, line):
    """The line's sum over its year and party columns; None without a figure."""
    figs = [amount_in(line, c.get("id")) for c in money_columns(budget) if c.get("valued") != "no"]
    figs = [f for f in figs if f is not None]
    return sum(figs) if figs else None


def row_total(budget, line):
    t = total_column(budget)
    stated = amount_in(line, t.get("id")) if t is not None else None
    return stated if stated is not None else row_sum(budget, line)


def column_sum(budget, col):
    if col.get("total") == "yes":
        figs = [row_total(budget, l) for l in budget.findall("line")]
    else:
        figs = [amount_in(l, col.get("id")) for l in budget.findall("line")]
    figs = [f for f in figs if f is not None]
    return sum(figs) if figs else None


def expand(root):
    """Replaces, in place, each budget with <columns> by one plain budget per
    year or party column (party and year from the column or the budget),
    lines with a figure in the column as amount="…", help listed without a
    value as valued="no", the column's stated total as <total stated>."""
    for parent in list(root.iter()):
        for i, b in reversed(list(enumerate(list(parent)))):
            if b.tag != "budget" or b.find("columns") is None:
                continue
            parent.remove(b)
            for n, col in enumerate(money_columns(b)):
                d = ET.Element("budget", {k: v for k, v in b.attrib.items()})
                if col.get("year"):
                    d.set("year", col.get("year"))
                if col.get("party"):
                    d.set("party", col.get("party"))
                if col.get("kind"):
                    d.set("kind", col.get("kind"))
                if b.find("description") is not None:
                    d.append(copy.deepcopy(b.find("description")))
                if b.find("adjustment") is not None:
                    d.append(copy.deepcopy(b.find("adjustment")))
                for l in b.findall("line"):
                    attrs = {k: v for k, v in l.attrib.items() if k not in ("valued", "amount")}
                    fig = amount_in(l, col.get("id"))
                    if fig is not None and col.get("valued") != "no":
                        attrs["amount"] = str(fig)
                        if col.get("kind"):
                            attrs["kind"] = col.get("kind")
                    elif not_valued(b, col, l):
                        attrs["valued"] = "no"
                        attrs["kind"] = "in-kind"
                    else:
                        continue
                    dl = ET.SubElement(d, "line", attrs)
                    for c in l:
                        if c.tag != "amount":
                            dl.append(copy.deepcopy(c))
                t = b.find("total")
                stated = amount_in(t, col.get("id")) if t is not None else None
                if stated is not None and col.get("valued") != "no":
                    ET.SubElement(d, "total", {"stated": str(stated)})
                if d.find("line") is None and d.find("total") is None:
                    continue
                parent.insert(i + n, d)
    return root


def heading(budget, col, parties):
    """A column's heading: as written, else its year, its party's short name
    or name, or "Totalt"."""
    if col.get("heading"):
        return col.get("heading")
    if col.get("year"):
        return col.get("year")
    if col.get("party"):
        p = parties[col.get("party")]
        return p[1] or p[0]
    return "Totalt"


def cells(budget, parties, money):
    """(what, text) the printed table must show: headings, each line's
    figures and row total, each column's total (stated or summed); and the
    number of "–" and "ej värderat" cells."""
    want, dashes, unvalued = [], 0, 0
    cols = money_columns(budget) + ([total_column(budget)] if total_column(budget) is not None else [])
    for c in cols:
        want.append(("column heading", heading(budget, c, parties)))
    for l in budget.findall("line"):
        for c in cols:
            fig = amount_in(l, c.get("id"))
            if not_valued(budget, c, l):
                unvalued += 1
            elif fig is not None:
                want.append(("column amount", money(fig)))
            elif c.get("total") == "yes" and row_sum(budget, l) is not None:
                want.append(("row total", money(row_sum(budget, l))))
            else:
                dashes += 1
    t = budget.find("total")
    if t is not None or len(budget.findall("line")) > 1:
        for c in cols:
            stated = amount_in(t, c.get("id")) if t is not None else None
            if c.get("valued") == "no":
                unvalued += 1
            elif stated is not None:
                want.append(("column total", money(stated)))
            elif column_sum(budget, c) is not None:
                want.append(("column total", money(column_sum(budget, c))))
            else:
                dashes += 1
    return want, dashes, unvalued
