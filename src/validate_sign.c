/* Meaning checks of issue 12's SIGN part: actors named with a role that
 * are not parties.  Reports and goes on, as validate.c does. */
#include <string.h>

#include "diag.h"
#include "format.h"
#include "validate_sign.h"

const struct actor *
validate_sign_actor(const struct agreement *ag, const char *id)
{
	const struct actor *a;

	for (a = ag->actors; a != NULL && id != NULL; a = a->next)
		if (a->id != NULL && strcmp(a->id, id) == 0)
			return a;
	return NULL;
}

int
validate_sign_agreement(const struct agreement *ag)
{
	const struct actor *a, *b;
	int errors = 0;

	for (a = ag->actors; a != NULL; a = a->next) {
		for (b = ag->actors; b != a; b = b->next)
			if (strcmp(a->id, b->id) == 0) {
				diag(ag->path, a->line, MSG_DUP_ACTOR, a->id);
				errors++;
				break;
			}
		if (agreement_party(ag, a->id) != NULL) {
			diag(ag->path, a->line, MSG_ACTOR_PARTY_ID, a->id);
			errors++;
		}
		if (a->orgnr != NULL && !orgnr_valid(a->orgnr)) {
			diag(ag->path, a->orgnr_line, MSG_ORGNR_LUHN, a->orgnr, a->name,
			    luhn_check_digit(a->orgnr));
			errors++;
		}
	}
	return errors;
}
