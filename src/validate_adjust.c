/* The checks of adjustments (issue 12): the party an adjustment names,
 * two adjustments on one budget line, the components and weights of a
 * mixed index, index values and their status, and <economy year-start>.
 * Called by validate_agreement (validate.c) in its economy checks. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "calc.h"
#include "diag.h"
#include "econ_columns.h"
#include "format.h"
#include "model.h"
#include "validate.h"

/* kind="percent" needs percent=, kind="index" index= or components
 * (validate.c checks the economy's first adjustment itself). */
static int
check_kind(const struct agreement *ag, const struct adjustment *a)
{
	if (a == &ag->adjustment)
		return 0;
	if (a->kind == ADJ_PERCENT && !a->has_percent) {
		diag(ag->path, a->line, MSG_ADJ_PERCENT);
		return 1;
	}
	if (a->kind == ADJ_INDEX && a->index == NULL && a->components == NULL) {
		diag(ag->path, a->line, MSG_ADJ_INDEX);
		return 1;
	}
	return 0;
}

static int
check_components(const struct agreement *ag, const struct adjustment *a)
{
	const struct index_component *c, *d;
	double weights = 0;
	int errors = 0;
	char w[32], *dot;

	if (a->components == NULL)
		return 0;
	if (a->kind == ADJ_PERCENT) {
		diag(ag->path, a->line, MSG_ADJ_COMPONENT_KIND);
		return 1;
	}
	if (a->ncomponents < 2) {
		diag(ag->path, a->line, MSG_ADJ_COMPONENT_COUNT, a->ncomponents,
		    a->components->index);
		errors++;
	}
	for (c = a->components; c != NULL; c = c->next) {
		weights += c->weight;
		for (d = a->components; d != c; d = d->next)
			if (strcmp(d->index, c->index) == 0) {
				diag(ag->path, c->line, MSG_ADJ_COMPONENT_TWICE, c->index);
				errors++;
			}
	}
	/* weights have at most three decimals: compare in thousandths */
	if (a->ncomponents >= 2 && (long)(weights * 1000 + 0.5) != 100000) {
		snprintf(w, sizeof(w), "%g", weights);
		if ((dot = strchr(w, '.')) != NULL)
			*dot = ',';
		diag(ag->path, a->line, MSG_ADJ_WEIGHTS, w);
		errors++;
	}
	return errors;
}

static bool
has_component(const struct adjustment *a, const char *index)
{
	const struct index_component *c;

	for (c = a->components; c != NULL; c = c->next)
		if (strcmp(c->index, index) == 0)
			return true;
	return false;
}

static bool
same_index(const char *x, const char *y)
{
	return (x == NULL) == (y == NULL) && (x == NULL || strcmp(x, y) == 0);
}

/* Each value names an index the adjustment has; one value per index,
 * date and status. */
static int
check_values(const struct agreement *ag, const struct adjustment *a)
{
	const struct index_value *v, *w;
	struct buf names = { NULL, 0, 0 };
	const struct index_component *c;
	int errors = 0;
	char d[16], given[128], want[600];

	for (c = a->components; c != NULL; c = c->next)
		buf_printf(&names, "%s%s", c == a->components ? "" : ", ", c->index);
	for (v = a->values; v != NULL; v = v->next) {
		bool bad = a->components != NULL ? v->index == NULL || !has_component(a, v->index) :
		    v->index != NULL && (a->index == NULL || strcmp(v->index, a->index) != 0);

		if (bad) {
			if (v->index != NULL)
				snprintf(given, sizeof(given), "\"%s\"", v->index);
			else
				snprintf(given, sizeof(given), "(not given: write index=\"…\")");
			if (a->components != NULL)
				snprintf(want, sizeof(want), "one of the components (%s)",
				    names.data);
			else
				snprintf(want, sizeof(want), "the adjustment's index %s",
				    a->index != NULL ? a->index : "(none)");
			diag(ag->path, v->line, MSG_ADJ_VALUE_INDEX, given, want);
			errors++;
			continue;
		}
		for (w = a->values; w != v; w = w->next)
			if (date_compare(w->from, v->from) == 0 && w->preliminary == v->preliminary &&
			    (a->components == NULL || same_index(w->index, v->index))) {
				date_format_iso(v->from, d, sizeof(d));
				diag(ag->path, v->line, MSG_ADJ_VALUE_TWICE,
				    v->preliminary ? diag_word("preliminary", "preliminärt") :
				    diag_word("definitive", "definitivt"),
				    v->index != NULL ? v->index : a->index != NULL ? a->index :
				    diag_word("the index", "indexet"),
				    d, w->line);
				errors++;
				break;
			}
	}
	buf_free(&names);
	return errors;
}

static int
check_adjustment(const struct agreement *ag, const struct adjustment *a)
{
	int errors = check_kind(ag, a) + check_components(ag, a) + check_values(ag, a);

	if (a->party_id != NULL && a->budget != NULL) {
		diag(ag->path, a->line, MSG_ADJ_BUDGET_PARTY, a->party_id);
		errors++;
	} else if (a->party_id != NULL && a->party == NULL) {
		diag(ag->path, a->line, MSG_ADJ_PARTY, a->party_id);
		errors++;
	}
	return errors;
}

