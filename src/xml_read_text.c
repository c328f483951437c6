/* The XML reader's text: sections, paragraphs, lists and their items,
 * budgets and budget summaries, payments, addresses, references,
 * signatures, tables of contents and page breaks, from the tree into
 * the model's blocks. */
#include <string.h>

#include "buf.h"
#include "mem.h"
#include "model.h"
#include "xml_read_int.h"

/* ---------- the text ---------- */

static struct block *
new_block(struct reader *r, struct block *parent, enum block_kind kind, xmlNode *n)
{
	struct block *b = arena_alloc(r->arena, sizeof(*b));

	b->kind = kind;
	b->line = tree_line(n);
	if (kind == BLOCK_P || kind == BLOCK_ITEM)
		b->lang = tree_attr(r, n, "lang");
	if (parent->last_child != NULL)
		parent->last_child->next = b;
	else
		parent->children = b;
	parent->last_child = b;
	return b;
}

static void
read_list(struct reader *r, xmlNode *n, struct block *b)
{
	char *s = tree_attr(r, n, "kind");
	xmlNode *c;

	b->list_kind = s == NULL || strcmp(s, "bullet") == 0 ? LIST_BULLET :
	    strcmp(s, "number") == 0 ? LIST_NUMBER :
	    strcmp(s, "letter") == 0 ? LIST_LETTER : LIST_DASH;
	b->list_start = tree_attr_int(r, n, "start");
	if (b->list_start == 0)
		b->list_start = 1;
	for (c = tree_child(n, "item"); c != NULL; c = tree_next(c)) {
		struct block *item = new_block(r, b, BLOCK_ITEM, c);
		struct rich_builder rb = { &item->text, 0, 0 };
		xmlNode *k;

		/* Inline content forms the item's text; nested lists and
		 * paragraphs become its children. */
		for (k = c->children; k != NULL; k = k->next) {
			if (k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE)
				tree_inline_text(r, &rb, (const char *)k->content, 0, k->line);
			else if (tree_is(k, "em"))
				tree_inline(r, &rb, k, RUN_EM);
			else if (tree_is(k, "strong"))
				tree_inline(r, &rb, k, RUN_STRONG);
			else if (tree_is(k, "list"))
				read_list(r, k, new_block(r, item, BLOCK_LIST, k));
			else if (tree_is(k, "p"))
				tree_rich(r, k, &new_block(r, item, BLOCK_P, k)->text);
		}
	}
}

/* A signing date pre-printed in part, to be completed by hand
 * ("2025-__-__", "____ 2025", "den    2025"): its text as written, the
 * ends trimmed and every space inside no-break, so that the blanks keep
 * their width; NULL for a whole date (or none). */
static char *
partial_date(struct reader *r, xmlNode *d)
{
	xmlChar *v = xmlNodeGetContent(d);
	const char *s, *e, *p;
	struct buf out = { NULL, 0, 0 };
	char *res = NULL;
	bool blank;

	if (v == NULL)
		return NULL;
	for (s = (const char *)v; *s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'; s++)
		;
	for (e = s + strlen(s); e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
	    e[-1] == '\r'); e--)
		;
	blank = memchr(s, '_', (size_t)(e - s)) != NULL ||
	    (e - s > 4 && strncmp(s, "den", 3) == 0 && (s[3] == ' ' || s[3] == '\t') &&
	    strspn(s + 3, " \t") + 3 + 4 == (size_t)(e - s));
	if (blank) {
		for (p = s; p < e; p++)
			if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
				buf_adds(&out, "\xC2\xA0");
			else
				buf_add(&out, p, 1);
		res = arena_strdup(r->arena, out.data != NULL ? out.data : "");
		buf_free(&out);
	}
	xmlFree(v);
	return res;
}

static void
read_signatures(struct reader *r, xmlNode *n, struct block *b)
{
	struct signatory **tail = r->ag != NULL ? &r->ag->signatories : &r->fu->signatories;
	xmlNode *c;

	while (*tail != NULL)
		tail = &(*tail)->next;
	for (c = tree_first(n->children); c != NULL; c = tree_next(c)) {
		struct signatory *s;
		xmlNode *d;

		if (tree_is(c, "p")) {
			tree_rich(r, c, &new_block(r, b, BLOCK_P, c)->text);
			continue;
		}
		s = arena_alloc(r->arena, sizeof(*s));
		s->line = tree_line(c);
		s->party_id = tree_attr(r, c, "party");
		s->year = tree_attr_int(r, c, "year");
		s->for_line = s->name_line = s->title_line = s->line;
		s->organisation_line = s->place_line = s->line;
		s->for_text = tree_child_text_at(r, c, "for", &s->for_line);
		s->name = tree_child_text_at(r, c, "name", &s->name_line);
		s->title = tree_child_text_at(r, c, "title", &s->title_line);
		s->organisation = tree_child_text_at(r, c, "organisation", &s->organisation_line);
		s->place = tree_child_text_at(r, c, "place", &s->place_line);
		if ((d = tree_child(c, "date")) != NULL && (s->date_partial = partial_date(r, d)) == NULL)
			sign_written_date(r, d, "signing date", &s->date, &s->date_as);
		*tail = s;
		tail = &s->next;
	}
}

