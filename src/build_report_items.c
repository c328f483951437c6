/*
 * The Ekonomi table's remark as a short list of the row's parts, one a
 * line: "Verksamhetsbidrag, räknas per dag: 364 182 kr (2026/27, 181 av
 * 365 dagar av 734 400 kr)", "Bidrag till lokalhyra, Norrby centrum:
 * 87 394 kr (augusti)", "Samordnare, 60 % av heltid: 389 416 kr (6 ×
 * 32 130 kr + 6 × 32 772,60 kr)".  What holds for the whole table (the
 * uprating's basis, the rounding, the rule for money paid on its days)
 * is said once under it (review s26: the cells were calculation dumps
 * of six to nine lines).  The parts are built from the year's figures
 * (calc_party_year) and must add up to the row's amount exactly (review
 * s28: no "1 kr mer" note): when they do not, the row keeps its
 * sentences.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "format.h"
#include "mem.h"
#include "model.h"

#define MAX_ITEMS	16

struct item {
	const char	*name;
	long long	 kr;
	bool		 has_kr;	/* false: a line without a figure */
	const char	*basis;		/* the few words in brackets, or NULL */
	const char	*text;		/* !has_kr: the line after the name */
	bool		 share;		/* a share by days, its figures said */
};

struct items {
	struct item	 it[MAX_ITEMS];
	size_t		 n;
	bool		 full;
};

static void
add(struct items *v, const char *name, long long kr, const char *basis)
{
	if (v->n == MAX_ITEMS) {
		v->full = true;
		return;
	}
	v->it[v->n].name = name;
	v->it[v->n].kr = kr;
	v->it[v->n].has_kr = true;
	v->it[v->n].basis = basis;
	v->it[v->n].text = NULL;
	v->it[v->n].share = false;
	v->n++;
}

/* "augusti", "januari och juli" */
static const char *
months_words(struct rep *r, unsigned months)
{
	struct buf b = { NULL, 0, 0 };
	int m, n = __builtin_popcount(months), k = 0;
	const char *s;

	for (m = 1; m <= 12; m++)
		if (months & 1u << m)
			buf_printf(&b, "%s%s", k++ == 0 ? "" : k == n ? " och " : ", ", month_name(m));
	s = arena_strdup(r->bd.a, b.data != NULL ? b.data : "");
	buf_free(&b);
	return s;
}

static bool
in_base(const struct agreement *ag, const struct budget *b, int base_year)
{
	if (b->per == PER_MONTH && b->year == 0)
		return true;
	return (b->year != 0 ? b->year : calc_agreement_year(ag, ag->from)) == base_year;
}

/* Whether budget b of party p is one of the year's base budgets (either
 * part's, with agreement years). */
static bool
of_year(const struct agreement *ag, const struct budget *b, const struct party *p,
    const struct year_amount *ya)
{
	size_t k;

	if (b->party != p || b->type != BUDGET_CONTRIBUTION)
		return false;
	for (k = 0; k < ya->nparts; k++)
		if (in_base(ag, b, ya->part[k].base_year))
			return true;
	return false;
}

/* The one label of p's valued lines of the year that match: yearly
 * lines counted by days (paid false, monthly false), lines paid on their
 * days (paid), monthly lines (monthly); NULL when none or several
 * labels. */
static const char *
one_label(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, bool paid, bool monthly)
{
	const struct budget *b;
	const struct budget_line *l;
	const char *one = NULL, *label, *how;

	for (b = ag->budgets; b != NULL; b = b->next) {
		if (!of_year(ag, b, p, ya) || (b->per == PER_MONTH) != monthly)
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			if ((!l->econ.has_amount && !l->econ.has_estimate) || l->econ.not_valued)
				continue;
			if (!monthly && (calc_line_pay_months(ag, b, l) != 0) != paid)
				continue;
			label = rich_plain(r->bd.a, &l->label);
			if (label == NULL || *label == '\0')
				return NULL;
			/* the name alone: the brackets say how it is counted */
			label = report_item_name(r, label, &how);
			if (one != NULL && strcmp(one, label) != 0)
				return NULL;
			one = label;
		}
	}
	return one;
}

/* Whether part p prints its kronor and the agreement year's amount they
 * are its days' share of (build_report_adjust.c's part_figures). */
