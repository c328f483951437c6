/* A follow-up (partssamtal, dialogmöte, styrgrupp, verksamhetsrapport)
 * as its own document: a record head as the kommun's minutes and reports
 * open (the kommun, the kind, date, place, diarienummer, period, who wrote
 * it), the title, the agreement it follows up, the participants as a
 * table, then its text. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "build.h"
#include "build_common.h"
#include "build_sign.h"
#include "diag.h"
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

/* The record's kind as its head names it: a meeting's minutes, a
 * partssamtal, a report; the document's own word (kind_text) when it
 * has one. */
static const char *const record_names[] = {
	[FU_PARTSSAMTAL] = "Partssamtal",
	[FU_DIALOGMOTE] = "Minnesanteckningar från dialogmöte",
	[FU_STYRGRUPP] = "Minnesanteckningar från styrgruppsmöte",
	[FU_VERKSAMHETSRAPPORT] = "Verksamhetsrapport",
};
_Static_assert(sizeof(record_names) / sizeof(record_names[0]) == FOLLOWUP_KIND_COUNT,
    "a follow-up kind without its record head");

/* Words a record's kind ends in, as kommuner name their minutes and
 * reports: a title that opens with such a word names its own kind
 * ("Resultatrapport 2025 – …", "Partssamtal …", "Minnesanteckningar
 * från …"). */
static const char *const kind_word_ends[] = {
	"anteckningar", "protokoll", "rapport", "redovisning", "berättelse", "samtal",
	"möte", "mötet", "styrgrupp",
};

/* Where the kind's phrase ends in a title: a comma, a dash or a colon,
 * or a word that turns to the subject ("Verksamhetsrapport för …",
 * "… dialogmöte om …"). */
static const char *const kind_phrase_ends[] = {
	", ", " – ", " — ", " - ", ": ", " för ", " om ", " avseende ", " angående ",
	" gällande ", " kring ",
};

/* The length of s's first word (up to a space or a comma). */
static size_t
first_word_len(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0' && s[n] != ' ' && s[n] != ',' && s[n] != ':')
		n++;
	return n;
}

/* Whether the word w (n bytes) names a record's kind: the kind's own
 * first word, or a word that ends as kinds do.  ASCII case folded; the
 * Swedish letters of the endings are lower case in both. */
static bool
is_kind_word(const char *w, size_t n, const char *kind)
{
	size_t k, kn = first_word_len(kind);

	if (n == kn && strncasecmp(w, kind, n) == 0)
		return true;
	for (k = 0; k < sizeof(kind_word_ends) / sizeof(kind_word_ends[0]); k++) {
		size_t e = strlen(kind_word_ends[k]);

		if (n >= e && strncasecmp(w + n - e, kind_word_ends[k], e) == 0)
			return true;
	}
	return false;
}

/* Whether s opens with a capital (A-Z, Å, Ä, Ö): a name, not a
 * continuation of the kind ("från styrgruppsmöte", "2024"). */
static bool
opens_capital(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;

	return (u[0] >= 'A' && u[0] <= 'Z') ||
	    (u[0] == 0xC3 && (u[1] == 0x85 || u[1] == 0x84 || u[1] == 0x96));
}

/* s with its first letter in upper case (a-z, å, ä, ö): the subject
 * opens the title ("om verksamhetsåret 2026" → "Verksamhetsåret 2026"). */
static const char *
capitalised(struct arena *a, const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	char *out;

	if (u[0] >= 'a' && u[0] <= 'z') {
		out = arena_strdup(a, s);
		out[0] = (char)(u[0] - ('a' - 'A'));
		return out;
	}
	if (u[0] == 0xC3 && (u[1] == 0xA5 || u[1] == 0xA4 || u[1] == 0xB6)) {
		out = arena_strdup(a, s);
		out[1] = (char)(u[1] - 0x20);
		return out;
	}
	return s;
}

/* Longer than this, the words between the kind and the subject are
 * a name list (a partssamtal's parties) and go under the title. */
#define KIND_QUALIFIER_MAX 24
/* A kind phrase longer than this is no kind line: the title is kept. */
#define KIND_PHRASE_MAX 80

