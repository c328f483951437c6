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

/* Review r31: a budget summary's shares add up to its Summa row's
 * 100 % (Malmö's 73,5 / 7,3 / 19,2 printed 73 / 7 / 19 before). */
static void
test_fix_share_percents(void)
{
	long long malmo[] = { 1150000, 115000, 300000 }, even[] = { 1, 1, 1 };
	long long part[] = { 500, 400 };
	int out[3];

	share_percents(malmo, 3, 1565000, out);
	INT_EQ(out[0], 74);
	INT_EQ(out[1], 7);
	INT_EQ(out[2], 19);
	share_percents(even, 3, 3, out);	/* 33,3 each: the first gets 34 */
	INT_EQ(out[0] + out[1] + out[2], 100);
	INT_EQ(out[0], 34);
	INT_EQ(out[1], 33);
	/* parts that are not the whole: each rounded half up */
	share_percents(part, 2, 1000, out);
	INT_EQ(out[0], 50);
	INT_EQ(out[1], 40);
	share_percents(part, 2, 0, out);
	INT_EQ(out[0], 0);
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

/* A computed share as the report prints it: whole percent, one decimal
 * only where whole percent would put it on the other side of (or on) a
 * share goal's target, or the target has a decimal (review H, Vallby
 * 2023: "26 av 74 (35,1 %)" beside a stated "43 %", "3 av 14 deltagare
 * (21,4 %)"). */
static void
test_fix_shown_percent(void)
{
	struct goal g = { 0 };
	struct outcome o = { 0 };
	long long t;

	o.has_of = true;
	o.value = 26;
	o.of = 74;		/* 35,14 %: no goal, whole */
	OK(calc_outcome_percent_shown(&o, NULL, &t));
	INT_EQ(t, 350);
	g.has_percent = true;
	g.percent_tenths = 300;
	g.comparison = CMP_MINST;
	o.value = 3;
	o.of = 14;		/* 21,43 % against minst 30 %: whole decides */
	OK(calc_outcome_percent_shown(&o, &g, &t));
	INT_EQ(t, 210);
	o.value = 296;
	o.of = 1000;		/* 29,6 % would print 30 %, the target: a decimal */
	OK(calc_outcome_percent_shown(&o, &g, &t));
	INT_EQ(t, 296);
	o.value = 304;		/* 30,4 %: met, 30 % says so */
	OK(calc_outcome_percent_shown(&o, &g, &t));
	INT_EQ(t, 300);
	g.comparison = CMP_HOGST;
	g.percent_tenths = 250;
	o.value = 254;		/* 25,4 % over högst 25 %: 25 % would read as met */
	OK(calc_outcome_percent_shown(&o, &g, &t));
	INT_EQ(t, 254);
	g.comparison = CMP_MINST;
	g.percent_tenths = 745;	/* a target with a decimal: the outcome too */
	o.value = 800;
	OK(calc_outcome_percent_shown(&o, &g, &t));
	INT_EQ(t, 800);
	o.value = 41;
	o.of = 55;		/* 74,545 % against minst 74,5 %: met */
	OK(calc_outcome_percent_shown(&o, &g, &t));
	INT_EQ(t, 745);
	o.of = 0;
	OK(!calc_outcome_percent_shown(&o, &g, &t));
}

static void
test_fix(void)
{
	test_fix_fold();
	test_fix_share_percent();
	test_fix_share_percents();
	test_fix_shown_percent();
}
