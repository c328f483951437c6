/* The report file's model (model_report.h): made, freed and titled. */
#include <stdio.h>

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
	snprintf(buf, size, "Årsrapport %d", ri != NULL ? ri->year : 0);
	return buf;
}
