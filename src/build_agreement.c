/* The agreement document: title block, the text with its sections, lists
 * and budget tables, and the signature block, built from the model with
 * the template's labels and sizes.  Computes nothing itself: totals and
 * shares come from calc.c. */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "calc.h"
#include "doc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "template.h"

struct builder {
	struct doc		*doc;
	struct agreement	*ag;
	const struct template	*t;
	struct arena		*a;
};

static enum face
face_of(unsigned style, bool bold)
{
	bool b = bold || (style & RUN_STRONG);
	bool i = (style & RUN_EM) != 0;

	return b && i ? FACE_BOLD_ITALIC : b ? FACE_BOLD : i ? FACE_ITALIC : FACE_REGULAR;
}

static void
add_rich(struct builder *bd, struct doc_text *t, const struct rich *r, bool bold)
{
	const struct run *run;

	for (run = r->first; run != NULL; run = run->next)
		doc_span(bd->doc, t, run->text, face_of(run->style, bold), run->line);
}

static struct doc_block *
para(struct builder *bd, enum doc_role role, float size)
{
	struct doc_block *b = doc_add(bd->doc, DOC_PARA, role);

	b->size = size;
	b->leading = bd->t->leading;
	b->space_after = bd->t->paragraph_space;
	b->align = bd->t->align == ALIGN_JUSTIFY ? DALIGN_JUSTIFY : DALIGN_LEFT;
	b->color = bd->t->color_text;
	return b;
}

static struct doc_block *
plain_para(struct builder *bd, const char *text, enum face face, float size, long line)
{
	struct doc_block *b = para(bd, DROLE_P, size);

	b->align = DALIGN_LEFT;
	doc_span(bd->doc, &b->text, text, face, line);
	return b;
}

static char *
money(struct builder *bd, long long kr, bool kronor)
{
	char s[96];

	number_format(kr, s, sizeof(s));
	return arena_printf(bd->a, "%s" NBSP "%s", s, kronor ? "kronor" : "kr");
}

/* ---------- title block ---------- */