/* A follow-up's opening as printed (review r31: a partssamtal whose
 * title began "Partssamtal" printed no kind, and its title took three
 * lines; a resultatrapport of kind verksamhetsrapport printed
 * "Verksamhetsrapport" over "Resultatrapport 2025 – …").  The kind line
 * is always there: when the title opens with a kind of its own, the
 * title's words up to its subject ("Resultatrapport 2025",
 * "Minnesanteckningar från dialogmöte"), as the author named it; else
 * KIND, the follow-up's kind.  The title is then the subject alone; a
 * title that is all kind ("Partssamtal 2019-10-25") gets SUBJECT (the
 * agreement's effort).  Capitalised words between the kind and the
 * subject (the parties: "Partssamtal Linköpings kommun och …, IOP …")
 * go under the title, unless it has a subtitle of its own. */
void
followup_head_text(struct arena *a, const char *title, const char *kind, const char *subject,
    bool has_subtitle, struct followup_head_text *out)
{
	size_t w, k, end = 0, sep = 0;
	const char *rest;
	char *phrase;

	out->kind = kind;
	out->title = title != NULL && title[0] != '\0' ? title : subject;
	out->under = NULL;
	if (title == NULL || kind == NULL)
		return;
	w = first_word_len(title);
	if (w == 0 || !is_kind_word(title, w, kind))
		return;
	for (k = 0; k < sizeof(kind_phrase_ends) / sizeof(kind_phrase_ends[0]); k++) {
		const char *at = strstr(title + w, kind_phrase_ends[k]);

		/* (", " right after the word too: "Partssamtal, Språkvänner") */
		if (at == NULL && strncmp(title + w, kind_phrase_ends[k],
		    strlen(kind_phrase_ends[k])) == 0)
			at = title + w;
		if (at != NULL && (end == 0 || (size_t)(at - title) < end)) {
			end = (size_t)(at - title);
			sep = strlen(kind_phrase_ends[k]);
		}
	}
	if (end == 0) {
		end = strlen(title);
		rest = subject;
	} else
		rest = title + end + sep;
	if (end > KIND_PHRASE_MAX || rest == NULL || rest[0] == '\0')
		return;
	phrase = arena_strdup(a, title);
	phrase[end] = '\0';
	out->kind = phrase;
	out->title = capitalised(a, rest);
	if (!has_subtitle && end > w + 1 && opens_capital(phrase + w + 1) &&
	    strlen(phrase + w + 1) > KIND_QUALIFIER_MAX) {
		/* the kind's own word when the title's is it, written as
		 * the kind writes it */
		if (w == first_word_len(kind) && strncasecmp(title, kind, w) == 0)
			out->kind = kind;
		else {
			phrase[w] = '\0';
			out->kind = phrase;
		}
		out->under = phrase + w + 1;
	}
}

/* The kommun the record is the kommun's of: the agreement's first public
 * party that is a kommun, or NULL. */
static const struct party *
followup_kommun(const struct followup *f)
{
	const struct party *p;

	if (f->agreement == NULL)
		return NULL;
	for (p = f->agreement->parties; p != NULL; p = p->next)
		if (p->role == ROLE_PUBLIC && p->public_kind == PUBLIC_KOMMUN)
			return p;
	return NULL;
}

/* A title as it reads after a name and a comma: its first letter in
 * lower case when its first word is a plain word ("Utvecklingsledare,
 * socialförvaltningen"), as written when it is an abbreviation or a
 * name ("IT-chef", "HR-strateg" keep theirs). */
static const char *
title_after_name(struct builder *bd, const char *title)
{
	unsigned char c = (unsigned char)title[0];
	size_t first = c >= 0x80 ? 2 : 1, k;
	char *out;

	if (!(c >= 'A' && c <= 'Z') && !(c == 0xC3 && ((unsigned char)title[1] == 0x85 ||
	    (unsigned char)title[1] == 0x84 || (unsigned char)title[1] == 0x96)))
		return title;
	for (k = first; title[k] != '\0' && title[k] != ' ' && title[k] != ','; k++)
		if ((title[k] >= 'A' && title[k] <= 'Z') || title[k] == '-' ||
		    (title[k] >= '0' && title[k] <= '9'))
			return title;
	if (k == first)
		return title;
	out = arena_strdup(bd->a, title);
	if (first == 1)
		out[0] = (char)(c + ('a' - 'A'));
	else
		out[1] = (char)((unsigned char)out[1] + 0x20);
	return out;
}

/* Whether some participant signs the minutes (signs=). */
static bool
followup_has_signers(const struct followup *f)
{
	const struct participant *p;

	for (p = f->participants; p != NULL; p = p->next)
		if (p->signs != SIGNS_NONE)
			return true;
	return false;
}

