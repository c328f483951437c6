/* Writing output files atomically: a temporary file in the target
 * folder, flushed to disk, then renamed into place, so a reader (or a
 * run killed half-way) only ever sees the old or the new file.  Included
 * by the output devices.  And reading input files whole, with a limit. */
#ifndef IOPDOC_FSUTIL_H
#define IOPDOC_FSUTIL_H

#include <stddef.h>

/* Returns 0, or -1 after reporting; never leaves the temporary file. */
int	write_file_atomic(const char *path, const void *data, size_t len);

/* Reads a whole regular file of at most max bytes into *data (the caller
 * frees it).  Returns 0, or an errno value: EISDIR for a folder, EFBIG
 * when the file is larger than max.  Reports nothing. */
int	read_file_limited(const char *path, size_t max, unsigned char **data, size_t *len);

#endif
