/* The one-column budgets derived from a budget with several money
 * columns, so that reports, summaries, the stated-total check and the
 * adjustments count each column as the party's contribution for that
 * year without knowing of columns; and the sums of rows and columns. */
#include <string.h>

#include "econ_columns.h"
#include "mem.h"

const struct budget_column *
econ_column_find(const struct budget_columns *cols, const char *id)
{
	const struct budget_column *c;

	for (c = cols != NULL ? cols->first : NULL; c != NULL; c = c->next)
		if (id != NULL && c->id != NULL && strcmp(c->id, id) == 0)
			return c;
	return NULL;
}

bool
econ_columns_repeat(const struct agreement *ag, const struct budget *b)
{
	const struct budget *e;

	if (b->source == NULL)
		return false;
	for (e = ag->budgets; e != NULL && e != b; e = e->next)
		if (e->source == b->source)
			return true;
	return false;
}

const struct budget_column *
econ_column_total(const struct budget_columns *cols)
{
	const struct budget_column *c;

	for (c = cols != NULL ? cols->first : NULL; c != NULL; c = c->next)
		if (c->basis == COLUMN_TOTAL)
			return c;
	return NULL;
}

const struct column_amount *
econ_column_amount(const struct column_amount *a, const char *id)
{
	for (; a != NULL; a = a->next)
		if (id != NULL && a->column_id != NULL && strcmp(a->column_id, id) == 0)
			return a;
	return NULL;
}

bool
econ_column_not_valued(const struct budget *b, const struct budget_column *c,
    const struct budget_line *l)
{
	int kind = c->kind != 0 ? c->kind : (int)b->kind;

	if (c->not_valued)
		return true;
	return l->econ.not_valued && kind != BUDGET_MONEY &&
	    econ_column_amount(l->amounts, c->id) == NULL;
}

long long
econ_columns_row_sum(const struct budget *b, const struct budget_line *l, bool *has)
{
	const struct budget_column *c;
	const struct column_amount *a;
	long long sum = 0;

	*has = false;
	for (c = b->columns->first; c != NULL; c = c->next)
		if (c->basis != COLUMN_TOTAL && !c->not_valued &&
		    (a = econ_column_amount(l->amounts, c->id)) != NULL) {
			sum += a->amount;
			*has = true;
		}
	return sum;
}

long long
econ_columns_row_total(const struct budget *b, const struct budget_line *l, bool *has)
{
	const struct budget_column *t = econ_column_total(b->columns);
	const struct column_amount *a = t != NULL ? econ_column_amount(l->amounts, t->id) : NULL;

	if (a != NULL) {
		*has = true;
		return a->amount;
	}
	return econ_columns_row_sum(b, l, has);
}

long long
econ_columns_column_sum(const struct budget *b, const struct budget_column *c, bool *has)
{
	const struct budget_line *l;
	const struct column_amount *a;
	long long sum = 0, row;
	bool row_has;

	*has = false;
	for (l = b->lines; l != NULL; l = l->next) {
		if (c->basis == COLUMN_TOTAL) {
			row = econ_columns_row_total(b, l, &row_has);
			if (row_has) {
				sum += row;
				*has = true;
			}
		} else if (!c->not_valued && (a = econ_column_amount(l->amounts, c->id)) != NULL) {
			sum += a->amount;
			*has = true;
		}
	}
	return sum;
}

/* Whether the line's help without a value is the column's party's (or
 * year's): a line with a figure in another column is that column's, and
 * a line valued="no" is help in kind of the one column not of money; with
 * several such columns the table does not say whose it is, and no party
 * is credited with it (the table still prints it). */
static bool
derived_not_valued(const struct budget *b, const struct budget_column *c,
    const struct budget_line *l)
{
	const struct budget_column *o;
	bool has;
	int n = 0;

	econ_columns_row_sum(b, l, &has);
	if (has || !econ_column_not_valued(b, c, l))
		return false;
	if (c->not_valued || c->basis == COLUMN_YEAR)
		return true;
	for (o = b->columns->first; o != NULL; o = o->next)
		n += o->basis == COLUMN_PARTY && !o->not_valued &&
		    (o->kind != 0 ? o->kind : (int)b->kind) != BUDGET_MONEY;
	return n == 1;
}

