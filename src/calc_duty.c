/* How many meetings or written reports a follow-up duty asks for in the
 * part of a calendar year that an agreement covers.  One rule for every
 * frequency: the year is cut into the duty's equal parts (N per år: N
 * parts; per halvår, kvartal, månad: the halves, quarters, months, count
 * each; per vecka: 52 parts of the year, count each), and the part year
 * asks for those it covers MORE THAN HALF of, by days.  Parts that
 * divide twelve months run from a month's first day to a month's last
 * (two per år: 1 January-30 June, 1 July-31 December); others end on
 * day k * (days of the year) / N, rounded down.  So 1 January-30
 * September asks for one yearly meeting (273 of 365 days), 1
 * October-31 December for none (92 days), 1 July-31 December for one
 * (184 of 365, more than half) and 1 January-30 June for none (181);
 * 11 August-31 December for two quarterly meetings (the third quarter's
 * 51 of 92 days, the fourth's all).  An agreement of 1 July one year to
 * 30 June the next owes its one yearly duty in the first year and none
 * in the second, once over its year as a whole year would.
 *
 * Written reports besides: in the year the agreement ends at least one,
 * its final report, however short the part (an agreement ending 29
 * February 2028 owes a report for 2028). */
#include <stdbool.h>

#include "calc.h"
#include "format.h"
#include "model.h"

/* The last day of month m of year. */
static struct date
month_last(int year, int m)
{
	struct date d = { year, m, 31 };

	while (!date_exists(d.y, d.m, d.d))
		d.d--;
	return d;
}

/* The number of the year's n equal parts that [from, to] covers more
 * than half of, by days. */
static int
parts_covered(int year, long n, struct date from, struct date to)
{
	long lo = date_days(from), hi = date_days(to), k, got = 0;
	long jan0 = date_days((struct date){ year, 1, 1 }) - 1;
	long len = date_days((struct date){ year, 12, 31 }) - jan0;
	long start = jan0 + 1;

	for (k = 1; k <= n; k++) {
		long end, a, b;

		if (12 % n == 0)
			end = date_days(month_last(year, (int)(k * 12 / n)));
		else
			end = jan0 + k * len / n;
		a = start > lo ? start : lo;
		b = end < hi ? end : hi;
		/* days covered, twice, against the part's days */
		got += b >= a && 2 * (b - a + 1) > end - start + 1;
		start = end + 1;
	}
	return (int)got;
}

bool
calc_duty_part(struct date ag_from, struct date ag_to, int year, struct date *from,
    struct date *to)
{
	struct date jan1 = { year, 1, 1 }, dec31 = { year, 12, 31 };

	*from = date_compare(ag_from, jan1) > 0 ? ag_from : jan1;
	*to = date_compare(ag_to, dec31) < 0 ? ag_to : dec31;
	return date_compare(*from, jan1) != 0 || date_compare(*to, dec31) != 0;
}

int
calc_duty_required(enum duty_per per, int count, struct date from, struct date to, int year)
{
	if (per == DUTY_PERIOD)
		return -1;	/* not per year: stays as written */
	if (count <= 0)
		return 0;
	switch (per) {
	case DUTY_WEEK:
		return count * parts_covered(year, 52, from, to);
	case DUTY_MONTH:
		return count * parts_covered(year, 12, from, to);
	case DUTY_QUARTER:
		return count * parts_covered(year, 4, from, to);
	case DUTY_HALF_YEAR:
		return count * parts_covered(year, 2, from, to);
	case DUTY_YEAR:
		return parts_covered(year, count, from, to);
	case DUTY_PERIOD:
		break;
	}
	return -1;
}

int
calc_duty_reports(int per_year, struct date ag_from, struct date ag_to, int year, bool *final)
{
	struct date from, to;
	int n;

	*final = false;
	if (per_year <= 0 || !calc_duty_part(ag_from, ag_to, year, &from, &to))
		return per_year > 0 ? per_year : 0;
	n = calc_duty_required(DUTY_YEAR, per_year, from, to, year);
	if (n == 0 && ag_to.y == year) {
		*final = true;
		n = 1;
	}
	return n;
}
