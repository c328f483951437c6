/* Making and walking the document tree (doc.h). */
#include "doc.h"
#include "mem.h"

static struct doc_node *
node_new(struct doc *d, enum doc_kind kind)
{
	struct doc_node *n = arena_alloc(d->arena, sizeof(*n));

	n->kind = kind;
	n->leading = 1.3f;
	return n;
}

static void
link(struct doc_node *parent, struct doc_node *n)
{
	n->parent = parent;
	if (parent->last != NULL)
		parent->last->next = n;
	else
		parent->first = n;
	parent->last = n;
}

void
doc_append(struct doc *d, struct doc_node *parent, struct doc_node *n)
{
	link(parent != NULL ? parent : &d->root, n);
	d->last = n;
}

struct doc_node *
doc_add(struct doc *d, struct doc_node *parent, enum doc_kind kind)
{
	struct doc_node *n = node_new(d, kind);

	doc_append(d, parent, n);
	return n;
}

struct doc_table *
doc_table_new(struct doc *d, size_t ncols, size_t nrows)
{
	struct doc_table *tb = arena_alloc(d->arena, sizeof(*tb));
	size_t r, c;

	tb->ncols = ncols;
	tb->nrows = nrows;
	tb->fixed = arena_alloc(d->arena, (ncols + 1) * sizeof(bool));
	tb->whole = arena_alloc(d->arena, (ncols + 1) * sizeof(bool));
	tb->rows = arena_alloc(d->arena, (nrows + 1) * sizeof(*tb->rows));
	tb->cells = arena_alloc(d->arena, (nrows * ncols + 1) * sizeof(*tb->cells));
	tb->node = node_new(d, DOC_TABLE);
	tb->node->table = tb;
	for (r = 0; r < nrows; r++) {
		struct doc_node *row = node_new(d, DOC_ROW);

		row->header = r == 0;
		/* not doc_append: the builder's last node stays its own */
		link(tb->node, row);
		tb->rows[r] = row;
		for (c = 0; c < ncols; c++) {
			struct doc_node *cell = node_new(d, DOC_CELL);

			link(row, cell);
			tb->cells[r * ncols + c] = cell;
		}
	}
	return tb;
}

const struct doc_node *
doc_next(const struct doc_node *n, const struct doc_node *top)
{
	if (n->first != NULL)
		return n->first;
	for (; n != NULL && n != top; n = n->parent)
		if (n->next != NULL)
			return n->next;
	return NULL;
}

void
doc_span(struct doc *d, struct doc_text *t, const char *text, enum face face, long line)
{
	struct doc_span *s;

	if (text == NULL || *text == '\0')
		return;
	s = arena_alloc(d->arena, sizeof(*s));
	s->text = text;
	s->face = face;
	s->line = line;
	if (t->last != NULL)
		t->last->next = s;
	else
		t->first = s;
	t->last = s;
}