/* The source line as a line of the column's budget: its figure in the
 * column, or listed without a value; NULL when the column has nothing
 * of it.  Its own payment data stay (the report lists them); what is
 * priced per unit is not in a budget with columns. */
static struct budget_line *
derive_line(struct arena *ar, const struct budget *b, const struct budget_column *c,
    const struct budget_line *src)
{
	const struct column_amount *a = econ_column_amount(src->amounts, c->id);
	struct budget_line *l;

	if (a == NULL && !derived_not_valued(b, c, src))
		return NULL;
	l = arena_alloc(ar, sizeof(*l));
	*l = *src;
	l->next = NULL;
	l->amounts = NULL;
	l->econ.has_unit_price = l->econ.has_count = false;
	l->econ.has_ceiling = l->econ.has_estimate = false;
	/* checked once, at the source line (validate_econ.c) */
	l->econ.npayment_months = 0;
	if (a != NULL && !c->not_valued) {
		l->amount = a->amount;
		l->econ.has_amount = true;
		l->econ.not_valued = false;
	} else {
		l->amount = 0;
		l->econ.has_amount = false;
		l->econ.not_valued = true;
		l->econ.kind = LINE_KIND_IN_KIND;
	}
	if (c->kind != 0 && !l->econ.not_valued)
		l->econ.kind = c->kind == BUDGET_IN_KIND ? LINE_KIND_IN_KIND : LINE_KIND_MONEY;
	return l;
}

static struct budget *
derive_budget(struct arena *ar, const struct budget *src, const struct budget_column *c)
{
	const struct column_amount *stated = econ_column_amount(src->columns->totals, c->id);
	struct budget *d = arena_alloc(ar, sizeof(*d));
	struct budget_line **tail = &d->lines, *l;
	const struct budget_line *sl;

	*d = *src;
	d->next = NULL;
	d->lines = NULL;
	d->nlines = 0;
	d->columns = NULL;
	d->source = src;
	d->printed = false;
	d->line = c->line;
	d->party_id = c->basis == COLUMN_PARTY ? c->party_id : src->party_id;
	d->year = c->basis == COLUMN_YEAR ? c->year : src->year;
	if (c->kind != 0)
		d->kind = (enum budget_kind)c->kind;
	d->has_stated_total = stated != NULL && !c->not_valued;
	d->stated_total = stated != NULL ? stated->amount : 0;
	d->total_line = stated != NULL ? stated->line : 0;
	if (src->adjustment != NULL) {
		/* the budget's own adjustment, for this column's budget */
		d->adjustment = arena_alloc(ar, sizeof(*d->adjustment));
		*d->adjustment = *src->adjustment;
		d->adjustment->budget = d;
	}
	for (sl = src->lines; sl != NULL; sl = sl->next)
		if ((l = derive_line(ar, src, c, sl)) != NULL) {
			*tail = l;
			tail = &l->next;
			d->nlines++;
		}
	if (d->lines == NULL && !d->has_stated_total)
		return NULL;
	return d;
}

void
econ_columns_derive(struct agreement *ag)
{
	struct budget **at = &ag->budgets, *src, **columned = &ag->columned;
	const struct budget_column *c;

	while ((src = *at) != NULL) {
		if (src->columns == NULL) {
			at = &src->next;
			continue;
		}
		*at = src->next;
		src->next = NULL;
		*columned = src;
		columned = &src->next;
		for (c = src->columns->first; c != NULL; c = c->next) {
			struct budget *d;

			/* a column without a party to count for is
			 * validate_columns.c's error, never a budget */
			if (c->basis != COLUMN_YEAR && c->basis != COLUMN_PARTY)
				continue;
			if ((c->basis == COLUMN_YEAR ? src->party_id : c->party_id) == NULL)
				continue;
			if ((d = derive_budget(ag->arena, src, c)) == NULL)
				continue;
			d->next = *at;
			*at = d;
			at = &d->next;
		}
	}
}

bool
econ_columns_of_party(const struct budget *b, const struct party *p)
{
	return b->party == p || (b->party_id != NULL && p->id != NULL &&
	    strcmp(b->party_id, p->id) == 0);
}
