/* The months a monthly budget (<budget per="month">) counts in a budget
 * year: in the stated-total check and a <budget-summary>, which add up
 * budget years (calendar or agreement years), not the report's calendar
 * years.  Computes, never prints. */
#include "calc.h"
#include "model.h"

static int
month_days(int y, int m)
{
	static const int dim[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return m == 2 && days_in_year(y) == 366 ? 29 : dim[m - 1];
}

bool
calc_budget_year_covered(const struct agreement *ag, int year)
{
	return date_days(calc_year_start(ag, year)) >= date_days(ag->from) &&
	    date_days(calc_year_start(ag, year + 1)) - 1 <= date_days(ag->to);
}

bool
calc_budget_year_whole(const struct agreement *ag, int year)
{
	const struct budget *b;
	bool any = false;

	if (calc_budget_year_covered(ag, year))
		return true;
	/* a part year whose yearly budgets all say per="year": its amounts
	 * are a full year's, and its months are a full year's too */
	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->year != year || b->per == PER_MONTH)
			continue;
		if (!b->per_stated || b->per != PER_YEAR)
			return false;
		any = true;
	}
	return any;
}

/* The months of agreement year `year` that the period covers: a month
 * covered in part counts whole, or by its days when prorated or when the
 * agreement year begins or ends inside it. */
static double
agreement_year_months(const struct agreement *ag, bool prorate, int year, int *nmonths)
{
	long ys = date_days(calc_year_start(ag, year));
	long ye = date_days(calc_year_start(ag, year + 1)) - 1;
	long lo = ys > date_days(ag->from) ? ys : date_days(ag->from);
	long hi = ye < date_days(ag->to) ? ye : date_days(ag->to);
	double months = 0;
	int y = calc_year_start(ag, year).y, m = calc_year_start(ag, year).m;

	*nmonths = 0;
	for (int i = 0; i < 13; i++) {
		long ms = date_days((struct date){ y, m, 1 });
		long me = date_days((struct date){ y, m, month_days(y, m) });
		long a = lo > ms ? lo : ms, b = hi < me ? hi : me;

		if (b >= a) {
			bool whole_in_year = ms >= ys && me <= ye;

			(*nmonths)++;
			months += prorate || !whole_in_year ?
			    (double)(b - a + 1) / month_days(y, m) : 1.0;
		}
		if (++m > 12) {
			m = 1;
			y++;
		}
	}
	return months;
}

double
calc_budget_months(const struct agreement *ag, const struct budget *b, int year,
    int *nmonths)
{
	bool prorate = b != NULL && b->has_prorate ? b->prorate : ag->prorate;

	if (year != 0 && ag->from.y != 0 && calc_budget_year_whole(ag, year)) {
		*nmonths = 12;
		return 12;
	}
	if (!calc_agreement_years(ag))
		return calc_months_in_year(ag, b, year, nmonths);
	return agreement_year_months(ag, prorate, year, nmonths);
}
