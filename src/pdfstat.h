/* What the file system says of an output PDF (size, times, inode), kept
 * in the manifest next to the PDF's hash once the hash was checked: a PDF
 * that still shows all of them is the one hashed, so the next build need
 * not read it again.  Any write, rename or touch changes the inode change
 * time, which no one can set back.  Included by batch_int.h and
 * batch_manifest.c. */
#ifndef IOPDOC_PDFSTAT_H
#define IOPDOC_PDFSTAT_H

#include <stdbool.h>
#include <stddef.h>

struct buf;

struct pdfstat {
	long long	size, mtime, ctime;	/* bytes; times in nanoseconds */
	long long	ino, dev;
};

/* The PDF at path, not followed through a link: 0 when it is a regular
 * file. */
int	pdfstat_get(const char *path, struct pdfstat *);
bool	pdfstat_same(const struct pdfstat *, const struct pdfstat *);
/* The fields of a manifest line after the output's name: 0 when they are
 * the ones pdfstat_line writes. */
int	pdfstat_parse(char *const *fields, size_t n, struct pdfstat *);
void	pdfstat_line(struct buf *, const char *out, const struct pdfstat *);

#endif
