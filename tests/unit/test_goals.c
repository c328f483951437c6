/* Unit tests of issue 12's goal figures (calc_goals.c): ranges, shares,
 * counts per week, month or quarter; included by unit.c. */

static void
test_goals_issue12(void)
{
	struct goal g;
	struct outcome now, before;
	long long target = 0;
	double pct = 0;

	/* a range "mellan 150 och 200": met inside, both ends included */
	memset(&g, 0, sizeof(g));
	memset(&now, 0, sizeof(now));
	memset(&before, 0, sizeof(before));
	g.comparison = CMP_MELLAN;
	g.has_min = g.has_max = true;
	g.min = 150;
	g.max = 200;
	now.value = 189;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);
	now.value = 150;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);
	now.value = 200;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);
	now.value = 201;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NOT_MET);
	now.value = 149;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NOT_MET);
	INT_EQ(calc_goal_status(&g, &now, NULL, true, NULL), GOAL_NOT_YET);
	INT_EQ(calc_goal_status(&g, NULL, NULL, false, NULL), GOAL_NOT_REPORTED);
	g.has_max = false;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NO_TARGET);

	/* a condition no outcome measures (unmeasured="…"): a target
	 * reached is met in part only; one not reached is not met, as a goal
	 * of two conditions is when one fails (Lund 2019: 27 par against
	 * minst 25, "Kompisrelationerna har en varaktighet om minst 6
	 * månader" measured by no outcome) */
	memset(&g, 0, sizeof(g));
	g.comparison = CMP_MINST;
	g.has_value = true;
	g.value = 25;
	g.unmeasured = (char *)"Kompisrelationerna har en varaktighet om minst 6 månader.";
	now.value = 27;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_PART_JUDGED);
	now.value = 20;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NOT_MET);
	INT_EQ(calc_goal_status(&g, &now, NULL, true, NULL), GOAL_NOT_YET);
	INT_EQ(calc_goal_status(&g, NULL, NULL, false, NULL), GOAL_NOT_REPORTED);
	g.unmeasured = NULL;
	now.value = 27;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);

	/* per week, month, quarter: the year's target is 52, 12, 4 times */
	memset(&g, 0, sizeof(g));
	g.comparison = CMP_MINST;
	g.has_value = true;
	g.value = 40;
	g.scale = SCALE_WEEK;
	OK(calc_goal_year_target(&g, &target));
	INT_EQ(target, 2080);
	now.value = 2140;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);
	now.value = 2079;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NOT_MET);
	g.scale = SCALE_MONTH;
	OK(calc_goal_year_target(&g, &target));
	INT_EQ(target, 480);
	g.scale = SCALE_QUARTER;
	OK(calc_goal_year_target(&g, &target));
	INT_EQ(target, 160);
	g.has_value = false;
	OK(!calc_goal_year_target(&g, &target));

	/* a ratio: 41 of 55 is 74.545... %; a share goal of at least 75 %
	 * is not met by it, one of at least 74.5 % is */
	memset(&now, 0, sizeof(now));
	now.value = 41;
	now.has_of = true;
	now.of = 55;
	OK(calc_outcome_ratio(&now, &pct));
	OK(fabs(pct - 74.5454545) < 1e-6);
	memset(&g, 0, sizeof(g));
	g.comparison = CMP_MINST;
	g.has_percent = true;
	g.percent_tenths = 750;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NOT_MET);
	g.percent_tenths = 745;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);
	g.comparison = CMP_HOGST;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NOT_MET);
	/* 14 of 20 is exactly 70 %: at least 70 % and at most 70 % both hold */
	now.value = 14;
	now.of = 20;
	g.percent_tenths = 700;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);
	g.comparison = CMP_MINST;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_MET);
	/* a share goal whose outcome gives no ratio cannot be judged */
	now.has_of = false;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_UNJUDGED);
	OK(!calc_outcome_ratio(&now, &pct));

	/* the old comparisons go on as before */
	memset(&g, 0, sizeof(g));
	g.comparison = CMP_OKA;
	now.value = 10;
	before.value = 9;
	INT_EQ(calc_goal_status(&g, &now, &before, false, NULL), GOAL_MET);
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_UNJUDGED);
}

