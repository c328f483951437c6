/* Totals and shares, computed from the budget lines. */
#include <math.h>
#include <string.h>

#include "calc.h"
#include "limit.h"
#include "model.h"
#include "stated.h"

/* A document's budget lines, all added up, and share_percent's 200 times
 * that, stay inside long long: plain sums of one document cannot wrap. */
_Static_assert(LIMIT_BUDGET_LINES * MONEY_LINE_MAX < LLONG_MAX / 200,
    "budget sums of one document fit in long long");

bool
money_add(long long *sum, long long v)
{
	long long r;

	if (__builtin_add_overflow(*sum, v, &r))
		return false;
	*sum = r;
	return true;
}

bool
money_round(double x, long long *out)
{
	double r = floor(x + 0.5);

	/* -2^63 is a long long, 2^63 is not; NaN fails both comparisons */
	if (!(r >= -0x1p63 && r < 0x1p63))
		return false;
	*out = (long long)r;
	return true;
}

long long
budget_total(const struct budget *b)
{
	const struct budget_line *l;
	long long sum = 0;

	for (l = b->lines; l != NULL; l = l->next)
		sum += l->amount;
	return sum;
}

bool
line_has_figure(const struct budget_line *l)
{
	const struct line_econ *e = &l->econ;

	if (e->not_valued)
		return false;
	/* priced per unit with neither amount nor estimate: no figure */
	return !(e->has_unit_price && !e->has_amount && !e->has_estimate);
}

bool
budget_valued(const struct budget *b)
{
	const struct budget_line *l;

	for (l = b->lines; l != NULL; l = l->next)
		if (line_has_figure(l))
			return true;
	return false;
}

int
calc_summary_year(const struct agreement *ag)
{
	const struct budget *b;
	int year = 0;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->year != 0 && (year == 0 || b->year < year))
			year = b->year;
	return year;
}

long long
party_sum(const struct agreement *ag, const struct party *p, int year, bool *has,
    long long (*each)(const struct budget *))
{
	const struct budget *b;
	long long sum = 0;

	*has = false;
	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->party != p || (b->year != 0 && b->year != year))
			continue;
		*has = true;
		sum += calc_budget_year(ag, b, year, each(b));
	}
	return sum;
}

long long
party_total(const struct agreement *ag, const struct party *p, int year, bool *has)
{
	return party_sum(ag, p, year, has, budget_total);
}

bool
party_valued(const struct agreement *ag, const struct party *p, int year)
{
	const struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && (b->year == 0 || b->year == year) && budget_valued(b))
			return true;
	return false;
}

long long
agreement_total(const struct agreement *ag, int year)
{
	const struct party *p;
	long long sum = 0;
	bool has;

	for (p = ag->parties; p != NULL; p = p->next)
		sum += party_total(ag, p, year, &has);
	return sum;
}

bool
calc_covers_year(const struct agreement *ag, int year)
{
	return ag->from.y != 0 && ag->from.y <= year && ag->to.y >= year;
}

/* The factor the adjustment gives on day d (days since 1970). */
static double
factor_on(const struct adjustment *a, long day, long base_start)
{
	const struct index_value *v;
	double f = 1;
	int k;

	if (a->kind == ADJ_PERCENT && a->has_percent && a->from.y != 0) {
		/* every yearly step up to the day, however many years */
		for (k = 0; ; k++) {
			long step = date_days(date_add_years(a->from, k));

			if (step > day)
				break;
			if (step > base_start)
				f *= 1 + a->percent / 100.0;
		}
	} else if (a->kind == ADJ_INDEX) {
		for (v = a->values; v != NULL; v = v->next) {
			long step = date_days(v->from);

			if (step <= day && step > base_start && date_days(a->from) <= step)
				f *= 1 + v->percent / 100.0;
		}
	}
	return f;
}

/* The first day after day on which the factor may change; LONG_MAX when
 * none does. */
static long
next_step(const struct adjustment *a, long day)
{
	const struct index_value *v;
	long next = LONG_MAX;
	int k;

	if (a->kind == ADJ_PERCENT && a->has_percent && a->from.y != 0) {
		for (k = 0; ; k++) {
			long step = date_days(date_add_years(a->from, k));

			if (step > day)
				return step;
		}
	} else if (a->kind == ADJ_INDEX) {
		for (v = a->values; v != NULL; v = v->next) {
			long step = date_days(v->from);

			if (step > day && step < next)
				next = step;
		}
	}
	return next;
}

/* The year's amount: the yearly budgets' part, plus the monthly ones'
 * (those of the base year, and those without a year, which hold for
 * every month of the period). */
static bool
month_amount(const struct agreement *ag, const struct party *p, int best, long base_start,
    struct year_amount *ya, double yearly)
{
	const struct budget *b;
	double monthly = 0;
	int year = ya->from.y;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && b->per == PER_MONTH && (b->year == 0 || b->year == best)) {
			ya->monthly += budget_valued(b) ? stated_budget_total(b) : 0;
			ya->valued |= budget_valued(b);
		}
	ya->months = calc_months_in_year(ag, year, &ya->nmonths);
	calc_month_part(ag, year, base_start, ya->monthly, &monthly);
	return money_round(yearly + monthly, &ya->amount);
}

