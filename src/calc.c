/* Totals and shares, computed from the budget lines. */
#include "calc.h"
#include "model.h"

long long
budget_total(const struct budget *b)
{
	const struct budget_line *l;
	long long sum = 0;

	for (l = b->lines; l != NULL; l = l->next)
		sum += l->amount;
	return sum;
}

int
calc_summary_year(const struct agreement *ag)
{
	const struct budget *b;
	int year = 0;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->year != 0 && (year == 0 || b->year < year))
			year = b->year;
	return year;
}

long long
party_total(const struct agreement *ag, const struct party *p, int year, bool *has)
{
	const struct budget *b;
	long long sum = 0;

	*has = false;
	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->party != p || (b->year != 0 && b->year != year))
			continue;
		*has = true;
		sum += budget_total(b);
	}
	return sum;
}

long long
agreement_total(const struct agreement *ag, int year)
{
	const struct party *p;
	long long sum = 0;
	bool has;

	for (p = ag->parties; p != NULL; p = p->next)
		sum += party_total(ag, p, year, &has);
	return sum;
}