/* Whether the record ends with "Antecknat av" and its authors: a
 * meeting's minutes (not a partssamtal, which the parties sign) that
 * name no secretary or adjuster and have no <signatures> of their own. */
static bool
followup_noted_by(const struct followup *f)
{
	return followup_is_meeting(f) && f->kind != FU_PARTSSAMTAL && f->authors != NULL &&
	    f->signatories == NULL && !followup_has_signers(f);
}

/* The authors as one line: "Name, title; Name, title". */
static const char *
followup_author_line(struct builder *bd, const struct followup *f)
{
	const struct followup_author *a;
	const char *all = NULL;

	for (a = f->authors; a != NULL; a = a->next) {
		const char *one = a->title != NULL ? arena_printf(bd->a, "%s, %s", a->name,
		    title_after_name(bd, a->title)) : a->name;

		all = all == NULL ? one : arena_printf(bd->a, "%s; %s", all, one);
	}
	return all;
}

/* A line of the record head: the label in bold, then the value. */
static struct doc_node *
head_line(struct builder *bd, const char *label, const char *value, long line)
{
	struct doc_node *b = build_para(bd, DOC_PARA, bd->t->size_body);

	b->align = DALIGN_LEFT;
	b->space_after = 1;
	doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", label), FACE_BOLD, 0);
	doc_span(bd->doc, &b->text, value, FACE_REGULAR, line);
	return b;
}

/* The record's opening, as a kommun's minutes and reports open: the
 * kommun's name, small; the record's kind; the title as the page's
 * largest text, the agreement's title size (review K1: the title at the
 * section headings' size, under the Datum/Avser block, read as one more
 * heading); its subtitle. */
static void
followup_opening(struct builder *bd, const struct followup *f)
{
	const struct template *t = bd->t;
	const struct party *kommun = followup_kommun(f);
	const struct agreement *ag = f->agreement;
	struct followup_head_text head;
	struct doc_node *b;

	if (kommun != NULL) {
		b = build_plain(bd, kommun->name, FACE_BOLD, t->size_subtitle, kommun->name_line);
		b->color = t->color_heading;
		b->space_after = 4;
	}
	followup_head_text(bd->a, f->title, f->kind_text != NULL ? f->kind_text :
	    record_names[f->kind], ag != NULL ? (ag->effort != NULL ? ag->effort : ag->title) :
	    NULL, f->subtitle != NULL, &head);
	/* a kind the title names against kind= (a "Resultatrapport" of
	 * kind verksamhetsrapport) is printed as the title names it, and
	 * said: the author may mean the title's word (kind-text) */
	if (f->kind_text == NULL && head.kind != record_names[f->kind]) {
		size_t w = first_word_len(head.kind);

		if (w != first_word_len(record_names[f->kind]) ||
		    strncasecmp(head.kind, record_names[f->kind], w) != 0)
			diag(f->path, f->title_line, MSG_FU_KIND_FROM_TITLE,
			    arena_printf(bd->a, "%.*s", (int)w, head.kind),
			    model_followup_kind_name(f->kind), record_names[f->kind], head.kind,
			    arena_printf(bd->a, "%.*s", (int)w, head.kind));
	}
	/* the kind, always (review J2: never twice, in the head and the
	 * title; review r31: never left out either) */
	b = build_plain(bd, head.kind, FACE_REGULAR, t->size_subtitle, f->line);
	b->space_after = 2;
	b = build_plain(bd, head.title, FACE_BOLD, t->size_title, f->title_line);
	b->kind = DOC_TITLE;
	b->balance = true;
	b->color = t->color_heading;
	b->leading = 1.2f;
	b->space_after = 4;
	/* two lines at most: a longer title steps down, to 4/5 of its
	 * size, as a designer sets it (review r31: three lines at 20 pt) */
	b->max_lines = 2;
	b->min_size = t->size_title * 0.8f;
	if (head.under != NULL || f->subtitle != NULL) {
		b = build_plain(bd, head.under != NULL ? head.under : f->subtitle, FACE_REGULAR,
		    t->size_subtitle, head.under != NULL ? f->title_line : f->subtitle_line);
		b->balance = true;
		b->leading = 1.25f;
		b->space_after = 4;
	}
	bd->doc->last->space_after = 14;
}

/* The record head under the title: date, place, diarienummer, period,
 * the agreement it follows up and who wrote it, a line each with its
 * label. */
