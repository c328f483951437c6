/* The layout engine's core.  It walks the document tree, dispatching
 * each node to the function for its kind (paragraphs, headings, lists
 * and items here; tables, charts, signatures and the table of contents
 * in their modules, layout_int.h), and takes the structure from the
 * tree: a list item's nesting is its place among lists, never its
 * indent.  Every node becomes a run of slices: vertical units that never
 * split (a line of a paragraph, a table row, a row of signature blocks),
 * with a flag saying whether a page may end after each.  The paginator
 * then fills pages, moving back to the last allowed break when a slice
 * does not fit, so that headings stay with their text, no paragraph
 * leaves a single line behind or ahead, and a table continued on the
 * next page gets its header row again.  Headers, footers, page numbers
 * and the draft mark are added last, when the page count is known. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "layout_int.h"
#include "limit.h"
#include "mem.h"
#include "template.h"

/* Narrowest text column, as a part of the page's: lists nested deeper
 * than this allows stand at the last indent that leaves it. */
#define MIN_COLUMN	(1.0f / 3)
/* Least space between a list label and its item's text, of the size. */
#define LABEL_GAP	0.4f

/* ---------- boxes and slices ---------- */

struct box *
layout_box(struct lay *L, enum box_kind kind, enum doc_role role, int block)
{
	struct box *b;

	xgrow((void **)&L->pool, &L->pool_cap, L->npool + 1, sizeof(*L->pool));
	b = &L->pool[L->npool++];
	memset(b, 0, sizeof(*b));
	b->kind = kind;
	b->role = role;
	b->block = block;
	b->ref = -1;
	b->node = role == DROLE_ARTIFACT ? -1 : L->node;
	b->artifact = ART_LAYOUT;
	return b;
}

/* ---------- structure ---------- */

int
layout_node(struct lay *L, enum struct_role role, int parent)
{
	struct layout *o = L->out;
	struct struct_node *n;

	xgrow((void **)&o->nodes, &o->nodes_cap, o->nnodes + 1, sizeof(*o->nodes));
	n = &o->nodes[o->nnodes];
	n->role = role;
	n->parent = parent;
	n->alt = NULL;
	n->lang = NULL;
	n->scope = SCOPE_COLUMN;
	n->colspan = 0;
	return (int)o->nnodes++;
}

struct slice *
layout_slice(struct lay *L, float height)
{
	struct slice *s;

	xgrow((void **)&L->slices, &L->slices_cap, L->nslices + 1, sizeof(*L->slices));
	s = &L->slices[L->nslices++];
	memset(s, 0, sizeof(*s));
	s->height = height;
	s->space_before = L->pending_space;
	s->break_after = 1;
	s->table = -1;
	s->outline = -1;
	s->first = L->npool;
	L->pending_space = 0;
	return s;
}

void
layout_slice_end(struct lay *L, struct slice *s)
{
	s->n = L->npool - s->first;
}

void
layout_text_box(struct lay *L, const struct fragment *f, float x, float y, float size,
    struct color color, enum doc_role role, int block)
{
	struct box *b = layout_box(L, BOX_TEXT, role, block);

	b->x = x + f->x;
	b->y = y;
	b->face = f->face;
	b->size = size;
	b->word_space = f->word_space;
	b->color = color;
	b->text = f->text;
}

void
layout_rule(struct lay *L, float x1, float y1, float x2, float y2, float w, struct color c)
{
	struct box *b = layout_box(L, BOX_LINE, DROLE_ARTIFACT, -1);

	b->x = x1;
	b->y = y1;
	b->x2 = x2;
	b->y2 = y2;
	b->line_width = w;
	b->color = c;
}

/* The indent n is drawn at: a list-indent for each list that holds it
 * (and one more for an inset paragraph), added up level by level, unless
 * that leaves less than the narrowest column (lists nested twelve deep in
 * a template with a wide list-indent would otherwise run off the page);
 * the structure keeps the nesting either way. */
float
layout_indent(const struct lay *L, const struct doc_node *n)
{
	float most = L->width * (1 - MIN_COLUMN), indent = 0;
	int k, steps = L->list_depth + (n->inset ? 1 : 0);

	for (k = 0; k < steps; k++)
		indent += L->t->list_indent;
	return indent < most ? indent : most;
}

/* ---------- paragraphs, lists and the walk of the tree ---------- */

/* A list item of at most this many lines stays on one page. */
#define ITEM_WHOLE	5

/* The role of the boxes a paragraph-like node draws. */
static enum doc_role
text_role(const struct doc_node *b)
{
	switch (b->kind) {
	case DOC_TITLE:
		return DROLE_TITLE;
	case DOC_HEADING:
		return b->level == 2 ? DROLE_H2 : b->level >= 3 ? DROLE_H3 : DROLE_H1;
	case DOC_ITEM:
		return DROLE_LI;
	default:
		return DROLE_P;
	}
}

/* The L node of the list being laid out, made by its first item that
 * shows anything. */
static int
list_node(struct lay *L)
{
	if (L->list < 0)
		L->list = layout_node(L, SR_L, L->parent);
	return L->list;
}

/* The text of a paragraph, title, heading or list item, line by line
 * (an item's label in its hanging indent).  Returns the structure node
 * that holds the text (an item's LBody), or -1 when there is no text. */
