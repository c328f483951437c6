/* The XML reader's part of what issue 12 adds to goals and outcomes:
 * ranges, shares and scales of goals, ratios and "kön ej angivet" of
 * outcomes, a follow-up's assessments, and the agreement's follow-up
 * duties (meeting kinds, report deadlines, payment months), from the
 * tree into the model.
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
	g->long_term = tree_attr_is(r, n, "horizon", "long");
	g->unmeasured = tree_attr(r, n, "unmeasured");
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

void
duties_read(struct reader *r, xmlNode *n, struct followup_duty *d)
{
	static const char *const pers[] = {
		[DUTY_WEEK] = "week", [DUTY_MONTH] = "month", [DUTY_QUARTER] = "quarter",
		[DUTY_HALF_YEAR] = "half-year", [DUTY_YEAR] = "year", [DUTY_PERIOD] = "period",
	};
	struct duty_meeting **mt = &d->meetings;
	struct report_due **rt = &d->report_dues;
	xmlNode *c;
	size_t i;

	for (c = tree_first(n->children); c != NULL; c = tree_next(c)) {
		if (tree_is(c, "meeting")) {
			struct duty_meeting *m = arena_alloc(r->arena, sizeof(*m));
			char *per = tree_attr(r, c, "per");

			m->line = tree_line(c);
			m->kind = tree_attr(r, c, "kind");
			m->count = tree_attr_int(r, c, "count");
			m->per = DUTY_YEAR;
			for (i = 0; per != NULL && i < sizeof(pers) / sizeof(pers[0]); i++)
				if (strcmp(per, pers[i]) == 0)
					m->per = (enum duty_per)i;
			*mt = m;
			mt = &m->next;
		} else if (tree_is(c, "report-due")) {
			struct report_due *rd = arena_alloc(r->arena, sizeof(*rd));

			rd->line = tree_line(c);
			rd->month = tree_attr_int(r, c, "month");
			rd->day = tree_attr_int(r, c, "day");
			tree_attr_date(r, c, "date", "report deadline", &rd->date);
			*rt = rd;
			rt = &rd->next;
		}
	}
}

void
duties_read_payment(struct reader *r, xmlNode *n, struct payment *p)
{
	char *s = tree_attr(r, n, "months"), *end;

	/* the schema has checked the form: 1-12 numbers, each a count */
	while (s != NULL && *s != '\0' && p->nmonths < 12) {
		long m = strtol(s, &end, 10);

		if (end == s)
			break;
		p->months[p->nmonths++] = m > 100000 ? 100000 : (int)m;
		s = end;
	}
}
