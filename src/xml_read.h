/* Reading an agreement file: parse with libxml2, validate against the
 * compiled-in schema, and build the model, its references inside the
 * document linked (agreement_link).  Only the reader (xml_read.c and its
 * modules, through xml_read_int.h) includes libxml2.
 * Included by corpus.c and run.c (and the tests). */
#ifndef IOPDOC_XML_READ_H
#define IOPDOC_XML_READ_H

#include <stddef.h>

struct agreement;
struct input;

/* Reads path, an agreement or a follow-up, into *out (the caller frees
 * it with input_free).  Returns 0 on success; otherwise the problems
 * have been reported, *out holds nothing and the return is -1. */
int	xml_read(const char *path, struct input *out);
/* The same, and seen(bytes, len, ctx) with the very bytes parsed, before
 * they are: a caller hashes what it checks, not a second reading. */
int	xml_read_seen(const char *path, struct input *out,
	    void (*seen)(const char *, size_t, void *), void *ctx);

/* The same for bytes already in memory; name stands for the file in
 * messages (the fuzz target's way in). */
int	xml_read_memory(const char *name, const char *data, size_t len, struct input *out);

/* The same for a file that must be an agreement. */
int	xml_read_agreement(const char *path, struct agreement **out);

/* Frees the compiled schema and libxml2's global state at exit. */
void	xml_read_cleanup(void);

#endif
