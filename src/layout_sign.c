/* Signatures: blocks of a party, place and date, lines to sign and
 * the signatory's name, two by two, each row of blocks one slice.  Part
 * of the layout engine (layout_int.h). */
#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "diag.h"
#include "layout_int.h"
#include "mem.h"

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
	/* a word wider than the column is hyphenated, never cut */
	return layout_text_set_hyph(L, &txt, size, w, DALIGN_LEFT, NULL, lines);
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

/* The lines of each field of a row of blocks: those the blocks of a
 * row share, so that their rules stand level. */
struct sig_rows {
	size_t	head, place, name, title;
	/* some block of the row leaves the field blank, to fill in by hand */
	bool	blank_place, blank_name, blank_title;
};

/* The "För …" line wrapped to at most w and balanced: on two lines or
 * more, the narrowest width that keeps their number, so that a long
 * party name breaks in the middle ("För Internationella /
 * Kvinnoföreningen i Linköping") rather than before its last word. */
static size_t
sig_for_lines(struct lay *L, const struct doc_text *txt, float size, float w,
    struct tline **lines)
{
	size_t n;

	/* a word wider than the column is hyphenated, never cut (review J1:
	 * "arbetsmarknadsförvaltni" / "ngen") */
	if (layout_text_widest_word(L, txt, size) > w)
		return layout_text_set_hyph(L, txt, size, w, DALIGN_LEFT, NULL, lines);
	n = layout_text_set(L, txt, size, w, DALIGN_LEFT, lines);
	return n < 2 ? n : layout_text_balance(L, txt, size, w, DALIGN_LEFT, n, lines);
}

/* The lines of the title's field: the title, then the organisation. */
static size_t
sig_title_lines(struct lay *L, const struct doc_signatory *sg, float size, float w)
{
	struct tline *lines;

	return sig_typeset(L, sg->title, FACE_REGULAR, size, w, sg->title_line, &lines) +
	    sig_typeset(L, sg->organisation, FACE_REGULAR, size, w, sg->organisation_line,
	    &lines);
}

/* The lines of each field of block sg, w wide, its "För …" hw wide,
 * into r. */
static void
sig_measure(struct lay *L, const struct doc_node *b, const struct doc_signatory *sg, float w,
    float hw, struct sig_rows *r)
{
	struct tline *lines;
	size_t n;

	if (sg->group == 1) {
		n = sig_for_lines(L, &sg->for_text, b->size, hw, &lines);
		if (n > r->head)
			r->head = n;
	}
	n = sig_typeset(L, sg->place_date, FACE_REGULAR, b->size, w, sg->place_line, &lines);
	if (n > r->place)
		r->place = n;
	/* no date on it: the date is written by hand beside the place */
	r->blank_place |= n == 0 || strpbrk(sg->place_date, "0123456789") == NULL ||
	    strchr(sg->place_date, '_') != NULL || strstr(sg->place_date, "\xC2\xA0\xC2\xA0") != NULL;
	n = sig_typeset(L, sg->name, FACE_REGULAR, b->size, w, sg->name_line, &lines);
	if (n > r->name)
		r->name = n;
	r->blank_name |= n == 0;
	n = sig_title_lines(L, sg, b->size, w);
	/* a block to fill in by hand has a line for the title */
	if (n == 0 && sg->name == NULL) {
		r->blank_title = true;
		n = 1;
	}
	if (n > r->title)
		r->title = n;
}

/* A field of a block: its text (up to two parts, NULL: none) standing on
 * its rule, the rule, and the field's label under it in the small size.
 * rows is the row's most lines for the field; room, the least height
 * over the rule (to write or sign by hand).  y is the top of the field;
 * returns its foot. */
static float
sig_field(struct lay *L, const struct doc_node *b, const char *const *text, const long *line,
    size_t ntext, size_t rows, float room, const char *label, float x, float w, float y,
    int block, int div)
{
	const struct template *t = L->t;
	float size = b->size, small = t->size_small;
	float lh = layout_line_height(size, b->leading), slh = layout_line_height(small, b->leading);
	float rule = y + fmaxf((float)rows * lh, room);
	struct tline *lines[2];
	size_t n[2] = { 0, 0 }, k, all, first = 0;

	for (k = 0; k < ntext; k++)
		n[k] = sig_typeset(L, text[k], FACE_REGULAR, size, w, line[k], &lines[k]);
	all = n[0] + n[1];
	/* a value stands on its rule, as written on a form (review K1: a
	 * place and date three lines above its rule beside a long one);
	 * a title over its organisation starts from the row's top, so
	 * that the titles of a row are level (review J2: Inkludering's
	 * "ordförande" a line lower than "Integration- och" beside it) */
	if (ntext > 1 && rows > all)
		all = rows;
	for (k = 0; k < ntext; first += n[k], k++)
		sig_draw(L, lines[k], n[k], x, rule - 3 - (float)(all - 1 - first) * lh, lh, size,
		    b->color, block, div);
	layout_rule(L, x, rule, x + w, rule, 0.5f, t->color_text);
	y = rule + small + 1;
	n[0] = sig_typeset(L, label, FACE_REGULAR, small, w, 0, &lines[0]);
	sig_draw(L, lines[0], n[0], x, y, slh, small, t->color_muted, block, div);
	return y + (float)(n[0] > 0 ? n[0] - 1 : 0) * slh + fmaxf(0, DESCENT * small);
}

