/* What is computed from a table of the model (model_table.h): its column
 * count, the columns its cells cover, and the Swedish figures of its
 * cells read as numbers.  Pure functions; included by the reader's
 * checks (validate_table.c), the builder (build_table.c) and the tests. */
#ifndef IOPDOC_TABLE_H
#define IOPDOC_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/* A figure as written: its value in millionths, the decimals it was
 * written with and the unit after it ("%", "kr"), with or without a
 * space before the unit. */
struct table_number {
	long long	 micros;
	int		 decimals;
	char		 unit[12];
	bool		 spaced;
};

/* The table's column count: its <column> count, or without columns the
 * widest row (spans counted). */
size_t	table_width(const struct table *);
/* The columns a row's cells cover, spans counted. */
size_t	table_row_cover(const struct table_row *);
/* The cell of row that starts at column col (0-based), or NULL when a
 * span covers that column or the row is short. */
struct table_cell *table_cell_at(const struct table_row *, size_t col);
/* True when s says "nothing here": empty, dashes ("–", "—"), a blank to
 * fill in ("______"). */
bool	table_blank(const char *s);
/* Reads a Swedish figure: "1 200", "1 200 kr", "12,5 %", "−3" (U+2212
 * or "-"), no-break or thin spaces between digit groups.  0, or -1 when
 * s is no figure ("ca 40", "uppgift saknas"). */
int	table_number_parse(const char *s, struct table_number *);
/* value (millionths) with decimals and n's unit, as Swedish writes it:
 * "1 990", "99,9 %".  Digit groups by plain spaces, for messages. */
void	table_number_format(long long micros, int decimals, const struct table_number *n,
	    char *out, size_t size);

#endif
