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

/* A budget of one post prints no total row that repeats its figure;
 * with two posts, or a stated total that differs from the one post
 * (printed as stated, validate.c warns), the total row stays. */
static void
test_econ_one_line_total(void)
{
	struct agreement *ag = adj_agreement("2025-01-01", "2025-12-31", 2025, 240000);
	long long two[] = { 100000, 50000 };
	struct budget *one = ag->budgets, *pair;

	OK(one != NULL && one->lines != NULL && one->lines->next == NULL);
	OK(!build_econ_total_row(one));
	one->total_line = 12;
	one->has_stated_total = true;
	one->stated_total = 240000;
	OK(!build_econ_total_row(one));
	one->stated_total = 250000;
	OK(build_econ_total_row(one));
	pair = budget(ag, ag->parties, 2025, two, 2);
	OK(build_econ_total_row(pair));
	agreement_free(ag);
}

/* A line's nature and payment rhythm, read as written. */
static void
test_econ_reader(void)
{
	static const char xml[] =
	    "<agreement id=\"t\" kind=\"iop\" status=\"final\"><title>Ö</title>"
	    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>"
	    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>"
	    "<period from=\"2025-01-01\" to=\"2025-12-31\"/>"
	    "<economy><budget party=\"k\" kind=\"money\">"
	    "<line amount=\"240000\" nature=\"IOP-ersättning\" payment=\"quarterly\"><label>A</label></line>"
	    "<line amount=\"35000\" nature=\"ersätter föreningsbidrag\" payment=\"half-yearly\""
	    " payment-months=\" 7 1 \"><label>B</label></line>"
	    "<line kind=\"in-kind\" valued=\"no\"><label>C</label></line>"
	    "</budget></economy><text><p>x</p></text></agreement>";
	struct agreement *ag = NULL;
	const struct budget_line *l;
	char *path = write_temp(xml, strlen(xml));

	INT_EQ(xml_read_agreement(path, &ag), 0);
	if (ag != NULL) {
		l = ag->budgets->lines;
		STR_EQ(l->econ.nature, "IOP-ersättning");
		INT_EQ(l->econ.payment, LINE_PAY_QUARTERLY);
		INT_EQ(l->econ.payment_months, 0);
		l = l->next;
		STR_EQ(l->econ.nature, "ersätter föreningsbidrag");
		INT_EQ(l->econ.payment, LINE_PAY_HALF_YEARLY);
		INT_EQ(l->econ.payment_months, (1u << 1) | (1u << 7));
		INT_EQ(l->econ.npayment_months, 2);
		l = l->next;
		OK(l->econ.not_valued && !l->econ.has_amount);
		INT_EQ(l->econ.kind, LINE_KIND_IN_KIND);
		INT_EQ(budget_total(ag->budgets), 275000);
		agreement_free(ag);
	}
	unlink(path);
	free(path);
}

/* A line priced per unit counts with its amount, or its estimate when it
 * has none; with neither (a ceiling only) it has no figure. */
static void
test_econ_priced(void)
{
	static const char xml[] =
	    "<agreement id=\"t\" kind=\"iop\" status=\"final\"><title>Ö</title>"
	    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>"
	    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>"
	    "<period from=\"2025-01-01\" to=\"2025-12-31\"/>"
	    "<economy><budget party=\"k\" kind=\"money\">"
	    "<line amount=\"30000\" unit-price=\"2500\" unit=\"tillfälle\" quantity=\"12\""
	    " condition=\" om inte  styrgruppen beslutar annat \"><label>A</label></line>"
	    "<line unit-price=\"150\" unit=\"resa\" estimate=\"45000\" ceiling=\"60000\"><label>B</label></line>"
	    "<line unit-price=\"450\" unit=\"natt\" ceiling=\"600000\"><label>C</label></line>"
	    "</budget><pool amount=\"300000\" year=\"2025\"><description>d</description>"
	    "<share party=\"k\"/><share party=\"f\"/></pool></economy><text><p>x</p></text></agreement>";
	struct agreement *ag = NULL;
	const struct budget_line *l;
	struct year_amount ya;
	char *path = write_temp(xml, strlen(xml));

	INT_EQ(xml_read_agreement(path, &ag), 0);
	if (ag != NULL) {
		agreement_link(ag);
		l = ag->budgets->lines;
		OK(line_has_figure(l));
		INT_EQ(l->econ.unit_price * l->econ.count, l->amount);
		STR_EQ(l->econ.condition, "om inte styrgruppen beslutar annat");
		l = l->next;
		OK(line_has_figure(l));
		INT_EQ(l->amount, 45000);	/* the estimate, not the ceiling */
		INT_EQ(l->econ.ceiling, 60000);
		l = l->next;
		OK(!line_has_figure(l));
		/* 30 000 + 45 000: the ceiling-only line adds nothing */
		INT_EQ(budget_total(ag->budgets), 75000);
		OK(ag->budgets->party != NULL);
		INT_EQ(calc_party_year(ag, ag->parties, 2025, &ya), CALC_OK);
		INT_EQ(ya.amount, 75000);	/* the pool is no party's */
		INT_EQ(ag->pools->amount, 300000);
		INT_EQ(ag->pools->year, 2025);
		STR_EQ(ag->pools->description, "d");
		STR_EQ(ag->pools->shares->next->party_id, "f");
		agreement_free(ag);
	}
	unlink(path);
	free(path);
}
