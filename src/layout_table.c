/* Tables: column widths from the cells' text (or as given), a caption,
 * rows of TH and TD cells (spanning columns where asked) that never
 * split unless taller than a page, header rows repeated on the pages a
 * table goes on to.  Part of the layout engine
 * (layout_int.h). */
#include <stdlib.h>
#include <string.h>

#include "layout_int.h"
#include "mem.h"

#define CELL_PAD_X	4.0f
#define CELL_PAD_Y	2.5f
/* A row of blanks to fill in by hand: room for handwriting. */
#define FORM_PAD_Y	7.0f
/* The smallest size a table that asks to fit (doc_table.fit) is set
 * in, pt. */
#define TABLE_MIN_SIZE	6.0f
/* A table whose text columns get less than a third of what their text
 * wants on one line, lacking a quarter of the frame or more (a column
 * of descriptions beside four year columns: four lines a row), is set
 * this much smaller, pt, its text columns getting the room its figures
 * give up. */
#define SQUEEZE_STEP	1.0f
/* Between a caption and its table, pt. */
#define CAPTION_GAP	3.0f
/* Most of the text height a table's repeated header rows may take. */
#define HEAD_REPEAT_MAX	(1.0f / 3)
/* A table kept together (keep_together) of at most this many body rows
 * (the summary's figures, a goal table), or ending in a total (a budget
 * of a few parties), moves whole to the next page rather than break,
 * unless that leaves the page more than a quarter empty (KEEP_GIVES,
 * layout.c); a longer one, and any other table, keeps two rows on
 * either side. */
#define KEEP_ROWS	6

/* Column c has a width given as a share of the table. */
static bool
given(const struct doc_table *tb, size_t c)
{
	return tb->width != NULL && tb->width[c] > 0;
}

/* Every column has a given width or its content's, and they leave room
 * over: the given columns share it in proportion, as the table fills
 * the text width; without any (only figure and date columns), all the
 * columns share it so, rather than bunch at the left under rules that
 * run the full width. */
static void
widen_given(const struct doc_table *tb, float extra, float *cw)
{
	float sum = 0;
	size_t c;
	bool any = false;

	for (c = 0; c < tb->ncols; c++)
		if (given(tb, c)) {
			sum += cw[c];
			any = true;
		}
	if (!any)
		for (c = 0; c < tb->ncols; c++)
			sum += cw[c];
	for (c = 0; sum > 0 && c < tb->ncols; c++)
		if (!any || given(tb, c))
			cw[c] += extra * cw[c] / sum;
}

/* No column narrower than its longest unbreakable token (an e-mail
 * address, a phone number, a name's longest word) while another has
 * width to spare: a given width of 25 % broke "ordforande@ /
 * exempel-asbyik.se" beside a Namn column twice as wide as "Johan Lind"
 * (review s31).  The width comes first from what columns have beyond
 * their text on one line, then beyond their own longest tokens, in
 * proportion; a column short of its token after that gets what there
 * was in proportion to its lack. */
static void
floor_tokens(const struct doc_table *tb, const float *nat, const float *minw, float *cw)
{
	float lack = 0, spare[2] = { 0, 0 }, got = 0;
	size_t c;
	int pass;

	for (c = 0; c < tb->ncols; c++)
		if (cw[c] < minw[c])
			lack += minw[c] - cw[c];
	if (lack <= 0.01f)
		return;
	for (pass = 0; pass < 2 && got < lack; pass++) {
		float take;

		spare[pass] = 0;
		for (c = 0; c < tb->ncols; c++) {
			float keep = pass == 0 && nat[c] > minw[c] ? nat[c] : minw[c];

			if (cw[c] > keep)
				spare[pass] += cw[c] - keep;
		}
		if (spare[pass] <= 0)
			continue;
		take = lack - got < spare[pass] ? lack - got : spare[pass];
		for (c = 0; c < tb->ncols; c++) {
			float keep = pass == 0 && nat[c] > minw[c] ? nat[c] : minw[c];

			if (cw[c] > keep)
				cw[c] -= take * (cw[c] - keep) / spare[pass];
		}
		got += take;
	}
	for (c = 0; c < tb->ncols; c++)
		if (cw[c] < minw[c])
			cw[c] += got * (minw[c] - cw[c]) / lack;
}

