/* What the nämnd report says of a party's adjustment (issue 12): the base
 * and each adjustment that counted, with the steps of an index and a
 * mixed index, preliminary values, help in kind kept as written, the
 * split of the calendar year over agreement years, and proration per
 * budget. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "format.h"
#include "mem.h"
#include "model.h"

/* Days since 1970-01-01 back to a date (proleptic Gregorian). */
static struct date
date_of_days(long z)
{
	long era, doe, yoe, doy, mp;
	struct date d;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(yoe + era * 400 + (d.m <= 2));
	return d;
}

/* "2,79": a percentage with a decimal comma, as written in Swedish. */
static void
percent_text(double pct, char *out, size_t size)
{
	char *dot;

	snprintf(out, size, "%g", pct);
	if ((dot = strchr(out, '.')) != NULL)
		*dot = ',';
}

/* "2024" or, for agreement years, "2024/25" */
const char *
report_budget_year(struct rep *r, const struct agreement *ag, int year)
{
	if (!calc_agreement_years(ag))
		return arena_printf(r->bd.a, "%d", year);
	return arena_printf(r->bd.a, "%d/%02d", year, (year + 1) % 100);
}

/* "enligt 90 % OPI + 10 % KPI", "enligt OPI" */
static void
index_name(struct buf *b, const struct adjustment *a)
{
	const struct index_component *c;
	char w[32];

	if (a->components == NULL) {
		buf_printf(b, "%s", a->index);
		return;
	}
	for (c = a->components; c != NULL; c = c->next) {
		percent_text(c->weight, w, sizeof(w));
		buf_printf(b, "%s%s" NBSP "%% %s", c == a->components ? "" : " + ", w, c->index);
	}
}

void
report_adjust_words(struct buf *b, const struct adjustment *a)
{
	char pct[32];

	if (a->kind == ADJ_PERCENT) {
		percent_text(a->percent, pct, sizeof(pct));
		buf_printf(b, "med %s" NBSP "%% per år", pct);
		return;
	}
	buf_adds(b, "enligt ");
	index_name(b, a);
}

/* A date in running text in words, "1 januari 2025", as the rest of
 * the report says it (review H, Vikby 2024: "med 2,79 % från
 * 2025-01-01"). */
static void
date_words(struct date d, char *out, size_t n)
{
	snprintf(out, n, "%d %s %d", d.d, month_name(d.m), d.y);
}

/* "2022-10-01", or where the agreement's text gives another start too
 * (from-also), "2022-10-01 (överenskommelsen anger också 2022-07-01)":
 * the start taken is never given as the only one (r5 item 8). */
static void
adjust_from(struct buf *b, const struct adjustment *a, bool words)
{
	char d[32];

	/* under the Ekonomi table in words, "1 juli 2026" (review s26) */
	if (words)
		buf_printf(b, "%d %s %d", a->from.d, month_name(a->from.m), a->from.y);
	else {
		date_words(a->from, d, sizeof(d));
		buf_adds(b, d);
	}
	if (a->from_also.y != 0 && words)
		buf_printf(b, " (överenskommelsen anger också %d %s %d)", a->from_also.d,
		    month_name(a->from_also.m), a->from_also.y);
	else if (a->from_also.y != 0) {
		date_words(a->from_also, d, sizeof(d));
		buf_printf(b, " (överenskommelsen anger också %s)", d);
	}
}

/* A mixed index's step in its parts, so that the reader can work it
 * out (review s21, Vikby): " (0,9 × 2,9 % OPI + 0,1 × 1,8 % KPI)". */
static void
component_parts(struct buf *b, const struct adjustment *a, struct date d)
{
	const struct index_component *c;
	char w[32], p[32];

	if (a->components == NULL)
		return;
	for (c = a->components; c != NULL; c = c->next) {
		const struct index_value *v = adjust_value_on(a, c->index, d);

		if (v == NULL)
			return;
	}
	for (c = a->components; c != NULL; c = c->next) {
		percent_text(c->weight / 100.0, w, sizeof(w));
		percent_text(adjust_value_on(a, c->index, d)->percent, p, sizeof(p));
		buf_printf(b, "%s%s" NBSP "×" NBSP "%s" NBSP "%% %s", c == a->components ? " (" : " + ",
		    w, p, c->index);
	}
	buf_adds(b, ")");
}

/* " med 2,35 % från 2026-01-01 (0,9 × 2,5 % OPI + 0,1 × 1,0 % KPI)": a
 * mixed index's steps dated in the years first..last, each with the
 * value of each index it takes, so that a period sum's later years name
 * every index they are uprated by (review s26: Vikby 2025's 2026 uprated
 * by KPI too, the note seemed to name OPI only).  Nothing for a single
 * index or a percent: the name says it. */
void
report_adjust_later_steps(struct buf *b, const struct adjustment *a, int first, int last)
{
	const struct index_value *v;
	size_t n = 0, nsteps = 0;
	double pct;
	bool prelim;
	char p[32], d[32];

	if (a->kind == ADJ_PERCENT || a->components == NULL)
		return;
	for (v = a->values; v != NULL; v = v->next)
		nsteps += v->from.y >= first && v->from.y <= last && adjust_first_of_date(a, v) &&
		    adjust_step(a, v->from, &pct, &prelim);
	for (v = a->values; v != NULL; v = v->next) {
		if (v->from.y < first || v->from.y > last || !adjust_first_of_date(a, v) ||
		    !adjust_step(a, v->from, &pct, &prelim))
			continue;
		percent_text(pct, p, sizeof(p));
		date_words(v->from, d, sizeof(d));
		buf_printf(b, "%s%s" NBSP "%% från %s", n == 0 ? " med " : n + 1 == nsteps ? " och " :
		    ", ", p, d);
		component_parts(b, a, v->from);
		n++;
	}
}

/* ": 2,79 % från 2025-01-01, 3 % från 2026-01-01": the steps counted. */
static void
index_steps(struct buf *b, const struct year_adjust *ja)
{
	const struct adjustment *a = ja->adj;
	const struct index_value *v;
	size_t n = 0;
	double pct;
	bool prelim;
	char p[32], d[32];

	size_t nsteps = 0, first_on_start = 0;

	/* the steps counted; the adjustment's start said apart only when
	 * no step falls on it ("från 2025-01-01: 2,79 % från 2025-01-01"
	 * says the date twice) */
	for (v = a->values; v != NULL; v = v->next)
		if (adjust_first_of_date(a, v) && adjust_step_counts(a, v, ja->base_start, ja->last) &&
		    adjust_step(a, v->from, &pct, &prelim)) {
			first_on_start += nsteps == 0 && date_compare(v->from, a->from) == 0;
			nsteps++;
		}
	if (first_on_start == 0) {
		buf_adds(b, " från ");
		adjust_from(b, a, false);
	}
	for (v = a->values; v != NULL; v = v->next) {
		if (!adjust_first_of_date(a, v) || !adjust_step_counts(a, v, ja->base_start, ja->last) ||
		    !adjust_step(a, v->from, &pct, &prelim))
			continue;
		percent_text(pct, p, sizeof(p));
		date_words(v->from, d, sizeof(d));
		buf_printf(b, "%s%s" NBSP "%% från %s", n == 0 ? nsteps == 1 && first_on_start ?
		    " med " : ": " : n + 1 == nsteps ? " och " : ", ", p, d);
		component_parts(b, a, v->from);
		n++;
	}
}

