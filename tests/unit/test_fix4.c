/* Unit tests of FIX4's items (a transcription test's findings), included
 * by unit.c after its helpers budget() and adj_agreement(). */

/* A läsår agreement (agreement years July-June) from 2025-08-11, yearly
 * budgets per="year" (full läsår amounts), 31 500 kr a month and the
 * förening's 360 000 kr in kind.  A transcriber's <stated-total> of
 * 1 542 000 kr warned "1 311 339 kr": the check counted the monthly
 * budget over calendar 2025's months.  By hand: 720 000 + 84 000 +
 * 12 x 31 500 + 360 000 = 1 542 000. */
static void
test_fix4_month_agreement_year(void)
{
	struct agreement *ag = adj_agreement("2025-08-11", "2028-06-30", 2025, 720000);
	struct party *f = arena_alloc(ag->arena, sizeof(*f));
	long long rent[] = { 84000 }, monthly[] = { 31500 }, kind[] = { 360000 };
	struct budget *b, *m;
	int year, n;
	bool has;

	f->id = "f";
	f->name = "Föreningen";
	f->role = ROLE_IDEBUREN;
	ag->parties->next = f;
	ag->nparties = 2;
	ag->year_start_m = 7;
	ag->year_start_d = 1;
	ag->prorate = true;
	ag->budgets->per = PER_YEAR;
	ag->budgets->per_stated = true;
	b = budget(ag, ag->parties, 2025, rent, 1);
	b->per = PER_YEAR;
	b->per_stated = true;
	m = budget(ag, ag->parties, 0, monthly, 1);
	m->per = PER_MONTH;
	b = budget(ag, f, 2025, kind, 1);
	b->per = PER_YEAR;
	b->per_stated = true;
	ag->has_stated_total = true;
	ag->stated_total = 1542000;
	ag->stated_total_per = PER_YEAR;
	OK(calc_stated_total_year(ag, &year));
	INT_EQ(year, 2025);
	/* the yearly budgets are a full läsår's: so are the months */
	OK(calc_budget_year_whole(ag, 2025));
	OK(!calc_budget_year_covered(ag, 2025));
	OK(calc_budget_months(ag, m, 2025, &n) == 12.0);
	INT_EQ(party_total(ag, ag->parties, 2025, &has), 1182000);
	INT_EQ(agreement_total(ag, 2025), 1542000);
	/* 2026/27 is covered in full: 12 months */
	OK(calc_budget_year_covered(ag, 2026));
	INT_EQ(calc_budget_year(ag, m, 2026, 31500), 378000);
	/* without per="year" the first läsår is a part year: 11-31 August
	 * (21/31 of a month, prorated) and September-June, 10.677 months,
	 * 31 500 x 10.677 = 336 338.71, rounded 336 339 */
	for (b = ag->budgets; b != NULL; b = b->next)
		b->per_stated = false;
	OK(!calc_budget_year_whole(ag, 2025));
	OK(fabs(calc_budget_months(ag, m, 2025, &n) - (10 + 21.0 / 31)) < 1e-9);
	INT_EQ(n, 11);
	INT_EQ(calc_budget_year(ag, m, 2025, 31500), 336339);
	/* not prorated: August counts whole, 11 x 31 500 */
	ag->prorate = false;
	INT_EQ(calc_budget_year(ag, m, 2025, 31500), 346500);
	/* calendar years as before: 2025-08-11 - 2025-12-31 is 5 months */
	ag->year_start_m = 0;
	ag->year_start_d = 0;
	INT_EQ(calc_budget_year(ag, m, 2025, 31500), 157500);
	agreement_free(ag);
}

/* <stated-total of>: a kommun's 300 000 kr, a förening's 96 000 kr in
 * kind and 20 000 kr of money in a mixed budget, and a party whose help
 * has no value.  all: 416 000; public: 300 000; money: 320 000.  The
 * party without a value has no figure in any scope (never "0 kr"). */
static void
test_fix4_stated_scope(void)
{
	struct agreement *ag = adj_agreement("2025-01-01", "2025-12-31", 0, 300000);
	struct party *f = arena_alloc(ag->arena, sizeof(*f));
	struct party *c = arena_alloc(ag->arena, sizeof(*c));
	long long kind[] = { 96000, 20000 }, none[] = { 0 };
	struct budget *b;
	bool has;

	f->id = "f";
	f->role = ROLE_IDEBUREN;
	c->id = "c";
	c->role = ROLE_IDEBUREN;
	ag->parties->next = f;
	f->next = c;
	ag->nparties = 3;
	ag->budgets->kind = BUDGET_MONEY;
	b = budget(ag, f, 0, kind, 2);
	b->kind = BUDGET_IN_KIND;
	b->lines->next->econ.kind = LINE_KIND_MONEY;
	b = budget(ag, c, 0, none, 1);
	b->kind = BUDGET_IN_KIND;
	b->lines->econ.not_valued = true;
	ag->stated_total_of = STATED_ALL;
	INT_EQ(calc_stated_scope_total(ag, 2025), 416000);
	calc_stated_scope_party(ag, c, 2025, &has);
	OK(!has);
	ag->stated_total_of = STATED_PUBLIC;
	INT_EQ(calc_stated_scope_total(ag, 2025), 300000);
	calc_stated_scope_party(ag, f, 2025, &has);
	OK(!has);
	ag->stated_total_of = STATED_MONEY;
	INT_EQ(calc_stated_scope_total(ag, 2025), 320000);
	INT_EQ(calc_stated_scope_party(ag, f, 2025, &has), 20000);
	OK(has);
	calc_stated_scope_party(ag, c, 2025, &has);
	OK(!has);
	agreement_free(ag);
}

static void
test_fix4(void)
{
	test_fix4_month_agreement_year();
	test_fix4_stated_scope();
}
