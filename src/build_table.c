/* General tables: the model's rows as doc rows and cells, each with the
 * role it has for a reader (header cells, row headers, a group's label,
 * stated sums and totals), every cell's text exactly as written. */
#include <string.h>

#include "build_sign.h"
#include "build_table.h"
#include "format.h"
#include "mem.h"
#include "table.h"
#include "validate_table.h"

/* Under a table whose stated sum or total its rows do not add up to,
 * what they add up to ([format] stated-remark): the figure stays as
 * written, and a reader of the PDF sees what the check reported.  Where
 * the table has several summed columns or groups, which one.  Returns
 * whether a remark was made. */
static bool
mismatch_remarks(struct builder *bd, const struct table *t)
{
	const struct template *tp = bd->t;
	const struct table_mismatch *m;
	size_t c, summed = 0;
	struct doc_node *n;
	bool any = false;

	if (!tp->stated_remark)
		return false;
	for (c = 0; c < t->ncolumns; c++)
		summed += (t->columns[c].kind == TCOL_INTEGER || t->columns[c].kind == TCOL_KRONOR ||
		    t->columns[c].kind == TCOL_PERCENT) && !t->columns[c].not_summed;
	for (m = validate_table_mismatches(bd->a, t); m != NULL; m = m->next) {
		const char *group = m->group == NULL ? NULL :
		    build_fill(bd, tp->label_stated_remark_group, "{group}", m->group);
		const char *column = summed <= 1 ? NULL :
		    build_fill(bd, tp->label_stated_remark_column, "{column}", m->column);
		const char *sum = m->computed;

		/* "1 402 (under ”Norr”, kolumnen ”Antal”)" */
		if (group != NULL || column != NULL)
			sum = arena_printf(bd->a, "%s (%s%s%s)", sum, group ? group : "",
			    group && column ? ", " : "", column ? column : "");
		n = build_sign_remark(bd, sum, m->row->line);
		n->align = DALIGN_LEFT;
		n->keep_with_next = t->notes != NULL || m->next != NULL;
		any = true;
	}
	return any;
}

static enum doc_align
column_align(const struct table *t, size_t col)
{
	const struct table_column *c;

	if (col >= t->ncolumns)
		return DALIGN_LEFT;
	c = &t->columns[col];
	switch (c->align) {
	case TALIGN_LEFT:
		return DALIGN_LEFT;
	case TALIGN_RIGHT:
		return DALIGN_RIGHT;
	case TALIGN_CENTER:
		return DALIGN_CENTER;
	default:
		return c->kind == TCOL_INTEGER || c->kind == TCOL_KRONOR || c->kind == TCOL_PERCENT ?
		    DALIGN_RIGHT : DALIGN_LEFT;
	}
}

static bool
is_figure_column(const struct table *t, size_t col)
{
	return col < t->ncolumns && (t->columns[col].kind == TCOL_INTEGER ||
	    t->columns[col].kind == TCOL_KRONOR || t->columns[col].kind == TCOL_PERCENT);
}

/* A figure's text with no-break spaces where a line must not break it:
 * between digit groups ("1 200") and before its unit ("12,5 %",
 * "300 kr"), as the figures iopdoc prints itself.  The same characters
 * to the eye and to a reader; only the line breaks change. */