enum calc_result
calc_party_year(const struct agreement *ag, const struct party *p, int year,
    struct year_amount *ya)
{
	const struct adjustment *a = &ag->adjustment;
	const struct budget *b;
	struct date jan1 = { year, 1, 1 }, dec31 = { year, 12, 31 }, start, end;
	long day, first, last, base_start, ndays = days_in_year(year);
	double sum = 0, run_factor = 0;
	long run_days = 0;
	int best = -1, lowest = -1;

	memset(ya, 0, sizeof(*ya));
	if (!calc_covers_year(ag, year))
		return CALC_NONE;
	/* The base: the latest budget year at or before this year. */
	for (b = ag->budgets; b != NULL; b = b->next) {
		int y = b->year != 0 ? b->year : ag->from.y;

		if (b->party != p)
			continue;
		if (y <= year && y > best)
			best = y;
		if (lowest == -1 || y < lowest)
			lowest = y;
	}
	/* No budget for this year or before: nothing to show (a later
	 * year's amount is not this year's). */
	if (lowest == -1 || best == -1)
		return CALC_NONE;
	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && b->per != PER_MONTH && (b->year != 0 ? b->year : ag->from.y) == best) {
			/* the agreement's word: its stated total, as the budget
			 * and the summary print it (never for help not valued) */
			ya->base += budget_valued(b) ? stated_budget_total(b) : 0;
			ya->valued |= budget_valued(b);
		}
	ya->base_year = best;

	start = date_compare(ag->from, jan1) > 0 ? ag->from : jan1;
	end = date_compare(ag->to, dec31) < 0 ? ag->to : dec31;
	ya->from = start;
	ya->to = end;
	ya->partial = date_compare(start, jan1) != 0 || date_compare(end, dec31) != 0;
	ya->prorated = ya->partial && ag->prorate;
	first = date_days(ya->prorated ? start : jan1);
	last = date_days(ya->prorated ? end : dec31);
	base_start = date_days((struct date){ best, 1, 1 });

	/* Sum the factor over the days, one run of equal factors at a time
	 * (the factor changes only on a step's day). */
	for (day = first; day <= last; ) {
		double f = factor_on(a, day, base_start);
		long next = next_step(a, day), run_end = next <= last ? next - 1 : last;

		if (run_days > 0 && f != run_factor) {
			sum += run_factor * (double)run_days;
			run_days = 0;
		}
		run_factor = f;
		run_days += run_end - day + 1;
		day = run_end + 1;
	}
	sum += run_factor * (double)run_days;
	if (!month_amount(ag, p, best, base_start, ya, (double)ya->base * sum / (double)ndays))
		return CALC_OVERFLOW;
	ya->adjusted = factor_on(a, last, base_start) != 1;
	/* An index is applied yearly from its start date: every such date
	 * up to this year's end needs a value within the year after it. */
	if (a->kind == ADJ_INDEX && a->from.y != 0) {
		int k;

		for (k = 0; ; k++) {
			struct date step = date_add_years(a->from, k);
			long sd = date_days(step), next = date_days(date_add_years(step, 1));
			const struct index_value *v;
			bool found = false;

			if (sd > last)
				break;
			if (sd <= base_start)
				continue;
			for (v = a->values; v != NULL; v = v->next)
				found |= date_days(v->from) >= sd && date_days(v->from) < next;
			if (!found)
				ya->index_missing = true;
		}
	}
	return CALC_OK;
}

double
calc_factor_on(const struct adjustment *a, long day, long base_start)
{
	return factor_on(a, day, base_start);
}

enum goal_status
goal_status(enum comparison cmp, bool has_target, long long target, bool has_now,
    long long now, bool has_before, long long before, bool part_year)
{
	if (!has_now)
		return GOAL_NOT_REPORTED;
	switch (cmp) {
	case CMP_MINST:
		/* below a yearly target part-way through the year: not yet */
		return !has_target ? GOAL_NO_TARGET : now >= target ? GOAL_MET :
		    part_year ? GOAL_NOT_YET : GOAL_NOT_MET;
	case CMP_HOGST:
		return !has_target ? GOAL_NO_TARGET : now <= target ? GOAL_MET : GOAL_NOT_MET;
	case CMP_OKA:
		return !has_before ? GOAL_UNJUDGED : now > before ? GOAL_MET : GOAL_NOT_MET;
	case CMP_MINSKA:
		return !has_before ? GOAL_UNJUDGED : now < before ? GOAL_MET : GOAL_NOT_MET;
	case CMP_BIBEHALLA:
		return !has_before ? GOAL_UNJUDGED : now >= before ? GOAL_MET : GOAL_NOT_MET;
	case CMP_NONE:
	case CMP_MELLAN:	/* a range: calc_goal_status */
		break;
	}
	return GOAL_NO_TARGET;
}
