/* Builders: turn a checked model into a document tree for the layout
 * engine.  Included by main.c. */
#ifndef IOPDOC_BUILD_H
#define IOPDOC_BUILD_H

struct agreement;
struct doc;
struct template;

/* Builds the agreement document into a new doc in the agreement's arena. */
struct doc	*build_agreement(struct agreement *, const struct template *);

#endif