static void
title_block(struct builder *bd)
{
	const struct template *t = bd->t;
	struct agreement *ag = bd->ag;
	struct doc_block *b;
	struct party *p;
	char date[64];
	bool first = true;

	if (ag->effort != NULL) {
		b = plain_para(bd, ag->effort, FACE_BOLD, t->size_effort, ag->effort_line);
		b->role = DROLE_TITLE;
		b->color = t->color_heading;
		b->leading = 1.15f;
		b->space_after = 4;
		b->offset = ag->title_page ? t->page_height / 5 : 0;
		first = false;
	}
	b = plain_para(bd, ag->title, FACE_BOLD, t->size_title, ag->title_line);
	b->role = ag->effort != NULL ? DROLE_P : DROLE_TITLE;
	b->color = t->color_heading;
	b->leading = 1.2f;
	b->space_after = 4;
	if (first)
		b->offset = ag->title_page ? t->page_height / 5 : 0;
	if (ag->subtitle != NULL) {
		b = plain_para(bd, ag->subtitle, ag->title_page ? FACE_ITALIC : FACE_REGULAR,
		    t->size_subtitle, ag->subtitle_line);
		b->leading = 1.25f;
		b->space_after = 14;
	}

	/* The parties, with organisationsnummer and acting nämnd. */
	b = plain_para(bd, t->label_parties, FACE_BOLD, t->size_small, ag->line);
	b->color = t->color_muted;
	b->space_before = 6;
	b->space_after = 2;
	b->keep_with_next = true;
	for (p = ag->parties; p != NULL; p = p->next) {
		b = para(bd, DROLE_P, t->size_body);
		b->align = DALIGN_LEFT;
		b->space_after = 2;
		doc_span(bd->doc, &b->text, p->name, FACE_BOLD, p->name_line);
		/* The short name, unless the name starts with it anyway. */
		if (p->shortname != NULL &&
		    strncmp(p->shortname, p->name, strlen(p->shortname)) != 0)
			doc_span(bd->doc, &b->text, arena_printf(bd->a, " (%s)", p->shortname),
			    FACE_REGULAR, p->line);
		if (p->acting != NULL)
			doc_span(bd->doc, &b->text, arena_printf(bd->a, ", genom %s", p->acting),
			    FACE_REGULAR, p->acting_line);
		if (p->orgnr != NULL)
			doc_span(bd->doc, &b->text,
			    arena_printf(bd->a, ", %s" NBSP "%s", t->label_orgnr, p->orgnr),
			    FACE_REGULAR, p->orgnr_line);
	}

	/* Registry facts, as the kommun's documents print them. */
	if (ag->diarienummer != NULL || ag->date.y != 0 || ag->handlaggare != NULL || ag->unit != NULL) {
		struct { const char *label, *value; long line; } meta[4] = {
			{ t->label_diarienummer, ag->diarienummer, ag->diarienummer_line },
			{ t->label_date, NULL, ag->date_line },
			{ t->label_handlaggare, ag->handlaggare, ag->handlaggare_line },
			{ t->label_unit, ag->unit, ag->unit_line },
		};
		size_t i;
		bool top = true;

		if (ag->date.y != 0) {
			date_format_long(ag->date, date, sizeof(date));
			meta[1].value = date;
		}
		for (i = 0; i < 4; i++) {
			if (meta[i].value == NULL)
				continue;
			b = para(bd, DROLE_P, t->size_body);
			b->align = DALIGN_LEFT;
			b->space_after = 1;
			b->space_before = top ? 10 : 0;
			top = false;
			doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", meta[i].label),
			    FACE_BOLD, 0);
			doc_span(bd->doc, &b->text, arena_strdup(bd->a, meta[i].value),
			    FACE_REGULAR, meta[i].line);
		}
	}
	bd->doc->last->space_after = 18;
	if (ag->title_page)
		doc_add(bd->doc, DOC_PAGE_BREAK, DROLE_P);
}

/* ---------- tables ---------- */

static struct doc_table *
table_new(struct builder *bd, size_t ncols, size_t nrows)
{
	struct doc_table *tb = arena_alloc(bd->a, sizeof(*tb));

	tb->ncols = ncols;
	tb->nrows = nrows;
	tb->nhead = 1;
	tb->cells = arena_alloc(bd->a, ncols * nrows * sizeof(struct doc_cell));
	tb->fixed = arena_alloc(bd->a, ncols * sizeof(bool));
	tb->total_row = arena_alloc(bd->a, nrows * sizeof(bool));
	tb->size = bd->t->size_table;
	return tb;
}

static struct doc_cell *
cell(struct doc_table *tb, size_t row, size_t col)
{
	return &tb->cells[row * tb->ncols + col];
}

static void
cell_text(struct builder *bd, struct doc_table *tb, size_t row, size_t col,
    const char *text, bool bold, enum doc_align align, long line)
{
	struct doc_cell *c = cell(tb, row, col);

	c->align = align;
	doc_span(bd->doc, &c->text, text, bold ? FACE_BOLD : FACE_REGULAR, line);
}

static void
caption(struct builder *bd, const struct rich *r)
{
	struct doc_block *b;

	if (rich_empty(r))
		return;
	b = para(bd, DROLE_P, bd->t->size_body);
	b->align = DALIGN_LEFT;
	b->keep_with_next = true;
	b->space_before = 4;
	b->space_after = 4;
	add_rich(bd, &b->text, r, false);
}

static struct doc_block *
table_block(struct builder *bd, struct doc_table *tb)
{
	struct doc_block *b = doc_add(bd->doc, DOC_TABLE, DROLE_TABLE);

	b->table = tb;
	b->size = tb->size;
	b->leading = 1.25f;
	b->space_before = 2;
	b->space_after = bd->t->paragraph_space + 6;
	b->color = bd->t->color_text;
	return b;
}

