/* Stated figures as the tables print them: what the source states, never
 * replaced by what iopdoc computes (the checks compare the two). */
#include "calc.h"
#include "stated.h"

long long
stated_budget_total(const struct budget *b)
{
	return b->has_stated_total ? b->stated_total : budget_total(b);
}

long long
stated_party_total(const struct agreement *ag, const struct party *p, int year, bool *has)
{
	return party_sum(ag, p, year, has, stated_budget_total);
}

bool
stated_agreement_total(const struct agreement *ag, int year, long long *out)
{
	int checked;

	/* validate.c compares <stated-total> with this year's sum */
	/* a total of some parties or kinds is no whole of the summary */
	if (!ag->has_stated_total || ag->stated_total_per != PER_YEAR ||
	    ag->stated_total_of != STATED_ALL ||
	    !calc_stated_total_year(ag, &checked) || year != checked)
		return false;
	*out = ag->stated_total;
	return true;
}
