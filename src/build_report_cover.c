/* The yearly report's cover and the texts of its report file
 * (model_report.h): the title, "Idéburet offentligt partnerskap (IOP)",
 * the nämnd and kommun, the facts a registrar looks for (diarienummer,
 * date, handläggare, the nämnd's meeting), what the report covers, and
 * the inledning when it is short; "Inledning", "Analys" and
 * "Slutsatser" in their places.  Only what is given is printed; without
 * a report file the cover has the title, the nämnd and what the report
 * covers.  README "The report file". */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "format.h"
#include "fsutil.h"
#include "image.h"
#include "limit.h"
#include "mem.h"
#include "model_report.h"
#include "utf8.h"
#include "written_date.h"

/* "två", "tolv", "13": Swedish writes small counts in words (format.c). */
static const char *
count_word(struct rep *r, size_t n, bool neuter)
{
	char w[64];

	format_count_words(w, sizeof(w), (long long)n, neuter);
	return arena_strdup(r->bd.a, w);
}

/* A nämnd's name inside a sentence: "som socialnämnden ansvarar för",
 * as Swedish writes the common noun (Språkrådet); a name with a capital
 * inside ("IOP-nämnden") stays as written. */
static const char *
mid_sentence(struct rep *r, const char *name)
{
	char *s = arena_strdup(r->bd.a, name);

	report_lower_first(s);
	return s;
}

static const char *
cover_date(struct rep *r, struct date d, const struct date_writing *w)
{
	char s[64];

	written_date_format(d, w, r->bd.t->date_form, s, sizeof(s));
	return arena_strdup(r->bd.a, s);
}

/* The line's label: the role the report file gives the contact
 * (label="Controller", review r8: a controller was a second
 * "Handläggare"), else "Handläggare". */
static const char *
author_label(const struct report_author *a)
{
	return a->label != NULL && *a->label != '\0' ? a->label : "Handläggare";
}

/* "Anna Andersson, utvecklingsstrateg, Arbetsmarknadsförvaltningen,
 * anna.andersson@linkoping.se, 013-20 60 00": what is given, in order. */
static const char *
author_line(struct rep *r, const struct report_author *a)
{
	struct buf b = { NULL, 0, 0 };
	const char *parts[5] = { a->name, a->title, a->unit, a->email, a->phone };
	const char *s;
	size_t i;

	/* a title that is the line's label says nothing more */
	if (a->title != NULL && utf8_casecmp(a->title, author_label(a)) == 0)
		parts[1] = NULL;
	/* a title after the name in lower case, as Swedish writes it
	 * mid-sentence: "Sara Holm, utvecklingsstrateg" (review r8); an
	 * acronym ("VD") stays */
	if (parts[1] != NULL && a->name != NULL) {
		char *t = arena_strdup(r->bd.a, parts[1]);

		report_lower_first(t);
		parts[1] = t;
	}
	for (i = 0; i < 5; i++)
		if (parts[i] != NULL)
			buf_printf(&b, "%s%s", b.len > 0 ? ", " : "", parts[i]);
	s = arena_strdup(r->bd.a, b.data != NULL ? b.data : "");
	buf_free(&b);
	return s;
}

static void
facts(struct rep *r, const struct report_info *ri)
{
	const struct report_author *a;
	struct doc_node *b = NULL;

	if (ri->diarienummer != NULL)
		b = report_labelled(r, "Diarienummer", ri->diarienummer);
	if (ri->date.y != 0)
		b = report_labelled(r, "Datum", cover_date(r, ri->date, &ri->date_as));
	for (a = ri->authors; a != NULL; a = a->next)
		b = report_labelled(r, author_label(a), author_line(r, a));
	if (ri->meeting.y != 0)
		b = report_labelled(r, "Nämndens sammanträde",
		    cover_date(r, ri->meeting, &ri->meeting_as));
	if (b != NULL)
		b->space_after = 14;
}

/* The agreements the report follows up, by name and idéburna parties,
 * a dozen at most on the cover (the summary lists them all). */
#define COVER_AGREEMENTS	12

/* As the inledning has it: none of the agreements has a follow-up for
 * the year (its sentence after the list), or this one, in the list,
 * has none where others have. */
