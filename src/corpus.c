/* The documents of a run, read once each, and the links between them
 * (a follow-up to its agreement, an outcome to its goal), made silently:
 * validate.c reports what did not link. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "utf8.h"
#include "xml_read.h"

long
corpus_add(struct corpus *c, const char *path)
{
	return corpus_add_seen(c, path, NULL, NULL);
}

long
corpus_add_seen(struct corpus *c, const char *path,
    void (*seen)(const char *, size_t, void *), void *ctx)
{
	struct input in;
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(input_path(&c->docs[i]), path) == 0)
			return (long)i;
	if (xml_read_seen(path, &in, seen, ctx) != 0)
		return -1;
	xgrow((void **)&c->docs, &c->cap, c->n + 1, sizeof(*c->docs));
	c->docs[c->n] = in;
	return (long)c->n++;
}

struct agreement *
corpus_agreement(const struct corpus *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->docs[i].type == INPUT_AGREEMENT && strcmp(c->docs[i].agreement->id, id) == 0)
			return c->docs[i].agreement;
	return NULL;
}

static struct goal *
goal_by_id(struct goal *g, const char *id)
{
	for (; g != NULL; g = g->next)
		if (strcmp(g->id, id) == 0)
			return g;
	return NULL;
}

static struct goal *
goal_by_measure(struct goal *g, const char *measure)
{
	for (; g != NULL; g = g->next)
		if (g->measure != NULL && utf8_casecmp(g->measure, measure) == 0)
			return g;
	return NULL;
}

struct goal *
corpus_followup_goal(const struct corpus *c, const char *agreement_id, const char *id,
    const char *measure)
{
	struct goal *g;
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct followup *f = c->docs[i].followup;

		if (c->docs[i].type != INPUT_FOLLOWUP || strcmp(f->agreement_id, agreement_id) != 0)
			continue;
		if ((g = id != NULL ? goal_by_id(f->next_goals, id) :
		    goal_by_measure(f->next_goals, measure)) != NULL)
			return g;
	}
	return NULL;
}

void
corpus_link_followup(const struct corpus *c, struct followup *f)
{
	struct agreement *ag = corpus_agreement(c, f->agreement_id);
	struct outcome *o;

	f->agreement = ag;
	for (o = f->outcomes; o != NULL; o = o->next) {
		o->goal = NULL;
		if (ag == NULL)
			continue;
		/* by id, the agreement's goal or a delmål a follow-up set; by
		 * measure, the agreement's goals only */
		if (o->goal_id != NULL) {
			o->goal = goal_by_id(ag->goals, o->goal_id);
			if (o->goal == NULL)
				o->goal = corpus_followup_goal(c, ag->id, o->goal_id, NULL);
		} else
			o->goal = goal_by_measure(ag->goals, o->measure);
	}
}

void
corpus_link(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->docs[i].type == INPUT_FOLLOWUP)
			corpus_link_followup(c, c->docs[i].followup);
}

/* Whether two strings are equal but for case (ASCII) and white space:
 * "AMN 2023/077" is "amn 2023/ 077". */
static bool
same_loosely(const char *a, const char *b)
{
	for (;;) {
		while (*a == ' ' || *a == '\t' || *a == '\n' || *a == '\r')
			a++;
		while (*b == ' ' || *b == '\t' || *b == '\n' || *b == '\r')
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if ((*a >= 'A' && *a <= 'Z' ? *a + 32 : *a) != (*b >= 'A' && *b <= 'Z' ? *b + 32 : *b))
			return false;
		a++;
		b++;
	}
}

/* An organisationsnummer's digits only: "212000-1116" is "2120001116". */
static bool
same_orgnr(const char *a, const char *b)
{
	for (;;) {
		while (*a != '\0' && (*a < '0' || *a > '9'))
			a++;
		while (*b != '\0' && (*b < '0' || *b > '9'))
			b++;
		if (*a == '\0' || *b == '\0')
			return *a == *b;
		if (*a++ != *b++)
			return false;
	}
}

/* One party: by organisationsnummer when both give one, else by name. */
static bool
same_party(const struct party *p, const struct party *q)
{
	if (p->orgnr != NULL && q->orgnr != NULL)
		return same_orgnr(p->orgnr, q->orgnr);
	return p->name != NULL && q->name != NULL && utf8_casecmp(p->name, q->name) == 0;
}

/* Every party of a is one of b's. */
static bool
parties_within(const struct agreement *a, const struct agreement *b)
{
	const struct party *p, *q;

	for (p = a->parties; p != NULL; p = p->next) {
		for (q = b->parties; q != NULL && !same_party(p, q); q = q->next)
			continue;
		if (q == NULL)
			return false;
	}
	return true;
}

bool
corpus_same_agreement(const struct agreement *a, const struct agreement *b)
{
	if (a == b || a->diarienummer == NULL || b->diarienummer == NULL ||
	    !same_loosely(a->diarienummer, b->diarienummer))
		return false;
	if (a->parties == NULL || b->parties == NULL || !parties_within(a, b) ||
	    !parties_within(b, a))
		return false;
	if (a->from.y == 0 || a->to.y == 0 || b->from.y == 0 || b->to.y == 0)
		return false;
	return date_days(a->from) <= date_days(b->to) && date_days(b->from) <= date_days(a->to);
}

/* The day an agreement was made, for which of two copies counts: its
 * <date>, else its version's date; 0 when it states neither. */
static long
made_on(const struct agreement *ag)
{
	return ag->date.y != 0 ? date_days(ag->date) : ag->version_date.y != 0 ?
	    date_days(ag->version_date) : 0;
}

bool
corpus_counts_over(const struct agreement *first, const struct agreement *second)
{
	return made_on(first) >= made_on(second);
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		input_free(&c->docs[i]);
	free(c->docs);
	memset(c, 0, sizeof(*c));
}