static int
text_lines(struct lay *L, const struct doc_node *b)
{
	struct tline *lines;
	float size = b->size, drawn = layout_indent(L, b);
	float x = L->left + drawn, w = L->width - drawn;
	float lh;
	enum doc_role role = text_role(b);
	size_t n, k;
	int body, label = -1, block = L->block;

	L->pending_space += b->space_before;
	/* Section headings hang out to the frame tables span (template
	 * table-margin-left and -right), and a table's note stands under
	 * its table's left edge; the title block and the running text keep
	 * the text's measure. */
	if (b->kind == DOC_HEADING || b->table_note) {
		x = L->t->table_margin_left + drawn;
		w = L->t->page_width - L->t->table_margin_left - L->t->table_margin_right - drawn;
	}
	/* A label wider than the hanging indent (99998., 2000)) moves its
	 * item's text right rather than print over it. */
	if (b->label != NULL) {
		float over = layout_text_measure(L, b->label, strlen(b->label), FACE_REGULAR,
		    size, 0) + size * LABEL_GAP - L->t->list_indent;

		if (over > 0) {
			x += over;
			w -= over;
		}
	}
	/* Running text is hyphenated; headings and titles are not. */
	n = (role == DROLE_P || role == DROLE_LI) && !b->balance ?
	    layout_text_set_hyph(L, &b->text, size, w, b->align, b->lang, &lines) :
	    layout_text_set(L, &b->text, size, w, b->align, &lines);
	/* a title's lines balanced: the narrowest width that keeps their
	 * number, never narrower than its widest word ("Överenskommelse om
	 * idéburet / offentligt partnerskap", not "… offentligt /
	 * partnerskap") */
	/* too many lines for its place: a point smaller at a time, as a
	 * designer steps a long title down, never below min_size */
	while (b->max_lines > 0 && n > b->max_lines && size - 1 >= b->min_size) {
		size -= 1;
		n = layout_text_set(L, &b->text, size, w, b->align, &lines);
	}
	lh = layout_line_height(size, b->leading);
	if (b->balance && n >= 2 && b->align != DALIGN_JUSTIFY)
		n = layout_text_balance(L, &b->text, size, w, b->align, n, &lines);
	if (n == 0) {
		L->pending_space += b->space_after;
		return -1;
	}
	switch (role) {
	case DROLE_LI: {
		int li = layout_node(L, SR_LI, list_node(L));

		label = layout_node(L, SR_LBL, li);
		body = layout_node(L, SR_LBODY, li);
		break;
	}
	case DROLE_TITLE:
	case DROLE_H1:
		body = layout_node(L, SR_H1, L->parent);
		break;
	case DROLE_H2:
		body = layout_node(L, SR_H2, L->parent);
		break;
	case DROLE_H3:
		body = layout_node(L, SR_H3, L->parent);
		break;
	default:
		body = layout_node(L, SR_P, L->parent);
		break;
	}
	if (b->lang != NULL) {
		/* on the item, for its label and body alike */
		int at = role == DROLE_LI ? L->out->nodes[body].parent : body;

		L->out->nodes[at].lang = b->lang;
	}
	for (k = 0; k < n; k++) {
		struct slice *s = layout_slice(L, lh);
		size_t f;

		s->lead = b->level > 0;
		if (k == 0) {
			s->min_top = b->offset;
			s->cover_place = b->cover_place;
			if (b->level > 0)
				s->outline = L->noutline++;
			if (b->label != NULL) {
				struct fragment lf = { b->label, FACE_REGULAR, 0, 0, 0 };

				L->node = label >= 0 ? label : body;
				layout_text_box(L, &lf, L->left + drawn - L->t->list_indent,
				    layout_baseline(size, b->leading), size, b->color, role, block);
			}
		}
		L->node = body;
		for (f = 0; f < lines[k].n; f++)
			layout_text_box(L, &lines[k].frag[f], x, layout_baseline(size, b->leading),
			    size, b->color, role, block);
		layout_slice_end(L, s);
		/* Widows and orphans: two lines at least on either side;
		 * and no page ends in a hyphenated word.  A list item of up
		 * to ITEM_WHOLE lines is read as one point: never split
		 * (review H: Linköping AMN 2023's first "Att uppmärksamma"
		 * point, 2 lines on page 1 and 3 on page 2). */
		s->break_after = k >= 1 && n - k - 1 >= 2 && !lines[k].hyphen &&
		    !(role == DROLE_LI && n <= ITEM_WHOLE) && !b->keep_together;
		if (k + 1 == n) {
			s->break_after = !b->keep_with_next && !b->keep_soft;
			s->soft_break = !b->keep_with_next && b->keep_soft;
		}
	}
	L->pending_space = b->space_after;
	return body;
}

static void
layout_para(struct lay *L, const struct doc_node *b)
{
	text_lines(L, b);
}

static void	layout_children(struct lay *, const struct doc_node *);
static void	layout_children_marked(struct lay *, const struct doc_node *, size_t *,
		    size_t *, size_t *);

/* A list item: an LI in its list with Lbl and LBody; what the item holds
 * besides its text goes in the LBody. */
static void
layout_item(struct lay *L, const struct doc_node *b)
{
	int body = text_lines(L, b), parent = L->parent;

	if (b->first == NULL)
		return;
	if (body < 0)	/* no text of its own: no label either */
		body = layout_node(L, SR_LBODY, layout_node(L, SR_LI, list_node(L)));
	L->parent = body;
	layout_children(L, b);
	L->parent = parent;
}

/* A list of at most this many slices (lines) is short: the last page
 * is not filled by splitting it (tail_break). */
#define SHORT_LIST	10

/* A list: its items, one level deeper.  Past LIMIT_LIST_DEPTH levels
 * (L, LI and LBody each: 36 structure levels) it is an error, as readers
 * stop short of such depths (pdf.js, Firefox's, at 40).  Its first two
 * items stay together, and its last two: never one bullet alone at a
 * page foot or top.  A first item of two lines or more may end a page
 * alone, as a paragraph's first two lines may: a heading and its first
 * point fill a page foot rather than leave it empty. */
static void
layout_list(struct lay *L, const struct doc_node *b)
{
	int list = L->list;
	size_t first = L->nslices, second = 0, last = 0, items = 0;

	if (L->list_depth >= LIMIT_LIST_DEPTH) {
		diag(L->doc->path, b->line, MSG_LIST_DEPTH, LIMIT_LIST_DEPTH);
		L->errors++;
		return;
	}
	L->list = -1;
	L->list_depth++;
	layout_children_marked(L, b, &second, &last, &items);
	if (items >= 2 && !L->stopped) {
		size_t k;

		if (second - first < 2)
			L->slices[second - 1].break_after = L->slices[second - 1].soft_break = 0;
		L->slices[last - 1].break_after = L->slices[last - 1].soft_break = 0;
		/* a short list is not split to fill the last page (review
		 * r20: Linköping 2019's six activities, two at p3's foot and
		 * four on p4 with the Bilaga) */
		if (L->nslices - first <= SHORT_LIST)
			for (k = first; k + 1 < L->nslices; k++)
				L->slices[k].short_list = 1;
	}
	L->list_depth--;
	L->list = list;
}

/* An annex: one Sect holding its heading and its content. */
static void
layout_annex(struct lay *L, const struct doc_node *b)
{
	int parent = L->parent;

	L->parent = layout_node(L, SR_SECT, parent);
	layout_children(L, b);
	L->parent = parent;
}

static void
layout_page_break(struct lay *L, const struct doc_node *b)
{
	(void)b;
	layout_slice(L, 0)->page_break = 1;
	L->pending_space = 0;
}

/* How each kind of node is laid out; NULL: by its parent's function
 * (rows and cells by the table's) or not at all. */
static void (*const by_kind[])(struct lay *, const struct doc_node *) = {
	[DOC_ROOT] = layout_children,
	[DOC_SECTION] = layout_children,
	[DOC_TITLE] = layout_para,
	[DOC_HEADING] = layout_para,
	[DOC_PARA] = layout_para,
	[DOC_LIST] = layout_list,
	[DOC_ITEM] = layout_item,
	[DOC_TABLE] = layout_table,
	[DOC_ROW] = NULL,
	[DOC_CELL] = NULL,
	[DOC_SIGNATURES] = layout_sign,
	[DOC_TOC] = layout_toc,
	[DOC_PAGE_BREAK] = layout_page_break,
	[DOC_CHART] = layout_chart,
	[DOC_ANNEX] = layout_annex,
	[DOC_ROW_GROUP] = NULL,
};
_Static_assert(sizeof(by_kind) / sizeof(by_kind[0]) == DOC_NKINDS,
    "by_kind has a function for every enum doc_kind");

/* A paragraph of at most this many lines right under a table, not
 * kept with what follows, is its note ("Del av år …"): it goes with the
 * table's last rows. */
#define TABLE_NOTE_LINES	3

