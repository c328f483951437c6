/* What issue 12 adds to the report's goals and outcomes: targets of
 * ranges, shares and counts per week, month or quarter; ratios; the
 * authors' assessments beside the computed status; and cumulative
 * outcomes, shown apart and never added to a year's. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "doc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "utf8.h"

/* The report's one way to print a percent (build_report_int.h):
 * "74,5 %", "75 %", from tenths, so that no float rounds it again. */
void
report_percent_tenths(struct buf *b, long long tenths)
{
	unsigned long long u = tenths < 0 ? 0ULL - (unsigned long long)tenths :
	    (unsigned long long)tenths;

	if (u % 10 == 0)
		buf_printf(b, "%s%llu\xC2\xA0%%", tenths < 0 ? "-" : "", u / 10);
	else
		buf_printf(b, "%s%llu,%llu\xC2\xA0%%", tenths < 0 ? "-" : "", u / 10, u % 10);
}

/* Appends a count as Swedish print writes it: "1 912", groups of three
 * joined by no-break spaces (years and ids are never counts). */
void
report_add_count(struct buf *b, long long v)
{
	char num[64];

	number_format(v, num, sizeof(num));
	buf_adds(b, num);
}

/* Appends one part of a split: sep, the count, a space and the word. */
void
report_add_part(struct buf *b, const char *sep, long long v, const char *word)
{
	buf_adds(b, sep);
	report_add_count(b, v);
	buf_printf(b, " %s", word);
}

static const char *const scale_words[] = {
	[SCALE_NONE] = "",
	[SCALE_WEEK] = "vecka",
	[SCALE_MONTH] = "månad",
	[SCALE_QUARTER] = "kvartal",
};

