/* The budget table's figures where the economy of issue 12 changes
 * them: lines listed without a value, lines priced per unit, and totals
 * of the lines with a figure only. */
#include <stdio.h>

#include "build_econ.h"
#include "calc.h"
#include "format.h"
#include "mem.h"
#include "stated.h"

/* A priced line's amount cell as the source gives it: the amount, or
 * "uppskattat 540 000 kr", or "inget belopp angivet" (never 0 kr, never
 * "ej värderat", which is help not valued), then ", högst 600 000 kr". */
static const char *
priced_amount(struct builder *bd, const struct budget *bg, const struct budget_line *l)
{
	const struct line_econ *e = &l->econ;
	const char *s = NULL;

	if (e->has_amount)
		s = build_money(bd, l->amount, bg->kronor);
	else if (e->has_estimate)
		s = arena_printf(bd->a, "%s %s", bd->t->label_budget_estimate,
		    build_money(bd, e->estimate, bg->kronor));
	else
		s = bd->t->label_budget_no_amount;
	if (e->has_ceiling) {
		const char *c = arena_printf(bd->a, "%s %s", bd->t->label_budget_ceiling,
		    build_money(bd, e->ceiling, bg->kronor));

		s = s == NULL ? c : arena_printf(bd->a, "%s, %s", s, c);
	}
	return s != NULL ? s : "–";
}

const char *
build_econ_line_amount(struct builder *bd, const struct budget *bg,
    const struct budget_line *l)
{
	if (l->econ.not_valued)
		return bd->t->label_budget_not_valued;
	if (l->econ.has_unit_price)
		return priced_amount(bd, bg, l);
	return build_money(bd, l->amount, bg->kronor);
}

bool
build_econ_priced(const struct budget *bg)
{
	const struct budget_line *l;

	for (l = bg->lines; l != NULL; l = l->next)
		if (l->econ.has_unit_price)
			return true;
	return false;
}

const char *
build_econ_unit_price(struct builder *bd, const struct budget *bg, const struct budget_line *l)
{
	const struct line_econ *e = &l->econ;
	const char *price;

	if (!e->has_unit_price)
		return NULL;
	price = build_money(bd, e->unit_price, bg->kronor);
	return e->unit != NULL ? arena_printf(bd->a, "%s/%s", price, e->unit) : price;
}

const char *
build_econ_count(struct builder *bd, const struct budget_line *l)
{
	char n[64];

	if (!l->econ.has_count)
		return NULL;
	number_format(l->econ.count, n, sizeof(n));
	return arena_strdup(bd->a, n);
}

const char *
build_econ_amount_heading(struct builder *bd, const struct budget *bg)
{
	const char *typed = bg->type == BUDGET_COSTS ? bd->t->label_costs_amount :
	    bg->type == BUDGET_FINANCING ? bd->t->label_financing_amount : NULL;

	if (bg->amount_heading != NULL)
		return bg->amount_heading;
	if (typed != NULL)
		return bg->per == PER_MONTH ? arena_printf(bd->a, "%s per månad", typed) : typed;
	return bg->per == PER_MONTH ? bd->t->label_budget_amount_month : bd->t->label_budget_amount;
}

bool
build_econ_total_row(const struct budget *bg)
{
	/* one post: its total would repeat its figure, unless the source
	 * states another (printed as stated; validate.c warns) */
	if (bg->lines != NULL && bg->lines->next == NULL &&
	    !(bg->has_stated_total && bg->stated_total != budget_total(bg)))
		return false;
	return budget_valued(bg) || bg->total_line != 0;
}

const char *
build_econ_total_amount(struct builder *bd, const struct budget *bg)
{
	if (!budget_valued(bg))
		return bd->t->label_budget_not_valued;
	/* as stated where the source states it (stated.c) */
	return build_money(bd, stated_budget_total(bg), bg->kronor);
}

/* The summary's line on monthly budgets in an agreement year, or in a
 * part year of full yearly amounts: which months count and why. */
static const char *
summary_months_of_budget_year(struct builder *bd, const struct agreement *ag, int year,
    double m)
{
	const char *name = calc_agreement_years(ag) ?
	    arena_printf(bd->a, "avtalsåret %d/%02d", year, (year + 1) % 100) :
	    arena_printf(bd->a, "år %d", year);
	char months[32];

	if (calc_budget_year_covered(ag, year))
		return arena_printf(bd->a, "Belopp per månad är räknade för 12 månader, "
		    "hela %s.", name);
	if (calc_budget_year_whole(ag, year))
		return arena_printf(bd->a, "Belopp per månad är räknade för 12 månader: "
		    "beloppen för %s är årsbelopp.", name);
	snprintf(months, sizeof(months), m == (double)(long)m ? "%.0f" : "%.1f", m);
	for (char *p = months; *p != '\0'; p++)
		if (*p == '.')
			*p = ',';
	return arena_printf(bd->a, "Belopp per månad är räknade för %s %s som "
	    "överenskommelsen gäller %s.", months, m == 1 ? "månad" : "månader", name);
}

void
build_econ_summary_months(struct builder *bd, const struct agreement *ag, int year)
{
	const struct budget *b;
	struct doc_node *n;
	const char *text;
	char months[32];
	int nmonths;
	double m;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->per == PER_MONTH && (b->year == 0 || b->year == year))
			break;
	if (b == NULL)
		return;
	m = calc_budget_months(ag, NULL, year, &nmonths);
	if (year == 0)
		text = "Belopp per månad är räknade gånger 12.";
	else if (calc_agreement_years(ag) || !calc_budget_year_covered(ag, year))
		text = summary_months_of_budget_year(bd, ag, year, m);
	else {
		snprintf(months, sizeof(months), m == (double)nmonths ? "%.0f" : "%.1f", m);
		for (char *p = months; *p != '\0'; p++)
			if (*p == '.')
				*p = ',';
		text = arena_printf(bd->a, "Belopp per månad är räknade för %s %s som "
		    "överenskommelsen gäller år %d.", months, m == 1 ? "månad" : "månader", year);
	}
	n = build_plain(bd, text, FACE_REGULAR, bd->t->size_small, b->line);
	n->space_before = 0;
	n->table_note = true;
}
