/* Total-fit line breaking.  Every legal breakpoint keeps the cheapest way
 * of reaching it; a line's cost grows with the cube of how far its spaces
 * stretch or shrink, so the paragraph's spacing stays even.  Justified
 * text is first set without added hyphens, as TeX's pretolerance pass:
 * when every line's spaces are then at most PRE_SPACE_MAX times their
 * natural width, the paragraph is set so, unhyphenated (issue 14: a
 * hyphen only where it buys a clearly better line).  Else it is broken,
 * hyphens allowed, in up to three passes: the first takes only
 * lines whose spaces are at most twice their natural width, the second,
 * when the paragraph cannot be set so, lines up to three times it, the
 * third any looseness, even a line that cannot stretch at all (a piece
 * of a word cut because it is wider than the line); only when a line is
 * too long whatever is done does the breaker fall back to an overfull
 * line.  Text set flush left has the first pass's tolerance of old
 * (TOLERANCE) and the last. */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "linebreak.h"
#include "mem.h"

struct node {
	size_t		 pos;		/* the break item */
	size_t		 line;		/* lines before this break */
	double		 width, stretch, shrink;	/* sums after the break */
	double		 glue, give;	/* the spaces' natural width, stretch */
	double		 demerits;
	double		 ratio;		/* of the line ending here */
	int		 flagged;	/* the line ending here ends in a hyphen */
	size_t		 addr;		/* address pieces up to the break */
	struct node	*prev;		/* best way here */
	struct node	*next_active;
	int		 active;
};

#define LINE_PENALTY	10.0
#define TOLERANCE	3.0		/* ragged, first pass: ratio up to 3 */
/* Justified: the widest a line's spaces may be set, as a factor of their
 * natural width, in the first and the second pass. */
static const double space_max[] = { 2.0, 3.0 };
/* Justified, the pass without added hyphens: spaces at most this (TeX's
 * \pretolerance of 100, a ratio of 1 with linebreak.h's stretch 0.6). */
#define PRE_SPACE_MAX	1.6
#define EMERGENCY	1e12		/* demerits of a forced overfull line */
#define LOOSE_LINE	1e8		/* a line over space_max[0], later passes */
#define BAD_MAX		1e5		/* badness of a line that cannot stretch */
/* As TeX's \doublehyphendemerits and \finalhyphendemerits: hyphens on
 * two lines running; a hyphen on the paragraph's last line but one, which
 * leaves a word's tail alone on the last line.  Far dearer than TeX's
 * 10000 and 5000 (issue 14: no last word hyphenated, no two hyphens
 * running, where the paragraph sets otherwise with spaces at most twice
 * natural): more than any line within that costs, less than one over it
 * (LOOSE_LINE). */
#define DOUBLE_HYPHEN	1e6
#define FINAL_HYPHEN	1e7
/* A justified line an e-mail address or URL forces short (a piece of
 * one on it, or one too long for what is left of it after it), whose
 * spaces would be over twice their width, is set flush left instead
 * (linebreak_flush), at this price on top of its demerits as a flush
 * line with FLUSH_ROOM of the width to spare: dearer than breaking an
 * address at a seam (layout_text.c's ADDRESS_COST, squared) and than a
 * hyphen on the last line but one, cheaper than a line over twice the
 * natural space (LOOSE_LINE).  Before, such a paragraph went to the
 * pass that takes any looseness: every line near its addresses over
 * three times natural (and so set flush left), and a word's tail alone
 * on a line ("kom-" / "munens" / "författningssamling, https://…"). */
#define FLUSH_LINE	1.5e7
#define FLUSH_ROOM	0.1

/* Capped, so that one line that cannot be justified (ratio "infinite")
 * does not drown the differences between the paragraph's other lines. */
static double
badness(double r)
{
	r = fabs(r);
	return r > 21.5 ? BAD_MAX : fmin(100.0 * r * r * r, BAD_MAX);
}

/* Sums of the items from a break to the next box: what a line starting
 * after pos leaves out (the glue and penalties at its start). */
static void
after_break(const struct lb_item *it, size_t n, size_t pos, double *w, double *y, double *z,
    double *g, double *gy)
{
	size_t i;

	for (i = pos; i < n; i++) {
		if (it[i].type == LB_BOX)
			break;
		if (it[i].type == LB_PENALTY && it[i].penalty <= LB_FORCE && i > pos)
			break;
		if (it[i].type == LB_GLUE) {
			*w += it[i].width;
			*y += it[i].stretch;
			*z += it[i].shrink;
			if (it[i].width > 0) {	/* a space, not a fill */
				*g += it[i].width;
				*gy += it[i].stretch;
			}
		}
	}
}

/* How far the spaces of the line from break a to item x must stretch
 * (positive) or shrink (negative) to fill width; W, Y, Z are the sums
 * of widths, stretch and shrink up to x. */