static void
budget_table(struct builder *bd, const struct budget *bg)
{
	const struct template *t = bd->t;
	const struct budget_line *l;
	size_t ncols = 2, row, qcol = 0, dcol = 0, acol;
	bool quantity = false, description = false;
	struct doc_table *tb;

	for (l = bg->lines; l != NULL; l = l->next) {
		quantity |= l->quantity != NULL;
		description |= !rich_empty(&l->description);
	}
	/* label | quantity? | description? | amount */
	if (quantity)
		qcol = ncols++ - 1;
	if (description)
		dcol = ncols++ - 1;
	acol = ncols - 1;

	caption(bd, &bg->caption);
	tb = table_new(bd, ncols, bg->nlines + 2);
	tb->fixed[acol] = true;
	cell_text(bd, tb, 0, 0, bg->label_heading ? bg->label_heading : t->label_budget_item,
	    true, DALIGN_LEFT, bg->line);
	if (quantity)
		cell_text(bd, tb, 0, qcol, bg->quantity_heading ? bg->quantity_heading :
		    t->label_budget_quantity, true, DALIGN_LEFT, bg->line);
	if (description)
		cell_text(bd, tb, 0, dcol, t->label_budget_description, true, DALIGN_LEFT, bg->line);
	cell_text(bd, tb, 0, acol, bg->amount_heading ? bg->amount_heading :
	    t->label_budget_amount, true, DALIGN_RIGHT, bg->line);
	for (row = 1, l = bg->lines; l != NULL; l = l->next, row++) {
		struct doc_cell *c = cell(tb, row, 0);

		c->align = DALIGN_LEFT;
		add_rich(bd, &c->text, &l->label, false);
		if (quantity && l->quantity != NULL)
			cell_text(bd, tb, row, qcol, l->quantity, false, DALIGN_LEFT, l->line);
		if (description) {
			c = cell(tb, row, dcol);
			c->align = DALIGN_LEFT;
			add_rich(bd, &c->text, &l->description, false);
		}
		cell_text(bd, tb, row, acol, money(bd, l->amount, bg->kronor), false,
		    DALIGN_RIGHT, l->line);
	}
	tb->total_row[row] = true;
	cell_text(bd, tb, row, 0, bg->total_label ? bg->total_label : t->label_budget_total,
	    true, DALIGN_LEFT, bg->total_line ? bg->total_line : bg->line);
	cell_text(bd, tb, row, acol, money(bd, budget_total(bg), bg->kronor), true,
	    DALIGN_RIGHT, bg->total_line ? bg->total_line : bg->line);
	table_block(bd, tb);
}

static const struct budget *
party_budget(const struct agreement *ag, const struct party *p, int year)
{
	const struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && (b->year == 0 || b->year == year))
			return b;
	return NULL;
}