bool
report_adjust_standing_preliminary(const struct year_adjust *ja, const struct index_value *v)
{
	const struct adjustment *a = ja->adj;
	const struct index_value *w;
	double pct;
	bool prelim;

	if (!v->preliminary || !adjust_step_counts(a, v, ja->base_start, ja->last) ||
	    !adjust_step(a, v->from, &pct, &prelim))
		return false;
	for (w = a->values; w != NULL; w = w->next)
		if (!w->preliminary && date_compare(w->from, v->from) == 0 &&
		    (v->index == NULL || (w->index != NULL && strcmp(w->index, v->index) == 0)))
			return false;
	return true;
}

/* "Preliminärt: OPI 2,9 % från 2025-01-01." for each preliminary value
 * a counted step rests on (no definitive one of its index and date). */
static void
preliminary(struct buf *b, const struct year_adjust *ja)
{
	const struct adjustment *a = ja->adj;
	const struct index_value *v;
	char p[32], d[32];

	for (v = a->values; v != NULL; v = v->next) {
		if (!report_adjust_standing_preliminary(ja, v))
			continue;
		percent_text(v->percent, p, sizeof(p));
		date_words(v->from, d, sizeof(d));
		buf_printf(b, "Preliminärt: %s %s" NBSP "%% från %s, beloppet ändras när det definitiva "
		    "värdet kommer. ", v->index != NULL ? v->index : a->index, p, d);
	}
}

size_t
report_adjust_period_preliminary(const struct agreement *ag, struct buf *b)
{
	const struct index_value *seen[32];
	const struct adjustment *of[32];	/* seen[k]'s */
	const struct party *p;
	struct year_amount ya;
	struct buf words = { NULL, 0, 0 };
	size_t n = 0, i, k;
	char pct[32], d[32];
	int y;

	for (p = ag->parties; p != NULL; p = p->next)
		for (y = ag->from.y; y <= ag->to.y; y++) {
			if (calc_party_year(ag, p, y, &ya) != CALC_OK)
				continue;
			for (i = 0; i < ya.nadj; i++) {
				const struct index_value *v;

				for (v = ya.adj[i].adj->values; v != NULL; v = v->next) {
					if (!report_adjust_standing_preliminary(&ya.adj[i], v))
						continue;
					for (k = 0; k < n && seen[k] != v; k++)
						;
					if (k < n || n == sizeof(seen) / sizeof(seen[0]))
						continue;
					of[n] = ya.adj[i].adj;
					seen[n++] = v;
				}
			}
		}
	for (k = 0; k < n; k++) {
		const struct index_value *v = seen[k];
		const char *index = v->index;

		percent_text(v->percent, pct, sizeof(pct));
		date_words(v->from, d, sizeof(d));
		if (index == NULL)
			index = of[k]->index;
		buf_printf(&words, "%s%s %s" NBSP "%% från %s", k == 0 ? "" : k + 1 == n ? " och " :
		    ", ", index, pct, d);
	}
	if (n > 0)
		buf_adds(b, words.data);
	buf_free(&words);
	return n;
}

/* "1 juli–31 december" */
static void
day_span(struct buf *b, long first, long last)
{
	struct date f = date_of_days(first), t = date_of_days(last);

	buf_printf(b, "%d %s–%d %s", f.d, month_name(f.m), t.d, month_name(t.m));
}

/* "Av verksamhetsåret 2024/25 räknas 181 av 365 dagar (1 januari–30
 * juni), av 2025/26 räknas 184 av 365 dagar (1 juli–31 december). "  The days
 * are those counted: where the period starts or ends inside a part,
 * prorated budgets count fewer ("122 av 365 dagar (1 september–31
 * december)"), and beside a budget counted whole both are said ("184 av
 * 365 dagar (1 juli–31 december; för belopp som följer dagarna bara de 122
 * dagar överenskommelsen gäller, 1 september–31 december)"). */
static void	paid_note(struct rep *, struct buf *, const struct agreement *,
		    const struct party *, const struct year_amount *);

/* Whether part p prints its kronor and the agreement year's amount they
 * are its days' share of, uprated, *whole (the row's figure may hold
 * other money, and its base may be a year before's, review s21): only
 * when that amount times the days gives the kronor, ±1 kr. */
static bool
part_figures(const struct year_part *p, long n, long long *whole)
{
	return p->rest_of == 0 && p->year_known && p->by_days_kr > 0 &&
	    money_round(p->year_value, whole) && *whole > p->by_days_kr &&
	    llabs((*whole * n * 2 + p->days) / (2 * p->days) - p->by_days_kr) <= 1;
}

/* Whether all of the year's amount is money counted on its payment
 * days: no part counts days, so the agreement years' days give none of
 * it (Malmö 2026: 575 000 kr, September's payment, is no 153/365 of
 * 1 150 000 kr; s31) and the paid note says what counts. */
static bool
paid_only(const struct year_amount *ya)
{
	size_t i;

	if (ya->paid_base == 0 || ya->monthly != 0 || ya->whole_year != 0)
		return false;
	for (i = 0; i < ya->nparts; i++)
		if (ya->part[i].prorated || ya->part[i].whole || ya->part[i].by_days != 0 ||
		    ya->part[i].by_days_kr != 0 || ya->part[i].rest_of != 0)
			return false;
	return true;
}

static void
year_split(struct rep *r, struct buf *b, const struct agreement *ag,
    const struct year_amount *ya)
{
	size_t i;
	bool start = true, figures = false;
	long long whole;

	if (!calc_agreement_years(ag) || paid_only(ya))
		return;
	/* a flat yearly value over both agreement years counts one year,
	 * leap day or not: said so, no days (review s22, s27: Mentorskap
	 * Norrby's 360 000 kr in 2027 is not 181/365 + 184/366 of it) */
	if (ya->nparts == 2 && ya->whole_year > 0) {
		buf_printf(b, "Av verksamhetsåren %s och %s räknas ett helt år, %s. ",
		    report_budget_year(r, ag, ya->part[0].agreement_year),
		    report_budget_year(r, ag, ya->part[1].agreement_year),
		    build_money(&r->bd, ya->whole_year, false));
		return;
	}
	/* two parts each with its kronor: "; av 2026/27 184 av 365 dagar
	 * (…), 370 218 kr av 734 400 kr", so that the row adds up from
	 * them (review s22: Ekby UBN 2026, Norrvik 2025) */
	for (i = 0; i < ya->nparts; i++) {
		const struct year_part *p = &ya->part[i];
		bool counted_only = p->prorated && !p->whole;

		figures |= part_figures(p, counted_only ? p->counted_last - p->counted_first + 1 :
		    p->last - p->first + 1, &whole);
	}
	for (i = 0; i < ya->nparts; i++) {
		const struct year_part *p = &ya->part[i];
		bool counted_only = p->prorated && !p->whole;
		long n = counted_only ? p->counted_last - p->counted_first + 1 : p->last - p->first + 1;

		/* 2027 counted 2026/27's and 2027/28's same 360 000 kr as one
		 * year's, leap day or not: 2028 counts what is left, not its
		 * days' share, and says so with the figures that give it
		 * (review s21: "182 av 366 dagar" of 360 000 kr is 179 016) */
		if (p->rest_of != 0) {
			buf_printf(b, "%sResten av verksamhetsåret %s (", start ? "" : ". ",
			    report_budget_year(r, ag, p->agreement_year));
			day_span(b, p->first, p->last);
			buf_printf(b, "): %s, ", build_money(&r->bd, p->rest_of, false));
			buf_printf(b, "varav %s räknades %d", build_money(&r->bd,
			    p->rest_of - p->by_days_kr, false), ya->from.y - 1);
			start = true;
			continue;
		}
		if (start)
			buf_printf(b, "%sAv verksamhetsåret %s räknas ", i == 0 ? "" : ". ",
			    report_budget_year(r, ag, p->agreement_year));
		else
			buf_printf(b, "%s av %s%s", figures ? ";" : ",",
			    report_budget_year(r, ag, p->agreement_year), figures ? " " : " räknas ");
		buf_printf(b, "%ld av %ld dagar (", n, p->days);
		start = false;
		day_span(b, counted_only ? p->counted_first : p->first,
		    counted_only ? p->counted_last : p->last);
		if (p->prorated && p->whole) {
			buf_printf(b, "; för belopp som följer dagarna bara de %ld dagar "
			    "överenskommelsen %s, ", p->counted_last - p->counted_first + 1,
			    report_held(r, ya->to.y));
			day_span(b, p->counted_first, p->counted_last);
		}
		buf_adds(b, ")");
		/* the share and the agreement year's amount it is taken of,
		 * uprated: "…, 372 497 kr av 749 088 kr" */
		if (part_figures(p, n, &whole))
			buf_printf(b, ", %s av %s", build_money(&r->bd, p->by_days_kr, false),
			    build_money(&r->bd, whole, false));
	}
	buf_adds(b, ". ");
}

