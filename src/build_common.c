/* Shared builder pieces: paragraphs, tables, charts and the text body. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_common.h"
#include "build_table.h"
#include "format.h"
#include "mem.h"
#include "utf8.h"

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

static struct doc_node *
styled(struct builder *bd, struct doc_node *parent, enum doc_kind kind, float size)
{
	struct doc_node *b = doc_add(bd->doc, parent, kind);

	b->size = size;
	b->leading = bd->t->leading;
	b->space_after = bd->t->paragraph_space;
	b->align = bd->t->align == ALIGN_JUSTIFY ? DALIGN_JUSTIFY : DALIGN_LEFT;
	b->color = bd->t->color_text;
	return b;
}

struct doc_node *
build_para(struct builder *bd, enum doc_kind kind, float size)
{
	return styled(bd, bd->at, kind, size);
}

struct doc_node *
build_list_node(struct builder *bd)
{
	return doc_add(bd->doc, bd->at, DOC_LIST);
}

struct doc_node *
build_item(struct builder *bd, struct doc_node *list)
{
	return styled(bd, list, DOC_ITEM, bd->t->size_body);
}

const char *
build_fill(struct builder *bd, const char *pattern, const char *key, const char *value)
{
	const char *x = strstr(pattern, key);

	if (x == NULL)
		return pattern;
	return arena_printf(bd->a, "%.*s%s%s", (int)(x - pattern), pattern, value,
	    x + strlen(key));
}

struct doc_node *
build_plain(struct builder *bd, const char *text, enum face face, float size, long line)
{
	struct doc_node *b = build_para(bd, DOC_PARA, size);

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

const char *
build_period(struct builder *bd, struct date from, struct date to)
{
	char a[16], b[16];

	date_format_iso(from, a, sizeof(a));
	date_format_iso(to, b, sizeof(b));
	return arena_printf(bd->a, "%s – %s", a, b);
}

const char *
build_parties(struct builder *bd, const struct agreement *ag)
{
	struct buf b = { NULL, 0, 0 };
	const struct party *p;
	const char *s;

	for (p = ag->parties; p != NULL; p = p->next)
		buf_printf(&b, "%s%s", p == ag->parties ? "" : ", ", p->name);
	s = arena_strdup(bd->a, b.data != NULL ? b.data : "");
	buf_free(&b);
	return s;
}

struct doc_table *
build_table(struct builder *bd, size_t ncols, size_t nrows)
{
	struct doc_table *tb = doc_table_new(bd->doc, ncols, nrows);

	tb->size = bd->t->size_table;
	return tb;
}

struct doc_node *
build_cell(struct doc_table *tb, size_t row, size_t col)
{
	return tb->cells[row * tb->ncols + col];
}

void
build_cell_text(struct builder *bd, struct doc_table *tb, size_t row, size_t col,
    const char *text, bool bold, enum doc_align align, long line)
{
	struct doc_node *c = build_cell(tb, row, col);

	c->align = align;
	doc_span(bd->doc, &c->text, text, bold ? FACE_BOLD : FACE_REGULAR, line);
}

void
build_table_caption(struct builder *bd, struct doc_table *tb, const struct rich *r)
{
	if (r == NULL || rich_empty(r))
		return;
	build_rich(bd, &tb->caption, r, bd->t->caption_bold);
	tb->caption_size = bd->t->size_caption;
}

void
build_table_caption_text(struct builder *bd, struct doc_table *tb, const char *text, long line)
{
	if (text == NULL || *text == '\0')
		return;
	doc_span(bd->doc, &tb->caption, text, bd->t->caption_bold ? FACE_BOLD : FACE_REGULAR, line);
	tb->caption_size = bd->t->size_caption;
}

struct doc_node *
build_table_block(struct builder *bd, struct doc_table *tb)
{
	struct doc_node *b = tb->node;
	const struct doc_node *before = bd->at != NULL ? bd->at->last : NULL;

	doc_append(bd->doc, bd->at, b);
	b->size = tb->size;
	b->leading = 1.25f;
	b->space_before = 2;
	/* a table without a caption right under another reads as a table
	 * of its own: a line's space between them (a budget's posts in two
	 * tables, Norrvik's läxhjälp) */
	if (tb->caption.first == NULL && before != NULL && before->kind == DOC_TABLE)
		b->space_before += bd->t->size_body * bd->t->leading;
	b->space_after = bd->t->paragraph_space + 6;
	b->color = bd->t->color_text;
	return b;
}