/* The flexible columns' share when their text does not fit on one line
 * each: a column whose text on one line takes no more than an even
 * share of the room (a name, "Kårordförande") gets it whole, as long as
 * the others keep their longest tokens, and so on while that frees
 * room; the rest share what is left in proportion to what each still
 * wants (review s31: "Maja Ekholm / Lindqvist" in a narrow Namn column
 * beside a Roll column of long sentences).  done[c]: column c is set. */
static void
whole_short_columns(const struct doc_table *tb, const float *nat, const float *minw,
    float room, float *cw, bool *done)
{
	size_t c, left;
	bool more = true;

	while (more) {
		float mins = 0;

		more = false;
		for (left = 0, c = 0; c < tb->ncols; c++)
			if (!done[c]) {
				left++;
				mins += minw[c];
			}
		for (c = 0; left > 0 && c < tb->ncols; c++)
			if (!done[c] && nat[c] <= room / (float)left &&
			    room - nat[c] >= mins - minw[c]) {
				cw[c] = nat[c];
				room -= nat[c];
				done[c] = true;
				more = true;
				break;
			}
	}
}

/* Columns wider together than the table (many figure columns at their
 * natural width, given widths beside long words): narrowed toward their
 * longest words first, then all in proportion, so that nothing runs
 * past the margin.  A table that fits is left as it is. */
static void
fit_columns(const struct doc_table *tb, float avail, const float *minw, float *cw)
{
	float total = 0, slack = 0, over;
	size_t c;

	for (c = 0; c < tb->ncols; c++) {
		/* none narrower than its padding: figure columns wider
		 * together than the table leave the others nothing */
		if (cw[c] < 2 * CELL_PAD_X + 1)
			cw[c] = minw[c];
		total += cw[c];
		if (cw[c] > minw[c])
			slack += cw[c] - minw[c];
	}
	over = total - avail;
	if (over <= 0.01f)
		return;
	if (slack >= over) {
		for (c = 0; c < tb->ncols; c++)
			if (cw[c] > minw[c])
				cw[c] -= over * (cw[c] - minw[c]) / slack;
		return;
	}
	for (total = 0, c = 0; c < tb->ncols; c++) {
		if (cw[c] > minw[c])
			cw[c] = minw[c];
		total += cw[c];
	}
	for (c = 0; total > 0 && c < tb->ncols; c++)
		cw[c] *= avail / total;
}

/* Column widths: content-sized columns get their natural width (up to
 * 40 % of the table); every other column first gets its longest word,
 * then the rest of the width goes out in proportion to what each column
 * still wants for its text on one line; what is left over widens the
 * first flexible column, or without one the columns (widen_given).
 * *squeezed: the text columns get less than a third of what they want,
 * and lack a quarter of the width or more (SQUEEZE_STEP). */
