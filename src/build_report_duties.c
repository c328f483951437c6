/* The report's account of the follow-up duties of issue 12: each
 * meeting kind held against its own frequency, and the report
 * deadlines.  Appends sentences to the "Uppföljning" paragraph. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "utf8.h"

static const char *const per_words[] = {
	[DUTY_WEEK] = "per vecka",
	[DUTY_MONTH] = "per månad",
	[DUTY_QUARTER] = "per kvartal",
	[DUTY_HALF_YEAR] = "per halvår",
	[DUTY_YEAR] = "per år",
	[DUTY_PERIOD] = "under perioden",
};

static const char *const month_names[] = {
	"", "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
	"september", "oktober", "november", "december",
};

/* Times a year a frequency stands for; 0 for "under perioden". */
static int
per_year(enum duty_per per)
{
	static const int n[] = {
		[DUTY_WEEK] = 52, [DUTY_MONTH] = 12, [DUTY_QUARTER] = 4,
		[DUTY_HALF_YEAR] = 2, [DUTY_YEAR] = 1, [DUTY_PERIOD] = 0,
	};

	return n[per];
}

/* Whether a follow-up records a meeting of this kind: its kind-text, or
 * its kind's name ("styrgrupp", "dialogmote") or word ("dialogmöte",
 * "styrgruppsmöte"), is the kind, ignoring case. */
static bool
followup_of_kind(const struct followup *f, const char *kind)
{
	if (!followup_is_meeting(f))
		return false;
	if (f->kind_text != NULL)
		return utf8_casecmp(f->kind_text, kind) == 0;
	return utf8_casecmp(model_followup_kind_name(f->kind), kind) == 0 ||
	    utf8_casecmp(report_kind_names[f->kind], kind) == 0;
}

/* In a year the agreement covers in part, what the frequency asks for
 * in that part (calc_duty.c), with the part: ": 2 möten väntas för 2025-11-01 –
 * 2025-12-31" (the paragraph ends "Överenskommelsen gäller bara … detta
 * år.").  False, appending nothing, for a whole year or a count for the
 * period. */
bool
report_duty_part_year(struct rep *r, const struct agreement *ag, enum duty_per per, int count,
    struct buf *b)
{
	static const char *const too_short[] = {
		[DUTY_WEEK] = "under en halv vecka", [DUTY_MONTH] = "ingen månad till hälften",
		[DUTY_QUARTER] = "inget kvartal till hälften",
		[DUTY_HALF_YEAR] = "inget halvår till hälften", [DUTY_YEAR] = "för kort del av året",
		[DUTY_PERIOD] = "",
	};
	struct date from, to;
	int n;

	if (!calc_duty_part(ag->from, ag->to, r->year, &from, &to))
		return false;
	n = calc_duty_required(per, count, from, to, r->year);
	if (n < 0)
		return false;
	if (n == 0)
		buf_printf(b, ": inget möte väntas för %s (%s)", build_period(&r->bd, from, to),
		    too_short[per]);
	else {
		/* every count grouped from 1 000 on, as the report's others */
		buf_adds(b, ": ");
		report_add_count(b, n);
		buf_printf(b, " %s väntas för %s", n == 1 ? "möte" : "möten",
		    build_period(&r->bd, from, to));
	}
	return true;
}

/* The follow-ups recording meetings of kind (NULL: any meeting), and
 * how many of them were held in the year. */
static size_t
meetings_of(const struct rep *r, const struct agreement *ag, const char *kind, size_t *held)
{
	const struct followup *f;
	size_t i = 0, recorded = 0;

	*held = 0;
	while (report_next_followup(r, ag, &i, &f))
		if (kind != NULL ? followup_of_kind(f, kind) : followup_is_meeting(f)) {
			recorded++;
			*held += f->date.y == r->year;
		}
	return recorded;
}

/* A meeting kind as a noun, singular or plural: "dialogmöte",
 * "dialogmöten", "styrgruppsmöten", "partssamtal"; a kind that names no
 * meeting goes in parentheses ("möten (referensgrupp)"); none is a
 * "uppföljningsmöte".  Every one is neuter (ett möte, ett samtal). */