static double
line_ratio(const struct lb_item *x, const struct node *a, double W, double Y, double Z,
    float width, double extra)
{
	double L = W - a->width, r;

	if (x->type == LB_PENALTY)
		L += x->width;
	if (L < width) {
		double st = Y - a->stretch + extra;

		r = st > 0 ? (width - L) / st : 1e9;
	} else if (L > width) {
		double sh = Z - a->shrink;

		r = sh > 0 ? (width - L) / sh : -1e9;
	} else
		r = 0;
	return r;
}

/* The demerits of reaching break x by a line of ratio r from break a. */
static double
line_demerits(const struct lb_item *x, int forced, double r, const struct node *a)
{
	double d = LINE_PENALTY + badness(r);

	d *= d;
	if (x->type == LB_PENALTY && x->penalty > 0)
		d += (double)x->penalty * x->penalty;
	else if (x->type == LB_PENALTY && !forced)
		d -= (double)x->penalty * x->penalty;
	if (a->flagged && x->type == LB_PENALTY && x->flagged)
		d += DOUBLE_HYPHEN;
	else if (a->flagged && forced)
		d += FINAL_HYPHEN;
	d += a->demerits;
	return d;
}

/* A new node for the break at item i, reached from cand with demerits
 * cand_d by a line of ratio cand_r; W, Y, Z are the sums up to i, G the
 * spaces' natural width and stretch (within). */
static struct node *
new_node(const struct lb_item *it, size_t n, size_t i, struct node *cand,
    double cand_d, double cand_r, double W, double Y, double Z, const double *G)
{
	struct node *nn = xcalloc(1, sizeof(*nn));

	nn->pos = i;
	nn->line = cand->line + 1;
	nn->prev = cand;
	nn->demerits = cand_d;
	nn->ratio = cand_r;
	nn->flagged = it[i].type == LB_PENALTY && it[i].flagged;
	nn->addr = cand->addr;	/* the caller's count, set after */
	nn->width = W;
	nn->stretch = Y;
	nn->shrink = Z;
	nn->glue = G[0];
	nn->give = G[1];
	after_break(it, n, i, &nn->width, &nn->stretch, &nn->shrink, &nn->glue, &nn->give);
	nn->active = 1;
	return nn;
}

/* The breaks (and ratios) of the best way to best_end, from the start
 * node on; returns the number of lines, 0 without an end. */
static size_t
trace_breaks(const struct node *best_end, size_t *breaks, float *ratios)
{
	const struct node *p;
	size_t nlines, k;

	if (best_end == NULL)
		return 0;
	nlines = best_end->line;
	for (p = best_end, k = nlines; p->prev != NULL; p = p->prev) {
		k--;
		breaks[k] = p->pos;
		if (ratios != NULL)
			ratios[k] = (float)p->ratio;
	}
	return nlines;
}

/* Whether a line of ratio r from a is within the pass's limit: the
 * ratio tolerance (ragged) or the spaces' factor over their natural
 * width (justified, spaces_max; HUGE_VAL: any); G holds the natural
 * width and the stretch of the spaces up to here (not of the fill glue
 * that ends a paragraph: its last line's spaces do not stretch). */
static int
within(double r, const struct node *a, const double *G, int ragged, double tolerance,
    double spaces_max)
{
	double g = G[0] - a->glue, y = G[1] - a->give;

	if (r < -1)
		return 0;
	if (ragged)
		return r <= tolerance;
	if (r <= 0 || spaces_max == HUGE_VAL)
		return 1;
	/* no space that stretches: a paragraph's last line, stretched by
	 * its fill, or a line that cannot be justified (a piece of a word
	 * cut because it is wider than the line) */
	if (g <= 0 || y <= 0)
		return r <= TOLERANCE;
	return 1 + r * y / g <= spaces_max;
}

/* One pass; hyphens 0: no break at an added hyphen (a flagged penalty
 * with the hyphen's width; a word's own hyphen has none). */
