/* The checks of budgets with several money columns: each column's
 * basis, id and party; that years and parties are not mixed; each
 * line's figures in known columns; stated row and column totals against
 * the figures (warnings); and that a budget names its party unless its
 * columns do.  Called by validate_agreement (validate.c). */
#include <stdio.h>
#include <string.h>

#include "calc.h"
#include "diag.h"
#include "econ_columns.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "validate.h"
#include "validate_sign.h"

/* "\"a\", \"b\" and \"c\"": the budget's column ids, for a message. */
static const char *
column_ids(struct agreement *ag, const struct budget_columns *cols)
{
	const struct budget_column *c;
	const char *s = "";

	for (c = cols->first; c != NULL; c = c->next)
		s = arena_printf(ag->arena, "%s%s\"%s\"", s, *s == '\0' ? "" :
		    c->next == NULL ? " and " : ", ", c->id);
	return s;
}

/* A party column names a party of the agreement (not an actor), and no
 * year or party has two columns.  Returns the errors. */
static int
check_column_target(struct agreement *ag, const struct budget_columns *cols,
    const struct budget_column *c)
{
	const struct budget_column *d;
	char what[32];

	if (c->basis == COLUMN_PARTY && agreement_party(ag, c->party_id) == NULL) {
		if (validate_sign_actor(ag, c->party_id) != NULL)
			diag(ag->path, c->line, MSG_ACTOR_NOT_PARTY, c->party_id,
			    diag_word("budget column", "budgetkolumn"));
		else
			diag(ag->path, c->line, MSG_COLUMN_PARTY, c->party_id, c->id);
		return 1;
	}
	for (d = cols->first; d != c; d = d->next) {
		if (d->basis != c->basis)
			continue;
		if (c->basis == COLUMN_TOTAL) {
			diag(ag->path, c->line, MSG_COLUMN_TOTAL_TWICE, d->line);
			return 1;
		}
		if ((c->basis == COLUMN_YEAR && d->year == c->year) ||
		    (c->basis == COLUMN_PARTY && strcmp(d->party_id, c->party_id) == 0)) {
			if (c->basis == COLUMN_YEAR)
				snprintf(what, sizeof(what), "%d", c->year);
			diag(ag->path, c->line, MSG_COLUMN_TWICE,
			    c->basis == COLUMN_YEAR ? what : c->party_id, d->line);
			return 1;
		}
	}
	return 0;
}

/* The year of a column, or of a budget with party columns, lies in the
 * period (a warning, as for a budget's year). */
static void
check_column_year(struct agreement *ag, const char *id, int year, long line)
{
	char from[16], to[16];

	if (year == 0 || ag->from.y == 0 || (year >= calc_agreement_year(ag, ag->from) &&
	    year <= calc_agreement_year(ag, ag->to)))
		return;
	date_format_iso(ag->from, from, sizeof(from));
	date_format_iso(ag->to, to, sizeof(to));
	diag(ag->path, line, MSG_COLUMN_YEAR, id, year, from, to);
}

/* The columns themselves and what they ask of the budget.  Returns the
 * errors. */
static int
check_columns(struct agreement *ag, const struct budget *b)
{
	const struct budget_column *c, *d, *year = NULL, *party = NULL;
	int errors = 0;

	for (c = b->columns->first; c != NULL; c = c->next) {
		for (d = b->columns->first; d != c; d = d->next)
			if (strcmp(d->id, c->id) == 0)
				break;
		if (d != c) {
			diag(ag->path, c->line, MSG_COLUMN_DUP_ID, c->id, d->line);
			errors++;
		}
		if (c->basis == COLUMN_NONE) {
			diag(ag->path, c->line, MSG_COLUMN_BASIS, c->id);
			errors++;
			continue;
		}
		year = year == NULL && c->basis == COLUMN_YEAR ? c : year;
		party = party == NULL && c->basis == COLUMN_PARTY ? c : party;
		errors += check_column_target(ag, b->columns, c);
		if (c->not_valued && (c->kind != 0 ? c->kind : (int)b->kind) == BUDGET_MONEY) {
			diag(ag->path, c->line, MSG_COLUMN_NOT_VALUED_MONEY, c->id);
			errors++;
		}
		if (c->basis == COLUMN_YEAR)
			check_column_year(ag, c->id, c->year, c->line);
	}
	if (year != NULL && party != NULL) {
		diag(ag->path, party->line, MSG_COLUMNS_MIXED, year->line, party->line);
		return errors + 1;
	}
	if (year != NULL && b->year != 0) {
		diag(ag->path, b->line, MSG_COLUMNS_BUDGET_YEAR, b->year);
		errors++;
	}
	if (b->party_id != NULL && agreement_party(ag, b->party_id) == NULL) {
		diag(ag->path, b->line, validate_sign_actor(ag, b->party_id) != NULL ?
		    MSG_ACTOR_NOT_PARTY : MSG_UNKNOWN_PARTY, b->party_id, "budget");
		errors++;
	}
	if (party != NULL && b->party_id != NULL) {
		diag(ag->path, b->line, MSG_COLUMNS_BUDGET_PARTY, b->party_id);
		errors++;
	}
	if (party != NULL && b->year != 0)
		check_column_year(ag, party->id, b->year, b->line);
	return errors;
}

