/* A budget as a general table (model_table.h): a label column, the
 * quantity and description columns when a line has them, price and count
 * when a line is priced per unit, and the amount column; a total row with
 * the figure as stated.  build_table.c draws it, so budgets share the
 * general table's header repetition, row keeping, scopes and narrowing. */
#include <string.h>

#include "build_econ.h"
#include "build_sign.h"
#include "build_table.h"
#include "calc.h"
#include "format.h"
#include "mem.h"
#include "stated.h"

/* The columns a budget prints, by position; 0: not printed (the label is
 * always column 0). */
struct econ_cols {
	size_t	n;
	size_t	quantity, description, price, count, amount;
};

struct rich *
build_econ_rich(struct builder *bd, const char *text, long line)
{
	struct rich *r = arena_alloc(bd->a, sizeof(*r));

	if (text != NULL && *text != '\0')
		rich_append(bd->a, r, text, strlen(text), 0, line);
	return r;
}

/* A row of ncols empty cells; *cells[i] is cell i. */
struct table_row *
build_econ_row(struct builder *bd, enum table_row_kind kind, size_t ncols, long line,
    struct table_cell **cells)
{
	struct table_row *row = arena_alloc(bd->a, sizeof(*row));
	struct table_cell **tail = &row->cells;
	size_t i;

	row->kind = kind;
	row->ncells = ncols;
	row->line = line;
	for (i = 0; i < ncols; i++) {
		struct table_cell *c = arena_alloc(bd->a, sizeof(*c));

		c->span = 1;
		c->line = line;
		c->text = build_econ_rich(bd, NULL, line);
		cells[i] = *tail = c;
		tail = &c->next;
	}
	return row;
}

static void
set_columns(struct builder *bd, struct table *t, const struct budget *bg, struct econ_cols *ec)
{
	const struct budget_line *l;
	bool quantity = false, description = false, priced = build_econ_priced(bg);
	size_t i;

	for (l = bg->lines; l != NULL; l = l->next) {
		quantity |= l->quantity != NULL;
		description |= !rich_empty(&l->description);
	}
	/* label | quantity? | description? | price? | count? | amount */
	memset(ec, 0, sizeof(*ec));
	ec->n = 1;
	if (quantity)
		ec->quantity = ec->n++;
	if (description)
		ec->description = ec->n++;
	if (priced) {
		ec->price = ec->n++;
		ec->count = ec->n++;
	}
	ec->amount = ec->n++;
	t->ncolumns = ec->n;
	t->columns = arena_alloc(bd->a, ec->n * sizeof(*t->columns));
	for (i = 0; i < ec->n; i++) {
		t->columns[i].kind = TCOL_TEXT;
		t->columns[i].decimals = -1;
		t->columns[i].line = bg->line;
	}
	if (priced) {
		t->columns[ec->price].kind = TCOL_KRONOR;
		t->columns[ec->count].kind = TCOL_INTEGER;
	}
	t->columns[ec->amount].kind = TCOL_KRONOR;
	/* an estimate and a ceiling wrap in the amount column */
	t->columns[ec->amount].wraps = priced;
}

static struct table_row *
head_row(struct builder *bd, const struct budget *bg, const struct econ_cols *ec)
{
	const struct template *tp = bd->t;
	struct table_cell **c = arena_alloc(bd->a, ec->n * sizeof(*c));
	struct table_row *row = build_econ_row(bd, TROW_HEADER, ec->n, bg->line, c);

	c[0]->text = build_econ_rich(bd, bg->label_heading ? bg->label_heading :
	    bg->type == BUDGET_FINANCING ? tp->label_financing_item : tp->label_budget_item,
	    bg->line);
	if (ec->quantity)
		c[ec->quantity]->text = build_econ_rich(bd, bg->quantity_heading ?
		    bg->quantity_heading : tp->label_budget_quantity, bg->line);
	if (ec->description)
		c[ec->description]->text = build_econ_rich(bd, tp->label_budget_description, bg->line);
	if (ec->price) {
		c[ec->price]->text = build_econ_rich(bd, tp->label_budget_price, bg->line);
		c[ec->count]->text = build_econ_rich(bd, tp->label_budget_count, bg->line);
	}
	c[ec->amount]->text = build_econ_rich(bd, build_econ_amount_heading(bd, bg), bg->line);
	return row;
}

/* The line's label, then " – condition" in italics. */
static struct rich *
label_rich(struct builder *bd, const struct budget_line *l)
{
	struct rich *r = arena_alloc(bd->a, sizeof(*r));
	const struct run *run;

	for (run = l->label.first; run != NULL; run = run->next)
		rich_append(bd->a, r, run->text, strlen(run->text), run->style, run->line);
	if (l->econ.condition != NULL) {
		rich_append(bd->a, r, " – ", strlen(" – "), 0, l->line);
		rich_append(bd->a, r, l->econ.condition, strlen(l->econ.condition), RUN_EM, l->line);
	}
	return r;
}

