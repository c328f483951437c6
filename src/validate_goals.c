/* Meaning checks of what issue 12 adds to goals, outcomes and the
 * follow-up's head: the report period against the agreement's.  Reports
 * and goes on, like validate.c; changes nothing in the model. */
#include <stdio.h>

#include "corpus.h"
#include "diag.h"
#include "format.h"
#include "model.h"
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
validate_followup_goals(struct followup *f, const struct corpus *c)
{
	int errors = 0;

	(void)c;
	errors += check_report_period(f);
	return errors;
}