static float
table_columns(struct lay *L, const struct doc_table *tb, float size, float avail, float *cw,
    bool *squeezed)
{
	float *nat = xcalloc(tb->ncols, sizeof(float)), *minw = xcalloc(tb->ncols, sizeof(float));
	float fixed = 0, rest, want = 0, need = 0;
	size_t c, first_flex = tb->ncols;
	const struct doc_node *row, *cell;

	for (row = tb->node->first; row != NULL; row = row->next)
		for (c = 0, cell = row->first; cell != NULL && c < tb->ncols; c++, cell = cell->next) {
			const struct doc_span *sp;
			float w = 0;

			/* a span's text is set in its columns' sum */
			if (cell->covered || cell->colspan > 1)
				continue;

			for (sp = cell->text.first; sp != NULL; sp = sp->next) {
				const char *s = sp->text, *wd, *ls;

				/* lines apart (LINE_SEP): the longest one's width */
				for (wd = s; (ls = strstr(wd, LINE_SEP)) != NULL; wd = ls + 3) {
					w += layout_text_measure(L, wd, (size_t)(ls - wd), sp->face, size,
					    sp->line);
					if (w > nat[c])
						nat[c] = w;
					w = 0;
				}
				w += layout_text_measure(L, wd, strlen(wd), sp->face, size, sp->line);
				while (*s != '\0') {
					float ww;

					while (*s == ' ' || strncmp(s, LINE_SEP, 3) == 0)
						s += *s == ' ' ? 1 : 3;
					for (wd = s; *s != '\0' && *s != ' ' && strncmp(s, LINE_SEP, 3) != 0;
					    s++)
						continue;
					ww = layout_text_measure(L, wd, (size_t)(s - wd), sp->face, size, sp->line);
					if (ww > minw[c])
						minw[c] = ww;
				}
			}
			if (w > nat[c])
				nat[c] = w;
		}
	for (c = 0; c < tb->ncols; c++) {
		/* A point of slack: word-by-word sums round differently. */
		nat[c] += 2 * CELL_PAD_X + 1;
		minw[c] += 2 * CELL_PAD_X + 1;
		need += minw[c];
		if (tb->width != NULL && tb->width[c] > 0) {
			cw[c] = avail * tb->width[c] / 100;
			fixed += cw[c];
		} else if (tb->fixed[c]) {
			cw[c] = nat[c] < avail * 0.4f ? nat[c] : avail * 0.4f;
			fixed += cw[c];
		} else {
			if (first_flex == tb->ncols)
				first_flex = c;
			cw[c] = minw[c];
			rest = nat[c] - minw[c];
			want += rest > 0 ? rest : 0;
		}
	}
	rest = avail - fixed;
	for (c = 0; c < tb->ncols; c++)
		if (!tb->fixed[c] && !given(tb, c))
			rest -= cw[c];
	*squeezed = want > 0 && (rest > 0 ? rest : 0) < want / 3 &&
	    want - (rest > 0 ? rest : 0) >= avail / 4;
	if (rest < 0) {
		/* Even the longest words do not fit: share in proportion,
		 * the columns of whole words (a date cut in two reads as two
		 * figures) at their longest word when the others keep some
		 * room. */
		float total = 0, whole = 0;

		for (c = 0; c < tb->ncols; c++)
			if (!tb->fixed[c] && !given(tb, c)) {
				if (tb->whole[c])
					whole += cw[c];
				else
					total += cw[c];
			}
		if (total <= 0 || avail - fixed - whole < total / 2) {
			total += whole;
			whole = 0;
		}
		for (c = 0; c < tb->ncols; c++)
			if (!tb->fixed[c] && !given(tb, c) && !(whole > 0 && tb->whole[c]))
				cw[c] = (avail - fixed - whole) * cw[c] / (total > 0 ? total : 1);
	} else {
		float give = rest < want ? rest : want;

		/* short columns whole first (whole_short_columns): in a
		 * participants table only for now; in others the long
		 * column's lines get too short (a report's remark column
		 * broke "450 kr/ natt") */
		if (rest < want && tb->text_left) {
			bool *done = xcalloc(tb->ncols, sizeof(bool));
			float room = rest, still = 0;

			for (c = 0; c < tb->ncols; c++) {
				done[c] = tb->fixed[c] || given(tb, c);
				if (!done[c])
					room += cw[c];
			}
			whole_short_columns(tb, nat, minw, room, cw, done);
			for (give = room, c = 0; c < tb->ncols; c++)
				if (!done[c]) {
					give -= minw[c];
					still += nat[c] > minw[c] ? nat[c] - minw[c] : 0;
				} else if (!tb->fixed[c] && !given(tb, c))
					give -= cw[c];
			for (c = 0; c < tb->ncols; c++)
				if (!done[c] && still > 0 && nat[c] > minw[c])
					cw[c] += give * (nat[c] - minw[c]) / still;
			free(done);
		} else
			for (c = 0; c < tb->ncols; c++)
				if (!tb->fixed[c] && !given(tb, c) && want > 0 && nat[c] > minw[c])
					cw[c] += give * (nat[c] - minw[c]) / want;
		/* a table as wide as its content keeps what is left over */
		if (rest > want && tb->text_left && !tb->natural)
			widen_given(tb, rest - want, cw);
		else if (rest > want && first_flex < tb->ncols && !tb->natural)
			cw[first_flex] += rest - want;
		else if (rest > want && !tb->natural)
			widen_given(tb, rest - want, cw);
	}
	floor_tokens(tb, nat, minw, cw);
	fit_columns(tb, avail, minw, cw);
	free(nat);
	free(minw);
	return need;
}

