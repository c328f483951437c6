/* Figures iopdoc computes from the model: totals and shares.  Computes,
 * never prints.  Any stage after the reader may include this header. */
#ifndef IOPDOC_CALC_H
#define IOPDOC_CALC_H

#include <stdbool.h>

struct agreement;
struct budget;
struct party;

/* Sum of a budget's lines, kr. */
long long	budget_total(const struct budget *);

/* The year a summary of all budgets speaks of when none is named: the
 * earliest year any budget names, or 0 when none names one. */
int		calc_summary_year(const struct agreement *);

/* A party's total for a year: its budgets for that year plus those that
 * hold for every year (year 0).  *has says whether any budget counted. */
long long	party_total(const struct agreement *, const struct party *,
		    int year, bool *has);

/* All parties' totals for a year, kr. */
long long	agreement_total(const struct agreement *, int year);

#endif
