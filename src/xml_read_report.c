/* The XML reader's report file: <namnd-report namnd= year=> and what
 * only people know of the nämnd's yearly report (model_report.h).  The
 * schema has checked its shape; validate_report.c checks the rest. */
#include <string.h>

#include "mem.h"
#include "model_report.h"
#include "xml_read_int.h"

static void
read_author(struct reader *r, xmlNode *n, struct report_author ***tail)
{
	struct report_author *a = arena_alloc(r->arena, sizeof(*a));

	a->line = tree_line(n);
	a->name = tree_child_text(r, n, "name");
	a->title = tree_child_text(r, n, "title");
	a->unit = tree_child_text(r, n, "unit");
	a->email = tree_child_text(r, n, "email");
	a->phone = tree_child_text(r, n, "phone");
	a->label = tree_attr(r, n, "label");
	**tail = a;
	*tail = &a->next;
}

/* A text's <p> and <list> blocks, read by the agreement's text reader. */
static struct block *
read_text(struct reader *r, xmlNode *n)
{
	struct block body;

	memset(&body, 0, sizeof(body));
	text_blocks(r, n->children, &body);
	return body.children;
}

void
report_read(struct reader *r, xmlNode *root)
{
	struct report_info *ri = r->ri;
	struct report_author **atail = &ri->authors;
	xmlNode *c;
	const char *status;

	ri->line = ri->namnd_line = tree_line(root);
	ri->namnd = tree_attr(r, root, "namnd");
	ri->year = tree_attr_int(r, root, "year");
	/* the schema allows "draft" and "final" (the default) */
	status = tree_attr(r, root, "status");
	ri->draft = status != NULL && strcmp(status, "draft") == 0;
	for (c = tree_first(root->children); c != NULL; c = tree_next(c)) {
		if (tree_is(c, "title")) {
			ri->title = tree_text(r, c);
		} else if (tree_is(c, "diarienummer")) {
			ri->diarienummer = tree_text(r, c);
		} else if (tree_is(c, "date")) {
			ri->date_line = tree_line(c);
			sign_written_date(r, c, "report date", &ri->date, &ri->date_as);
		} else if (tree_is(c, "meeting")) {
			ri->meeting_line = tree_line(c);
			sign_written_date(r, c, "meeting date", &ri->meeting, &ri->meeting_as);
		} else if (tree_is(c, "author")) {
			read_author(r, c, &atail);
		} else if (tree_is(c, "proposal")) {
			ri->proposal = read_text(r, c);
		} else if (tree_is(c, "introduction")) {
			ri->introduction = read_text(r, c);
		} else if (tree_is(c, "analysis")) {
			ri->analysis = read_text(r, c);
		} else if (tree_is(c, "conclusions")) {
			ri->conclusions = read_text(r, c);
		}
	}
}