/* What the rows of one table share while it is laid out. */
struct tab {
	const struct doc_node	*b;		/* the DOC_TABLE */
	float			 x0, avail, lh;	/* pt */
	float			 size;		/* of its text, pt */
	float			 body, head_h;	/* page's text height; header rows' height, pt */
	float			*cw;		/* column widths, pt */
	int			 table, tnode, block;
	size_t			 nhead, nrows, head_first;
	/* its caption "(forts.)": lay.conts[cont - 1] (0: none), cont_h
	 * high, over the header rows repeated on a later page */
	size_t			 cont;
	float			 cont_h;
	/* per column, for the row being laid out: its cell's structure
	 * node and lines */
	int			*cells;
	struct tline		**lines;
	size_t			*nl;
};

/* The rules of a row's slice: a header's shading and frame, a rule above
 * a total (heavier) or between body rows, and one under the table. */
static void
row_rules(struct lay *L, const struct tab *tt, const struct doc_node *row, size_t r, float h,
    int first, int last)
{
	const struct template *t = L->t;
	struct color grid = t->color_rule;
	float x0 = tt->x0, avail = tt->avail;

	if (row->header) {
		struct box *bg = layout_box(L, BOX_RECT, DROLE_ARTIFACT, -1);

		bg->x = x0;
		bg->y = h;		/* relative: bottom edge below the top */
		bg->x2 = avail;
		bg->y2 = h;
		bg->color = t->color_table_head;
		layout_rule(L, x0, 0, x0 + avail, 0, 0.8f, grid);
		layout_rule(L, x0, h, x0 + avail, h, 0.8f, grid);
	} else if (!first)
		;	/* the same row goes on: no rule */
	else if (row->total)
		layout_rule(L, x0, 0, x0 + avail, 0, 0.8f, grid);
	else if (r > tt->nhead)
		layout_rule(L, x0, 0, x0 + avail, 0, 0.25f, grid);
	if (r + 1 == tt->nrows && last)
		layout_rule(L, x0, h, x0 + avail, h, 0.8f, grid);
}

/* Row r of the table: a TR with a TH or TD for every cell, in one slice,
 * or in several when it is taller than a page. */
