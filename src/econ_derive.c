/* A financing table's lines become the parties' contributions: one
 * derived budget per party and <financing> (see econ_derive.h), so that
 * calc*.c and the reports need not know financing tables exist. */
#include <string.h>

#include "econ_derive.h"
#include "mem.h"
#include "model.h"

/* The derived budget of party p made from f, or NULL. */
static struct budget *
derived_of(const struct agreement *ag, const struct budget *f, const struct party *p)
{
	struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->derived_from == f && b->party == p)
			return b;
	return NULL;
}

static struct budget *
derived_new(struct agreement *ag, struct budget *f, const struct budget_line *l)
{
	struct budget *d = arena_alloc(ag->arena, sizeof(*d)), **tail;

	d->type = BUDGET_CONTRIBUTION;
	d->derived_from = f;
	d->party_id = l->party_id;
	d->party = l->party;
	d->year = f->year;
	d->per = f->per;
	d->per_stated = f->per_stated;
	d->kronor = f->kronor;
	d->line = l->line;	/* messages about it point at the party's first line */
	for (tail = &ag->budgets; *tail != NULL; tail = &(*tail)->next)
		continue;
	*tail = d;
	return d;
}

/* Appends a copy of l (the financing keeps its own list) to d. */
static void
derived_add_line(struct agreement *ag, struct budget *d, const struct budget_line *l)
{
	struct budget_line *copy = arena_alloc(ag->arena, sizeof(*copy)), **tail;
	enum budget_kind k;

	*copy = *l;
	copy->next = NULL;
	for (tail = &d->lines; *tail != NULL; tail = &(*tail)->next)
		continue;
	*tail = copy;
	d->nlines++;
	/* the budget's kind from its lines, as a written budget says it:
	 * the report's "insats i verksamheten" reads it */
	k = l->econ.kind == LINE_KIND_IN_KIND ? BUDGET_IN_KIND :
	    l->econ.kind == LINE_KIND_MONEY ? BUDGET_MONEY : BUDGET_UNSPECIFIED;
	d->kind = d->nlines == 1 || d->kind == k ? k : BUDGET_MIXED;
}

static void
derive_financing(struct agreement *ag, struct budget *f)
{
	struct budget_line *l;
	struct budget *d;

	for (l = f->lines; l != NULL; l = l->next) {
		l->party = agreement_party(ag, l->party_id);
		if (l->party == NULL)
			continue;
		if (rich_empty(&l->label))
			rich_append(ag->arena, &l->label, l->party->name, strlen(l->party->name),
			    0, l->line);
		if ((d = derived_of(ag, f, l->party)) == NULL)
			d = derived_new(ag, f, l);
		derived_add_line(ag, d, l);
	}
}

void
econ_derive(struct agreement *ag)
{
	struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->derived_from != NULL)
			return;	/* derived already: counting them twice is what this prevents */
	for (b = ag->cost_budgets; b != NULL; b = b->next)
		b->party = b->party_id != NULL ? agreement_party(ag, b->party_id) : NULL;
	for (b = ag->financings; b != NULL; b = b->next)
		derive_financing(ag, b);
}
