/* Unit tests of budgets per="month" (calc_month.c), included by unit.c:
 * it shares unit.c's helpers budget() and adj_agreement(). */

/* 25 000 kr a month over 2025-11-01 – 2026-03-31: 2 months in 2025,
 * 3 in 2026, with or without a yearly budget beside it. */
static void
test_econ_month(void)
{
	struct agreement *ag = adj_agreement("2025-11-01", "2026-03-31", 2025, 40000);
	long long monthly[] = { 25000 }, nights[] = { 567000 };
	struct budget *m;
	struct year_amount ya;
	int n;
	bool has;

	m = budget(ag, ag->parties, 0, monthly, 1);
	m->per = PER_MONTH;
	budget(ag, ag->parties, 2026, nights, 1);
	OK(calc_months_in_year(ag, NULL, 2025, &n) == 2.0);
	INT_EQ(n, 2);
	OK(calc_months_in_year(ag, NULL, 2026, &n) == 3.0);
	OK(calc_months_in_year(ag, NULL, 2027, &n) == 0.0);
	/* 2025: 2 x 25 000 + the 2025 budget's 40 000 */
	INT_EQ(calc_party_year(ag, ag->parties, 2025, &ya), CALC_OK);
	INT_EQ(ya.amount, 90000);
	INT_EQ(ya.base, 40000);
	INT_EQ(ya.monthly, 25000);
	INT_EQ((long long)ya.nmonth, 1);
	INT_EQ(ya.month[0].n, 2);
	INT_EQ(ya.month[0].first, 11);
	INT_EQ(ya.month[0].last, 12);
	/* 2026: the monthly budget without a year holds every year: 3 x
	 * 25 000 + 567 000 */
	INT_EQ(calc_party_year(ag, ag->parties, 2026, &ya), CALC_OK);
	INT_EQ(ya.amount, 642000);
	/* a summary counts the same months */
	INT_EQ(calc_budget_year(ag, m, 2025, 25000), 50000);
	INT_EQ(calc_budget_year(ag, m, 0, 25000), 300000);
	INT_EQ(party_total(ag, ag->parties, 2025, &has), 90000);
	/* prorated: 2025-11-16 – 2026-03-31 makes November 15/30 of a month */
	date_parse("2025-11-16", &ag->from);
	ag->prorate = true;
	OK(fabs(calc_months_in_year(ag, NULL, 2025, &n) - 1.5) < 1e-9);
	INT_EQ(calc_budget_year(ag, m, 2025, 25000), 37500);
	/* the budget's own prorate="yes" counts its months by their days
	 * where the agreement does not: 40 000 + 1.5 x 25 000 */
	ag->prorate = false;
	OK(calc_months_in_year(ag, NULL, 2025, &n) == 2.0);
	m->has_prorate = true;
	m->prorate = true;
	OK(fabs(calc_months_in_year(ag, m, 2025, &n) - 1.5) < 1e-9);
	INT_EQ(calc_party_year(ag, ag->parties, 2025, &ya), CALC_OK);
	INT_EQ(ya.amount, 77500);
	m->has_prorate = false;
	ag->prorate = true;
	/* with a 2 % step on 2026-02-01: January at 25 000, February and
	 * March at 25 500 */
	ag->adjustment.kind = ADJ_PERCENT;
	ag->adjustment.has_percent = true;
	ag->adjustment.percent = 2;
	date_parse("2026-02-01", &ag->adjustment.from);
	m->year = 0;
	INT_EQ(calc_party_year(ag, ag->parties, 2026, &ya), CALC_OK);
	INT_EQ(ya.monthly, 25000);
	OK(ya.adjusted);
	/* 567 000 x (31 + 59 x 1.02) / 365 = 141 641.26 (prorated: 90 days)
	 * + 25 000 + 2 x 25 500 = 217 641.26 */
	INT_EQ(ya.amount, 217641);
	agreement_free(ag);
}

/* A monthly budget without year in agreement years July-June: a calendar
 * year takes January-June from one agreement year and July-December from
 * the next, and the remark counts the monthly amount once, over the
 * months counted (a reviewer found 2 x the amount and the calendar
 * year's months). */
static void
test_econ_month_agreement_years(void)
{
	struct agreement *ag = adj_agreement("2024-07-01", "2026-06-30", 2024, 0);
	long long monthly[] = { 6000 };
	struct budget *m;
	struct year_amount ya;

	ag->year_start_m = 7;
	ag->year_start_d = 1;
	ag->budgets = NULL;	/* the monthly budget alone */
	m = budget(ag, ag->parties, 0, monthly, 1);
	m->per = PER_MONTH;
	INT_EQ(calc_party_year(ag, ag->parties, 2025, &ya), CALC_OK);
	INT_EQ(ya.amount, 72000);
	INT_EQ(ya.monthly, 6000);
	INT_EQ((long long)ya.nmonth, 1);
	INT_EQ(ya.month[0].n, 12);
	INT_EQ(ya.month[0].first, 1);
	INT_EQ(ya.month[0].last, 12);
	/* 2026: January-June only */
	INT_EQ(calc_party_year(ag, ag->parties, 2026, &ya), CALC_OK);
	INT_EQ(ya.amount, 36000);
	INT_EQ(ya.month[0].n, 6);
	INT_EQ(ya.month[0].last, 6);
	INT_EQ((long long)ya.month[0].nstep, 1);
	/* uprated 2 % from 2025-07-01: 2025 is 6 months at 6 000 and 6 at
	 * 6 120, one entry for the remark, two runs for its figures
	 * ("6 månader × 6 000 kr + 6 månader × 6 120 kr"; review s21) */
	ag->adjustment.kind = ADJ_PERCENT;
	ag->adjustment.has_percent = true;
	ag->adjustment.percent = 2;
	date_parse("2025-07-01", &ag->adjustment.from);
	INT_EQ(calc_party_year(ag, ag->parties, 2025, &ya), CALC_OK);
	INT_EQ(ya.amount, 72720);
	INT_EQ((long long)ya.nmonth, 1);
	INT_EQ(ya.month[0].n, 12);
	INT_EQ((long long)ya.month[0].nstep, 2);
	OK(!ya.month[0].steps_mixed);
	INT_EQ(ya.month[0].step[0].n, 6);
	OK(ya.month[0].step[0].factor == 1);
	INT_EQ(ya.month[0].step[1].n, 6);
	OK(ya.month[0].step[1].factor > 1.0199 && ya.month[0].step[1].factor < 1.0201);
	agreement_free(ag);
}
