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
/* A priced line's price ("450 kr/natt") and count; NULL: not given. */
const char	*build_econ_unit_price(struct builder *, const struct budget *,
		    const struct budget_line *);
const char	*build_econ_count(struct builder *, const struct budget_line *);

/* The amount column's heading: the budget's own, else the template's. */
const char	*build_econ_amount_heading(struct builder *, const struct budget *);

/* Whether the budget's table ends in a total row: not for one post
 * (the same figure again) unless a stated total differs from it. */
bool		 build_econ_total_row(const struct budget *);

/* The total row's amount: the valued lines' sum, or "ej värderat" when
 * no line has a value (never "0 kr"). */
const char	*build_econ_total_amount(struct builder *, const struct budget *);

/* Under a budget summary of year: how its monthly budgets were counted
 * ("… för 2 månader som överenskommelsen gäller år 2025."); nothing when
 * none counts. */
void		 build_econ_summary_months(struct builder *, const struct agreement *, int year);

/* build_econ_table.c: the budget as a general table (its caption not
 * included), and the budget printed: caption, table, stated remark. */
struct table	*build_econ_table(struct builder *, const struct budget *);
void		 build_econ_budget(struct builder *, const struct budget *);
/* build_econ_table.c: a cell's plain text (empty for NULL), and a row of
 * n empty cells (*cells[i] is cell i), for the budget tables. */
struct rich	*build_econ_rich(struct builder *, const char *, long line);
struct table_row *build_econ_row(struct builder *, enum table_row_kind, size_t n,
		    long line, struct table_cell **cells);
/* build_econ_columns.c: a budget with <columns> as a general table. */
struct table	*build_econ_columns_table(struct builder *, const struct budget *);

#endif
