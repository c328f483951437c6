/* The template's letterhead texts ([letterhead] line1..line4): the
 * kommun's name, förvaltning and address, right-aligned at the head of
 * the first page, level with the logo.  The first line is set bold.
 * They are the document's sender, read once, so they are tagged as a
 * paragraph (P), not as a pagination artifact like the running header
 * that repeats on every page. */
#include <string.h>

#include "layout_int.h"

#define LETTERHEAD_LINES	4
#define LETTERHEAD_LEADING	1.3f

static size_t
letterhead_count(const struct template *t)
{
	size_t i, n = 0;

	for (i = 0; i < LETTERHEAD_LINES; i++)
		if (t->letterhead[i] != NULL && t->letterhead[i][0] != '\0')
			n = i + 1;
	return n;
}

/* Line i of the letterhead wrapped to width, right-aligned: a line too
 * long for the room beside the logo goes on below, never past the
 * margin (a word wider than the room is cut, as everywhere). */
static size_t
letterhead_set(struct lay *L, size_t i, float width, struct tline **lines)
{
	struct doc_text txt = { NULL, NULL };
	struct doc_span sp = { NULL, L->t->letterhead[i], i == 0 ? FACE_BOLD : FACE_REGULAR, 0 };

	txt.first = txt.last = &sp;
	return layout_text_set(L, &txt, L->t->size_small, width, DALIGN_RIGHT, lines);
}

float
layout_letterhead_height(struct lay *L, float width)
{
	const struct template *t = L->t;
	size_t i, n = letterhead_count(t), rows = 0;
	struct tline *lines;

	for (i = 0; i < n; i++)
		rows += t->letterhead[i] == NULL || t->letterhead[i][0] == '\0' ? 1 :
		    letterhead_set(L, i, width, &lines);
	return (float)rows * layout_line_height(t->size_small, LETTERHEAD_LEADING);
}

/* Sets the lines into the open slice, from y below its top, in the width
 * at the right margin; blank lines keep their place (an address after an
 * empty line2). */
void
layout_letterhead(struct lay *L, float width, float y)
{
	const struct template *t = L->t;
	size_t i, k, f, nl, row = 0, n = letterhead_count(t);
	float size = t->size_small, x = L->left + L->width - width;
	float lh = layout_line_height(size, LETTERHEAD_LEADING);
	struct tline *lines;

	if (n == 0)
		return;
	L->node = layout_node(L, SR_P, 0);
	for (i = 0; i < n; i++) {
		if (t->letterhead[i] == NULL || t->letterhead[i][0] == '\0') {
			row++;
			continue;
		}
		nl = letterhead_set(L, i, width, &lines);
		for (k = 0; k < nl; k++, row++)
			for (f = 0; f < lines[k].n; f++)
				layout_text_box(L, &lines[k].frag[f], x, y + (float)row * lh +
				    layout_baseline(size, LETTERHEAD_LEADING), size, t->color_text,
				    DROLE_P, -1);
	}
}