/* Lays out n's children in order, each numbered in reading order for
 * its boxes (box.block), until the slice limit stops the walk; *second
 * and *last, when not NULL, get the first slice of the second and of
 * the last child that shows anything, *shown how many do.  A short
 * paragraph right under a table is kept with the table (whose last two
 * rows keep together: layout_table.c). */
static void
layout_children_marked(struct lay *L, const struct doc_node *n, size_t *second, size_t *last,
    size_t *shown)
{
	const struct doc_node *c, *prev = NULL;
	size_t prev_at = 0;
	bool table_end = false;	/* prev ends a table: the table or its note */

	for (c = n->first; c != NULL && !L->stopped; c = c->next) {
		size_t at = L->nslices;

		if (by_kind[c->kind] == NULL)
			continue;
		L->block = L->nblocks++;
		by_kind[c->kind](L, c);
		if (!L->stopped && L->nslices > (size_t)LIMIT_PAGES * 200) {
			diag(L->doc->path, 0, MSG_PAGE_LIMIT, LIMIT_PAGES);
			L->errors++;
			L->stopped = 1;
		}
		if (L->stopped || L->nslices == at)
			continue;
		if (c->kind == DOC_TABLE && c->stay && !L->has_stay) {
			L->has_stay = 1;
			L->stay_first = at;
			L->stay_end = L->nslices;
		}
		/* A chart illustrates the table before it: with the table's
		 * last rows (and note), when they fit on a page and keeping
		 * them leaves no page more than a quarter empty (KEEP_GIVES). */
		if (c->kind == DOC_CHART && table_end && at > 0 && !L->slices[at].page_break &&
		    L->slices[at - 1].break_after) {
			L->slices[at - 1].break_after = 0;
			L->slices[at - 1].soft_break = 1;
		}
		/* a note, not the caption of the table that follows (which
		 * keeps with it); a note that keeps with what follows for
		 * another reason (the signatures' last paragraphs, review J1:
		 * Ekby vinterhärbärge's "Belopp per månad …" alone on page
		 * 3) is still its table's */
		if (prev != NULL && prev->kind == DOC_TABLE && c->kind == DOC_PARA && at > prev_at &&
		    !(c->keep_with_next && c->next != NULL && c->next->kind == DOC_TABLE) &&
		    L->nslices - at <= TABLE_NOTE_LINES &&
		    !L->slices[at].page_break) {
			L->slices[at - 1].break_after = L->slices[at - 1].soft_break = 0;
			table_end = true;
		} else
			table_end = c->kind == DOC_TABLE;
		if (shown != NULL && ++*shown == 2)
			*second = at;
		if (last != NULL)
			*last = at;
		prev = c;
		prev_at = at;
	}
}

static void
layout_children(struct lay *L, const struct doc_node *n)
{
	layout_children_marked(L, n, NULL, NULL, NULL);
}

/* ---------- pagination ---------- */

struct placement {
	size_t	slice;	/* in lay.slices, or with cont in lay.conts */
	int	repeat;	/* a table's header rows again: page furniture */
	int	cont;	/* a party's "För … (forts.)" (slice.cont), repeat too */
	size_t	page;
	float	top;	/* distance of the slice top below the page top */
};

struct paginator {
	struct placement	*pl;
	size_t			 n, cap;
	size_t			 page;
};

static void
place(struct paginator *p, size_t slice, float top)
{
	xgrow((void **)&p->pl, &p->cap, p->n + 1, sizeof(*p->pl));
	p->pl[p->n].slice = slice;
	p->pl[p->n].repeat = 0;
	p->pl[p->n].cont = 0;
	p->pl[p->n].page = p->page;
	p->pl[p->n].top = top;
	p->n++;
}

/* The slice a placement places. */
static const struct slice *
placed_slice(const struct lay *L, const struct placement *pl)
{
	return pl->cont ? &L->conts[pl->slice] : &L->slices[pl->slice];
}

/* A heading whose section (up to the next heading or page break) has
 * at most this many slices after it: lines, rows, bars. */
#define SHORT_SECTION	3

/* A heading with a section that short is kept whole: "Mål och utfall
 * 2025", "Ingen uppföljning rapporterad för 2025." and "Överenskommelsen
 * anger inga mål för året." are one thing, never the heading and a line
 * at a page foot and the other line on the next page.  Each block keeps
 * its own rules (widows and orphans, keep_with_next) within a longer
 * section. */
static void
keep_short_sections(struct lay *L)
{
	size_t i, e, k;

	for (i = 0; i < L->nslices; i++) {
		if (L->slices[i].outline < 0 || L->slices[i].page_break)
			continue;
		for (e = i + 1; e < L->nslices && L->slices[e].outline < 0 &&
		    !L->slices[e].page_break; e++)
			continue;
		if (e - i - 1 > SHORT_SECTION)
			continue;
		for (k = i; k + 1 < e; k++)
			L->slices[k].break_after = L->slices[k].soft_break = 0;
	}
}

/* What a heading keeps on its page: this many slices of what follows
 * it (paragraph or list lines, table rows; a table's caption and header
 * rows come along without counting). */
#define HEADING_KEEPS	2

/* A heading stays with two lines of its section, also where the first
 * block is a single line ("3. Ekonomi", "Kommunens bidrag avser
 * verksamhetsåret juli till juni." and the budget table on the next
 * page: Flemingsberg 2025; Linköping 2019's "Styrning och uppföljning
 * av överenskommelsen" with one line at the foot of page 5).  A section
 * shorter than that is kept whole by keep_short_sections. */
static void
keep_headings(struct lay *L)
{
	size_t i, k, n;

	for (i = 0; i < L->nslices; i++) {
		if (L->slices[i].outline < 0 || L->slices[i].page_break)
			continue;
		for (k = i, n = 0; k + 1 < L->nslices; k++) {
			const struct slice *nx = &L->slices[k + 1];

			if (nx->page_break || nx->outline >= 0)
				break;
			L->slices[k].break_after = L->slices[k].soft_break = 0;
			if (!nx->lead && !nx->header && ++n >= HEADING_KEEPS)
				break;
		}
	}
}

/* Where a cover's title group begins, as a part of the text height
 * (below the logo, which opens the page). */
#define COVER_TITLE_AT	0.22f

/* A cover page (doc.cover: the slices before the first page break)
 * spread over its page: the title group (from the slice marked
 * COVER_TITLE) moved down to COVER_TITLE_AT of the text height, the
 * registry facts (from COVER_FOOT) to the page's foot; as it is when
 * the cover does not fit on one page. */
