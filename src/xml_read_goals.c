/* The XML reader's part of what issue 12 adds to goals and outcomes:
 * ranges, shares and scales of goals, ratios and "kön ej angivet" of
 * outcomes, and a follow-up's assessments, from the tree into the model.
 * The schema has checked the form; the meaning is validate_goals.c's. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "model.h"
#include "xml_read_int.h"

/* A percent as the schema takes it (at most one decimal, 0-100000) in
 * tenths: "74.5" is 745. */
static int
attr_tenths(struct reader *r, xmlNode *n, const char *name, bool *has)
{
	char *s = tree_attr(r, n, name);

	*has = s != NULL;
	return s != NULL ? (int)lround(strtod(s, NULL) * 10.0) : 0;
}

void
goals_read_goal(struct reader *r, xmlNode *n, struct goal *g)
{
	char *s;

	g->min = tree_attr_ll(r, n, "min", &g->has_min);
	g->max = tree_attr_ll(r, n, "max", &g->has_max);
	g->percent_tenths = attr_tenths(r, n, "percent", &g->has_percent);
	if ((s = tree_attr(r, n, "per")) == NULL)
		return;
	/* counted per week, month or quarter: a yearly goal, scaled */
	g->scale = strcmp(s, "week") == 0 ? SCALE_WEEK : strcmp(s, "month") == 0 ? SCALE_MONTH :
	    strcmp(s, "quarter") == 0 ? SCALE_QUARTER : SCALE_NONE;
	if (g->scale != SCALE_NONE)
		g->per = PER_YEAR;
}

void
goals_read_outcome(struct reader *r, xmlNode *n, xmlNode *outcomes, struct outcome *o)
{
	o->not_stated = tree_attr_ll(r, n, "not-stated", &o->has_not_stated);
	o->of = tree_attr_ll(r, n, "of", &o->has_of);
	o->percent_tenths = attr_tenths(r, n, "percent", &o->has_percent);
	o->cumulative = tree_attr_is(r, outcomes, "cumulative", "yes");
}

void
goals_read_assessments(struct reader *r, xmlNode *n)
{
	struct assessment **tail = &r->fu->assessments;
	xmlNode *c;

	for (c = tree_child(n, "assessment"); c != NULL; c = tree_next(c)) {
		struct assessment *a = arena_alloc(r->arena, sizeof(*a));
		char *level = tree_attr(r, c, "level");

		a->line = tree_line(c);
		a->goal_id = tree_attr(r, c, "goal");
		a->text = tree_text(r, c);
		if (a->text != NULL && a->text[0] == '\0')
			a->text = NULL;
		a->level = level == NULL ? ASSESS_MET : strcmp(level, "delvis") == 0 ? ASSESS_PARTLY :
		    strcmp(level, "ej-uppfyllt") == 0 ? ASSESS_NOT_MET : ASSESS_MET;
		*tail = a;
		tail = &a->next;
	}
}
