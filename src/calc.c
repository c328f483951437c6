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

/* Whether budget year y holds a full year's amounts: the period covers
 * it in full, or every budget of it says per="year". */
static bool
full_budget_year(const struct agreement *ag, int y)
{
	const struct budget *b;
	bool all_per_year = true;

	if (date_days(calc_year_start(ag, y)) >= date_days(ag->from) &&
	    date_days(calc_year_start(ag, y + 1)) - 1 <= date_days(ag->to))
		return true;
	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->year == y)
			all_per_year &= b->per_stated && b->per == PER_YEAR;
	return all_per_year;
}

bool
calc_stated_total_year(const struct agreement *ag, int *year)
{
	const struct budget *b;
	int y = calc_summary_year(ag), next;

	*year = y;
	if (ag->stated_total_per != PER_YEAR || y == 0)
		return true;
	/* the budget years in rising order */
	for (;;) {
		if (full_budget_year(ag, y)) {
			*year = y;
			return true;
		}
		next = 0;
		for (b = ag->budgets; b != NULL; b = b->next)
			if (b->year > y && (next == 0 || b->year < next))
				next = b->year;
		if (next == 0)
			return false;
		y = next;
	}
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
