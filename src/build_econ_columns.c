/* A budget with several money columns as a general table: the label,
 * the quantity and description when a line has them, then the money
 * columns in the order written and the total column last.  Figures as
 * stated; a cell with no figure reads "–" (never 0), one listed without
 * a value "ej värderat".  build_table.c draws it like any budget. */
#include <string.h>

#include "build_econ.h"
#include "build_table.h"
#include "econ_columns.h"
#include "format.h"
#include "mem.h"

/* The table's columns by position: the label is 0; quantity and
 * description 0 when not printed; money[i] is the i-th budget column
 * in print order. */
struct cols_layout {
	size_t				 n, quantity, description, first_money;
	const struct budget_column	*money[8];
	size_t				 nmoney;
};

static void
plan_columns(struct builder *bd, struct table *t, const struct budget *bg, struct cols_layout *cl)
{
	const struct budget_line *l;
	const struct budget_column *c, *total = econ_column_total(bg->columns);
	bool quantity = false, description = false;
	size_t i;

	for (l = bg->lines; l != NULL; l = l->next) {
		quantity |= l->quantity != NULL;
		description |= !rich_empty(&l->description);
	}
	memset(cl, 0, sizeof(*cl));
	cl->n = 1;
	if (quantity)
		cl->quantity = cl->n++;
	if (description)
		cl->description = cl->n++;
	cl->first_money = cl->n;
	for (c = bg->columns->first; c != NULL && cl->nmoney < 8; c = c->next)
		if (c != total)
			cl->money[cl->nmoney++] = c;
	if (total != NULL && cl->nmoney < 8)
		cl->money[cl->nmoney++] = total;
	cl->n += cl->nmoney;
	t->ncolumns = cl->n;
	t->columns = arena_alloc(bd->a, cl->n * sizeof(*t->columns));
	for (i = 0; i < cl->n; i++) {
		t->columns[i].kind = i >= cl->first_money ? TCOL_KRONOR : TCOL_TEXT;
		t->columns[i].decimals = -1;
		t->columns[i].line = bg->line;
		/* sized as text: four figures, a description and a long
		 * heading ("Totalt 2025–2027") share A4 without breaking
		 * the label's words */
		t->columns[i].wraps = i >= cl->first_money;
	}
}

/* A column's heading: as written, else its year, its party's short
 * name (or name), or "Totalt". */
static const char *
column_heading(struct builder *bd, const struct budget_column *c)
{
	const struct party *p;

	if (c->heading != NULL)
		return c->heading;
	switch (c->basis) {
	case COLUMN_YEAR:
		return arena_printf(bd->a, "%d", c->year);
	case COLUMN_PARTY:
		if ((p = agreement_party(bd->ag, c->party_id)) != NULL)
			return p->shortname != NULL ? p->shortname : p->name;
		return c->party_id;
	default:
		return bd->t->label_budget_total;
	}
}

static struct table_row *
heading_row(struct builder *bd, const struct budget *bg, const struct cols_layout *cl)
{
	const struct template *tp = bd->t;
	struct table_cell **c = arena_alloc(bd->a, cl->n * sizeof(*c));
	struct table_row *row = build_econ_row(bd, TROW_HEADER, cl->n, bg->line, c);
	size_t i;

	c[0]->text = build_econ_rich(bd, bg->label_heading ? bg->label_heading : tp->label_budget_item,
	    bg->line);
	if (cl->quantity)
		c[cl->quantity]->text = build_econ_rich(bd, bg->quantity_heading ?
		    bg->quantity_heading : tp->label_budget_quantity, bg->line);
	if (cl->description)
		c[cl->description]->text = build_econ_rich(bd, tp->label_budget_description, bg->line);
	for (i = 0; i < cl->nmoney; i++)
		c[cl->first_money + i]->text = build_econ_rich(bd, column_heading(bd, cl->money[i]),
		    cl->money[i]->line);
	return row;
}

/* A line's cell in column c: the figure as stated, the row's sum in the
 * total column, "ej värderat" for help listed without a value, else "–". */
