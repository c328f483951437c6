/* Life cycle of the agreement model, the names of its enums and small
 * helpers over it. */
#include <string.h>

#include "mem.h"
#include "model.h"
#include "model_report.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const goal_kind_names[] = {
	[GOAL_MAL] = "mal",
	[GOAL_DELMAL] = "delmal",
	[GOAL_EFFEKTMAL] = "effektmal",
	[GOAL_LARANDEMAL] = "larandemal",
};
_Static_assert(NELEM(goal_kind_names) == GOAL_KIND_COUNT, "a goal kind without a name");

static const char *const comparison_names[] = {
	[CMP_NONE] = "",
	[CMP_MINST] = "minst",
	[CMP_HOGST] = "hogst",
	[CMP_OKA] = "oka",
	[CMP_MINSKA] = "minska",
	[CMP_BIBEHALLA] = "bibehalla",
	[CMP_MELLAN] = "mellan",
};
_Static_assert(NELEM(comparison_names) == COMPARISON_COUNT, "a comparison without a name");

static const char *const comparison_words[] = {
	[CMP_NONE] = "",
	[CMP_MINST] = "minst",
	[CMP_HOGST] = "högst",
	[CMP_OKA] = "öka",
	[CMP_MINSKA] = "minska",
	[CMP_BIBEHALLA] = "bibehålla",
	[CMP_MELLAN] = "mellan",
};
_Static_assert(NELEM(comparison_words) == COMPARISON_COUNT, "a comparison without a word");

static const char *const target_kind_names[] = {
	[TARGET_PRIMARY] = "primary",
	[TARGET_SECONDARY] = "secondary",
	[TARGET_DIRECT] = "direct",
	[TARGET_INDIRECT] = "indirect",
};
_Static_assert(NELEM(target_kind_names) == TARGET_KIND_COUNT, "a target group kind without a name");

static const char *const followup_kind_names[] = {
	[FU_PARTSSAMTAL] = "partssamtal",
	[FU_DIALOGMOTE] = "dialogmote",
	[FU_STYRGRUPP] = "styrgrupp",
	[FU_VERKSAMHETSRAPPORT] = "verksamhetsrapport",
};
_Static_assert(NELEM(followup_kind_names) == FOLLOWUP_KIND_COUNT, "a follow-up kind without a name");

const char *
model_goal_kind_name(enum goal_kind k)
{
	return (size_t)k < NELEM(goal_kind_names) ? goal_kind_names[k] : "";
}

const char *
model_comparison_name(enum comparison k)
{
	return (size_t)k < NELEM(comparison_names) ? comparison_names[k] : "";
}

const char *
model_comparison_word(enum comparison k)
{
	return (size_t)k < NELEM(comparison_words) ? comparison_words[k] : "";
}

const char *
model_target_kind_name(enum target_kind k)
{
	return (size_t)k < NELEM(target_kind_names) ? target_kind_names[k] : "";
}

const char *
model_followup_kind_name(enum followup_kind k)
{
	return (size_t)k < NELEM(followup_kind_names) ? followup_kind_names[k] : "";
}

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
	report_info_free(in->report);
	in->agreement = NULL;
	in->followup = NULL;
	in->report = NULL;
}

const char *
input_path(const struct input *in)
{
	return in->type == INPUT_AGREEMENT ? in->agreement->path :
	    in->type == INPUT_REPORT ? in->report->path : in->followup->path;
}

const char *
input_id(const struct input *in)
{
	/* a report file has no id of its own: its nämnd names it */
	return in->type == INPUT_AGREEMENT ? in->agreement->id :
	    in->type == INPUT_REPORT ? in->report->namnd : in->followup->id;
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

	if (id == NULL)	/* a budget without party= */
		return NULL;
	for (p = ag->parties; p != NULL; p = p->next)
		if (strcmp(p->id, id) == 0)
			return p;
	return NULL;
}

void
agreement_link(struct agreement *ag)
{
	struct adjustment *a;
	struct budget *b;
	struct signatory *s;

	for (b = ag->budgets; b != NULL; b = b->next)
		b->party = b->party_id != NULL ? agreement_party(ag, b->party_id) : NULL;
	for (s = ag->signatories; s != NULL; s = s->next)
		s->party = agreement_party(ag, s->party_id);
	for (a = &ag->adjustment; a != NULL; a = a->next)
		a->party = a->party_id != NULL ? agreement_party(ag, a->party_id) : NULL;
}
