/* The checks of general tables (<table>): rows that cover the columns,
 * spans and widths that fit, and stated sums and totals against the
 * rows they add up.  Included by validate.c. */
#ifndef IOPDOC_VALIDATE_TABLE_H
#define IOPDOC_VALIDATE_TABLE_H

struct arena;
struct block;

/* Checks every table among blocks and their children, reporting at
 * path's lines.  Returns the number of errors (warnings and notes do
 * not count); the figures printed are never changed. */
int	validate_tables(const char *path, struct arena *, const struct block *);

#endif
