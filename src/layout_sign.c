/* Signatures: blocks of a party, place and date, lines to sign and
 * the signatory's name, two by two, each row of blocks one slice.  Part
 * of the layout engine (layout_int.h). */
#include <math.h>
#include <stdbool.h>

#include "diag.h"
#include "layout_int.h"

#define SIG_GAP		28.0f

/* A signature block's text, wrapped to the block's width: plain text as
 * one span of face (an empty text gives no lines). */
static size_t
sig_typeset(struct lay *L, const char *text, enum face face, float size, float w, long line,
    struct tline **lines)
{
	struct doc_text txt = { NULL, NULL };
	struct doc_span sp = { NULL, text, face, line };

	*lines = NULL;
	if (text == NULL)
		return 0;
	txt.first = txt.last = &sp;
	return layout_text_set(L, &txt, size, w, DALIGN_LEFT, lines);
}

/* Draws lines of a signature field, the first baseline at y, one P node
 * under div; returns the number of lines. */
static size_t
sig_draw(struct lay *L, const struct tline *lines, size_t n, float x, float y, float lh,
    float size, struct color color, int block, int div)
{
	size_t k, f;

	if (n == 0)
		return 0;
	L->node = layout_node(L, SR_P, div);
	for (k = 0; k < n; k++)
		for (f = 0; f < lines[k].n; f++)
			layout_text_box(L, &lines[k].frag[f], x, y + (float)k * lh, size, color, DROLE_P, block);
	return n;
}

/* The lines of the fields above the signature lines: those the blocks of
 * a row share, so that their rules stand level. */
struct sig_rows {
	size_t	head, place;
};

static void
sig_measure(struct lay *L, const struct doc_node *b, const struct doc_signatory *sg, float w,
    struct sig_rows *r)
{
	struct tline *lines;
	size_t n;

	if (sg->group == 1) {
		n = layout_text_set(L, &sg->for_text, b->size, w, DALIGN_LEFT, &lines);
		if (n > r->head)
			r->head = n;
	}
	n = sig_typeset(L, sg->place_date, FACE_REGULAR, b->size, w, sg->place_line, &lines);
	if (n > r->place)
		r->place = n;
}

/* One signature block: the party, the place and date over their line,
 * the signature line and the name, title and organisation, every field
 * wrapped within the block's width w.  Returns its height; y grows down. */
static float
signature_cell(struct lay *L, const struct doc_node *b, const struct doc_signatory *sg,
    float x, float w, const struct sig_rows *row, int block, int parent)
{
	/* one Div a signatory, one P a field: read party by party, though
	 * the blocks stand two by two */
	int div = layout_node(L, SR_DIV, parent);

	const struct template *t = L->t;
	float size = b->size, lh = layout_line_height(size, b->leading), small = t->size_small;
	float slh = layout_line_height(small, b->leading), y = 0;
	struct tline *lines;
	size_t n, k;

	/* in a group of the same party, the group's heading says "För …" */
	if (sg->group == 1) {
		n = layout_text_set(L, &sg->for_text, size, w, DALIGN_LEFT, &lines);
		sig_draw(L, lines, n, x, layout_baseline(size, b->leading), lh, size, b->color,
		    block, div);
	}
	/* The lines of a row of blocks start level, whatever the party's
	 * name and the place take. */
	y = (float)row->head * lh;
	/* Ort och datum: the place's last line just above its rule */
	y += SIG_GAP * 0.8f + (float)(row->place > 1 ? row->place - 1 : 0) * lh;
	n = sig_typeset(L, sg->place_date, FACE_REGULAR, size, w, sg->place_line, &lines);
	sig_draw(L, lines, n, x, y - 3 - (float)(n > 0 ? n - 1 : 0) * lh, lh, size, b->color,
	    block, div);
	layout_rule(L, x, y, x + w, y, 0.5f, t->color_text);
	y += small + 1;
	n = sig_typeset(L, t->label_place_date, FACE_REGULAR, small, w, 0, &lines);
	y += (float)(n > 0 ? n - 1 : 0) * slh;
	sig_draw(L, lines, n, x, y - (float)(n > 0 ? n - 1 : 0) * slh, slh, small,
	    t->color_muted, block, div);
	/* Underskrift: room to sign between the label's descenders and the
	 * name's capitals, however large a template sets the label */
	y += SIG_GAP + 6 + fmaxf(0, DESCENT * (small - size));
	layout_rule(L, x, y, x + w, y, 0.5f, t->color_text);
	y += size + 1;
	if (sg->name != NULL) {
		const char *extra[3] = { sg->name, sg->title, sg->organisation };
		long lines_of[3] = { sg->name_line, sg->title_line, sg->organisation_line };

		for (k = 0; k < 3; k++) {
			n = sig_typeset(L, extra[k], FACE_REGULAR, size, w, lines_of[k], &lines);
			y += (float)sig_draw(L, lines, n, x, y, lh, size, b->color, block, div) * lh;
		}
	} else {
		n = sig_typeset(L, t->label_signature, FACE_REGULAR, small, w, 0, &lines);
		sig_draw(L, lines, n, x, y - size + small, slh, small, t->color_muted, block, div);
		y += SIG_GAP + fmaxf(0, small - size) + (float)(n > 0 ? n - 1 : 0) * slh;
		layout_rule(L, x, y, x + w, y, 0.5f, t->color_text);
		y += small + 1;
		n = sig_typeset(L, t->label_name, FACE_REGULAR, small, w, 0, &lines);
		sig_draw(L, lines, n, x, y, slh, small, t->color_muted, block, div);
		y += lh + (float)(n > 0 ? n - 1 : 0) * slh;
	}
	return y;
}

