/* The layout engine.  Every block becomes a run of slices: vertical units
 * that never split (a line of a paragraph, a table row, a row of
 * signature blocks), with a flag saying whether a page may end after
 * each.  Paragraph breaking (linebreak.c) decides the lines; the
 * paginator then fills pages, moving back to the last allowed break when
 * a slice does not fit, so that headings stay with their text, no
 * paragraph leaves a single line behind or ahead, and a table continued
 * on the next page gets its header row again.  Headers, footers, page
 * numbers and the draft mark are added last, when the page count is
 * known. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "format.h"
#include "layout.h"
#include "linebreak.h"
#include "limit.h"
#include "mem.h"
#include "template.h"
#include "utf8.h"

/* Baseline below the top of a line box, as a fraction of the size; the
 * rest of the leading is split above and below. */
#define ASCENT		0.78f
/* The fonts' descenders below the baseline, as a fraction of the size. */
#define DESCENT		0.22f
#define CELL_PAD_X	4.0f
#define CELL_PAD_Y	2.5f
#define SIG_GAP		28.0f
/* Loosest spacing a justified line is set with: spaces 1 + 0.6 x 4 times
 * their natural width. */
#define JUSTIFY_MAX	4.0f
/* Most of the text height a table's repeated header rows may take. */
#define HEAD_REPEAT_MAX	(1.0f / 3)
/* Narrowest text column, as a part of the page's: lists nested deeper
 * than this allows stand at the last indent that leaves it. */
#define MIN_COLUMN	(1.0f / 3)
/* Least space between a list label and its item's text, of the size. */
#define LABEL_GAP	0.4f

struct slice {
	float	 height, space_before;
	int	 break_after;	/* a page may end after this slice */
	int	 page_break;	/* start a new page here (no content) */
	int	 table;		/* index of its table, or -1 */
	int	 header;	/* a header row of that table */
	int	 outline;	/* heading starting here, or -1 */
	float	 min_top;	/* place at least this far below the margin */
	size_t	 first, n;	/* boxes in the pool; y relative to the slice top */
};

/* A page-number reference: text filled in once pages are known. */
struct ref {
	size_t	 page, box;
	int	 outline;
	float	 right;		/* right edge, pt */
};

struct fragment {
	const char	*text;
	enum face	 face;
	float		 x, width, word_space;
};

struct tline {
	struct fragment	*frag;
	size_t		 n;
};

struct lay {
	const struct doc	*doc;
	const struct template	*t;
	const struct metrics	*m;
	struct arena		*a;
	struct slice		*slices;
	size_t			 nslices, slices_cap;
	struct box		*pool;
	size_t			 npool, pool_cap;
	struct layout		*out;
	struct ref		*refs;
	size_t			 nrefs, refs_cap;
	int			 ntables;
	int			 noutline;	/* headings seen so far */
	float			 pending_space;
	float			 left, width;	/* text column, pt */
	int			 errors;
	uint32_t		 reported[64];	/* characters already reported */
	size_t			 nreported;
	int			 node;		/* structure node of new boxes */
	/* open lists, outermost first: a list item deeper in indent
	 * than the last opens a list inside that item; past 12 levels
	 * (L, LI, LBody each: 36 deep) the structure is flattened, as
	 * readers stop there (pdf.js, Firefox's, at a depth of 40) */
	struct open_list {
		float	indent;
		int	list, body;	/* L node, LBody of its last item */
	}			 lists[12];
	int			 nlists;
};

/* ---------- measuring ---------- */

static int
advance(struct lay *L, enum face face, uint32_t cp, long line)
{
	int w = L->m->advance(L->m->ctx, face, cp);
	size_t i;

	if (w >= 0)
		return w;
	for (i = 0; i < L->nreported; i++)
		if (L->reported[i] == cp)
			return 500;
	if (L->nreported < sizeof(L->reported) / sizeof(L->reported[0]))
		L->reported[L->nreported++] = cp;
	{
		char ch[8] = { 0 }, shown[16];

		utf8_encode(cp, ch);
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
			snprintf(shown, sizeof(shown), "(control)");
		else
			snprintf(shown, sizeof(shown), "\"%s\"", ch);
		diag(L->doc->path, line, MSG_GLYPH, shown, (unsigned long)cp);
	}
	L->errors++;
	return 500;
}

static float
measure(struct lay *L, const char *s, size_t len, enum face face, float size, long line)
{
	float w = 0;
	uint32_t cp;
	size_t k;

	while (len > 0) {
		k = utf8_decode(s, len, &cp);
		if (k == 0)
			k = 1;
		w += (float)advance(L, face, cp, line);
		s += k;
		len -= k;
	}
	return w * size / 1000.0f;
}

float
layout_text_width(const struct metrics *m, const char *s, enum face face, float size)
{
	float w = 0;
	size_t len = strlen(s), k;
	uint32_t cp;

	while (len > 0) {
		int a;

		k = utf8_decode(s, len, &cp);
		if (k == 0)
			k = 1;
		a = m->advance(m->ctx, face, cp);
		w += (float)(a >= 0 ? a : 500);
		s += k;
		len -= k;
	}
	return w * size / 1000.0f;
}

/* ---------- boxes and slices ---------- */

static struct box *
pool_box(struct lay *L, enum box_kind kind, enum doc_role role, int block)
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

static int
new_node(struct lay *L, enum struct_role role, int parent)
{
	struct layout *o = L->out;
	struct struct_node *n;

	xgrow((void **)&o->nodes, &o->nodes_cap, o->nnodes + 1, sizeof(*o->nodes));
	n = &o->nodes[o->nnodes];
	n->role = role;
	n->parent = parent;
	n->alt = NULL;
	n->lang = NULL;
	return (int)o->nnodes++;
}

/* Closes the open lists indented deeper than indent. */
static void
close_lists(struct lay *L, float indent)
{
	while (L->nlists > 0 && L->lists[L->nlists - 1].indent > indent + 0.01f)
		L->nlists--;
}

/* The node a block at this indent belongs in: the body of an open list
 * item it is indented under, or the document (closing the lists). */
static int
container(struct lay *L, float indent)
{
	close_lists(L, indent);
	return L->nlists > 0 ? L->lists[L->nlists - 1].body : 0;
}

/* A list item at this indent: its LI in the right list, with Lbl and
 * LBody; *label gets the Lbl node, the LBody is returned. */
