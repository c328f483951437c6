/* The checks of an agreement's <terms> that the schema cannot make:
 * the cure period of a termination for breach. */
#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "limit.h"
#include "model.h"
#include "validate.h"

int
validate_terms(const struct agreement *ag)
{
	const struct breach_term *b = &ag->breach;
	int errors = 0;

	if (!b->present)
		return 0;
	if (b->cure_days < 1 || b->cure_days > LIMIT_CURE_DAYS) {
		diag(ag->path, b->line, MSG_BREACH_CURE_DAYS,
		    b->cure_days_text != NULL ? b->cure_days_text : "");
		errors++;
	}
	if (b->effect == BREACH_EFFECT_NOTICE_PERIOD && ag->notice_months <= 0)
		diag(ag->path, b->line, MSG_BREACH_NO_NOTICE);
	return errors;
}
