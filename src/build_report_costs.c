/* The cost budget in a nämnd report (issue 12, FIN): one sentence under
 * the economy table, so the reader sees what the effort costs beside
 * what the parties pay.  The costs are no party's money. */
#include <stdbool.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "mem.h"
#include "model.h"
#include "stated.h"

/* "Verksamhetens budgeterade kostnader 2025 är 1 060 000 kr och
 * finansieras av parternas belopp ovan." from the costs budgets of the
 * report's year (their sum, as printed: stated totals where stated);
 * budgets without year count in every year.  Costs other than the Summa
 * of the table above (am) say the difference: "…, 40 000 kr mer än
 * parternas belopp ovan."; monthly costs, or a table with no figure,
 * stand without it.  Nothing when there are none or none has a value. */
void
report_econ_costs(struct rep *r, const struct agreement *ag, const struct ag_amounts *am)
{
	const struct budget *b;
	long long year_sum = 0, month_sum = 0, diff;
	bool has_year = false, has_month = false;
	const char *how;

	for (b = ag->cost_budgets; b != NULL; b = b->next) {
		if ((b->year != 0 && b->year != r->year) || !budget_valued(b))
			continue;
		if (b->per == PER_MONTH) {
			month_sum += stated_budget_total(b);
			has_month = true;
		} else {
			year_sum += stated_budget_total(b);
			has_year = true;
		}
	}
	if (!has_year && !has_month)
		return;
	diff = year_sum - am->total;
	if (has_month || !(am->has_kommun || am->has_ideburen || am->has_other_public))
		how = ".";
	else if (diff == 0)
		how = " och finansieras av parternas belopp ovan.";
	else
		how = arena_printf(r->bd.a, ", %s %s än parternas belopp ovan.",
		    build_money(&r->bd, diff > 0 ? diff : -diff, false), diff > 0 ? "mer" : "mindre");
	report_text(r, arena_printf(r->bd.a, "Verksamhetens budgeterade kostnader %d är "
	    "%s%s%s%s%s", r->year,
	    has_year ? build_money(&r->bd, year_sum, false) : "",
	    has_year && has_month ? " och " : "",
	    has_month ? build_money(&r->bd, month_sum, false) : "",
	    has_month ? " per månad" : "", how));
}