bool
report_intro_says_none(const struct rep *r, const struct agreement *ag)
{
	size_t i, covered = 0, at = r->nags;

	if (report_has_followup_in_year(r, ag))
		return false;
	for (i = 0; i < r->nags; i++) {
		covered += report_has_followup_in_year(r, r->ags[i]);
		if (r->ags[i] == ag)
			at = i;
	}
	return covered == 0 || at < COVER_AGREEMENTS;
}

static void
contents(struct rep *r, bool mark_uncovered)
{
	struct doc_node *list, *it;
	const struct followup *f;
	size_t i;

	list = build_list_node(&r->bd);
	for (i = 0; i < r->nags && i < COVER_AGREEMENTS; i++) {
		const struct agreement *ag = r->ags[i];
		struct buf b = { NULL, 0, 0 };
		const struct party *p;
		size_t n = 0;

		/* the parties in parentheses: a name may hold a dash itself */
		buf_adds(&b, report_short_name(ag));
		/* an agreement called by its partners names them once */
		for (p = ag->parties; p != NULL && report_short_name(ag) != ag->partners_name;
		    p = p->next)
			if (p->name != NULL && report_party_money(r, ag, p) == REP_MONEY_IDEBUREN)
				buf_printf(&b, "%s%s", n++ == 0 ? " (" : ", ", p->name);
		/* a nämnd the agreement does not name (the XML marks it
		 * inferred) is a remark for staff: the Bilaga says it, not
		 * page 1 (review s26) */
		/* "sex uppföljningar … av tre av de fyra": which one has none
		 * (review r6) */
		if (mark_uncovered) {
			size_t k = 0, nfu = 0;

			while (report_next_followup(r, ag, &k, &f))
				nfu += report_in_year(f, r->year);
			if (nfu == 0)
				buf_printf(&b, "%singen uppföljning för %d", n++ == 0 ? " (" : "; ",
				    r->year);
		}
		if (n > 0)
			buf_addc(&b, ')');
		it = build_item(&r->bd, list);
		it->label = "•";
		it->space_after = 2;
		doc_span(r->bd.doc, &it->text, arena_strdup(r->bd.a, b.data), FACE_REGULAR, 0);
		buf_free(&b);
	}
	if (r->nags > COVER_AGREEMENTS) {
		it = build_item(&r->bd, list);
		it->label = "•";
		doc_span(r->bd.doc, &it->text, arena_printf(r->bd.a, "och %zu till, i sammanfattningen",
		    r->nags - COVER_AGREEMENTS), FACE_REGULAR, 0);
	}
	if (r->nags > 0)
		list->space_after = 12;
}

bool
report_is_draft(const struct report_info *ri)
{
	return ri == NULL || ri->draft;
}

/* The body's own name, possessive and lower case: "kommunstyrelsens",
 * "barn- och utbildningsnämndens" (review s27: "nämndens sammanträde"
 * for kommunstyrelsen); "nämndens" when the report names none. */
const char *
report_body_genitive(struct rep *r)
{
	const char *n = r->namnd != NULL ? r->namnd->name : NULL;
	size_t len = n != NULL ? strlen(n) : 0;
	char *g;

	if (len == 0)
		return "nämndens";
	g = arena_printf(r->bd.a, "%s%s", n, strchr("sxz", n[len - 1]) != NULL ? "" : "s");
	report_lower_first(g);
	return g;
}

/* A draft says so where the förslag till beslut stands (the UTKAST
 * mark is on every page, layout.c), and why. */
static void
draft_note(struct rep *r)
{
	const struct report_info *ri = r->in->info;
	struct doc_node *b;

	if (!report_is_draft(ri))
		return;
	b = report_labelled(r, "Utkast", ri == NULL ? arena_printf(r->bd.a,
	    "diarienummer, %s sammanträde och förslag till beslut är inte ifyllda.",
	    report_body_genitive(r)) : "rapporten är ännu inte klar för nämnden.");
	b->space_before = 6;
	b->space_after = 12;
}