struct doc_chart *
build_chart_new(struct builder *bd, const char *title, size_t nrows, size_t nseries)
{
	struct doc_chart *ch = arena_alloc(bd->a, sizeof(*ch));

	ch->title = title;
	ch->nrows = nrows;
	ch->nseries = nseries;
	ch->labels = arena_alloc(bd->a, (nrows + 1) * sizeof(char *));
	ch->series = arena_alloc(bd->a, (nseries + 1) * sizeof(char *));
	ch->values = arena_alloc(bd->a, (nrows * nseries + 1) * sizeof(double));
	ch->present = arena_alloc(bd->a, (nrows * nseries + 1) * sizeof(bool));
	ch->absent = arena_alloc(bd->a, (nrows * nseries + 1) * sizeof(char *));
	ch->mark = arena_alloc(bd->a, (nrows * nseries + 1) * sizeof(char *));
	return ch;
}

/* Characters of a chart's /Alt before the rest of its rows are summed up. */
#define CHART_ALT_MAX	4000

struct doc_node *
build_chart(struct builder *bd, struct doc_chart *ch)
{
	struct doc_node *b = doc_add(bd->doc, bd->at, DOC_CHART);
	struct buf alt = { NULL, 0, 0 };
	size_t i, s;

	/* The figures in words, for a reader that cannot see the bars: each
	 * row while the text stays short enough to listen to (a thousand
	 * agreements made an /Alt past PDF/A's 32 767-byte string limit);
	 * the rows after that counted, and their amounts summed. */
	buf_printf(&alt, "%s.", ch->title);
	for (i = 0; i < ch->nrows; i++) {
		if (alt.len > CHART_ALT_MAX) {
			buf_printf(&alt, " Ytterligare %zu %s", ch->nrows - i,
			    ch->nrows - i == 1 ? "rad" : "rader");
			for (s = 0; s < ch->nseries && ch->money; s++) {
				double sum = 0;
				bool any = false;
				size_t j;

				for (j = i; j < ch->nrows; j++)
					if (ch->present[j * ch->nseries + s]) {
						sum += ch->values[j * ch->nseries + s];
						any = true;
					}
				if (any)
					buf_printf(&alt, "%s %s sammanlagt %.0f kr", s == 0 ? ":" : ",",
					    ch->series[s], sum);
				else
					buf_printf(&alt, "%s %s saknas", s == 0 ? ":" : ",", ch->series[s]);
			}
			buf_adds(&alt, ".");
			break;
		}
		buf_printf(&alt, " %s:", ch->labels[i]);
		for (s = 0; s < ch->nseries; s++) {
			if (ch->present[i * ch->nseries + s])
				buf_printf(&alt, " %s %.0f%s%s%s%s", ch->series[s],
				    ch->values[i * ch->nseries + s], ch->money ? " kr" : "",
				    ch->mark[i * ch->nseries + s] != NULL ? " (" : "",
				    ch->mark[i * ch->nseries + s] != NULL ?
				    ch->mark[i * ch->nseries + s] : "",
				    ch->mark[i * ch->nseries + s] != NULL ? ")" : "");
			else
				buf_printf(&alt, " %s %s", ch->series[s],
				    ch->absent[i * ch->nseries + s] != NULL ?
				    ch->absent[i * ch->nseries + s] : "saknas");
			buf_adds(&alt, s + 1 < ch->nseries ? "," : ".");
		}
	}
	ch->alt = arena_strdup(bd->a, alt.data);
	buf_free(&alt);
	b->chart = ch;
	b->size = bd->t->size_table;
	b->color = bd->t->color_text;
	b->space_before = 6;
	b->space_after = 12;
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

struct doc_node *
build_heading(struct builder *bd, int level, bool in_toc)
{
	const struct template *t = bd->t;
	struct doc_node *b;

	/* the template styles three levels: deeper sections are set as H3 */
	if (level > 3)
		level = 3;
	b = build_para(bd, DOC_HEADING, level == 1 ? t->size_h1 : level == 2 ? t->size_h2 : t->size_h3);
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
build_list(struct builder *bd, const struct block *lst, int depth)
{
	const struct block *it;
	struct doc_node *list = build_list_node(bd);
	int n = lst->list_start;

	list->line = lst->line;
	for (it = lst->children; it != NULL; it = it->next, n++) {
		struct doc_node *b = build_item(bd, list);

		const struct block *kids = it->children;
		const struct rich *text = &it->text;

		b->line = it->line;
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
		/* an item's text that opens a list of its own ("… ansvarar
		 * för att", then its points) introduces it: kept with the
		 * first of them */
		b->keep_with_next = kids != NULL && kids->kind == BLOCK_LIST &&
		    !rich_empty(text);
		if (kids != NULL) {
			struct doc_node *at = bd->at;

			b->space_after = 3;
			bd->at = b;
			build_text(bd, kids, depth);
			bd->at = at;
		}
	}
}

/* An address block (a postal or an invoicing address) of up to this
 * many lines is never split over a page; a longer one leaves at least
 * ADDRESS_SIDE lines on each page (tests/layout/page_rules.py). */
#define ADDRESS_WHOLE	6
#define ADDRESS_SIDE	2

static void
section_heading(struct builder *bd, const struct block *s, int depth)
{
	struct doc_node *b = build_heading(bd, depth, s->in_toc);
	char *plain = rich_plain(bd->a, &s->text);

	if (s->number != NULL) {
		doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", s->number), FACE_BOLD, s->line);
		b->outline = arena_printf(bd->a, "%s %s", s->number, plain);
	} else
		b->outline = plain;
	build_rich(bd, &b->text, &s->text, true);
}

void
build_text(struct builder *bd, const struct block *blk, int depth)
{
	const struct template *t = bd->t;
	struct doc_node *b, *at = bd->at;
	size_t i;

	for (; blk != NULL; blk = blk->next) {
		switch (blk->kind) {
		case BLOCK_P:
			b = build_para(bd, DOC_PARA, t->size_body);
			b->lang = blk->lang;
			build_rich(bd, &b->text, &blk->text, false);
			/* "... skickas till:" introduces what follows: keep them
			 * on one page; so does a paragraph right before a list,
			 * with or without its colon ("Den ska innehålla", then
			 * the list: review s31, Malmö's lead-in alone at p4's
			 * foot), its last lines kept with the first item (an
			 * item of up to ITEM_WHOLE lines whole, two lines of a
			 * longer one: layout.c) */
			b->keep_with_next = ends_with_colon(&blk->text) ||
			    (blk->next != NULL && blk->next->kind == BLOCK_LIST);
			break;
		case BLOCK_LIST:
			build_list(bd, blk, depth);
			break;
		case BLOCK_ITEM:
			break;
		case BLOCK_SECTION:
			bd->at = doc_add(bd->doc, at, DOC_SECTION);
			section_heading(bd, blk, depth + 1);
			build_text(bd, blk->children, depth + 1);
			bd->at = at;
			break;
		case BLOCK_BUDGET:
		case BLOCK_BUDGET_SUMMARY:
		case BLOCK_SIGNATURES:
		case BLOCK_VERSION_HISTORY:
		case BLOCK_ANNEX_LIST:
			/* the agreement's own blocks: its builder draws them */
			if (bd->special != NULL)
				bd->special(bd, blk, depth);
			break;
		case BLOCK_PAYMENT:
			build_text(bd, blk->children, depth);
			break;
		case BLOCK_ADDRESS:
			/* An address's lines stay together: up to ADDRESS_WHOLE
			 * of them never split over a page, a longer block
			 * leaves ADDRESS_SIDE at least on each page; a line
			 * that wraps never splits (tests/layout/page_rules.py,
			 * "address"). */
			for (i = 0; i < blk->nlines; i++) {
				b = build_plain(bd, blk->lines[i], FACE_REGULAR, t->size_body,
				    blk->line_numbers[i]);
				b->inset = true;
				b->keep_together = true;
				b->space_after = i + 1 < blk->nlines ? 0 : t->paragraph_space;
				b->keep_with_next = i + 1 < blk->nlines &&
				    (blk->nlines <= ADDRESS_WHOLE || i + 1 < ADDRESS_SIDE ||
				    blk->nlines - (i + 1) < ADDRESS_SIDE);
			}
			break;
		case BLOCK_REFERENCE:
			b = build_para(bd, DOC_PARA, t->size_body);
			b->align = DALIGN_LEFT;
			b->inset = true;
			b->space_after = blk->next != NULL && blk->next->kind == BLOCK_REFERENCE ?
			    1 : t->paragraph_space;
			doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s: ", blk->label),
			    FACE_BOLD, blk->line);
			build_rich(bd, &b->text, &blk->text, false);
			break;
		case BLOCK_TOC:
			b = doc_add(bd->doc, at, DOC_TOC);
			b->toc_title = blk->label != NULL ? blk->label : t->label_toc;
			b->size = t->size_body;
			b->leading = t->leading;
			b->color = t->color_text;
			b->space_after = 12;
			doc_add(bd->doc, at, DOC_PAGE_BREAK);
			break;
		case BLOCK_PAGE_BREAK:
			doc_add(bd->doc, at, DOC_PAGE_BREAK);
			break;
		case BLOCK_TABLE:
			build_table_model(bd, blk->table);
			break;
		}
	}
}

/* The words of the names build_names gathers, before they go to the
 * arena. */
struct names {
	const char	**w;
	size_t		 n, cap;
};

static int
name_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

/* Adds the words of name, as written, without the punctuation around
 * them; only the part before a comma is the name ("Socialförvaltningen
 * Centrum, avdelningen för …": the rest says which part of it). */
static void
names_add(struct builder *bd, struct names *nm, const char *name)
{
	const char *p = name, *end;

	if (name == NULL)
		return;
	end = strchr(name, ',');
	if (end == NULL)
		end = name + strlen(name);
	while (p < end) {
		const char *w, *a, *b;
		char low[256];
		size_t o = 0, k, i;
		uint32_t cp;

		while (p < end && (*p == ' ' || *p == '\t' || *p == '\n'))
			p++;
		w = p;
		while (p < end && *p != ' ' && *p != '\t' && *p != '\n')
			p++;
		/* the letters: from the first to the last */
		a = NULL;
		b = w;
		for (i = 0; w + i < p; i += k) {
			if ((k = utf8_decode(w + i, (size_t)(p - w) - i, &cp)) == 0)
				break;
			if (name_letter(cp)) {
				if (a == NULL)
					a = w + i;
				b = w + i + k;
			}
		}
		if (a == NULL || b - a < 2)
			continue;
		if ((size_t)(b - a) >= sizeof(low))
			continue;
		memcpy(low, a, (size_t)(b - a));
		low[o = (size_t)(b - a)] = '\0';
		for (i = 0; i < nm->n; i++)
			if (strcmp(nm->w[i], low) == 0)
				break;
		if (i < nm->n)
			continue;
		xgrow((void **)&nm->w, &nm->cap, nm->n + 1, sizeof(*nm->w));
		nm->w[nm->n++] = arena_strdup(bd->a, low);
	}
}

static void
names_acting(struct builder *bd, struct names *nm, const struct acting_chain *c)
{
	size_t k;

	for (k = 0; k < c->n; k++)
		names_add(bd, nm, c->text[k]);
}

static void
names_signatories(struct builder *bd, struct names *nm, const struct signatory *s)
{
	for (; s != NULL; s = s->next) {
		names_add(bd, nm, s->name);
		names_add(bd, nm, s->organisation);
	}
}

static void
names_agreement(struct builder *bd, struct names *nm, const struct agreement *ag)
{
	const struct party *p;
	const struct contact *c;
	const struct actor *x;
	const struct namnd_ref *r;

	for (p = ag->parties; p != NULL; p = p->next) {
		names_add(bd, nm, p->name);
		names_add(bd, nm, p->shortname);
		names_add(bd, nm, p->acting);
		names_acting(bd, nm, &p->acting_chain);
		for (c = p->contacts; c != NULL; c = c->next)
			names_add(bd, nm, c->name);
	}
	for (x = ag->actors; x != NULL; x = x->next) {
		names_add(bd, nm, x->name);
		names_acting(bd, nm, &x->acting);
	}
	for (r = ag->namnd; r != NULL; r = r->next)
		names_add(bd, nm, r->name);
	names_add(bd, nm, ag->unit);
	names_add(bd, nm, ag->handlaggare);
	names_signatories(bd, nm, ag->signatories);
}

void
build_names(struct builder *bd)
{
	struct names nm = { NULL, 0, 0 };
	const struct agreement *ag = bd->ag != NULL ? bd->ag :
	    bd->fu != NULL ? bd->fu->agreement : NULL;

	if (ag != NULL)
		names_agreement(bd, &nm, ag);
	if (bd->fu != NULL) {
		const struct participant *pp;
		const struct followup_author *au;

		for (pp = bd->fu->participants; pp != NULL; pp = pp->next) {
			names_add(bd, &nm, pp->name);
			names_add(bd, &nm, pp->organisation);
		}
		for (au = bd->fu->authors; au != NULL; au = au->next)
			names_add(bd, &nm, au->name);
		names_signatories(bd, &nm, bd->fu->signatories);
	}
	if (nm.n > 0) {
		bd->doc->nohyph = arena_alloc(bd->a, nm.n * sizeof(*nm.w));
		memcpy(bd->doc->nohyph, nm.w, nm.n * sizeof(*nm.w));
		bd->doc->nnohyph = nm.n;
	}
	free(nm.w);
}
