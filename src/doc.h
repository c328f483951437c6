/* The document tree: what a builder (build_agreement.c, later reports)
 * hands to the layout engine.  Blocks of styled text, tables, signature
 * grids and a table of contents, each with its structure role, and no
 * knowledge of pages, fonts files or PDF. */
#ifndef IOPDOC_DOC_H
#define IOPDOC_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "template.h"

struct arena;

/* The structure role of a block: the tag it gets in a tagged PDF. */
enum doc_role {
	DROLE_P,
	DROLE_TITLE,
	DROLE_H1,
	DROLE_H2,
	DROLE_H3,
	DROLE_LI,
	DROLE_TABLE,
	DROLE_TOC,
	DROLE_SIGNATURES,
	DROLE_FIGURE,
	DROLE_ARTIFACT,
};

struct doc_span {
	struct doc_span	*next;
	const char	*text;		/* UTF-8 */
	enum face	 face;
	long		 line;		/* input line, for messages */
};

struct doc_text {
	struct doc_span	*first, *last;
};

enum doc_align { DALIGN_JUSTIFY, DALIGN_LEFT, DALIGN_RIGHT, DALIGN_CENTER };

enum doc_kind {
	DOC_PARA,	/* also headings, list items, title lines */
	DOC_TABLE,
	DOC_SIGNATURES,
	DOC_TOC,
	DOC_PAGE_BREAK,
	DOC_CHART,
};

/* A bar chart: one row per label, one bar (or, stacked, one segment) per
 * series, each labelled with its value. */
struct doc_chart {
	const char	*title;
	size_t		 nrows, nseries;
	const char	**labels;	/* nrows */
	const char	**series;	/* nseries: the legend */
	double		*values;	/* nrows * nseries */
	bool		*present;	/* nrows * nseries: false: no value */
	bool		 stacked;
	bool		 money;		/* values are kronor */
	const char	*alt;		/* the figures in words, for readers */
};

struct doc_cell {
	struct doc_text	 text;
	enum doc_align	 align;
};

struct doc_table {
	size_t		 ncols, nrows, nhead;	/* header rows come first */
	struct doc_cell	*cells;			/* nrows * ncols */
	bool		*fixed;			/* per column: width of its content */
	bool		*total_row;		/* per row: a total, ruled above */
	float		 size;			/* pt */
};

struct doc_signatory {
	struct doc_text	 for_text;	/* "För Linköpings kommun" */
	const char	*place_date;	/* printed above the line, or NULL */
	const char	*name, *title, *organisation;	/* NULL: blank */
	long		 place_line, name_line, title_line, organisation_line;
};

struct doc_signatures {
	size_t			 n;
	struct doc_signatory	*sig;
};

struct doc_block {
	struct doc_block	*next;
	enum doc_kind		 kind;
	enum doc_role		 role;
	struct doc_text		 text;
	const char		*label;		/* list label, drawn in the hanging indent */
	const char		*lang;		/* another language than Swedish; NULL: none */
	float			 size;		/* pt */
	float			 space_before, space_after, indent;	/* pt */
	float			 leading;	/* factor of size */
	enum doc_align		 align;
	struct color		 color;
	bool			 keep_with_next;
	bool			 keep_together;
	int			 level;		/* heading level 1-3; 0: not a heading */
	bool			 in_toc;
	const char		*outline;	/* bookmark text of a heading */
	float			 offset;	/* TITLE page: space above, pt */
	struct doc_table	*table;
	struct doc_signatures	*sigs;
	struct doc_chart	*chart;
	const char		*toc_title;
};

struct doc {
	struct arena		*arena;
	const char		*path;		/* input, for messages */
	const char		*title, *subject, *keywords, *author;
	const char		*effort, *diarienummer, *date_text;
	bool			 draft;
	long			 created;	/* creation date, seconds since 1970 UTC */
	struct doc_block	*first, *last;
};

/* Builder helpers. */
struct doc_block	*doc_add(struct doc *, enum doc_kind, enum doc_role);
void			 doc_span(struct doc *, struct doc_text *, const char *,
			    enum face, long line);

#endif