static size_t
lb_pass(const struct lb_item *it, size_t n, float width, int ragged, int hyphens,
    double tolerance, double spaces_max, size_t *breaks, float *ratios, double *cost)
{
	struct node **all = NULL, *active, *best_end = NULL;
	size_t nall = 0, cap = 0, i, nlines, k;
	double W = 0, Y = 0, Z = 0, G[2] = { 0, 0 };
	double extra = ragged ? 3.0 * width / 12.0 : 0;	/* ragged: room at line ends */
	size_t A = 0;		/* address pieces so far */

	/* The start node. */
	xgrow((void **)&all, &cap, 1, sizeof(*all));
	active = all[nall++] = xcalloc(1, sizeof(struct node));
	active->active = 1;

	for (i = 0; i < n; i++) {
		const struct lb_item *x = &it[i];
		int legal = 0;

		if (x->type == LB_BOX) {
			W += x->width;
			A += x->address != 0;
			continue;
		}
		if (x->type == LB_GLUE)
			legal = i > 0 && it[i - 1].type == LB_BOX;
		else
			legal = x->penalty < LB_NEVER &&
			    (hyphens || ((!x->flagged || x->width <= 0) && !x->inside));

		if (legal) {
			struct node *a, *prev_a = NULL, *cand = NULL, *last_dropped = NULL;
			double cand_d = DBL_MAX, cand_r = 0;
			int forced = x->type == LB_PENALTY && x->penalty <= LB_FORCE;

			for (a = active; a != NULL; a = a->next_active) {
				double r = line_ratio(x, a, W, Y, Z, width, extra), d;

				if (r < -1 || forced) {
					/* Too long already, or a forced break
					 * ends every line reaching it. */
					if (prev_a != NULL)
						prev_a->next_active = a->next_active;
					else
						active = a->next_active;
					a->active = 0;
					last_dropped = a;
				} else
					prev_a = a;
				/* a line an address forces short: flush left,
				 * in the passes that would take it loose (the
				 * first ones set what they can within twice
				 * the natural space), never hyphenated (its
				 * right edge is ragged: no word need break) */
				if (!ragged && spaces_max > space_max[0] && !forced && r > 0 &&
				    !(x->type == LB_PENALTY && x->flagged) &&
				    (A > a->addr || x->address || x->inside) &&
				    !within(r, a, G, 0, TOLERANCE, space_max[0])) {
					double rf = line_ratio(x, a, W, Y, Z, width, FLUSH_ROOM * width);

					d = line_demerits(x, forced, rf, a) + FLUSH_LINE;
					if (d < cand_d) {
						cand_d = d;
						cand = a;
						cand_r = r;
					}
					continue;
				}
				if (within(r, a, G, ragged, tolerance, spaces_max)) {
					d = line_demerits(x, forced, r, a);
					/* a later pass: as few lines as may be
					 * over twice the natural space */
					if (!ragged && spaces_max > space_max[0] &&
					    !within(r, a, G, 0, TOLERANCE, space_max[0]))
						d += LOOSE_LINE;
					if (d < cand_d) {
						cand_d = d;
						cand = a;
						cand_r = r;
					}
				}
			}
			/* Nothing fits: take the break that keeps going,
			 * overfull or underfull, at a high price. */
			if (cand == NULL && active == NULL && last_dropped != NULL) {
				double L = W - last_dropped->width;

				cand = last_dropped;
				cand_d = last_dropped->demerits + EMERGENCY;
				cand_r = L > width ? -1 : 1;
			}
			if (cand != NULL) {
				struct node *nn = new_node(it, n, i, cand, cand_d, cand_r, W, Y, Z, G);

				nn->addr = A;
				nn->next_active = active;
				active = nn;
				xgrow((void **)&all, &cap, nall + 1, sizeof(*all));
				all[nall++] = nn;
				/* the last forced break ends the text: one
				 * inside it (a line break, LINE_SEP) is on the
				 * way there */
				if (forced)
					best_end = nn;
			}
		}
		if (x->type == LB_GLUE) {
			W += x->width;
			Y += x->stretch;
			Z += x->shrink;
			if (x->width > 0) {
				G[0] += x->width;
				G[1] += x->stretch;
			}
		}
	}

	*cost = best_end != NULL ? best_end->demerits : DBL_MAX;
	nlines = trace_breaks(best_end, breaks, ratios);
	for (k = 0; k < nall; k++)
		free(all[k]);
	free(all);
	return nlines;
}

int
linebreak_flush(const struct lb_item *it, size_t start, size_t end, float r, float stretch)
{
	size_t i;

	if (r <= 0 || 1 + r * stretch <= space_max[0])
		return 0;
	if (it[end].address || it[end].inside)
		return 1;
	for (i = start; i < end; i++)
		if (it[i].type == LB_BOX && it[i].address)
			return 1;
	return 0;
}

size_t
linebreak(const struct lb_item *it, size_t n, float width, int ragged,
    size_t *breaks, float *ratios)
{
	double cost;
	size_t lines, p;

	if (ragged) {
		lines = lb_pass(it, n, width, 1, 1, TOLERANCE, HUGE_VAL, breaks, ratios, &cost);
		/* A forced overfull line may only be needed because the
		 * first pass refused very loose lines: try again accepting
		 * any looseness. */
		if (cost >= EMERGENCY)
			lines = lb_pass(it, n, width, 1, 1, HUGE_VAL, HUGE_VAL, breaks, ratios, &cost);
		return lines;
	}
	lines = lb_pass(it, n, width, 0, 0, HUGE_VAL, PRE_SPACE_MAX, breaks, ratios, &cost);
	if (cost < EMERGENCY)
		return lines;
	/* Spaces at most twice natural; when the paragraph cannot be set
	 * so (a forced overfull or too loose line), three times; then any. */
	for (p = 0; p < sizeof(space_max) / sizeof(space_max[0]); p++) {
		lines = lb_pass(it, n, width, 0, 1, HUGE_VAL, space_max[p], breaks, ratios, &cost);
		if (cost < EMERGENCY)
			return lines;
	}
	return lb_pass(it, n, width, 0, 1, HUGE_VAL, HUGE_VAL, breaks, ratios, &cost);
}