/* The year split as a sentence ("Av verksamhetsåret 2025/26 räknas 181
 * av 365 dagar (1 januari–30 juni), av 2026/27 …."); "" when the years
 * are calendar years. */
const char *
report_adjust_year_split(struct rep *r, const struct agreement *ag, const struct year_amount *ya)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;

	year_split(r, &b, ag, ya);
	if (b.data == NULL)
		return "";
	b.data[--b.len] = '\0';	/* the space after the full stop */
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

/* Whether p's latest budget (of base_year) writes its amount as a rate,
 * per="year" or per="month" ("Från 2026 … 300 000 kronor per år"): a
 * rate holds on for the years after it. */
static bool
rate_holds(const struct agreement *ag, const struct party *p, int base_year)
{
	const struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && b->type == BUDGET_CONTRIBUTION && b->year == base_year &&
		    b->per_stated && (b->per == PER_YEAR || b->per == PER_MONTH))
			return true;
	return false;
}

bool
report_adjust_assumed(const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, int *year, int *base_year)
{
	const struct budget *b;
	const struct adjustment *a;
	size_t i;

	/* an adjustment carries the base forward by the agreement's rule,
	 * also for the party's help in kind that it leaves as written */
	if (!ya->valued || ya->nadj > 0)
		return false;
	for (a = &ag->adjustment; a != NULL && a->kind != ADJ_NONE; a = a->next)
		if (a->party_id == NULL || a->party == p)
			return false;
	/* a budget without a year holds for every year */
	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && b->year == 0)
			return false;
	for (i = ya->nparts; i-- > 0; )
		if (ya->part[i].base_year < ya->part[i].agreement_year) {
			if (rate_holds(ag, p, ya->part[i].base_year))
				return false;
			*year = ya->part[i].agreement_year;
			*base_year = ya->part[i].base_year;
			return true;
		}
	return false;
}

/* A year between an adjustment's two starts (from-also) that counts it
 * from neither: the earlier start would have raised the year's amount,
 * so the start taken is said here too, not only in the years it applies
 * (review r6: Linköping 2022, paid in July, OPI from 2022-07-01 or
 * 2022-10-01). */
static void
from_also_note(struct rep *r, struct buf *note, const struct agreement *ag,
    const struct party *p, const struct year_amount *ya)
{
	const struct adjustment *a;
	size_t i;

	/* help in kind the adjustment leaves as written: nothing to raise */
	if (!ya->valued || ya->in_kind_not_adjusted)
		return;
	for (a = &ag->adjustment; a != NULL && a->kind != ADJ_NONE; a = a->next) {
		struct date early, late;
		bool applied = false;

		if (a->from_also.y == 0 || (a->party_id != NULL && a->party != p))
			continue;
		early = date_compare(a->from, a->from_also) < 0 ? a->from : a->from_also;
		late = date_compare(a->from, a->from_also) < 0 ? a->from_also : a->from;
		if (r->year < early.y || r->year > late.y)
			continue;
		for (i = 0; i < ya->nadj; i++)
			applied |= ya->adj[i].adj == a && (ya->adj[i].adjusted || ya->adj[i].index_missing);
		if (applied)
			continue;
		{
			struct buf u = { NULL, 0, 0 };

			buf_adds(&u, "Uppräkning ");
			if (a->kind == ADJ_PERCENT) {
				char pct[32];

				percent_text(a->percent, pct, sizeof(pct));
				buf_printf(&u, "med %s" NBSP "%% per år", pct);
			} else {
				buf_adds(&u, "enligt ");
				index_name(&u, a);
			}
			buf_adds(&u, " från ");
			adjust_from(&u, a, r->econ_under != NULL);
			buf_printf(&u, "; för %d är beloppet inte uppräknat. ", r->year);
			report_econ_under(r, note, u.data);
			buf_free(&u);
		}
	}
}

/* For Att uppmärksamma, once: an uprating whose start the agreement
 * gives two ways (from-also) where the kommun's figure of the year
 * depends on which holds (review s27: Linköping SON 2022 and 2023, paid
 * in July, OPI from 2022-10-01 or 2022-07-01, said on page 2 only):
 * "överenskommelsen anger två startdatum för uppräkningen enligt OPI,
 * 2022-10-01 och 2022-07-01; rapporten räknar med 2022-10-01, och om
 * 2022-07-01 gäller blir kommunens finansiering för 2022 en annan".  The kommun's
 * year is counted from the other start too; where an index value is
 * missing either way, the figure cannot tell and it is said all the
 * same.  NULL when no such start matters. */
const char *
report_adjust_from_also_clause(struct rep *r, const struct agreement *ag)
{
	const struct adjustment *a;
	const struct party *p;
	struct buf w = { NULL, 0, 0 };
	const char *s;
	char d[32], e[32];

	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		struct year_amount ya, other;

		if (report_party_money(r, ag, p) != REP_MONEY_KOMMUN ||
		    calc_party_year(ag, p, r->year, &ya) != CALC_OK || !ya.valued)
			continue;
		for (a = &ag->adjustment; a != NULL && a->kind != ADJ_NONE; a = a->next) {
			/* the other start for a moment: the agreement is
			 * ours to read only, and put back at once */
			struct adjustment *m = (struct adjustment *)(uintptr_t)a;
			struct date keep = a->from;
			enum calc_result got;
			bool missing = false;
			size_t i;

			if (a->from_also.y == 0 || (a->party_id != NULL && a->party != p))
				continue;
			m->from = a->from_also;
			got = calc_party_year(ag, p, r->year, &other);
			m->from = keep;
			for (i = 0; i < ya.nadj; i++)
				missing |= ya.adj[i].adj == a && ya.adj[i].index_missing;
			for (i = 0; got == CALC_OK && i < other.nadj; i++)
				missing |= other.adj[i].adj == a && other.adj[i].index_missing;
			if (got != CALC_OK || (!missing && other.amount == ya.amount))
				continue;
			/* in words, as in Att uppmärksamma's other dates (review s27) */
			snprintf(d, sizeof(d), "%d %s %d", a->from.d, month_name(a->from.m), a->from.y);
			snprintf(e, sizeof(e), "%d %s %d", a->from_also.d, month_name(a->from_also.m),
			    a->from_also.y);
			buf_adds(&w, "överenskommelsen anger två startdatum för uppräkningen ");
			if (a->kind == ADJ_PERCENT) {
				char pct[32];

				percent_text(a->percent, pct, sizeof(pct));
				buf_printf(&w, "med %s" NBSP "%% per år", pct);
			} else {
				buf_adds(&w, "enligt ");
				index_name(&w, a);
			}
			buf_printf(&w, ", %s och %s; rapporten räknar med %s, och om %s gäller blir "
			    "kommunens finansiering för %d en annan", d, e, d, e, r->year);
			s = arena_strdup(r->bd.a, w.data);
			buf_free(&w);
			return s;
		}
	}
	return NULL;
}