/* One signature block: the party, then four fields, each a rule with its
 * label under it: place and date (Ort och datum), the room to sign
 * (Underskrift), the name (Namnförtydligande) and the title and
 * organisation (Befattning); every field wrapped within the block's
 * width w (the party's "För …" within hw), and a row's rules level.
 * Returns its height; y grows down. */
static float
signature_cell(struct lay *L, const struct doc_node *b, const struct doc_signatory *sg,
    float x, float w, float hw, const struct sig_rows *row, int block, int parent)
{
	/* one Div a signatory, one P a field: read party by party, though
	 * the blocks stand two by two */
	int div = layout_node(L, SR_DIV, parent);

	const struct template *t = L->t;
	float size = b->size, lh = layout_line_height(size, b->leading), y = 0;
	/* room over a blank line to write a name or date by hand */
	float room = SIG_GAP * 0.8f;
	struct tline *lines;
	size_t n;
	const char *text[2];
	long line[2];

	/* in a group of the same party, the group's heading says "För …" */
	if (sg->group == 1) {
		n = sig_for_lines(L, &sg->for_text, size, hw, &lines);
		sig_draw(L, lines, n, x, layout_baseline(size, b->leading), lh, size, b->color,
		    block, div);
	}
	/* The fields of a row of blocks start level, whatever the party's
	 * name takes. */
	y = (float)row->head * lh + 4;
	text[0] = sg->place_date;
	line[0] = sg->place_line;
	if (!b->sigs->no_place || row->place > 0)
		y = sig_field(L, b, text, line, 1, row->place, row->blank_place ? room : 0,
		    t->label_place_date, x, w, y, block, div);
	/* Underskrift: the template's room to sign over the line */
	y = sig_field(L, b, NULL, NULL, 0, 0, t->signature_space, t->label_signature, x, w, y,
	    block, div);
	text[0] = sg->name;
	line[0] = sg->name_line;
	y = sig_field(L, b, text, line, 1, row->name, row->blank_name ? room : 0, t->label_name,
	    x, w, y + 5, block, div);
	if (row->title > 0) {
		text[0] = sg->title;
		text[1] = sg->organisation;
		line[0] = sg->title_line;
		line[1] = sg->organisation_line;
		y = sig_field(L, b, text, line, 2, row->title, row->blank_title ? room : 0,
		    t->label_title, x, w, y + 5, block, div);
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
	struct sig_rows row = { 0, 0, 0, 0, false, false, false };
	/* a block alone on its row: its party's "För …" runs the text's
	 * width, over the empty column too, rather than wrapping at the
	 * block's (review: Malmö p6, "För Stiftelsen Framtidsbron / Syd för
	 * barns och ungas / utbildning och framtidstro") */
	float hw = pair ? colw : L->width;
	float h1, h2 = 0, height;

	sig_measure(L, b, &sg->sig[i], colw, hw, &row);
	if (pair)
		sig_measure(L, b, &sg->sig[i + 1], colw, hw, &row);
	h1 = signature_cell(L, b, &sg->sig[i], L->left, colw, hw, &row, L->block, parent);
	if (pair)
		h2 = signature_cell(L, b, &sg->sig[i + 1], L->left + colw + 30, colw, hw,
		    &row, L->block, parent);
	height = s->height = h1 > h2 ? h1 : h2;
	layout_slice_end(L, s);
	/* the gap to the next row a space before it, which a page's top
	 * drops: a row at a page's foot needs only its own height (Samverkan
	 * 2021's first row, 5 pt short of page 9's foot) */
	L->pending_space = 14;
	height += 14;
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
	n = sig_for_lines(L, &sg->for_text, b->size, L->width, &lines);
	sig_draw(L, lines, n, L->left, layout_baseline(b->size, b->leading), lh, b->size,
	    b->color, L->block, *div);
	height = s->height = (float)n * lh + 4;
	s->break_after = 0;
	layout_slice_end(L, s);
	return height;
}

/* The "För … (forts.)" heading over a party's rows of blocks continued
 * on a new page: its "För …" and the template's [labels]
 * signatures-continued, set as the group's heading is, in a slice kept
 * out of the run of the text (lay.conts), which the paginator places
 * only at the top of a page one of the party's later rows opens.  Page
 * furniture, as a table's repeated header row: an artifact, the party
 * read once in the structure.  Returns its number (slice.cont). */
static size_t
sig_cont_heading(struct lay *L, const struct doc_node *b, const struct doc_signatory *sg)
{
	float lh = layout_line_height(b->size, b->leading), pending = L->pending_space;
	struct doc_text txt = { NULL, NULL };
	struct doc_span *cp;
	struct slice *s;
	struct tline *lines;
	size_t n, k, f;

	layout_text_copy(L, &sg->for_text, &txt);
	if (L->t->label_for_continued != NULL && *L->t->label_for_continued != '\0') {
		cp = arena_alloc(L->a, sizeof(*cp));
		cp->next = NULL;
		cp->text = arena_printf(L->a, " %s", L->t->label_for_continued);
		cp->face = txt.last != NULL ? txt.last->face : FACE_BOLD;
		cp->line = txt.last != NULL ? txt.last->line : 0;
		if (txt.last != NULL)
			txt.last->next = cp;
		else
			txt.first = cp;
		txt.last = cp;
	}
	s = layout_slice(L, 0);
	s->space_before = 0;
	n = sig_for_lines(L, &txt, b->size, L->width, &lines);
	for (k = 0; k < n; k++)
		for (f = 0; f < lines[k].n; f++)
			layout_text_box(L, &lines[k].frag[f], L->left,
			    layout_baseline(b->size, b->leading) + (float)k * lh, b->size, b->color,
			    DROLE_ARTIFACT, -1);
	s->height = (float)n * lh + 4;
	layout_slice_end(L, s);
	/* out of the run: moved to lay.conts, its boxes left in the pool */
	xgrow((void **)&L->conts, &L->conts_cap, L->nconts + 1, sizeof(*L->conts));
	L->conts[L->nconts++] = *s;
	L->nslices--;
	L->pending_space = pending;
	return L->nconts;
}

void
layout_sign(struct lay *L, const struct doc_node *b)
{
	const struct doc_signatures *sg = b->sigs;
	float total = 0;
	float body = L->t->page_height - L->t->margin_top - L->t->margin_bottom;
	size_t i, j, first = L->nslices, last_row = 0;
	bool last_single = false;

	L->pending_space += b->space_before;
	if (!L->has_sign && sg->n > 0) {
		L->has_sign = 1;
		L->sign_first = first;
	}
	for (i = 0; i < sg->n; ) {
		size_t end = i + (sg->sig[i].group > 1 ? sg->sig[i].group : 1);
		int parent = L->parent;

		if (sg->sig[i].group > 1) {
			/* a party with several signatories: one heading, then
			 * its blocks two by two */
			size_t from = L->nslices, cont;
			float group = sig_group_heading(L, b, &sg->sig[i], &parent);

			cont = sig_cont_heading(L, b, &sg->sig[i]);
			for (j = i; j < end; j += 2) {
				last_row = L->nslices;
				last_single = j + 1 >= end;
				group += sig_row(L, b, j, j + 1 < end, parent);
				/* a later row opening a page says whose it is */
				if (j > i && last_row < L->nslices)
					L->slices[last_row].cont = cont;
			}
			/* a party's blocks stay under their "För …" heading, on
			 * one page when they fit on one; between its rows a
			 * keep that gives way (slice.soft_break) when keeping
			 * them leaves the page before a hole, the heading and
			 * its first row always together */
			if (group < body)
				for (j = from; j + 1 < L->nslices; j++) {
					L->slices[j].break_after = 0;
					L->slices[j].soft_break = j > from;
					L->slices[j].in_group = j > from;
				}
			total += group;
			i = end;
			continue;
		}
		/* parties signing alone stand two by two */
		last_row = L->nslices;
		last_single = !(i + 1 < sg->n && sg->sig[i + 1].group == 1);
		if (!last_single) {
			total += sig_row(L, b, i, true, parent);
			i += 2;
		} else
			total += sig_row(L, b, i++, false, parent);
	}
	/* Keep the signatures on one page when they fit on one with the
	 * lines kept with their first row (build_sign_signatures), unless
	 * that leaves the page before more than a quarter empty: then they
	 * break between two rows of blocks, never after a "För …" heading
	 * (slice.soft_break; review J2: Flemingsberg's page 2 a third full,
	 * its five blocks on page 3; Samverkan 2021's page 9) */
	if (b->keep_together && total + 4 * layout_line_height(b->size, b->leading) < body)
		for (i = first; i + 1 < L->nslices; i++) {
			L->slices[i].soft_break = L->slices[i].break_after ||
			    L->slices[i].soft_break;
			L->slices[i].break_after = 0;
		}
	/* never one block alone on a page, its party's name wrapped at
	 * half the width: the row before goes over with it (review K1:
	 * Malmö's fifth block alone on p6, Björkvik's third, Flemingsberg's
	 * fifth) */
	if (last_single && last_row > first)
		L->slices[last_row - 1].break_after = L->slices[last_row - 1].soft_break = 0;
	L->pending_space = b->space_after;
}
