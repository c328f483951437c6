/* For the layout engine only: included by layout.c and its modules
 * (layout_text.c, layout_table.c, layout_chart.c, layout_sign.c,
 * layout_toc.c), never by anything outside the engine, whose interface
 * is layout.h.  The state of one layout run, the slices the paginator
 * fills pages with, the pieces the modules share, and one function per
 * kind of node each module lays out. */
#ifndef IOPDOC_LAYOUT_INT_H
#define IOPDOC_LAYOUT_INT_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"
#include "layout.h"

/* Baseline below the top of a line box, as a fraction of the size; the
 * rest of the leading is split above and below. */
#define ASCENT		0.78f
/* The fonts' descenders below the baseline, as a fraction of the size. */
#define DESCENT		0.22f

/* A vertical unit that never splits (a line of a paragraph, a table row,
 * a row of signature blocks), with whether a page may end after it. */
struct slice {
	float	 height, space_before;
	int	 break_after;	/* a page may end after this slice */
	/* A keep that gives way (break_after 0): a page may end after this
	 * slice when ending it at the last break_after would leave it more
	 * than KEEP_GIVES empty (a short table kept whole, a chart with its
	 * table, a purpose with its body). */
	int	 soft_break;
	int	 short_list;	/* inside a short list: no break to fill the
				 * last page */
	int	 page_break;	/* start a new page here (no content) */
	int	 table;		/* index of its table, or -1 */
	int	 header;	/* a header row of that table */
	int	 outline;	/* heading starting here, or -1 */
	int	 cover_place;	/* enum doc_cover_place of its block's first line */
	int	 lead;		/* a line of a heading or a table's caption:
				 * what leads the content after it */
	float	 min_top;	/* place at least this far below the margin */
	/* Opening a page, it is placed under lay.conts[cont - 1] (0: none):
	 * a party's "För … (forts.)" over its rows of blocks continued
	 * from the page before (layout_sign.c); a table's row, its
	 * caption "(forts.)" over the header rows repeated (layout_table.c). */
	size_t	 cont;
	/* a keep between the rows of one party's blocks that gives way
	 * (soft_break): the paginator ends the page before the party's
	 * heading instead when that leaves the page GROUP_FILL filled */
	int	 in_group;
	size_t	 first, n;	/* boxes in the pool; y relative to the slice top */
};

/* A page-number reference: text filled in once pages are known. */
struct ref {
	size_t	 page, box;
	int	 outline;
	float	 right;		/* right edge, pt */
};

/* A run of text of one face on a typeset line. */
struct fragment {
	const char	*text;
	enum face	 face;
	float		 x, width, word_space;
};

struct tline {
	struct fragment	*frag;
	size_t		 n;
	int		 hyphen;	/* ends in a hyphenated word's first half */
};

struct lay {
	const struct doc	*doc;
	const struct template	*t;
	const struct metrics	*m;
	struct arena		*a;
	struct slice		*slices;
	size_t			 nslices, slices_cap;
	struct box		*pool;
	size_t			 npool, pool_cap;
	struct layout		*out;
	struct ref		*refs;
	size_t			 nrefs, refs_cap;
	int			 ntables;
	int			 noutline;	/* headings seen so far */
	float			 pending_space;
	float			 left, width;	/* text column, pt */
	int			 errors;
	int			 stopped;	/* past the slice limit: lay out no more */
	uint32_t		 reported[64];	/* characters already reported */
	size_t			 nreported;
	int			 node;		/* structure node of new boxes */
	int			 block;		/* reading-order number of the node being laid out */
	int			 nblocks;
	/* Where the tree walk is: the structure node new content belongs in
	 * (the document, or the body of a list item), the list being laid
	 * out (its L node, -1 until its first item makes it) and how many
	 * lists hold the node. */
	int			 parent;
	int			 list;
	int			 list_depth;
	/* The first table that asks to stay (doc_node.stay): its slices
	 * [stay_first, stay_end); has_stay 0: none.  The spaces before the
	 * slices [sq_from, sq_to) are set sq_factor of themselves (1: as
	 * they are). */
	int			 has_stay;
	size_t			 stay_first, stay_end;
	size_t			 sq_from, sq_to;
	float			 sq_factor;
	/* what paginate's squeeze sets the spaces at (paginate_balanced) */
	float			 balance_factor;
	/* the first signatures' first row of blocks (layout_sign): slice
	 * sign_first; has_sign 0: none */
	int			 has_sign;
	size_t			 sign_first;
	/* slices placed only at a page's top, above the slice that opens
	 * it (slice.cont), never in the run of the text */
	struct slice		*conts;
	size_t			 nconts, conts_cap;
};

