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
	int		 address;	/* box: a piece of an e-mail address
					 * or URL; glue: the space before one */
};

/* Breaks items[0..n) into lines of the given width.  The items must end
 * with a forced penalty.  ragged adds stretch at every line end, for text
 * set flush left.  Justified, a line an address forces short (it holds
 * a piece of one, or ends before one: linebreak_flush) may be set flush
 * left rather than with spaces over twice their width, at a price.  Writes the index of each line's break item to
 * breaks (room for n entries) and returns the number of lines; ratios,
 * when not NULL, receives each line's adjustment ratio (negative:
 * shrunk). */
size_t	linebreak(const struct lb_item *items, size_t n, float width,
	    int ragged, size_t *breaks, float *ratios);

/* Whether the justified line from items[start] (its first box) to the
 * break items[end], of ratio r, is set flush left: an address forces it
 * (a piece of one on it, or one after it) and its spaces would be over
 * twice their width.  stretch: the spaces' stretch, a part of their
 * width. */
int	linebreak_flush(const struct lb_item *items, size_t start, size_t end, float r,
	    float stretch);

#endif
