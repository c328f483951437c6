/* Meaning checks of what issue 12 adds to goals, outcomes and the
 * follow-up's head: the report period against the agreement's, goal
 * ranges and shares, outcome ratios, assessments.  Reports
 * and goes on, like validate.c; changes nothing in the model. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "calc.h"
#include "corpus.h"
#include "diag.h"
#include "format.h"
#include "model.h"
#include "utf8.h"
#include "validate.h"

/* The report period: it must not end before it begins, and must lie
 * within the agreement's period (errors, as for <outcomes>). */
static int
check_report_period(const struct followup *f)
{
	const struct agreement *ag = f->agreement;
	char a[16], b[16], x[16], y[16];

	if (f->period_from.y == 0 || f->period_to.y == 0)
		return 0;
	date_format_iso(f->period_from, a, sizeof(a));
	date_format_iso(f->period_to, b, sizeof(b));
	if (date_compare(f->period_to, f->period_from) < 0) {
		diag(f->path, f->period_line, MSG_PERIOD_ORDER, b, a);
		return 1;
	}
	if (ag->from.y != 0 && ag->to.y != 0 && (date_compare(f->period_from, ag->from) < 0 ||
	    date_compare(f->period_to, ag->to) > 0)) {
		date_format_iso(ag->from, x, sizeof(x));
		date_format_iso(ag->to, y, sizeof(y));
		diag(f->path, f->period_line, MSG_FU_PERIOD_OUTSIDE, a, b, x, y);
		return 1;
	}
	return 0;
}

int
validate_goal_forms(const char *path, const struct goal *g)
{
	int errors = 0;

	for (; g != NULL; g = g->next) {
		if (g->comparison == CMP_MELLAN) {
			if (!g->has_min || !g->has_max) {
				diag(path, g->line, MSG_GOAL_RANGE_MISSING, g->id);
				errors++;
			} else if (g->min > g->max) {
				diag(path, g->line, MSG_GOAL_RANGE_ORDER, g->id, g->min, g->max);
				errors++;
			}
			if (g->has_value) {
				diag(path, g->line, MSG_GOAL_RANGE_VALUE, g->id);
				errors++;
			}
		} else if (g->has_min || g->has_max) {
			diag(path, g->line, MSG_GOAL_RANGE_CMP, g->id);
			errors++;
		}
		if (g->has_percent && g->comparison != CMP_MINST && g->comparison != CMP_HOGST) {
			diag(path, g->line, MSG_GOAL_PERCENT_CMP, g->id);
			errors++;
		} else if (g->has_percent && g->has_value) {
			diag(path, g->line, MSG_GOAL_PERCENT_VALUE, g->id);
			errors++;
		}
	}
	return errors;
}

/* A percent in tenths as the XML writes it: 745 is "74.5", 750 "75". */
static void
tenths_text(int tenths, char *out, size_t size)
{
	if (tenths % 10 == 0)
		snprintf(out, size, "%d", tenths / 10);
	else
		snprintf(out, size, "%d.%d", tenths / 10, tenths % 10);
}

/* A ratio "41 av 55 (75 %)": of must be positive, value is at most of
 * (a warning), and a stated percent must be the computed one rounded to
 * the stated precision (whole percent, or tenths when the source gives a
 * decimal): 41 of 55 is 74.5 %, so 75 and 74.5 pass and 74 warns. */
static int
check_ratio(const struct followup *f, const struct outcome *o)
{
	char stated[24], computed[24];
	double pct, tolerance;

	if (o->has_percent && !o->has_of) {
		diag(f->path, o->line, MSG_OUTCOME_PERCENT_NO_OF, o->measure);
		return 1;
	}
	if (!o->has_of)
		return 0;
	if (o->of == 0) {
		diag(f->path, o->line, MSG_OUTCOME_OF_ZERO, o->measure);
		return 1;
	}
	if (o->value > o->of)
		diag(f->path, o->line, MSG_OUTCOME_OVER_OF, o->measure, o->value, o->of);
	if (!o->has_percent || !calc_outcome_ratio(o, &pct))
		return 0;
	tolerance = o->percent_tenths % 10 == 0 ? 0.5 : 0.05;
	if (fabs(pct - o->percent_tenths / 10.0) <= tolerance + 1e-9)
		return 0;
	tenths_text(o->percent_tenths, stated, sizeof(stated));
	if (o->percent_tenths % 10 == 0)
		snprintf(computed, sizeof(computed), "%.1f", pct);
	else
		snprintf(computed, sizeof(computed), "%.2f", pct);
	diag(f->path, o->line, MSG_OUTCOME_RATIO, o->measure, stated, o->value, o->of, computed);
	return 0;
}

/* The goal an assessment names: the agreement's, or a delmål a
 * follow-up of the agreement set. */
static const struct goal *
assessed_goal(const struct followup *f, const struct corpus *c, const char *id)
{
	const struct goal *g;

	for (g = f->agreement->goals; g != NULL; g = g->next)
		if (strcmp(g->id, id) == 0)
			return g;
	return corpus_followup_goal(c, f->agreement->id, id, NULL);
}