static long long	days_base(const struct year_part *);

/* "Beräknat som 640 000 kr × 184 av 365 dagar. ",
 * with agreement years "… × 143 av 365 dagar av verksamhetsåret 2025/26
 * (11 augusti–31 december). ": the yearly amount and the days of a year
 * whose whole amount counts by days, one form for both (review r9:
 * Vallby's 322 630 kr stood without its base); false when the year
 * counts otherwise too (uprated, paid in months, monthly, two parts). */
static bool
days_product(struct rep *r, struct buf *b, const struct agreement *ag,
    const struct year_amount *ya)
{
	const struct year_part *p = &ya->part[0];

	if (ya->nparts != 1 || !ya->valued || !p->prorated || p->whole || ya->adjusted ||
	    ya->paid_base != 0 || ya->nmonth != 0 || p->prorated_base <= 0 ||
	    p->prorated_base != days_base(p))
		return false;
	buf_printf(b, "Beräknat som %s" NBSP "×" NBSP "%ld av %ld dagar", build_money(&r->bd, p->prorated_base,
	    false), p->counted_last - p->counted_first + 1, p->days);
	/* the calendar year's part is said once, under the table */
	if (calc_agreement_years(ag)) {
		buf_printf(b, " av verksamhetsåret %s (", report_budget_year(r, ag,
		    p->agreement_year));
		day_span(b, p->counted_first, p->counted_last);
		buf_adds(b, ")");
	}
	buf_adds(b, ". ");
	return true;
}

/* The uprating's basis under the table, s "Grundbeloppet för NAME är
 * …": where another party's says the same after the name, one sentence
 * names both ("Grundbeloppet för Linköpings kommun och Internationella
 * Kvinnoföreningen Linköping är 450 000 kr för 2023, …"). */
static void
under_basis(struct rep *r, struct buf *note, const struct party *p, const char *s)
{
	const char *rest = strstr(s, p->name), *at;
	size_t pos;

	if (rest == NULL || r->econ_under->data == NULL ||
	    (at = strstr(r->econ_under->data, rest + strlen(p->name))) == NULL ||
	    at == r->econ_under->data) {
		report_econ_under(r, note, s);
		return;
	}
	pos = (size_t)(at - r->econ_under->data);
	{
		struct buf b = { NULL, 0, 0 };

		buf_printf(&b, "%.*s och %s%s", (int)pos, r->econ_under->data, p->name, at);
		buf_free(r->econ_under);
		*r->econ_under = b;
	}
}

void
report_adjust_note(struct rep *r, struct buf *note, const struct agreement *ag,
    const struct party *p, const struct year_amount *ya)
{
	size_t i, n = 0;
	char pct[32];
	int year, base_year;

	if (report_adjust_assumed(ag, p, ya, &year, &base_year)) {
		const char *y = report_budget_year(r, ag, year);

		/* plainly (review s22) */
		buf_printf(note, "%s års belopp; överenskommelsen anger inget för %s. ",
		    report_budget_year(r, ag, base_year), y);
	}
	/* the row's parts a line each say the days and the payments */
	if (!r->econ_items && !days_product(r, note, ag, ya) && !r->year_split_once)
		year_split(r, note, ag, ya);
	if (!ya->valued)
		return;
	if (!r->econ_items)
		paid_note(r, note, ag, p, ya);
	/* the uprating's basis, once under the table (review s26): "Grund-
	 * beloppet för Ekby kommun är 804 000 kr för 2025/26 och
	 * månadsbeloppet 31 500 kr, uppräknat med 2 % per år från 1 juli
	 * 2026." */
	if (ya->adjusted) {
		struct buf u = { NULL, 0, 0 };
		/* under the table when the row lists its parts; else the
		 * row's own words */
		bool under = r->econ_under != NULL;
		const char *months = !under || ya->nmonth == 0 ? "" : ya->nmonth > 1 ?
		    " och månadsbeloppen" : arena_printf(r->bd.a, " och månadsbeloppet %s",
		    build_money(&r->bd, ya->month[0].monthly, false));

		if (under && ya->nparts == 2 && ya->part[0].base_year != ya->part[1].base_year)
			buf_printf(&u, "Grundbeloppen för %s är %s för %s och %s för %s%s, uppräknade ",
			    p->name, build_money(&r->bd, ya->part[0].base, false),
			    report_budget_year(r, ag, ya->part[0].base_year),
			    build_money(&r->bd, ya->part[1].base, false),
			    report_budget_year(r, ag, ya->part[1].base_year), months);
		else if (under && ya->base != 0)
			buf_printf(&u, "Grundbeloppet för %s är %s för %s%s, uppräknat ", p->name,
			    build_money(&r->bd, ya->base, false), report_budget_year(r, ag, ya->base_year),
			    months);
		else if (under && ya->nmonth == 1)
			buf_printf(&u, "Månadsbeloppet för %s är %s, uppräknat ", p->name,
			    build_money(&r->bd, ya->month[0].monthly, false));
		else if (under)
			buf_printf(&u, "Beloppen för %s räknas upp ", p->name);
		else if (ya->nparts == 2 && ya->part[0].base_year != ya->part[1].base_year)
			buf_printf(&u, "Grundbelopp %s (%s) och %s (%s), uppräknat ",
			    build_money(&r->bd, ya->part[0].base, false),
			    report_budget_year(r, ag, ya->part[0].base_year),
			    build_money(&r->bd, ya->part[1].base, false),
			    report_budget_year(r, ag, ya->part[1].base_year));
		else if (ya->base != 0)
			buf_printf(&u, "Grundbelopp %s (%s), uppräknat ",
			    build_money(&r->bd, ya->base, false), report_budget_year(r, ag, ya->base_year));
		else	/* monthly budgets only: no yearly base */
			buf_adds(&u, "Uppräknat ");
		for (i = 0; i < ya->nadj; i++) {
			const struct adjustment *a = ya->adj[i].adj;

			if (!ya->adj[i].adjusted)
				continue;
			buf_adds(&u, n++ == 0 ? "" : " och ");
			if (a->kind == ADJ_PERCENT) {
				percent_text(a->percent, pct, sizeof(pct));
				buf_printf(&u, "med %s" NBSP "%% per år från ", pct);
				adjust_from(&u, a, under);
				continue;
			}
			buf_adds(&u, "enligt ");
			index_name(&u, a);
			/* the start and the values that applied, as a mixed
			 * index states its */
			index_steps(&u, &ya->adj[i]);
		}
		buf_adds(&u, ". ");
		if (under)
			under_basis(r, note, p, u.data);
		else
			buf_adds(note, u.data);
		buf_free(&u);
	}
	for (i = 0; i < ya->nadj; i++) {
		const struct adjustment *a = ya->adj[i].adj;
		struct buf u = { NULL, 0, 0 };

		preliminary(&u, &ya->adj[i]);
		if (ya->adj[i].index_missing) {
			buf_adds(&u, "Uppräkning enligt ");
			index_name(&u, a);
			buf_adds(&u, " från ");
			adjust_from(&u, a, r->econ_under != NULL);
			buf_adds(&u, " ska göras, men indexvärden saknas i underlaget: "
			    "beloppet visas utan uppräkning. ");
		}
		if (u.data != NULL)
			report_econ_under(r, note, u.data);
		buf_free(&u);
	}
	from_also_note(r, note, ag, p, ya);
	if (ya->in_kind_not_adjusted)
		report_econ_under(r, note, "Värdet av insatser i annat än pengar räknas inte upp. ");
}

