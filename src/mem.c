/* Allocation wrappers and the per-document arena. */
#include <stdarg.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "mem.h"

#ifdef IOPDOC_TEST_HOOKS
/* Test builds only: $IOPDOC_TEST_NOMEM=N makes the Nth allocation fail,
 * as if memory ran out there (tests/bad/run.sh). */
static int
test_nomem(void)
{
	static long count, fail_at = -1;
	const char *env;

	if (fail_at < 0)
		fail_at = (env = getenv("IOPDOC_TEST_NOMEM")) != NULL ? atol(env) : 0;
	return fail_at > 0 && ++count == fail_at;
}
#else
#define test_nomem()	0
#endif

/* Out of memory is the one condition we do not report through a status:
 * nothing sensible can continue, and callers stay free of NULL checks.
 * The process ends here, with its documented status; _exit, because a
 * build worker must not flush what it inherited. */
static void
oom(size_t n, const char *caller)
{
	diag_out_of_memory(n, caller);
	_exit(EXIT_MEMORY);
}

void *
mem_malloc(size_t n, const char *caller)
{
	void *p = test_nomem() ? NULL : malloc(n ? n : 1);

	if (p == NULL)
		oom(n, caller);
	return p;
}

void *
mem_calloc(size_t n, size_t size, const char *caller)
{
	void *p = test_nomem() ? NULL : calloc(n ? n : 1, size ? size : 1);

	if (p == NULL)
		oom(size != 0 && n > SIZE_MAX / size ? SIZE_MAX : n * size, caller);
	return p;
}

void *
mem_realloc(void *p, size_t n, const char *caller)
{
	void *q = test_nomem() ? NULL : realloc(p, n ? n : 1);

	if (q == NULL)
		oom(n, caller);
	return q;
}

char *
mem_strdup(const char *s, const char *caller)
{
	size_t n = strlen(s) + 1;

	return memcpy(mem_malloc(n, caller), s, n);
}

void
mem_grow(void **arr, size_t *cap, size_t n, size_t elem, const char *caller)
{
	size_t c = *cap;

	if (n <= c)
		return;
	if (c < 8)
		c = 8;
	while (c < n) {
		if (c > ((size_t)-1) / 2 / elem)
			oom((size_t)-1, caller);
		c *= 2;
	}
	*arr = mem_realloc(*arr, c * elem, caller);
	*cap = c;
}

/* Blocks start small (a follow-up's whole model is a few KB, and a report
 * holds hundreds of models) and double up to ARENA_BLOCK; a larger
 * request gets a block of its own. */
#define ARENA_FIRST	(4 * 1024)
#define ARENA_BLOCK	(64 * 1024)

struct arena_block {
	struct arena_block	*next;
	size_t			 used, size;
	max_align_t		 data[];
};

struct arena {
	struct arena_block	*head;
	size_t			 next;		/* size of the next block */
};

struct arena *
arena_new(void)
{
	return xcalloc(1, sizeof(struct arena));
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *next;

	if (a == NULL)
		return;
	for (b = a->head; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(a);
}

void *
mem_arena_alloc(struct arena *a, size_t n, const char *caller)
{
	struct arena_block *b = a->head;
	size_t align = sizeof(max_align_t);
	void *p;

	n = (n + align - 1) / align * align;
	if (n == 0)
		n = align;
	if (b == NULL || b->size - b->used < n) {
		size_t size;

		if (a->next < ARENA_FIRST)
			a->next = ARENA_FIRST;
		size = n > a->next ? n : a->next;
		if (a->next < ARENA_BLOCK)
			a->next *= 2;
		b = mem_malloc(sizeof(*b) + size, caller);
		b->used = 0;
		b->size = size;
		/* A large block goes behind the current one, so that the
		 * current block's free space stays usable. */
		if (n > ARENA_BLOCK && a->head != NULL) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += n;
	return memset(p, 0, n);
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *
arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	int n;
	char *p;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	p = arena_alloc(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}
