/* What the nämnd report says of the economy of issue 12: help that an
 * agreement lists without a value. */
#include <stdbool.h>

#include "buf.h"
#include "calc.h"
#include "build_report_int.h"
#include "mem.h"
#include "model.h"

void
report_econ_not_valued(struct buf *note, const struct agreement *ag,
    const struct party *p, int base_year)
{
	const struct budget *b;
	const struct budget_line *l;
	size_t n = 0;

	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->party != p || (b->year != 0 ? b->year : ag->from.y) != base_year)
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			char *label;

			if (!l->econ.not_valued)
				continue;
			label = rich_plain(ag->arena, &l->label);
			buf_printf(note, "%s%s", n++ == 0 ? "Ej värderad insats: " :
			    "; ", label);
		}
	}
	if (n > 0)
		buf_adds(note, ". ");
}

const char *
report_econ_sum(struct rep *r, bool public)
{
	bool has = false, not_valued = false;
	size_t i;

	for (i = 0; i < r->nags; i++) {
		has |= public ? r->amounts[i].has_kommun : r->amounts[i].has_ideburen;
		not_valued |= public ? r->amounts[i].kommun_not_valued :
		    r->amounts[i].ideburen_not_valued;
	}
	/* without either, the sum stays as it always printed */
	if (!has && not_valued)
		return "ej värderat";
	return build_money(&r->bd, public ? r->kommun : r->ideburen, false);
}

bool
report_econ_pays_nothing(const struct agreement *ag, const struct party *p,
    const struct year_amount *ya)
{
	const struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && b->kind == BUDGET_MONEY)
			return false;
	return ya->valued;
}
