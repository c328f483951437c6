/* The model of a general table (<table>): its columns, its rows (header
 * rows, body rows, group labels, stated sums and totals) and its notes,
 * as plain C structs in the document's arena.  Part of the model
 * (model.h includes it); table.c has what is computed from it. */
#ifndef IOPDOC_MODEL_TABLE_H
#define IOPDOC_MODEL_TABLE_H

#include <stdbool.h>
#include <stddef.h>

struct rich;

enum table_col_kind { TCOL_TEXT, TCOL_INTEGER, TCOL_KRONOR, TCOL_PERCENT, TCOL_DATE };
enum table_align { TALIGN_DEFAULT, TALIGN_LEFT, TALIGN_RIGHT, TALIGN_CENTER };

struct table_column {
	enum table_col_kind	 kind;
	int			 decimals;	/* -1: not stated */
	enum table_align	 align;
	double			 width;		/* percent of the table; 0: sized by the layout */
	bool			 row_header;	/* header="yes": its body cells head their rows */
	bool			 not_summed;	/* sum="no": rates or averages, not added up */
	long			 line;
	bool			 wraps;		/* a figure column sized as text: a budget's
						 * estimates and ceilings wrap in it */
};

struct table_cell {
	struct table_cell	*next;
	struct rich		*text;		/* as written; empty: prints nothing */
	size_t			 span;		/* columns it covers, 1 or more */
	long			 line;
};

enum table_row_kind {
	TROW_HEADER,	/* in <header> */
	TROW_BODY,	/* a <row> of the body, in a group or not */
	TROW_GROUP,	/* a group's label, printed as a row of its own */
	TROW_SUM,	/* a group's <sum> */
	TROW_TOTAL,	/* the table's <total> */
};

struct table_row {
	struct table_row	*next;
	enum table_row_kind	 kind;
	struct table_cell	*cells;
	size_t			 ncells;
	size_t			 group;		/* BODY, SUM: 1-based number of its group; 0: none */
	size_t			 label_cell;	/* SUM, TOTAL: 1-based cell that is its label; 0: none */
	char			*label;		/* GROUP */
	long			 line;
};

struct table_note {
	struct table_note	*next;
	struct rich		*text;
	long			 line;
};

struct table {
	struct rich		*caption;	/* empty: none */
	struct table_column	*columns;	/* ncolumns, from <column> */
	size_t			 ncolumns;
	struct table_row	*rows;		/* in document order */
	struct table_note	*notes;
	long			 line;
};

#endif