static void
spread_cover(struct lay *L)
{
	float body = L->t->page_height - L->t->margin_top - L->t->margin_bottom;
	float pos = 0, title_at = -1, foot_at = -1, shift = 0;
	size_t i, title = 0, foot = 0, end;

	if (!L->doc->cover)
		return;
	for (end = 0; end < L->nslices && !L->slices[end].page_break; end++) {
		const struct slice *s = &L->slices[end];

		pos += (end > 0 ? s->space_before : 0);
		if (s->cover_place == COVER_TITLE && title_at < 0) {
			title = end;
			title_at = pos;
		}
		if (s->cover_place == COVER_FOOT && foot_at < 0) {
			foot = end;
			foot_at = pos;
		}
		pos += s->height;
	}
	if (end == L->nslices || pos > body)
		return;
	if (title_at >= 0 && title_at < body * COVER_TITLE_AT &&
	    pos + body * COVER_TITLE_AT - title_at <= body) {
		shift = body * COVER_TITLE_AT - title_at;
		L->slices[title].min_top = body * COVER_TITLE_AT;
	}
	if (foot_at >= 0 && foot > title) {
		float at = body - (pos - foot_at);

		if (at > foot_at + shift)
			L->slices[foot].min_top = at;
	}
	for (i = 0; i < end; i++)
		L->slices[i].break_after = L->slices[i].soft_break = 0;
}

/* The spaces between blocks on the page before a near-empty last page
 * may shrink to this part of themselves, when that lets the document
 * end a page earlier; paginate_balanced tries the least shrinking that
 * does, from nine tenths down (review J0: Ekby's vinterhärbärge set
 * every space on page 2 at half, a paragraph flush under its table,
 * though seven tenths made room). */
#define SQUEEZE		0.5f
/* A last page holding less than this part of the text height is
 * near-empty: a source list or a few lines alone. */
#define NEAR_EMPTY	(1.0f / 3)
/* A keep that gives way (slice.soft_break) does so when the last
 * allowed break would leave the page more than this part of the text
 * height empty: about a quarter (review r21: Ekby 2028 and Linköping
 * 2022 page 1 a third empty, the overview's row and its chart both on
 * page 2; Ekdala 2027 page 2 before its Ekonomi heading and budget). */
#define KEEP_GIVES	(1.0f / 4)
/* A run kept together (a heading, its intro, a table's caption, header
 * and first rows) that misses the page's foot by a little is set with
 * the spaces inside it at SQUEEZE of themselves rather than move whole,
 * when moving it would leave the page more than this part of the text
 * height empty (issue 14: Göteborg's section 8, heading, intro and the
 * matrix's first rows, 7 pt short of page 5, left it a fifth empty). */
#define FIT_GIVES	(1.0f / 8)
/* The page before a near-empty last page gives it as little of its
 * tail as fills it this far: Norrvik 2024's "Mål och utfall" goes over,
 * not its budget lines too, which left the page before a quarter empty
 * (review r20). */
#define TAIL_FILL	0.25f
/* A page ends before a party's "För …" heading rather than between the
 * rows of its blocks (slice.in_group) when that leaves it this part of
 * the text height filled: the party signs on one page, under its
 * heading, and the page before keeps clear of the hole
 * tests/layout/page_rules.py forbids before the signatures (55 %).
 * Else its rows go on under "För … (forts.)" (slice.cont). */
#define GROUP_FILL	0.6f
/* The page before a near-empty last page may give its tail to the last
 * page as long as it keeps this part of the text height filled. */
#define KEEP_FULL	0.6f

/* How far down the page slice j, placed on it (from placement first
 * on), ends: pt below the top margin; 0 when it is not placed. */
static float
placed_end(const struct lay *L, const struct paginator *p, size_t first, size_t j)
{
	size_t k;

	for (k = p->n; k > first; k--)
		if (p->pl[k - 1].slice == j && !p->pl[k - 1].repeat)
			return p->pl[k - 1].top + L->slices[j].height - L->t->margin_top;
	return 0;
}

/* The height of the slices from slice from up to the first a page may
 * end after: what a page must hold to keep them together. */
static float
kept_run(const struct lay *L, size_t from)
{
	float h = 0;
	size_t k;

	for (k = from; k < L->nslices && !L->slices[k].page_break; k++) {
		h += (k > from ? L->slices[k].space_before : 0) + L->slices[k].height;
		if (L->slices[k].break_after || L->slices[k].soft_break)
			break;
	}
	return h;
}

/* Whether a page ending after slice k cuts a table between its rows. */
static bool
in_table(const struct lay *L, size_t k)
{
	return L->slices[k].table >= 0 && k + 1 < L->nslices &&
	    L->slices[k + 1].table == L->slices[k].table;
}

/* The keep that gives way: the last one, soft, unless that cuts a
 * table kept whole between its rows and an earlier one after from, not
 * in a table, leaves the page filled at least fill: a kept table's rows
 * give way last (review s26 AA item 5: Ekdala 2027's Ekonomi table of
 * five parties and Summa broke after three rows at the foot of page 2,
 * where ending after the Syfte paragraph, before the table's heading,
 * left the page less than a quarter empty). */
static size_t
earlier_soft(const struct lay *L, const struct paginator *p, size_t first, size_t from,
    size_t soft, float fill)
{
	size_t k;

	if (!in_table(L, soft))
		return soft;
	for (k = soft; k > from; k--)
		if (L->slices[k - 1].soft_break && !in_table(L, k - 1) &&
		    placed_end(L, p, first, k - 1) >= fill)
			return k - 1;
	return soft;
}

/* The first slice from i on after which a page may end (the end of
 * the run kept together that holds slice i), or the last before a page
 * break or the document's end. */
static size_t
run_end(const struct lay *L, size_t i)
{
	while (i + 1 < L->nslices && !L->slices[i + 1].page_break &&
	    !L->slices[i].break_after && !L->slices[i].soft_break)
		i++;
	return i;
}

/* Whether the slices from..to, placed from y (pt below the page top)
 * with the spaces before them at SQUEEZE of themselves, end above
 * bottom. */
static bool
fits_squeezed(const struct lay *L, size_t from, size_t to, float y, float bottom)
{
	size_t k;

	for (k = from; k <= to; k++) {
		if (L->slices[k].min_top > 0)	/* placed by its own rule (a cover) */
			return false;
		y += L->slices[k].space_before * SQUEEZE + L->slices[k].height;
	}
	return y <= bottom;
}

/* Fills pages from slice 0; the spaces before the slices from squeeze
 * on shrink to SQUEEZE of themselves (L->nslices: none do), and a page
 * ends before slice force (L->nslices: none). */
