/* The checks of general tables (<table>): rows that cover the columns,
 * spans and widths that fit, and stated sums and totals against the
 * rows they add up.  Included by validate.c. */
#ifndef IOPDOC_VALIDATE_TABLE_H
#define IOPDOC_VALIDATE_TABLE_H

struct arena;
struct block;
struct table;
struct table_row;

/* A stated sum or total its rows do not add up to, rounding and rates
 * aside: the builder prints a remark under the table with the rows' sum,
 * so a reader sees the difference the check reported. */
struct table_mismatch {
	struct table_mismatch	*next;
	const struct table_row	*row;		/* the sum or total row */
	const char		*group;		/* a sum row's group label; NULL */
	size_t			 col;
	const char		*column;	/* its heading, or "kolumn 3" */
	const char		*computed;	/* "1 402", as the stated figure */
};

/* Checks every table among blocks and their children, reporting at
 * path's lines.  Returns the number of errors (warnings and notes do
 * not count); the figures printed are never changed. */
int	validate_tables(const char *path, struct arena *, const struct block *);

/* The mismatches of one table that passed validate_tables, in row then
 * column order; nothing is reported.  NULL: none. */
struct table_mismatch	*validate_table_mismatches(struct arena *, const struct table *);

#endif