/* At most one adjustment applies to a budget line: two would uprate it
 * twice, or by a rule the agreement does not state. */
static int
check_conflicts(const struct agreement *ag)
{
	const struct budget *b;
	const struct budget_line *l;
	const struct adjustment *a, *first;
	int errors = 0;

	/* one message a budget: its lines share its adjustments but for kind */
	for (b = ag->budgets; b != NULL; b = b->next)
		for (l = b->lines; l != NULL; l = l->next) {
			int before = errors;

			first = NULL;
			for (a = b->adjustment != NULL ? b->adjustment : &ag->adjustment; a != NULL;
			    a = a->next) {
				if (!adjust_applies(a, b, l))
					continue;
				if (first == NULL) {
					first = a;
					continue;
				}
				diag(ag->path, a->line, MSG_ADJ_CONFLICT, first->line, a->line, l->line);
				errors++;
				break;
			}
			if (errors > before)
				break;
		}
	return errors;
}

/* An adjustment no budget line takes is likely a slip (applies-to
 * "money" over help in kind only): a note, since the file is right as
 * long as the agreement says so. */
static void
note_unused(const struct agreement *ag, const struct adjustment *a)
{
	static const char *const scope[] = {
		[ADJ_TO_MONEY] = "lines of money", [ADJ_TO_IN_KIND] = "lines of help in kind",
		[ADJ_TO_ALL] = "every line",
	};
	static const char *const scope_sv[] = {
		[ADJ_TO_MONEY] = "rader med pengar", [ADJ_TO_IN_KIND] = "rader med insatser i annan form",
		[ADJ_TO_ALL] = "varje rad",
	};
	const struct budget *b;
	const struct budget_line *l;

	if (ag->budgets == NULL)
		return;
	for (b = ag->budgets; b != NULL; b = b->next) {
		if (a->budget != NULL ? b != a->budget : b->adjustment != NULL)
			continue;
		for (l = b->lines; l != NULL; l = l->next)
			if (adjust_applies(a, b, l))
				return;
	}
	diag(ag->path, a->line, MSG_ADJ_UNUSED, diag_word(scope[a->applies_to], scope_sv[a->applies_to]),
	    a->party != NULL ? diag_word(" of ", " för ") : "", a->party != NULL ? a->party->name : "");
}

/* "2024" or "2024/25" */
static void
year_name(const struct agreement *ag, int year, char *out, size_t size)
{
	if (calc_agreement_years(ag))
		snprintf(out, size, "%d/%02d", year, (year + 1) % 100);
	else
		snprintf(out, size, "%d", year);
}

/* A party whose budgets all start after the period's first year: that
 * year counts nothing for it (calc_party_year finds no base), which the
 * source rarely means. */
static void
note_first_year_unbudgeted(const struct agreement *ag)
{
	const struct party *p;
	const struct budget *b;
	int first, last, earliest;
	char f[16], e[16];

	if (ag->from.y == 0 || ag->budgets == NULL)
		return;
	first = calc_agreement_year(ag, ag->from);
	last = ag->to.y != 0 ? calc_agreement_year(ag, ag->to) : first + 1000;
	for (p = ag->parties; p != NULL; p = p->next) {
		const struct budget *at = NULL;

		earliest = 0;
		for (b = ag->budgets; b != NULL; b = b->next) {
			int y = b->year != 0 ? b->year : first;

			if (b->party == p && (at == NULL || y < earliest))
				at = b, earliest = y;
		}
		/* a budget after the period has its own warning (validate.c) */
		if (at == NULL || earliest <= first || earliest > last)
			continue;
		year_name(ag, first, f, sizeof(f));
		year_name(ag, earliest, e, sizeof(e));
		diag(ag->path, ag->economy_line != 0 ? ag->economy_line : at->line,
		    MSG_FIRST_YEAR_NO_BUDGET, calc_agreement_years(ag) ?
		    diag_word("agreement year", "avtalsår") : diag_word("year", "år"),
		    f, p->name, e, p->name, first);
	}
}

int
validate_adjust(struct agreement *ag)
{
	const struct adjustment *a;
	const struct budget *b;
	int errors = 0;

	if (ag->year_start_m != 0 && !(date_exists(2001, ag->year_start_m, ag->year_start_d))) {
		diag(ag->path, ag->economy_line, MSG_YEAR_START, ag->year_start_m,
		    ag->year_start_d);
		errors++;
	}
	for (a = &ag->adjustment; a != NULL; a = a->next)
		if (a->kind != ADJ_NONE)
			errors += check_adjustment(ag, a);
	/* a budget with columns: its adjustment once, not once a column */
	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->adjustment != NULL && !econ_columns_repeat(ag, b))
			errors += check_adjustment(ag, b->adjustment);
	errors += check_conflicts(ag);
	for (a = &ag->adjustment; a != NULL && errors == 0; a = a->next)
		if (a->kind != ADJ_NONE)
			note_unused(ag, a);
	for (b = ag->budgets; b != NULL && errors == 0; b = b->next)
		if (b->adjustment != NULL && !econ_columns_repeat(ag, b))
			note_unused(ag, b->adjustment);
	note_first_year_unbudgeted(ag);
	return errors;
}