static int
list_item(struct lay *L, float indent, int *label)
{
	int li, body;

	close_lists(L, indent);
	if (L->nlists == 0 || L->lists[L->nlists - 1].indent < indent - 0.01f) {
		int parent;

		/* deeper than anyone writes: a list beside the deepest, in
		 * the same item (the parent chosen after, so the depth stays) */
		if (L->nlists == (int)(sizeof(L->lists) / sizeof(L->lists[0])))
			L->nlists--;
		parent = L->nlists > 0 ? L->lists[L->nlists - 1].body : 0;
		L->lists[L->nlists].indent = indent;
		L->lists[L->nlists].list = new_node(L, SR_L, parent);
		L->nlists++;
	}
	li = new_node(L, SR_LI, L->lists[L->nlists - 1].list);
	*label = new_node(L, SR_LBL, li);
	body = new_node(L, SR_LBODY, li);
	L->lists[L->nlists - 1].body = body;
	return body;
}

static struct slice *
new_slice(struct lay *L, float height)
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

/* Boxes added since the slice began belong to it. */
static void
end_slice(struct lay *L, struct slice *s)
{
	s->n = L->npool - s->first;
}

static void
text_box(struct lay *L, const struct fragment *f, float x, float y, float size,
    struct color color, enum doc_role role, int block)
{
	struct box *b = pool_box(L, BOX_TEXT, role, block);

	b->x = x + f->x;
	b->y = y;
	b->face = f->face;
	b->size = size;
	b->word_space = f->word_space;
	b->color = color;
	b->text = f->text;
}

static void
rule_box(struct lay *L, float x1, float y1, float x2, float y2, float w, struct color c)
{
	struct box *b = pool_box(L, BOX_LINE, DROLE_ARTIFACT, -1);

	b->x = x1;
	b->y = y1;
	b->x2 = x2;
	b->y2 = y2;
	b->line_width = w;
	b->color = c;
}

/* The indent a block is drawn at: its own, unless that leaves less than
 * the narrowest column (lists nested 30 deep would otherwise run off the
 * page).  The structure keeps the block's own indent, so the nesting is
 * still tagged as written. */
static float
drawn_indent(const struct lay *L, float indent)
{
	float most = L->width * (1 - MIN_COLUMN);

	return indent < most ? indent : most;
}

/* ---------- typesetting a paragraph ---------- */

struct piece {
	const char	*s;
	size_t		 len;
	enum face	 face;
};

struct items {
	struct lb_item	*it;
	struct piece	*pc;
	size_t		 n, cap;
};

static void
add_item(struct items *v, enum lb_type type, float w, float st, float sh, int pen,
    const char *s, size_t len, enum face face)
{
	xgrow((void **)&v->it, &v->cap, v->n + 1, sizeof(*v->it));
	{
		size_t cap = v->cap;

		v->pc = xrealloc(v->pc, cap * sizeof(*v->pc));
	}
	v->it[v->n].type = type;
	v->it[v->n].width = w;
	v->it[v->n].stretch = st;
	v->it[v->n].shrink = sh;
	v->it[v->n].penalty = pen;
	v->pc[v->n].s = s;
	v->pc[v->n].len = len;
	v->pc[v->n].face = face;
	v->n++;
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

static int
next_is_letter(const char *s, size_t len)
{
	uint32_t cp;

	return utf8_decode(s, len, &cp) > 0 && is_letter(cp);
}

/* A word: one box, with break chances after inner hyphens and slashes,
 * and cut into pieces when it is wider than the line. */
static void
add_word(struct lay *L, struct items *v, const char *s, size_t len, enum face face,
    float size, float width, long line)
{
	size_t start = 0, i = 0, k;
	uint32_t cp, prev = 0;
	float w = 0;

	while (i < len) {
		float cw;

		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0)
			k = 1;
		cw = (float)advance(L, face, cp, line) * size / 1000.0f;
		if (w + cw > width && i > start) {
			/* Wider than the line: cut here. */
			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, 0, NULL, 0, face);
			start = i;
			w = 0;
		}
		w += cw;
		i += k;
		/* A break after "-" or "/" only between letters: "Integration-
		 * och", never inside 2019-01-01 or 1/2. */
		if ((cp == '-' || cp == '/' || cp == 0x2013) && i - start > 2 && i < len &&
		    is_letter(prev) && next_is_letter(s + i, len - i)) {
			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, 50, NULL, 0, face);
			start = i;
			w = 0;
		}
		prev = cp;
	}
	if (i > start)
		add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
}

static void
build_items(struct lay *L, struct items *v, const struct doc_text *t, float size,
    float width, int justify)
{
	const struct doc_span *sp;

	for (sp = t->first; sp != NULL; sp = sp->next) {
		const char *s = sp->text, *w;
		float space = measure(L, " ", 1, sp->face, size, sp->line);

		while (*s != '\0') {
			if (*s == ' ' || *s == '\n' || *s == '\t') {
				/* One glue for a run of spaces, none at the start. */
				if (v->n > 0 && v->it[v->n - 1].type != LB_GLUE)
					add_item(v, LB_GLUE, space, justify ? space * 0.6f : 0,
					    justify ? space * 0.3f : 0, 0, " ", 1, sp->face);
				s++;
				continue;
			}
			for (w = s; *s != '\0' && *s != ' ' && *s != '\n' && *s != '\t'; s++)
				continue;
			add_word(L, v, w, (size_t)(s - w), sp->face, size, width, sp->line);
		}
	}
	/* Drop a trailing space, then end the paragraph: fill glue and a
	 * forced break. */
	if (v->n > 0 && v->it[v->n - 1].type == LB_GLUE)
		v->n--;
	add_item(v, LB_GLUE, 0, 1e6f, 0, 0, NULL, 0, FACE_REGULAR);
	add_item(v, LB_PENALTY, 0, 0, 0, LB_FORCE, NULL, 0, FACE_REGULAR);
}

/* Sets text into lines of at most width; returns the lines in the arena. */
static size_t
typeset(struct lay *L, const struct doc_text *t, float size, float width,
    enum doc_align align, struct tline **out)
{
	struct items v = { NULL, NULL, 0, 0 };
	size_t *breaks, nlines, k, start = 0;
	float *ratios;
	struct tline *lines;
	int justify = align == DALIGN_JUSTIFY;

