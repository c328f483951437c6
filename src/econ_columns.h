/* Budgets with several money columns (model_columns.h): the one-column
 * budgets the calculations count, and the sums of rows and columns the
 * checks and the table share. */
#ifndef IOPDOC_ECON_COLUMNS_H
#define IOPDOC_ECON_COLUMNS_H

#include <stdbool.h>

#include "model.h"

/* Moves each budget with <columns> out of ag->budgets into ag->columned
 * and puts in its place one derived budget per year or party column:
 * that party's contribution for that year, as a one-column budget of
 * that party and year would be, with source pointing back.  A column
 * with no figure on any line and no stated total derives nothing (its
 * amount is not known, never 0).  Called once, by the reader. */
void	econ_columns_derive(struct agreement *ag);

/* Whether b is a column's budget after the first of its source: its own
 * <adjustment> is the source's, checked once at the first. */
bool	econ_columns_repeat(const struct agreement *, const struct budget *b);

/* Whether the budget with columns b is party p's: by its link, or by
 * its party id (a budget with columns is read before its party is
 * linked). */
bool	econ_columns_of_party(const struct budget *b, const struct party *p);

/* The column with the id, or NULL. */
const struct budget_column *econ_column_find(const struct budget_columns *, const char *id);
/* The budget's total column, or NULL. */
const struct budget_column *econ_column_total(const struct budget_columns *);
/* The first amount of the list in the column, or NULL. */
const struct column_amount *econ_column_amount(const struct column_amount *, const char *id);

/* Whether the line's cell in column c is help listed without a value:
 * the column says valued="no", or the line does and the column is not
 * one of money (a region's money column beside the förening's hours
 * reads "–", not "ej värderat"). */
bool	econ_column_not_valued(const struct budget *, const struct budget_column *,
	    const struct budget_line *);

/* The line's sum over the year and party columns; *has: whether it has
 * any figure there. */
long long	econ_columns_row_sum(const struct budget *, const struct budget_line *, bool *has);
/* The line's total as printed: its stated one in the total column, else
 * its row sum. */
long long	econ_columns_row_total(const struct budget *, const struct budget_line *, bool *has);
/* The column's sum over the lines (row totals for the total column). */
long long	econ_columns_column_sum(const struct budget *, const struct budget_column *,
		    bool *has);

#endif