static void
table_row(struct lay *L, struct tab *tt, const struct doc_node *row, size_t r)
{
	const struct doc_node *b = tt->b, *cell;
	const struct doc_table *tb = b->table;
	int header = row->header, tr = layout_node(L, SR_TR, tt->tnode);
	size_t c, ncols, per, per0, from, maxl = 1;
	float lh = tt->lh, fit, pad = row->form ? FORM_PAD_Y : CELL_PAD_Y;

	/* Header rows taller than a third of a page are not repeated
	 * on the pages the table goes on to: they would leave little
	 * or no room for the rows under them. */
	if (r == tt->nhead && tt->head_h > tt->body * HEAD_REPEAT_MAX) {
		size_t k;

		for (k = tt->head_first; k < L->nslices; k++)
			L->slices[k].header = 0;
		tt->head_h = 0;
	}
	for (c = 0, cell = row->first; c < tb->ncols && cell != NULL; c++, cell = cell->next) {
		size_t span = cell->colspan > 1 ? cell->colspan : 1, k;
		float w = 0;

		if (cell->covered) {	/* drawn and tagged by the span */
			tt->nl[c] = 0;
			continue;
		}
		for (k = c; k < c + span && k < tb->ncols; k++)
			w += tt->cw[k];
		/* every cell, empty or not: the table stays regular */
		tt->cells[c] = layout_node(L, header || cell->row_head ? SR_TH : SR_TD, tr);
		L->out->nodes[tt->cells[c]].scope = header ? SCOPE_COLUMN : SCOPE_ROW;
		L->out->nodes[tt->cells[c]].colspan = span > 1 ? span : 0;
		tt->nl[c] = layout_text_set_hyph(L, &cell->text, tt->size, w - 2 * CELL_PAD_X,
		    cell->align == DALIGN_RIGHT || cell->align == DALIGN_CENTER ? cell->align :
		    DALIGN_LEFT, NULL, &tt->lines[c]);
		if (tt->nl[c] > maxl)
			maxl = tt->nl[c];
	}
	ncols = c;
	/* A row taller than a page goes on in pieces: as many of its
	 * lines as fit below the repeated header rows on each page. */
	fit = (tt->body - tt->head_h - tt->cont_h - 2 * pad) / lh;
	per = fit >= 1 && fit < 1e6f ? (size_t)fit : 1;
	/* The first piece of the first row leaves room on its page for
	 * the heading and caption leading the table, which stay with it. */
	if (r == 0) {
		float room = L->pending_space;
		size_t k;

		for (k = L->nslices; k > 0 && L->slices[k - 1].lead; k--)
			room += L->slices[k - 1].height + L->slices[k - 1].space_before;
		fit -= room / lh;
	}
	per0 = fit >= 1 && fit < 1e6f ? (size_t)fit : 1;
	if (per0 > per)
		per0 = per;
	for (from = 0; from < maxl; from += from == 0 ? per0 : per) {
		size_t upto = from + (from == 0 ? per0 : per) < maxl ?
		    from + (from == 0 ? per0 : per) : maxl;
		int first = from == 0, last = upto == maxl;
		float h = (float)(upto - from) * lh + 2 * pad, x = tt->x0;
		struct slice *s = layout_slice(L, h);

		s->table = tt->table;
		s->header = header;
		/* a row opening a later page: the caption "(forts.)" over
		 * the repeated header (the paginator's) */
		s->cont = header ? 0 : tt->cont;
		row_rules(L, tt, row, r, h, first, last);
		for (c = 0; c < ncols; c++) {
			size_t k, f;

			L->node = tt->cells[c];
			for (k = from; k < tt->nl[c] && k < upto; k++)
				for (f = 0; f < tt->lines[c][k].n; f++)
					layout_text_box(L, &tt->lines[c][k].frag[f], x + CELL_PAD_X,
					    pad + (float)(k - from) * lh +
					    layout_baseline(tt->size, b->leading),
					    tt->size, b->color, DROLE_TABLE, tt->block);
			x += tt->cw[c];
		}
		layout_slice_end(L, s);
		if (!last) {
			s->break_after = 1;
			continue;
		}
		/* Never end a page after the header or a group's label,
		 * nor before a total. */
		s->break_after = !header && !row->group_label &&
		    !(row->next != NULL && row->next->total);
		if (row->next == NULL)
			s->break_after = !b->keep_with_next;
	}
	if (header)
		tt->head_h += (float)maxl * lh + 2 * pad;
}

/* The caption again, "Närvaro per verksamhetsställe (forts.)" ([labels]
 * table-continued), in a slice kept out of the run of the text
 * (lay.conts), which the paginator places only over the header rows it
 * repeats at the top of a page the table goes on to: page furniture as
 * they are, an artifact (the caption is read once in the structure), as
 * a party's "För … (forts.)" (layout_sign.c).  Sets tt->cont and
 * tt->cont_h. */