static void
budget_summary(struct builder *bd, const struct block *blk)
{
	const struct template *t = bd->t;
	const struct budget_summary *s = blk->summary;
	struct agreement *ag = bd->ag;
	int year = s->year != 0 ? s->year : calc_summary_year(ag);
	long long total = agreement_total(ag, year);
	size_t ncols = 2, nrows = 2, row, scol = 0, dcol = 0;
	struct doc_table *tb;
	struct party *p;
	bool has;
	char pct[32];

	for (p = ag->parties; p != NULL; p = p->next) {
		party_total(ag, p, year, &has);
		nrows += has;
	}
	if (s->shares)
		scol = ncols++;
	if (s->descriptions)
		dcol = ncols++;
	caption(bd, &s->caption);
	tb = table_new(bd, ncols, nrows);
	tb->fixed[1] = true;
	if (s->shares)
		tb->fixed[scol] = true;
	cell_text(bd, tb, 0, 0, s->party_heading ? s->party_heading : t->label_summary_party,
	    true, DALIGN_LEFT, blk->line);
	cell_text(bd, tb, 0, 1, s->amount_heading ? s->amount_heading : t->label_summary_amount,
	    true, DALIGN_RIGHT, blk->line);
	if (s->shares)
		cell_text(bd, tb, 0, scol, s->share_heading ? s->share_heading :
		    t->label_summary_share, true, DALIGN_RIGHT, blk->line);
	if (s->descriptions)
		cell_text(bd, tb, 0, dcol, s->description_heading ? s->description_heading :
		    t->label_budget_description, true, DALIGN_LEFT, blk->line);
	for (row = 1, p = ag->parties; p != NULL; p = p->next) {
		long long amount = party_total(ag, p, year, &has);
		const struct budget *bg;

		if (!has)
			continue;
		cell_text(bd, tb, row, 0, p->name, false, DALIGN_LEFT, blk->line);
		cell_text(bd, tb, row, 1, money(bd, amount, s->kronor), false, DALIGN_RIGHT, blk->line);
		if (s->shares) {
			percent_format(share_percent(amount, total), pct, sizeof(pct));
			cell_text(bd, tb, row, scol, arena_strdup(bd->a, pct), false,
			    DALIGN_RIGHT, blk->line);
		}
		if (s->descriptions && (bg = party_budget(ag, p, year)) != NULL) {
			struct doc_cell *c = cell(tb, row, dcol);

			c->align = DALIGN_LEFT;
			add_rich(bd, &c->text, &bg->description, false);
		}
		row++;
	}
	tb->total_row[row] = true;
	cell_text(bd, tb, row, 0, s->total_label ? s->total_label : t->label_summary_total,
	    true, DALIGN_LEFT, blk->line);
	cell_text(bd, tb, row, 1, money(bd, total, s->kronor), true, DALIGN_RIGHT, blk->line);
	if (s->shares) {
		percent_format(total > 0 ? 100 : 0, pct, sizeof(pct));
		cell_text(bd, tb, row, scol, arena_strdup(bd->a, pct), true, DALIGN_RIGHT, blk->line);
	}
	table_block(bd, tb);
}

/* ---------- signatures ---------- */

static void
signatures(struct builder *bd)
{
	struct agreement *ag = bd->ag;
	const struct template *t = bd->t;
	struct doc_signatures *sg = arena_alloc(bd->a, sizeof(*sg));
	struct doc_block *b;
	struct signatory *s;
	size_t i = 0;

	for (s = ag->signatories; s != NULL; s = s->next)
		sg->n++;
	sg->sig = arena_alloc(bd->a, (sg->n + 1) * sizeof(struct doc_signatory));
	for (s = ag->signatories; s != NULL; s = s->next, i++) {
		struct doc_signatory *d = &sg->sig[i];
		const char *party = s->party != NULL ? s->party->name : s->party_id;
		char date[64] = "";

		if (s->for_text != NULL)
			doc_span(bd->doc, &d->for_text, s->for_text, FACE_BOLD, s->for_line);
		else {
			char *pattern = arena_strdup(bd->a, t->label_for), *x, *out;

			/* "För {party}" */
			if ((x = strstr(pattern, "{party}")) != NULL) {
				*x = '\0';
				out = arena_printf(bd->a, "%s%s%s", pattern, party, x + 7);
			} else
				out = pattern;
			doc_span(bd->doc, &d->for_text, out, FACE_BOLD, s->line);
		}
		if (s->date.y != 0)
			date_format_long(s->date, date, sizeof(date));
		if (s->place != NULL && date[0] != '\0')
			d->place_date = arena_printf(bd->a, "%s, %s", s->place, date);
		else if (date[0] != '\0')
			d->place_date = arena_strdup(bd->a, date);
		else if (s->place != NULL && s->year != 0)
			d->place_date = arena_printf(bd->a, "%s %d-", s->place, s->year);
		else if (s->place != NULL)
			d->place_date = s->place;
		d->name = s->name;
		d->title = s->title;
		d->organisation = s->organisation;
		d->place_line = s->place_line;
		d->name_line = s->name_line;
		d->title_line = s->title_line;
		d->organisation_line = s->organisation_line;
	}
	b = doc_add(bd->doc, DOC_SIGNATURES, DROLE_SIGNATURES);
	b->sigs = sg;
	b->size = t->size_body;
	b->leading = t->leading;
	b->space_before = 12;
	b->space_after = 6;
	b->color = t->color_text;
	b->keep_together = true;
}

