/* Paragraph line breaking by total fit (Knuth and Plass): chooses the
 * breaks that keep word spacing even over the whole paragraph.  Pure
 * computation over widths; included by layout_text.c and the unit tests.
 * Hyphens are flagged penalties: two hyphenated lines in a row, or a
 * paragraph's last line begun by a hyphenated word's end, cost extra
 * demerits, as in TeX. */
#ifndef IOPDOC_LINEBREAK_H
#define IOPDOC_LINEBREAK_H

#include <stddef.h>

enum lb_type { LB_BOX, LB_GLUE, LB_PENALTY };

/* A penalty of LB_FORCE or less forces a break; LB_NEVER forbids one. */
#define LB_FORCE	(-10000)
#define LB_NEVER	10000

struct lb_item {
	enum lb_type	type;
	float		width;		/* pt */
	float		stretch, shrink;	/* glue: pt */
	int		penalty;	/* penalty: cost of breaking here */
	int		flagged;	/* penalty: a line ending here ends in a
					 * hyphen (inserted, width its width, or
					 * the word's own) */
	int		inside;		/* penalty: a break inside a word
					 * without a hyphen (an address), not
					 * taken in the pass without hyphens */
};

/* Breaks items[0..n) into lines of the given width.  The items must end
 * with a forced penalty.  ragged adds stretch at every line end, for text
 * set flush left.  Writes the index of each line's break item to
 * breaks (room for n entries) and returns the number of lines; ratios,
 * when not NULL, receives each line's adjustment ratio (negative:
 * shrunk). */
size_t	linebreak(const struct lb_item *items, size_t n, float width,
	    int ragged, size_t *breaks, float *ratios);

#endif
