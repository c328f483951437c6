/* The corpus: every agreement and follow-up a run reads, so that a
 * follow-up finds its agreement and a report finds all documents of a
 * nämnd.  Included by main.c, validate.c and the report builder. */
#ifndef IOPDOC_CORPUS_H
#define IOPDOC_CORPUS_H

#include <stddef.h>

struct agreement;
struct followup;
struct input;

struct corpus {
	struct input	*docs;
	size_t		 n, cap;
};

/* Reads a file into the corpus unless it is there already (by path).
 * Returns the document's index, or -1 when it could not be read (the
 * problems are reported and the file is left out). */
long			 corpus_add(struct corpus *, const char *path);
/* The same, with seen() given the bytes read (see xml_read_seen). */
long			 corpus_add_seen(struct corpus *, const char *path,
			    void (*seen)(const char *, size_t, void *), void *ctx);
struct agreement	*corpus_agreement(const struct corpus *, const char *id);
void			 corpus_free(struct corpus *);

#endif
