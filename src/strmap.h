/* A map of strings to indices (an index of an array kept elsewhere), for
 * the build's lookups by path or name among thousands.  The keys are not
 * copied: each must live as long as the map.  Any module may include
 * this header. */
#ifndef IOPDOC_STRMAP_H
#define IOPDOC_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

struct strmap {
	const char	**keys;		/* not owned */
	size_t		 *vals;
	size_t		  cap, n;
};

/* The value slot of key: added (with add) when it is not there yet, else
 * NULL when it is not there. */
size_t	*strmap_slot(struct strmap *, const char *key, bool add);
void	 strmap_free(struct strmap *);

#endif
