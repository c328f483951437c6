/* Goal figures of issue 12: a goal's target scaled to a year, an
 * outcome's ratio in percent, and the status of ranges, shares and
 * scaled goals.  Computes, never prints. */
#include <stdbool.h>

#include "calc.h"
#include "format.h"
#include "model.h"

int
calc_goal_scale(const struct goal *g)
{
	switch (g->scale) {
	case SCALE_WEEK:
		return 52;
	case SCALE_MONTH:
		return 12;
	case SCALE_QUARTER:
		return 4;
	case SCALE_NONE:
		break;
	}
	return 1;
}

bool
calc_goal_year_target(const struct goal *g, long long *target)
{
	if (!g->has_value)
		return false;
	/* values are at most 999 999 999 999 (the schema), times 52 fits */
	*target = g->value * calc_goal_scale(g);
	return true;
}

bool
calc_outcome_ratio(const struct outcome *o, double *percent)
{
	if (!o->has_of || o->of == 0)
		return false;
	*percent = 100.0 * (double)o->value / (double)o->of;
	return true;
}

bool
calc_outcome_percent_tenths(const struct outcome *o, const struct goal *g, long long *tenths)
{
	/* value and of are at most 999 999 999 999: times 2 000 fits */
	long long num, den, t;

	if (!o->has_of || o->of <= 0 || o->value < 0)
		return false;
	num = o->value * 1000;
	den = o->of;
	t = (2 * num + den) / (2 * den);	/* half up */
	if (g != NULL && g->has_percent) {
		long long target = g->percent_tenths;

		/* the exact ratio below the target must not print as it */
		if (g->comparison == CMP_MINST && num < target * den && t >= target)
			t = target - 1;
		else if (g->comparison == CMP_HOGST && num > target * den && t <= target)
			t = target + 1;
	}
	*tenths = t;
	return true;
}

bool
calc_outcome_percent_shown(const struct outcome *o, const struct goal *g, long long *tenths)
{
	long long t, whole, target;
	bool exact_side, whole_side;

	if (!calc_outcome_percent_tenths(o, g, &t))
		return false;
	/* whole percent, half up (value, of at most 999 999 999 999) */
	whole = (o->value * 200 + o->of) / (2 * o->of) * 10;
	*tenths = whole;
	if (g == NULL || !g->has_percent ||
	    (g->comparison != CMP_MINST && g->comparison != CMP_HOGST))
		return true;
	target = g->percent_tenths;
	/* a target with a decimal: the outcome with one too */
	if (target % 10 != 0) {
		*tenths = t;
		return true;
	}
	/* the side of the target the exact ratio is on, and the one whole
	 * percent would put it on: 29,6 % is not "30 %" beside "minst 30 %" */
	if (g->comparison == CMP_MINST) {
		exact_side = o->value * 1000 >= target * o->of;
		whole_side = whole >= target;
	} else {
		exact_side = o->value * 1000 <= target * o->of;
		whole_side = whole <= target;
	}
	if (exact_side != whole_side || (!exact_side && whole == target))
		*tenths = t;
	return true;
}

/* A share goal against the outcome's ratio, exactly: value / of
 * compared with percent / 100 by cross-multiplying (tenths). */
static enum goal_status
share_status(const struct goal *g, const struct outcome *now)
{
	long double lhs, rhs;

	if (!now->has_of || now->of == 0)
		return GOAL_UNJUDGED;
	lhs = (long double)now->value * 1000.0L;
	rhs = (long double)g->percent_tenths * (long double)now->of;
	if (g->comparison == CMP_MINST)
		return lhs >= rhs ? GOAL_MET : GOAL_NOT_MET;
	return lhs <= rhs ? GOAL_MET : GOAL_NOT_MET;
}

bool
calc_goal_part_target(const struct goal *g, struct date ag_from, struct date ag_to, int year,
    long long *target, struct date *from, struct date *to)
{
	long long whole;
	long days, in_year = days_in_year(year);

	if (g->has_percent || g->year != 0 || g->from.y != 0 || g->to.y != 0)
		return false;
	if (g->scale == SCALE_NONE && !(g->has_per && g->per == PER_YEAR))
		return false;
	if ((g->comparison != CMP_MINST && g->comparison != CMP_HOGST) || ag_from.y == 0 ||
	    !calc_goal_year_target(g, &whole))
		return false;
	if (!calc_duty_part(ag_from, ag_to, year, from, to))
		return false;
	days = date_days(*to) - date_days(*from) + 1;
	if (days <= 0)
		return false;
	/* at most 999 999 999 999 x 52 x 2 x 366: fits */
	*target = (whole * days * 2 + in_year) / (2 * in_year);
	return true;
}

enum goal_status
calc_goal_part_year_status(const struct goal *g, enum goal_status s, struct date ag_from,
    struct date ag_to, int year)
{
	struct date from, to;
	long long part;

	if (!calc_goal_part_target(g, ag_from, ag_to, year, &part, &from, &to) ||
	    g->comparison != CMP_MINST || (s != GOAL_NOT_MET && s != GOAL_NOT_YET))
		return s;
	return ag_to.y == year && date_compare(ag_to, (struct date){ year, 12, 31 }) < 0 ?
	    GOAL_ENDED : GOAL_WHOLE_YEAR;
}

static enum goal_status status_of(const struct goal *, const struct outcome *,
    const struct outcome *, bool, const long long *);

/* A goal with a condition no outcome measures (unmeasured="…") is met
 * only in part when its outcome reaches the target: "Delvis bedömt";
 * not met stays not met, as a goal of two conditions is when one fails. */
enum goal_status
calc_goal_status(const struct goal *g, const struct outcome *now, const struct outcome *before,
    bool part_year, const long long *part_target)
{
	enum goal_status s = status_of(g, now, before, part_year, part_target);

	return s == GOAL_MET && g->unmeasured != NULL ? GOAL_PART_JUDGED : s;
}

static enum goal_status
status_of(const struct goal *g, const struct outcome *now, const struct outcome *before,
    bool part_year, const long long *part_target)
{
	long long target = 0;
	bool has_target;

	if (now == NULL)
		return GOAL_NOT_REPORTED;
	if (g->has_percent && (g->comparison == CMP_MINST || g->comparison == CMP_HOGST))
		return share_status(g, now);
	if (g->comparison == CMP_MELLAN) {
		if (!g->has_min || !g->has_max)
			return GOAL_NO_TARGET;
		if (now->value < g->min * calc_goal_scale(g))
			return part_year ? GOAL_NOT_YET : GOAL_NOT_MET;
		return now->value <= g->max * calc_goal_scale(g) ? GOAL_MET : GOAL_NOT_MET;
	}
	has_target = calc_goal_year_target(g, &target);
	if (has_target && part_target != NULL)
		target = *part_target;
	return goal_status(g->comparison, has_target, target, true, now->value,
	    before != NULL, before != NULL ? before->value : 0, part_year);
}
