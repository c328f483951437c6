/* Meaning checks of an agreement: references, dates, organisationsnummer,
 * stated against computed figures, signatures.  Reports every problem of
 * a file in one run.  Included by main.c. */
#ifndef IOPDOC_VALIDATE_H
#define IOPDOC_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

struct agreement;
struct corpus;
struct followup;

/* Resolves party references and reports problems.  Returns the number
 * of errors (warnings do not count). */
int	validate_agreement(struct agreement *);

/* Finds the follow-up's agreement in the corpus, resolves goals and
 * checks dates, periods and gender splits.  Returns the number of errors. */
int	validate_followup(struct followup *, const struct corpus *);

/* Reports (and returns 1) when a valid document earlier in the corpus
 * (valid[k] true, k < i) has the same kind and id as document i: the
 * first keeps the id, the copy is the error. */
int	validate_unique_id(const struct corpus *, size_t i, const bool *valid);

#endif
