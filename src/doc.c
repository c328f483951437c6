/* Builder helpers for the document tree. */
#include "doc.h"
#include "mem.h"

struct doc_block *
doc_add(struct doc *d, enum doc_kind kind, enum doc_role role)
{
	struct doc_block *b = arena_alloc(d->arena, sizeof(*b));

	b->kind = kind;
	b->role = role;
	b->leading = 1.3f;
	if (d->last != NULL)
		d->last->next = b;
	else
		d->first = b;
	d->last = b;
	return b;
}

void
doc_span(struct doc *d, struct doc_text *t, const char *text, enum face face, long line)
{
	struct doc_span *s;

	if (text == NULL || *text == '\0')
		return;
	s = arena_alloc(d->arena, sizeof(*s));
	s->text = text;
	s->face = face;
	s->line = line;
	if (t->last != NULL)
		t->last->next = s;
	else
		t->first = s;
	t->last = s;
}
