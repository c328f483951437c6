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

/* Whether s ends in the suffix, ignoring case. */
static bool
ends_in(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && utf8_casecmp(s + n - k, suffix) == 0;
}

const char *
report_meeting_noun(const char *kind, long long n, bool *neuter, char *out, size_t size)
{
	bool one = n == 1;

	*neuter = true;
	if (kind == NULL)
		return NULL;
	if (utf8_casecmp(kind, "styrgrupp") == 0)
		snprintf(out, size, "styrgruppsmöte%s", one ? "" : "n");
	else if (utf8_casecmp(kind, "dialogmote") == 0)
		snprintf(out, size, "dialogmöte%s", one ? "" : "n");
	else if (ends_in(kind, "möte"))
		snprintf(out, size, "%s%s", kind, one ? "" : "n");
	else if (ends_in(kind, "samtal"))
		snprintf(out, size, "%s", kind);
	else if (ends_in(kind, "avstämning")) {
		snprintf(out, size, "%s%s", kind, one ? "" : "ar");
		*neuter = false;
	} else if (ends_in(kind, "dialog")) {
		snprintf(out, size, "%s%s", kind, one ? "" : "er");
		*neuter = false;
	} else
		return NULL;
	return out;
}

/* "två styrgruppsmöten", "ett möte (planering)": a count in words and
 * the kind's noun; *neuter its gender. */
static void
add_meetings(struct buf *b, const char *kind, long long n, bool *neuter)
{
	char noun[96], w[64];
	const char *word = report_meeting_noun(kind, n, neuter, noun, sizeof(noun));

	format_count_words(w, sizeof(w), n, *neuter);
	if (kind == NULL || utf8_casecmp(kind, "möte") == 0)	/* the agreement names no kind */
		buf_printf(b, "%s %s", w, n == 1 ? "uppföljningsmöte" : "uppföljningsmöten");
	else if (word != NULL)
		buf_printf(b, "%s %s", w, word);
	else
		buf_printf(b, "%s %s (%s)", w, n == 1 ? "möte" : "möten", kind);
}

/* In a part year, what the frequency asks for in the part: ", vilket
 * blir två för 2025-11-01 – 2025-12-31", ", men inget väntas för …
 * (för kort del av året)"; false, nothing appended, for a whole year or
 * a count for the period. */
static bool
part_year_words(struct rep *r, const struct agreement *ag, enum duty_per per, int count,
    bool neuter, struct buf *b)
{
	static const char *const too_short[] = {
		[DUTY_WEEK] = "under en halv vecka", [DUTY_MONTH] = "ingen månad till hälften",
		[DUTY_QUARTER] = "inget kvartal till hälften",
		[DUTY_HALF_YEAR] = "inget halvår till hälften", [DUTY_YEAR] = "för kort del av året",
		[DUTY_PERIOD] = "",
	};
	struct date from, to;
	char w[64];
	int n;

	if (!calc_duty_part(ag->from, ag->to, r->year, &from, &to))
		return false;
	n = calc_duty_required(per, count, from, to, r->year);
	if (n < 0)
		return false;
	if (n == 0)
		buf_printf(b, ", men %s väntas för %s (%s)", neuter ? "inget" : "ingen",
		    build_period(&r->bd, from, to), too_short[per]);
	else {
		format_count_words(w, sizeof(w), n, neuter);
		buf_printf(b, ", vilket blir %s för %s", w, build_period(&r->bd, from, to));
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

void
report_duty_sentence(struct rep *r, const struct agreement *ag, const char *kind, int count,
    enum duty_per per, bool recorded, size_t held, struct buf *b)
{
	int n = per_year(per);
	bool neuter;
	char w[64];

	/* "Överenskommelsen kräver två styrgruppsmöten per år; ett finns i
	 * underlaget för 2024." (later ones "Den kräver också …") */
	buf_adds(b, b->len > 0 ? " Den kräver också " : "Överenskommelsen kräver ");
	add_meetings(b, kind, count, &neuter);
	buf_printf(b, " %s", per_words[per]);
	if (part_year_words(r, ag, per, count, neuter, b))
		;	/* the part of the year, not a whole year's count */
	else if (n > 1) {
		format_count_words(w, sizeof(w), (long long)count * n, neuter);
		buf_printf(b, " (%s per år)", w);
	}
	if (!recorded)
		buf_adds(b, "; anteckningar från dessa möten finns inte i underlaget.");
	else {
		format_count_words(w, sizeof(w), (long long)held, neuter);
		buf_printf(b, "; %s finns i underlaget för %d.", held == 0 ? neuter ? "inget" :
		    "ingen" : w, r->year);
	}
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
		/* meetings counted per week or per month are the organisations'
		 * operations, without minutes a nämnd looks for: the section
		 * counts them, the first page does not */
		if (m->per == DUTY_WEEK || m->per == DUTY_MONTH)
			continue;
		meetings_of(r, ag, m->kind, &held);
		want = required_in_year(r, ag, m->per, m->count);
		if (want > 0 && held < (size_t)want)
			out[n++] = (struct duty_gap){ m->kind, held, want, false, { 0, 0, 0 } };
	}
	if (ag->followup.meetings == NULL && ag->followup.meetings_per_year > 0 && n < max) {
		meetings_of(r, ag, NULL, &held);
		want = required_in_year(r, ag, DUTY_YEAR, ag->followup.meetings_per_year);
		if (want > 0 && held < (size_t)want)
			out[n++] = (struct duty_gap){ ag->followup.meeting_kind, held, want, false,
			    { 0, 0, 0 } };
	}
	/* the written reports the "Uppföljning" paragraph counts, against
	 * the number it gives: a part year's is not reduced */
	while (report_next_followup(r, ag, &i, &f))
		reports += !followup_is_meeting(f) && report_in_year(f, r->year);
	want = ag->followup.reports_per_year;
	if (want > 0 && reports < (size_t)want && n < max)
		out[n++] = (struct duty_gap){ NULL, reports, want, true, { 0, 0, 0 } };
	/* reports due under the period, once their deadline (else the
	 * period's end) falls in the year */
	if (want <= 0 && ag->followup.reports_in_period > 0 && n < max) {
		struct date by = ag->followup.reports_by.y != 0 ? ag->followup.reports_by : ag->to;

		if (by.y == r->year && reports < (size_t)ag->followup.reports_in_period)
			out[n++] = (struct duty_gap){ NULL, reports,
			    ag->followup.reports_in_period, true, by };
	}
	return n;
}
