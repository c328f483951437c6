/* Allocation that cannot fail (it stops the program on exhaustion, as
 * mandoc_aux does), and a per-document arena freed in one call.
 * Any module may include this header. */
#ifndef IOPDOC_MEM_H
#define IOPDOC_MEM_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);

/* Grow *arr (of *cap elements of size elem) to hold at least n. */
void	 xgrow(void **arr, size_t *cap, size_t n, size_t elem);

/* An arena hands out memory that lives until arena_free(). */
struct arena;

struct arena	*arena_new(void);
void		 arena_free(struct arena *);
void		*arena_alloc(struct arena *, size_t);	/* zeroed */
char		*arena_strdup(struct arena *, const char *);
char		*arena_strndup(struct arena *, const char *, size_t);
char		*arena_printf(struct arena *, const char *, ...)
		    __attribute__((format(printf, 2, 3)));

#endif
