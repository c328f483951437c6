/* The figures the printed tables show: a total the source states is
 * printed as stated, and the computed one only where nothing is stated
 * (validate.c reports every difference).  Included by the builders. */
#ifndef IOPDOC_STATED_H
#define IOPDOC_STATED_H

#include <stdbool.h>

#include "model.h"

/* A budget's total row: its stated total, else the sum of its lines. */
long long	stated_budget_total(const struct budget *);

/* A party's row of a budget summary for year: the totals of its budgets
 * for that year and for every year, each as its total row prints it. */
long long	stated_party_total(const struct agreement *, const struct party *,
		    int year, bool *has);

/* The whole a budget summary of year prints: the <stated-total> of the
 * economy when it speaks of that year (the year validate.c checks it
 * for), true then and *out set. */
bool		stated_agreement_total(const struct agreement *, int year, long long *out);

#endif