	*out = NULL;
	if (t->first == NULL)
		return 0;
	build_items(L, &v, t, size, width, justify);
	breaks = xcalloc(v.n + 1, sizeof(*breaks));
	ratios = xcalloc(v.n + 1, sizeof(*ratios));
	nlines = linebreak(v.it, v.n, width, !justify, breaks, ratios);
	lines = arena_alloc(L->a, (nlines + 1) * sizeof(*lines));

	for (k = 0; k < nlines; k++) {
		size_t end = breaks[k], i, nf = 0;
		int last = k + 1 == nlines;
		float r = ratios[k], x = 0, natural = 0, shift = 0;
		struct fragment *fr;
		struct buf_s { char *p; size_t n, cap; } text = { NULL, 0, 0 };

		/* A line too loose to justify (before a word cut because it is
		 * wider than the line, say) is set flush left instead of
		 * with gaping spaces. */
		if (!justify || (last && r > 0) || r > JUSTIFY_MAX)
			r = 0;
		/* Skip glue and penalties at the line start. */
		while (start < end && v.it[start].type != LB_BOX)
			start++;
		fr = arena_alloc(L->a, (end - start + 1) * sizeof(*fr));
		for (i = start; i < end; i++)
			if (v.it[i].type != LB_PENALTY)
				natural += v.it[i].width;
		if (align == DALIGN_RIGHT)
			shift = width - natural;
		else if (align == DALIGN_CENTER)
			shift = (width - natural) / 2;
		x = shift;
		for (i = start; i < end; i++) {
			const struct lb_item *it = &v.it[i];
			const struct piece *pc = &v.pc[i];
			float gw;

			if (it->type == LB_PENALTY || (it->type == LB_GLUE && pc->s == NULL))
				continue;
			if (it->type == LB_BOX) {
				if (nf == 0 || fr[nf - 1].face != pc->face) {
					if (nf > 0) {
						fr[nf - 1].text = arena_strndup(L->a, text.p, text.n);
						text.n = 0;
					}
					fr[nf].face = pc->face;
					fr[nf].x = x;
					fr[nf].width = 0;
					fr[nf].word_space = 0;
					nf++;
				}
				xgrow((void **)&text.p, &text.cap, text.n + pc->len + 2, 1);
				memcpy(text.p + text.n, pc->s, pc->len);
				text.n += pc->len;
				x += it->width;
				continue;
			}
			/* Glue: a space in the fragment before it. */
			gw = it->width + (r > 0 ? r * it->stretch : r * it->shrink);
			if (nf > 0) {
				xgrow((void **)&text.p, &text.cap, text.n + 2, 1);
				text.p[text.n++] = ' ';
				fr[nf - 1].word_space = gw - it->width;
			}
			x += gw;
		}
		/* Keep the breaking space at the line end: readers that follow
		 * the text order then see words apart. */
		if (nf > 0 && end < v.n && v.it[end].type == LB_GLUE && v.pc[end].s != NULL) {
			xgrow((void **)&text.p, &text.cap, text.n + 2, 1);
			text.p[text.n++] = ' ';
		}
		if (nf > 0)
			fr[nf - 1].text = arena_strndup(L->a, text.p != NULL ? text.p : "", text.n);
		free(text.p);
		lines[k].frag = fr;
		lines[k].n = nf;
		start = end + 1;
	}
	free(breaks);
	free(ratios);
	free(v.it);
	free(v.pc);
	*out = lines;
	return nlines;
}

static float
line_height(float size, float leading)
{
	return size * leading;
}

static float
baseline(float size, float leading)
{
	return size * ASCENT + size * (leading - 1.0f) / 2.0f;
}

/* ---------- blocks ---------- */

static void
layout_para(struct lay *L, const struct doc_block *b, int block)
{
	struct tline *lines;
	float indent = b->indent, drawn = drawn_indent(L, indent);
	float x = L->left + drawn, w = L->width - drawn;
	float lh = line_height(b->size, b->leading);
	size_t n, k;
	int body, label = -1;

	L->pending_space += b->space_before;
	/* A label wider than the hanging indent (99998., 2000)) moves its
	 * item's text right rather than print over it. */
	if (b->label != NULL) {
		float over = measure(L, b->label, strlen(b->label), FACE_REGULAR, b->size, 0) +
		    b->size * LABEL_GAP - L->t->list_indent;

		if (over > 0) {
			x += over;
			w -= over;
		}
	}
	n = typeset(L, &b->text, b->size, w, b->align, &lines);
	if (n == 0) {
		L->pending_space += b->space_after;
		return;
	}
	switch (b->role) {
	case DROLE_LI:
		body = list_item(L, indent, &label);
		break;
	case DROLE_TITLE:
	case DROLE_H1:
	case DROLE_H2:
	case DROLE_H3:
		L->nlists = 0;
		body = new_node(L, b->role == DROLE_H2 ? SR_H2 : b->role == DROLE_H3 ? SR_H3 : SR_H1, 0);
		break;
	default:
		body = new_node(L, SR_P, container(L, indent));
		break;
	}
	if (b->lang != NULL) {
		/* on the item, for its label and body alike */
		int at = b->role == DROLE_LI ? L->out->nodes[body].parent : body;

		L->out->nodes[at].lang = b->lang;
	}
	for (k = 0; k < n; k++) {
		struct slice *s = new_slice(L, lh);
		size_t f;

		if (k == 0) {
			s->min_top = b->offset;
			if (b->level > 0)
				s->outline = L->noutline++;
			if (b->label != NULL) {
				struct fragment lf = { b->label, FACE_REGULAR, 0, 0, 0 };

				L->node = label >= 0 ? label : body;
				text_box(L, &lf, L->left + drawn - L->t->list_indent,
				    baseline(b->size, b->leading), b->size, b->color, b->role, block);
			}
		}
		L->node = body;
		for (f = 0; f < lines[k].n; f++)
			text_box(L, &lines[k].frag[f], x, baseline(b->size, b->leading),
			    b->size, b->color, b->role, block);
		end_slice(L, s);
		/* Widows and orphans: two lines at least on either side. */
		s->break_after = k >= 1 && n - k - 1 >= 2;
		if (k + 1 == n)
			s->break_after = !b->keep_with_next;
	}
	L->pending_space = b->space_after;
}

/* Column widths: content-sized columns get their natural width (up to
 * 40 % of the table); every other column first gets its longest word,
 * then the rest of the width goes out in proportion to what each column
 * still wants for its text on one line; what is left over widens the
 * first flexible column. */