static bool
share_of(const struct year_part *p, long n, long long *whole)
{
	return p->rest_of == 0 && p->year_known && p->by_days_kr > 0 &&
	    money_round(p->year_value, whole) && *whole > p->by_days_kr &&
	    llabs((*whole * n * 2 + p->days) / (2 * p->days) - p->by_days_kr) <= 1;
}

/* The yearly lines of a whole year taken as budgeted, each with its
 * amount: "Gästnätter …: 384 300 kr (uppskattat, 450 kr/natt; högst
 * 439 200 kr)"; false when a line has no figure. */
static bool
yearly_lines(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, struct items *v)
{
	const struct budget *b;
	const struct budget_line *l;

	for (b = ag->budgets; b != NULL; b = b->next) {
		if (!of_year(ag, b, p, ya) || b->per == PER_MONTH)
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			const struct line_econ *e = &l->econ;
			const char *label = rich_plain(r->bd.a, &l->label), *basis = NULL;
			long long kr = l->amount;

			if (e->not_valued || calc_line_pay_months(ag, b, l) != 0)
				continue;
			if (!e->has_amount && !e->has_estimate)
				return false;
			if (label == NULL || *label == '\0')
				return false;
			if (!e->has_amount)
				kr = e->estimate;
			if (e->has_unit_price)
				basis = arena_printf(r->bd.a, "%s%s%s%s%s%s",
				    e->has_amount ? "" : "uppskattat, ",
				    build_money(&r->bd, e->unit_price, false), e->unit != NULL ? "/" : "",
				    e->unit != NULL ? e->unit : "", e->has_ceiling ? "; högst " : "",
				    e->has_ceiling ? build_money(&r->bd, e->ceiling, false) : "");
			add(v, label, kr, basis);
		}
	}
	return true;
}

/* The price of p's one yearly line, when it is priced per unit:
 * "uppskattat, 450 kr/natt; högst 439 200 kr"; NULL otherwise. */
static const char *
priced(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya)
{
	const struct budget *b;
	const struct budget_line *l, *one = NULL;
	const struct line_econ *e;

	for (b = ag->budgets; b != NULL; b = b->next) {
		if (!of_year(ag, b, p, ya) || b->per == PER_MONTH)
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			if ((!l->econ.has_amount && !l->econ.has_estimate) || l->econ.not_valued ||
			    calc_line_pay_months(ag, b, l) != 0)
				continue;
			if (one != NULL)
				return NULL;
			one = l;
		}
	}
	if (one == NULL || !(e = &one->econ)->has_unit_price)
		return NULL;
	return arena_printf(r->bd.a, "%s%s%s%s%s%s", e->has_amount ? "" : "uppskattat, ",
	    build_money(&r->bd, e->unit_price, false), e->unit != NULL ? "/" : "",
	    e->unit != NULL ? e->unit : "", e->has_ceiling ? "; högst " : "",
	    e->has_ceiling ? build_money(&r->bd, e->ceiling, false) : "");
}

/* The year's money counted by days, each agreement year's part a line. */
static bool
day_items(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, const char *in_kind, struct items *v)
{
	const char *name = in_kind != NULL ? in_kind : one_label(r, ag, p, ya, false, false);
	bool years = calc_agreement_years(ag);
	size_t i;

	if (name == NULL)
		name = "Belopp efter dagar";
	/* a flat yearly value over two agreement years of as many days:
	 * one whole year */
	if (ya->nparts == 2 && ya->whole_year > 0) {
		add(v, name, ya->whole_year, "helt år");
		v->it[v->n - 1].share = true;
		return true;
	}
	for (i = 0; i < ya->nparts; i++) {
		const struct year_part *q = &ya->part[i];
		bool counted_only = q->prorated && !q->whole;
		long n = counted_only ? q->counted_last - q->counted_first + 1 : q->last - q->first + 1;
		const char *ay = years ? report_budget_year(r, ag, q->agreement_year) : NULL;
		long long whole;

		if (q->by_days_kr == 0 && q->rest_of == 0)
			continue;
		if (q->rest_of != 0) {
			add(v, name, q->by_days_kr, arena_printf(r->bd.a, "resten av %s: %s, varav "
			    "%s räknades %d", ay != NULL ? ay : "året",
			    build_money(&r->bd, q->rest_of, false),
			    build_money(&r->bd, q->rest_of - q->by_days_kr, false), ya->from.y - 1));
			v->it[v->n - 1].share = true;
			continue;
		}
		if (n == q->days) {	/* the whole (agreement) year */
			add(v, name, q->by_days_kr, ay != NULL && ya->nparts > 1 ? ay :
			    in_kind == NULL ? priced(r, ag, p, ya) : NULL);
			continue;
		}
		if (share_of(q, n, &whole)) {
			add(v, name, q->by_days_kr, arena_printf(r->bd.a, "%s%s%ld av %ld dagar av %s",
			    ay != NULL ? ay : "", ay != NULL ? ", " : "", n, q->days,
			    build_money(&r->bd, whole, false)));
			v->it[v->n - 1].share = true;
			continue;
		}
		/* a whole year's budget for part of the year, not by days */
		if (q->whole && !q->prorated && ya->annual_for_part && !ya->adjusted) {
			add(v, name, q->by_days_kr, in_kind == NULL ? priced(r, ag, p, ya) : NULL);
			continue;
		}
		return false;
	}
	return true;
}

