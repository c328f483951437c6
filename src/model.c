/* Life cycle of the agreement model and small helpers over it. */
#include <string.h>

#include "mem.h"
#include "model.h"

struct agreement *
agreement_new(const char *path)
{
	struct arena *a = arena_new();
	struct agreement *ag = arena_alloc(a, sizeof(*ag));

	ag->arena = a;
	ag->path = arena_strdup(a, path);
	return ag;
}

void
agreement_free(struct agreement *ag)
{
	if (ag != NULL)
		arena_free(ag->arena);
}

struct followup *
followup_new(const char *path)
{
	struct arena *a = arena_new();
	struct followup *f = arena_alloc(a, sizeof(*f));

	f->arena = a;
	f->path = arena_strdup(a, path);
	return f;
}

void
followup_free(struct followup *f)
{
	if (f != NULL)
		arena_free(f->arena);
}

void
input_free(struct input *in)
{
	agreement_free(in->agreement);
	followup_free(in->followup);
	in->agreement = NULL;
	in->followup = NULL;
}

const char *
input_path(const struct input *in)
{
	return in->type == INPUT_AGREEMENT ? in->agreement->path : in->followup->path;
}

const char *
input_id(const struct input *in)
{
	return in->type == INPUT_AGREEMENT ? in->agreement->id : in->followup->id;
}

bool
followup_is_meeting(const struct followup *f)
{
	return f->kind != FU_VERKSAMHETSRAPPORT;
}

void
rich_append(struct arena *a, struct rich *r, const char *text, size_t len,
    unsigned style, long line)
{
	struct run *run;

	if (len == 0)
		return;
	/* Adjacent text of the same style and line becomes one run. */
	if (r->last != NULL && r->last->style == style && r->last->line == line) {
		size_t old = strlen(r->last->text);
		char *s = arena_alloc(a, old + len + 1);

		memcpy(s, r->last->text, old);
		memcpy(s + old, text, len);
		r->last->text = s;
		return;
	}
	run = arena_alloc(a, sizeof(*run));
	run->text = arena_strndup(a, text, len);
	run->style = style;
	run->line = line;
	if (r->last != NULL)
		r->last->next = run;
	else
		r->first = run;
	r->last = run;
}

char *
rich_plain(struct arena *a, const struct rich *r)
{
	const struct run *run;
	size_t n = 0;
	char *s, *p;

	for (run = r->first; run != NULL; run = run->next)
		n += strlen(run->text);
	p = s = arena_alloc(a, n + 1);
	for (run = r->first; run != NULL; run = run->next) {
		size_t k = strlen(run->text);

		memcpy(p, run->text, k);
		p += k;
	}
	return s;
}

bool
rich_empty(const struct rich *r)
{
	const struct run *run;

	for (run = r->first; run != NULL; run = run->next)
		if (run->text[0] != '\0')
			return false;
	return true;
}

struct party *
agreement_party(const struct agreement *ag, const char *id)
{
	struct party *p;

	for (p = ag->parties; p != NULL; p = p->next)
		if (strcmp(p->id, id) == 0)
			return p;
	return NULL;
}

void
agreement_link(struct agreement *ag)
{
	struct budget *b;
	struct signatory *s;

	for (b = ag->budgets; b != NULL; b = b->next)
		b->party = agreement_party(ag, b->party_id);
	for (s = ag->signatories; s != NULL; s = s->next)
		s->party = agreement_party(ag, s->party_id);
}
