/* Bar charts: title, legend, and a row per label with its bars and
 * their figures, the whole one Figure whose /Alt gives the figures in
 * words.  Part of the layout engine (layout_int.h). */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "format.h"
#include "layout_int.h"
#include "mem.h"

/* A chart spans the frame tables span (template table-margin-left and
 * -right), which may be wider than the running text. */
#define FRAME_LEFT(L)	((L)->t->table_margin_left)
#define FRAME_WIDTH(L)	((L)->t->page_width - (L)->t->table_margin_left - (L)->t->table_margin_right)

/* The value axis: n steps of a nice step (1, 2, 2,5 or 5 times a power
 * of ten) from 0 to step * n, the first such that reaches max, with 2 to
 * 6 steps ("0, 100 000, 200 000, 300 000"). */
int
layout_chart_ticks(double max, double *step)
{
	static const double nice[] = { 1, 2, 2.5, 5, 10 };
	double mag, s = 1;
	int n;
	size_t i;

	if (!(max > 0) || max > 1e300) {
		*step = 1;
		return 1;
	}
	mag = pow(10, floor(log10(max / 5)));
	for (i = 0; i < sizeof(nice) / sizeof(nice[0]); i++) {
		s = nice[i] * mag;
		/* whole numbers only: counts and kronor have no fractions */
		if (s < 1 || (nice[i] == 2.5 && mag < 10))
			continue;
		if (ceil(max / s - 1e-9) <= 5)
			break;
	}
	n = (int)ceil(max / s - 1e-9);
	if (n < 2 && s >= 2 && max > s / 2) {
		/* a single step says little: halve it */
		s /= 2;
		n = (int)ceil(max / s - 1e-9);
	}
	if (n < 1)
		n = 1;
	*step = s;
	return n;
}

/* Series differ in grey level, with outlines, and every bar carries its
 * figure, so the chart reads in black and white. */
static const struct color fills[] = {
	{ 0.16f, 0.24f, 0.40f }, { 0.78f, 0.80f, 0.84f }, { 0.50f, 0.53f, 0.58f },
	{ 1.0f, 1.0f, 1.0f },
};
#define NFILLS	(sizeof(fills) / sizeof(fills[0]))
/* Between a bar's end and its figure, and between the axis and the
 * words for a value not there ("inget belopp"), pt. */
#define FIGURE_GAP	3.0f

/* Different marks of figures one chart says under it ("* Beräknat efter
 * dagar.", "** Delvis helårsbelopp."); more share the last one's. */
#define MAX_MARKS	4

/* What the parts of one chart share, pt. */
struct chart {
	const struct doc_node	*b;
	const struct doc_chart	*ch;
	float			 size, small;	/* labels; figures and legend */
	float			 label_w, bar_h, area, x0;
	float			 max;		/* the axis's end: its last tick */
	double			 step;		/* between ticks */
	int			 nticks;	/* steps of the axis */
	int			 block;
	const char		*marks[MAX_MARKS];	/* the chart's marks, in the
						 * order they first come */
	size_t			 nmarks;
};

/* The largest value (a stacked row's sum), 1 when there is none. */
static float
chart_max(const struct doc_chart *ch)
{
	float max = 0;
	size_t r, s;

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
	return max <= 0 ? 1 : max;
}

/* A figure as printed, a whole number grouped in thousands ("1 912"),
 * in the arena. */
static const char *
figure(struct lay *L, const struct doc_chart *ch, double v)
{
	char num[64];

	(void)ch;
	if (v > -1e18 && v < 1e18)
		number_format((long long)(v + 0.5), num, sizeof(num));
	else
		snprintf(num, sizeof(num), "%.0f", v);
	return arena_strdup(L->a, num);
}