static int
paginate(struct lay *L, struct paginator *p, size_t squeeze, size_t force)
{
	const struct template *t = L->t;
	float top = t->margin_top, bottom = t->page_height - t->margin_bottom;
	float y = top;
	size_t i = 0, page_start = 0, page_first_pl = 0;
	/* the run set tighter to fit at a page's foot: slices [fit_from,
	 * fit_to], once a page (fit_page) */
	size_t fit_from = 0, fit_to = 0, fit_page = (size_t)-1;
	int empty = 1;

	p->page = 0;
	p->n = 0;
	while (i < L->nslices) {
		struct slice *s = &L->slices[i];
		float f = i >= squeeze ? L->balance_factor : 1;
		float sb;

		if (i >= L->sq_from && i < L->sq_to && L->sq_factor < f)
			f = L->sq_factor;
		if (fit_page == p->page && i >= fit_from && i <= fit_to && SQUEEZE < f)
			f = SQUEEZE;
		sb = empty ? 0 : s->space_before * f;
		float at;

		/* a page break written in the source, or the one the caller
		 * forces before slice force: a new page unless this one is
		 * still empty */
		if ((s->page_break || i == force) && !empty) {
			if (p->page + 1 >= LIMIT_PAGES) {
				diag(L->doc->path, 0, MSG_PAGE_LIMIT, LIMIT_PAGES);
				return -1;
			}
			p->page++;
			y = top;
			empty = 1;
			page_start = i;
			page_first_pl = p->n;
			sb = 0;
		}
		if (s->page_break) {
			page_start = ++i;
			continue;
		}
		at = y + sb;
		if (at < top + s->min_top)
			at = top + s->min_top;
		if (empty || at + s->height <= bottom) {
			/* A table continued from the last page repeats its header,
			 * under its caption "(forts.)" (slice.cont) when the
			 * table began on a page before. */
			if (empty && s->table >= 0 && !s->header && i > 0) {
				size_t h;

				for (h = 0; h < page_start; h++)
					if (L->slices[h].table == s->table)
						break;
				if (h < page_start && s->cont > 0 && s->cont <= L->nconts) {
					place(p, s->cont - 1, y);
					p->pl[p->n - 1].repeat = 1;
					p->pl[p->n - 1].cont = 1;
					y += L->conts[s->cont - 1].height;
				}
				for (h = 0; h < i; h++)
					if (L->slices[h].table == s->table && L->slices[h].header &&
					    h < page_start) {
						place(p, h, y);
						p->pl[p->n - 1].repeat = 1;
						y += L->slices[h].height;
					}
				at = y;
			}
			/* a party's later row of blocks opening the page under
			 * its "För … (forts.)" */
			if (empty && s->cont > 0 && s->cont <= L->nconts && i > 0 && s->table < 0) {
				place(p, s->cont - 1, y);
				p->pl[p->n - 1].repeat = 1;
				p->pl[p->n - 1].cont = 1;
				y += L->conts[s->cont - 1].height;
				at = y;
			}
			place(p, i, at);
			y = at + s->height;
			empty = 0;
			i++;
			continue;
		}
		/* It does not fit: end the page at the last allowed break;
		 * at a later keep that gives way instead when that break
		 * leaves the page more than KEEP_GIVES empty, or is none;
		 * before this slice when that break leaves the page so
		 * empty and what it keeps together is taller than a page. */
		{
			size_t j = i, q, soft = i;
			int found = 0;

			while (j > page_start) {
				j--;
				if (L->slices[j].soft_break && soft == i)
					soft = j;
				if (L->slices[j].break_after) {
					found = 1;
					break;
				}
			}
			if (soft < i && (!found || placed_end(L, p, page_first_pl, j) <
			    (bottom - top) * (1 - KEEP_GIVES))) {
				j = earlier_soft(L, p, page_first_pl, found ? j : page_start, soft,
				    (bottom - top) * (1 - KEEP_GIVES));
				found = 1;
			}
			/* not between a party's rows of blocks when the page
			 * may end before the party instead, GROUP_FILL full:
			 * at the last break before the group, outside a table */
			if (found && L->slices[j].in_group) {
				size_t k;

				for (k = j; k > page_start; k--) {
					const struct slice *sk = &L->slices[k - 1];

					if (sk->in_group || !(sk->break_after || sk->soft_break))
						continue;
					if (!in_table(L, k - 1) && placed_end(L, p, page_first_pl,
					    k - 1) >= (bottom - top) * GROUP_FILL)
						j = k - 1;
					break;
				}
			}
			/* a run kept together that no page can hold breaks
			 * anyway: here, where the page has room for its start */
			if (found && placed_end(L, p, page_first_pl, j) < (bottom - top) *
			    (1 - KEEP_GIVES) && kept_run(L, j + 1) > bottom - top) {
				size_t k = i - 1;

				/* not after a heading, a table's caption or header */
				while (k > j && (L->slices[k].outline >= 0 || L->slices[k].lead ||
				    L->slices[k].header))
					k--;
				j = k;
			}
			/* a run that misses the foot by a little fits with
			 * its spaces tighter, rather than leave a hole */
			if (found && fit_page != p->page && j + 1 < i &&
			    placed_end(L, p, page_first_pl, j) < (bottom - top) * (1 - FIT_GIVES)) {
				size_t e = run_end(L, i);
				float from_y = top + placed_end(L, p, page_first_pl, j);

				if (placed_end(L, p, page_first_pl, j) > 0 &&
				    fits_squeezed(L, j + 1, e, from_y, bottom)) {
					for (q = p->n; q > page_first_pl; q--)
						if (p->pl[q - 1].slice <= j &&
						    p->pl[q - 1].slice >= page_start)
							break;
					p->n = q;
					i = j + 1;
					y = from_y;
					fit_page = p->page;
					fit_from = j + 1;
					fit_to = e;
					continue;
				}
			}
			if (found) {
				/* Take back the placements after slice j. */
				for (q = p->n; q > page_first_pl; q--)
					if (!p->pl[q - 1].cont && p->pl[q - 1].slice <= j &&
					    p->pl[q - 1].slice >= page_start)
						break;
				p->n = q;
				i = j + 1;
			}
			/* else: no allowed break here; break before slice i. */
		}
		p->page++;
		if (p->page >= LIMIT_PAGES) {
			diag(L->doc->path, 0, MSG_PAGE_LIMIT, LIMIT_PAGES);
			return -1;
		}
		y = top;
		empty = 1;
		page_start = i;
		page_first_pl = p->n;
	}
	return 0;
}

/* How far down the last page its content goes, pt below the top margin. */
static float
last_page_height(const struct lay *L, const struct paginator *p)
{
	float h = 0;
	size_t k;

	for (k = p->n; k > 0 && p->pl[k - 1].page == p->page; k--) {
		float end = p->pl[k - 1].top + placed_slice(L, &p->pl[k - 1])->height -
		    L->t->margin_top;

		if (end > h)
			h = end;
	}
	return h;
}

/* Where the page before the last should end so that the last page is
 * no longer near-empty: the latest allowed break on it, outside a table,
 * that moves enough to the last page and leaves it KEEP_FULL filled; the
 * slice after that break, or L->nslices when there is none. */
