/* The checks of an agreement's decisions, version, history and annexes
 * (validate_doc.c).  Included by validate.c only. */
#ifndef IOPDOC_VALIDATE_DOC_H
#define IOPDOC_VALIDATE_DOC_H

struct agreement;

/* Reports the problems; returns the number of errors. */
int	validate_doc_control(const struct agreement *);

#endif
