/* How many meetings a follow-up duty asks for in the part of a calendar
 * year that an agreement covers: a period of the frequency (month,
 * quarter, half year) counts when at least half of its days are
 * covered; weeks are the covered days over 7, and "N per år" is N times
 * the months so counted over 12, each rounded half up.  So an agreement
 * of 1 Nov-31 Dec owes two monthly meetings, one quarterly (61 of Q4's
 * 92 days) and no yearly one; one of January-June owes a yearly one. */
#include <stdbool.h>

#include "calc.h"
#include "format.h"
#include "model.h"

/* Days of [a, b] that [from, to] covers. */
static long
covered(struct date a, struct date b, struct date from, struct date to)
{
	long lo = date_days(date_compare(a, from) > 0 ? a : from);
	long hi = date_days(date_compare(b, to) < 0 ? b : to);

	return hi >= lo ? hi - lo + 1 : 0;
}

/* The periods of months_each months (1, 3, 6) in year with at least
 * half their days covered by [from, to]. */
static int
periods_half_covered(int year, int months_each, struct date from, struct date to)
{
	int m, n = 0;

	for (m = 1; m <= 12; m += months_each) {
		struct date a = { year, m, 1 }, b = { year, m + months_each - 1, 31 };
		long len;

		while (!date_exists(b.y, b.m, b.d))	/* the period's last day */
			b.d--;
		len = date_days(b) - date_days(a) + 1;
		n += covered(a, b, from, to) * 2 >= len;
	}
	return n;
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
	struct date jan1 = { year, 1, 1 }, dec31 = { year, 12, 31 };
	long days = covered(jan1, dec31, from, to);

	switch (per) {
	case DUTY_WEEK:
		return (int)(count * ((days + 3) / 7));
	case DUTY_MONTH:
		return count * periods_half_covered(year, 1, from, to);
	case DUTY_QUARTER:
		return count * periods_half_covered(year, 3, from, to);
	case DUTY_HALF_YEAR:
		return count * periods_half_covered(year, 6, from, to);
	case DUTY_YEAR:
		/* the months counted as above, as a share of twelve */
		return (int)(((long long)count * periods_half_covered(year, 1, from, to) * 2 + 12) /
		    24);
	case DUTY_PERIOD:
		break;
	}
	return -1;
}
