/* The reader of an <adjustment> (issue 12): its party and scope, the
 * components of a mixed index, and index values with their status; and
 * of <economy year-start>. */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "xml_read_int.h"

static void
read_components(struct reader *r, xmlNode *n, struct adjustment *a)
{
	struct index_component **ct = &a->components;
	xmlNode *c;

	for (c = tree_child(n, "component"); c != NULL; c = tree_next(c)) {
		struct index_component *ic;

		if (!tree_is(c, "component"))
			continue;
		ic = arena_alloc(r->arena, sizeof(*ic));
		ic->line = tree_line(c);
		ic->index = tree_attr(r, c, "index");
		ic->weight = strtod(tree_attr(r, c, "weight"), NULL);
		*ct = ic;
		ct = &ic->next;
		a->ncomponents++;
	}
}

void
adjust_read(struct reader *r, xmlNode *n, struct adjustment *a, bool in_budget)
{
	struct index_value **vt = &a->values;
	xmlNode *v;
	char *s;

	a->line = tree_line(n);
	a->kind = tree_attr_is(r, n, "kind", "percent") ? ADJ_PERCENT : ADJ_INDEX;
	if ((s = tree_attr(r, n, "percent")) != NULL) {
		a->has_percent = true;
		a->percent = strtod(s, NULL);
	}
	a->index = tree_attr(r, n, "index");
	a->party_id = tree_attr(r, n, "party");
	s = tree_attr(r, n, "applies-to");
	/* a budget's own adjustment is written for that budget's lines */
	a->applies_to = s == NULL ? (in_budget ? ADJ_TO_ALL : ADJ_TO_MONEY) :
	    strcmp(s, "all") == 0 ? ADJ_TO_ALL :
	    strcmp(s, "in-kind") == 0 ? ADJ_TO_IN_KIND : ADJ_TO_MONEY;
	tree_attr_date(r, n, "from", "adjustment start", &a->from);
	if (tree_attr(r, n, "from-also") != NULL)
		tree_attr_date(r, n, "from-also", "adjustment's other start", &a->from_also);
	read_components(r, n, a);
	for (v = tree_child(n, "value"); v != NULL; v = tree_next(v)) {
		struct index_value *iv;

		if (!tree_is(v, "value"))
			continue;
		iv = arena_alloc(r->arena, sizeof(*iv));
		iv->line = tree_line(v);
		tree_attr_date(r, v, "from", "index value start", &iv->from);
		iv->percent = strtod(tree_attr(r, v, "percent"), NULL);
		iv->index = tree_attr(r, v, "index");
		iv->preliminary = tree_attr_is(r, v, "status", "preliminary");
		*vt = iv;
		vt = &iv->next;
	}
}

/* The economy's adjustments: the first in the agreement, more after it. */
struct adjustment *
adjust_next_slot(struct reader *r)
{
	struct adjustment *a = &r->ag->adjustment;

	if (a->kind == ADJ_NONE)
		return a;
	while (a->next != NULL)
		a = a->next;
	a->next = arena_alloc(r->arena, sizeof(*a->next));
	return a->next;
}

/* year-start="07-01": the schema has checked the form MM-DD. */
void
adjust_read_year_start(struct reader *r, xmlNode *n)
{
	const char *s = tree_attr(r, n, "year-start");

	r->ag->economy_line = tree_line(n);
	if (s == NULL)
		return;
	r->ag->year_start_m = atoi(s);
	r->ag->year_start_d = atoi(s + 3);
}
