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

/* Whether the table has a total row: when a line has a value, or when
 * the budget has a <total> (which then reads "ej värderat"). */
bool		 build_econ_total_row(const struct budget *);

/* The total row's amount: the valued lines' sum, or "ej värderat" when
 * no line has a value (never "0 kr"). */
const char	*build_econ_total_amount(struct builder *, const struct budget *);

#endif
