/* Unit tests of the economy of issue 12 (calc.c's valued lines), included
 * by unit.c: it shares unit.c's helpers budget() and adj_agreement(). */

/* Help in kind listed without a value: never a figure, never 0 kr. */
static void
test_econ_not_valued(void)
{
	struct agreement *ag = adj_agreement("2025-01-01", "2026-12-31", 2025, 240000);
	struct party *f = arena_alloc(ag->arena, sizeof(*f));
	long long more[] = { 35000 }, none[] = { 0, 0 };
	struct budget *premises, *help;
	struct year_amount ya;
	bool has;

	f->id = "f";
	f->name = "Föreningen";
	f->role = ROLE_IDEBUREN;
	ag->parties->next = f;
	ag->nparties = 2;
	budget(ag, ag->parties, 2025, more, 1);
	premises = budget(ag, ag->parties, 0, none, 1);
	premises->lines->econ.not_valued = true;
	help = budget(ag, f, 0, none, 2);
	help->lines->econ.not_valued = true;
	help->lines->next->econ.not_valued = true;
	ag->adjustment.kind = ADJ_PERCENT;
	ag->adjustment.has_percent = true;
	ag->adjustment.percent = 2;
	date_parse("2026-01-01", &ag->adjustment.from);

	OK(budget_valued(ag->budgets));
	OK(!budget_valued(premises));
	OK(!budget_valued(help));
	OK(party_valued(ag, ag->parties, 2025));
	OK(!party_valued(ag, f, 2025));
	INT_EQ(party_total(ag, ag->parties, 2025, &has), 275000);
	/* the kommun: 240 000 + 35 000 kr, the premises add nothing */
	INT_EQ(calc_party_year(ag, ag->parties, 2025, &ya), CALC_OK);
	INT_EQ(ya.amount, 275000);
	OK(ya.valued);
	/* 2026: 275 000 kr x 1.02 = 280 500 kr */
	INT_EQ(calc_party_year(ag, ag->parties, 2026, &ya), CALC_OK);
	INT_EQ(ya.amount, 280500);
	/* the förening lists help only: an amount without a value */
	INT_EQ(calc_party_year(ag, f, 2026, &ya), CALC_OK);
	OK(!ya.valued);
	agreement_free(ag);
}