void
report_cover(struct rep *r)
{
	const struct template *t = r->bd.t;
	const struct report_info *ri = r->in->info;
	struct doc_node *b;
	size_t i, nfu = 0, covered = 0;
	const struct followup *f;
	char title[64];

	for (i = 0; i < r->nags; i++) {
		size_t k = 0, n = 0;

		while (report_next_followup(r, r->ags[i], &k, &f))
			n += report_in_year(f, r->year);
		nfu += n;
		covered += n > 0;
	}
	b = build_plain(&r->bd, report_info_title(ri, title, sizeof(title)) == title ?
	    report_default_title(r->bd.a, r->year) : ri->title, FACE_BOLD,
	    t->size_effort, 0);
	b->kind = DOC_TITLE;
	b->color = t->color_heading;
	/* a title block at the top of page 1: the summary follows on it */
	b->offset = 0;
	b->leading = 1.15f;
	b->space_after = 6;
	/* the subtitle, unless the title says it already (the default
	 * title does) */
	if (ri != NULL && ri->title != NULL && strstr(ri->title, "partnerskap") == NULL) {
		b = build_plain(&r->bd, "Idéburet offentligt partnerskap (IOP)", FACE_BOLD,
		    t->size_title, 0);
		b->color = t->color_heading;
		b->leading = 1.2f;
		b->space_after = 4;
	}
	b = build_plain(&r->bd, arena_printf(r->bd.a, "%s, %s", r->namnd->name, r->namnd->kommun),
	    FACE_REGULAR, t->size_subtitle, 0);
	b->space_after = 18;
	if (ri != NULL)
		facts(r, ri);
	/* the list follows the agreements it lists */
	/* how many of them the follow-ups cover, when not all: "sex
	 * uppföljningar för 2023 av tre av de fyra överenskommelser" */
	/* Without a follow-up for the year the report opens with what it
	 * is, and says after the list that none has one. */
	if (nfu == 0)
		report_text(r, arena_printf(r->bd.a, "Rapporten redovisar %s%s %s om idéburet "
		    "offentligt partnerskap som %s ansvarar för och som har gällt under %d:",
		    r->nags == 1 ? "den" : "de ", r->nags == 1 ? "" : count_word(r, r->nags, false),
		    r->nags == 1 ? "överenskommelse" : "överenskommelser",
		    mid_sentence(r, r->namnd->name), r->year));
	else
		report_text(r, arena_printf(r->bd.a, "Rapporten bygger på %s %s för %d av %s%s%s %s "
		    "som %s ansvarar för och som har gällt under året:", count_word(r, nfu, false),
		    nfu == 1 ? "uppföljning" : "uppföljningar", r->year,
		    covered < r->nags ? arena_printf(r->bd.a, "%s av ",
		    count_word(r, covered, false)) : "", r->nags == 1 ? "den" : "de ",
		    r->nags == 1 ? "" : count_word(r, r->nags, false),
		    r->nags == 1 ? "överenskommelse" : "överenskommelser",
		    mid_sentence(r, r->namnd->name)));
	contents(r, nfu > 0 && covered < r->nags);
	if (nfu == 0)
		report_text(r, arena_printf(r->bd.a, "Underlaget har ingen uppföljning av %s för %d.",
		    r->nags == 1 ? "överenskommelsen" : "överenskommelserna",
		    r->year))->space_before = t->paragraph_space;
	draft_note(r);
	/* The report goes on below the title block, as a tjänsteskrivelse
	 * does: the inledning, then the summary on the first page, never a
	 * cover page half empty. */
	report_proposal(r);
	report_file_text(r, REPORT_TEXT_INTRODUCTION);
}

/* The file's bytes when it is a logo the PDF can embed (the checks of
 * validate_logo.c, without their messages: the agreement's own run says
 * what is wrong); NULL otherwise.  The caller frees them. */
static unsigned char *
logo_bytes(const struct party_logo *l, size_t *size)
{
	unsigned char *data = NULL;
	struct image_info info;

	if (l->alt == NULL || l->alt[0] == '\0' || l->file[0] == '/' ||
	    !(l->height_mm >= LIMIT_LOGO_MIN_MM && l->height_mm <= LIMIT_LOGO_MAX_MM) ||
	    read_file_limited(l->path, LIMIT_IMAGE_MB * 1024L * 1024, &data, size) != 0)
		return NULL;
	if (image_check(data, *size, &info) != IMAGE_OK) {
		free(data);
		return NULL;
	}
	return data;
}

