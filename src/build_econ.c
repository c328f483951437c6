/* The budget table's figures where the economy of issue 12 changes
 * them: lines listed without a value, and totals of valued lines only. */
#include "build_econ.h"
#include "calc.h"

const char *
build_econ_line_amount(struct builder *bd, const struct budget *bg,
    const struct budget_line *l)
{
	if (l->econ.not_valued)
		return bd->t->label_budget_not_valued;
	return build_money(bd, l->amount, bg->kronor);
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
	return build_money(bd, budget_total(bg), bg->kronor);
}
