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

float
layout_letterhead_height(const struct lay *L)
{
	size_t n = letterhead_count(L->t);

	return n == 0 ? 0 : (float)n * layout_line_height(L->t->size_small, LETTERHEAD_LEADING);
}

/* Sets the lines into the open slice, from its top; blank lines keep
 * their place (an address after an empty line2). */
void
layout_letterhead(struct lay *L)
{
	const struct template *t = L->t;
	size_t i, n = letterhead_count(t);
	float size = t->size_small, right = L->left + L->width;

	if (n == 0)
		return;
	L->node = layout_node(L, SR_P, 0);
	for (i = 0; i < n; i++) {
		struct fragment f = { t->letterhead[i], i == 0 ? FACE_BOLD : FACE_REGULAR, 0, 0, 0 };
		float w;

		if (f.text[0] == '\0')
			continue;
		w = layout_text_measure(L, f.text, strlen(f.text), f.face, size, 0);
		layout_text_box(L, &f, right - w, (float)i * layout_line_height(size,
		    LETTERHEAD_LEADING) + layout_baseline(size, LETTERHEAD_LEADING), size,
		    t->color_text, DROLE_P, -1);
	}
}
