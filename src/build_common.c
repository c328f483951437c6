/* Shared builder pieces: paragraphs, tables and the text body. */
#include <stdio.h>
#include <string.h>

#include "build_common.h"
#include "format.h"
#include "mem.h"

enum face
build_face(unsigned style, bool bold)
{
	bool b = bold || (style & RUN_STRONG);
	bool i = (style & RUN_EM) != 0;

	return b && i ? FACE_BOLD_ITALIC : b ? FACE_BOLD : i ? FACE_ITALIC : FACE_REGULAR;
}

void
build_rich(struct builder *bd, struct doc_text *t, const struct rich *r, bool bold)
{
	const struct run *run;

	for (run = r->first; run != NULL; run = run->next)
		doc_span(bd->doc, t, run->text, build_face(run->style, bold), run->line);
}

struct doc_block *
build_para(struct builder *bd, enum doc_role role, float size)
{
	struct doc_block *b = doc_add(bd->doc, DOC_PARA, role);

	b->size = size;
	b->leading = bd->t->leading;
	b->space_after = bd->t->paragraph_space;
	b->align = bd->t->align == ALIGN_JUSTIFY ? DALIGN_JUSTIFY : DALIGN_LEFT;
	b->color = bd->t->color_text;
	return b;
}

struct doc_block *
build_plain(struct builder *bd, const char *text, enum face face, float size, long line)
{
	struct doc_block *b = build_para(bd, DROLE_P, size);

	b->align = DALIGN_LEFT;
	doc_span(bd->doc, &b->text, text, face, line);
	return b;
}

char *
build_money(struct builder *bd, long long kr, bool kronor)
{
	char s[96];

	number_format(kr, s, sizeof(s));
	return arena_printf(bd->a, "%s" NBSP "%s", s, kronor ? "kronor" : "kr");
}

struct doc_table *
build_table(struct builder *bd, size_t ncols, size_t nrows)
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

struct doc_cell *
build_cell(struct doc_table *tb, size_t row, size_t col)
{
	return &tb->cells[row * tb->ncols + col];
}

void
build_cell_text(struct builder *bd, struct doc_table *tb, size_t row, size_t col,
    const char *text, bool bold, enum doc_align align, long line)
{
	struct doc_cell *c = build_cell(tb, row, col);

	c->align = align;
	doc_span(bd->doc, &c->text, text, bold ? FACE_BOLD : FACE_REGULAR, line);
}

void
build_caption(struct builder *bd, const struct rich *r)
{
	struct doc_block *b;

	if (rich_empty(r))
		return;
	b = build_para(bd, DROLE_P, bd->t->size_body);
	b->align = DALIGN_LEFT;
	b->keep_with_next = true;
	b->space_before = 4;
	b->space_after = 4;
	build_rich(bd, &b->text, r, false);
}

struct doc_block *
build_table_block(struct builder *bd, struct doc_table *tb)
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

struct doc_block *
build_heading(struct builder *bd, int level, bool in_toc)
{
	const struct template *t = bd->t;
	struct doc_block *b;

	if (level > 3)
		level = 3;
	b = build_para(bd, level == 1 ? DROLE_H1 : level == 2 ? DROLE_H2 : DROLE_H3,
	    level == 1 ? t->size_h1 : level == 2 ? t->size_h2 : t->size_h3);
	b->align = DALIGN_LEFT;
	b->color = t->color_heading;
	b->leading = 1.2f;
	b->space_before = t->heading_space * (level == 1 ? 1.0f : 0.75f);
	b->space_after = level == 1 ? 5 : 3;
	b->keep_with_next = true;
	b->level = level;
	b->in_toc = in_toc;
	return b;
}

void
build_list(struct builder *bd, const struct block *lst, int depth, float indent)
{
	const struct block *it;
	int n = lst->list_start;

	for (it = lst->children; it != NULL; it = it->next, n++) {
		struct doc_block *b = build_para(bd, DROLE_LI, bd->t->size_body);

		const struct block *kids = it->children;
		const struct rich *text = &it->text;

		b->indent = indent + bd->t->list_indent;
		b->label = list_label(bd, lst->list_kind, n);
		b->lang = it->lang;
		b->space_after = it->next != NULL ? 3 : bd->t->paragraph_space;
		/* <item><p>…</p>…</item>: the first paragraph is the item's
		 * text, beside its label */
		if (rich_empty(text) && kids != NULL && kids->kind == BLOCK_P) {
			text = &kids->text;
			if (kids->lang != NULL)
				b->lang = kids->lang;
			kids = kids->next;
		}
		build_rich(bd, &b->text, text, false);
		if (kids != NULL) {
			b->space_after = 3;
			build_text(bd, kids, depth, indent + bd->t->list_indent);
		}
	}
}

static void
section_heading(struct builder *bd, const struct block *s, int depth)
{
	struct doc_block *b = build_heading(bd, depth, s->in_toc);
	char *plain = rich_plain(bd->a, &s->text);

	if (s->number != NULL) {
		doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", s->number), FACE_BOLD, s->line);
		b->outline = arena_printf(bd->a, "%s %s", s->number, plain);
	} else
		b->outline = plain;
	build_rich(bd, &b->text, &s->text, true);
}

void
build_text(struct builder *bd, const struct block *blk, int depth, float indent)
{
	const struct template *t = bd->t;
	struct doc_block *b;
	size_t i;

	for (; blk != NULL; blk = blk->next) {
		switch (blk->kind) {
		case BLOCK_P:
			b = build_para(bd, DROLE_P, t->size_body);
			b->indent = indent;
			b->lang = blk->lang;
			build_rich(bd, &b->text, &blk->text, false);
			/* "... skickas till:" introduces what follows: keep them
			 * on one page. */
			b->keep_with_next = ends_with_colon(&blk->text);
			break;
		case BLOCK_LIST:
			build_list(bd, blk, depth, indent);
			break;
		case BLOCK_ITEM:
			break;
		case BLOCK_SECTION:
			section_heading(bd, blk, depth + 1);
			build_text(bd, blk->children, depth + 1, indent);
			break;
		case BLOCK_BUDGET:
		case BLOCK_BUDGET_SUMMARY:
		case BLOCK_SIGNATURES:
			/* the agreement's own blocks: its builder draws them */
			if (bd->special != NULL)
				bd->special(bd, blk, depth, indent);
			break;
		case BLOCK_PAYMENT:
			build_text(bd, blk->children, depth, indent);
			break;
		case BLOCK_ADDRESS:
			for (i = 0; i < blk->nlines; i++) {
				b = build_plain(bd, blk->lines[i], FACE_REGULAR, t->size_body,
				    blk->line_numbers[i]);
				b->indent = indent + t->list_indent;
				b->space_after = i + 1 < blk->nlines ? 0 : t->paragraph_space;
				b->keep_with_next = i + 1 < blk->nlines;
			}
			break;
		case BLOCK_REFERENCE:
			b = build_para(bd, DROLE_P, t->size_body);
			b->align = DALIGN_LEFT;
			b->indent = indent + t->list_indent;
			b->space_after = blk->next != NULL && blk->next->kind == BLOCK_REFERENCE ?
			    1 : t->paragraph_space;
			doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s: ", blk->label),
			    FACE_BOLD, blk->line);
			build_rich(bd, &b->text, &blk->text, false);
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
