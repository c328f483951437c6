/* The cost budget in a nämnd report (issue 12, FIN): one sentence under
 * the economy table, so the reader sees what the effort costs beside
 * what the parties pay.  The costs are no party's money. */
#include <stdbool.h>

#include "buf.h"
#include "build_common.h"
#include "build_report_int.h"
#include "calc.h"
#include "mem.h"
#include "model.h"
#include "stated.h"

/* The year's cost budgets as a short table, a line a row and their
 * Summa (the stated total where stated, as the sentence after it says):
 * what the effort costs, post by post (review s28, Kvarnby: the agreement
 * has a cost budget, the report gave only its sum). */
static void
costs_table(struct rep *r, const struct agreement *ag, long long sum)
{
	const struct budget *b;
	const struct budget_line *l;
	struct doc_table *tb;
	size_t n = 0, row = 1;

	for (b = ag->cost_budgets; b != NULL; b = b->next)
		if ((b->year == 0 || b->year == r->year) && budget_valued(b) && b->per != PER_MONTH)
			for (l = b->lines; l != NULL; l = l->next)
				n++;
	if (n < 2)
		return;
	report_text(r, arena_printf(r->bd.a, "Verksamhetens kostnadsbudget %d:",
	    r->year))->keep_with_next = true;
	tb = build_table(&r->bd, 2, n + 2);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Kostnad", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, arena_printf(r->bd.a, "Belopp %d", r->year), true,
	    DALIGN_RIGHT, 0);
	for (b = ag->cost_budgets; b != NULL; b = b->next) {
		if ((b->year != 0 && b->year != r->year) || !budget_valued(b) || b->per == PER_MONTH)
			continue;
		for (l = b->lines; l != NULL; l = l->next, row++) {
			build_cell_text(&r->bd, tb, row, 0, rich_plain(r->bd.a, &l->label), false,
			    DALIGN_LEFT, 0);
			build_cell_text(&r->bd, tb, row, 1, l->econ.not_valued ? REPORT_NOT_VALUED :
			    line_has_figure(l) ? build_money(&r->bd, l->amount, false) : "–", false,
			    DALIGN_RIGHT, 0);
		}
	}
	tb->rows[row]->total = true;
	build_cell_text(&r->bd, tb, row, 0, "Summa", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, row, 1, build_money(&r->bd, sum, false), true, DALIGN_RIGHT, 0);
	build_table_block(&r->bd, tb)->keep_together = true;
}

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
	const char *how, *share = "";

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
	if (has_year && !has_month)
		costs_table(r, ag, year_sum);
	diff = year_sum - am->total;
	if (has_month || !(am->has_kommun || am->has_ideburen || am->has_other_public))
		how = ".";
	else if (diff == 0)
		how = " och finansieras av parternas belopp ovan.";
	else
		how = arena_printf(r->bd.a, ", %s %s än parternas belopp ovan.",
		    build_money(&r->bd, diff > 0 ? diff : -diff, false), diff > 0 ? "mer" : "mindre");
	/* the share of the costs the kommun's money covers, a whole percent
	 * (review s28: which share the kommun's ersättning covers) */
	if (has_year && !has_month && am->has_kommun && am->kommun > 0 && year_sum > 0 &&
	    am->kommun < year_sum)
		share = arena_printf(r->bd.a, " Kommunens finansiering, %s, täcker %lld" NBSP "%% av "
		    "kostnaderna.", build_money(&r->bd, am->kommun, false),
		    (am->kommun * 200 / year_sum + 1) / 2);
	report_text(r, arena_printf(r->bd.a, "Verksamhetens budgeterade kostnader %d är "
	    "%s%s%s%s%s%s", r->year,
	    has_year ? build_money(&r->bd, year_sum, false) : "",
	    has_year && has_month ? " och " : "",
	    has_month ? build_money(&r->bd, month_sum, false) : "",
	    has_month ? " per månad" : "", how, share));
}