/* The monthly money: "Samordnare, 60 % av heltid: 389 416 kr (6 ×
 * 32 130 kr + 6 × 32 772,60 kr)", "… 147 339 kr (21 339 kr för 11–31
 * augusti + 4 × 31 500 kr för september–december)". */
static bool
month_item(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, struct items *v)
{
	struct buf b = { NULL, 0, 0 };
	const char *name = one_label(r, ag, p, ya, false, true);
	long long kr;
	size_t i, k;
	bool ok = true;

	if (!money_round(ya->not_by_days - ya->paid_counted, &kr))
		return false;
	if (name == NULL)
		name = "Månadsbelopp";
	for (i = 0; i < ya->nmonth && ok; i++) {
		const struct year_month *m = &ya->month[i];
		bool runs = !m->steps_mixed && m->nstep > 0;

		for (k = 0; runs && k < m->nstep; k++)
			runs = m->step[k].months == (double)m->step[k].n;
		if (runs && (m->nstep > 1 || m->step[0].factor != 1)) {
			for (k = 0; k < m->nstep; k++)
				buf_printf(&b, "%s%d" NBSP "×" NBSP "%s", b.data == NULL ? "" : " + ",
				    m->step[k].n, report_money_ore(r, (double)m->monthly * m->step[k].factor));
			continue;
		}
		if (ya->adjusted && m->nstep != 1) {
			ok = false;
			continue;
		}
		if (m->months == (double)m->n) {
			buf_printf(&b, "%s%d" NBSP "×" NBSP "%s", b.data == NULL ? "" : " + ", m->n,
			    report_money_ore(r, (double)m->monthly * (m->nstep == 1 ? m->step[0].factor : 1)));
			continue;
		}
		/* a part month by its days, in whole months and days, never
		 * "i knappt 4,7 månader" (review s28): "21 339 kr för 11–31
		 * augusti + 4 × 31 500 kr för september–december" */
		{
			double rate = (double)m->monthly * (m->nstep == 1 ? m->step[0].factor : 1);
			struct month_split sp;

			buf_adds(&b, b.data == NULL ? "" : " + ");
			if (report_month_split(ag, ya->from.y, m, &sp))
				report_month_split_words(r, &b, &sp, rate, " + ");
			else
				buf_printf(&b, "%s per månad för %s%s%s, räknat efter dagar",
				    report_money_ore(r, rate), month_name(m->first),
				    m->last != m->first ? "–" : "",
				    m->last != m->first ? month_name(m->last) : "");
		}
	}
	if (ok)
		add(v, name, kr, arena_strdup(r->bd.a, b.data != NULL ? b.data : ""));
	buf_free(&b);
	return ok;
}

/* The money paid on its days: "… : 87 394 kr (augusti)"; none of it this
 * year, a line saying why. */
