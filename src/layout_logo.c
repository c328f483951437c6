/* The row of party logos that heads an agreement's first page: each
 * logo at its height, in the order of the parties, the first at the
 * left margin and the last at the right one, spread evenly between;
 * scaled down together when they would not fit side by side.  One Div
 * of Figures, each with its alt text. */
#include <stdlib.h>

#include "layout_int.h"
#include "mem.h"

/* The least room between two logos, pt (8 mm): logos never touch. */
#define LOGO_GAP	(8.0f * 72.0f / 25.4f)
/* Space under the row, before the title block, pt: as under the
 * template's logo. */
#define LOGO_SPACE_BELOW	14.0f

void
layout_party_logos(struct lay *L)
{
	const struct doc *d = L->doc;
	const struct metrics *m = L->m;
	size_t i, n = d->nlogos;
	float *w = xcalloc(n, sizeof(*w)), *h = xcalloc(n, sizeof(*h));
	float sum = 0, row = 0, scale = 1, gap = 0, x;
	struct slice *s;
	int div;

	for (i = 0; i < n; i++) {
		float ratio = m->image_ratio != NULL ?
		    m->image_ratio(m->ctx, d->logos[i].path) : -1;

		if (ratio <= 0) {
			L->errors++;
			goto done;
		}
		h[i] = d->logos[i].height;
		w[i] = h[i] / ratio;
		sum += w[i];
	}
	if (sum + LOGO_GAP * (float)(n - 1) > L->width)
		scale = (L->width - LOGO_GAP * (float)(n - 1)) / sum;
	for (i = 0; i < n; i++) {
		w[i] *= scale;
		h[i] *= scale;
		if (h[i] > row)
			row = h[i];
	}
	if (n > 1)
		gap = (L->width - sum * scale) / (float)(n - 1);
	s = layout_slice(L, row + LOGO_SPACE_BELOW);
	div = layout_node(L, SR_DIV, L->parent);
	x = L->left;
	for (i = 0; i < n; i++) {
		struct box *img;

		L->node = layout_node(L, SR_FIGURE, div);
		L->out->nodes[L->node].alt = d->logos[i].alt;
		img = layout_box(L, BOX_IMAGE, DROLE_FIGURE, -1);
		img->x = x;
		img->y = (row + h[i]) / 2;	/* relative: bottom edge, centred in the row */
		img->x2 = w[i];
		img->y2 = h[i];
		img->text = d->logos[i].path;
		x += w[i] + gap;
	}
	layout_slice_end(L, s);
	s->break_after = 0;
done:
	free(w);
	free(h);
}
