/* An output PDF's size, times and inode, for the manifest. */
#include <sys/stat.h>

#include <errno.h>
#include <stdlib.h>

#include "buf.h"
#include "pdfstat.h"

int
pdfstat_get(const char *path, struct pdfstat *p)
{
	struct stat st;

	if (lstat(path, &st) != 0 || !S_ISREG(st.st_mode))
		return -1;
	p->size = st.st_size;
	p->mtime = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
	p->ctime = (long long)st.st_ctim.tv_sec * 1000000000LL + st.st_ctim.tv_nsec;
	p->ino = (long long)st.st_ino;
	p->dev = (long long)st.st_dev;
	return 0;
}

bool
pdfstat_same(const struct pdfstat *a, const struct pdfstat *b)
{
	return a->size == b->size && a->mtime == b->mtime && a->ctime == b->ctime &&
	    a->ino == b->ino && a->dev == b->dev;
}

int
pdfstat_parse(char *const *f, size_t n, struct pdfstat *p)
{
	long long *v[5] = { &p->size, &p->mtime, &p->ctime, &p->ino, &p->dev };
	size_t i;

	if (n != 5)
		return -1;
	for (i = 0; i < 5; i++) {
		char *end;

		errno = 0;
		*v[i] = strtoll(f[i], &end, 10);
		if (end == f[i] || *end != '\0' || errno != 0)
			return -1;
	}
	return 0;
}

void
pdfstat_line(struct buf *b, const char *out, const struct pdfstat *p)
{
	buf_printf(b, "pdf\t%s\t%lld\t%lld\t%lld\t%lld\t%lld\n", out, p->size, p->mtime, p->ctime, p->ino,
	    p->dev);
}
