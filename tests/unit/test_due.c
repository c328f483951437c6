/* iopdoc due's date arithmetic (due.c): days and months across month
 * ends and leap years, and the last day to give notice. */
#include "due.h"

static void
due_date_is(struct date d, const char *want, int line)
{
	char s[16];

	date_format_iso(d, s, sizeof(s));
	if (strcmp(s, want) == 0)
		harness_passed++;
	else {
		harness_failed++;
		fprintf(stderr, "test_due.c:%d: FAIL: %s, expected %s\n", line, s, want);
	}
}

#define DUE_DATE_IS(d, want) due_date_is((d), (want), __LINE__)

static void
test_due_dates(void)
{
	struct date d;

	/* days: across a leap day, a year end, and back */
	date_parse("2024-02-28", &d);
	DUE_DATE_IS(due_add_days(d, 1), "2024-02-29");
	DUE_DATE_IS(due_add_days(d, 2), "2024-03-01");
	date_parse("2025-02-28", &d);
	DUE_DATE_IS(due_add_days(d, 1), "2025-03-01");
	date_parse("2026-12-31", &d);
	DUE_DATE_IS(due_add_days(d, 1), "2027-01-01");
	DUE_DATE_IS(due_add_days(d, -365), "2025-12-31");
	date_parse("2025-03-10", &d);
	DUE_DATE_IS(due_add_days(d, -365), "2024-03-10");	/* 29 Feb 2024 lies before */
	DUE_DATE_IS(due_add_days(d, -366), "2024-03-09");
	date_parse("1999-12-31", &d);
	DUE_DATE_IS(due_add_days(d, 61), "2000-03-01");	/* 2000 is a leap year */
	date_parse("2100-02-28", &d);
	DUE_DATE_IS(due_add_days(d, 1), "2100-03-01");	/* 2100 is not */
	/* the day number and back, for every day of 2024 */
	{
		struct date a = { 2024, 1, 1 };
		long n = date_days(a);
		int i, bad = 0;

		for (i = 0; i < 366; i++) {
			struct date b = due_add_days(a, i);

			bad += date_days(b) != n + i || !date_exists(b.y, b.m, b.d);
		}
		INT_EQ(bad, 0);
	}
	/* months: the day kept, else the month's last */
	date_parse("2026-03-31", &d);
	DUE_DATE_IS(due_add_months(d, -1), "2026-02-28");
	DUE_DATE_IS(due_add_months(d, -13), "2025-02-28");
	DUE_DATE_IS(due_add_months(d, -25), "2024-02-29");
	DUE_DATE_IS(due_add_months(d, 10), "2027-01-31");
	date_parse("2026-01-15", &d);
	DUE_DATE_IS(due_add_months(d, -1), "2025-12-15");
	DUE_DATE_IS(due_add_months(d, -12), "2025-01-15");
}

static void
test_due_notice(void)
{
	struct date to;

	/* 3 months before the year's end: notice by 30 September */
	date_parse("2026-12-31", &to);
	DUE_DATE_IS(due_notice_last_day(to, 3), "2026-09-30");
	DUE_DATE_IS(due_notice_last_day(to, 1), "2026-11-30");
	DUE_DATE_IS(due_notice_last_day(to, 12), "2025-12-31");
	/* a period ending 30 June, two months: 30 April */
	date_parse("2025-06-30", &to);
	DUE_DATE_IS(due_notice_last_day(to, 2), "2025-04-30");
	/* ending 31 May, three months: 28 February, 29 in a leap year */
	date_parse("2025-05-31", &to);
	DUE_DATE_IS(due_notice_last_day(to, 3), "2025-02-28");
	date_parse("2024-05-31", &to);
	DUE_DATE_IS(due_notice_last_day(to, 3), "2024-02-29");
	/* ending mid-month, 15 March: notice by 15 December */
	date_parse("2026-03-15", &to);
	DUE_DATE_IS(due_notice_last_day(to, 3), "2025-12-15");
}
