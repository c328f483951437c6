/* What the economy of issue 12 prints in a budget table: a line's amount
 * cell and the total row.  Included by build_agreement.c. */
#ifndef IOPDOC_BUILD_ECON_H
#define IOPDOC_BUILD_ECON_H

#include <stdbool.h>

#include "build_common.h"

/* The amount cell of a line: "450 000 kr", or the template's "ej
 * värderat" for a line listed without a value; in the arena. */
const char	*build_econ_line_amount(struct builder *, const struct budget *,
		    const struct budget_line *);

/* Whether a line of the budget is priced per unit: the table then has a
 * price and a count column before the amount. */
bool		 build_econ_priced(const struct budget *);
/* The headings "Pris" and "Antal" at columns col and col + 1 of row 0. */
void		 build_econ_price_heads(struct builder *, struct doc_table *, size_t col,
		    const struct budget *);
/* A line's price ("450 kr/natt") and count ("1 200") at col, col + 1. */
void		 build_econ_price_cells(struct builder *, struct doc_table *, size_t row,
		    size_t col, const struct budget *, const struct budget_line *);

/* After the label in the label cell: the line's condition, in italics
 * (" – om inte styrgruppen beslutar annat"); nothing without one. */
void		 build_econ_condition(struct builder *, struct doc_text *,
		    const struct budget_line *);

/* Whether the table has a total row: when a line has a value, or when
 * the budget has a <total> (which then reads "ej värderat"). */
bool		 build_econ_total_row(const struct budget *);

/* The total row's amount: the valued lines' sum, or "ej värderat" when
 * no line has a value (never "0 kr"). */
const char	*build_econ_total_amount(struct builder *, const struct budget *);

#endif
