/* Writing output files atomically: a temporary file in the target
 * folder, flushed to disk, then renamed into place, so a reader (or a
 * run killed half-way) only ever sees the old or the new file.  Included
 * by the output devices. */
#ifndef IOPDOC_FSUTIL_H
#define IOPDOC_FSUTIL_H

#include <stddef.h>

/* Returns 0, or -1 after reporting; never leaves the temporary file. */
int	write_file_atomic(const char *path, const void *data, size_t len);

#endif
