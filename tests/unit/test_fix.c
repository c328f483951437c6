/* Reviewer findings on issue 12 (FIX): included by unit.c. */

/* Finding 3: kind-text and measures match ignoring case, å, ä, ö too. */
static void
test_fix_fold(void)
{
	OK(utf8_casecmp("RESULTATRAPPORT ÅR 2", "resultatrapport år 2") == 0);
	OK(utf8_casecmp("Dialogmöte", "DIALOGMÖTE") == 0);
	OK(utf8_casecmp("Ärenden", "ärenden") == 0);
	OK(utf8_casecmp("Åtgärd", "åtgärd") == 0);
	OK(utf8_casecmp("Œuvre", "œuvre") == 0);
	OK(utf8_casecmp("år", "är") != 0);
	OK(utf8_casecmp("möte", "möten") < 0);
	OK(utf8_casecmp("möten", "möte") > 0);
	OK(utf8_casecmp("×", "÷") != 0);	/* no letters: never folded together */
	OK(utf8_casecmp("", "") == 0);
}

/* Finding 4: a share goal is judged on the exact ratio, and the computed
 * percent printed beside the status is on the same side of the target. */
static void
test_fix_share_percent(void)
{
	struct goal g;
	struct outcome o;
	long long t = 0;

	memset(&g, 0, sizeof(g));
	memset(&o, 0, sizeof(o));
	g.has_percent = true;
	g.percent_tenths = 750;
	g.comparison = CMP_MINST;
	o.has_of = true;
	o.value = 41;
	o.of = 55;		/* 74,545 % */
	INT_EQ(calc_goal_status(&g, &o, NULL, false, NULL), GOAL_NOT_MET);
	OK(calc_outcome_percent_tenths(&o, &g, &t));
	INT_EQ(t, 745);
	o.value = 1499;
	o.of = 2000;		/* 74,95 %: rounds to 75, printed 74,9 */
	INT_EQ(calc_goal_status(&g, &o, NULL, false, NULL), GOAL_NOT_MET);
	OK(calc_outcome_percent_tenths(&o, &g, &t));
	INT_EQ(t, 749);
	OK(calc_outcome_percent_tenths(&o, NULL, &t));
	INT_EQ(t, 750);		/* no goal: plain rounding */
	o.value = 3;
	o.of = 4;		/* exactly 75 %: met */
	INT_EQ(calc_goal_status(&g, &o, NULL, false, NULL), GOAL_MET);
	OK(calc_outcome_percent_tenths(&o, &g, &t));
	INT_EQ(t, 750);
	g.comparison = CMP_HOGST;
	g.percent_tenths = 250;
	o.value = 501;
	o.of = 2000;		/* 25,05 %: over "högst 25 %", printed 25,1 */
	INT_EQ(calc_goal_status(&g, &o, NULL, false, NULL), GOAL_NOT_MET);
	OK(calc_outcome_percent_tenths(&o, &g, &t));
	INT_EQ(t, 251);
	o.of = 0;
	OK(!calc_outcome_percent_tenths(&o, &g, &t));
}

static void
test_fix(void)
{
	test_fix_fold();
	test_fix_share_percent();
}
