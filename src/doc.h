/* The document tree: what the builders (build_*.c) hand to the layout
 * engine.  Nodes with children: sections, paragraphs and headings,
 * lists and their items, tables with rows and cells, signature grids, a
 * table of contents, charts.  A node's structure role (the tag it gets
 * in a tagged PDF) comes from its kind and its place in the tree, never
 * from where it is drawn; it knows nothing of pages, font files or PDF.
 * Every node, and everything a node points to, lives in the document's
 * arena (doc->arena) and is freed with it.  Included by the builders,
 * the layout engine, what renders and frees a document (render.c,
 * out_pdf.c, out_pdf_font.c, run.c, batch_worker.c) and the tests. */
#ifndef IOPDOC_DOC_H
#define IOPDOC_DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "template.h"

/* A line break inside a paragraph's or a cell's text: U+2028 LINE
 * SEPARATOR ends the line there, as a paragraph's last line ends, and
 * the text runs on on the next (the Ekonomi table's remark, one budget
 * item a line).  Never drawn. */
#define LINE_SEP	"\xe2\x80\xa8"

struct arena;

/* The role of a laid-out box (struct box): the tag its content gets,
 * derived by the layout engine from the node that drew it. */
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

/* What a node is.  The layout engine dispatches on it (layout_int.h). */
enum doc_kind {
	DOC_ROOT,	/* the document itself: doc->root */
	DOC_SECTION,	/* a heading and what follows it, as children */
	DOC_TITLE,	/* a title line: tagged as a heading, no bookmark */
	DOC_HEADING,	/* level 1-3, a bookmark */
	DOC_PARA,
	DOC_LIST,	/* children: DOC_ITEM */
	DOC_ITEM,	/* its text beside its label; children: what the
			 * item holds besides (paragraphs, lists) */
	DOC_TABLE,	/* children: DOC_ROW */
	DOC_ROW,	/* children: DOC_CELL, one per column */
	DOC_CELL,
	DOC_SIGNATURES,
	DOC_TOC,
	DOC_PAGE_BREAK,
	DOC_CHART,
	DOC_ANNEX,	/* an attached annex: its heading and content, one Sect */
	DOC_ROW_GROUP,	/* room for table row groups: not built yet */
	DOC_NKINDS
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
	const char	**absent;	/* nrows * nseries: the words for a value
					 * not present ("ej värderat", "inget
					 * belopp"); NULL: "–" */
	const char	**mark;		/* nrows * nseries: NULL, or how a figure is
					 * counted ("beräknat efter dagar"): an
					 * asterisk after its figure, the words
					 * once under the chart and after the
					 * figure in the /Alt */
	bool		 stacked;
	bool		 money;		/* values are kronor */
	const char	*alt;		/* the figures in words, for readers */
};

/* What a DOC_TABLE knows of its columns, and an index of its rows and
 * cells (which are its children) for the builders that fill them. */
struct doc_table {
	size_t		  ncols, nrows;
	bool		 *fixed;	/* per column: width of its content */
	bool		 *whole;	/* per column: never narrower than its
					 * longest word (dates), even when the
					 * table is squeezed */
	float		  size;		/* pt */
	struct doc_node	 *node;		/* the DOC_TABLE node */
	struct doc_node	**rows;		/* nrows */
	struct doc_node	**cells;	/* nrows * ncols */
	float		 *width;	/* per column: percent of the table, 0: sized
					 * by the layout; NULL: every column sized */
	struct doc_text	  caption;	/* tagged as the table's Caption; empty: none */
	float		  caption_size;	/* pt */
	bool		  fit;		/* set smaller when its longest words do not
					 * fit side by side */
	bool		  natural;	/* as wide as its content, at the text's
					 * left margin, when that is narrower than
					 * the frame (a follow-up's participants) */
	bool		  text_left;	/* from the text's left margin to the
					 * frame's right edge, its columns widened
					 * in proportion (a follow-up's participants,
					 * the same in every follow-up) */
};

struct doc_signatory {
	struct doc_text	 for_text;	/* "För Linköpings kommun" */
	const char	*place_date;	/* printed above the line, or NULL */
	const char	*name, *title, *organisation;	/* NULL: blank */
	long		 place_line, name_line, title_line, organisation_line;
	/* Consecutive signatories of one party share one "För …" line, a
	 * heading over their blocks: group is their number on the first of
	 * them (its for_text the heading), 0 on the others; a party signing
	 * alone has 1 and its "För …" line in its block. */
	size_t		 group;
};

struct doc_signatures {
	size_t			 n;
	struct doc_signatory	*sig;
	/* a record's sign-off (minutes' "Vid anteckningarna", "Justeras"):
	 * no place-and-date field in a row whose blocks give none */
	bool			 no_place;
};