/* ---------- the text ---------- */

static bool
ends_with_colon(const struct rich *r)
{
	const char *s = r->last != NULL ? r->last->text : "";
	size_t n = strlen(s);

	while (n > 0 && s[n - 1] == ' ')
		n--;
	return n > 0 && s[n - 1] == ':';
}

static const char *
list_label(struct builder *bd, enum list_kind kind, int n)
{
	switch (kind) {
	case LIST_BULLET:
		return "\xE2\x80\xA2";		/* • */
	case LIST_DASH:
		return "\xE2\x80\x93";		/* – */
	case LIST_NUMBER:
		return arena_printf(bd->a, "%d.", n);
	case LIST_LETTER:
		if (n <= 26)
			return arena_printf(bd->a, "%c)", 'a' + n - 1);
		return arena_printf(bd->a, "%d)", n);
	}
	return "";
}

static void text_blocks(struct builder *, const struct block *, int depth, float indent);

static void
list_block(struct builder *bd, const struct block *lst, int depth, float indent)
{
	const struct block *it;
	int n = lst->list_start;

	for (it = lst->children; it != NULL; it = it->next, n++) {
		struct doc_block *b = para(bd, DROLE_LI, bd->t->size_body);

		b->indent = indent + bd->t->list_indent;
		b->label = list_label(bd, lst->list_kind, n);
		b->space_after = it->next != NULL ? 3 : bd->t->paragraph_space;
		add_rich(bd, &b->text, &it->text, false);
		if (it->children != NULL) {
			b->space_after = 3;
			text_blocks(bd, it->children, depth, indent + bd->t->list_indent);
		}
	}
}

static void
section_heading(struct builder *bd, const struct block *s, int depth)
{
	const struct template *t = bd->t;
	struct doc_block *b;
	int level = depth > 3 ? 3 : depth;
	float size = level == 1 ? t->size_h1 : level == 2 ? t->size_h2 : t->size_h3;
	char *plain = rich_plain(bd->a, &s->text);

	b = para(bd, level == 1 ? DROLE_H1 : level == 2 ? DROLE_H2 : DROLE_H3, size);
	b->align = DALIGN_LEFT;
	b->color = t->color_heading;
	b->leading = 1.2f;
	b->space_before = t->heading_space * (level == 1 ? 1.0f : 0.75f);
	b->space_after = level == 1 ? 5 : 3;
	b->keep_with_next = true;
	b->level = level;
	b->in_toc = s->in_toc;
	if (s->number != NULL) {
		doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", s->number), FACE_BOLD, s->line);
		b->outline = arena_printf(bd->a, "%s %s", s->number, plain);
	} else
		b->outline = plain;
	add_rich(bd, &b->text, &s->text, true);
}

