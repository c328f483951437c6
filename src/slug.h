/* File names from Swedish titles: lowercase ASCII letters, digits and
 * dashes ("Inkludering på lika villkor" -> "inkludering-pa-lika-villkor"),
 * safe on every file system.  Any module may include this header. */
#ifndef IOPDOC_SLUG_H
#define IOPDOC_SLUG_H

#include <stddef.h>

/* Longest slug, in bytes: well below every file system's name limit. */
#define SLUG_MAX	80

/* Writes the slug of UTF-8 text to out (SLUG_MAX + 1 bytes); returns its
 * length, 0 when nothing of the text survives. */
size_t	slugify(const char *text, char *out);

#endif
