/* The agreement's document control in print: the decisions and the
 * version as registry lines of the title block, the version history as
 * a table, the list of annexes, and each attached annex after the
 * agreement, on a page of its own under a level-1 heading. */
#include <string.h>

#include "buf.h"
#include "build_common.h"
#include "build_doc.h"
#include "doc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "template.h"

/* A registry line: the label in bold, then the value. */
static void
registry_line(struct builder *bd, const char *label, const char *value, long line, bool top)
{
	struct doc_node *b = build_para(bd, DOC_PARA, bd->t->size_body);

	b->align = DALIGN_LEFT;
	b->space_after = 1;
	b->space_before = top ? 10 : 0;
	doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", label), FACE_BOLD, 0);
	doc_span(bd->doc, &b->text, value, FACE_REGULAR, line);
}

bool
build_doc_title_lines(struct builder *bd, bool top)
{
	const struct agreement *ag = bd->ag;
	const struct template *t = bd->t;
	const struct decision *d;
	struct buf v = { NULL, 0, 0 };
	char date[16];
	bool any = false;

	/* "Kommunstyrelsen 2021-06-09, § 123, dnr KS 2021/456" */
	for (d = ag->decisions; d != NULL; d = d->next) {
		date_format_iso(d->date, date, sizeof(date));
		buf_reset(&v);
		buf_printf(&v, "%s %s", d->body, date);
		if (d->paragraph != NULL)
			buf_printf(&v, ", %s", d->paragraph);
		if (d->diarienummer != NULL)
			buf_printf(&v, ", %s" NBSP "%s", t->label_decision_dnr, d->diarienummer);
		if (d->text != NULL)
			buf_printf(&v, ", %s", d->text);
		registry_line(bd, t->label_decision, arena_strdup(bd->a, v.data), d->line, top && !any);
		any = true;
	}
	/* "Version 2.1, 2023-05-01" */
	if (ag->version != NULL) {
		buf_reset(&v);
		buf_printf(&v, "%s", ag->version);
		if (ag->version_date.y != 0) {
			date_format_iso(ag->version_date, date, sizeof(date));
			buf_printf(&v, ", %s", date);
		}
		registry_line(bd, t->label_version, arena_strdup(bd->a, v.data), ag->version_line,
		    top && !any);
		any = true;
	}
	buf_free(&v);
	return any;
}

static void
version_history(struct builder *bd, const struct block *blk)
{
	const struct template *t = bd->t;
	const struct version_change *v;
	const char *heading[4] = {
		t->label_history_version, t->label_history_date,
		t->label_history_change, t->label_history_by,
	};
	size_t n = 0, ncols = 3, row, i;
	struct doc_table *tb;
	char date[16];

	/* Version | Datum | Ändring | Av (when any change says who) */
	for (v = bd->ag->history; v != NULL; v = v->next) {
		n++;
		if (v->by != NULL)
			ncols = 4;
	}
	if (n == 0)
		return;		/* validate_doc.c reported it */
	tb = build_table(bd, ncols, n + 1);
	tb->fixed[0] = tb->fixed[1] = true;
	for (i = 0; i < ncols; i++)
		build_cell_text(bd, tb, 0, i, blk->headings[i] != NULL ? blk->headings[i] : heading[i],
		    true, DALIGN_LEFT, blk->line);
	for (row = 1, v = bd->ag->history; v != NULL; v = v->next, row++) {
		date_format_iso(v->date, date, sizeof(date));
		build_cell_text(bd, tb, row, 0, v->version, false, DALIGN_LEFT, v->line);
		build_cell_text(bd, tb, row, 1, arena_strdup(bd->a, date), false, DALIGN_LEFT, v->line);
		build_cell_text(bd, tb, row, 2, v->text, false, DALIGN_LEFT, v->line);
		if (ncols == 4 && v->by != NULL)
			build_cell_text(bd, tb, row, 3, v->by, false, DALIGN_LEFT, v->line);
	}
	build_table_block(bd, tb);
}

/* The template's annex pattern with {number} and {title} filled in. */
static const char *
annex_name(struct builder *bd, const struct annex *a)
{
	struct buf b = { NULL, 0, 0 };
	const char *p = bd->t->label_annex, *s;

	while (*p != '\0') {
		if (strncmp(p, "{number}", 8) == 0) {
			buf_adds(&b, a->number);
			p += 8;
		} else if (strncmp(p, "{title}", 7) == 0) {
			buf_adds(&b, a->title);
			p += 7;
		} else
			buf_add(&b, p++, 1);
	}
	s = arena_strdup(bd->a, b.data != NULL ? b.data : "");
	buf_free(&b);
	return s;
}

static void
annex_list(struct builder *bd, const struct block *blk)
{
	const struct template *t = bd->t;
	const struct annex *a;
	struct doc_node *b;

	if (bd->ag->annexes == NULL)
		return;		/* validate_doc.c reported it */
	b = build_plain(bd, blk->label != NULL ? blk->label : t->label_annex_list, FACE_BOLD,
	    t->size_body, blk->line);
	b->space_after = 1;
	b->keep_with_next = true;
	for (a = bd->ag->annexes; a != NULL; a = a->next) {
		const char *name = annex_name(bd, a);

		if (!a->attached)
			name = arena_printf(bd->a, "%s %s", name, t->label_annex_not_attached);
		b = build_plain(bd, name, FACE_REGULAR, t->size_body, a->line);
		b->inset = true;
		b->space_after = a->next != NULL ? 1 : t->paragraph_space;
		b->keep_with_next = a->next != NULL;
	}
}

void
build_doc_block(struct builder *bd, const struct block *blk)
{
	if (blk->kind == BLOCK_VERSION_HISTORY)
		version_history(bd, blk);
	else if (blk->kind == BLOCK_ANNEX_LIST)
		annex_list(bd, blk);
}

void
build_doc_annexes(struct builder *bd)
{
	const struct annex *a;
	struct doc_node *at = bd->at, *h;

	for (a = bd->ag->annexes; a != NULL; a = a->next) {
		if (!a->attached)
			continue;
		doc_add(bd->doc, at, DOC_PAGE_BREAK);
		/* an annex is a part of its own (a Sect in the structure),
		 * its sections one level below its heading */
		bd->at = doc_add(bd->doc, at, DOC_ANNEX);
		h = build_heading(bd, 1, true);
		h->line = a->title_line;
		h->space_before = 0;
		h->outline = annex_name(bd, a);
		doc_span(bd->doc, &h->text, h->outline, FACE_BOLD, a->title_line);
		build_text(bd, a->text, 1);
		bd->at = at;
	}
}