const char *
report_unit(const char *unit)
{
	static const char *const plain[] = { "st", "st.", "styck", "stycken" };
	size_t i;

	if (unit == NULL)
		return NULL;
	for (i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (utf8_casecmp(unit, plain[i]) == 0)
			return NULL;
	return unit;
}

const char *
report_goal_target_more(struct rep *r, const struct goal *g)
{
	struct buf b = { NULL, 0, 0 };
	const char *gu = report_unit(g->unit);
	const char *unit = gu != NULL ? gu : "", *sp = gu != NULL ? " " : "";
	char *s;

	if (g->comparison == CMP_MELLAN && g->has_min && g->has_max)
	{
		buf_adds(&b, "mellan ");
		report_add_count(&b, g->min);
		buf_adds(&b, " och ");
		report_add_count(&b, g->max);
		buf_printf(&b, "%s%s", sp, unit);
	}
	else if (g->has_percent && (g->comparison == CMP_MINST || g->comparison == CMP_HOGST)) {
		buf_printf(&b, "%s ", model_comparison_word(g->comparison));
		report_percent_tenths(&b, g->percent_tenths);
		if (gu != NULL)
			buf_printf(&b, " av %s", gu);
	} else if ((g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && g->has_value) {
		buf_printf(&b, "%s ", model_comparison_word(g->comparison));
		report_add_count(&b, g->value);
		buf_printf(&b, "%s%s", sp, unit);
	} else {
		buf_free(&b);
		return "–";
	}
	/* a share is no rate: per= says how often it is measured, and
	 * "minst 75 % av deltagarna i språkcaféet per år" says another
	 * thing than the goal's "... går vidare ... inom ett år" (review
	 * r8, Sjöberg) */
	if (g->has_percent) {
		s = arena_strdup(r->bd.a, b.data);
		buf_free(&b);
		return s;
	}
	if (g->scale != SCALE_NONE) {
		long long year = 0;
		const char *units = g->scale == SCALE_WEEK ? "veckor" :
		    g->scale == SCALE_MONTH ? "månader" : "kvartal";

		/* the year's target is the förvaltning's conversion, not the
		 * agreement's figure, and says so (review r7, Sjöberg: "2 080
		 * per år, 52 veckor" read as the agreement's) */
		buf_printf(&b, " per %s", scale_words[g->scale]);
		if (g->comparison == CMP_MELLAN && g->has_min && g->has_max)
		{
			buf_adds(&b, " (omräknat av förvaltningen: ");
			report_add_count(&b, g->min);
			buf_adds(&b, "–");
			report_add_count(&b, g->max);
			buf_printf(&b, " \xC3\x97 %d %s = ", calc_goal_scale(g), units);
			report_add_count(&b, g->min * calc_goal_scale(g));
			buf_adds(&b, "–");
			report_add_count(&b, g->max * calc_goal_scale(g));
			buf_adds(&b, " per år)");
		} else if (!g->has_percent && calc_goal_year_target(g, &year)) {
			buf_adds(&b, " (omräknat av förvaltningen: ");
			report_add_count(&b, g->value);
			buf_printf(&b, " \xC3\x97 %d %s = ", calc_goal_scale(g), units);
			report_add_count(&b, year);
			buf_adds(&b, " per år)");
		}
	} else if (g->has_per && g->per == PER_YEAR)
		buf_printf(&b, " per år");
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

void
report_outcome_ratio(struct buf *b, const struct outcome *o)
{
	if (!o->has_of)
		return;
	buf_adds(b, " av ");
	report_add_count(b, o->of);
}

/* The outcome's ratio in whole percent, half up (has_of, of > 0). */
static long long
whole_percent(const struct outcome *o)
{
	return (o->value * 200 + o->of) / (2 * o->of);
}

/* Whether the stated percent and the exact ratio lie on either side of
 * the goal's percent target (Sjöberg 2024: 41 of 55 is 74,5 %, stated
 * 75 %, against minst 75 %). */
static bool
sides_differ(const struct outcome *o)
{
	const struct goal *g = o->goal;
	long long target, num;

	if (g == NULL || !g->has_percent || !o->has_of || o->of <= 0 || o->value < 0)
		return false;
	target = g->percent_tenths;
	/* at most 999 999 999 999 x 1 000: fits */
	num = o->value * 1000;
	if (g->comparison == CMP_MINST)
		return (num >= target * o->of) != (o->percent_tenths >= target);
	if (g->comparison == CMP_HOGST)
		return (num <= target * o->of) != (o->percent_tenths <= target);
	return false;
}

void
report_outcome_percent(struct buf *b, const struct outcome *o)
{
	long long tenths;

	/* the percent as stated; computed only when none is stated, on the
	 * same side of its goal's target as the status (finding 4); a stated
	 * one the exact ratio does not round to (a whole percent when stated
	 * whole, else a tenth) after the computed one, and one on the other
	 * side of the target: "(74,5 %, rapporten anger 75 %)" beside "minst
	 * 75 %" and "Ej uppnått" is no riddle; 41 of 96 stated as 43 % is
	 * right and needs no note (review s22, Vallby 2023: "42,7 %;
	 * rapporten anger 43 %"); a comma, as the summary says it */
	/* computed: whole percent, one decimal only where whole percent
	 * would not decide against the target, or beside a stated figure
	 * with a decimal (review H, Vallby 2023: "26 av 74 (35,1 %)" beside
	 * a stated "43 %") */
	if (o->has_percent && calc_outcome_percent_tenths(o, o->goal, &tenths) &&
	    (sides_differ(o) || (o->percent_tenths % 10 == 0 ?
	    whole_percent(o) * 10 != o->percent_tenths : tenths != o->percent_tenths))) {
		if (o->percent_tenths % 10 == 0)
			(void)calc_outcome_percent_shown(o, o->goal, &tenths);
		buf_printf(b, " (");
		report_percent_tenths(b, tenths);
		buf_adds(b, ", rapporten anger ");
		report_percent_tenths(b, o->percent_tenths);
		buf_addc(b, ')');
	} else if (o->has_percent) {
		buf_printf(b, " (");
		report_percent_tenths(b, o->percent_tenths);
		buf_addc(b, ')');
	} else if (calc_outcome_percent_shown(o, o->goal, &tenths)) {
		buf_printf(b, " (");
		report_percent_tenths(b, tenths);
		buf_addc(b, ')');
	}
}

static const char *const level_names[] = {
	[ASSESS_MET] = "Uppfyllt",
	[ASSESS_PARTLY] = "Delvis uppfyllt",
	[ASSESS_NOT_MET] = "Ej uppfyllt",
};

const struct assessment *
report_assessment_from(const struct rep *r, const struct agreement *ag, const struct goal *g,
    const struct followup **from)
{
	const struct assessment *a, *best = NULL;
	const struct followup *f, *best_f = NULL;
	size_t i = 0;

	while (report_next_followup(r, ag, &i, &f)) {
		if (!report_in_year(f, r->year))
			continue;
		for (a = f->assessments; a != NULL; a = a->next)
			if (strcmp(a->goal_id, g->id) == 0 &&
			    (best_f == NULL || date_compare(f->date, best_f->date) >= 0)) {
				best = a;
				best_f = f;
			}
	}
	if (from != NULL)
		*from = best_f;
	return best;
}

static const struct assessment *
assessment_for(const struct rep *r, const struct agreement *ag, const struct goal *g)
{
	return report_assessment_from(r, ag, g, NULL);
}

const struct followup *
report_assessment_source(const struct rep *r, const struct agreement *ag, const struct goal *g)
{
	const struct followup *f = NULL;

	(void)report_assessment_from(r, ag, g, &f);
	return f;
}

bool
report_assessment_level(const struct rep *r, const struct agreement *ag, const struct goal *g,
    enum assessment_level *level)
{
	const struct assessment *a = assessment_for(r, ag, g);

	if (a != NULL)
		*level = a->level;
	return a != NULL;
}

const char *
report_assessment_text(struct rep *r, const struct agreement *ag, const struct goal *g)
{
	const struct assessment *a = assessment_for(r, ag, g);

	if (a == NULL)
		return NULL;
	/* the level without a full stop, the organisation's words quoted
	 * after it as written (review s22: "Uppfyllt." beside "Uppfyllt") */
	return arena_printf(r->bd.a, "%s%s%s%s", level_names[a->level],
	    a->text != NULL ? ": ”" : "", a->text != NULL ? a->text : "",
	    a->text != NULL ? "”" : "");
}

bool
report_goal_in_text(const struct rep *r, const struct agreement *ag, const struct goal_row *row)
{
	const struct goal *g = row->goal;

	/* the agreement's goal alone decides: a goal without a target is
	 * followed up in text whether or not it names a measure, and the
	 * year's follow-ups only whether it has an outcome (review H,
	 * Linköping AMN: "Antal matchade språkvänner per år" without a
	 * target was "saknar mätbart målvärde" in 2019, with its outcome,
	 * and "utan rapporterat utfall" in 2021, without one) */
	return row->status == GOAL_NOT_REPORTED && g->comparison == CMP_NONE && !g->has_value && !g->has_percent && !g->has_min &&
	    !g->has_max && assessment_for(r, ag, g) == NULL;
}

enum msg_goal
report_goal_class(const struct rep *r, const struct agreement *ag, const struct goal_row *row)
{
	static const enum msg_goal of_status[] = {
		[GOAL_MET] = MSG_GOAL_MET,
		[GOAL_NOT_MET] = MSG_GOAL_NOT_MET,
		[GOAL_NOT_REPORTED] = MSG_GOAL_NOT_REPORTED,
		/* the table's "Följs upp i text" with those without a
		 * measure or target (MSG_GOAL_IN_TEXT), said in one sentence,
		 * counted apart: a follow-up speaks of it (review s28,
		 * Linköping 2019: "åtta" without follow-up, the body's seven) */
		[GOAL_NO_TARGET] = MSG_GOAL_NO_TARGET,
		[GOAL_UNJUDGED] = MSG_GOAL_UNJUDGED,
		[GOAL_NOT_YET] = MSG_GOAL_NOT_YET,
		[GOAL_WHOLE_YEAR] = MSG_GOAL_WHOLE_YEAR,
		[GOAL_ENDED] = MSG_GOAL_ENDED,
		[GOAL_PART_JUDGED] = MSG_GOAL_PART_JUDGED,
	};

	if (report_goal_in_text(r, ag, row))
		return MSG_GOAL_IN_TEXT;
	if (report_goal_before_start(r, ag, row))
		return MSG_GOAL_UNJUDGED_START;
	return of_status[row->status];
}

void
report_goals_judged(const struct rep *r, size_t *met, size_t *judged, size_t *part)
{
	size_t i, g;

	*met = *judged = *part = 0;
	for (i = 0; i < r->nags; i++) {
		struct goal_row *rows;
		size_t n = report_goal_rows(r, r->ags[i], &rows);

		for (g = 0; g < n; g++) {
			enum msg_goal c = report_goal_class(r, r->ags[i], &rows[g]);

			/* met in its measured part counts as met (review s22,
			 * Lund 2019: "inget bedömt" beside 27 of at least 25
			 * pairs), and is said so */
			*met += c == MSG_GOAL_MET || c == MSG_GOAL_PART_JUDGED;
			*part += c == MSG_GOAL_PART_JUDGED;
			*judged += c == MSG_GOAL_MET || c == MSG_GOAL_PART_JUDGED ||
			    c == MSG_GOAL_NOT_MET;
		}
		free(rows);
	}
}

const char *
report_judged_cell(struct rep *r, const struct rep *of)
{
	size_t met, judged, part;

	report_goals_judged(of, &met, &judged, &part);
	/* no count: one wording whether no goal is measurable or a yearly
	 * target is part-way through (review r8: "inget bedömt ännu" and
	 * "inga att bedöma" in one set); the summary says which */
	if (judged == 0)
		return "inget bedömt";
	/* the body's caveat in a few words (review s28, Lund 2019: "1 av
	 * 1" beside "uppnått i den del som mäts") */
	if (part == 0)
		return arena_printf(r->bd.a, "%zu av %zu", met, judged);
	if (part == met)
		return arena_printf(r->bd.a, "%zu av %zu (delvis mätt)", met, judged);
	return arena_printf(r->bd.a, "%zu av %zu (%zu delvis mätt)", met, judged, part);
}

bool
report_goal_before_start(const struct rep *r, const struct agreement *ag,
    const struct goal_row *row)
{
	enum comparison c = row->goal->comparison;

	return row->status == GOAL_UNJUDGED && row->before == NULL &&
	    (c == CMP_OKA || c == CMP_MINSKA || c == CMP_BIBEHALLA) &&
	    ag->from.y != 0 && ag->from.y > r->year - 1;
}

bool
report_goal_whole_year(const struct rep *r, const struct agreement *ag,
    const struct goal_row *row, struct date *from, struct date *to)
{
	struct date f, t;
	long long part;

	if ((row->status != GOAL_WHOLE_YEAR && row->status != GOAL_ENDED) ||
	    !calc_goal_part_target(row->goal, ag->from, ag->to, r->year, &part, &f, &t))
		return false;
	if (from != NULL)
		*from = f;
	if (to != NULL)
		*to = t;
	return true;
}

void
report_cumulative_outcomes(struct rep *r, const struct agreement *ag,
    const char *(*text)(struct rep *, const struct outcome *))
{
	const struct followup *f;
	const struct outcome *o;
	size_t i = 0, n = 0, row = 1;
	struct doc_table *tb;

	while (report_next_followup(r, ag, &i, &f))
		for (o = f->outcomes; o != NULL; o = o->next)
			n += o->cumulative && o->to.y == r->year;
	if (n == 0)
		return;
	report_heading(r, "Utfall sedan start", 3, false);
	/* plain words for a handläggare: what the figures are, and that the
	 * year's outcomes above do not include them twice */
	report_text(r, "Här visas utfall som räknats sedan verksamheten startade eller sedan "
	    "den period som anges. De ingår inte i årets utfall ovan.");
	tb = build_table(&r->bd, 3, n + 1);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Mått", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Period", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Sedan start", true, DALIGN_LEFT, 0);
	for (i = 0; report_next_followup(r, ag, &i, &f); )
		for (o = f->outcomes; o != NULL; o = o->next) {
			if (!o->cumulative || o->to.y != r->year)
				continue;
			build_cell_text(&r->bd, tb, row, 0, report_upper_first(r, o->measure), false,
			    DALIGN_LEFT, o->line);
			build_cell_text(&r->bd, tb, row, 1, build_period(&r->bd, o->from, o->to), false,
			    DALIGN_LEFT, 0);
			build_cell_text(&r->bd, tb, row, 2, text(r, o), false, DALIGN_LEFT, 0);
			row++;
		}
	build_table_block(&r->bd, tb);
}

size_t
report_part_judged_notes(struct rep *r, const struct goal_row *rows, size_t n, bool add)
{
	size_t i, k = 0;
	struct buf b = { NULL, 0, 0 };

	for (i = 0; i < n; i++) {
		const struct goal *g = rows[i].goal;

		if (rows[i].status != GOAL_PART_JUDGED || g->unmeasured == NULL)
			continue;
		k++;
		if (!add)
			continue;
		report_goal_named(&b, g, true);
		/* the condition as written, without its full stop */
		buf_printf(&b, " är uppnått i den del som mäts. Utfallet når målvärdet, men "
		    "villkoret ”%.*s” "
		    "mäts inte.", report_len_without_stop(g->unmeasured), g->unmeasured);
		report_text(r, arena_strdup(r->bd.a, b.data));
		buf_reset(&b);
	}
	buf_free(&b);
	return k;
}