/* "365 000 kr av grundbeloppet för 2024/25 och 374 300 kr av
 * grundbeloppet för 2025/26": each agreement year's prorated part on its
 * own, since each is a different base. */
static const char *
prorated_parts(struct rep *r, const struct agreement *ag, const struct year_amount *ya)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;
	size_t i, n = 0;

	for (i = 0; i < ya->nparts; i++) {
		if (!ya->part[i].prorated)
			continue;
		buf_printf(&b, "%s%s av grundbeloppet för %s", n++ == 0 ? "" : " och ",
		    build_money(&r->bd, ya->part[i].prorated_base, false),
		    report_budget_year(r, ag, ya->part[i].agreement_year));
	}
	s = arena_printf(r->bd.a, "%s", b.data != NULL ? b.data : "");
	free(b.data);
	return s;
}

/* "i juli", "i januari och juli", "i januari, april, juli och oktober" */
static void
pay_months_words(struct buf *b, unsigned months)
{
	int m, n = __builtin_popcount(months), k = 0;

	buf_adds(b, "i ");
	for (m = 1; m <= 12; m++)
		if (months & 1u << m)
			buf_printf(b, "%s%s", k++ == 0 ? "" : k == n ? " och " : ", ", month_name(m));
}

/* When money counted on its payment days is paid, of a year none falls
 * in: "betalas ut i juli varje år, första gången juli 2022", once only
 * "betalas ut en gång, i november 2026" ("varje år" is no word for a
 * payment made once). */
static void
pay_when(struct buf *b, const struct year_amount *ya)
{
	if (!ya->pay_recurring) {
		buf_adds(b, "betalas ut en gång");
		if (ya->next_paid.y != 0)
			buf_printf(b, ", i %s %d", month_name(ya->next_paid.m), ya->next_paid.y);
		return;
	}
	buf_adds(b, "betalas ut ");
	pay_months_words(b, ya->pay_months);
	buf_adds(b, " varje år");
	if (ya->next_paid.y != 0)
		buf_printf(b, ", första gången %s %d", month_name(ya->next_paid.m), ya->next_paid.y);
}

/* Money counted on its payment days, of a year none falls in: "inget
 * utbetalt 2021 (betalas ut i juli varje år, första gången juli 2022)". */
static void
unpaid_words(struct buf *b, const struct year_amount *ya)
{
	buf_printf(b, "inget utbetalt %d (", ya->from.y);
	pay_when(b, ya);
	buf_adds(b, ")");
}

const char *
report_adjust_paid(struct arena *a, const struct year_amount *ya)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;
	size_t i;

	if (ya->paid_base == 0)
		return NULL;
	for (i = 0; i < ya->nparts; i++)
		if (ya->part[i].prorated || ya->part[i].whole)
			return NULL;
	if (ya->paid_months != 0) {
		buf_adds(&b, "betalas ut ");
		pay_months_words(&b, ya->paid_months);
	} else {
		buf_printf(&b, "inget utbetalt %d; ", ya->from.y);
		pay_when(&b, ya);
	}
	s = arena_strdup(a, b.data);
	buf_free(&b);
	return s;
}

/* The part's base besides the lines counted on payment days. */
static long long
days_base(const struct year_part *p)
{
	return p->base - p->paid_base;
}

/* How the base counts a part year, without the lines counted on their
 * payment days.  Days the agreement does not give (ya->days_assumed) are
 * the förvaltning's calculation and say so: "beloppet är beräknat efter
 * dagarna (överenskommelsen anger inte beloppet för del av år)". */
static const char *
part_rule(struct rep *r, const struct agreement *ag, const struct party *who,
    const struct year_amount *ya)
{
	const struct year_part *pp = &ya->part[0];
	const char *days = ya->days_assumed ? "är beräknat efter dagarna" :
	    arena_printf(r->bd.a, "räknas efter de dagar överenskommelsen %s",
	    report_held(r, ya->to.y));
	/* why by days: the Bilaga's rule (review s28) */
	const char *why = "";
	size_t i, nprorated = 0;
	bool all_prorated = true;

	for (i = 0; i < ya->nparts; i++) {
		if (ya->part[i].prorated)
			pp = &ya->part[i];
		nprorated += ya->part[i].prorated;
		all_prorated &= !ya->part[i].prorated ||
		    ya->part[i].prorated_base == days_base(&ya->part[i]);
	}
	if (!ya->prorated && ya->annual_for_part)
		return arena_printf(r->bd.a, "hela årsbeloppet räknas, trots att överenskommelsen bara "
		    "%s en del av året", report_held(r, ya->to.y));
	/* an estimated line is no budgeted amount (review H, Ekby SN
	 * 2025: "Beloppet är budgeten för 2025" of 488 300 kr (uppskattat)) */
	if (!ya->prorated && who != NULL && report_party_estimated(ag, who, ya))
		return arena_printf(r->bd.a, "beloppet är uppskattat efter budgeten för %d",
		    ya->base_year);
	if (!ya->prorated)
		return arena_printf(r->bd.a, "beloppet är budgeten för %d", ya->base_year);
	if (nprorated == 2 && all_prorated)
		return arena_printf(r->bd.a, "beloppet %s, i båda verksamhetsåren%s", days, why);
	if (nprorated == 2)
		return arena_printf(r->bd.a, "%s %s%s och resten som helt årsbelopp",
		    prorated_parts(r, ag, ya), days, why);
	/* one part prorated: its own base (the other part's may differ) */
	if (pp->prorated_base == days_base(pp))
		return arena_printf(r->bd.a, "beloppet %s%s", days, why);
	if (!ya->annual_for_part)
		return arena_printf(r->bd.a, "%s av grundbeloppet %s%s och resten är budgeten "
		    "för %d", build_money(&r->bd, pp->prorated_base, false), days, why,
		    pp->base_year);
	return arena_printf(r->bd.a, "%s av grundbeloppet %s%s och resten som helt årsbelopp",
	    build_money(&r->bd, pp->prorated_base, false), days, why);
}

/* "1 januari–31 oktober" (years only when they differ, "1 juli
 * 2018–30 juni 2019"); "31 oktober" alone without a first day: an
 * outcome's part of the year where no period column says it (review s26:
 * "71, t.o.m. 2019-10-31"). */
const char *
report_day_span(struct rep *r, struct date from, struct date to)
{
	if (from.y == 0)
		return arena_printf(r->bd.a, "%d %s", to.d, month_name(to.m));
	if (from.y != to.y)
		return arena_printf(r->bd.a, "%d %s %d–%d %s %d", from.d, month_name(from.m),
		    from.y, to.d, month_name(to.m), to.y);
	return arena_printf(r->bd.a, "%d %s–%d %s", from.d, month_name(from.m), to.d,
	    month_name(to.m));
}

