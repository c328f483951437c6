/* Bar charts: title, legend, and a row per label with its bars and
 * their figures, the whole one Figure whose /Alt gives the figures in
 * words.  Part of the layout engine (layout_int.h). */
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "layout_int.h"
#include "mem.h"

/* A bar chart: title, legend, then a row per label with its bars and
 * their values.  Series differ in grey level, with outlines, and every
 * bar carries its figure, so the chart reads in black and white. */
void
layout_chart(struct lay *L, const struct doc_node *b)
{
	int block = L->block;
	static const struct color fills[] = {
		{ 0.16f, 0.24f, 0.40f }, { 0.78f, 0.80f, 0.84f }, { 0.50f, 0.53f, 0.58f },
		{ 1.0f, 1.0f, 1.0f },
	};
	const struct doc_chart *ch = b->chart;
	const struct template *t = L->t;
	float size = t->size_table, small = t->size_small;
	float label_w = L->width * 0.34f, value_room = 76, bar_h = size * 1.15f;
	float area, max = 0, x0 = L->left + label_w + 6;
	size_t r, s, nfill = sizeof(fills) / sizeof(fills[0]);
	struct slice *sl;
	struct fragment fr = { NULL, FACE_BOLD, 0, 0, 0 };
	float x;

	if (ch->nrows == 0 || ch->nseries == 0)
		return;
	for (r = 0; r < ch->nrows; r++) {
		double sum = 0;

		for (s = 0; s < ch->nseries; s++) {
			double v = ch->present[r * ch->nseries + s] ? ch->values[r * ch->nseries + s] : 0;

			if (ch->stacked)
				sum += v;
			else if (v > max)
				max = (float)v;
		}
		if (ch->stacked && sum > max)
			max = (float)sum;
	}
	if (max <= 0)
		max = 1;
	/* Room right of the longest bar for its figure, the widest there is
	 * (in bold, the wider face: a stacked bar's total). */
	{
		char num[64];
		float w;

		if (ch->money && max < 1e18f)
			number_format((long long)(max + 0.5f), num, sizeof(num));
		else
			snprintf(num, sizeof(num), "%.0f", (double)max);
		w = layout_text_measure(L, num, strlen(num), FACE_BOLD, small, 0) + 6;
		if (w > value_room)
			value_room = w;
	}
	area = L->width - label_w - 6 - value_room;

	/* everything of the chart, bars too, is the figure's content; a
	 * reader says its /Alt, the figures in words */
	L->node = layout_node(L, SR_FIGURE, L->parent);
	L->out->nodes[L->node].alt = ch->alt;
	L->pending_space += b->space_before;
	/* Title and legend. */
	sl = layout_slice(L, layout_line_height(size, 1.3f) + layout_line_height(small, 1.6f));
	fr.text = ch->title;
	layout_text_box(L, &fr, L->left, layout_baseline(size, 1.3f), size, b->color, DROLE_FIGURE, block);
	for (x = L->left, s = 0; s < ch->nseries; s++) {
		struct box *sw = layout_box(L, BOX_RECT, DROLE_FIGURE, block);
		struct fragment lf = { ch->series[s], FACE_REGULAR, 0, 0, 0 };
		float y = layout_line_height(size, 1.3f) + small * 1.1f;

		sw->x = x;
		sw->y = y;
		sw->x2 = small;
		sw->y2 = small * 0.9f;
		sw->color = fills[s % nfill];
		sw->line_width = 0.4f;
		layout_text_box(L, &lf, x + small + 3, y, small, b->color, DROLE_FIGURE, block);
		x += small + 3 + layout_text_measure(L, lf.text, strlen(lf.text), FACE_REGULAR, small, 0) + 14;
	}
	layout_slice_end(L, sl);
	sl->break_after = 0;

	for (r = 0; r < ch->nrows; r++) {
		size_t bars = ch->stacked ? 1 : ch->nseries;
		float h = (float)bars * bar_h + 6, y = 3, bx = x0;
		struct tline *lines;
		struct doc_text txt = { NULL, NULL };
		struct doc_span sp = { NULL, ch->labels[r], FACE_REGULAR, 0 };
		size_t n, k, f;

		txt.first = txt.last = &sp;
		n = layout_text_set(L, &txt, size, label_w, DALIGN_LEFT, &lines);
		if ((float)n * layout_line_height(size, 1.2f) + 4 > h)
			h = (float)n * layout_line_height(size, 1.2f) + 4;
		sl = layout_slice(L, h);
		for (k = 0; k < n; k++)
			for (f = 0; f < lines[k].n; f++)
				layout_text_box(L, &lines[k].frag[f], L->left,
				    2 + (float)k * layout_line_height(size, 1.2f) + layout_baseline(size, 1.2f),
				    size, b->color, DROLE_FIGURE, block);
		for (s = 0; s < ch->nseries; s++) {
			size_t i = r * ch->nseries + s;
			float w;
			char num[64];
			struct fragment vf = { NULL, FACE_REGULAR, 0, 0, 0 };

			if (!ch->present[i]) {
				if (!ch->stacked) {
					vf.text = "–";
					layout_text_box(L, &vf, x0, y + bar_h * 0.78f, small, t->color_muted,
					    DROLE_FIGURE, block);
					y += bar_h;
				}
				continue;
			}
			w = (float)(ch->values[i] / max) * area;
			{
				struct box *bar = layout_box(L, BOX_RECT, DROLE_FIGURE, block);

				bar->x = bx;
				bar->y = y + bar_h - 2;	/* relative: bottom edge */
				bar->x2 = w > 0.5f ? w : 0.5f;
				bar->y2 = bar_h - 2;
				bar->color = fills[s % nfill];
				bar->line_width = 0.4f;
			}
			if (ch->money)
				number_format((long long)(ch->values[i] + 0.5), num, sizeof(num));
			else
				snprintf(num, sizeof(num), "%.0f", ch->values[i]);
			vf.text = arena_strdup(L->a, num);
			if (!ch->stacked) {
				layout_text_box(L, &vf, bx + w + 3, y + bar_h * 0.72f, small, b->color,
				    DROLE_FIGURE, block);
				y += bar_h;
			} else {
				float tw = layout_text_measure(L, vf.text, strlen(vf.text), FACE_REGULAR, small, 0);

				/* a segment's figure inside it when it fits */
				if (tw + 4 < w) {
					struct color c = s == 0 ? (struct color){ 1, 1, 1 } : b->color;

					layout_text_box(L, &vf, bx + (w - tw) / 2, y + bar_h * 0.72f, small, c,
					    DROLE_FIGURE, block);
				}
				bx += w;
			}
		}
		if (ch->stacked) {
			double sum = 0;
			char num[64];
			struct fragment vf = { NULL, FACE_BOLD, 0, 0, 0 };

			for (s = 0; s < ch->nseries; s++)
				if (ch->present[r * ch->nseries + s])
					sum += ch->values[r * ch->nseries + s];
			if (ch->money)
				number_format((long long)(sum + 0.5), num, sizeof(num));
			else
				snprintf(num, sizeof(num), "%.0f", sum);
			vf.text = arena_strdup(L->a, num);
			layout_text_box(L, &vf, bx + 3, y + bar_h * 0.72f, small, b->color, DROLE_FIGURE, block);
		}
		layout_slice_end(L, sl);
		sl->break_after = r + 1 == ch->nrows;
	}
	L->pending_space = b->space_after;
}