void
text_blocks(struct reader *r, xmlNode *c, struct block *parent)
{
	for (c = tree_first(c); c != NULL; c = tree_next(c)) {
		struct block *b;

		if (tree_is(c, "heading"))
			continue;	/* read by the section */
		if (tree_is(c, "p")) {
			b = new_block(r, parent, BLOCK_P, c);
			tree_rich(r, c, &b->text);
		} else if (tree_is(c, "list")) {
			read_list(r, c, new_block(r, parent, BLOCK_LIST, c));
		} else if (tree_is(c, "section")) {
			b = new_block(r, parent, BLOCK_SECTION, c);
			b->number = tree_attr(r, c, "number");
			b->in_toc = !tree_attr_is(r, c, "toc", "no");
			tree_rich(r, tree_child(c, "heading"), &b->text);
			text_blocks(r, c->children, b);
		} else if (tree_is(c, "budget") || tree_is(c, "financing")) {
			b = new_block(r, parent, BLOCK_BUDGET, c);
			b->budget = head_budget(r, c);
			b->budget->printed = true;
		} else if (tree_is(c, "budget-summary")) {
			struct budget_summary *s = arena_alloc(r->arena, sizeof(*s));

			b = new_block(r, parent, BLOCK_BUDGET_SUMMARY, c);
			tree_rich(r, tree_child(c, "caption"), &s->caption);
			s->party_heading = tree_attr(r, c, "party-heading");
			s->amount_heading = tree_attr(r, c, "amount-heading");
			s->share_heading = tree_attr(r, c, "share-heading");
			s->description_heading = tree_attr(r, c, "description-heading");
			s->total_label = tree_attr(r, c, "total-label");
			s->descriptions = tree_attr_is(r, c, "descriptions", "yes");
			s->shares = !tree_attr_is(r, c, "shares", "no");
			s->year = tree_attr_int(r, c, "year");
			s->kronor = tree_attr_is(r, c, "currency", "kronor");
			b->summary = s;
		} else if (tree_is(c, "payment")) {
			struct payment *p = arena_alloc(r->arena, sizeof(*p));
			char *f = tree_attr(r, c, "frequency");

			b = new_block(r, parent, BLOCK_PAYMENT, c);
			p->line = tree_line(c);
			p->frequency = f == NULL || strcmp(f, "yearly") == 0 ? FREQ_YEARLY :
			    strcmp(f, "once") == 0 ? FREQ_ONCE :
			    strcmp(f, "half-yearly") == 0 ? FREQ_HALF_YEARLY :
			    strcmp(f, "quarterly") == 0 ? FREQ_QUARTERLY : FREQ_MONTHLY;
			p->month = tree_attr_int(r, c, "month");
			p->electronic = tree_attr_is(r, c, "electronic", "yes");
			p->payout = tree_attr_is(r, c, "kind", "payout");
			duties_read_payment(r, c, p);
			b->payment = p;
			text_blocks(r, c->children, b);
		} else if (tree_is(c, "address")) {
			xmlNode *l;
			size_t i = 0;

			b = new_block(r, parent, BLOCK_ADDRESS, c);
			for (l = tree_child(c, "line"); l != NULL; l = tree_next(l))
				b->nlines++;
			b->lines = arena_alloc(r->arena, (b->nlines + 1) * sizeof(char *));
			b->line_numbers = arena_alloc(r->arena, (b->nlines + 1) * sizeof(long));
			for (l = tree_child(c, "line"); l != NULL; l = tree_next(l)) {
				b->line_numbers[i] = tree_line(l);
				b->lines[i++] = tree_text(r, l);
			}
		} else if (tree_is(c, "reference")) {
			b = new_block(r, parent, BLOCK_REFERENCE, c);
			b->label = tree_attr(r, c, "label");
			tree_rich(r, c, &b->text);
		} else if (tree_is(c, "signatures")) {
			b = new_block(r, parent, BLOCK_SIGNATURES, c);
			read_signatures(r, c, b);
		} else if (tree_is(c, "toc")) {
			b = new_block(r, parent, BLOCK_TOC, c);
			b->label = tree_attr(r, c, "title");
		} else if (tree_is(c, "page-break")) {
			new_block(r, parent, BLOCK_PAGE_BREAK, c);
		} else if (tree_is(c, "table")) {
			new_block(r, parent, BLOCK_TABLE, c)->table = read_table(r, c);
		} else if (tree_is(c, "version-history")) {
			b = new_block(r, parent, BLOCK_VERSION_HISTORY, c);
			b->headings[0] = tree_attr(r, c, "version-heading");
			b->headings[1] = tree_attr(r, c, "date-heading");
			b->headings[2] = tree_attr(r, c, "change-heading");
			b->headings[3] = tree_attr(r, c, "by-heading");
		} else if (tree_is(c, "annex-list")) {
			b = new_block(r, parent, BLOCK_ANNEX_LIST, c);
			b->label = tree_attr(r, c, "title");
		}
	}
}