/* "1 mars–31 december 2023": the part of the year the agreement covers,
 * as the Ekonomi remark says it ("Överenskommelsen gäller 1 mars–31
 * december 2023; beloppet är budgeten för 2023."). */
const char *
report_adjust_part_span(struct rep *r, struct date from, struct date to)
{
	return arena_printf(r->bd.a, "%d %s–%d %s %d", from.d, month_name(from.m), to.d,
	    month_name(to.m), to.y);
}

/* Money counted on its payment days, as every payment note says it: the
 * amount the year counts, uprated on its payment day, with the budget's
 * beside it when they differ, "85 680 kr (84 000 kr före uppräkning)"
 * (review r7: Norrvik 2025 said 20 000 kr and counted 20 400 kr); the
 * budget's amount when none is paid this year. */
static const char *
paid_money(struct rep *r, const struct year_amount *ya, long long base)
{
	long long counted = (long long)(ya->paid_counted + 0.5);

	if (ya->paid_months != 0 && counted != base)
		return arena_printf(r->bd.a, "%s (%s före uppräkning)",
		    build_money(&r->bd, counted, false), build_money(&r->bd, base, false));
	return build_money(&r->bd, base, false);
}

/* The end of "Överenskommelsen gäller 1 mars–31 december 2023; …" */
const char *
report_adjust_prorated(struct rep *r, const struct agreement *ag, const struct party *who,
    const struct year_amount *ya)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;
	long long paid = 0;
	bool by_days = false;
	size_t i;

	for (i = 0; i < ya->nparts; i++) {
		by_days |= ya->part[i].prorated || ya->part[i].whole;
		if (ya->part[i].paid_base != 0)
			paid = ya->part[i].paid_base;
	}
	if (ya->paid_base == 0)
		return part_rule(r, ag, who, ya);
	/* every valued budget counted on its payment days */
	if (!by_days && ya->paid_months == 0)
		unpaid_words(&b, ya);
	else if (!by_days && ya->paid_months == ya->pay_months && ya->base_year != ya->from.y)
		/* every payment in the period: the year's amount, by the
		 * Bilaga's rule (review s28: not the payment months as why) */
		buf_printf(&b, "hela årsbeloppet räknas för %d", ya->from.y);
	else if (!by_days && ya->paid_months == ya->pay_months)
		/* the year's own budget (one for this calendar year), paid in
		 * the period: no yearly amount
		 * (review I, Ekdala 2025: "räknas hela årsbeloppet för 2025"
		 * of november–december's 50 000 kr) */
		buf_adds(&b, part_rule(r, ag, who, ya));
	else if (!by_days) {
		buf_printf(&b, "beloppet räknas med bara %s ", __builtin_popcount(ya->paid_months) == 1 ?
		    "utbetalningen" : "utbetalningarna");
		pay_months_words(&b, ya->paid_months);
	} else if (!ya->prorated && !ya->annual_for_part && ya->paid_months != 0 && r->econ_items) {
		/* the rows name the money paid, with its month (review s26:
		 * said once) */
		buf_adds(&b, part_rule(r, ag, who, ya));
	} else if (!ya->prorated && !ya->annual_for_part && ya->paid_months != 0) {
		/* the year's own budget, part of it paid in a month */
		buf_printf(&b, "%s, varav %s betalas ut ", part_rule(r, ag, who, ya),
		    paid_money(r, ya, paid));
		pay_months_words(&b, ya->paid_months);
	} else {
		/* its kronor in the row when the row lists its parts */
		buf_printf(&b, "%s, utom %s som betalas ut ", part_rule(r, ag, who, ya),
		    r->econ_items ? "det" : paid_money(r, ya, paid));
		pay_months_words(&b, ya->pay_months);
		if (ya->paid_months == 0)
			buf_printf(&b, " (inget av det %d)", ya->from.y);
	}
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

/* A sentence in the remark of a year the period covers whole, on money
 * counted on its payment days, where agreement years or a part year would
 * leave the reader counting days: "20 000 kr betalas ut i september och
 * räknas det år det betalas." */
/* The budget line of p's money counted on its payment days in the
 * year's budgets, when it is one ("Bidrag till lokalhyra, Norrby
 * centrum"); NULL when none or more. */
static const char *
paid_label(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya)
{
	const struct budget *b;
	const struct budget_line *l;
	const char *one = NULL, *label;
	size_t k;

	for (b = ag->budgets; b != NULL; b = b->next) {
		bool of_year = b->year == 0;

		for (k = 0; k < ya->nparts; k++)
			of_year |= b->year == ya->part[k].base_year;
		if (b->party != p || b->per == PER_MONTH || !of_year)
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			if (!l->econ.has_amount || l->econ.not_valued ||
			    calc_line_pay_months(ag, b, l) == 0)
				continue;
			label = rich_plain(r->bd.a, &l->label);
			if (label == NULL || *label == '\0' || (one != NULL && strcmp(one, label) != 0))
				return NULL;
			one = label;
		}
	}
	return one;
}

