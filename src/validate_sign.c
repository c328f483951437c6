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

/* Counts the <signatures> blocks of a text, at any depth, into *n;
 * *line becomes the second's. */
static void
count_signatures(const struct block *b, int *n, long *line)
{
	for (; b != NULL; b = b->next) {
		if (b->kind == BLOCK_SIGNATURES && ++*n == 2)
			*line = b->line;
		count_signatures(b->children, n, line);
	}
}

int
validate_sign_followup(const struct followup *f)
{
	const struct agreement *ag = f->agreement;
	const struct signatory *s, *t, *prev = NULL;
	const struct party *p, *q;
	int errors = 0, n = 0;
	long line = 0;
	char a[16], b[16];

	count_signatures(f->text, &n, &line);
	if (n > 1) {
		diag(f->path, line, MSG_FU_SIGNATURES_COUNT, n);
		errors++;
	}
	for (s = f->signatories; s != NULL; prev = s, s = s->next) {
		/* no party: one who signs in a role, e.g. the styrgrupp's
		 * justerare, named by its <for> line */
		if (s->party_id == NULL) {
			if (s->for_text == NULL) {
				diag(f->path, s->line, MSG_FU_SIGNATORY_NO_FOR);
				errors++;
			}
			continue;
		}
		if ((p = agreement_party(ag, s->party_id)) == NULL) {
			diag(f->path, s->line, validate_sign_actor(ag, s->party_id) != NULL ?
			    MSG_ACTOR_NOT_PARTY : MSG_UNKNOWN_PARTY, s->party_id,
			    diag_word("signatory", "undertecknare"));
			errors++;
			continue;
		}
		/* as in an agreement: a party's signatories stand together */
		for (t = f->signatories; t != s; t = t->next) {
			q = agreement_party(ag, t->party_id);
			if (q == p && agreement_party(ag, prev->party_id) != p) {
				diag(f->path, s->line, MSG_DUP_SIGNATORY, p->name);
				break;
			}
		}
	}
	if (f->approval != NULL && f->approval->date.y != 0 && f->date.y != 0 &&
	    date_compare(f->approval->date, f->date) < 0) {
		date_format_iso(f->approval->date, a, sizeof(a));
		date_format_iso(f->date, b, sizeof(b));
		diag(f->path, f->approval->line, MSG_FU_APPROVED_BEFORE, a, b);
	}
	return errors;
}