static size_t
tail_break(const struct lay *L, const struct paginator *p, float body, float last)
{
	float top = L->t->margin_top, end = 0;
	size_t k, first = p->n, before = p->n;
	int pass;
	/* a table already cut over the two pages: it may be cut earlier,
	 * where its rows allow it, rather than leave a few rows alone under
	 * its repeated header (Vallby 2023's Bilaga: one agreement's rows) */
	int split = -1;

	for (k = 0; k < p->n; k++)
		if (p->pl[k].page + 1 == p->page) {
			float e = p->pl[k].top + placed_slice(L, &p->pl[k])->height - top;

			if (first == p->n)
				first = k;
			if (e > end)
				end = e;
			before = k;
		}
	for (k = before + 1; before < p->n && k < p->n; k++)
		if (!p->pl[k].repeat) {
			if (L->slices[p->pl[k].slice].table >= 0 &&
			    L->slices[p->pl[k].slice].table == L->slices[p->pl[before].slice].table)
				split = L->slices[p->pl[k].slice].table;
			break;
		}
	/* a break after placement k: the next one on the page opens the
	 * last page; in a second pass, when no break outside tables will
	 * do, one between the rows of the split table too (a table that
	 * moves whole, with what heads it, is better) */
	for (pass = 0; pass < (split >= 0 ? 2 : 1); pass++)
		for (k = p->n; k-- > first + 1;) {
			const struct placement *next = &p->pl[k], *prev = &p->pl[k - 1];
			float kept = prev->top + placed_slice(L, prev)->height - top;
			int t = placed_slice(L, prev)->table;

			/* nor a table cut for it: a few rows under a repeated
			 * header */
			if (next->page + 1 != p->page || prev->repeat || next->repeat ||
			    !L->slices[prev->slice].break_after || L->slices[prev->slice].short_list ||
			    (t >= 0 && (pass == 0 || t != split) &&
			    t == L->slices[next->slice].table))
				continue;
			if (kept < body * KEEP_FULL)
				break;
			if (end - (next->top - top) + last >= body * TAIL_FILL)
				return next->slice;
		}
	return L->nslices;
}

/* The page slice k is placed on, or -1. */
static long
page_of_slice(const struct paginator *p, size_t k)
{
	size_t j;

	for (j = 0; j < p->n; j++)
		if (p->pl[j].slice == k && !p->pl[j].repeat)
			return (long)p->pl[j].page;
	return -1;
}

/* The signatures' first row of blocks and what is kept with it (their
 * intro, the text's last lines, a heading): a run that stays as a table
 * that asks to stay does, when it moves whole to the next page and
 * leaves the page before more than KEEP_GIVES empty (a test's one block
 * under "Underskrifter" and its intro, two fifths of a page, left the
 * page before 44 % empty).  Sets L->stay_* unless a table asks to
 * stay; returns whether it did. */
static bool
sign_stays(struct lay *L)
{
	size_t k = L->sign_first, e;

	if (L->has_stay || !L->has_sign || L->sign_first >= L->nslices)
		return false;
	while (k > 0 && !L->slices[k - 1].break_after && !L->slices[k - 1].soft_break &&
	    !L->slices[k].page_break)
		k--;
	for (e = L->sign_first; e + 1 < L->nslices && !L->slices[e].break_after &&
	    !L->slices[e].soft_break; e++)
		continue;
	L->stay_first = k;
	L->stay_end = e + 1;
	return true;
}

/* A table that asks to stay (doc_node.stay: the summary's key figures)
 * and moves whole to the next page stays on the page of what comes
 * before it when the spaces on that page, down to the table's end, set
 * tighter (nine tenths of themselves, eight tenths, ... half at most)
 * make room: the least shrinking that does; so do the signatures' first
 * row and what keeps with it (sign_stays), when moving leaves a hole.
 * Sets L->sq_*. */
static void
shrink_to_stay(struct lay *L)
{
	static const float factors[] = { 0.9f, 0.8f, 0.7f, 0.6f, SQUEEZE };
	struct paginator q = { NULL, 0, 0, 0 };
	float body = L->t->page_height - L->t->margin_top - L->t->margin_bottom;
	size_t k, from = 0;
	long before;
	bool sign = sign_stays(L);

	L->sq_factor = 1;
	if ((!L->has_stay && !sign) || L->stay_first == 0 ||
	    paginate(L, &q, L->nslices, L->nslices) != 0)
		goto done;
	before = page_of_slice(&q, L->stay_first - 1);
	if (before < 0 || page_of_slice(&q, L->stay_first) == before)
		goto done;
	/* the signatures: only over a hole */
	for (k = 0; sign && k < q.n; k++)
		if (q.pl[k].slice == L->stay_first - 1 && !q.pl[k].repeat &&
		    placed_end(L, &q, 0, L->stay_first - 1) >= body * (1 - KEEP_GIVES))
			goto done;
	for (k = 0; k < q.n; k++)
		if (q.pl[k].page == (size_t)before && !q.pl[k].repeat) {
			from = q.pl[k].slice;
			break;
		}
	L->sq_from = from;
	L->sq_to = L->stay_end;
	for (k = 0; k < sizeof(factors) / sizeof(factors[0]); k++) {
		L->sq_factor = factors[k];
		if (paginate(L, &q, L->nslices, L->nslices) == 0 &&
		    page_of_slice(&q, L->stay_first) == before &&
		    page_of_slice(&q, L->stay_end - 1) == before)
			goto done;
	}
	L->sq_factor = 1;
done:
	free(q.pl);
}

/* Pages, never ending on a near-empty page: when the spaces between
 * blocks on the page before, shrunk, make room for what it holds (the
 * report's "Bilaga: underlag" alone on its page; a signature page with
 * one block), it goes there; otherwise the page before gives its tail
 * to the last page, when it stays three fifths full (Norrvik 2024: "Mål
 * och utfall" goes over to Uppföljning and the Bilaga).  Else the pages
 * are laid out as usual. */
static int
paginate_balanced(struct lay *L, struct paginator *p)
{
	static const float factors[] = { 0.9f, 0.8f, 0.7f, 0.6f, SQUEEZE };
	float body = L->t->page_height - L->t->margin_top - L->t->margin_bottom, last;
	struct paginator q = { NULL, 0, 0, 0 };
	size_t k, from = L->nslices, force;

	if (paginate(L, p, L->nslices, L->nslices) != 0)
		return -1;
	last = last_page_height(L, p);
	if (p->page == 0 || last >= body * NEAR_EMPTY)
		return 0;
	for (k = 0; k < p->n; k++)
		if (p->pl[k].page + 1 == p->page && !p->pl[k].repeat) {
			from = p->pl[k].slice;
			break;
		}
	for (k = 0; from < L->nslices && k < sizeof(factors) / sizeof(factors[0]); k++) {
		L->balance_factor = factors[k];
		if (paginate(L, &q, from, L->nslices) == 0 && q.page < p->page) {
			free(p->pl);
			*p = q;
			return 0;
		}
	}
	L->balance_factor = SQUEEZE;
	force = tail_break(L, p, body, last);
	if (force < L->nslices && paginate(L, &q, L->nslices, force) == 0 && q.page == p->page) {
		free(p->pl);
		*p = q;
		return 0;
	}
	free(q.pl);
	return 0;
}

/* ---------- assembling pages ---------- */

static struct box *
page_box(struct page *pg, const struct box *src)
{
	xgrow((void **)&pg->boxes, &pg->cap, pg->n + 1, sizeof(*pg->boxes));
	pg->boxes[pg->n] = *src;
	return &pg->boxes[pg->n++];
}

/* A box that is not content: page furniture. */
static struct box
artifact(enum box_kind kind)
{
	struct box b;

	memset(&b, 0, sizeof(b));
	b.kind = kind;
	b.role = DROLE_ARTIFACT;
	b.block = -1;
	b.ref = -1;
	b.node = -1;
	b.artifact = ART_LAYOUT;
	return b;
}