static void
paid_note(struct rep *r, struct buf *note, const struct agreement *ag, const struct party *p,
    const struct year_amount *ya)
{
	struct date jan1 = { ya->from.y, 1, 1 }, dec31 = { ya->from.y, 12, 31 };
	bool by_days = false;
	size_t i;

	for (i = 0; i < ya->nparts; i++)
		by_days |= ya->part[i].prorated || ya->part[i].whole;
	/* a part year's rule, with the money paid on its days, is said in
	 * the row when one row has a part year; said under the table, the
	 * money paid this year beside money by days is named in the row
	 * too, with its kronor, so that the row adds up (review s25, Ekby
	 * UBN 2025: the 84 000 kr paid in August of 513 421 kr) */
	if (ya->paid_base == 0 || (ya->partial && !(by_days && ya->paid_months != 0 &&
	    r->part_year_under)) ||
	    (!calc_agreement_years(ag) && date_compare(ya->from, jan1) == 0 &&
	    date_compare(ya->to, dec31) == 0))
		return;
	if (!by_days && ya->paid_months == 0) {
		struct buf b = { NULL, 0, 0 };

		unpaid_words(&b, ya);
		buf_printf(note, "I%s. ", b.data + 1);
		buf_free(&b);
		return;
	}
	/* two agreement years' payments: each with its kronor and months,
	 * so that the row adds up from them (s31, Malmö 2027: 575 000 kr of
	 * 2026/27 in February, 586 500 kr of 2027/28 in September); the
	 * second is the row's amount less the first, both rounded once */
	if (!by_days && ya->nparts == 2 && ya->part[0].paid_months != 0 &&
	    ya->part[1].paid_months != 0 && ya->monthly == 0 &&
	    (long long)(ya->paid_counted + 0.5) == ya->amount) {
		long long first = (long long)(ya->part[0].paid_counted + 0.5);

		buf_printf(note, "%s (%s) betalas ut ", build_money(&r->bd, first, false),
		    report_budget_year(r, ag, ya->part[0].agreement_year));
		pay_months_words(note, ya->part[0].paid_months);
		buf_printf(note, " och %s (%s) ", build_money(&r->bd, ya->amount - first, false),
		    report_budget_year(r, ag, ya->part[1].agreement_year));
		pay_months_words(note, ya->part[1].paid_months);
		buf_adds(note, "; beloppen räknas det år de betalas. ");
		return;
	}
	if (!by_days) {
		buf_adds(note, "Beloppet betalas ut ");
		pay_months_words(note, ya->paid_months);
		buf_adds(note, " och räknas det år det betalas. ");
		return;
	}
	/* beside amounts by days, the money of the payments named: the
	 * year's other money may well be paid this year (Ekby UBN 2028: its
	 * grant in January) */
	{
		long long base = ya->part[ya->nparts - 1].paid_base != 0 ?
		    ya->part[ya->nparts - 1].paid_base : ya->part[0].paid_base;

		if (ya->paid_months == 0) {
			int lo = 1, hi = 12;

			while (lo < 12 && !(ya->pay_months & 1u << lo))
				lo++;
			while (hi > 1 && !(ya->pay_months & 1u << hi))
				hi--;
			/* why the year holds none of it, in words (review s21:
			 * "Ingen utbetalning av de 84 000 kr … sker 2028") */
			/* the budget's figure; the year's own would be uprated
			 * (review s26: Ekby UBN 2028, 84 000 kr is 87 394 kr
			 * at 2028's level) */
			buf_printf(note, "De %s%s som betalas ut ", build_money(&r->bd, base, false),
			    ya->adjusted ? " (före uppräkning)" : "");
			pay_months_words(note, ya->pay_months);
			if (date_compare(ya->to, dec31) < 0 && lo > ya->to.m)
				buf_printf(note, " ingår inte, eftersom överenskommelsen slutar %d %s. ",
				    ya->to.d, month_name(ya->to.m));
			else if (date_compare(ya->from, jan1) > 0 && hi < ya->from.m)
				buf_printf(note, " ingår inte, eftersom överenskommelsen börjar %d %s. ",
				    ya->from.d, month_name(ya->from.m));
			else
				buf_printf(note, " %s inte ut %d och ingår inte. ",
				    ya->from.y <= r->year ? "betalades" : "betalas", ya->from.y);
			return;
		}
		/* named by its budget line, as the Budgetposter table
		 * below lists it (review s25: which line is the 84 000 kr) */
		if (paid_label(r, ag, p, ya) != NULL)
			buf_printf(note, "%s: ", paid_label(r, ag, p, ya));
		buf_printf(note, "%s betalas ut ", paid_money(r, ya, base));
	}
	pay_months_words(note, ya->pay_months);
	buf_adds(note, " och räknas det år det betalas. ");
}

/* "Kommunens budget för 2025, 50 000 kr, betalas enligt betalningsplanen
 * ut i januari och juli, alltså först 2026. Detsamma gäller budgetarna
 * för Bruksby kommun (30 000 kr) och Region Exempelland (25 000 kr).
 * Beloppen redovisas här för 2025.": money lines of the year's budgets
 * the payment terms never pay within the period that year, counted in
 * their own year (calc_line_unpaid; review s22: Ekdala 2025 warned on
 * the console only).  Only the parties whose money it is, each with its
 * budget (review s27: "beloppen betalas ut" beside "för alla parter"
 * took in the förening's help in kind, never paid out).  A year the
 * period starts in and runs past: the money is paid the year after;
 * else the months lie outside the year's part of the period.  A
 * sentence "Beloppet för 2025 är den budget som överenskommelsen anger
 * för 2025." first when the part year's words under the table have not
 * said it (review s26: said twice).  What was paid is not in the
 * underlag: not said.  NULL when none. */
#define UNPAID_MAX	16
struct unpaid_of {
	const struct party	*p;
	long long		 kr;	/* -1: not one figure */
};

/* Party p's money lines of the year's budgets never paid in the period:
 * their budget (the party's amount when all its money is such), or -1;
 * the months they are paid in added to *months.  0: none. */
static long long
unpaid_of(struct rep *r, const struct agreement *ag, const struct party *p, unsigned *months,
    bool *all)
{
	const struct budget *b;
	const struct budget_line *l;
	long long kr = 0;
	bool any = false, figure = true;

	*all = true;
	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->party != p || b->year != r->year || b->kind == BUDGET_IN_KIND)
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			if (!calc_line_unpaid(ag, b, l)) {
				*all = false;
				continue;
			}
			any = true;
			*months |= calc_line_pay_months(ag, b, l);
			if (b->per == PER_YEAR && l->econ.has_amount)
				kr += l->amount;
			else
				figure = false;
		}
	}
	return !any ? 0 : figure ? kr : -1;
}

static void
unpaid_whose(struct rep *r, struct buf *w, const struct unpaid_of *u)
{
	if (u->kr >= 0)
		buf_printf(w, "%s (%s)", u->p->name, build_money(&r->bd, u->kr, false));
	else
		buf_adds(w, u->p->name);
}

const char *
report_adjust_unpaid_budget(struct rep *r, const struct agreement *ag)
{
	const struct party *p;
	struct buf w = { NULL, 0, 0 };
	unsigned months = 0;
	size_t nunpaid = 0, nmoney = 0, k, kommun = UNPAID_MAX, from_k;
	struct unpaid_of u[UNPAID_MAX];
	const char *s;
	/* every such party's part year said "beloppet är budgeten för 2025"
	 * under the table already (part_rule) */
	bool said = true, next_year;
	struct year_amount ya;
	struct date from = { r->year, 1, 1 }, to = { r->year, 12, 31 };

	if (date_compare(ag->from, from) > 0)
		from = ag->from;
	if (date_compare(ag->to, to) < 0)
		to = ag->to;
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		const struct budget *b;
		bool all, money = false;
		long long kr = unpaid_of(r, ag, p, &months, &all);

		for (b = ag->budgets; b != NULL; b = b->next)
			money |= b->party == p && b->year == r->year && b->kind != BUDGET_IN_KIND &&
			    b->lines != NULL;
		nmoney += money;
		if (kr == 0 || nunpaid == UNPAID_MAX)
			continue;
		said &= calc_party_year(ag, p, r->year, &ya) == CALC_OK && ya.partial &&
		    ya.valued && !ya.prorated && !ya.annual_for_part && ya.paid_base == 0 &&
		    ya.base_year == r->year;
		if (report_party_money(r, ag, p) == REP_MONEY_KOMMUN && kommun == UNPAID_MAX)
			kommun = nunpaid;
		u[nunpaid].p = p;
		u[nunpaid++].kr = kr;
	}
	if (nunpaid == 0 || months == 0)
		return NULL;
	if (!said && nunpaid == nmoney)
		buf_printf(&w, "%s för %d är den budget som överenskommelsen anger för %d. ",
		    nunpaid == 1 ? "Beloppet" : "Beloppen", r->year, r->year);
	else if (!said) {
		buf_adds(&w, "För ");
		for (k = 0; k < nunpaid; k++)
			buf_printf(&w, "%s%s", k == 0 ? "" : k + 1 == nunpaid ? " och " : ", ",
			    u[k].p->name);
		buf_printf(&w, " är beloppet för %d den budget som överenskommelsen anger för %d. ",
		    r->year, r->year);
	}
	/* the subject: the kommun's budget first, else the parties' */
	if (kommun < UNPAID_MAX) {
		buf_printf(&w, "Kommunens budget för %d", r->year);
		if (u[kommun].kr >= 0)
			buf_printf(&w, ", %s,", build_money(&r->bd, u[kommun].kr, false));
	} else if (nunpaid == 1) {
		buf_printf(&w, "Budgeten för %d för ", r->year);
		unpaid_whose(r, &w, &u[0]);
	} else {
		buf_printf(&w, "Budgetarna för %d för ", r->year);
		for (k = 0; k < nunpaid; k++) {
			buf_adds(&w, k == 0 ? "" : k + 1 == nunpaid ? " och " : ", ");
			unpaid_whose(r, &w, &u[k]);
		}
	}
	buf_adds(&w, " betalas enligt betalningsplanen ut ");
	pay_months_words(&w, months);
	/* the period starts in the year and runs past it: the plan's first
	 * payment is the year after */
	next_year = date_compare(from, (struct date){ r->year, 1, 1 }) > 0 && ag->to.y > r->year;
	if (next_year)
		buf_printf(&w, ", alltså först %d.", r->year + 1);
	else if (date_compare(from, (struct date){ r->year, 1, 1 }) == 0 &&
	    date_compare(to, (struct date){ r->year, 12, 31 }) == 0)
		buf_printf(&w, ", och %s i perioden %d.", __builtin_popcount(months) == 1 ?
		    "den månaden ligger inte" : "ingen av de månaderna ligger", r->year);
	else
		buf_printf(&w, ", och %s i %s.", __builtin_popcount(months) == 1 ?
		    "den månaden ligger inte" : "ingen av de månaderna ligger",
		    report_adjust_part_span(r, from, to));
	/* the other parties beside the kommun's */
	from_k = 0;
	if (kommun < UNPAID_MAX && nunpaid > 1) {
		buf_printf(&w, " Detsamma gäller %s för ", nunpaid == 2 ? "budgeten" : "budgetarna");
		for (k = 0; k < nunpaid; k++) {
			if (k == kommun)
				continue;
			buf_adds(&w, from_k == 0 ? "" : from_k + 2 == nunpaid ? " och " : ", ");
			unpaid_whose(r, &w, &u[k]);
			from_k++;
		}
		buf_addc(&w, '.');
	}
	/* the figure is counted all the same: said, not left to the reader
	 * (review s26, Bruksby 2025) */
	buf_printf(&w, " %s här för %d.", nunpaid == 1 ? "Beloppet redovisas" :
	    "Beloppen redovisas", r->year);
	s = arena_strdup(r->bd.a, w.data);
	buf_free(&w);
	return s;
}