static void
followup_record_head(struct builder *bd, const struct followup *f)
{
	const struct template *t = bd->t;
	const struct agreement *ag = f->agreement;
	char date[128];

	written_date_format(f->date, &f->date_as, t->followup_date_form, date, sizeof(date));
	if (date[0] != '\0')
		head_line(bd, t->label_date, arena_strdup(bd->a, date), f->date_line);
	if (f->place != NULL)
		head_line(bd, t->label_place, f->place, f->place_line);
	if (ag != NULL && ag->diarienummer != NULL)
		head_line(bd, t->label_diarienummer, ag->diarienummer, ag->diarienummer_line);
	if (f->period_from.y != 0 && f->period_to.y != 0) {
		char from[16], to[16];

		date_format_iso(f->period_from, from, sizeof(from));
		date_format_iso(f->period_to, to, sizeof(to));
		head_line(bd, t->label_report_period, arena_printf(bd->a, "%s" NBSP "–" NBSP "%s",
		    from, to), f->period_line);
	}
	/* the agreement it follows up, as a line of the head (was a grey
	 * italic "Styrgruppsmöte, uppföljning av: …" under the title, which
	 * review J1 read as machine output) */
	if (ag != NULL) {
		char from[16], to[16];

		date_format_iso(ag->from, from, sizeof(from));
		date_format_iso(ag->to, to, sizeof(to));
		head_line(bd, t->label_concerns, arena_printf(bd->a, "%s%s%s (%s" NBSP "–" NBSP "%s)",
		    ag->title, ag->effort != NULL ? " – " : "", ag->effort != NULL ? ag->effort : "",
		    from, to), f->line);
	}
	/* the authors on one line under one label (review J1: "Upprättad
	 * av:" twice in Sjöberg's verksamhetsrapport); minutes that end
	 * with "Antecknat av" name them there */
	if (f->authors != NULL && !followup_noted_by(f))
		head_line(bd, t->label_prepared_by, followup_author_line(bd, f), f->authors->line);
}

/* <participants> as a table: Namn | Organisation | Roll, a column only
 * when some participant has it, under a small heading. */
static void
followup_participants(struct builder *bd, const struct followup *f)
{
	const struct template *t = bd->t;
	const struct participant *p;
	struct doc_table *tb;
	struct doc_node *b;
	size_t n = 0, ncols = 1, row, col_org = 0, col_role = 0;
	bool org = false, role = false;

	for (p = f->participants; p != NULL; p = p->next) {
		n++;
		org |= p->organisation != NULL;
		role |= p->role != NULL;
	}
	if (n == 0)
		return;
	if (org)
		col_org = ncols++;
	if (role)
		col_role = ncols++;
	b = build_plain(bd, t->label_participants, FACE_BOLD, t->size_body, f->participants->line);
	b->space_before = 4;
	b->space_after = 2;
	b->keep_with_next = true;
	tb = build_table(bd, ncols, n + 1);
	/* under its heading, from the text's left edge to the frame's
	 * right, the same in every follow-up (review s31: full width in
	 * one, narrow and left-set in others), its columns widened in
	 * proportion (review J2: a wide empty "Roll" column); as wide as
	 * the names need when the template says so */
	tb->natural = t->participants_natural;
	tb->text_left = true;
	build_cell_text(bd, tb, 0, 0, t->label_participant_name, true, DALIGN_LEFT,
	    f->participants->line);
	if (org)
		build_cell_text(bd, tb, 0, col_org, t->label_participant_org, true, DALIGN_LEFT,
		    f->participants->line);
	if (role)
		build_cell_text(bd, tb, 0, col_role, t->label_participant_role, true, DALIGN_LEFT,
		    f->participants->line);
	for (row = 1, p = f->participants; p != NULL; p = p->next, row++) {
		build_cell_text(bd, tb, row, 0, p->name != NULL ? p->name : "", false, DALIGN_LEFT,
		    p->line);
		if (org)
			build_cell_text(bd, tb, row, col_org, p->organisation != NULL ?
			    p->organisation : "", false, DALIGN_LEFT, p->line);
		if (role)
			build_cell_text(bd, tb, row, col_role, p->role != NULL ? p->role : "", false,
			    DALIGN_LEFT, p->line);
	}
	build_table_block(bd, tb);
}

