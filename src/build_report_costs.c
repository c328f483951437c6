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

/* "Verksamhetens budgeterade kostnader 2025 är 1 060 000 kr; de ingår inte
 * i parternas belopp ovan." from the costs budgets of the report's year (their
 * sum, as printed: stated totals where stated), yearly and monthly apart;
 * budgets without year count in every year.  Nothing when there are none
 * or none has a value. */
void
report_econ_costs(struct rep *r, const struct agreement *ag)
{
	const struct budget *b;
	long long year_sum = 0, month_sum = 0;
	bool has_year = false, has_month = false;

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
	report_text(r, arena_printf(r->bd.a, "Verksamhetens budgeterade kostnader %d är "
	    "%s%s%s%s; de ingår inte i parternas belopp ovan.", r->year,
	    has_year ? build_money(&r->bd, year_sum, false) : "",
	    has_year && has_month ? " och " : "",
	    has_month ? build_money(&r->bd, month_sum, false) : "",
	    has_month ? " per månad" : ""));
}