/* A count per year in a year the agreement covers only in part is judged
 * on the target prorated by days (Nystart 2023, from 1 July: 24 per year,
 * 184 of 365 days, minst 12; 14 meet it); shares, ranges and goals of a
 * stated year are not prorated. */
static void
test_goals_part_year(void)
{
	struct goal g;
	struct outcome now;
	struct date ag_from = { 2023, 7, 1 }, ag_to = { 2026, 6, 30 }, from, to;
	long long part = 0;

	memset(&g, 0, sizeof(g));
	memset(&now, 0, sizeof(now));
	g.comparison = CMP_MINST;
	g.has_value = true;
	g.value = 24;
	g.has_per = true;
	g.per = PER_YEAR;
	OK(calc_goal_part_target(&g, ag_from, ag_to, 2023, &part, &from, &to));
	INT_EQ(part, 12);
	INT_EQ(from.m, 7);
	INT_EQ(to.d, 31);
	now.value = 14;
	INT_EQ(calc_goal_status(&g, &now, NULL, false, &part), GOAL_MET);
	INT_EQ(calc_goal_status(&g, &now, NULL, false, NULL), GOAL_NOT_MET);
	/* a whole year: not prorated */
	OK(!calc_goal_part_target(&g, ag_from, ag_to, 2024, &part, &from, &to));
	/* the last year, to 30 June 2026: 181 of 365 days of 24 is 11.9, 12 */
	OK(calc_goal_part_target(&g, ag_from, ag_to, 2026, &part, &from, &to));
	INT_EQ(part, 12);
	/* below the year's target: in the first part year it is judged for
	 * the whole year later (Bedöms senare); in the last, which ends
	 * 30 June 2026, nothing judges it later (Kan inte bedömas) */
	now.value = 11;
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_MET, ag_from, ag_to, 2023), GOAL_WHOLE_YEAR);
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_YET, ag_from, ag_to, 2023), GOAL_WHOLE_YEAR);
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_MET, ag_from, ag_to, 2026), GOAL_ENDED);
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_YET, ag_from, ag_to, 2026), GOAL_ENDED);
	/* met stays met; a whole year is judged as it stands */
	INT_EQ(calc_goal_part_year_status(&g, GOAL_MET, ag_from, ag_to, 2026), GOAL_MET);
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_MET, ag_from, ag_to, 2024), GOAL_NOT_MET);
	/* one that starts and ends within one year: nothing judges it later */
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_MET, (struct date){ 2027, 3, 1 },
	    (struct date){ 2027, 10, 31 }, 2027), GOAL_ENDED);
	/* ending on 31 December: the year is whole at its end, a first
	 * part year judged later as before */
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_MET, (struct date){ 2027, 3, 1 },
	    (struct date){ 2028, 12, 31 }, 2027), GOAL_WHOLE_YEAR);
	INT_EQ(calc_goal_part_year_status(&g, GOAL_NOT_MET, (struct date){ 2027, 3, 1 },
	    (struct date){ 2028, 12, 31 }, 2028), GOAL_NOT_MET);
	/* a count per month: 12 × 10 = 120 a year, 1 March–31 December of
	 * 2023 is 306 days: 100,6, minst 101 */
	g.scale = SCALE_MONTH;
	g.has_per = false;
	g.value = 10;
	ag_from = (struct date){ 2023, 3, 1 };
	OK(calc_goal_part_target(&g, ag_from, ag_to, 2023, &part, &from, &to));
	INT_EQ(part, 101);
	/* a goal for a stated year, a share: as written */
	g.year = 2023;
	OK(!calc_goal_part_target(&g, ag_from, ag_to, 2023, &part, &from, &to));
	g.year = 0;
	g.has_percent = true;
	g.percent_tenths = 300;
	OK(!calc_goal_part_target(&g, ag_from, ag_to, 2023, &part, &from, &to));
}
