/* Meaning checks of an agreement: references, dates, organisationsnummer,
 * stated against computed figures, signatures.  Reports every problem of
 * a file in one run.  Included by main.c. */
#ifndef IOPDOC_VALIDATE_H
#define IOPDOC_VALIDATE_H

struct agreement;

/* Resolves party references and reports problems.  Returns the number
 * of errors (warnings do not count). */
int	validate_agreement(struct agreement *);

#endif
