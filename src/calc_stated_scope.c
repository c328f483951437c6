/* What a <stated-total of="…"> adds up: every party and kind (all), the
 * public parties' budgets (public), or money without help in kind
 * (money).  Computes, never prints. */
#include "calc.h"
#include "model.h"

/* Whether a line is help in kind: its own kind, else its budget's. */
static bool
line_is_in_kind(const struct budget *b, const struct budget_line *l)
{
	if (l->econ.kind != LINE_KIND_BUDGET)
		return l->econ.kind == LINE_KIND_IN_KIND;
	return b->kind == BUDGET_IN_KIND;
}

/* A party's money for a year: the lines with a figure that are not help
 * in kind, monthly budgets counted as party_total counts them. */
static long long
party_money(const struct agreement *ag, const struct party *p, int year, bool *has)
{
	const struct budget *b;
	long long sum = 0;

	*has = false;
	for (b = ag->budgets; b != NULL; b = b->next) {
		const struct budget_line *l;
		long long money = 0;
		bool any = false;

		if (b->party != p || (b->year != 0 && b->year != year))
			continue;
		for (l = b->lines; l != NULL; l = l->next)
			if (!line_is_in_kind(b, l) && line_has_figure(l)) {
				money += l->amount;
				any = true;
			}
		if (!any)
			continue;
		*has = true;
		sum += calc_budget_year(ag, b, year, money);
	}
	return sum;
}

long long
calc_stated_scope_party(const struct agreement *ag, const struct party *p, int year,
    bool *has)
{
	long long t;

	switch (ag->stated_total_of) {
	case STATED_PUBLIC:
		if (p->role != ROLE_PUBLIC) {
			*has = false;
			return 0;
		}
		break;
	case STATED_MONEY:
		return party_money(ag, p, year, has);
	case STATED_ALL:
		break;
	}
	t = party_total(ag, p, year, has);
	/* a party that lists only help without a value has no figure */
	*has = *has && party_valued(ag, p, year);
	return t;
}

long long
calc_stated_scope_total(const struct agreement *ag, int year)
{
	const struct party *p;
	long long sum = 0;
	bool has;

	for (p = ag->parties; p != NULL; p = p->next)
		sum += calc_stated_scope_party(ag, p, year, &has);
	return sum;
}
