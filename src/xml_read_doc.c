/* The XML reader's document control: an agreement's decisions, version,
 * version history and annexes, from the tree into the model. */
#include <string.h>

#include "mem.h"
#include "model.h"
#include "xml_read_int.h"

static void
read_decision(struct reader *r, xmlNode *n)
{
	struct decision *d = arena_alloc(r->arena, sizeof(*d)), **tail;

	d->line = tree_line(n);
	d->body = tree_attr(r, n, "body");
	tree_attr_date(r, n, "date", "decision date", &d->date);
	d->paragraph = tree_attr(r, n, "paragraph");
	d->diarienummer = tree_attr(r, n, "diarienummer");
	d->text = tree_text(r, n);
	if (d->text != NULL && d->text[0] == '\0')
		d->text = NULL;
	for (tail = &r->ag->decisions; *tail != NULL; tail = &(*tail)->next)
		;
	*tail = d;
}

static void
read_history(struct reader *r, xmlNode *n)
{
	struct version_change **tail = &r->ag->history;
	xmlNode *c;

	r->ag->history_line = tree_line(n);
	for (c = tree_child(n, "change"); c != NULL; c = tree_next(c)) {
		struct version_change *v = arena_alloc(r->arena, sizeof(*v));

		v->line = tree_line(c);
		v->version = tree_attr(r, c, "version");
		tree_attr_date(r, c, "date", "change date", &v->date);
		v->by = tree_attr(r, c, "by");
		v->text = tree_text(r, c);
		*tail = v;
		tail = &v->next;
	}
}

bool
head_doc_control(struct reader *r, xmlNode *n)
{
	if (tree_is(n, "decision"))
		read_decision(r, n);
	else if (tree_is(n, "version")) {
		r->ag->version_line = tree_line(n);
		r->ag->version = tree_attr(r, n, "number");
		tree_attr_date(r, n, "date", "version date", &r->ag->version_date);
	} else if (tree_is(n, "history"))
		read_history(r, n);
	else
		return false;
	return true;
}

/* An annex may hold no <signatures> (validate_doc.c says so): those the
 * text reader added are not the agreement's.  Annexes are read after
 * the text, so the agreement's are the first keep. */
static size_t
count_signatories(const struct agreement *ag)
{
	const struct signatory *s;
	size_t n = 0;

	for (s = ag->signatories; s != NULL; s = s->next)
		n++;
	return n;
}

static void
drop_annex_signatories(struct agreement *ag, size_t keep)
{
	struct signatory *s = ag->signatories;
	size_t i;

	for (i = 1; s != NULL && i < keep; i++)
		s = s->next;
	if (keep == 0)
		ag->signatories = NULL;
	else if (s != NULL)
		s->next = NULL;
}

void
doc_annexes(struct reader *r, xmlNode *n)
{
	struct annex **tail = &r->ag->annexes;
	size_t keep = count_signatories(r->ag);
	xmlNode *c, *t;

	r->ag->annexes_line = tree_line(n);
	for (c = tree_child(n, "annex"); c != NULL; c = tree_next(c)) {
		struct annex *a = arena_alloc(r->arena, sizeof(*a));
		struct block body;

		a->line = a->title_line = tree_line(c);
		a->id = tree_attr(r, c, "id");
		a->number = tree_attr(r, c, "number");
		a->attached = !tree_attr_is(r, c, "attached", "no");
		if ((t = tree_child(c, "title")) != NULL) {
			a->title = tree_text(r, t);
			a->title_line = tree_line(t);
		}
		/* the blocks after the title (text_blocks skips no <title>,
		 * so start past it).  Those of an annex that is not attached
		 * are not read: they are not printed, so they count nowhere
		 * (a budget in them is not the agreement's); validate_doc.c
		 * warns at the first one's line. */
		memset(&body, 0, sizeof(body));
		if (t != NULL && !a->attached) {
			xmlNode *first = tree_first(t->next);

			a->unread_line = first != NULL ? tree_line(first) : 0;
		} else if (t != NULL)
			text_blocks(r, t->next, &body);
		a->text = body.children;
		drop_annex_signatories(r->ag, keep);
		*tail = a;
		tail = &a->next;
	}
}
