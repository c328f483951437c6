/* The table of contents: its title, then a line per heading marked for
 * it, with dot leaders and the page number, filled in after
 * pagination.  Part of the layout engine (layout_int.h). */
#include <stdio.h>
#include <string.h>

#include "layout_int.h"
#include "limit.h"
#include "mem.h"

/* Table of contents: one line per heading marked for it, level 1 and 2,
 * with dot leaders and the page number filled in after pagination. */
void
layout_toc(struct lay *L, const struct doc_node *b)
{
	const struct doc *d = L->doc;
	int block = L->block;
	const struct template *t = L->t;
	const struct doc_node *h;
	float lh = layout_line_height(b->size, b->leading), size = b->size;
	char widest[16];
	int nw = snprintf(widest, sizeof(widest), "%d", LIMIT_PAGES);	/* the most digits */
	float numw = layout_text_measure(L, widest, (size_t)nw, FACE_REGULAR, size, 0);
	float dotw = layout_text_measure(L, ". ", 2, FACE_REGULAR, size, 0);
	struct slice *s;
	int outline = 0;

	int toc;

	/* the title a paragraph before the TOC, which holds only entries;
	 * wrapped like a heading, and kept with the first entry */
	L->node = layout_node(L, SR_P, L->parent);
	toc = layout_node(L, SR_TOC, L->parent);
	{
		struct doc_text txt = { NULL, NULL };
		struct doc_span sp = { NULL, b->toc_title, FACE_BOLD, 0 };
		struct tline *lines;
		size_t n, k, f;

		txt.first = txt.last = &sp;
		n = layout_text_set(L, &txt, t->size_h1, L->width, DALIGN_LEFT, &lines);
		for (k = 0; k < n; k++) {
			s = layout_slice(L, layout_line_height(t->size_h1, 1.2f));
			for (f = 0; f < lines[k].n; f++)
				layout_text_box(L, &lines[k].frag[f], L->left, layout_baseline(t->size_h1, 1.2f),
				    t->size_h1, t->color_heading, DROLE_TOC, block);
			layout_slice_end(L, s);
			s->break_after = 0;
		}
	}
	L->pending_space = 6;
	for (h = d->root.first; h != NULL; h = doc_next(h, &d->root)) {
		float indent, avail, x;
		struct tline *lines;
		size_t n, k, f;

		if (h->level == 0)
			continue;
		outline++;
		if (!h->in_toc || h->level > 2)
			continue;
		indent = h->level == 1 ? 0 : 18;
		avail = L->width - indent - numw - 12;
		{
			struct doc_text txt = { NULL, NULL };
			struct doc_span sp = { NULL, h->outline, h->level == 1 ? FACE_BOLD : FACE_REGULAR, 0 };

			txt.first = txt.last = &sp;
			n = layout_text_set(L, &txt, size, avail, DALIGN_LEFT, &lines);
		}
		L->node = layout_node(L, SR_TOCI, toc);
		for (k = 0; k < n; k++) {
			s = layout_slice(L, lh);
			x = L->left + indent;
			for (f = 0; f < lines[k].n; f++)
				layout_text_box(L, &lines[k].frag[f], x, layout_baseline(size, b->leading), size,
				    b->color, DROLE_TOC, block);
			if (k + 1 == n) {
				const struct fragment *last = &lines[k].frag[lines[k].n - 1];
				float end = x + last->x + layout_text_measure(L, last->text, strlen(last->text),
				    last->face, size, 0) + 6;
				float right = L->left + L->width;
				int ndots = (int)((right - numw - 6 - end) / dotw);
				struct box *pb;

				if (ndots > 0) {
					char *dots = arena_alloc(L->a, (size_t)ndots * 2 + 1);
					struct fragment df = { dots, FACE_REGULAR, 0, 0, 0 };
					int j;

					for (j = 0; j < ndots; j++)
						memcpy(dots + 2 * j, ". ", 2);
					dots[2 * ndots - 1] = '\0';
					layout_text_box(L, &df, right - numw - 6 - (float)ndots * dotw + dotw - 2,
					    layout_baseline(size, b->leading), size, t->color_muted,
					    DROLE_ARTIFACT, -1);
				}
				pb = layout_box(L, BOX_TEXT, DROLE_TOC, block);
				pb->y = layout_baseline(size, b->leading);
				pb->face = FACE_REGULAR;
				pb->size = size;
				pb->color = b->color;
				pb->text = NULL;	/* filled in later */
				pb->x = right;
				pb->ref = outline - 1;
			}
			layout_slice_end(L, s);
			s->break_after = 1;
		}
	}
	L->pending_space = b->space_after;
}