static struct table_row *
line_row(struct builder *bd, const struct budget *bg, const struct budget_line *l,
    const struct econ_cols *ec)
{
	struct table_cell **c = arena_alloc(bd->a, ec->n * sizeof(*c));
	struct table_row *row = build_econ_row(bd, TROW_BODY, ec->n, l->line, c);

	c[0]->text = label_rich(bd, l);
	if (ec->quantity && l->quantity != NULL)
		c[ec->quantity]->text = build_econ_rich(bd, l->quantity, l->line);
	if (ec->description)
		c[ec->description]->text = (struct rich *)&l->description;
	if (ec->price) {
		c[ec->price]->text = build_econ_rich(bd, build_econ_unit_price(bd, bg, l), l->line);
		c[ec->count]->text = build_econ_rich(bd, build_econ_count(bd, l), l->line);
	}
	c[ec->amount]->text = build_econ_rich(bd, build_econ_line_amount(bd, bg, l), l->line);
	return row;
}

static struct table_row *
total_row(struct builder *bd, const struct budget *bg, const struct econ_cols *ec)
{
	const struct template *tp = bd->t;
	long line = bg->total_line ? bg->total_line : bg->line;
	struct table_cell **c = arena_alloc(bd->a, ec->n * sizeof(*c));
	struct table_row *row = build_econ_row(bd, TROW_TOTAL, ec->n, line, c);
	const char *label = bg->type == BUDGET_COSTS ? tp->label_costs_total :
	    bg->type == BUDGET_FINANCING ? tp->label_financing_total : tp->label_budget_total;

	row->label_cell = 1;
	/* a monthly budget's total is a month's: say so unless the source
	 * names the row itself */
	c[0]->text = build_econ_rich(bd, bg->total_label ? bg->total_label : bg->per == PER_MONTH ?
	    arena_printf(bd->a, "%s per månad", label) : label, line);
	/* the total as the source states it; the computed one only when
	 * nothing is stated (a difference is validate.c's warning) */
	c[ec->amount]->text = build_econ_rich(bd, build_econ_total_amount(bd, bg), line);
	return row;
}

struct table *
build_econ_table(struct builder *bd, const struct budget *bg)
{
	struct table *t = arena_alloc(bd->a, sizeof(*t));
	struct table_row **tail = &t->rows;
	const struct budget_line *l;
	struct econ_cols ec;

	t->caption = build_econ_rich(bd, NULL, bg->line);
	t->line = bg->line;
	set_columns(bd, t, bg, &ec);
	*tail = head_row(bd, bg, &ec);
	tail = &(*tail)->next;
	for (l = bg->lines; l != NULL; l = l->next) {
		*tail = line_row(bd, bg, l, &ec);
		tail = &(*tail)->next;
	}
	if (build_econ_total_row(bg))
		*tail = total_row(bd, bg, &ec);
	return t;
}

/* A party's budget the author gave no caption: whose it is, "Bidrag
 * från Region Västerbotten", "Insatser från föreningen" (the short name
 * as the text calls the party), with the year when the party has
 * budgets for more than one year; NULL for the effort's costs, a
 * financing or a budget of no known party. */
static const char *
party_caption(struct builder *bd, const struct budget *bg)
{
	const struct template *t = bd->t;
	const struct party *p = bg->party;
	const struct budget *o;
	const char *pattern, *name, *out;
	bool years = false;

	if (p == NULL || bg->type != BUDGET_CONTRIBUTION || bg->columns != NULL)
		return NULL;
	pattern = bg->kind == BUDGET_IN_KIND ? t->label_budget_caption_in_kind :
	    bg->kind == BUDGET_MIXED ? t->label_budget_caption_mixed : t->label_budget_caption_money;
	if (pattern == NULL || *pattern == '\0')
		return NULL;
	name = p->shortname != NULL && p->short_print != SHORT_PRINT_NO ? p->shortname : p->name;
	out = build_fill(bd, pattern, "{party}", name);
	if (bg->year != 0 && bd->ag != NULL)
		for (o = bd->ag->budgets; o != NULL; o = o->next)
			if (o != bg && o->party == p && o->type == BUDGET_CONTRIBUTION &&
			    o->derived_from == NULL && o->year != bg->year)
				years = true;
	if (years)
		out = arena_printf(bd->a, "%s %d", out, bg->year);
	return out;
}

/* The budget's caption as its table's, in the one style of captions;
 * without one, whose budget it is. */
static struct table *
with_caption(struct builder *bd, struct table *t, const struct budget *bg)
{
	struct rich *r;
	const char *whose;

	if (rich_empty(&bg->caption)) {
		if ((whose = party_caption(bd, bg)) != NULL)
			t->caption = build_econ_rich(bd, whose, bg->line);
		return t;
	}
	r = arena_alloc(bd->a, sizeof(*r));
	*r = bg->caption;
	t->caption = r;
	return t;
}

void
build_econ_budget(struct builder *bd, const struct budget *bg)
{
	if (bg->columns != NULL) {
		build_table_model(bd, with_caption(bd, build_econ_columns_table(bd, bg), bg));
		return;
	}
	/* a stated total its lines do not add up to gets build_table's
	 * remark, as any table's */
	build_table_model(bd, with_caption(bd, build_econ_table(bd, bg), bg));
}
