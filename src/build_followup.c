/* A follow-up (partssamtal, dialogmöte, styrgrupp, verksamhetsrapport)
 * as its own document: the author, the date and the title as the
 * kommun's memos set them, the agreement it follows up, then its text. */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "build_common.h"
#include "build_sign.h"
#include "doc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "template.h"
#include "typo.h"

static const char *const kind_names[] = {
	[FU_PARTSSAMTAL] = "Partssamtal",
	[FU_DIALOGMOTE] = "Dialogmöte",
	[FU_STYRGRUPP] = "Styrgruppsmöte",
	[FU_VERKSAMHETSRAPPORT] = "Verksamhetsrapport",
};
_Static_assert(sizeof(kind_names) / sizeof(kind_names[0]) == FOLLOWUP_KIND_COUNT,
    "a follow-up kind without its title");

/* The kind as the document writes it, else the kind's own word. */
static const char *
followup_kind_text(const struct followup *f)
{
	return f->kind_text != NULL ? f->kind_text : kind_names[f->kind];
}

/* Each author's name in bold over their title, one author under the
 * other as a memo's senders stand; a little space between authors. */
static void
followup_authors(struct builder *bd, const struct followup *f)
{
	const struct template *t = bd->t;
	const struct followup_author *a;
	struct doc_node *b = NULL;

	for (a = f->authors; a != NULL; a = a->next) {
		if (b != NULL)
			b->space_after = 4;
		b = build_plain(bd, a->name, FACE_BOLD, t->size_body, a->line);
		b->space_after = 0;
		if (a->title != NULL) {
			b = build_plain(bd, a->title, FACE_REGULAR, t->size_body, a->line);
			b->space_after = 0;
		}
	}
	if (b != NULL)
		b->space_after = 10;
}

/* The PDF's Author: every author's name, comma-separated. */
static const char *
followup_author_names(const struct followup *f)
{
	const struct followup_author *a;
	char *names = NULL;

	for (a = f->authors; a != NULL; a = a->next)
		names = names == NULL ? a->name : arena_printf(f->arena, "%s, %s", names, a->name);
	return names;
}

static void
followup_title_block(struct builder *bd, const struct followup *f)
{
	const struct template *t = bd->t;
	const struct agreement *ag = f->agreement;
	struct doc_node *b;
	char date[128];

	followup_authors(bd, f);
	written_date_format(f->date, &f->date_as, t->followup_date_form, date, sizeof(date));
	b = build_plain(bd, arena_strdup(bd->a, date), FACE_REGULAR, t->size_body, f->date_line);
	b->space_after = 10;
	b = build_plain(bd, f->title, FACE_BOLD, t->size_h1, f->title_line);
	b->kind = DOC_TITLE;
	b->color = t->color_heading;
	b->leading = 1.2f;
	b->space_after = 4;
	if (f->subtitle != NULL) {
		b = build_plain(bd, f->subtitle, FACE_REGULAR, t->size_subtitle, f->subtitle_line);
		b->leading = 1.2f;
		b->space_after = 4;
	}
	if (ag != NULL) {
		char from[16], to[16];

		date_format_iso(ag->from, from, sizeof(from));
		date_format_iso(ag->to, to, sizeof(to));
		b = build_plain(bd, arena_printf(bd->a, "%s, uppföljning av: %s%s%s (%s – %s)",
		    followup_kind_text(f), ag->title, ag->effort != NULL ? " – " : "",
		    ag->effort != NULL ? ag->effort : "", from, to),
		    FACE_ITALIC, t->size_small + 1, f->line);
		b->color = t->color_muted;
	}
	if (f->period_from.y != 0 && f->period_to.y != 0) {
		char from[16], to[16];

		date_format_iso(f->period_from, from, sizeof(from));
		date_format_iso(f->period_to, to, sizeof(to));
		b = build_plain(bd, arena_printf(bd->a, "%s %s – %s",
		    t->label_report_period, from, to),
		    FACE_REGULAR, t->size_body, f->period_line);
		b->space_before = 4;
	}
	build_sign_approval(bd, f);
	bd->doc->last->space_after = 16;
}

struct doc *
build_followup(struct followup *f, const struct template *t)
{
	struct builder bd;
	struct doc *d = arena_alloc(f->arena, sizeof(*d));
	const struct agreement *ag = f->agreement;
	char date[16];

	d->arena = f->arena;
	d->path = f->path;
	d->created = date_days(f->date) * 86400L;
	d->title = f->title;
	d->effort = ag != NULL ? (ag->effort != NULL ? ag->effort : ag->title) : f->title;
	d->diarienummer = ag != NULL ? ag->diarienummer : NULL;
	date_format_iso(f->date, date, sizeof(date));
	d->date_text = arena_strdup(f->arena, date);
	d->author = followup_author_names(f);
	d->subject = arena_printf(f->arena, "%s %s", followup_kind_text(f), date);
	d->keywords = "IOP, uppföljning";

	memset(&bd, 0, sizeof(bd));
	bd.fu = f;
	bd.special = build_sign_followup_block;
	bd.doc = d;
	bd.t = t;
	bd.a = f->arena;
	followup_title_block(&bd, f);
	build_text(&bd, f->text, 0);
	if (t->typography)
		typo_doc(d);
	return d;
}