/* The chart's marks, each once, in the order of the rows and series. */
static void
chart_collect_marks(struct chart *c)
{
	const struct doc_chart *ch = c->ch;
	size_t i, k;

	c->nmarks = 0;
	for (i = 0; ch->mark != NULL && i < ch->nrows * ch->nseries; i++) {
		if (ch->mark[i] == NULL || !ch->present[i])
			continue;
		for (k = 0; k < c->nmarks && strcmp(c->marks[k], ch->mark[i]) != 0; k++)
			;
		if (k == c->nmarks && c->nmarks < MAX_MARKS)
			c->marks[c->nmarks++] = ch->mark[i];
	}
}

/* The asterisks of mark m: "*" for the first, "**" for the second ... */
static const char *
chart_stars(struct lay *L, const struct chart *c, const char *m)
{
	size_t k;

	for (k = 0; k + 1 < c->nmarks && strcmp(c->marks[k], m) != 0; k++)
		;
	return arena_printf(L->a, "%.*s", (int)k + 1, "****");
}

/* Series past the first two are striped as well as grey: a stripe
 * every 2.5 pt across the bar (or swatch) whose top left is x, y
 * (relative to the slice), so a grey copy still tells them apart. */
static void
hatch(struct lay *L, const struct chart *c, size_t s, float x, float y, float w, float h)
{
	struct color stripe = s % NFILLS == 2 ? (struct color){ 1, 1, 1 } :
	    (struct color){ 0.35f, 0.35f, 0.35f };
	float sx;

	if (s % NFILLS < 2)
		return;
	for (sx = x + 1.5f; sx < x + w - 0.8f; sx += 2.5f) {
		struct box *ln = layout_box(L, BOX_LINE, DROLE_FIGURE, c->block);

		ln->x = sx;
		ln->y = y + 0.5f;
		ln->x2 = sx;
		ln->y2 = y + h - 0.5f;
		ln->line_width = 0.5f;
		ln->color = stripe;
	}
}

/* A line of the chart (its axis, a tick, a grid line), relative to the
 * slice. */
static void
chart_line(struct lay *L, const struct chart *c, float x1, float y1, float x2, float y2,
    float w, struct color color)
{
	struct box *ln = layout_box(L, BOX_LINE, DROLE_FIGURE, c->block);

	ln->x = x1;
	ln->y = y1;
	ln->x2 = x2;
	ln->y2 = y2;
	ln->line_width = w;
	ln->color = color;
}

/* The value axis under the last row: a line, a tick and its figure at
 * every step ("0", "100 000", ...); its slice. */
static struct slice *
chart_axis(struct lay *L, const struct chart *c)
{
	struct slice *sl = layout_slice(L, c->small * 2.2f);
	struct color axis = { 0.35f, 0.35f, 0.35f };
	const char *last = figure(L, c->ch, c->step * c->nticks);
	float widest = layout_text_measure(L, last, strlen(last), FACE_REGULAR, c->small, 0);
	int i, every = 1;

	/* long figures on a narrow axis: a figure at every second (third
	 * ...) tick, never one over another */
	while (every < c->nticks && c->area * (float)every / (float)c->nticks < widest + 6)
		every++;
	chart_line(L, c, c->x0, 0.5f, c->x0 + c->area, 0.5f, 0.5f, axis);
	for (i = 0; i <= c->nticks; i++) {
		float x = c->x0 + c->area * (float)i / (float)c->nticks, tw;
		struct fragment tf = { NULL, FACE_REGULAR, 0, 0, 0 };

		chart_line(L, c, x, 0.5f, x, 3.5f, 0.5f, axis);
		if (i % every != 0)
			continue;
		tf.text = figure(L, c->ch, c->step * i);
		tw = layout_text_measure(L, tf.text, strlen(tf.text), FACE_REGULAR, c->small, 0);
		layout_text_box(L, &tf, x - tw / 2, 3.5f + c->small, c->small, c->b->color,
		    DROLE_FIGURE, c->block);
	}
	layout_slice_end(L, sl);
	sl->break_after = 1;
	return sl;
}

/* Under the axis, each mark once after its asterisks: "* Beräknat efter
 * dagar." (review s28: "2027 (januari–oktober, delvis beräknat efter
 * dagar)" as a label wrapped in the label column), kept with the axis. */
