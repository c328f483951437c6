/* The XML reader's tables: <table> with its caption, columns, header
 * rows, groups, sums, total and notes, from the tree into the model
 * (model_table.h).  The schema has checked the order of the children. */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "model.h"
#include "xml_read_int.h"

static struct rich *
read_rich(struct reader *r, xmlNode *n)
{
	struct rich *t = arena_alloc(r->arena, sizeof(*t));

	tree_rich(r, n, t);
	return t;
}

/* "25%", "12,5 %": the percent; the schema has checked the form. */
static double
read_width(const char *s)
{
	char buf[16];
	size_t i;

	for (i = 0; s[i] != '\0' && s[i] != '%' && s[i] != ' ' && i + 1 < sizeof(buf); i++)
		buf[i] = s[i] == ',' ? '.' : s[i];
	buf[i] = '\0';
	return strtod(buf, NULL);
}

static void
read_column(struct reader *r, xmlNode *n, struct table_column *col)
{
	char *kind = tree_attr(r, n, "kind"), *align = tree_attr(r, n, "align");
	char *width = tree_attr(r, n, "width"), *decimals = tree_attr(r, n, "decimals");

	col->line = tree_line(n);
	col->kind = kind == NULL || strcmp(kind, "text") == 0 ? TCOL_TEXT :
	    strcmp(kind, "integer") == 0 ? TCOL_INTEGER :
	    strcmp(kind, "kronor") == 0 ? TCOL_KRONOR :
	    strcmp(kind, "percent") == 0 ? TCOL_PERCENT : TCOL_DATE;
	col->align = align == NULL ? TALIGN_DEFAULT :
	    strcmp(align, "left") == 0 ? TALIGN_LEFT :
	    strcmp(align, "right") == 0 ? TALIGN_RIGHT : TALIGN_CENTER;
	col->decimals = decimals != NULL ? atoi(decimals) : -1;
	col->width = width != NULL ? read_width(width) : 0;
	col->row_header = tree_attr_is(r, n, "header", "yes");
	col->not_summed = tree_attr_is(r, n, "sum", "no");
}

static struct table_row *
add_row(struct reader *r, struct table_row ***tail, xmlNode *n, enum table_row_kind kind,
    size_t group)
{
	struct table_row *row = arena_alloc(r->arena, sizeof(*row));
	struct table_cell **ct = &row->cells;
	xmlNode *c;

	row->kind = kind;
	row->group = group;
	row->line = tree_line(n);
	if (kind == TROW_SUM || kind == TROW_TOTAL)
		row->label_cell = (size_t)tree_attr_int(r, n, "label-cell");
	for (c = tree_child(n, "cell"); c != NULL; c = tree_next(c)) {
		struct table_cell *cell = arena_alloc(r->arena, sizeof(*cell));
		int span = tree_attr_int(r, c, "span");

		cell->text = read_rich(r, c);
		cell->span = span > 0 ? (size_t)span : 1;
		cell->line = tree_line(c);
		*ct = cell;
		ct = &cell->next;
		row->ncells++;
	}
	**tail = row;
	*tail = &row->next;
	return row;
}

struct table *
read_table(struct reader *r, xmlNode *n)
{
	struct table *t = arena_alloc(r->arena, sizeof(*t));
	struct table_row **tail = &t->rows;
	struct table_note **nt = &t->notes;
	size_t ngroups = 0, k = 0;
	xmlNode *c, *d;

	t->line = tree_line(n);
	t->caption = read_rich(r, tree_child(n, "caption"));
	for (c = tree_child(n, "column"); c != NULL; c = tree_next(c))
		if (tree_is(c, "column"))
			t->ncolumns++;
	t->columns = arena_alloc(r->arena, (t->ncolumns + 1) * sizeof(*t->columns));
	for (c = tree_first(n->children); c != NULL; c = tree_next(c)) {
		if (tree_is(c, "column")) {
			read_column(r, c, &t->columns[k++]);
		} else if (tree_is(c, "header")) {
			for (d = tree_child(c, "row"); d != NULL; d = tree_next(d))
				add_row(r, &tail, d, TROW_HEADER, 0);
		} else if (tree_is(c, "row")) {
			add_row(r, &tail, c, TROW_BODY, 0);
		} else if (tree_is(c, "group")) {
			struct table_row *label;

			ngroups++;
			label = arena_alloc(r->arena, sizeof(*label));
			label->kind = TROW_GROUP;
			label->group = ngroups;
			label->line = tree_line(c);
			label->label = tree_attr(r, c, "label");
			if (label->label != NULL) {
				*tail = label;
				tail = &label->next;
			}
			for (d = tree_first(c->children); d != NULL; d = tree_next(d))
				add_row(r, &tail, d, tree_is(d, "sum") ? TROW_SUM : TROW_BODY, ngroups);
		} else if (tree_is(c, "total")) {
			add_row(r, &tail, c, TROW_TOTAL, 0);
		} else if (tree_is(c, "note")) {
			struct table_note *note = arena_alloc(r->arena, sizeof(*note));

			note->text = read_rich(r, c);
			note->line = tree_line(c);
			*nt = note;
			nt = &note->next;
		}
	}
	return t;
}
