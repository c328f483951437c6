/* Budgets written per month (<budget per="month">): the months a year of
 * the period covers, and a monthly budget's amount for a year.  Computes,
 * never prints. */
#include <string.h>

#include "calc.h"
#include "format.h"
#include "model.h"

static int
days_in_month(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && days_in_year(y) == 366 ? 29 : dim[m - 1];
}

/* The days of month m of year y that the period covers (0: none), and
 * the first of them in *first (days since 1970). */
static long
covered_days(const struct agreement *ag, int y, int m, long *first)
{
	long ms = date_days((struct date){ y, m, 1 });
	long me = date_days((struct date){ y, m, days_in_month(y, m) });
	long from = date_days(ag->from), to = date_days(ag->to);
	long a = from > ms ? from : ms, b = to < me ? to : me;

	*first = a;
	return b >= a ? b - a + 1 : 0;
}

/* Whether the budget's months count by their days (NULL: the agreement's
 * rule). */
static bool
month_prorate(const struct agreement *ag, const struct budget *b)
{
	return b != NULL && b->has_prorate ? b->prorate : ag->prorate;
}

/* The part of month m of year y a budget counts (0: the period does not
 * cover it): a month covered in part counts whole, or by its days when
 * the budget or the agreement prorates.  *first is its first covered day. */
static double
month_share(const struct agreement *ag, const struct budget *b, int y, int m, long *first)
{
	long n = covered_days(ag, y, m, first);

	if (n == 0)
		return 0;
	return month_prorate(ag, b) ? (double)n / days_in_month(y, m) : 1.0;
}

double
calc_months_in_year(const struct agreement *ag, const struct budget *b, int year,
    int *nmonths)
{
	double months = 0;
	long first;
	int m;

	*nmonths = 0;
	if (!calc_covers_year(ag, year))
		return 0;
	for (m = 1; m <= 12; m++) {
		double part = month_share(ag, b, year, m, &first);

		if (part == 0)
			continue;
		(*nmonths)++;
		months += part;
	}
	return months;
}

long long
calc_budget_year(const struct agreement *ag, const struct budget *b, int year, long long amount)
{
	long long out;
	int n;

	if (b->per != PER_MONTH)
		return amount;
	/* a summary with no year at all: twelve months */
	if (year == 0)
		return amount * 12;
	if (!money_round((double)amount * calc_budget_months(ag, b, year, &n), &out))
		return amount * 12;	/* not reached: a line's amount times 12 fits */
	return out;
}

void
calc_month_step(struct year_month *span, int n, double months, double factor)
{
	struct month_step *last = span->nstep > 0 ? &span->step[span->nstep - 1] : NULL;

	if (last != NULL && last->factor == factor) {
		last->n += n;
		last->months += months;
	} else if (span->nstep < sizeof(span->step) / sizeof(span->step[0]))
		span->step[span->nstep++] = (struct month_step){ n, months, factor };
	else
		span->steps_mixed = true;
}

bool
calc_month_part(const struct agreement *ag, const struct budget *b, int year, long lo,
    long hi, long base_start, long long monthly, struct year_month *span, double *out)
{
	const struct adjustment *adj = adjust_for_line(ag, b, b->lines);

	double sum = 0;
	long first;
	int m;

	*out = 0;
	memset(span, 0, sizeof(*span));
	span->monthly = monthly;
	if (monthly == 0 || !calc_covers_year(ag, year))
		return false;
	/* each month at the adjustment's factor on its first covered day */
	for (m = 1; m <= 12; m++) {
		double part = month_share(ag, b, year, m, &first);

		if (part == 0 || first < lo || first > hi)
			continue;
		sum += part * calc_factor_on(adj, first, base_start);
		span->months += part;
		calc_month_step(span, 1, part, calc_factor_on(adj, first, base_start));
		if (span->n++ == 0)
			span->first = m;
		span->last = m;
	}
	*out = (double)monthly * sum;
	return true;
}