static void
paid_item(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, struct items *v)
{
	const char *name = one_label(r, ag, p, ya, true, false);
	struct date jan1 = { ya->from.y, 1, 1 }, dec31 = { ya->from.y, 12, 31 };
	long long kr;
	int lo = 1, hi = 12;

	if (ya->paid_months != 0 && money_round(ya->paid_counted, &kr)) {
		add(v, name != NULL ? name : "Utbetalning", kr, months_words(r, ya->paid_months));
		return;
	}
	if (v->n == MAX_ITEMS) {
		v->full = true;
		return;
	}
	while (lo < 12 && !(ya->pay_months & 1u << lo))
		lo++;
	while (hi > 1 && !(ya->pay_months & 1u << hi))
		hi--;
	v->it[v->n].name = name != NULL ? name : arena_printf(r->bd.a, "Det som betalas ut i %s",
	    months_words(r, ya->pay_months));
	v->it[v->n].has_kr = false;
	v->it[v->n].share = false;
	v->it[v->n].basis = NULL;
	if (date_compare(ya->to, dec31) < 0 && lo > ya->to.m)
		v->it[v->n].text = arena_printf(r->bd.a, "ingår inte (betalas ut i %s, efter att "
		    "överenskommelsen slutat)", months_words(r, ya->pay_months));
	else if (date_compare(ya->from, jan1) > 0 && hi < ya->from.m)
		v->it[v->n].text = arena_printf(r->bd.a, "ingår inte (betalas ut i %s, innan "
		    "överenskommelsen börjar)", months_words(r, ya->pay_months));
	else
		v->it[v->n].text = arena_printf(r->bd.a, "ingår inte (betalas inte ut %d)",
		    ya->from.y);
	v->n++;
}

bool
report_econ_items(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, const char *in_kind, struct buf *cell)
{
	struct items v;
	long long sum = 0;
	size_t i, nkr = 0;
	bool by_days = false, basis = false, share = false;

	memset(&v, 0, sizeof(v));
	if (!ya->valued || ya->index_missing)
		return false;
	for (i = 0; i < ya->nparts; i++)
		by_days |= ya->part[i].by_days_kr != 0 || ya->part[i].rest_of != 0;
	/* a year's budget taken as written, whole or for part of the
	 * year, beside other money: each yearly line with its amount (the
	 * budget alone is the Budgetposter table's) */
	if (by_days && !ya->adjusted && ya->nparts == 1 && in_kind == NULL &&
	    (ya->nmonth > 0 || ya->paid_base != 0) &&
	    (!ya->partial || (ya->part[0].whole && !ya->part[0].prorated && ya->annual_for_part))) {
		if (!yearly_lines(r, ag, p, ya, &v))
			return false;
	} else if (by_days && !day_items(r, ag, p, ya, in_kind, &v))
		return false;
	if (ya->paid_base != 0)
		paid_item(r, ag, p, ya, &v);
	if (ya->nmonth > 0 && !month_item(r, ag, p, ya, &v))
		return false;
	if (v.full || v.n == 0)
		return false;
	for (i = 0; i < v.n; i++) {
		if (!v.it[i].has_kr)
			continue;
		sum += v.it[i].kr;
		nkr++;
		basis |= v.it[i].basis != NULL && v.it[i].basis[0] != '\0';
	}
	/* the lines add up to the row exactly (review s28): calc counts the
	 * year as the sum of these whole kronor */
	if (sum != ya->amount)
		return false;
	/* one part and nothing to say of it: the row's own words */
	/* one part and nothing to work out in it (a budget paid in
	 * January and July), or a budget's lines as written with nothing
	 * counted by days or months: the row's own words */
	for (i = 0; i < v.n; i++)
		share |= v.it[i].share;
	if ((v.n == 1 && (!basis || !v.it[0].share)) || (!share && ya->nmonth == 0))
		return false;
	for (i = 0; i < v.n; i++) {
		const struct item *t = &v.it[i];

		if (cell->len > 0)
			buf_adds(cell, LINE_SEP);
		if (!t->has_kr) {
			buf_printf(cell, "%s: %s", t->name, t->text);
			continue;
		}
		buf_printf(cell, "%s: %s", t->name, build_money(&r->bd, t->kr, false));
		if (t->basis != NULL && t->basis[0] != '\0')
			buf_printf(cell, " (%s)", t->basis);
	}
	return true;
}

void
report_econ_under(struct rep *r, struct buf *note, const char *s)
{
	if (r->econ_under == NULL) {
		buf_adds(note, s);
		return;
	}
	if (r->econ_under->data != NULL && strstr(r->econ_under->data, s) != NULL)
		return;
	buf_adds(r->econ_under, s);
}