/* This follow-up's own outcome for a goal, for the year's figures (not
 * a cumulative one): by the goal it names, or by the goal's measure. */
static const struct outcome *
own_outcome(const struct followup *f, const struct goal *g)
{
	const struct outcome *o, *best = NULL;

	for (o = f->outcomes; o != NULL; o = o->next)
		if (!o->cumulative && (o->goal == g || (o->goal_id == NULL && g->measure != NULL &&
		    utf8_casecmp(o->measure, g->measure) == 0)))
			if (best == NULL || date_compare(o->to, best->to) > 0)
				best = o;
	return best;
}

static const char *const level_words[] = {
	[ASSESS_MET] = "uppfyllt",
	[ASSESS_PARTLY] = "delvis uppfyllt",
	[ASSESS_NOT_MET] = "ej uppfyllt",
};

/* Each assessment names a goal (an error otherwise), once (a warning);
 * where this follow-up's own outcome gives the goal met or not met and
 * the author judges the opposite, a note: both are printed. */
static int
check_assessments(const struct followup *f, const struct corpus *c)
{
	const struct assessment *a, *b;
	int errors = 0;

	for (a = f->assessments; a != NULL; a = a->next) {
		const struct goal *g = assessed_goal(f, c, a->goal_id);
		const struct outcome *o;
		enum goal_status st;
		struct date pfrom, pto;
		long long part;

		if (g == NULL) {
			diag(f->path, a->line, MSG_UNKNOWN_GOAL, a->goal_id, f->agreement->id);
			errors++;
			continue;
		}
		for (b = f->assessments; b != a; b = b->next)
			if (strcmp(b->goal_id, a->goal_id) == 0) {
				diag(f->path, a->line, MSG_DUP_ASSESSMENT, a->goal_id);
				break;
			}
		if ((o = own_outcome(f, g)) == NULL)
			continue;
		/* against the stated target, as the report judges it; a yearly
		 * count below it in a part year is not judged (GOAL_WHOLE_YEAR) */
		st = calc_goal_status(g, o, NULL, false, NULL);
		if (st != GOAL_MET && calc_goal_part_target(g, f->agreement->from, f->agreement->to,
		    o->to.y, &part, &pfrom, &pto))
			continue;
		if ((st == GOAL_MET && a->level == ASSESS_NOT_MET) ||
		    (st == GOAL_NOT_MET && a->level == ASSESS_MET))
			diag(f->path, a->line, MSG_ASSESSMENT_DIFFERS, level_words[a->level], g->id,
			    o->value, st == GOAL_MET ? "uppnått" : "ej uppnått");
	}
	return errors;
}

int
validate_followup_goals(struct followup *f, const struct corpus *c)
{
	const struct outcome *o;
	int errors = 0;

	errors += check_report_period(f);
	errors += validate_goal_forms(f->path, f->next_goals);
	for (o = f->outcomes; o != NULL; o = o->next)
		errors += check_ratio(f, o);
	errors += check_assessments(f, c);
	return errors;
}

/* Each <report-due>: month and day, or date, not both, not neither; the
 * day must exist in the month (29 February does, in leap years: a note
 * says what the other years get). */
static int
check_report_dues(const struct agreement *ag)
{
	const struct report_due *rd;
	int errors = 0;

	for (rd = ag->followup.report_dues; rd != NULL; rd = rd->next) {
		bool yearly = rd->month != 0 || rd->day != 0;

		if ((yearly && rd->date.y != 0) || (!yearly && rd->date.y == 0) ||
		    (yearly && (rd->month == 0 || rd->day == 0))) {
			diag(ag->path, rd->line, MSG_REPORT_DUE_FORM);
			errors++;
		} else if (yearly && rd->month > 12) {
			diag(ag->path, rd->line, MSG_MONTH, (long)rd->month);
			errors++;
		} else if (yearly && !date_exists(2000, rd->month, rd->day)) {
			diag(ag->path, rd->line, MSG_REPORT_DUE_DAY, rd->day, rd->month);
			errors++;
		} else if (yearly && rd->month == 2 && rd->day == 29) {
			diag(ag->path, rd->line, MSG_REPORT_DUE_LEAP);
		}
	}
	return errors;
}

/* Payment months: month and months not together, each of months 1-12. */
static int
check_payment_months(const struct agreement *ag, const struct block *b)
{
	int errors = 0;
	size_t i;

	for (; b != NULL; b = b->next) {
		if (b->kind == BLOCK_PAYMENT && b->payment->nmonths > 0) {
			if (b->payment->month != 0) {
				diag(ag->path, b->line, MSG_PAYMENT_MONTHS_BOTH);
				errors++;
			}
			for (i = 0; i < b->payment->nmonths; i++)
				if (b->payment->months[i] > 12) {
					diag(ag->path, b->line, MSG_MONTH, (long)b->payment->months[i]);
					errors++;
				}
		}
		errors += check_payment_months(ag, b->children);
	}
	return errors;
}

int
validate_duties(const struct agreement *ag)
{
	return check_report_dues(ag) + check_payment_months(ag, ag->text);
}