/* One row of blocks, the i-th and, with pair, the next, as one slice that
 * never splits; returns its height. */
static float
sig_row(struct lay *L, const struct doc_node *b, size_t i, bool pair, int parent)
{
	const struct doc_signatures *sg = b->sigs;
	float colw = (L->width - 30) / 2;
	float body = L->t->page_height - L->t->margin_top - L->t->margin_bottom;
	struct slice *s = layout_slice(L, 0);
	struct sig_rows row = { 0, 0 };
	float h1, h2 = 0, height;

	sig_measure(L, b, &sg->sig[i], colw, &row);
	if (pair)
		sig_measure(L, b, &sg->sig[i + 1], colw, &row);
	h1 = signature_cell(L, b, &sg->sig[i], L->left, colw, &row, L->block, parent);
	if (pair)
		h2 = signature_cell(L, b, &sg->sig[i + 1], L->left + colw + 30, colw,
		    &row, L->block, parent);
	height = s->height = (h1 > h2 ? h1 : h2) + 18;
	layout_slice_end(L, s);
	/* A row of blocks never splits: one taller than a page cannot be
	 * printed. */
	if (height > body) {
		const struct doc_signatory *tall = &sg->sig[pair && h2 > h1 ? i + 1 : i];
		const struct doc_signatory *head = tall;

		while (head > sg->sig && head->group == 0)
			head--;
		diag(L->doc->path, head->for_text.first != NULL ? head->for_text.first->line : 0,
		    MSG_SIGNATURE_TALL);
		L->errors++;
	}
	return height;
}

/* The "För …" heading of a party's group of blocks, across both columns,
 * kept on the page of the group's first row; returns its height.  Its P
 * and the group's blocks are tagged inside one Div, *div. */
static float
sig_group_heading(struct lay *L, const struct doc_node *b, const struct doc_signatory *sg,
    int *div)
{
	float lh = layout_line_height(b->size, b->leading), height;
	struct slice *s = layout_slice(L, 0);
	struct tline *lines;
	size_t n;

	*div = layout_node(L, SR_DIV, L->parent);
	n = layout_text_set(L, &sg->for_text, b->size, L->width, DALIGN_LEFT, &lines);
	sig_draw(L, lines, n, L->left, layout_baseline(b->size, b->leading), lh, b->size,
	    b->color, L->block, *div);
	height = s->height = (float)n * lh + 4;
	s->break_after = 0;
	layout_slice_end(L, s);
	return height;
}

void
layout_sign(struct lay *L, const struct doc_node *b)
{
	const struct doc_signatures *sg = b->sigs;
	float total = 0;
	float body = L->t->page_height - L->t->margin_top - L->t->margin_bottom;
	size_t i, j, first = L->nslices;

	L->pending_space += b->space_before;
	for (i = 0; i < sg->n; ) {
		size_t end = i + (sg->sig[i].group > 1 ? sg->sig[i].group : 1);
		int parent = L->parent;

		if (sg->sig[i].group > 1) {
			/* a party with several signatories: one heading, then
			 * its blocks two by two */
			total += sig_group_heading(L, b, &sg->sig[i], &parent);
			for (j = i; j < end; j += 2)
				total += sig_row(L, b, j, j + 1 < end, parent);
			i = end;
			continue;
		}
		/* parties signing alone stand two by two */
		if (i + 1 < sg->n && sg->sig[i + 1].group == 1) {
			total += sig_row(L, b, i, true, parent);
			i += 2;
		} else
			total += sig_row(L, b, i++, false, parent);
	}
	/* Keep the signatures on one page when they fit on one. */
	if (b->keep_together && total < body)
		for (i = first; i + 1 < L->nslices; i++)
			L->slices[i].break_after = 0;
	L->pending_space = b->space_after;
}
