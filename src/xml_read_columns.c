/* The reader of a budget's several money columns: <columns>, each
 * line's <amount column="…"> and the stated ones in <total>.  What they
 * mean is econ_columns.c's; what may be written, validate_columns.c's. */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "xml_read_int.h"

/* The <amount column="…"> children of n, in order. */
static struct column_amount *
read_amounts(struct reader *r, xmlNode *n)
{
	struct column_amount *first = NULL, **tail = &first;
	xmlNode *c;

	for (c = tree_child(n, "amount"); c != NULL; c = tree_next(c)) {
		struct column_amount *a;
		char *text;

		if (!tree_is(c, "amount"))
			continue;
		a = arena_alloc(r->arena, sizeof(*a));
		a->column_id = tree_attr(r, c, "column");
		/* the schema has checked the figure: whole kronor */
		text = tree_text(r, c);
		a->amount = text != NULL ? strtoll(text, NULL, 10) : 0;
		a->line = tree_line(c);
		*tail = a;
		tail = &a->next;
	}
	return first;
}

static struct budget_column *
read_column(struct reader *r, xmlNode *c)
{
	struct budget_column *col = arena_alloc(r->arena, sizeof(*col));
	char *kind = tree_attr(r, c, "kind");

	col->line = tree_line(c);
	col->id = tree_attr(r, c, "id");
	col->heading = tree_attr(r, c, "heading");
	col->year = tree_attr_int(r, c, "year");
	col->party_id = tree_attr(r, c, "party");
	if (col->year != 0) {
		col->basis = COLUMN_YEAR;
		col->nbases++;
	}
	if (col->party_id != NULL) {
		col->basis = COLUMN_PARTY;
		col->nbases++;
	}
	if (tree_attr_is(r, c, "total", "yes")) {
		col->basis = COLUMN_TOTAL;
		col->nbases++;
	}
	if (col->nbases != 1)
		col->basis = COLUMN_NONE;
	if (kind != NULL)
		col->kind = strcmp(kind, "in-kind") == 0 ? BUDGET_IN_KIND : BUDGET_MONEY;
	col->not_valued = tree_attr_is(r, c, "valued", "no");
	return col;
}

void
columns_read(struct reader *r, xmlNode *n, struct budget *b)
{
	struct budget_column **tail;
	struct budget_line *l = b->lines;
	xmlNode *c, *t;

	if ((t = tree_child(n, "columns")) != NULL && tree_is(t, "columns")) {
		b->columns = arena_alloc(r->arena, sizeof(*b->columns));
		b->columns->line = tree_line(t);
		tail = &b->columns->first;
		for (c = tree_child(t, "column"); c != NULL; c = tree_next(c)) {
			if (!tree_is(c, "column"))
				continue;
			*tail = read_column(r, c);
			tail = &(*tail)->next;
			b->columns->n++;
		}
		if ((t = tree_child(n, "total")) != NULL)
			b->columns->totals = read_amounts(r, t);
	}
	/* the lines in the order head_budget read them; amounts on a line
	 * of a budget without columns are kept for the check to name */
	for (c = tree_first(n->children); c != NULL && l != NULL; c = tree_next(c)) {
		if (!tree_is(c, "line"))
			continue;
		l->amounts = read_amounts(r, c);
		l = l->next;
	}
}