/* The record's end, when its text has no <signatures> of its own: a
 * meeting's secretary ("Vid anteckningarna") and adjusters ("Justeras")
 * with a line to sign each, when the participants name them; else a
 * partssamtal's block for each party of the agreement, name and date
 * to fill in by hand; else a meeting's "Antecknat av" and its authors.
 * Signature blocks in the agreement's style (build_sign_signatures). */
/* A sign-off line: a short paragraph that opens with a participant's
 * name and then "för" or a comma and whom they sign for ("Johanna
 * Lensell Rebillon för Linköpings kommun", "Madeleine Szente, Linköping
 * Södra Röda Korskrets"), no sentence. */
static bool
followup_sign_off_line(struct builder *bd, const struct followup *f, const struct block *k)
{
	const struct participant *p;
	const char *text;
	size_t len;

	if (k->kind != BLOCK_P)
		return false;
	text = rich_plain(bd->a, &k->text);
	len = strlen(text);
	if (len == 0 || len > 120 || text[len - 1] == '.')
		return false;
	for (p = f->participants; p != NULL; p = p->next) {
		size_t n = p->name != NULL ? strlen(p->name) : 0;

		if (n > 0 && strncmp(text, p->name, n) == 0 &&
		    (strncmp(text + n, " för ", 5) == 0 || strncmp(text + n, ", ", 2) == 0))
			return true;
	}
	return false;
}

/* Whether the text ends with a sign-off line for each of the agreement's
 * parties: the record is then signed off as written, and blank blocks
 * to sign under it would ask for it twice (review K1, the Linköping
 * partssamtal). */
static bool
followup_signed_in_text(struct builder *bd, const struct followup *f)
{
	const struct block *k;
	const struct party *pa;
	size_t lines = 0, parties = 0;

	for (k = f->text; k != NULL; k = k->next)
		lines = followup_sign_off_line(bd, f, k) ? lines + 1 : 0;
	for (pa = f->agreement != NULL ? f->agreement->parties : NULL; pa != NULL; pa = pa->next)
		parties++;
	return lines > 0 && lines >= parties;
}

static void
followup_sign_off(struct builder *bd, const struct followup *f)
{
	const struct template *t = bd->t;
	const struct participant *p;
	struct signatory *list = NULL, **tail = &list, *s;
	struct doc_node *b;

	if (f->signatories != NULL)
		return;
	for (p = f->participants; p != NULL; p = p->next) {
		if (p->signs == SIGNS_NONE)
			continue;
		s = arena_alloc(bd->a, sizeof(*s));
		s->for_text = p->signs == SIGNS_SECRETARY ? t->label_minutes_secretary :
		    t->label_minutes_adjuster;
		s->name = p->name;
		s->line = s->for_line = s->name_line = p->line;
		/* the secretary first, as minutes end */
		if (p->signs == SIGNS_SECRETARY) {
			s->next = list;
			if (tail == &list)
				tail = &s->next;
			list = s;
		} else {
			*tail = s;
			tail = &s->next;
		}
	}
	if (list == NULL && f->kind == FU_PARTSSAMTAL && f->agreement != NULL &&
	    !followup_signed_in_text(bd, f)) {
		const struct party *pa;

		for (pa = f->agreement->parties; pa != NULL; pa = pa->next) {
			s = arena_alloc(bd->a, sizeof(*s));
			s->party = (struct party *)pa;
			s->line = f->line;
			*tail = s;
			tail = &s->next;
		}
	}
	if (list != NULL) {
		build_sign_signatures(bd, list, f->agreement);
		/* a record is signed as held, where and when it says: no
		 * place-and-date field */
		if (bd->doc->last != NULL && bd->doc->last->kind == DOC_SIGNATURES)
			bd->doc->last->sigs->no_place = true;
		return;
	}
	if (!followup_noted_by(f))
		return;
	b = build_plain(bd, t->label_noted_by, FACE_REGULAR, t->size_body, f->authors->line);
	b->space_before = 18;
	b->space_after = 2;
	b->keep_with_next = true;
	b = build_plain(bd, followup_author_line(bd, f), FACE_REGULAR, t->size_body,
	    f->authors->line);
	b->space_after = 0;
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
	followup_opening(bd, f);
	followup_record_head(bd, f);
	build_sign_approval(bd, f);
	bd->doc->last->space_after = 14;
	followup_participants(bd, f);
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
	build_names(&bd);
	followup_title_block(&bd, f);
	build_text(&bd, f->text, 0);
	followup_sign_off(&bd, f);
	if (t->typography)
		typo_doc(d);
	return d;
}