/* The attributes a line of a budget with columns cannot have: its
 * figures are in the columns.  Returns the errors. */
static int
check_line_attrs(struct agreement *ag, const struct budget_line *l)
{
	const struct line_econ *e = &l->econ;
	const char *what;

	if (e->has_amount && !e->has_estimate)
		what = arena_printf(ag->arena, "amount=\"%lld\"", l->amount);
	else if (e->has_unit_price)
		what = "unit-price=\"…\"";
	else if (e->has_count)
		what = "quantity=\"…\"";
	else if (e->has_ceiling)
		what = "ceiling=\"…\"";
	else if (e->has_estimate)
		what = "estimate=\"…\"";
	else
		return 0;
	diag(ag->path, l->line, MSG_COLUMN_LINE_ATTR, what);
	return 1;
}

/* The amounts of a line or of <total>: known columns, each once, none
 * in a column listed without a value.  Returns the errors. */
static int
check_amounts(struct agreement *ag, const struct budget *b, const struct column_amount *list)
{
	const struct column_amount *a, *first;
	const struct budget_column *c;
	char m[64];
	int errors = 0;

	for (a = list; a != NULL; a = a->next) {
		if ((c = econ_column_find(b->columns, a->column_id)) == NULL) {
			diag(ag->path, a->line, MSG_COLUMN_UNKNOWN, a->column_id,
			    column_ids(ag, b->columns));
			errors++;
			continue;
		}
		if ((first = econ_column_amount(list, a->column_id)) != a) {
			diag(ag->path, a->line, MSG_COLUMN_AMOUNT_TWICE, a->column_id, first->line);
			errors++;
		}
		if (c->not_valued) {
			money_format(a->amount, m, sizeof(m));
			diag(ag->path, a->line, MSG_COLUMN_AMOUNT_NOT_VALUED, m, a->column_id);
			errors++;
		}
	}
	return errors;
}

/* Stated figures against the computed ones: each line's total, each
 * column's total.  Warnings: the PDF prints what is stated. */
static void
check_stated(struct agreement *ag, const struct budget *b)
{
	const struct budget_column *t = econ_column_total(b->columns), *c;
	const struct column_amount *a;
	const struct budget_line *l;
	long long sum;
	char s1[64], s2[64];
	bool has;

	for (l = b->lines; t != NULL && l != NULL; l = l->next) {
		if ((a = econ_column_amount(l->amounts, t->id)) == NULL)
			continue;
		sum = econ_columns_row_sum(b, l, &has);
		if (has && sum != a->amount) {
			money_format(a->amount, s1, sizeof(s1));
			money_format(sum, s2, sizeof(s2));
			diag(ag->path, a->line, MSG_COLUMN_ROW_TOTAL, s1, t->id, s2);
		}
	}
	for (c = b->columns->first; c != NULL; c = c->next) {
		if ((a = econ_column_amount(b->columns->totals, c->id)) == NULL || c->not_valued)
			continue;
		sum = econ_columns_column_sum(b, c, &has);
		if (sum != a->amount) {
			money_format(a->amount, s1, sizeof(s1));
			money_format(sum, s2, sizeof(s2));
			diag(ag->path, a->line, MSG_COLUMN_TOTAL, s1, c->id, s2);
		}
	}
}

static int
check_columned(struct agreement *ag, const struct budget *b)
{
	const struct budget_line *l;
	int errors = check_columns(ag, b), before;

	if (b->has_stated_total) {
		diag(ag->path, b->total_line, MSG_COLUMN_STATED_ATTR);
		errors++;
	}
	before = errors;
	for (l = b->lines; l != NULL; l = l->next) {
		errors += check_line_attrs(ag, l);
		errors += check_amounts(ag, b, l->amounts);
	}
	errors += check_amounts(ag, b, b->columns->totals);
	if (errors == before)
		check_stated(ag, b);
	return errors;
}

/* A budget names its party, unless its columns do; amounts in columns
 * need columns.  Returns the errors. */
static int
check_budget_party(struct agreement *ag, const struct budget *b)
{
	const struct budget_line *l;
	const struct budget_column *c;
	bool party_columns = false;
	int errors = 0;

	for (c = b->columns != NULL ? b->columns->first : NULL; c != NULL; c = c->next)
		party_columns |= c->basis == COLUMN_PARTY;
	if (b->columns != NULL && b->party_id == NULL && !party_columns) {
		diag(ag->path, b->line, MSG_BUDGET_NO_PARTY);
		errors++;
	}
	for (l = b->lines; b->columns == NULL && l != NULL; l = l->next)
		if (l->amounts != NULL) {
			diag(ag->path, l->amounts->line, MSG_COLUMN_NO_COLUMNS,
			    l->amounts->column_id);
			errors++;
		}
	return errors;
}

int
validate_columns(struct agreement *ag)
{
	const struct budget *b;
	int errors = 0;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->source == NULL)
			errors += check_budget_party(ag, b);
	for (b = ag->columned; b != NULL; b = b->next) {
		errors += check_budget_party(ag, b);
		errors += check_columned(ag, b);
	}
	return errors;
}