static void
chart_note(struct lay *L, const struct chart *c, struct slice *axis)
{
	struct slice *sl;
	size_t k;

	if (c->nmarks == 0)
		return;
	axis->break_after = 0;
	sl = layout_slice(L, layout_line_height(c->small, 1.3f) * (float)c->nmarks + 2);
	for (k = 0; k < c->nmarks; k++) {
		const char *m = c->marks[k];
		struct fragment nf = { NULL, FACE_REGULAR, 0, 0, 0 };
		char *t;

		/* the words as a sentence: "Beräknat", "Delvis" */
		nf.text = t = arena_printf(L->a, "%.*s %s.", (int)k + 1, "****", m);
		if (t[k + 2] >= 'a' && t[k + 2] <= 'z')
			t[k + 2] = (char)(t[k + 2] - 'a' + 'A');
		layout_text_box(L, &nf, FRAME_LEFT(L), 2 + layout_line_height(c->small, 1.3f) * (float)k +
		    layout_baseline(c->small, 1.3f), c->small, L->t->color_muted, DROLE_FIGURE,
		    c->block);
	}
	layout_slice_end(L, sl);
	sl->break_after = 1;
}

/* The title and the legend, one slice kept with the first row. */
static void
chart_legend(struct lay *L, const struct chart *c)
{
	const struct doc_chart *ch = c->ch;
	float size = c->size, small = c->small, x, lh = layout_line_height(size, 1.3f), th;
	struct doc_text txt = { NULL, NULL };
	struct doc_span sp = { NULL, ch->title, FACE_BOLD, 0 };
	struct tline *lines = NULL;
	struct slice *sl;
	size_t s, n = 0, k, f;

	/* the title wraps within the margins (a title naming the measures
	 * of several goals is longer than a line) */
	if (ch->title != NULL && ch->title[0] != '\0') {
		txt.first = txt.last = &sp;
		n = layout_text_set(L, &txt, size, FRAME_WIDTH(L), DALIGN_LEFT, &lines);
	}
	th = lh * (float)(n > 0 ? n : 1);
	sl = layout_slice(L, th + layout_line_height(small, 1.6f));
	for (k = 0; k < n; k++)
		for (f = 0; f < lines[k].n; f++)
			layout_text_box(L, &lines[k].frag[f], FRAME_LEFT(L), (float)k * lh +
			    layout_baseline(size, 1.3f), size, c->b->color, DROLE_FIGURE, c->block);
	for (x = FRAME_LEFT(L), s = 0; s < ch->nseries; s++) {
		struct box *sw = layout_box(L, BOX_RECT, DROLE_FIGURE, c->block);
		struct fragment lf = { ch->series[s], FACE_REGULAR, 0, 0, 0 };
		float y = th + small * 1.1f;

		sw->x = x;
		sw->y = y;
		sw->x2 = small;
		sw->y2 = small * 0.9f;
		sw->color = fills[s % NFILLS];
		sw->line_width = 0.4f;
		hatch(L, c, s, x, y - small * 0.9f, small, small * 0.9f);
		layout_text_box(L, &lf, x + small + 3, y, small, c->b->color, DROLE_FIGURE, c->block);
		x += small + 3 + layout_text_measure(L, lf.text, strlen(lf.text), FACE_REGULAR, small, 0) + 14;
	}
	layout_slice_end(L, sl);
	sl->break_after = 0;
}

/* White under the words at x of the bar whose top is y (its figure,
 * "inget belopp angivet"): the grid stops at them, no line through a
 * figure (review s28). */
static void
figure_ground(struct lay *L, const struct chart *c, const char *text, float x, float y)
{
	struct box *bg = layout_box(L, BOX_RECT, DROLE_FIGURE, c->block);

	bg->x = x - 1;
	bg->y = y + c->bar_h - 2;	/* relative: bottom edge, as a bar's */
	bg->x2 = layout_text_measure(L, text, strlen(text), FACE_REGULAR, c->small, 0) + 2;
	bg->y2 = c->bar_h - 2;
	bg->color = (struct color){ 1, 1, 1 };
	bg->line_width = 0;
}

