/* The report file's model (model_report.h): made, freed and titled; and
 * which documents a report is made from. */
#include <stdio.h>
#include <string.h>

#include "calc.h"
#include "mem.h"
#include "model_report.h"

struct report_info *
report_info_new(const char *path)
{
	struct arena *a = arena_new();
	struct report_info *ri = arena_alloc(a, sizeof(*ri));

	ri->arena = a;
	ri->path = arena_strdup(a, path);
	return ri;
}

void
report_info_free(struct report_info *ri)
{
	if (ri != NULL)
		arena_free(ri->arena);
}

const char *
report_info_title(const struct report_info *ri, char *buf, size_t size)
{
	if (ri != NULL && ri->title != NULL)
		return ri->title;
	/* a report's title as a kommun writes one, the same form as the
	 * report files' (review s26 AA item 3) */
	snprintf(buf, size, REPORT_DEFAULT_TITLE, ri != NULL ? ri->year : 0);
	return buf;
}

const struct namnd_ref *
report_agreement_namnd(const struct agreement *ag, const char *namnd)
{
	const struct namnd_ref *nr;

	for (nr = ag->namnd; nr != NULL && namnd != NULL; nr = nr->next)
		if (strcmp(nr->id, namnd) == 0)
			return nr;
	return NULL;
}

bool
report_has_agreement(const struct agreement *ag, const char *namnd, int year)
{
	return report_agreement_namnd(ag, namnd) != NULL && calc_covers_year(ag, year);
}

bool
report_followup_in_year(const struct followup *f, int year)
{
	const struct outcome *o;

	if (f->period_from.y != 0 && f->period_to.y != 0)
		return f->period_from.y <= year && year <= f->period_to.y;
	if (f->outcomes == NULL)
		return f->date.y == year;
	for (o = f->outcomes; o != NULL; o = o->next)
		if (o->to.y == year)
			return true;
	return false;
}

bool
report_followup_is_source(const struct followup *f, int year)
{
	return f->date.y <= year || report_followup_in_year(f, year);
}