static void
table_caption_continued(struct lay *L, struct tab *tt)
{
	const struct doc_table *tb = tt->b->table;
	const char *label = L->t->label_table_continued;
	float lh = layout_line_height(tb->caption_size, 1.3f), pending = L->pending_space;
	struct doc_text text = { NULL, NULL };
	struct tline *lines;
	struct slice *s;
	size_t n, k, f, len;

	if (label == NULL || *label == '\0')
		return;
	layout_text_copy(L, &tb->caption, &text);
	if (text.last == NULL)
		return;
	/* "Bidrag från kommunen:" goes on as "Bidrag från kommunen
	 * (forts.)", the label tied to the caption's last word */
	len = strlen(text.last->text);
	while (len > 0 && (text.last->text[len - 1] == ':' || text.last->text[len - 1] == ' '))
		len--;
	text.last->text = arena_printf(L->a, "%.*s\xC2\xA0%s", (int)len, text.last->text, label);
	n = layout_text_set(L, &text, tb->caption_size, tt->avail, DALIGN_LEFT, &lines);
	if (n == 0)
		return;
	s = layout_slice(L, 0);
	s->space_before = 0;
	for (k = 0; k < n; k++)
		for (f = 0; f < lines[k].n; f++)
			layout_text_box(L, &lines[k].frag[f], tt->x0, (float)k * lh +
			    layout_baseline(tb->caption_size, 1.3f), tb->caption_size,
			    L->t->color_caption, DROLE_ARTIFACT, -1);
	s->height = (float)n * lh + CAPTION_GAP;
	layout_slice_end(L, s);
	/* out of the run: moved to lay.conts, its boxes left in the pool */
	xgrow((void **)&L->conts, &L->conts_cap, L->nconts + 1, sizeof(*L->conts));
	L->conts[L->nconts++] = *s;
	L->nslices--;
	L->pending_space = pending;
	tt->cont = L->nconts;
	tt->cont_h = s->height;
}

/* The caption: the first child of the Table, its lines kept with the
 * table's first rows. */
static void
table_caption(struct lay *L, const struct tab *tt)
{
	const struct doc_table *tb = tt->b->table;
	struct tline *lines;
	float lh = layout_line_height(tb->caption_size, 1.3f);
	size_t n, k, f;
	int cap;

	n = layout_text_set(L, &tb->caption, tb->caption_size, tt->avail, DALIGN_LEFT, &lines);
	if (n == 0)
		return;
	cap = layout_node(L, SR_CAPTION, tt->tnode);
	for (k = 0; k < n; k++) {
		struct slice *s = layout_slice(L, lh);

		L->node = cap;
		for (f = 0; f < lines[k].n; f++)
			layout_text_box(L, &lines[k].frag[f], tt->x0, layout_baseline(tb->caption_size,
			    1.3f), tb->caption_size, L->t->color_caption, DROLE_P, tt->block);
		layout_slice_end(L, s);
		s->break_after = 0;
		s->lead = 1;
	}
	L->pending_space = CAPTION_GAP;
}

/* No page ends after a table's first body row or before its last: never
 * one row alone under the header at a page foot, nor one row with the
 * header repeated over it at the next page's top.  A row group's label
 * ("Mål", "Delmål", an agreement's name over its documents) is no row
 * of content for this: it stays with the row after it, and the first
 * and last two are rows of content (Sjöberg 2024: the goal table broke
 * after "Mål" and its first goal, the three others on the next page).
 * A table of at most KEEP_ROWS body rows that ends in a total (a budget
 * and its sum are one thing), or one kept together (doc.h), breaks only
 * where the page would otherwise be left more than a quarter empty
 * (Vallby 2023: Nystart's goal table moved whole and left page 5 half
 * empty; Ekdala 2027's budget of five parties and Summa moved whole
 * under its heading and left page 2 a quarter empty), at the breaks any
 * table has; one ending in a total has two rows besides the total on
 * its last page, as a total counts for no row of its own.
 * last[r]: one past row r's last slice. */
static void
keep_rows(struct lay *L, const struct tab *tt, size_t start, const size_t *last, bool together)
{
	const struct doc_node *row;
	size_t body = 0, content = 0, first = 0, before = 0, end = 0, r, k;
	bool total = tt->b->last != NULL && tt->b->last->total;

	for (r = 0, row = tt->b->first; row != NULL; r++, row = row->next) {
		if (r < tt->nhead || row->group_label)
			continue;
		body++;
		if (row->total)
			continue;
		if (content++ == 0)
			first = r;
		before = end;
		end = r;
	}
	if (L->stopped || body < 2 || last[tt->nrows - 1] > L->nslices)
		return;
	L->slices[last[first] - 1].break_after = 0;
	/* from the last row but one to the last, labels between included */
	if (content >= 2)
		for (r = before; r < end; r++)
			L->slices[last[r] - 1].break_after = 0;
	/* a short table kept together, or a budget ending in its total,
	 * moves whole, unless that leaves the page more than a quarter
	 * empty: then it splits as any other */
	if ((together || total) && body <= KEEP_ROWS)
		for (k = start; k + 1 < last[tt->nrows - 1]; k++)
			if (L->slices[k].break_after) {
				L->slices[k].break_after = 0;
				L->slices[k].soft_break = 1;
			}
}