static void
table_columns(struct lay *L, const struct doc_table *tb, float avail, float *cw)
{
	float *nat = xcalloc(tb->ncols, sizeof(float)), *minw = xcalloc(tb->ncols, sizeof(float));
	float fixed = 0, rest, want = 0;
	size_t r, c, first_flex = tb->ncols;

	for (r = 0; r < tb->nrows; r++)
		for (c = 0; c < tb->ncols; c++) {
			const struct doc_span *sp;
			float w = 0;

			for (sp = tb->cells[r * tb->ncols + c].text.first; sp != NULL; sp = sp->next) {
				const char *s = sp->text, *wd;

				w += measure(L, sp->text, strlen(sp->text), sp->face, tb->size, sp->line);
				while (*s != '\0') {
					float ww;

					while (*s == ' ')
						s++;
					for (wd = s; *s != '\0' && *s != ' '; s++)
						continue;
					ww = measure(L, wd, (size_t)(s - wd), sp->face, tb->size, sp->line);
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
		if (tb->fixed[c]) {
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
		if (!tb->fixed[c])
			rest -= cw[c];
	if (rest < 0) {
		/* Even the longest words do not fit: share in proportion. */
		float total = 0;

		for (c = 0; c < tb->ncols; c++)
			if (!tb->fixed[c])
				total += cw[c];
		for (c = 0; c < tb->ncols; c++)
			if (!tb->fixed[c])
				cw[c] = (avail - fixed) * cw[c] / (total > 0 ? total : 1);
	} else {
		float give = rest < want ? rest : want;

		for (c = 0; c < tb->ncols; c++)
			if (!tb->fixed[c] && want > 0 && nat[c] > minw[c])
				cw[c] += give * (nat[c] - minw[c]) / want;
		if (rest > want && first_flex < tb->ncols)
			cw[first_flex] += rest - want;
	}
	free(nat);
	free(minw);
}

static void
layout_table(struct lay *L, const struct doc_block *b, int block)
{
	const struct doc_table *tb = b->table;
	const struct template *t = L->t;
	float x0 = L->left + drawn_indent(L, b->indent), avail = L->width - drawn_indent(L, b->indent);
	float *cw = xcalloc(tb->ncols, sizeof(float));
	float lh = line_height(tb->size, b->leading);
	struct color grid = t->color_rule;
	int table = L->ntables++;
	float body = t->page_height - t->margin_top - t->margin_bottom, head_h = 0, fit;
	size_t r, c, per, from, head_first = L->nslices;

	int tnode = new_node(L, SR_TABLE, container(L, b->indent)), cells[64];

	table_columns(L, tb, avail, cw);
	L->pending_space += b->space_before;
	for (r = 0; r < tb->nrows; r++) {
		struct tline *lines[64];
		size_t nl[64], maxl = 1;
		int header = r < tb->nhead, row = new_node(L, SR_TR, tnode);
		float h, x;
		struct slice *s;
		size_t ncols = tb->ncols < 64 ? tb->ncols : 64;

		/* Header rows taller than a third of a page are not repeated
		 * on the pages the table goes on to: they would leave little
		 * or no room for the rows under them. */
		if (r == tb->nhead && head_h > body * HEAD_REPEAT_MAX) {
			size_t k;

			for (k = head_first; k < L->nslices; k++)
				L->slices[k].header = 0;
			head_h = 0;
		}
		for (c = 0; c < ncols; c++) {
			const struct doc_cell *cell = &tb->cells[r * tb->ncols + c];

			/* every cell, empty or not: the table stays regular */
			cells[c] = new_node(L, header ? SR_TH : SR_TD, row);
			nl[c] = typeset(L, &cell->text, tb->size, cw[c] - 2 * CELL_PAD_X,
			    cell->align == DALIGN_RIGHT ? DALIGN_RIGHT : DALIGN_LEFT, &lines[c]);
			if (nl[c] > maxl)
				maxl = nl[c];
		}
		/* A row taller than a page goes on in pieces: as many of its
		 * lines as fit below the repeated header rows on each page. */
		fit = (body - head_h - 2 * CELL_PAD_Y) / lh;
		per = fit >= 1 && fit < 1e6f ? (size_t)fit : 1;
		for (from = 0; from < maxl; from += per) {
			size_t upto = from + per < maxl ? from + per : maxl;
			int first = from == 0, last = upto == maxl;

			h = (float)(upto - from) * lh + 2 * CELL_PAD_Y;
			s = new_slice(L, h);
			s->table = table;
			s->header = header;
			if (header) {
				struct box *bg = pool_box(L, BOX_RECT, DROLE_ARTIFACT, -1);

				bg->x = x0;
				bg->y = h;		/* relative: bottom edge below the top */
				bg->x2 = avail;
				bg->y2 = h;
				bg->color = t->color_table_head;
				rule_box(L, x0, 0, x0 + avail, 0, 0.8f, grid);
				rule_box(L, x0, h, x0 + avail, h, 0.8f, grid);
			} else if (!first)
				;	/* the same row goes on: no rule */
			else if (tb->total_row[r])
				rule_box(L, x0, 0, x0 + avail, 0, 0.8f, grid);
			else if (r > tb->nhead)
				rule_box(L, x0, 0, x0 + avail, 0, 0.25f, grid);
			if (r + 1 == tb->nrows && last)
				rule_box(L, x0, h, x0 + avail, h, 0.8f, grid);
			x = x0;
			for (c = 0; c < ncols; c++) {
				size_t k, f;

				L->node = cells[c];
				for (k = from; k < nl[c] && k < upto; k++)
					for (f = 0; f < lines[c][k].n; f++)
						text_box(L, &lines[c][k].frag[f], x + CELL_PAD_X,
						    CELL_PAD_Y + (float)(k - from) * lh +
						    baseline(tb->size, b->leading),
						    tb->size, b->color, DROLE_TABLE, block);
				x += cw[c];
			}
			end_slice(L, s);
			if (!last) {
				s->break_after = 1;
				continue;
			}
			/* Never end a page after the header, nor before a total. */
			s->break_after = !header && !(r + 1 < tb->nrows && tb->total_row[r + 1]);
			if (r + 1 == tb->nrows)
				s->break_after = !b->keep_with_next;
		}
		if (header)
			head_h += (float)maxl * lh + 2 * CELL_PAD_Y;
	}
	free(cw);
	L->pending_space = b->space_after;
}

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
	return typeset(L, &txt, size, w, DALIGN_LEFT, lines);
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
	L->node = new_node(L, SR_P, div);
	for (k = 0; k < n; k++)
		for (f = 0; f < lines[k].n; f++)
			text_box(L, &lines[k].frag[f], x, y + (float)k * lh, size, color, DROLE_P, block);
	return n;
}

/* The lines of the fields above the signature lines: those the blocks of
 * a row share, so that their rules stand level. */
struct sig_rows {
	size_t	head, place;
};

static void
sig_measure(struct lay *L, const struct doc_block *b, const struct doc_signatory *sg, float w,
    struct sig_rows *r)
{
	struct tline *lines;
	size_t n;

	n = typeset(L, &sg->for_text, b->size, w, DALIGN_LEFT, &lines);
	if (n > r->head)
		r->head = n;
	n = sig_typeset(L, sg->place_date, FACE_REGULAR, b->size, w, sg->place_line, &lines);
	if (n > r->place)
		r->place = n;
}

/* One signature block: the party, the place and date over their line,
 * the signature line and the name, title and organisation, every field
 * wrapped within the block's width w.  Returns its height; y grows down. */
static float
signature_cell(struct lay *L, const struct doc_block *b, const struct doc_signatory *sg,
    float x, float w, const struct sig_rows *row, int block, int parent)
{
	/* one Div a signatory, one P a field: read party by party, though
	 * the blocks stand two by two */
	int div = new_node(L, SR_DIV, parent);

	const struct template *t = L->t;
	float size = b->size, lh = line_height(size, b->leading), small = t->size_small;
	float slh = line_height(small, b->leading), y = 0;
	struct tline *lines;
	size_t n, k;

	n = typeset(L, &sg->for_text, size, w, DALIGN_LEFT, &lines);
	sig_draw(L, lines, n, x, baseline(size, b->leading), lh, size, b->color, block, div);
	/* The lines of a row of blocks start level, whatever the party's
	 * name and the place take. */
	y = (float)row->head * lh;
	/* Ort och datum: the place's last line just above its rule */
	y += SIG_GAP * 0.8f + (float)(row->place > 1 ? row->place - 1 : 0) * lh;
	n = sig_typeset(L, sg->place_date, FACE_REGULAR, size, w, sg->place_line, &lines);
	sig_draw(L, lines, n, x, y - 3 - (float)(n > 0 ? n - 1 : 0) * lh, lh, size, b->color,
	    block, div);
	rule_box(L, x, y, x + w, y, 0.5f, t->color_text);
	y += small + 1;
	n = sig_typeset(L, t->label_place_date, FACE_REGULAR, small, w, 0, &lines);
	y += (float)(n > 0 ? n - 1 : 0) * slh;
	sig_draw(L, lines, n, x, y - (float)(n > 0 ? n - 1 : 0) * slh, slh, small,
	    t->color_muted, block, div);
	/* Underskrift: room to sign between the label's descenders and the
	 * name's capitals, however large a template sets the label */
	y += SIG_GAP + 6 + fmaxf(0, DESCENT * (small - size));
	rule_box(L, x, y, x + w, y, 0.5f, t->color_text);
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
		rule_box(L, x, y, x + w, y, 0.5f, t->color_text);
		y += small + 1;
		n = sig_typeset(L, t->label_name, FACE_REGULAR, small, w, 0, &lines);
		sig_draw(L, lines, n, x, y, slh, small, t->color_muted, block, div);
		y += lh + (float)(n > 0 ? n - 1 : 0) * slh;
	}
	return y;
}

static void
layout_signatures(struct lay *L, const struct doc_block *b, int block)
{
	const struct doc_signatures *sg = b->sigs;
	float colw = (L->width - 30) / 2, total = 0;
	float body = L->t->page_height - L->t->margin_top - L->t->margin_bottom;
	size_t i, first = L->nslices;
	int parent = container(L, b->indent);

	L->pending_space += b->space_before;
	for (i = 0; i < sg->n; i += 2) {
		struct slice *s = new_slice(L, 0);
		struct sig_rows row = { 0, 0 };
		float h1, h2 = 0;

		sig_measure(L, b, &sg->sig[i], colw, &row);
		if (i + 1 < sg->n)
			sig_measure(L, b, &sg->sig[i + 1], colw, &row);
		h1 = signature_cell(L, b, &sg->sig[i], L->left, colw, &row, block, parent);
		if (i + 1 < sg->n)
			h2 = signature_cell(L, b, &sg->sig[i + 1], L->left + colw + 30, colw,
			    &row, block, parent);
		s->height = (h1 > h2 ? h1 : h2) + 18;
		total += s->height;
		end_slice(L, s);
		/* A row of blocks never splits: one taller than a page
		 * cannot be printed. */
		if (s->height > body) {
			const struct doc_signatory *tall = &sg->sig[i + 1 < sg->n && h2 > h1 ? i + 1 : i];

			diag(L->doc->path, tall->for_text.first != NULL ? tall->for_text.first->line : 0,
			    MSG_SIGNATURE_TALL);
			L->errors++;
		}
	}
	/* Keep the signatures on one page when they fit on one. */
	if (b->keep_together && total < body)
		for (i = first; i + 1 < L->nslices; i++)
			L->slices[i].break_after = 0;
	L->pending_space = b->space_after;
}

/* Table of contents: one line per heading marked for it, level 1 and 2,
 * with dot leaders and the page number filled in after pagination. */
static void
layout_toc(struct lay *L, const struct doc *d, const struct doc_block *b, int block)
{
	const struct template *t = L->t;
	const struct doc_block *h;
	float lh = line_height(b->size, b->leading), size = b->size;
	char widest[16];
	int nw = snprintf(widest, sizeof(widest), "%d", LIMIT_PAGES);	/* the most digits */
	float numw = measure(L, widest, (size_t)nw, FACE_REGULAR, size, 0);
	float dotw = measure(L, ". ", 2, FACE_REGULAR, size, 0);
	struct slice *s;
	int outline = 0;

	int toc;

	/* the title a paragraph before the TOC, which holds only entries;
	 * wrapped like a heading, and kept with the first entry */
	L->node = new_node(L, SR_P, container(L, b->indent));
	toc = new_node(L, SR_TOC, container(L, b->indent));
	{
		struct doc_text txt = { NULL, NULL };
		struct doc_span sp = { NULL, b->toc_title, FACE_BOLD, 0 };
		struct tline *lines;
		size_t n, k, f;

		txt.first = txt.last = &sp;
		n = typeset(L, &txt, t->size_h1, L->width, DALIGN_LEFT, &lines);
		for (k = 0; k < n; k++) {
			s = new_slice(L, line_height(t->size_h1, 1.2f));
			for (f = 0; f < lines[k].n; f++)
				text_box(L, &lines[k].frag[f], L->left, baseline(t->size_h1, 1.2f),
				    t->size_h1, t->color_heading, DROLE_TOC, block);
			end_slice(L, s);
			s->break_after = 0;
		}
	}
	L->pending_space = 6;
	for (h = d->first; h != NULL; h = h->next) {
		float indent, avail, x;
		struct tline *lines;
		size_t n, k, f;

		if (h->level == 0)
			continue;
		outline++;
		if (!h->in_toc || h->level > 2)
			continue;
		indent = h->level == 1 ? 0 : 18;
		avail = L->width - indent - numw - 12;
		{
			struct doc_text txt = { NULL, NULL };
			struct doc_span sp = { NULL, h->outline, h->level == 1 ? FACE_BOLD : FACE_REGULAR, 0 };

			txt.first = txt.last = &sp;
			n = typeset(L, &txt, size, avail, DALIGN_LEFT, &lines);
		}
		L->node = new_node(L, SR_TOCI, toc);
		for (k = 0; k < n; k++) {
			s = new_slice(L, lh);
			x = L->left + indent;
			for (f = 0; f < lines[k].n; f++)
				text_box(L, &lines[k].frag[f], x, baseline(size, b->leading), size,
				    b->color, DROLE_TOC, block);
			if (k + 1 == n) {
				const struct fragment *last = &lines[k].frag[lines[k].n - 1];
				float end = x + last->x + measure(L, last->text, strlen(last->text),
				    last->face, size, 0) + 6;
				float right = L->left + L->width;
				int ndots = (int)((right - numw - 6 - end) / dotw);
				struct box *pb;

				if (ndots > 0) {
					char *dots = arena_alloc(L->a, (size_t)ndots * 2 + 1);
					struct fragment df = { dots, FACE_REGULAR, 0, 0, 0 };
					int j;

					for (j = 0; j < ndots; j++)
						memcpy(dots + 2 * j, ". ", 2);
					dots[2 * ndots - 1] = '\0';
					text_box(L, &df, right - numw - 6 - (float)ndots * dotw + dotw - 2,
					    baseline(size, b->leading), size, t->color_muted,
					    DROLE_ARTIFACT, -1);
				}
				pb = pool_box(L, BOX_TEXT, DROLE_TOC, block);
				pb->y = baseline(size, b->leading);
				pb->face = FACE_REGULAR;
				pb->size = size;
				pb->color = b->color;
				pb->text = NULL;	/* filled in later */
				pb->x = right;
				pb->ref = outline - 1;
			}
			end_slice(L, s);
			s->break_after = 1;
		}
	}
	L->pending_space = b->space_after;
}

/* A bar chart: title, legend, then a row per label with its bars and
 * their values.  Series differ in grey level, with outlines, and every
 * bar carries its figure, so the chart reads in black and white. */
static void
layout_chart(struct lay *L, const struct doc_block *b, int block)
{
	static const struct color fills[] = {
		{ 0.16f, 0.24f, 0.40f }, { 0.78f, 0.80f, 0.84f }, { 0.50f, 0.53f, 0.58f },
		{ 1.0f, 1.0f, 1.0f },
	};
	const struct doc_chart *ch = b->chart;
	const struct template *t = L->t;
	float size = t->size_table, small = t->size_small;
	float label_w = L->width * 0.34f, value_room = 76, bar_h = size * 1.15f;
	float area, max = 0, x0 = L->left + label_w + 6;
	size_t r, s, nfill = sizeof(fills) / sizeof(fills[0]);
	struct slice *sl;
	struct fragment fr = { NULL, FACE_BOLD, 0, 0, 0 };
	float x;

	if (ch->nrows == 0 || ch->nseries == 0)
		return;
	for (r = 0; r < ch->nrows; r++) {
		double sum = 0;

		for (s = 0; s < ch->nseries; s++) {
			double v = ch->present[r * ch->nseries + s] ? ch->values[r * ch->nseries + s] : 0;

			if (ch->stacked)
				sum += v;
			else if (v > max)
				max = (float)v;
		}
		if (ch->stacked && sum > max)
			max = (float)sum;
	}
	if (max <= 0)
		max = 1;
	/* Room right of the longest bar for its figure, the widest there is
	 * (in bold, the wider face: a stacked bar's total). */
	{
		char num[64];
		float w;

		if (ch->money && max < 1e18f)
			number_format((long long)(max + 0.5f), num, sizeof(num));
		else
			snprintf(num, sizeof(num), "%.0f", (double)max);
		w = measure(L, num, strlen(num), FACE_BOLD, small, 0) + 6;
		if (w > value_room)
			value_room = w;
	}
	area = L->width - label_w - 6 - value_room;

	/* everything of the chart, bars too, is the figure's content; a
	 * reader says its /Alt, the figures in words */
	L->node = new_node(L, SR_FIGURE, container(L, b->indent));
	L->out->nodes[L->node].alt = ch->alt;
	L->pending_space += b->space_before;
	/* Title and legend. */
	sl = new_slice(L, line_height(size, 1.3f) + line_height(small, 1.6f));
	fr.text = ch->title;
	text_box(L, &fr, L->left, baseline(size, 1.3f), size, b->color, DROLE_FIGURE, block);
	for (x = L->left, s = 0; s < ch->nseries; s++) {
		struct box *sw = pool_box(L, BOX_RECT, DROLE_FIGURE, block);
		struct fragment lf = { ch->series[s], FACE_REGULAR, 0, 0, 0 };
		float y = line_height(size, 1.3f) + small * 1.1f;

		sw->x = x;
		sw->y = y;
		sw->x2 = small;
		sw->y2 = small * 0.9f;
		sw->color = fills[s % nfill];
		sw->line_width = 0.4f;
		text_box(L, &lf, x + small + 3, y, small, b->color, DROLE_FIGURE, block);
		x += small + 3 + measure(L, lf.text, strlen(lf.text), FACE_REGULAR, small, 0) + 14;
	}
	end_slice(L, sl);
	sl->break_after = 0;

	for (r = 0; r < ch->nrows; r++) {
		size_t bars = ch->stacked ? 1 : ch->nseries;
		float h = (float)bars * bar_h + 6, y = 3, bx = x0;
		struct tline *lines;
		struct doc_text txt = { NULL, NULL };
		struct doc_span sp = { NULL, ch->labels[r], FACE_REGULAR, 0 };
		size_t n, k, f;

		txt.first = txt.last = &sp;
		n = typeset(L, &txt, size, label_w, DALIGN_LEFT, &lines);
		if ((float)n * line_height(size, 1.2f) + 4 > h)
			h = (float)n * line_height(size, 1.2f) + 4;
		sl = new_slice(L, h);
		for (k = 0; k < n; k++)
			for (f = 0; f < lines[k].n; f++)
				text_box(L, &lines[k].frag[f], L->left,
				    2 + (float)k * line_height(size, 1.2f) + baseline(size, 1.2f),
				    size, b->color, DROLE_FIGURE, block);
		for (s = 0; s < ch->nseries; s++) {
			size_t i = r * ch->nseries + s;
			float w;
			char num[64];
			struct fragment vf = { NULL, FACE_REGULAR, 0, 0, 0 };

			if (!ch->present[i]) {
				if (!ch->stacked) {
					vf.text = "–";
					text_box(L, &vf, x0, y + bar_h * 0.78f, small, t->color_muted,
					    DROLE_FIGURE, block);
					y += bar_h;
				}
				continue;
			}
			w = (float)(ch->values[i] / max) * area;
			{
				struct box *bar = pool_box(L, BOX_RECT, DROLE_FIGURE, block);

				bar->x = bx;
				bar->y = y + bar_h - 2;	/* relative: bottom edge */
				bar->x2 = w > 0.5f ? w : 0.5f;
				bar->y2 = bar_h - 2;
				bar->color = fills[s % nfill];
				bar->line_width = 0.4f;
			}
			if (ch->money)
				number_format((long long)(ch->values[i] + 0.5), num, sizeof(num));
			else
				snprintf(num, sizeof(num), "%.0f", ch->values[i]);
			vf.text = arena_strdup(L->a, num);
			if (!ch->stacked) {
				text_box(L, &vf, bx + w + 3, y + bar_h * 0.72f, small, b->color,
				    DROLE_FIGURE, block);
				y += bar_h;
			} else {
				float tw = measure(L, vf.text, strlen(vf.text), FACE_REGULAR, small, 0);

				/* a segment's figure inside it when it fits */
				if (tw + 4 < w) {
					struct color c = s == 0 ? (struct color){ 1, 1, 1 } : b->color;

					text_box(L, &vf, bx + (w - tw) / 2, y + bar_h * 0.72f, small, c,
					    DROLE_FIGURE, block);
				}
				bx += w;
			}
		}
		if (ch->stacked) {
			double sum = 0;
			char num[64];
			struct fragment vf = { NULL, FACE_BOLD, 0, 0, 0 };

			for (s = 0; s < ch->nseries; s++)
				if (ch->present[r * ch->nseries + s])
					sum += ch->values[r * ch->nseries + s];
			if (ch->money)
				number_format((long long)(sum + 0.5), num, sizeof(num));
			else
				snprintf(num, sizeof(num), "%.0f", sum);
			vf.text = arena_strdup(L->a, num);
			text_box(L, &vf, bx + 3, y + bar_h * 0.72f, small, b->color, DROLE_FIGURE, block);
		}
		end_slice(L, sl);
		sl->break_after = r + 1 == ch->nrows;
	}
	L->pending_space = b->space_after;
}

/* ---------- pagination ---------- */

struct placement {
	size_t	slice;
	int	repeat;	/* a table's header rows again: page furniture */
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
	p->pl[p->n].page = p->page;
	p->pl[p->n].top = top;
	p->n++;
}

static int
paginate(struct lay *L, struct paginator *p)
{
	const struct template *t = L->t;
	float top = t->margin_top, bottom = t->page_height - t->margin_bottom;
	float y = top;
	size_t i = 0, page_start = 0, page_first_pl = 0;
	int empty = 1;

	p->page = 0;
	while (i < L->nslices) {
		struct slice *s = &L->slices[i];
		float sb = empty ? 0 : s->space_before;
		float at;

		if (s->page_break) {
			if (!empty) {
				if (p->page + 1 >= LIMIT_PAGES) {
					diag(L->doc->path, 0, MSG_PAGE_LIMIT, LIMIT_PAGES);
					return -1;
				}
				p->page++;
				y = top;
				empty = 1;
				page_first_pl = p->n;
			}
			page_start = ++i;
			continue;
		}
		at = y + sb;
		if (at < top + s->min_top)
			at = top + s->min_top;
		if (empty || at + s->height <= bottom) {
			/* A table continued from the last page repeats its header. */
			if (empty && s->table >= 0 && !s->header && i > 0) {
				size_t h;

				for (h = 0; h < i; h++)
					if (L->slices[h].table == s->table && L->slices[h].header &&
					    h < page_start) {
						place(p, h, y);
						p->pl[p->n - 1].repeat = 1;
						y += L->slices[h].height;
					}
				at = y;
			}
			place(p, i, at);
			y = at + s->height;
			empty = 0;
			i++;
			continue;
		}
		/* It does not fit: end the page at the last allowed break. */
		{
			size_t j = i, q;
			int found = 0;

			while (j > page_start) {
				j--;
				if (L->slices[j].break_after) {
					found = 1;
					break;
				}
			}
			if (found) {
				/* Take back the placements after slice j. */
				for (q = p->n; q > page_first_pl; q--)
					if (p->pl[q - 1].slice <= j && p->pl[q - 1].slice >= page_start)
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
	b.x = align_right ? x - measure(L, text, strlen(text), FACE_REGULAR, size, 0) : x;
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

	if (measure(L, s, len, FACE_REGULAR, size, 0) <= width)
		return arena_strdup(L->a, s);
	we = measure(L, ell, 3, FACE_REGULAR, size, 0);
	while (lo < hi) {
		mid = (lo + hi + 1) / 2;
		while (mid > lo && (s[mid] & 0xC0) == 0x80)
			mid--;
		if (mid > lo && measure(L, s, mid, FACE_REGULAR, size, 0) + we <= width)
			lo = mid;
		else {
			hi = mid == lo ? lo : mid - 1;
			while (hi > lo && (s[hi] & 0xC0) == 0x80)
				hi--;
		}
	}
	while (lo > 0 && s[lo - 1] == ' ')
		lo--;
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
	struct template_fields f = { d->title, d->effort, d->diarienummer, d->date_text,
	    (int)pageno + 1, (int)L->out->npages };
	const char *pats[4] = { t->header_left, t->header_right, t->footer_left, t->footer_right };
	float ys[4] = { t->page_height - t->header_offset, t->page_height - t->header_offset,
	    t->footer_offset, t->footer_offset };
	float xs[4] = { t->margin_left, t->page_width - t->margin_right,
	    t->margin_left, t->page_width - t->margin_right };
	struct box b;
	int i;

	for (i = 0; i < 4; i += 2) {
		char *left = template_expand(pats[i], &f), *right = template_expand(pats[i + 1], &f);
		float wl = measure(L, left, strlen(left), FACE_REGULAR, t->size_small, 0);
		float room = L->width, wr;
		const char *rtext;

		/* The right text (the page number) wins, up to half the line
		 * when there is a left text too; what does not fit is cut
		 * short with an ellipsis rather than run into the other. */
		if (*left != '\0' && L->width - 12 - wl < room) {
			room = L->width - 13 - wl;	/* a point for rounding */
			if (room < (L->width - 12) / 2)
				room = (L->width - 12) / 2;
		}
		rtext = fit_text(L, right, room, t->size_small);
		wr = measure(L, rtext, strlen(rtext), FACE_REGULAR, t->size_small, 0);
		page_text(L, pg, fit_text(L, left, L->width - wr - (wr > 0 ? 12 : 0),
		    t->size_small), xs[i], ys[i], false, t->size_small, t->color_muted,
		    i == 0 ? ART_HEADER : ART_FOOTER);
		page_text(L, pg, rtext, xs[i + 1], ys[i + 1],
		    true, t->size_small, t->color_muted, i == 0 ? ART_HEADER : ART_FOOTER);
		free(left);
		free(right);
	}
	/* A hairline under the header and over the footer. */
	b = artifact(BOX_LINE);
	b.line_width = 0.4f;
	b.color = t->color_rule;
	b.x = t->margin_left;
	b.x2 = t->page_width - t->margin_right;
	b.y = b.y2 = t->page_height - t->header_offset - 4;
	page_box(pg, &b);
	b.y = b.y2 = t->footer_offset + t->size_small + 2;
	page_box(pg, &b);

	if (d->draft) {
		float size = t->size_draft;
		float w = measure(L, t->label_draft, strlen(t->label_draft), FACE_BOLD, size, 0);
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
		struct slice *s = &L->slices[pl->slice];
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
		b->x = r->right - measure(L, b->text, strlen(b->text), b->face, b->size, 0);
	}
	for (i = 0; i < out->npages; i++)
		decorate(L, i, &out->pages[i]);
}

int
layout_doc(const struct doc *d, const struct template *t, const struct metrics *m,
    struct layout *out)
{
	struct lay L;
	struct paginator p = { NULL, 0, 0, 0 };
	const struct doc_block *b;
	int block = 0, rc;

	memset(out, 0, sizeof(*out));
	memset(&L, 0, sizeof(L));
	L.doc = d;
	L.t = t;
	L.m = m;
	L.a = d->arena;
	L.out = out;
	L.left = t->margin_left;
	L.width = t->page_width - t->margin_left - t->margin_right;
	out->page_width = t->page_width;
	out->page_height = t->page_height;

	/* Every heading is a bookmark; its page is known after pagination. */
	for (b = d->first; b != NULL; b = b->next)
		if (b->level > 0)
			out->noutlines++;
	out->outlines = xcalloc(out->noutlines + 1, sizeof(*out->outlines));
	{
		size_t k = 0;

		for (b = d->first; b != NULL; b = b->next)
			if (b->level > 0) {
				out->outlines[k].title = b->outline;
				out->outlines[k].level = b->level;
				out->outlines[k].page = (size_t)-1;
				k++;
			}
	}

	new_node(&L, SR_DOCUMENT, -1);

	/* The template's logo opens the first page. */
	if (t->logo != NULL) {
		float ratio = m->image_ratio != NULL ? m->image_ratio(m->ctx, t->logo) : -1;

		if (ratio <= 0)
			L.errors++;
		else {
			/* Within the text width and a third of its height, the
			 * shape kept: a tall or wide logo never leaves the page. */
			float body = t->page_height - t->margin_top - t->margin_bottom;
			float lw = t->logo_width < L.width ? t->logo_width : L.width;
			struct slice *s;
			struct box *img;

			if (lw * ratio > body / 3)
				lw = body / 3 / ratio;
			s = new_slice(&L, lw * ratio + 14);

			L.node = new_node(&L, SR_FIGURE, 0);
			out->nodes[L.node].alt = t->logo_alt;
			img = pool_box(&L, BOX_IMAGE, DROLE_FIGURE, -1);

			img->x = L.left;
			img->y = lw * ratio;	/* relative: bottom edge */
			img->x2 = lw;
			img->y2 = lw * ratio;
			img->text = t->logo;
			end_slice(&L, s);
			s->break_after = 0;
		}
	}
	for (b = d->first; b != NULL; b = b->next, block++) {
		switch (b->kind) {
		case DOC_PARA:
			layout_para(&L, b, block);
			break;
		case DOC_TABLE:
			layout_table(&L, b, block);
			break;
		case DOC_SIGNATURES:
			layout_signatures(&L, b, block);
			break;
		case DOC_TOC:
			layout_toc(&L, d, b, block);
			break;
		case DOC_CHART:
			layout_chart(&L, b, block);
			break;
		case DOC_PAGE_BREAK:
			new_slice(&L, 0)->page_break = 1;
			L.pending_space = 0;
			break;
		}
		if (L.nslices > (size_t)LIMIT_PAGES * 200) {
			diag(d->path, 0, MSG_PAGE_LIMIT, LIMIT_PAGES);
			L.errors++;
			break;
		}
	}
	rc = L.errors > 0 ? -1 : paginate(&L, &p);
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
