/* The checks of costs budgets and financing tables (issue 12, FIN): a
 * contribution names its party; a financing line, and the recipient of
 * a line, name a party; no party's money counts twice; the financing
 * covers the costs of its year.  Called by validate_agreement
 * (validate.c) before the totals. */
#include <stdio.h>

#include "calc.h"
#include "diag.h"
#include "format.h"
#include "model.h"
#include "stated.h"
#include "validate.h"
#include "validate_sign.h"

/* " for 2025", " for 2025 per month" or "": the year a table is for
 * (" för 2025 per månad" in Swedish). */
static const char *
year_words(const struct budget *b, char *out, size_t size)
{
	const char *month = b->per == PER_MONTH ? diag_word(" per month", " per månad") : "";

	if (b->year == 0)
		snprintf(out, size, "%s", month);
	else
		snprintf(out, size, "%s%d%s", diag_word(" for ", " för "), b->year, month);
	return out;
}

/* Two tables speak of the same year (one without year: of every year). */
static bool
same_year(const struct budget *a, const struct budget *b)
{
	return a->year == 0 || b->year == 0 || a->year == b->year;
}

/* A contribution without party= says nobody pays it (COLS's budgets
 * whose columns name the parties are not contributions of this kind). */
static int
check_budget_party(const struct agreement *ag)
{
	const struct budget *b;
	int errors = 0;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->derived_from == NULL && b->type == BUDGET_CONTRIBUTION &&
		    b->party_id == NULL && b->columns == NULL) {
			diag(ag->path, b->line, MSG_BUDGET_NO_PARTY);
			errors++;
		}
	return errors;
}

/* A party id that names no party (or an actor); returns the errors. */
static int
check_party_id(const struct agreement *ag, const char *id, long line, const char *where)
{
	if (id == NULL || agreement_party(ag, id) != NULL)
		return 0;
	if (validate_sign_actor(ag, id) != NULL)
		diag(ag->path, line, MSG_ACTOR_NOT_PARTY, id, where);
	else
		diag(ag->path, line, MSG_UNKNOWN_PARTY, id, where);
	return 1;
}

/* A costs budget's or financing's own form: its lines' party, its stated
 * total, its year.  The lines of a financing are checked as budget lines
 * through the contributions derived from them (validate_econ.c). */
static int
check_table(struct agreement *ag, const struct budget *b, const char *what)
{
	const struct budget_line *l;
	char s1[64], s2[64], from[16], to[16];
	int errors = 0;

	if (b->type == BUDGET_COSTS)
		errors += check_party_id(ag, b->party_id, b->line, what);
	for (l = b->lines; l != NULL; l = l->next)
		if (b->type == BUDGET_COSTS)
			errors += validate_econ_line(ag, b, l);
		else
			errors += check_party_id(ag, l->party_id, l->line, what);
	if (b->has_stated_total && !budget_valued(b)) {
		money_format(b->stated_total, s1, sizeof(s1));
		diag(ag->path, b->total_line ? b->total_line : b->line,
		    MSG_BUDGET_STATED_NOT_VALUED, s1, what);
	} else if (b->has_stated_total && b->stated_total != budget_total(b)) {
		money_format(b->stated_total, s1, sizeof(s1));
		money_format(budget_total(b), s2, sizeof(s2));
		diag(ag->path, b->total_line ? b->total_line : b->line, MSG_BUDGET_TOTAL,
		    s1, what, s2);
	}
	if (b->year != 0 && ag->from.y != 0 && (b->year < calc_agreement_year(ag, ag->from) ||
	    b->year > calc_agreement_year(ag, ag->to))) {
		date_format_iso(ag->from, from, sizeof(from));
		date_format_iso(ag->to, to, sizeof(to));
		diag(ag->path, b->line, MSG_BUDGET_YEAR, b->year, from, to);
	}
	return errors;
}

/* A party with a budget and a financing line for one year; two
 * financings for one year.  Either would count money twice. */
static int
check_double_counting(const struct agreement *ag)
{
	const struct budget *d, *b;
	char y[48];
	int errors = 0;

	for (d = ag->budgets; d != NULL; d = d->next) {
		if (d->derived_from == NULL)
			continue;
		for (b = ag->budgets; b != NULL; b = b->next)
			if (b->derived_from == NULL && b->party != NULL && b->party == d->party &&
			    same_year(b, d)) {
				diag(ag->path, d->line, MSG_FINANCING_TWICE, d->party->name, b->line,
				    year_words(d->derived_from, y, sizeof(y)));
				errors++;
				break;
			}
	}
	for (d = ag->financings; d != NULL; d = d->next)
		for (b = ag->financings; b != d; b = b->next)
			if (same_year(b, d)) {
				diag(ag->path, d->line, MSG_FINANCING_SECOND,
				    year_words(d, y, sizeof(y)), b->line);
				errors++;
				break;
			}
	return errors;
}

/* The financing against the costs budgets of its year and per, each
 * figure as stated where stated.  No costs budget: nothing to check. */
static void
check_cover(const struct agreement *ag, const struct budget *f)
{
	const struct budget *c, *first = NULL;
	long long costs = 0, financing;
	char y[48], s1[64], s2[64], s3[64];

	for (c = ag->cost_budgets; c != NULL; c = c->next)
		if (c->year == f->year && c->per == f->per && budget_valued(c)) {
			if (first == NULL)
				first = c;
			costs += stated_budget_total(c);
		}
	if (first == NULL || !budget_valued(f))
		return;
	financing = stated_budget_total(f);
	if (financing == costs)
		return;
	money_format(financing, s1, sizeof(s1));
	money_format(costs, s2, sizeof(s2));
	money_format(financing < costs ? costs - financing : financing - costs, s3, sizeof(s3));
	diag(ag->path, f->total_line ? f->total_line : f->line,
	    financing < costs ? MSG_FINANCING_SHORT : MSG_FINANCING_OVER,
	    year_words(f, y, sizeof(y)), s1, s2, first->total_line ? first->total_line : first->line,
	    s3);
}

/* recipient="…" on the lines of b names a party. */
static int
check_recipients(const struct agreement *ag, const struct budget *b)
{
	const struct budget_line *l;
	int errors = 0;

	for (l = b->lines; l != NULL; l = l->next)
		errors += check_party_id(ag, l->econ.recipient, l->line,
		    diag_word("recipient", "mottagare"));
	return errors;
}

int
validate_financing(struct agreement *ag)
{
	const struct budget *b;
	int errors = check_budget_party(ag);

	/* a financing's lines are checked once, not again in its derived
	 * contributions */
	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->derived_from == NULL)
			errors += check_recipients(ag, b);
	for (b = ag->cost_budgets; b != NULL; b = b->next)
		errors += check_recipients(ag, b);
	for (b = ag->financings; b != NULL; b = b->next)
		errors += check_recipients(ag, b);

	for (b = ag->cost_budgets; b != NULL; b = b->next) {
		/* one amount column: its lines' figures are not in <amount>s */
		if (b->columns != NULL) {
			diag(ag->path, b->line, MSG_COSTS_COLUMNS);
			errors++;
			continue;
		}
		errors += check_table(ag, b, diag_word("the costs budget", "kostnadsbudgeten"));
	}
	for (b = ag->financings; b != NULL; b = b->next)
		errors += check_table(ag, b, diag_word("the financing", "finansieringen"));
	errors += check_double_counting(ag);
	for (b = ag->financings; b != NULL && errors == 0; b = b->next)
		check_cover(ag, b);
	return errors;
}