/* The party that is the report's nämnd's kommun by name: a kommun
 * whose <name> is the kommun of the nämnd's <responsible-namnd>, never
 * a samverkande kommun (a delad report prints no other kommun's logo). */
static const struct party *
namnds_kommun(const struct rep *r, const struct agreement *ag)
{
	const struct party *p;

	for (p = ag->parties; p != NULL; p = p->next)
		if (p->role == ROLE_PUBLIC && p->public_kind == PUBLIC_KOMMUN && p->name != NULL &&
		    r->namnd->kommun != NULL && utf8_casecmp(p->name, r->namnd->kommun) == 0)
			return p;
	return NULL;
}

void
report_kommun_logo(struct rep *r, struct doc *d)
{
	const struct party_logo *use = NULL;
	unsigned char *bytes = NULL;
	size_t size = 0, i;

	/* the template's logo is the kommun's, printed as it is */
	if (r->bd.t->logo != NULL)
		return;
	for (i = 0; i < r->nags; i++) {
		const struct party *p = namnds_kommun(r, r->ags[i]);
		unsigned char *other;
		size_t n;

		if (p == NULL || p->logo == NULL)
			continue;
		other = logo_bytes(p->logo, &n);
		/* one the PDF cannot embed, or another file than the one
		 * before (by content: two folders may hold one logo): none */
		if (other == NULL || (use != NULL && (n != size || memcmp(other, bytes, n) != 0))) {
			free(other);
			free(bytes);
			return;
		}
		if (use == NULL) {
			use = p->logo;
			bytes = other;
			size = n;
		} else
			free(other);
	}
	free(bytes);
	if (use == NULL)
		return;
	/* printed as the agreement prints its parties' logos: a Figure
	 * with the party's alt text, at its height */
	d->logos = arena_alloc(d->arena, sizeof(*d->logos));
	d->logos[0].path = arena_strdup(d->arena, use->path);
	d->logos[0].alt = arena_strdup(d->arena, use->alt);
	d->logos[0].height = (float)(use->height_mm * 72.0 / 25.4);
	d->nlogos = 1;
}

const char *
report_default_title(struct arena *a, int year)
{
	return arena_printf(a, REPORT_DEFAULT_TITLE, year);
}

void
report_file_text(struct rep *r, enum report_text which)
{
	static const char *const headings[] = {
		[REPORT_TEXT_INTRODUCTION] = "Inledning",
		[REPORT_TEXT_ANALYSIS] = "Analys",
		[REPORT_TEXT_CONCLUSIONS] = "Slutsatser",
	};
	const struct report_info *ri = r->in->info;
	const struct block *text;

	if (ri == NULL)
		return;
	text = which == REPORT_TEXT_INTRODUCTION ? ri->introduction :
	    which == REPORT_TEXT_ANALYSIS ? ri->analysis : ri->conclusions;
	if (text == NULL)
		return;
	report_heading(r, headings[which], 1, true);
	/* a <section> of its own under the heading, one level down */
	build_text(&r->bd, text, 1);
}

/* The PDF's title, author and keywords from the report file, when there
 * is one (the builder has set the defaults); the running footer's title
 * with the diarienummer. */
void
report_metadata(struct rep *r, struct doc *d)
{
	const struct report_info *ri = r->in->info;
	const struct report_author *a;
	struct buf b = { NULL, 0, 0 };

	if (ri == NULL)
		return;
	if (ri->title != NULL) {
		d->title = arena_printf(d->arena, "%s – %s", ri->title, r->namnd->name);
		d->effort = ri->title;
	}
	for (a = ri->authors; a != NULL; a = a->next)
		if (a->name != NULL)
			buf_printf(&b, "%s%s", b.len > 0 ? ", " : "", a->name);
	if (b.data != NULL)
		d->author = arena_strdup(d->arena, b.data);
	buf_free(&b);
	if (ri->diarienummer != NULL) {
		d->keywords = arena_printf(d->arena, "%s, %s", d->keywords, ri->diarienummer);
		d->running_title = arena_printf(d->arena, "%s · Dnr %s", d->title, ri->diarienummer);
	}
}
