/* Allocation that cannot fail, as mandoc_aux's: out of memory, the
 * program ends (exit status EXIT_MEMORY, with a message naming the size
 * and the function that asked), so callers stay free of NULL checks.  A
 * per-document arena is freed in one call.  Any module may include this
 * header. */
#ifndef IOPDOC_MEM_H
#define IOPDOC_MEM_H

#include <stddef.h>

/* Called through the macros below, which name the caller for the
 * message. */
void	*mem_malloc(size_t, const char *caller);
void	*mem_calloc(size_t, size_t, const char *caller);
void	*mem_realloc(void *, size_t, const char *caller);
char	*mem_strdup(const char *, const char *caller);
void	 mem_grow(void **arr, size_t *cap, size_t n, size_t elem, const char *caller);

#define xmalloc(n)		mem_malloc((n), __func__)
#define xcalloc(n, size)	mem_calloc((n), (size), __func__)
#define xrealloc(p, n)		mem_realloc((p), (n), __func__)
#define xstrdup(s)		mem_strdup((s), __func__)
/* Grow *arr (of *cap elements of size elem) to hold at least n. */
#define xgrow(arr, cap, n, elem) mem_grow((arr), (cap), (n), (elem), __func__)

/* An arena hands out memory that lives until arena_free(). */
struct arena;

struct arena	*arena_new(void);
void		 arena_free(struct arena *);
void		*mem_arena_alloc(struct arena *, size_t, const char *caller);
#define arena_alloc(a, n)	mem_arena_alloc((a), (n), __func__)	/* zeroed */
char		*arena_strdup(struct arena *, const char *);
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_printf(struct arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

#endif