static const char *
line_cell(struct builder *bd, const struct budget *bg, const struct budget_line *l,
    const struct budget_column *c)
{
	const struct column_amount *a = econ_column_amount(l->amounts, c->id);
	long long sum;
	bool has;

	if (econ_column_not_valued(bg, c, l))
		return bd->t->label_budget_not_valued;
	if (a != NULL)
		return build_money(bd, a->amount, bg->kronor);
	if (c->basis == COLUMN_TOTAL) {
		sum = econ_columns_row_sum(bg, l, &has);
		if (has)
			return build_money(bd, sum, bg->kronor);
	}
	return "–";
}

static struct table_row *
body_row(struct builder *bd, const struct budget *bg, const struct budget_line *l,
    const struct cols_layout *cl)
{
	struct table_cell **c = arena_alloc(bd->a, cl->n * sizeof(*c));
	struct table_row *row = build_econ_row(bd, TROW_BODY, cl->n, l->line, c);
	struct rich *label = arena_alloc(bd->a, sizeof(*label));
	const struct run *run;
	size_t i;

	for (run = l->label.first; run != NULL; run = run->next)
		rich_append(bd->a, label, run->text, strlen(run->text), run->style, run->line);
	if (l->econ.condition != NULL) {
		rich_append(bd->a, label, " – ", strlen(" – "), 0, l->line);
		rich_append(bd->a, label, l->econ.condition, strlen(l->econ.condition), RUN_EM,
		    l->line);
	}
	c[0]->text = label;
	if (cl->quantity && l->quantity != NULL)
		c[cl->quantity]->text = build_econ_rich(bd, l->quantity, l->line);
	if (cl->description)
		c[cl->description]->text = (struct rich *)&l->description;
	for (i = 0; i < cl->nmoney; i++)
		c[cl->first_money + i]->text = build_econ_rich(bd, line_cell(bd, bg, l, cl->money[i]),
		    l->line);
	return row;
}

/* The total row: each column's stated total, else its sum; "–" for a
 * column with no figure, "ej värderat" for one listed without a value. */
static struct table_row *
sum_row(struct builder *bd, const struct budget *bg, const struct cols_layout *cl)
{
	long line = bg->total_line ? bg->total_line : bg->line;
	struct table_cell **c = arena_alloc(bd->a, cl->n * sizeof(*c));
	struct table_row *row = build_econ_row(bd, TROW_TOTAL, cl->n, line, c);
	const struct column_amount *a;
	const char *text;
	long long sum;
	size_t i;
	bool has;

	row->label_cell = 1;
	c[0]->text = build_econ_rich(bd, bg->total_label ? bg->total_label : bg->per == PER_MONTH ?
	    arena_printf(bd->a, "%s per månad", bd->t->label_budget_total) :
	    bd->t->label_budget_total, line);
	for (i = 0; i < cl->nmoney; i++) {
		const struct budget_column *col = cl->money[i];

		if (col->not_valued)
			text = bd->t->label_budget_not_valued;
		else if ((a = econ_column_amount(bg->columns->totals, col->id)) != NULL)
			text = build_money(bd, a->amount, bg->kronor);
		else {
			sum = econ_columns_column_sum(bg, col, &has);
			text = has ? build_money(bd, sum, bg->kronor) : "–";
		}
		c[cl->first_money + i]->text = build_econ_rich(bd, text, line);
	}
	return row;
}

struct table *
build_econ_columns_table(struct builder *bd, const struct budget *bg)
{
	struct table *t = arena_alloc(bd->a, sizeof(*t));
	struct table_row **tail = &t->rows;
	const struct budget_line *l;
	struct cols_layout cl;

	t->caption = build_econ_rich(bd, NULL, bg->line);
	t->line = bg->line;
	plan_columns(bd, t, bg, &cl);
	*tail = heading_row(bd, bg, &cl);
	tail = &(*tail)->next;
	for (l = bg->lines; l != NULL; l = l->next) {
		*tail = body_row(bd, bg, l, &cl);
		tail = &(*tail)->next;
	}
	/* a total row unless one line only and none asked for */
	if (bg->total_line != 0 || bg->lines == NULL || bg->lines->next != NULL)
		*tail = sum_row(bd, bg, &cl);
	return t;
}