static const char *
kind_noun(struct rep *r, const char *kind, bool plural)
{
	size_t len;

	if (kind == NULL || utf8_casecmp(kind, "möte") == 0)
		return plural ? "uppföljningsmöten" : "uppföljningsmöte";
	if (utf8_casecmp(kind, "styrgrupp") == 0 || utf8_casecmp(kind, "dialogmote") == 0)
		kind = utf8_casecmp(kind, "styrgrupp") == 0 ? "styrgruppsmöte" : "dialogmöte";
	len = strlen(kind);
	if (len >= 5 && strcmp(kind + len - 5, "möte") == 0)
		return plural ? arena_printf(r->bd.a, "%sn", kind) : kind;
	if (len >= 6 && strcmp(kind + len - 6, "samtal") == 0)
		return kind;
	return arena_printf(r->bd.a, "%s (%s)", plural ? "möten" : "möte", kind);
}

/* "1 mars–31 december" */
static const char *
part_words(struct rep *r, struct date from, struct date to)
{
	return arena_printf(r->bd.a, "%d %s–%d %s", from.d, month_names[from.m], to.d,
	    month_names[to.m]);
}

/* A count in words for neuter nouns: "ett", "två", "inget". */
static const char *
neuter_words(struct rep *r, long long n)
{
	char w[32];

	if (n == 0)
		return "inget";
	format_count_words(w, sizeof(w), n, true);
	return arena_strdup(r->bd.a, w);
}

void
report_duty_sentence(struct rep *r, const struct agreement *ag, const char *kind, int count,
    enum duty_per per, bool recorded, size_t held, struct buf *b)
{
	struct date from, to;
	int n = per_year(per), part;

	buf_printf(b, "%s %s %s %s", b->len > 0 ? " Den kräver också" : "Överenskommelsen kräver",
	    neuter_words(r, count), kind_noun(r, kind, count != 1), per_words[per]);
	if (per != DUTY_PERIOD && calc_duty_part(ag->from, ag->to, r->year, &from, &to) &&
	    (part = calc_duty_required(per, count, from, to, r->year)) >= 0)
		/* the part of the year the agreement covers */
		buf_printf(b, ", för %s %s", part_words(r, from, to), part == 0 ? "inget" :
		    neuter_words(r, part));
	else if (n > 1) {
		buf_adds(b, ", ");
		report_add_count(b, (long long)count * n);
		buf_adds(b, " per år");
	}
	if (!recorded)
		buf_adds(b, "; anteckningar från dessa möten finns inte i underlaget.");
	else
		buf_printf(b, "; %s finns i underlaget för %d.", neuter_words(r, (long long)held),
		    r->year);
}

bool
report_duty_meetings(struct rep *r, const struct agreement *ag, struct buf *b)
{
	const struct duty_meeting *m;

	if (ag->followup.meetings == NULL)
		return false;
	for (m = ag->followup.meetings; m != NULL; m = m->next) {
		size_t held, recorded = meetings_of(r, ag, m->kind, &held);

		report_duty_sentence(r, ag, m->kind, m->count, m->per, recorded > 0, held, b);
	}
	return true;
}

/* The deadlines in calendar order, yearly by month and day, once by
 * date (each kind apart): at most MAX_DUES, as the schema allows (0-12). */
#define MAX_DUES	12

static int
due_compare(const void *pa, const void *pb)
{
	const struct report_due *a = *(const struct report_due *const *)pa;
	const struct report_due *b = *(const struct report_due *const *)pb;

	if (a->date.y != 0 || b->date.y != 0)
		return date_compare(a->date, b->date);
	if (a->month != b->month)
		return a->month - b->month;
	return a->day - b->day;
}

/* The deadlines of one kind (yearly: date.y 0; once: of the year), sorted. */
static size_t
dues_of(const struct agreement *ag, int year, const struct report_due **out)
{
	const struct report_due *rd;
	size_t n = 0;

	for (rd = ag->followup.report_dues; rd != NULL && n < MAX_DUES; rd = rd->next)
		if (rd->date.y == year)
			out[n++] = rd;
	qsort(out, n, sizeof(*out), due_compare);
	return n;
}

