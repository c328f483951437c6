/* The checks of what issue 12 adds to the economy: budget lines that
 * are listed without a value (valued="no"), and lines without amounts.
 * Called by validate_agreement (validate.c) before the totals, which
 * count only valued lines. */
#include <stdio.h>

#include "calc.h"
#include "diag.h"
#include "format.h"
#include "model.h"
#include "validate.h"

/* A line's amount and valued="no" agree with each other and with its
 * kind.  Returns the number of errors. */
static int
check_line(struct agreement *ag, const struct budget *b, const struct budget_line *l)
{
	char *label = rich_plain(ag->arena, &l->label), m[64];
	bool money = l->econ.kind == LINE_KIND_MONEY ||
	    (l->econ.kind == LINE_KIND_BUDGET && b->kind == BUDGET_MONEY);

	if (!l->econ.not_valued) {
		if (l->econ.has_amount)
			return 0;
		diag(ag->path, l->line, MSG_LINE_NO_AMOUNT, label);
		return 1;
	}
	if (l->econ.has_amount) {
		snprintf(m, sizeof(m), "%lld", l->amount);
		diag(ag->path, l->line, MSG_LINE_NOT_VALUED_AMOUNT, label, m);
		return 1;
	}
	if (money) {
		diag(ag->path, l->line, MSG_LINE_MONEY_NOT_VALUED, label,
		    l->econ.kind == LINE_KIND_MONEY ? "kind=\"money\"" :
		    "the budget's kind=\"money\"");
		return 1;
	}
	return 0;
}

int
validate_econ(struct agreement *ag)
{
	const struct budget *b;
	const struct budget_line *l;
	int errors = 0;
	char m[64];

	for (b = ag->budgets; b != NULL; b = b->next) {
		for (l = b->lines; l != NULL; l = l->next)
			errors += check_line(ag, b, l);
		if (b->has_stated_total && !budget_valued(b)) {
			money_format(b->stated_total, m, sizeof(m));
			diag(ag->path, b->total_line ? b->total_line : b->line,
			    MSG_BUDGET_STATED_NOT_VALUED, m,
			    b->party != NULL ? b->party->name : b->party_id);
		}
	}
	return errors;
}