/* The bars of row r, from y down (side by side) or from the left
 * (stacked), each with its figure; returns where the last bar ends. */
static float
chart_bars(struct lay *L, const struct chart *c, size_t r, float *y)
{
	const struct doc_chart *ch = c->ch;
	float bar_h = c->bar_h, small = c->small, bx = c->x0;
	struct color color = c->b->color;
	size_t s;

	for (s = 0; s < ch->nseries; s++) {
		size_t i = r * ch->nseries + s;
		float w;
		struct fragment vf = { NULL, FACE_REGULAR, 0, 0, 0 };
		struct box *bar;

		if (!ch->present[i]) {
			if (!ch->stacked) {
				vf.text = ch->absent != NULL && ch->absent[i] != NULL ? ch->absent[i] : "–";
				figure_ground(L, c, vf.text, c->x0 + FIGURE_GAP, *y);
				layout_text_box(L, &vf, c->x0 + FIGURE_GAP, *y + bar_h * 0.78f, small,
				    L->t->color_muted, DROLE_FIGURE, c->block);
				*y += bar_h;
			}
			continue;
		}
		w = (float)(ch->values[i] / c->max) * c->area;
		bar = layout_box(L, BOX_RECT, DROLE_FIGURE, c->block);
		bar->x = bx;
		bar->y = *y + bar_h - 2;	/* relative: bottom edge */
		bar->x2 = w > 0.5f ? w : 0.5f;
		bar->y2 = bar_h - 2;
		bar->color = fills[s % NFILLS];
		bar->line_width = 0.4f;
		hatch(L, c, s, bx, *y, bar->x2, bar_h - 2);
		vf.text = figure(L, ch, ch->values[i]);
		if (ch->mark != NULL && ch->mark[i] != NULL)
			vf.text = arena_printf(L->a, "%s%s", vf.text, chart_stars(L, c, ch->mark[i]));
		if (!ch->stacked) {
			figure_ground(L, c, vf.text, bx + w + FIGURE_GAP, *y);
			layout_text_box(L, &vf, bx + w + FIGURE_GAP, *y + bar_h * 0.72f, small, color,
			    DROLE_FIGURE, c->block);
			*y += bar_h;
		} else {
			float tw = layout_text_measure(L, vf.text, strlen(vf.text), FACE_REGULAR, small, 0);

			/* a segment's figure inside it when it fits */
			if (tw + 4 < w)
				layout_text_box(L, &vf, bx + (w - tw) / 2, *y + bar_h * 0.72f, small,
				    s == 0 ? (struct color){ 1, 1, 1 } : color, DROLE_FIGURE, c->block);
			bx += w;
		}
	}
	return bx;
}

/* Row r: its label, wrapped in the label column, and its bars, one
 * slice. */
