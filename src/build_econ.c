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
 * "uppskattat 540 000 kr", or "belopp ej angivet" (never 0 kr, never
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

void
build_econ_price_heads(struct builder *bd, struct doc_table *tb, size_t col,
    const struct budget *bg)
{
	build_cell_text(bd, tb, 0, col, bd->t->label_budget_price, true, DALIGN_RIGHT, bg->line);
	build_cell_text(bd, tb, 0, col + 1, bd->t->label_budget_count, true, DALIGN_RIGHT, bg->line);
	tb->fixed[col] = tb->fixed[col + 1] = true;
}

void
build_econ_price_cells(struct builder *bd, struct doc_table *tb, size_t row, size_t col,
    const struct budget *bg, const struct budget_line *l)
{
	const struct line_econ *e = &l->econ;
	char n[64];

	if (e->has_unit_price) {
		const char *price = build_money(bd, e->unit_price, bg->kronor);

		build_cell_text(bd, tb, row, col, e->unit != NULL ?
		    arena_printf(bd->a, "%s/%s", price, e->unit) : price, false, DALIGN_RIGHT,
		    l->line);
	}
	if (e->has_count) {
		number_format(e->count, n, sizeof(n));
		build_cell_text(bd, tb, row, col + 1, arena_strdup(bd->a, n), false,
		    DALIGN_RIGHT, l->line);
	}
}

void
build_econ_condition(struct builder *bd, struct doc_text *text, const struct budget_line *l)
{
	if (l->econ.condition == NULL)
		return;
	doc_span(bd->doc, text, " – ", FACE_REGULAR, l->line);
	doc_span(bd->doc, text, l->econ.condition, FACE_ITALIC, l->line);
}

bool
build_econ_total_row(const struct budget *bg)
{
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
