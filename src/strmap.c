/* A map of strings to indices: open addressing, FNV-1a. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "strmap.h"

static uint64_t
hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s != '\0'; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

size_t *
strmap_slot(struct strmap *m, const char *key, bool add)
{
	size_t i;

	if (add && (m->n + 1) * 2 > m->cap) {
		struct strmap bigger = { NULL, NULL, m->cap < 64 ? 128 : m->cap * 2, 0 };

		bigger.keys = xcalloc(bigger.cap, sizeof(*bigger.keys));
		bigger.vals = xcalloc(bigger.cap, sizeof(*bigger.vals));
		for (i = 0; i < m->cap; i++)
			if (m->keys[i] != NULL)
				*strmap_slot(&bigger, m->keys[i], true) = m->vals[i];
		free(m->keys);
		free(m->vals);
		*m = bigger;
	}
	if (m->cap == 0)
		return NULL;
	for (i = hash(key) & (m->cap - 1); m->keys[i] != NULL; i = (i + 1) & (m->cap - 1))
		if (strcmp(m->keys[i], key) == 0)
			return &m->vals[i];
	if (!add)
		return NULL;
	m->keys[i] = key;
	m->n++;
	return &m->vals[i];
}

void
strmap_free(struct strmap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}
