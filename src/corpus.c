/* The documents of a run, read once each, and the links between them
 * (a follow-up to its agreement, an outcome to its goal), made silently:
 * validate.c reports what did not link. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
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

void
corpus_free(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		input_free(&c->docs[i]);
	free(c->docs);
	memset(c, 0, sizeof(*c));
}