/* One function per kind of node (the core's table in layout.c). */
void	layout_table(struct lay *, const struct doc_node *);
/* layout_text.c: from's spans copied onto the end of to, in the
 * layout's arena, so that a continued heading can change its copy. */
void	layout_text_copy(struct lay *, const struct doc_text *from, struct doc_text *to);
void	layout_chart(struct lay *, const struct doc_node *);
void	layout_sign(struct lay *, const struct doc_node *);
void	layout_toc(struct lay *, const struct doc_node *);
/* layout_logo.c: the row of party logos (doc->logos) opening the first
 * page. */
void	layout_party_logos(struct lay *);
/* layout_letterhead.c: the template's letterhead lines, wrapped to
 * width and right-aligned at the right margin in the open slice, from y
 * below its top; their height, 0 when the template sets none. */
float	layout_letterhead_height(struct lay *, float width);
void	layout_letterhead(struct lay *, float width, float y);

/* layout_text.c: measuring and setting text into lines. */
float	layout_text_measure(struct lay *, const char *, size_t len, enum face, float size,
	    long line);
/* The widest word of a text (between plain spaces). */
float	layout_text_widest_word(struct lay *, const struct doc_text *, float size);
/* Text set in n lines at width w, set again in balanced lines. */
size_t	layout_text_balance(struct lay *, const struct doc_text *, float size, float w,
	    enum doc_align, size_t n, struct tline **);
/* Sets text into lines of at most width; returns the lines in the arena. */
size_t	layout_text_set(struct lay *, const struct doc_text *, float size, float width,
	    enum doc_align, struct tline **);
/* The same for a chart's label: a line breaks inside brackets only
 * when the line before them would be left very short. */
size_t	layout_text_set_label(struct lay *, const struct doc_text *, float size, float width,
	    enum doc_align, struct tline **);
/* The same, hyphenating Swedish words (hyph.h) when the template wants
 * it: lang is the text's language, NULL for the document's Swedish (a
 * text in another language is not hyphenated).  For running text, not
 * headings, names or figures. */
size_t	layout_text_set_hyph(struct lay *, const struct doc_text *, float size, float width,
	    enum doc_align, const char *lang, struct tline **);

/* What breaking a word at hp costs (a line-breaking penalty): joints,
 * whether the word has a compound joint; name, the extra a name costs
 * (0: none); justify, whether the text is justified. */
struct hyph_point;
int	layout_hyphen_cost(const struct hyph_point *hp, int joints, int name, int justify);

/* layout.c: boxes, slices and structure nodes. */
struct box	*layout_box(struct lay *, enum box_kind, enum doc_role, int block);
int		 layout_node(struct lay *, enum struct_role, int parent);
struct slice	*layout_slice(struct lay *, float height);
/* Boxes added since the slice began belong to it. */
void		 layout_slice_end(struct lay *, struct slice *);
void		 layout_text_box(struct lay *, const struct fragment *, float x, float y,
		    float size, struct color, enum doc_role, int block);
void		 layout_rule(struct lay *, float x1, float y1, float x2, float y2, float w,
		    struct color);
/* The indent n is drawn at, pt, from its depth in lists. */
float		 layout_indent(const struct lay *, const struct doc_node *);

static inline float
layout_line_height(float size, float leading)
{
	return size * leading;
}

static inline float
layout_baseline(float size, float leading)
{
	return size * ASCENT + size * (leading - 1.0f) / 2.0f;
}

#endif
