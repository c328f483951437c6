/* The layout engine: turns a document tree into pages of positioned
 * boxes (text runs, rules, fills), each with its structure role.  It
 * measures text only through struct metrics, so it runs without fonts
 * or PDF in the tests.  Included by the engine (through layout_int.h),
 * render.c, the PDF device (out_pdf.c and its modules through
 * out_pdf_int.h, pdf_tag.c) and the tests. */
#ifndef IOPDOC_LAYOUT_H
#define IOPDOC_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "template.h"

struct metrics {
	void	*ctx;
	/* Advance of cp in face, 1/1000 em; negative when the font has no
	 * glyph for it (or it cannot be encoded). */
	int	(*advance)(void *ctx, enum face, uint32_t cp);
	/* Height over width of an image file; negative (reported) when it
	 * cannot be used.  May be NULL when no images are drawn. */
	float	(*image_ratio)(void *ctx, const char *path);
};

enum box_kind { BOX_TEXT, BOX_LINE, BOX_RECT, BOX_IMAGE };

/* The structure of the content in reading order, as a tagged PDF's
 * structure tree holds it: the layout decides it (it knows which box is
 * a table cell, a list label or a signatory's line), the PDF device only
 * writes it down.  Node 0 is the document. */
enum struct_role {
	SR_DOCUMENT, SR_H1, SR_H2, SR_H3, SR_P, SR_L, SR_LI, SR_LBL, SR_LBODY,
	SR_TABLE, SR_TR, SR_TH, SR_TD, SR_FIGURE, SR_TOC, SR_TOCI, SR_DIV,
	SR_CAPTION,
	SR_SECT,	/* an annex: its heading and its content */
};

/* What a TH heads: the cells under it (a header row's) or beside it (a
 * row header's, a row group's label). */
enum struct_scope { SCOPE_COLUMN, SCOPE_ROW };

struct struct_node {
	enum struct_role	 role;
	int			 parent;	/* node index; -1: the document */
	const char		*alt;		/* FIGURE: its content in words */
	const char		*lang;		/* another language; NULL: the document's */
	enum struct_scope	 scope;		/* TH: what it heads */
	size_t			 colspan;	/* TH, TD: columns it covers; 0: one */
};

/* What a box that is no content is: page furniture of some kind. */
enum artifact_kind { ART_LAYOUT, ART_HEADER, ART_FOOTER, ART_WATERMARK };

struct box {
	enum box_kind	 kind;
	enum doc_role	 role;		/* DROLE_ARTIFACT: not content */
	int		 block;		/* reading-order number of the doc node
					 * that drew it; -1: none */
	float		 x, y;		/* pt from the lower left: TEXT baseline
					 * start, LINE start, RECT corner */
	float		 x2, y2;	/* LINE end; RECT, IMAGE width and height */
	float		 line_width;	/* LINE: pt; RECT: outline, 0: none */
	enum face	 face;
	float		 size;		/* pt */
	float		 word_space;	/* pt added to each space (justification) */
	float		 angle;		/* degrees, counter-clockwise */
	struct color	 color;
	const char	*text;		/* UTF-8; IMAGE: the file */
	int		 ref;		/* during layout: the outline whose page
					 * number this shows, or -1 */
	int		 node;		/* structure node; -1: an artifact */
	enum artifact_kind artifact;	/* what it is when node is -1 */
};

struct page {
	struct box	*boxes;
	size_t		 n, cap;
};

struct outline_entry {
	const char	*title;
	int		 level;		/* 1-3 */
	size_t		 page;		/* 0-based */
	float		 y;		/* top of the heading, pt from the bottom */
};

struct layout {
	float			 page_width, page_height;
	struct page		*pages;
	size_t			 npages;
	struct outline_entry	*outlines;
	size_t			 noutlines;
	struct struct_node	*nodes;		/* in reading order */
	size_t			 nnodes, nodes_cap;
};

/* Lays out doc.  Returns 0, or -1 after reporting (a character no font
 * can show, too many pages).  layout_free() frees the result either way. */
int	layout_doc(const struct doc *, const struct template *,
	    const struct metrics *, struct layout *);
void	layout_free(struct layout *);

/* layout_chart.c: a bar chart's value axis, from 0 in n (returned)
 * steps of *step, a nice number (1, 2, 2,5 or 5 times a power of ten,
 * whole), the fewest up to 6 that reach max. */
int	layout_chart_ticks(double max, double *step);

/* Width of UTF-8 text in face at size, pt (unknown glyphs count 0.5 em). */
float	layout_text_width(const struct metrics *, const char *, enum face, float size);

/* layout_text.c: the word s with a "|" at each place where it may break
 * as an e-mail address or URL, into out (cap bytes); 0, or -1 when s is
 * no address or out is too small. */
int	layout_address_breaks(const char *s, char *out, size_t cap);

#endif
