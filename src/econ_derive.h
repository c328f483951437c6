/* What the reader's model of an economy implies beyond what is written:
 * each <financing> line is a party's contribution for the year. */
#ifndef IOPDOC_ECON_DERIVE_H
#define IOPDOC_ECON_DERIVE_H

struct agreement;

/* Links the parties of the costs budgets and financing lines, gives a
 * financing line without <label> its party's name, and appends to
 * ag->budgets one data-only contribution (derived_from set, never
 * printed) per party and financing, holding copies of that party's
 * lines.  So totals, <budget-summary>, adjustments and the reports count
 * a financing line exactly as a budget line.  A line naming no party is
 * left out (validate_financing.c reports it).  Called once, after
 * agreement_link; allocates in the agreement's arena only. */
void	econ_derive(struct agreement *);

#endif
