/* Checks of issue 12's SIGN part: the actors that are not parties.
 * Included by validate.c. */
#ifndef IOPDOC_VALIDATE_SIGN_H
#define IOPDOC_VALIDATE_SIGN_H

#include "model.h"

/* Checks the actors (ids apart from each other and from the parties',
 * organisationsnummer); returns the number of errors reported. */
int			 validate_sign_agreement(const struct agreement *);

/* A follow-up's signatures (its agreement's parties, one block at most)
 * and approval date, once it is linked to its agreement; returns the
 * number of errors reported. */
int			 validate_sign_followup(const struct followup *);

/* The actor with this id, or NULL. */
const struct actor	*validate_sign_actor(const struct agreement *, const char *id);

#endif