static void
chart_row(struct lay *L, const struct chart *c, size_t r)
{
	const struct doc_chart *ch = c->ch;
	size_t bars = ch->stacked ? 1 : ch->nseries;
	float size = c->size, h = (float)bars * c->bar_h + 6, y = 3, bx;
	struct tline *lines;
	struct doc_text txt = { NULL, NULL };
	struct doc_span sp = { NULL, ch->labels[r], FACE_REGULAR, 0 };
	struct slice *sl;
	size_t n, k, f, s;

	txt.first = txt.last = &sp;
	n = layout_text_set_label(L, &txt, size, c->label_w, DALIGN_LEFT, &lines);
	if ((float)n * layout_line_height(size, 1.2f) + 4 > h)
		h = (float)n * layout_line_height(size, 1.2f) + 4;
	sl = layout_slice(L, h);
	/* the grid: a faint line at each step, the zero line darker, under
	 * the bars */
	for (k = 0; k <= (size_t)c->nticks; k++) {
		float x = c->x0 + c->area * (float)k / (float)c->nticks;

		chart_line(L, c, x, 0, x, h, k == 0 ? 0.5f : 0.3f, k == 0 ?
		    (struct color){ 0.35f, 0.35f, 0.35f } : (struct color){ 0.82f, 0.82f, 0.82f });
	}
	for (k = 0; k < n; k++)
		for (f = 0; f < lines[k].n; f++)
			layout_text_box(L, &lines[k].frag[f], FRAME_LEFT(L),
			    2 + (float)k * layout_line_height(size, 1.2f) + layout_baseline(size, 1.2f),
			    size, c->b->color, DROLE_FIGURE, c->block);
	bx = chart_bars(L, c, r, &y);
	if (ch->stacked) {
		double sum = 0;
		size_t present = 0;
		struct fragment vf = { NULL, FACE_BOLD, 0, 0, 0 };

		for (s = 0; s < ch->nseries; s++)
			if (ch->present[r * ch->nseries + s]) {
				sum += ch->values[r * ch->nseries + s];
				present++;
			}
		/* a row with no figure at all has no total: a dash, never 0 */
		vf.text = present > 0 ? figure(L, ch, sum) : "–";
		if (present == 0)
			vf.face = FACE_REGULAR;
		layout_text_box(L, &vf, bx + 3, y + c->bar_h * 0.72f, c->small,
		    present > 0 ? c->b->color : L->t->color_muted, DROLE_FIGURE, c->block);
	}
	layout_slice_end(L, sl);
	sl->break_after = 0;	/* the last row keeps its axis */
}

void
layout_chart(struct lay *L, const struct doc_node *b)
{
	const struct doc_chart *ch = b->chart;
	float value_room = 76, w;
	struct chart c;
	char num[64];
	size_t r;

	if (ch->nrows == 0 || ch->nseries == 0)
		return;
	c.b = b;
	c.ch = ch;
	c.block = L->block;
	c.size = L->t->size_table;
	c.small = L->t->size_small;
	/* the label column as wide as its widest label, between a sixth and
	 * a third of the width: short labels ("2026", "2027 (jan–okt)")
	 * leave the bars the room (review s28) */
	c.label_w = FRAME_WIDTH(L) / 6;
	for (r = 0; r < ch->nrows; r++) {
		float lw = ch->labels[r] == NULL ? 0 : layout_text_measure(L, ch->labels[r],
		    strlen(ch->labels[r]), FACE_REGULAR, c.size, 0) + 4;

		if (lw > c.label_w)
			c.label_w = lw;
	}
	if (c.label_w > FRAME_WIDTH(L) * 0.34f)
		c.label_w = FRAME_WIDTH(L) * 0.34f;
	c.bar_h = c.size * 1.15f;
	c.x0 = FRAME_LEFT(L) + c.label_w + 6;
	c.nticks = layout_chart_ticks(chart_max(ch), &c.step);
	c.max = (float)(c.step * c.nticks);
	chart_collect_marks(&c);
	/* Room right of the longest bar for its figure, the widest there is
	 * (in bold, the wider face: a stacked bar's total), and its
	 * asterisks. */
	if (c.max < 1e18f)
		number_format((long long)(c.max + 0.5f), num, sizeof(num));
	else
		snprintf(num, sizeof(num), "%.0f", (double)c.max);
	if (c.nmarks > 0)
		snprintf(num + strlen(num), sizeof(num) - strlen(num), "%.*s", (int)c.nmarks, "****");
	w = layout_text_measure(L, num, strlen(num), FACE_BOLD, c.small, 0) + 6;
	if (w > value_room)
		value_room = w;
	c.area = FRAME_WIDTH(L) - c.label_w - 6 - value_room;

	/* everything of the chart, bars too, is the figure's content; a
	 * reader says its /Alt, the figures in words */
	L->node = layout_node(L, SR_FIGURE, L->parent);
	L->out->nodes[L->node].alt = ch->alt;
	L->pending_space += b->space_before;
	chart_legend(L, &c);
	for (r = 0; r < ch->nrows; r++)
		chart_row(L, &c, r);
	chart_note(L, &c, chart_axis(L, &c));
	L->pending_space = b->space_after;
}
