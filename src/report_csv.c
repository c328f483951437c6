/* A nämnd report's figures as CSV beside its PDF: one row per agreement,
 * party, year and measure (the parties' amounts, each goal's target and
 * outcome and status, the other outcomes and those since the start, the
 * meetings and written reports against those required, and the
 * summary's sums), made from the very figures the
 * report prints (report_add_up_amounts, report_goal_rows, calc), never
 * computed a second time.  A figure that is not in the inputs is an empty
 * Värde with a remark, never 0. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "format.h"
#include "fsutil.h"
#include "mem.h"
#include "model.h"
#include "report_csv.h"
#include "template.h"


/* One row's context: the agreement (NULL: the whole report) and party. */
struct row {
	struct rep		*r;
	struct buf		*out;
	const struct agreement	*ag;
	const struct party	*p;
};

/* ---------- fields ---------- */

void
report_csv_field(struct buf *b, const char *s, int sep)
{
	size_t len = s != NULL ? strlen(s) : 0;

	if (sep)
		buf_addc(b, ';');
	if (len == 0)
		return;
	if (strpbrk(s, ";\"\r\n") == NULL && s[0] != ' ' && s[len - 1] != ' ') {
		buf_add(b, s, len);
		return;
	}
	buf_addc(b, '"');
	for (; *s != '\0'; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	buf_addc(b, '"');
}

void
report_csv_tenths(struct buf *b, long long tenths)
{
	unsigned long long u = tenths < 0 ? 0ULL - (unsigned long long)tenths :
	    (unsigned long long)tenths;

	buf_printf(b, "%s%llu", tenths < 0 ? "-" : "", u / 10);
	if (u % 10 != 0)
		buf_printf(b, ",%llu", u % 10);
}

/* A whole number as a field: digits only, which every spreadsheet reads
 * as a number (no grouping: a space would make it text). */
static const char *
count_text(struct rep *r, long long v)
{
	return arena_printf(r->bd.a, "%lld", v);
}

static const char *
tenths_text(struct rep *r, long long tenths)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;

	report_csv_tenths(&b, tenths);
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

static const char *
iso(struct rep *r, struct date d)
{
	char s[16];

	if (d.y == 0)
		return "";
	date_format_iso(d, s, sizeof(s));
	return arena_strdup(r->bd.a, s);
}

/* One row: value NULL is a figure not in the inputs (an empty Värde,
 * with the remark saying why). */
static void
row(struct row *w, const char *measure, const char *value, const char *unit,
    struct date from, struct date to, const char *remark)
{
	struct rep *r = w->r;
	struct buf *b = w->out;

	report_csv_field(b, r->namnd->name, 0);
	buf_printf(b, ";%d", r->year);
	report_csv_field(b, w->ag != NULL ? report_short_name(w->ag) : "", 1);
	report_csv_field(b, w->ag != NULL ? w->ag->diarienummer : NULL, 1);
	report_csv_field(b, w->p != NULL ? w->p->name : NULL, 1);
	report_csv_field(b, w->p != NULL ? w->p->orgnr : NULL, 1);
	report_csv_field(b, w->p != NULL ? report_party_label(r, w->ag, w->p) : NULL, 1);
	report_csv_field(b, measure, 1);
	report_csv_field(b, value, 1);
	report_csv_field(b, unit, 1);
	report_csv_field(b, iso(r, from), 1);
	report_csv_field(b, iso(r, to), 1);
	report_csv_field(b, remark, 1);
	buf_adds(b, "\r\n");
}

/* ---------- the summary's sums ---------- */

static void
sums(struct rep *r, struct buf *out)
{
	struct row w = { r, out, NULL, NULL };
	struct date jan1 = { r->year, 1, 1 }, dec31 = { r->year, 12, 31 };
	bool has_k = false, has_i = false, has_o = false;
	size_t i, fus = 0, met, measurable, part;

	report_goals_judged(r, &met, &measurable, &part);
	for (i = 0; i < r->nags; i++) {
		size_t k = 0;
		const struct followup *f;

		has_k |= r->amounts[i].has_kommun;
		has_i |= r->amounts[i].has_ideburen;
		has_o |= r->amounts[i].has_other_public;
		while (report_next_followup(r, r->ags[i], &k, &f))
			fus += report_in_year(f, r->year);
	}
	row(&w, "Överenskommelser som gällt under året", count_text(r, (long long)r->nags), "st",
	    jan1, dec31, NULL);
	/* the same words as the summary's table where there is no sum */
	row(&w, "Kommunens finansiering", has_k ? count_text(r, r->kommun) : NULL, "kr", jan1, dec31,
	    has_k ? NULL : report_econ_sum(r, true));
	if (report_has_other_public(r))
		row(&w, "Övrig offentlig finansiering", has_o ? count_text(r, r->other_public) : NULL,
		    "kr", jan1, dec31, has_o ? NULL : report_other_public_sum(r));
	row(&w, "Idéburna organisationers insatser", has_i ? count_text(r, r->ideburen) : NULL, "kr", jan1,
	    dec31, has_i ? NULL : report_econ_sum(r, false));
	row(&w, "Uppföljningar för året", count_text(r, (long long)fus), "st", jan1, dec31, NULL);
	row(&w, "Bedömda mål som uppnåtts", measurable > 0 ? count_text(r, (long long)met) : NULL, "st",
	    jan1, dec31, measurable > 0 ? NULL : "inget bedömt");
	row(&w, "Bedömda mål", count_text(r, (long long)measurable), "st", jan1, dec31, NULL);
}

/* ---------- an agreement ---------- */

static void
amounts(struct rep *r, struct buf *out, size_t k)
{
	const struct agreement *ag = r->ags[k];
	const struct ag_amounts *am = &r->amounts[k];
	struct row w = { r, out, ag, NULL };
	struct date from = { r->year, 1, 1 }, to = { r->year, 12, 31 };
	const struct party *p;
	struct year_amount ya;
	bool any = false;

	/* report_add_up_amounts computed every amount: none overflows */
	for (p = ag->parties; p != NULL; p = p->next) {
		struct buf note = { NULL, 0, 0 };

		if (calc_party_year(ag, p, r->year, &ya) != CALC_OK)
			continue;
		any = true;
		w.p = p;
		if (!ya.valued)
			buf_adds(&note, report_party_lists_not_valued(ag, p, ya.base_year) ?
			    "ej värderat" : r->bd.t->label_budget_no_amount);
		else {
			if (ya.partial)
				buf_printf(&note, "Överenskommelsen gäller %s detta år; %s.",
				    build_period(&r->bd, ya.from, ya.to),
				    report_adjust_prorated(r, ag, p, &ya));
			if (ya.index_missing)
				buf_printf(&note, "%sIndexvärden saknas i underlaget: beloppet visas "
				    "utan uppräkning.", note.len > 0 ? " " : "");
		}
		row(&w, "Belopp", ya.valued ? count_text(r, ya.amount) : NULL, "kr", ya.from, ya.to,
		    note.data);
		buf_free(&note);
	}
	w.p = NULL;
	if (!any)
		row(&w, "Belopp", NULL, "kr", from, to, "Överenskommelsen anger inga belopp.");
	else if (am->has_kommun || am->has_ideburen || am->has_other_public)
		row(&w, "Summa", count_text(r, am->total), "kr", from, to, NULL);
	else
		row(&w, "Summa", NULL, "kr", from, to, "ej värderat");
}

/* "deltagare" as the goal's measure, else its words. */
static const char *
goal_name(const struct goal *g)
{
	return g->measure != NULL ? g->measure : g->text;
}

static void
target(struct rep *r, struct row *w, const struct goal *g)
{
	const char *name = goal_name(g), *unit = g->unit;
	struct date none = { 0, 0, 0 };
	long long t;

	if (g->has_percent)
		row(w, arena_printf(r->bd.a, "Målvärde: %s", name), tenths_text(r, g->percent_tenths),
		    "%", none, none, report_goal_target_more(r, g));
	else if (g->comparison == CMP_MELLAN) {
		row(w, arena_printf(r->bd.a, "Målvärde, lägst: %s", name),
		    g->has_min ? count_text(r, g->min * calc_goal_scale(g)) : NULL, unit, none, none,
		    report_goal_target_more(r, g));
		row(w, arena_printf(r->bd.a, "Målvärde, högst: %s", name),
		    g->has_max ? count_text(r, g->max * calc_goal_scale(g)) : NULL, unit, none, none,
		    report_goal_target_more(r, g));
	} else if ((g->comparison == CMP_MINST || g->comparison == CMP_HOGST) &&
	    calc_goal_year_target(g, &t))
		row(w, arena_printf(r->bd.a, "Målvärde: %s", name), count_text(r, t), unit, none, none,
		    g->scale != SCALE_NONE ? report_goal_target_more(r, g) :
		    arena_printf(r->bd.a, "%s %lld%s%s", model_comparison_word(g->comparison), t,
		    unit != NULL ? " " : "", unit != NULL ? unit : ""));
	else if (g->comparison == CMP_OKA || g->comparison == CMP_MINSKA ||
	    g->comparison == CMP_BIBEHALLA)
		row(w, arena_printf(r->bd.a, "Målvärde: %s", name), NULL, unit, none, none,
		    arena_printf(r->bd.a, "%s jämfört med %d", model_comparison_word(g->comparison),
		    r->year - 1));
	else
		row(w, arena_printf(r->bd.a, "Målvärde: %s", name), NULL, unit, none, none,
		    "inget målvärde");
}

/* An outcome's figures: its value, "av", percent and parts. */
static void
outcome(struct rep *r, struct row *w, const char *name, const char *what, const struct outcome *o)
{
	long long tenths;
	bool stated = o->has_percent;

	row(w, arena_printf(r->bd.a, "%s: %s", what, name), count_text(r, o->value), o->unit,
	    o->from, o->to, NULL);
	if (o->has_of)
		row(w, arena_printf(r->bd.a, "%s, av: %s", what, name), count_text(r, o->of), o->unit,
		    o->from, o->to, NULL);
	/* the percent as the report prints it: as stated, else computed */
	if (stated || calc_outcome_percent_shown(o, o->goal, &tenths))
		row(w, arena_printf(r->bd.a, "%s, andel: %s", what, name),
		    tenths_text(r, stated ? o->percent_tenths : tenths), "%", o->from, o->to,
		    stated ? "som angivet" : "beräknat");
	if (o->has_women)
		row(w, arena_printf(r->bd.a, "%s, %s: %s", what, o->children ? "flickor" : "kvinnor",
		    name), count_text(r, o->women), o->unit, o->from, o->to, NULL);
	if (o->has_men)
		row(w, arena_printf(r->bd.a, "%s, %s: %s", what, o->children ? "pojkar" : "män", name),
		    count_text(r, o->men), o->unit, o->from, o->to, NULL);
	if (o->has_other)
		row(w, arena_printf(r->bd.a, "%s, annat: %s", what, name), count_text(r, o->other),
		    o->unit, o->from, o->to, NULL);
	if (o->has_not_stated)
		row(w, arena_printf(r->bd.a, "%s, ej angivet: %s", what, name),
		    count_text(r, o->not_stated), o->unit, o->from, o->to, NULL);
}

/* A status row's remark: the assessment, if any; for "Delvis bedömt"
 * the condition not measured, as the PDF says it under the table
 * ("mäts inte: Kompisrelationerna har en varaktighet om minst 6
 * månader"), before the assessment. */
static const char *
remark_of_status(struct rep *r, const struct agreement *ag, const struct goal_row *row)
{
	const char *a = report_assessment_text(r, ag, row->goal);
	const char *u = row->goal->unmeasured;

	if (row->status != GOAL_PART_JUDGED || u == NULL)
		return a;
	return a != NULL ? arena_printf(r->bd.a, "mäts inte: %.*s. %s", report_len_without_stop(u),
	    u, a) : arena_printf(r->bd.a, "mäts inte: %.*s", report_len_without_stop(u), u);
}

static void
goals(struct rep *r, struct buf *out, const struct agreement *ag)
{
	struct row w = { r, out, ag, NULL };
	struct date none = { 0, 0, 0 };
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i;

	for (i = 0; i < n; i++) {
		const struct goal *g = rows[i].goal;
		const char *name = goal_name(g);

		target(r, &w, g);
		if (rows[i].now != NULL)
			outcome(r, &w, name, "Utfall", rows[i].now);
		else
			row(&w, arena_printf(r->bd.a, "Utfall: %s", name), NULL, g->unit, none, none,
			    "Ej rapporterat");
		if (rows[i].before != NULL && (g->comparison == CMP_OKA ||
		    g->comparison == CMP_MINSKA || g->comparison == CMP_BIBEHALLA))
			outcome(r, &w, name, "Utfall året före", rows[i].before);
		/* a goal without a measure or target has no outcome to report:
		 * as the PDF says, it is followed up in text */
		row(&w, arena_printf(r->bd.a, "Status: %s", name), report_goal_in_text(r, ag, &rows[i]) ?
		    "Följs upp i text" : report_status_names[rows[i].status], NULL, none, none,
		    remark_of_status(r, ag, &rows[i]));
	}
	free(rows);
}

/* The year's outcomes that answer no goal ("Övriga utfall"), then the
 * cumulative ones ("Utfall sedan start": the total only, as printed). */
static void
other_outcomes(struct rep *r, struct buf *out, const struct agreement *ag)
{
	struct row w = { r, out, ag, NULL };
	const struct followup *f;
	const struct outcome *o;
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i;

	for (i = 0; report_next_followup(r, ag, &i, &f); )
		for (o = f->outcomes; o != NULL; o = o->next)
			if (o->to.y == r->year && !o->cumulative &&
			    !report_outcome_answers_goal(rows, n, o))
				outcome(r, &w, o->measure, "Övrigt utfall", o);
	for (i = 0; report_next_followup(r, ag, &i, &f); )
		for (o = f->outcomes; o != NULL; o = o->next)
			if (o->to.y == r->year && o->cumulative)
				row(&w, arena_printf(r->bd.a, "Utfall sedan start: %s", o->measure),
				    count_text(r, o->value), o->unit, o->from, o->to,
				    "räknas inte in i årets utfall");
	free(rows);
}

/* Meetings held against those required, for a whole or a part year. */
static void
meeting_rows(struct rep *r, struct row *w, const char *what, bool recorded, size_t held,
    enum duty_per per, int count, int times)
{
	struct date from = { r->year, 1, 1 }, to = { r->year, 12, 31 };
	int need = -1;
	const char *remark = NULL;

	row(w, arena_printf(r->bd.a, "%s hållna", what), recorded ? count_text(r, (long long)held) :
	    NULL, "st", from, to, recorded ? NULL : "inga uppföljningar av dessa möten i underlaget");
	if (count <= 0) {
		row(w, arena_printf(r->bd.a, "%s som krävs", what), NULL, "st", from, to,
		    "Överenskommelsen anger inget antal");
		return;
	}
	if (calc_duty_part(w->ag->from, w->ag->to, r->year, &from, &to) &&
	    (need = calc_duty_required(per, count, from, to, r->year)) >= 0)
		remark = "för den del av året överenskommelsen gäller";
	else if (times > 0) {
		need = count * times;
		from = (struct date){ r->year, 1, 1 };
		to = (struct date){ r->year, 12, 31 };
	} else {
		need = count;
		remark = "under perioden";
	}
	row(w, arena_printf(r->bd.a, "%s som krävs", what), count_text(r, need), "st", from, to,
	    remark);
}

static void
duties(struct rep *r, struct buf *out, const struct agreement *ag)
{
	static const int per_year[] = {
		[DUTY_WEEK] = 52, [DUTY_MONTH] = 12, [DUTY_QUARTER] = 4,
		[DUTY_HALF_YEAR] = 2, [DUTY_YEAR] = 1, [DUTY_PERIOD] = 0,
	};
	struct row w = { r, out, ag, NULL };
	struct date from = { r->year, 1, 1 }, to = { r->year, 12, 31 };
	const struct duty_meeting *m;
	const struct followup *f;
	size_t i = 0, held = 0, reports = 0;

	while (report_next_followup(r, ag, &i, &f)) {
		held += followup_is_meeting(f) && f->date.y == r->year;
		reports += !followup_is_meeting(f) && report_in_year(f, r->year);
	}
	for (m = ag->followup.meetings; m != NULL; m = m->next) {
		size_t kheld = 0, recorded = 0;

		for (i = 0; report_next_followup(r, ag, &i, &f); )
			if (report_followup_is_kind(f, m->kind)) {
				recorded++;
				kheld += f->date.y == r->year;
			}
		meeting_rows(r, &w, arena_printf(r->bd.a, "Möten (%s)", m->kind), recorded > 0, kheld,
		    m->per, m->count, per_year[m->per]);
	}
	if (ag->followup.meetings == NULL)
		meeting_rows(r, &w, "Uppföljningsmöten", true, held, DUTY_YEAR,
		    ag->followup.meetings_per_year, 1);
	if (ag->followup.reports_per_year > 0 || ag->followup.reports_in_period > 0) {
		bool yearly = ag->followup.reports_per_year > 0;

		row(&w, "Skriftliga rapporter lämnade", count_text(r, (long long)reports), "st", from,
		    to, NULL);
		row(&w, "Skriftliga rapporter som krävs", count_text(r, yearly ?
		    report_reports_required(r, ag) : ag->followup.reports_in_period), "st", from, to,
		    yearly ? "per år" : "under perioden");
	}
}

/* ---------- the whole ---------- */

void
report_csv(struct rep *r, struct buf *out)
{
	size_t k;

	buf_reset(out);
	buf_adds(out, "\xEF\xBB\xBF" REPORT_CSV_HEADER "\r\n");
	sums(r, out);
	for (k = 0; k < r->nags; k++) {
		amounts(r, out, k);
		goals(r, out, r->ags[k]);
		other_outcomes(r, out, r->ags[k]);
		duties(r, out, r->ags[k]);
	}
}

char *
report_csv_path(const char *pdf)
{
	size_t len = strlen(pdf);
	char *s = xmalloc(len + 5);

	memcpy(s, pdf, len + 1);
	if (len > 4 && strcmp(pdf + len - 4, ".pdf") == 0)
		memcpy(s + len - 4, ".csv", 5);
	else
		memcpy(s + len, ".csv", 5);
	return s;
}

int
report_csv_write(const char *pdf, const struct buf *csv)
{
	char *path = report_csv_path(pdf);
	int rc = write_file_atomic(path, csv->data != NULL ? csv->data : "", csv->len);

	free(path);
	return rc;
}