void
report_duty_deadlines(struct rep *r, const struct agreement *ag, struct buf *b)
{
	const struct report_due *due[MAX_DUES];
	const struct report_due *leap_day = NULL;
	size_t i, n;
	char d[16];
	bool leap = date_exists(r->year, 2, 29);

	if ((n = dues_of(ag, 0, due)) > 0) {
		buf_printf(b, "%sSkriftliga rapporter ska lämnas senast ", b->len > 0 ? " " : "");
		for (i = 0; i < n; i++) {
			int day = due[i]->day;

			/* 29 februari: the last day of February in other years */
			if (due[i]->month == 2 && day == 29 && !leap)
				day = 28, leap_day = due[i];
			buf_printf(b, "%s%d %s", i == 0 ? "" : i + 1 == n ? " och " : ", ", day,
			    due[i]->month >= 1 && due[i]->month <= 12 ? month_names[due[i]->month] : "");
		}
		buf_printf(b, " varje år");
		if (leap_day != NULL)
			buf_printf(b, " (överenskommelsen anger 29 februari, som inte finns %d)", r->year);
		buf_adds(b, ".");
	}
	if ((n = dues_of(ag, r->year, due)) > 0) {
		buf_printf(b, "%sRapport ska lämnas senast ", b->len > 0 ? " " : "");
		for (i = 0; i < n; i++) {
			date_format_iso(due[i]->date, d, sizeof(d));
			buf_printf(b, "%s%s", i == 0 ? "" : i + 1 == n ? " och " : ", ", d);
		}
		buf_printf(b, ".");
	}
}

/* Exported for iopdoc due (due.c) and the report's CSV (report_csv.c):
 * the same matching as the report's. */
bool
report_followup_is_kind(const struct followup *f, const char *kind)
{
	return followup_of_kind(f, kind);
}

/* What the frequency asks for in the year: in a part year the part's
 * count (calc_duty.c), else the whole year's; -1 for "under perioden". */
static int
required_in_year(const struct rep *r, const struct agreement *ag, enum duty_per per, int count)
{
	struct date from, to;

	if (calc_duty_part(ag->from, ag->to, r->year, &from, &to))
		return calc_duty_required(per, count, from, to, r->year);
	return per == DUTY_PERIOD ? -1 : count * per_year(per);
}

size_t
report_duty_gaps(struct rep *r, const struct agreement *ag, struct duty_gap *out, size_t max)
{
	const struct duty_meeting *m;
	const struct followup *f;
	size_t n = 0, held, i = 0, reports = 0;
	int want;

	for (m = ag->followup.meetings; m != NULL && n < max; m = m->next) {
		/* weekly working meetings leave no minutes a nämnd looks for:
		 * the section counts them, the first page does not */
		if (m->per == DUTY_WEEK)
			continue;
		meetings_of(r, ag, m->kind, &held);
		want = required_in_year(r, ag, m->per, m->count);
		if (want > 0 && held < (size_t)want)
			out[n++] = (struct duty_gap){ m->kind, held, want, false };
	}
	if (ag->followup.meetings == NULL && ag->followup.meetings_per_year > 0 && n < max) {
		meetings_of(r, ag, NULL, &held);
		want = required_in_year(r, ag, DUTY_YEAR, ag->followup.meetings_per_year);
		if (want > 0 && held < (size_t)want)
			out[n++] = (struct duty_gap){ ag->followup.meeting_kind, held, want, false };
	}
	if (ag->followup.reports_per_year > 0 && n < max) {
		/* the written reports the "Uppföljning" paragraph counts */
		while (report_next_followup(r, ag, &i, &f))
			reports += !followup_is_meeting(f) && report_in_year(f, r->year);
		want = required_in_year(r, ag, DUTY_YEAR, ag->followup.reports_per_year);
		if (want > 0 && reports < (size_t)want)
			out[n++] = (struct duty_gap){ NULL, reports, want, true };
	}
	return n;
}
