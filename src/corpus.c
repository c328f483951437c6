/* The documents of a run, read once each. */
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "mem.h"
#include "model.h"
#include "xml_read.h"

long
corpus_add(struct corpus *c, const char *path)
{
	return corpus_add_seen(c, path, NULL, NULL);
}

long
corpus_add_seen(struct corpus *c, const char *path,
    void (*seen)(const char *, size_t, void *), void *ctx)
{
	struct input in;
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(input_path(&c->docs[i]), path) == 0)
			return (long)i;
	if (xml_read_seen(path, &in, seen, ctx) != 0)
		return -1;
	xgrow((void **)&c->docs, &c->cap, c->n + 1, sizeof(*c->docs));
	c->docs[c->n] = in;
	return (long)c->n++;
}

struct agreement *
corpus_agreement(const struct corpus *c, const char *id)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->docs[i].type == INPUT_AGREEMENT && strcmp(c->docs[i].agreement->id, id) == 0)
			return c->docs[i].agreement;
	return NULL;
}

void
corpus_free(struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		input_free(&c->docs[i]);
	free(c->docs);
	memset(c, 0, sizeof(*c));
}
