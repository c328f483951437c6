/* A libhyphen pattern file read into libhyphen's structures, as
 * hnj_hyphen_load_file() reads it, in a few large blocks (hyph_load.c).
 * Included by hyph.c and the unit tests. */
#ifndef IOPDOC_HYPH_LOAD_H
#define IOPDOC_HYPH_LOAD_H

#include <stddef.h>

#include <hyphen.h>

struct hyph_patterns;

/* The patterns of a pattern file's text (len bytes); never NULL. */
struct hyph_patterns	*hyph_patterns_read(const char *text, size_t len);
/* Their dictionary, for hnj_hyphen_hyphenate3(); never hnj_hyphen_free(). */
HyphenDict		*hyph_patterns_dict(const struct hyph_patterns *);
void			 hyph_patterns_free(struct hyph_patterns *);

#endif
