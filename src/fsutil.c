/* Atomic file replacement with mkstemp, fsync and rename. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "fsutil.h"

int
write_file_atomic(const char *path, const void *data, size_t len)
{
	struct buf tmp = { NULL, 0, 0 };
	const char *slash = strrchr(path, '/');
	const char *p = data;
	int fd, saved;

	/* The temporary name starts with a dot, beside the target, so the
	 * rename stays on one file system and globbing for *.pdf skips it. */
	if (slash != NULL) {
		buf_add(&tmp, path, (size_t)(slash - path) + 1);
		buf_printf(&tmp, ".%s.tmp-XXXXXX", slash + 1);
	} else
		buf_printf(&tmp, ".%s.tmp-XXXXXX", path);
	if ((fd = mkstemp(tmp.data)) == -1) {
		diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(errno));
		buf_free(&tmp);
		return -1;
	}
	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			goto fail;
		p += n;
		len -= (size_t)n;
	}
	if (fchmod(fd, 0644) != 0 || fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp.data, path) != 0)
		goto fail;
	buf_free(&tmp);
	return 0;
fail:
	saved = errno != 0 ? errno : EIO;
	if (fd != -1)
		close(fd);
	unlink(tmp.data);
	diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(saved));
	buf_free(&tmp);
	return -1;
}