static void
page_text(struct lay *L, struct page *pg, const char *text, float x, float y, int align_right,
    float size, struct color c, enum artifact_kind kind)
{
	struct box b = artifact(BOX_TEXT);

	b.artifact = kind;
	if (text == NULL || *text == '\0')
		return;
	b.face = FACE_REGULAR;
	b.size = size;
	b.color = c;
	b.text = text;
	b.x = align_right ? x - layout_text_measure(L, text, strlen(text), FACE_REGULAR, size, 0) : x;
	b.y = y;
	page_box(pg, &b);
}

/* s, or as much of it as fits in width followed by an ellipsis, in the
 * layout's arena: a binary search over the character boundaries. */
static char *
fit_text(struct lay *L, const char *s, float width, float size)
{
	static const char ell[] = "\xe2\x80\xa6";	/* U+2026 */
	size_t len = strlen(s), lo = 0, hi = len, mid;
	float we;
	char *out;

	if (layout_text_measure(L, s, len, FACE_REGULAR, size, 0) <= width)
		return arena_strdup(L->a, s);
	we = layout_text_measure(L, ell, 3, FACE_REGULAR, size, 0);
	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		while (mid > lo && (s[mid] & 0xC0) == 0x80)
			mid--;
		if (mid > lo && layout_text_measure(L, s, mid, FACE_REGULAR, size, 0) + we <= width)
			lo = mid;
		else {
			hi = mid == lo ? lo : mid - 1;
			while (hi > lo && (s[hi] & 0xC0) == 0x80)
				hi--;
		}
	}
	/* at a word's end when the cut falls inside a word ("… för
	 * våldsutsatta kvinn…" reads as a misprint), unless that loses
	 * half of what fits (a long diarienummer is cut inside), and
	 * without a dash, comma or colon left hanging before the ellipsis */
	if (lo < len && s[lo] != ' ') {
		size_t w = lo;

		while (w > 0 && s[w - 1] != ' ')
			w--;
		if (w > 0 && w >= lo / 2)
			lo = w;
	}
	for (;;) {
		if (lo > 0 && strchr(" ,:;", s[lo - 1]) != NULL)
			lo--;
		else if (lo >= 3 && memcmp(s + lo - 3, "\xe2\x80\x93", 3) == 0)
			lo -= 3;	/* en dash */
		else if (lo >= 2 && memcmp(s + lo - 2, "\xc2\xb7", 2) == 0)
			lo -= 2;	/* middle dot */
		else
			break;
	}
	out = arena_alloc(L->a, lo + sizeof(ell));
	memcpy(out, s, lo);
	memcpy(out + lo, ell, sizeof(ell));
	return out;
}

static void
decorate(struct lay *L, size_t pageno, struct page *pg)
{
	const struct template *t = L->t;
	const struct doc *d = L->doc;
	struct template_fields f = { d->running_title != NULL ? d->running_title : d->title,
	    d->effort, d->diarienummer, d->date_text,
	    (int)pageno + 1, (int)L->out->npages };
	const char *pats[4] = { t->header_left, t->header_right, t->footer_left, t->footer_right };
	float ys[4] = { t->page_height - t->header_offset, t->page_height - t->header_offset,
	    t->footer_offset, t->footer_offset };
	/* the running heads span the frame, as the tables do */
	float xs[4] = { t->table_margin_left, t->page_width - t->table_margin_right,
	    t->table_margin_left, t->page_width - t->table_margin_right };
	float frame = t->page_width - t->table_margin_left - t->table_margin_right;
	struct box b;
	int i, cover = pageno == 0 && d->cover;

	/* i = 0 the header, 2 the footer; a report's first page has its
	 * title block and no header over it (the footer stays); a cover
	 * page has neither (it counts as page 1) */
	for (i = cover ? 4 : pageno == 0 && d->no_first_header ? 2 : 0; i < 4; i += 2) {
		char *left = template_expand(pats[i], &f), *right = template_expand(pats[i + 1], &f);
		float wl = layout_text_measure(L, left, strlen(left), FACE_REGULAR, t->size_small, 0);
		float room = frame, wr, wlast;
		const char *rtext;
		/* the right text as on the page of the most digits, the
		 * last: the left is cut for it on every page, so that one
		 * report has one footer ("Sida 9 av 12" is a digit narrower
		 * than "Sida 10 av 12": a long title was cut a letter later
		 * on pages 1-9) */
		struct template_fields fl = f;
		char *last;

		fl.page = fl.pages;
		last = template_expand(pats[i + 1], &fl);

		/* The right text (the page number) wins, up to half the line
		 * when there is a left text too; what does not fit is cut
		 * short with an ellipsis rather than run into the other. */
		if (*left != '\0' && frame - 12 - wl < room) {
			room = frame - 13 - wl;	/* a point for rounding */
			if (room < (frame - 12) / 2)
				room = (frame - 12) / 2;
		}
		rtext = fit_text(L, last, room, t->size_small);
		wlast = layout_text_measure(L, rtext, strlen(rtext), FACE_REGULAR, t->size_small, 0);
		rtext = fit_text(L, right, room, t->size_small);
		wr = layout_text_measure(L, rtext, strlen(rtext), FACE_REGULAR, t->size_small, 0);
		if (wlast > wr)
			wr = wlast;
		page_text(L, pg, fit_text(L, left, frame - wr - (wr > 0 ? 12 : 0),
		    t->size_small), xs[i], ys[i], false, t->size_small, t->color_muted,
		    i == 0 ? ART_HEADER : ART_FOOTER);
		page_text(L, pg, rtext, xs[i + 1], ys[i + 1],
		    true, t->size_small, t->color_muted, i == 0 ? ART_HEADER : ART_FOOTER);
		free(left);
		free(right);
		free(last);
	}
	/* A hairline under the header and over the footer. */
	b = artifact(BOX_LINE);
	b.line_width = 0.4f;
	b.color = t->color_rule;
	b.x = t->table_margin_left;
	b.x2 = t->page_width - t->table_margin_right;
	b.y = b.y2 = t->page_height - t->header_offset - 4;
	if (!(pageno == 0 && d->no_first_header) && !cover)
		page_box(pg, &b);
	b.y = b.y2 = t->footer_offset + t->size_small + 2;
	if (!cover)
		page_box(pg, &b);

	if (d->draft) {
		float size = t->size_draft;
		float w = layout_text_measure(L, t->label_draft, strlen(t->label_draft), FACE_BOLD, size, 0);
		float c = 0.70710678f;	/* cos 45 = sin 45 */

		b = artifact(BOX_TEXT);
		b.artifact = ART_WATERMARK;
		b.face = FACE_BOLD;
		b.size = size;
		b.angle = 45;
		b.color = t->color_draft;
		b.text = t->label_draft;
		/* Centre the word's middle on the page's middle. */
		b.x = t->page_width / 2 - (w / 2) * c + (size * 0.35f) * c;
		b.y = t->page_height / 2 - (w / 2) * c - (size * 0.35f) * c;
		/* Draw it first, under the text. */
		page_box(pg, &b);
		memmove(pg->boxes + 1, pg->boxes, (pg->n - 1) * sizeof(*pg->boxes));
		pg->boxes[0] = b;
	}
}