struct doc_node {
	enum doc_kind		 kind;
	struct doc_node		*parent;	/* NULL: not (yet) in the tree */
	struct doc_node		*first, *last;	/* children */
	struct doc_node		*next;		/* sibling */
	struct doc_text		 text;		/* PARA, TITLE, HEADING, ITEM, CELL */
	const char		*label;		/* ITEM: drawn in the hanging indent */
	const char		*lang;		/* another language than Swedish; NULL: none */
	float			 size;		/* pt */
	float			 space_before, space_after;	/* pt */
	float			 leading;	/* factor of size */
	enum doc_align		 align;
	struct color		 color;
	/* Drawn one list-indent further in than its depth in lists says
	 * (addresses, references): the structure stays a paragraph's. */
	bool			 inset;
	/* PARA: a table's note, the small text under it: set from the
	 * table's left edge across its frame, not the running text's */
	bool			 table_note;
	bool			 keep_with_next;
	/* set in lines of even length, never hyphenated: a title's,
	 * no word alone on its last line (review J2) */
	bool			 balance;
	/* At most this many lines (0: any): set a point smaller at a
	 * time, down to min_size, until it fits (a follow-up's title:
	 * two lines at 20 pt, never three) */
	size_t			 max_lines;
	float			 min_size;	/* pt */
	/* Kept with what follows unless that leaves the page more than
	 * about a third empty (an agreement's purpose with its body). */
	bool			 keep_soft;
	/* TABLE: see layout_table.c's KEEP_ROWS; PARA: its lines never
	 * split over a page (a line of an address) */
	bool			 keep_together;
	/* TABLE: the spaces above it on its page shrink (to half at most)
	 * when that keeps it on the page rather than move it whole (the
	 * summary's key figures on page 1); the first such table only. */
	bool			 stay;
	bool			 header, total;	/* ROW: a header row; a total, ruled above */
	bool			 group_label;	/* ROW: a row group's label, kept with the next row */
	bool			 form;		/* ROW: blanks to fill in by hand: room to write */
	size_t			 colspan;	/* CELL: columns it covers; 0: one */
	bool			 covered;	/* CELL: under a span from the left: neither
						 * drawn nor tagged */
	bool			 row_head;	/* CELL: heads its row (TH, Scope Row) */
	int			 level;		/* HEADING: 1-3 */
	bool			 in_toc;
	const char		*outline;	/* HEADING: bookmark text */
	float			 offset;	/* TITLE page: space above, pt */
	/* On a cover page (doc.cover): where the block goes, the layout
	 * spreading the cover's content over its page. */
	enum doc_cover_place { COVER_FLOW, COVER_TITLE, COVER_FOOT } cover_place;
	long			 line;		/* input line, for messages; 0: none */
	struct doc_table	*table;
	struct doc_signatures	*sigs;
	struct doc_chart	*chart;
	const char		*toc_title;
};

/* A party's logo in the row that heads an agreement's first page, in
 * the order of the parties: its file, its text for screen readers and
 * its printed height. */
struct doc_logo {
	const char	*path;
	const char	*alt;
	float		 height;	/* pt */
};

struct doc {
	struct arena		*arena;		/* owns every node */
	const char		*path;		/* input, for messages */
	const char		*title, *subject, *keywords, *author;
	const char		*effort, *diarienummer, *date_text;
	const char		*running_title;	/* {title} of header and footer; NULL: title */
	bool			 draft;
	bool			 no_first_header;	/* page 1: footer only, no running header */
	bool			 cover;		/* page 1 is a cover page: no header, no footer */
	long			 created;	/* creation date, seconds since 1970 UTC */
	struct doc_node		 root;		/* DOC_ROOT (0): the body, as its children */
	struct doc_node		*last;		/* the node added last, for builders */
	struct doc_logo		*logos;		/* the row of party logos; NULL: none */
	size_t			 nlogos;
	/* Names not to be hyphenated: the words, as written, of the names
	 * the model knows (parties, organisations, nämnder, signatories:
	 * build_names), so that "Samordningsförbundet" or
	 * "Socialförvaltningen" stays whole wherever the text names it
	 * (review 2, issue 14).  A word of the text whose letters are one
	 * of these, or one and a genitive "s", whatever its case, breaks
	 * only at a compound's joint and dearly (layout_text.c); a name
	 * of several words still breaks between them. */
	const char		**nohyph;
	size_t			 nnohyph;
};

/* A new node of kind, appended to parent's children (NULL: the
 * document's own); a paragraph's leading is 1.3. */
struct doc_node	*doc_add(struct doc *, struct doc_node *parent, enum doc_kind);
/* Appends a node made apart (a table) to parent (NULL: the document). */
void		 doc_append(struct doc *, struct doc_node *parent, struct doc_node *);
/* A table of nrows rows of ncols empty cells, the first row a header,
 * not yet in the tree. */
struct doc_table *doc_table_new(struct doc *, size_t ncols, size_t nrows);
/* The node after n in reading order (its first child, or its next
 * sibling, or an ancestor's), never leaving the subtree of top; NULL
 * at the end. */
const struct doc_node *doc_next(const struct doc_node *n, const struct doc_node *top);
void		 doc_span(struct doc *, struct doc_text *, const char *,
		    enum face, long line);

#endif
