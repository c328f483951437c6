/* How many meetings or written reports a follow-up duty asks for in the
 * part of a calendar year that an agreement covers.  One rule for every
 * frequency: the year is cut into the duty's equal parts (N per år: N
 * parts; per halvår, kvartal, månad: the halves, quarters, months, count
 * each; per vecka: 52 parts of the year, count each), and the part year
 * asks for those that END within it.  Parts that divide twelve months
 * end on a month's last day (two per år: 30 June and 31 December);
 * others on the day k * (days of the year) / N, rounded down.  So 1
 * September-31 December with two per år asks for one (the second half
 * ends 31 December), 1 January-30 June for one, 1 November-31 December
 * for two monthly meetings, one quarterly, one half-yearly and one
 * yearly; an agreement of 1 July one year to 30 June the next owes its
 * one yearly duty in the first year and none in the second, once over
 * its year as a whole year would. */
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

/* The number of the year's n equal parts that end within [from, to]. */
static int
parts_ending_within(int year, long n, struct date from, struct date to)
{
	long lo = date_days(from), hi = date_days(to), k, got = 0;
	long jan0 = date_days((struct date){ year, 1, 1 }) - 1;
	long len = date_days((struct date){ year, 12, 31 }) - jan0;

	for (k = 1; k <= n; k++) {
		long end;

		if (12 % n == 0)
			end = date_days(month_last(year, (int)(k * 12 / n)));
		else
			end = jan0 + k * len / n;
		got += end >= lo && end <= hi;
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
		return count * parts_ending_within(year, 52, from, to);
	case DUTY_MONTH:
		return count * parts_ending_within(year, 12, from, to);
	case DUTY_QUARTER:
		return count * parts_ending_within(year, 4, from, to);
	case DUTY_HALF_YEAR:
		return count * parts_ending_within(year, 2, from, to);
	case DUTY_YEAR:
		return parts_ending_within(year, count, from, to);
	case DUTY_PERIOD:
		break;
	}
	return -1;
}
