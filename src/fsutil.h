/* Writing output files atomically: a temporary file in the target
 * folder, flushed to disk, then renamed into place, so a reader (or a
 * run killed half-way) only ever sees the old or the new file; and
 * reading input files whole, with a limit.  Included by out_pdf.c,
 * out_pdf_font.c and the build (batch_int.h, and batch.c,
 * batch_digest.c and batch_manifest.c themselves) for writing and
 * opening, xml_read.c, out_pdf_image.c, plan.c and template.c
 * (reading). */
#ifndef IOPDOC_FSUTIL_H
#define IOPDOC_FSUTIL_H

#include <signal.h>
#include <stddef.h>

#include "buf.h"

/* Returns 0, or -1 after reporting; never leaves the temporary file. */
int	write_file_atomic(const char *path, const void *data, size_t len);

/* The same written piece by piece (a file too large to build in memory
 * first): atomic_open (0, or -1 after reporting), any number of
 * atomic_write (a failure is kept for atomic_close), then atomic_close,
 * which renames the file into place, or removes it and reports; 0 or
 * -1.  TERM, INT and HUP wait from atomic_open to atomic_close. */
struct atomic_file {
	const char	*path;
	struct buf	 tmp;		/* the temporary file's name */
	int		 fd, err;
	sigset_t	 old_mask;
};
int	atomic_open(struct atomic_file *, const char *path);
void	atomic_write(struct atomic_file *, const void *data, size_t len);
int	atomic_close(struct atomic_file *);

/* Reads a whole regular file of at most max bytes into *data (the caller
 * frees it).  Returns 0, or an errno value: EISDIR for a folder, EFBIG
 * when the file is larger than max, or one of the READ_ codes below for
 * other files that are not regular.  Reports nothing. */
int	read_file_limited(const char *path, size_t max, unsigned char **data, size_t *len);

/* Test builds only (-DIOPDOC_TEST_HOOKS: the sanitizer build the suites
 * run): the process kills itself (SIGKILL) at a named step when
 * $IOPDOC_TEST_KILL is "STEP", or "STEP:TEXT" and the path contains TEXT,
 * so that the fault tests stop a build exactly between two steps.  The
 * program itself compiles it to nothing. */
#ifdef IOPDOC_TEST_HOOKS
void	test_kill_point(const char *step, const char *path);
#else
#define test_kill_point(step, path)	((void)0)
#endif
/* Opens a regular file for reading without ever blocking on a FIFO or a
 * device: *fd, or -1 and an error as read_file_limited's. */
int	open_regular(const char *path, int *fd);

/* Not regular files, which no input may be (negative: never an errno). */
#define READ_FIFO	(-1)
#define READ_SOCKET	(-2)
#define READ_DEVICE	(-3)

/* The reason an error of read_file_limited or open_regular gives. */
const char *read_error_text(int err);

#endif