/* For Att uppmärksamma, once: "kommunens budget för 2025, 50 000 kr,
 * betalas enligt betalningsplanen ut först 2026 men redovisas för 2025"
 * where the kommun's money of the year is never paid in the period
 * (report_adjust_unpaid_budget says it under the Ekonomi table; review
 * s27: Bruksby/Ekdala 2025 said 30 000 / 50 000 kr on page 1 as paid).
 * NULL when not so. */
const char *
report_adjust_unpaid_clause(struct rep *r, const struct agreement *ag)
{
	const struct party *p;
	struct buf w = { NULL, 0, 0 };
	unsigned months = 0;
	long long kr = 0;
	bool all;
	const char *s;

	for (p = report_party_next(r, ag, NULL); p != NULL && kr == 0;
	    p = report_party_next(r, ag, p))
		if (report_party_money(r, ag, p) == REP_MONEY_KOMMUN)
			kr = unpaid_of(r, ag, p, &months, &all);
	if (kr == 0 || months == 0)
		return NULL;
	buf_printf(&w, "kommunens budget för %d", r->year);
	if (kr > 0)
		buf_printf(&w, ", %s,", build_money(&r->bd, kr, false));
	if (date_compare(ag->from, (struct date){ r->year, 1, 1 }) > 0 && ag->to.y > r->year)
		buf_printf(&w, " betalas enligt betalningsplanen ut först %d", r->year + 1);
	else {
		buf_adds(&w, " betalas enligt betalningsplanen ut ");
		pay_months_words(&w, months);
		buf_adds(&w, ", utanför överenskommelsens tid det året,");
	}
	buf_printf(&w, " men redovisas för %d", r->year);
	s = arena_strdup(r->bd.a, w.data);
	buf_free(&w);
	return s;
}

/* Whether p's money of the period's last year, which ends before 31
 * December, counts whole: every payment falls before the end (Ekdala
 * 2027: January and July, the period ends 31 October), and so the
 * period counts more months' money than it has (a first part year with
 * money of its own). */
bool
report_adjust_last_paid_whole(const struct agreement *ag, const struct party *p)
{
	struct year_amount ya;
	size_t i;

	if (ag->to.m == 12 && ag->to.d == 31)
		return false;
	if (calc_party_year(ag, p, ag->to.y, &ya) != CALC_OK || !ya.valued || !ya.partial ||
	    ya.paid_base == 0 || ya.pay_months == 0 || ya.paid_months != ya.pay_months)
		return false;
	for (i = 0; i < ya.nparts; i++)
		if (ya.part[i].prorated || ya.part[i].whole)
			return false;
	/* a first part year without money: the whole years make up for
	 * it, no more months' money than the period (Linköping 2021: 0 kr,
	 * paid from 2022) */
	if ((ag->from.m != 1 || ag->from.d != 1) && (calc_party_year(ag, p, ag->from.y, &ya) !=
	    CALC_OK || !ya.valued || ya.amount == 0))
		return false;
	return true;
}

/* "För Ekdala kommun är summan för hela perioden 650 000 kr: 50 000 kr
 * för 2025 och helt årsbelopp för 2026 och 2027, trots att överenskommelsen
 * slutar 31 oktober 2027." in every year's report: the period's money
 * covers more months than the period (review s22: 26 months' money for
 * 24).  NULL when the kommun's money is not so. */
const char *
report_adjust_period_paid_whole(struct rep *r, const struct agreement *ag)
{
	const struct party *p;
	struct year_amount ya;
	struct buf w = { NULL, 0, 0 };
	long long sum;
	int y, k;
	const char *s;

	/* every year's report whose period sum holds the last year, not only
	 * the last year's (review s26: Ekdala 2026 counted 2027's whole
	 * 300 000 kr in 650 000 kr and did not say so) */
	if (ag->from.y == ag->to.y)
		return NULL;
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		if (report_party_money(r, ag, p) != REP_MONEY_KOMMUN ||
		    !report_adjust_last_paid_whole(ag, p))
			continue;
		sum = 0;
		for (y = ag->from.y; y <= ag->to.y; y++) {
			if (calc_party_year(ag, p, y, &ya) != CALC_OK || !ya.valued)
				break;
			sum += ya.amount;
		}
		if (y <= ag->to.y)
			continue;
		buf_printf(&w, "För %s är summan för hela perioden %s: ", p->name,
		    build_money(&r->bd, sum, false));
		y = ag->from.y;
		if (ag->from.m != 1 || ag->from.d != 1) {
			calc_party_year(ag, p, y, &ya);
			buf_printf(&w, "%s för %d och ", build_money(&r->bd, ya.amount, false), y);
			y++;
		}
		buf_adds(&w, "helt årsbelopp för ");
		for (k = y; k <= ag->to.y; k++)
			buf_printf(&w, "%s%d", k == y ? "" : k == ag->to.y ? " och " : ", ", k);
		buf_printf(&w, ", trots att överenskommelsen slutar %d %s %d", ag->to.d,
		    month_name(ag->to.m), ag->to.y);
		/* why: the rule in the Bilaga (review s28) */
		buf_adds(&w, ". ");
	}
	if (w.data == NULL)
		return NULL;
	w.data[--w.len] = '\0';
	s = arena_strdup(r->bd.a, w.data);
	buf_free(&w);
	return s;
}