static void
assemble(struct lay *L, struct paginator *p)
{
	struct layout *out = L->out;
	float ph = L->t->page_height;
	size_t i, k;

	out->npages = p->n > 0 ? p->pl[p->n - 1].page + 1 : 1;
	out->pages = xcalloc(out->npages, sizeof(*out->pages));
	for (i = 0; i < p->n; i++) {
		struct placement *pl = &p->pl[i];
		const struct slice *s = placed_slice(L, pl);
		struct page *pg = &out->pages[pl->page];

		if (s->outline >= 0 && out->outlines[s->outline].page == (size_t)-1) {
			out->outlines[s->outline].page = pl->page;
			out->outlines[s->outline].y = ph - pl->top;
		}
		for (k = 0; k < s->n; k++) {
			struct box *b = page_box(pg, &L->pool[s->first + k]);

			if (pl->repeat) {
				/* the Table has its header once, where it begins */
				b->node = -1;
				b->role = DROLE_ARTIFACT;
				b->artifact = ART_LAYOUT;
			}
			if (b->kind == BOX_RECT || b->kind == BOX_IMAGE) {
				b->y = ph - pl->top - b->y;
			} else {
				b->y = ph - pl->top - b->y;
				if (b->kind == BOX_LINE)
					b->y2 = ph - pl->top - b->y2;
			}
			if (b->kind == BOX_TEXT && b->ref >= 0) {
				xgrow((void **)&L->refs, &L->refs_cap, L->nrefs + 1, sizeof(*L->refs));
				L->refs[L->nrefs].page = pl->page;
				L->refs[L->nrefs].box = pg->n - 1;
				L->refs[L->nrefs].outline = b->ref;
				L->refs[L->nrefs].right = b->x;
				L->nrefs++;
				b->ref = -1;
			}
		}
	}
	/* Page numbers in the table of contents. */
	for (i = 0; i < L->nrefs; i++) {
		struct ref *r = &L->refs[i];
		struct box *b = &out->pages[r->page].boxes[r->box];
		size_t pg = r->outline >= 0 && (size_t)r->outline < out->noutlines ?
		    out->outlines[r->outline].page : 0;

		b->text = arena_printf(L->a, "%zu", pg + 1);
		b->x = r->right - layout_text_measure(L, b->text, strlen(b->text), b->face, b->size, 0);
	}
	for (i = 0; i < out->npages; i++)
		decorate(L, i, &out->pages[i]);
}

/* Every heading is a bookmark; its page is known after pagination. */
static void
outlines(const struct doc *d, struct layout *out)
{
	const struct doc_node *n;
	size_t k = 0;

	for (n = d->root.first; n != NULL; n = doc_next(n, &d->root))
		if (n->level > 0)
			out->noutlines++;
	out->outlines = xcalloc(out->noutlines + 1, sizeof(*out->outlines));
	for (n = d->root.first; n != NULL; n = doc_next(n, &d->root))
		if (n->level > 0) {
			out->outlines[k].title = n->outline;
			out->outlines[k].level = n->level;
			out->outlines[k].page = (size_t)-1;
			k++;
		}
}

/* The template's logo, opening the first page. */
static void
logo(struct lay *L)
{
	const struct template *t = L->t;
	const struct metrics *m = L->m;
	float ratio = m->image_ratio != NULL ? m->image_ratio(m->ctx, t->logo) : -1;
	/* Within the text width and a third of its height, the shape kept: a
	 * tall or wide logo never leaves the page. */
	float body = t->page_height - t->margin_top - t->margin_bottom;
	float lw = t->logo_width < L->width ? t->logo_width : L->width;
	struct slice *s;
	struct box *img;
	float room, head_y = 0, head_h;

	if (ratio <= 0) {
		L->errors++;
		return;
	}
	if (lw * ratio > body / 3)
		lw = body / 3 / ratio;
	/* the letterhead beside the logo, or below it when the logo leaves
	 * less than a third of the width */
	room = L->width - lw - 12;
	if (room < L->width / 3) {
		room = L->width;
		head_y = lw * ratio + 6;
	}
	head_h = layout_letterhead_height(L, room);
	if (head_h > 0 && head_y > 0)
		head_h += head_y;
	s = layout_slice(L, (lw * ratio > head_h ? lw * ratio : head_h) + 14);

	L->node = layout_node(L, SR_FIGURE, 0);
	L->out->nodes[L->node].alt = t->logo_alt;
	img = layout_box(L, BOX_IMAGE, DROLE_FIGURE, -1);

	img->x = L->left;
	img->y = lw * ratio;	/* relative: bottom edge */
	img->x2 = lw;
	img->y2 = lw * ratio;
	img->text = t->logo;
	layout_letterhead(L, room, head_y);
	layout_slice_end(L, s);
	s->break_after = 0;
}

/* The letterhead texts on their own, without the template's logo. */
static void
letterhead_alone(struct lay *L)
{
	float h = layout_letterhead_height(L, L->width);
	struct slice *s;

	if (h <= 0)
		return;
	s = layout_slice(L, h + 14);
	layout_letterhead(L, L->width, 0);
	layout_slice_end(L, s);
	s->break_after = 0;
}

int
layout_doc(const struct doc *d, const struct template *t, const struct metrics *m,
    struct layout *out)
{
	struct lay L;
	struct paginator p = { NULL, 0, 0, 0 };
	int rc;

	memset(out, 0, sizeof(*out));
	memset(&L, 0, sizeof(L));
	L.doc = d;
	L.t = t;
	L.m = m;
	L.a = d->arena;
	L.out = out;
	L.left = t->margin_left;
	L.width = t->page_width - t->margin_left - t->margin_right;
	L.list = -1;
	L.sq_factor = 1;
	L.balance_factor = SQUEEZE;
	out->page_width = t->page_width;
	out->page_height = t->page_height;

	outlines(d, out);
	L.parent = layout_node(&L, SR_DOCUMENT, -1);
	/* Party logos make a co-branded head in place of the template's
	 * logo: the kommun's logo is its party's, not printed twice. */
	if (d->nlogos > 0) {
		letterhead_alone(&L);
		layout_party_logos(&L);
	} else if (t->logo != NULL)
		logo(&L);
	else
		letterhead_alone(&L);
	layout_children(&L, &d->root);
	keep_short_sections(&L);
	keep_headings(&L);
	spread_cover(&L);
	if (L.errors == 0)
		shrink_to_stay(&L);
	rc = L.errors > 0 ? -1 : paginate_balanced(&L, &p);
	if (rc == 0) {
		size_t k;

		assemble(&L, &p);
		for (k = 0; k < out->noutlines; k++)
			if (out->outlines[k].page == (size_t)-1)
				out->outlines[k].page = 0;
		rc = L.errors > 0 ? -1 : 0;
	}
	free(p.pl);
	free(L.slices);
	free(L.conts);
	free(L.pool);
	free(L.refs);
	return rc;
}

void
layout_free(struct layout *l)
{
	size_t i;

	for (i = 0; i < l->npages; i++)
		free(l->pages[i].boxes);
	free(l->pages);
	free(l->outlines);
	free(l->nodes);
	memset(l, 0, sizeof(*l));
}