void
layout_table(struct lay *L, const struct doc_node *b)
{
	const struct doc_table *tb = b->table;
	const struct template *t = L->t;
	const struct doc_node *row;
	float indent = layout_indent(L, b);
	struct tab tt;
	size_t r, start, *last;
	float need;
	bool squeezed;

	memset(&tt, 0, sizeof(tt));
	tt.b = b;
	tt.block = L->block;
	/* a table spans the template's frame, which may be wider than the
	 * running text's measure (table-margin-left and -right) */
	tt.x0 = t->table_margin_left + indent;
	tt.avail = t->page_width - t->table_margin_left - t->table_margin_right - indent;
	if (tb->natural || tb->text_left) {
		/* at the text's left margin, up to the frame's right edge */
		tt.x0 = t->margin_left + indent;
		tt.avail = t->page_width - t->margin_left - t->table_margin_right - indent;
	}
	tt.size = tb->size;
	tt.table = L->ntables++;
	tt.body = t->page_height - t->margin_top - t->margin_bottom;
	tt.head_first = L->nslices;
	for (row = b->first; row != NULL; row = row->next) {
		tt.nhead += row->header && tt.nhead == tt.nrows;
		tt.nrows++;
	}
	tt.cw = xcalloc(tb->ncols + 1, sizeof(*tt.cw));
	tt.cells = xcalloc(tb->ncols + 1, sizeof(*tt.cells));
	tt.lines = xcalloc(tb->ncols + 1, sizeof(*tt.lines));
	tt.nl = xcalloc(tb->ncols + 1, sizeof(*tt.nl));
	tt.tnode = layout_node(L, SR_TABLE, L->parent);
	need = table_columns(L, tb, tt.size, tt.avail, tt.cw, &squeezed);
	if (tb->natural) {
		float sum = 0;

		for (r = 0; r < tb->ncols; r++)
			sum += tt.cw[r];
		if (sum < tt.avail)
			tt.avail = sum;
	}
	if (tb->fit && need <= tt.avail && squeezed && tt.size - SQUEEZE_STEP >= TABLE_MIN_SIZE) {
		tt.size -= SQUEEZE_STEP;
		table_columns(L, tb, tt.size, tt.avail, tt.cw, &squeezed);
	} else if (tb->fit && need > tt.avail) {
		/* Its longest words do not fit side by side (a column per
		 * month): a smaller size, as a typist would, down to a
		 * floor. */
		float pad = (float)tb->ncols * (2 * CELL_PAD_X + 1);
		float size = need > pad && tt.avail > pad ?
		    tt.size * (tt.avail - pad) / (need - pad) : TABLE_MIN_SIZE;

		tt.size = size > TABLE_MIN_SIZE ? size : TABLE_MIN_SIZE;
		table_columns(L, tb, tt.size, tt.avail, tt.cw, &squeezed);
	}
	tt.lh = layout_line_height(tt.size, b->leading);
	L->pending_space += b->space_before;
	if (tb->caption.first != NULL) {
		L->pending_space += 4;
		table_caption(L, &tt);
		table_caption_continued(L, &tt);
		tt.head_first = L->nslices;
	}
	last = xcalloc(tt.nrows + 1, sizeof(*last));
	start = L->nslices;
	for (r = 0, row = b->first; row != NULL; r++, row = row->next) {
		table_row(L, &tt, row, r);
		last[r] = L->nslices;
	}
	keep_rows(L, &tt, start, last, b->keep_together);
	free(last);
	free(tt.cw);
	free(tt.cells);
	free(tt.lines);
	free(tt.nl);
	L->pending_space = b->space_after;
}