static const char *
keep_figure(struct builder *bd, const char *s)
{
	size_t n = strlen(s), i, o = 0;
	char *out;

	if (strchr(s, ' ') == NULL)
		return s;
	out = arena_alloc(bd->a, 2 * n + 1);
	for (i = 0; i < n; i++) {
		bool digit_before = i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9';
		bool figure_after = (s[i + 1] >= '0' && s[i + 1] <= '9') || s[i + 1] == '%' ||
		    strncmp(s + i + 1, "kr", 2) == 0;

		if (s[i] == ' ' && digit_before && figure_after) {
			memcpy(out + o, NBSP, 2);
			o += 2;
		} else
			out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

/* The text of a cell: as written, figures kept whole in figure columns. */
static void
cell_text(struct builder *bd, struct doc_node *c, const struct rich *text, bool figures,
    bool bold)
{
	const struct run *run;

	for (run = text->first; run != NULL; run = run->next)
		doc_span(bd->doc, &c->text, figures ? keep_figure(bd, run->text) : run->text,
		    build_face(run->style, bold), run->line);
}

/* Text with blanks to fill in by hand: "____". */
static bool
has_blank(const struct rich *text)
{
	const struct run *run;

	for (run = text->first; run != NULL; run = run->next)
		if (strstr(run->text, "___") != NULL)
			return true;
	return false;
}

/* A row of blanks to fill in by hand: a cell of "____". */
static bool
is_form_row(const struct table_row *row)
{
	const struct table_cell *c;

	for (c = row->cells; c != NULL; c = c->next)
		if (has_blank(c->text))
			return true;
	return false;
}

/* The cells of one row of the model into doc row r. */
static void
fill_row(struct builder *bd, struct doc_table *tb, const struct table *t,
    const struct table_row *row, size_t r)
{
	struct doc_node *dr = tb->rows[r];
	const struct table_cell *cell;
	size_t col = 0, k;
	bool bold = row->kind != TROW_BODY;

	dr->header = row->kind == TROW_HEADER;
	dr->total = row->kind == TROW_SUM || row->kind == TROW_TOTAL;
	dr->line = row->line;
	if (row->kind == TROW_GROUP) {
		struct doc_node *c = build_cell(tb, r, 0);

		dr->group_label = true;
		c->colspan = tb->ncols;
		c->row_head = true;
		c->align = DALIGN_LEFT;
		for (k = 1; k < tb->ncols; k++)
			build_cell(tb, r, k)->covered = true;
		doc_span(bd->doc, &c->text, row->label, FACE_BOLD, row->line);
		return;
	}
	dr->form = row->kind == TROW_BODY && is_form_row(row);
	for (cell = row->cells; cell != NULL && col < tb->ncols; cell = cell->next) {
		struct doc_node *c = build_cell(tb, r, col);
		size_t span = cell->span < tb->ncols - col ? cell->span : tb->ncols - col;

		c->line = cell->line;
		c->colspan = span > 1 ? span : 0;
		c->align = span > 1 && row->kind == TROW_HEADER ? DALIGN_CENTER : column_align(t, col);
		/* a sum's or total's label in a header column heads its row too */
		c->row_head = (row->kind == TROW_BODY || dr->total) && col < t->ncolumns &&
		    t->columns[col].row_header;
		cell_text(bd, c, cell->text, span == 1 && is_figure_column(t, col), bold);
		for (k = 1; k < span; k++)
			build_cell(tb, r, col + k)->covered = true;
		col += span;
	}
}

void
build_table_model(struct builder *bd, const struct table *t)
{
	const struct template *tp = bd->t;
	const struct table_row *row;
	const struct table_note *note;
	struct doc_table *tb;
	struct doc_node *b;
	size_t ncols = table_width(t), nrows = 0, r, c;

	for (row = t->rows; row != NULL; row = row->next)
		nrows++;
	if (ncols == 0 || nrows == 0)
		return;
	tb = build_table(bd, ncols, nrows);
	tb->fit = true;
	for (c = 0; c < ncols && c < t->ncolumns; c++) {
		enum table_col_kind k = t->columns[c].kind;

		/* figures and dates take their own width; text gets the rest */
		tb->fixed[c] = k != TCOL_TEXT && t->columns[c].width == 0 && !t->columns[c].wraps;
		if (t->columns[c].width > 0) {
			if (tb->width == NULL)
				tb->width = arena_alloc(bd->a, ncols * sizeof(float));
			tb->width[c] = (float)t->columns[c].width;
		}
	}
	build_table_caption(bd, tb, t->caption);
	for (r = 0, row = t->rows; row != NULL; r++, row = row->next)
		fill_row(bd, tb, t, row, r);
	b = build_table_block(bd, tb);
	b->line = t->line;
	b->keep_with_next = t->notes != NULL;
	if (mismatch_remarks(bd, t))
		b->keep_with_next = true;
	for (note = t->notes; note != NULL; note = note->next) {
		/* a line to fill in ("Underskrift: ______") is written on by
		 * hand: the body size, and room to write over it */
		bool form = has_blank(note->text);
		struct doc_node *n = build_para(bd, DOC_PARA, form ? tp->size_body : tp->size_small);

		if (form)
			n->leading = 2 * tp->leading;
		n->align = DALIGN_LEFT;
		n->table_note = true;
		n->line = note->line;
		n->space_before = 0;
		n->space_after = note->next != NULL ? 1 : tp->paragraph_space + 4;
		n->keep_with_next = note->next != NULL;
		build_rich(bd, &n->text, note->text, false);
	}
	if (t->notes != NULL)
		b->space_after = 3;
}
