/* A budget with several money columns (<columns> in <budget>): one
 * column per year of one party, or per party of one year, and a total
 * column.  Part of the model (model.h includes it); econ_columns.c
 * derives from it the one-column budgets that the calculations count. */
#ifndef IOPDOC_MODEL_COLUMNS_H
#define IOPDOC_MODEL_COLUMNS_H

#include <stdbool.h>
#include <stddef.h>

/* What a column holds: year="…", party="…" or total="yes" (NONE: none
 * or more than one written, validate_columns.c's error). */
enum column_basis { COLUMN_NONE, COLUMN_YEAR, COLUMN_PARTY, COLUMN_TOTAL };

struct budget_column {
	struct budget_column	*next;
	char			*id;
	char			*heading;	/* as written; NULL: the year or party */
	enum column_basis	 basis;
	int			 nbases;	/* of year, party, total: how many written */
	int			 year;		/* COLUMN_YEAR */
	char			*party_id;	/* COLUMN_PARTY */
	int			 kind;		/* enum budget_kind: kind="…", else 0 */
	bool			 not_valued;	/* valued="no" */
	long			 line;
};

/* <amount column="…">300000</amount> on a line or in <total>. */
struct column_amount {
	struct column_amount	*next;
	char			*column_id;
	long long		 amount;	/* kr */
	long			 line;
};

struct budget_columns {
	struct budget_column	*first;		/* in document order */
	size_t			 n;
	struct column_amount	*totals;	/* in <total>, as stated */
	long			 line;
};

#endif
