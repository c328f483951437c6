/* The last two stages for one document: layout, then the PDF device.
 * Included by run.c and batch_worker.c. */
#ifndef IOPDOC_RENDER_H
#define IOPDOC_RENDER_H

#include <stddef.h>

#include "diag.h"

struct doc;
struct template;

/* Lays doc out and, when out is not NULL, writes it there atomically.
 * Returns the worst level of its own messages (the layout's and the
 * PDF's), which it also passes on to the caller's context; *pages and
 * *bytes when not NULL. */
enum diag_level	render_doc(struct doc *, const struct template *, const char *out,
		    size_t *pages, size_t *bytes);

#endif