static void
text_blocks(struct builder *bd, const struct block *blk, int depth, float indent)
{
	const struct template *t = bd->t;
	struct doc_block *b;
	size_t i;

	for (; blk != NULL; blk = blk->next) {
		switch (blk->kind) {
		case BLOCK_P:
			b = para(bd, DROLE_P, t->size_body);
			b->indent = indent;
			add_rich(bd, &b->text, &blk->text, false);
			/* "... skickas till:" introduces what follows: keep them
			 * on one page. */
			b->keep_with_next = ends_with_colon(&blk->text);
			break;
		case BLOCK_LIST:
			list_block(bd, blk, depth, indent);
			break;
		case BLOCK_ITEM:
			break;
		case BLOCK_SECTION:
			section_heading(bd, blk, depth + 1);
			text_blocks(bd, blk->children, depth + 1, indent);
			break;
		case BLOCK_BUDGET:
			budget_table(bd, blk->budget);
			break;
		case BLOCK_BUDGET_SUMMARY:
			budget_summary(bd, blk);
			break;
		case BLOCK_PAYMENT:
			text_blocks(bd, blk->children, depth, indent);
			break;
		case BLOCK_ADDRESS:
			for (i = 0; i < blk->nlines; i++) {
				b = plain_para(bd, blk->lines[i], FACE_REGULAR, t->size_body,
				    blk->line_numbers[i]);
				b->indent = indent + t->list_indent;
				b->space_after = i + 1 < blk->nlines ? 0 : t->paragraph_space;
				b->keep_with_next = i + 1 < blk->nlines;
			}
			break;
		case BLOCK_REFERENCE:
			b = para(bd, DROLE_P, t->size_body);
			b->align = DALIGN_LEFT;
			b->indent = indent + t->list_indent;
			b->space_after = blk->next != NULL && blk->next->kind == BLOCK_REFERENCE ?
			    1 : t->paragraph_space;
			doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s: ", blk->label),
			    FACE_BOLD, blk->line);
			add_rich(bd, &b->text, &blk->text, false);
			break;
		case BLOCK_SIGNATURES:
			text_blocks(bd, blk->children, depth, indent);
			signatures(bd);
			break;
		case BLOCK_TOC:
			b = doc_add(bd->doc, DOC_TOC, DROLE_TOC);
			b->toc_title = blk->label != NULL ? blk->label : t->label_toc;
			b->size = t->size_body;
			b->leading = t->leading;
			b->color = t->color_text;
			b->space_after = 12;
			doc_add(bd->doc, DOC_PAGE_BREAK, DROLE_P);
			break;
		case BLOCK_PAGE_BREAK:
			doc_add(bd->doc, DOC_PAGE_BREAK, DROLE_P);
			break;
		}
	}
}

struct doc *
build_agreement(struct agreement *ag, const struct template *t)
{
	struct builder bd;
	struct doc *d = arena_alloc(ag->arena, sizeof(*d));
	struct party *p;
	char date[64];

	d->arena = ag->arena;
	d->path = ag->path;
	d->mtime = ag->mtime;
	d->draft = ag->status == STATUS_DRAFT;
	d->title = ag->effort != NULL ?
	    arena_printf(ag->arena, "%s – %s", ag->title, ag->effort) : ag->title;
	d->effort = ag->effort != NULL ? ag->effort : ag->title;
	d->diarienummer = ag->diarienummer;
	if (ag->date.y != 0) {
		date_format_iso(ag->date, date, sizeof(date));
		d->date_text = arena_strdup(ag->arena, date);
	}
	d->subject = ag->subtitle;
	for (p = ag->parties; p != NULL; p = p->next) {
		d->author = d->author == NULL ? p->name :
		    arena_printf(ag->arena, "%s, %s", d->author, p->name);
	}
	d->keywords = arena_printf(ag->arena, "%s, %s%s%s",
	    ag->kind == KIND_IOP ? "IOP, idéburet offentligt partnerskap" : "överenskommelse om samverkan",
	    "överenskommelse",
	    ag->diarienummer != NULL ? ", " : "", ag->diarienummer != NULL ? ag->diarienummer : "");

	bd.doc = d;
	bd.ag = ag;
	bd.t = t;
	bd.a = ag->arena;
	title_block(&bd);
	text_blocks(&bd, ag->text, 0, 0);
	return d;
}
