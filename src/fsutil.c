/* Atomic file replacement with mkstemp, fsync and rename. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "fsutil.h"
#include "mem.h"

/* A TERM, INT or HUP arriving while the temporary file exists waits
 * until it is renamed or removed: a killed run leaves no debris. */
int
atomic_open(struct atomic_file *af, const char *path)
{
	const char *slash = strrchr(path, '/');
	sigset_t stop;

	memset(af, 0, sizeof(*af));
	af->path = path;
	af->fd = -1;
	sigemptyset(&stop);
	sigaddset(&stop, SIGTERM);
	sigaddset(&stop, SIGINT);
	sigaddset(&stop, SIGHUP);
	sigprocmask(SIG_BLOCK, &stop, &af->old_mask);

	/* The temporary name starts with a dot, beside the target, so the
	 * rename stays on one file system and globbing for *.pdf skips it. */
	if (slash != NULL) {
		buf_add(&af->tmp, path, (size_t)(slash - path) + 1);
		buf_printf(&af->tmp, ".%s.tmp-XXXXXX", slash + 1);
	} else
		buf_printf(&af->tmp, ".%s.tmp-XXXXXX", path);
	if ((af->fd = mkstemp(af->tmp.data)) == -1) {
		diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(errno));
		buf_free(&af->tmp);
		sigprocmask(SIG_SETMASK, &af->old_mask, NULL);
		return -1;
	}
	return 0;
}

void
atomic_write(struct atomic_file *af, const void *data, size_t len)
{
	const char *p = data;

	while (len > 0 && af->err == 0) {
		ssize_t n = write(af->fd, p, len);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			af->err = n < 0 && errno != 0 ? errno : EIO;
		else {
			p += n;
			len -= (size_t)n;
		}
	}
}

int
atomic_close(struct atomic_file *af)
{
	int err = af->err;

	if (err == 0 && (fchmod(af->fd, 0644) != 0 || fsync(af->fd) != 0))
		err = errno != 0 ? errno : EIO;
	if (close(af->fd) != 0 && err == 0)
		err = errno != 0 ? errno : EIO;
	if (err == 0) {
		test_kill_point("before-rename", af->path);
		if (rename(af->tmp.data, af->path) != 0)
			err = errno != 0 ? errno : EIO;
		else
			test_kill_point("after-rename", af->path);
	}
	if (err != 0) {
		unlink(af->tmp.data);
		diag(NULL, 0, MSG_WRITE_FAILED, af->path, strerror(err));
	}
	buf_free(&af->tmp);
	sigprocmask(SIG_SETMASK, &af->old_mask, NULL);
	return err == 0 ? 0 : -1;
}

int
write_file_atomic(const char *path, const void *data, size_t len)
{
	struct atomic_file af;

	if (atomic_open(&af, path) != 0)
		return -1;
	atomic_write(&af, data, len);
	return atomic_close(&af);
}

#ifdef IOPDOC_TEST_HOOKS
void
test_kill_point(const char *step, const char *path)
{
	const char *want = getenv("IOPDOC_TEST_KILL");
	size_t n = strlen(step);

	if (want == NULL || strncmp(want, step, n) != 0)
		return;
	if (want[n] == '\0' || (want[n] == ':' && path != NULL && strstr(path, want + n + 1) != NULL))
		raise(SIGKILL);
}
#endif

/* What a non-regular file is, for read_error_text. */
static int
not_regular(mode_t mode)
{
	return S_ISDIR(mode) ? EISDIR : S_ISFIFO(mode) ? READ_FIFO :
	    S_ISSOCK(mode) ? READ_SOCKET : READ_DEVICE;
}

int
open_regular(const char *path, int *fd)
{
	struct stat st;
	int err;

	/* O_NONBLOCK: opening a FIFO with no writer would wait for ever;
	 * fstat then refuses it before anything is read. */
	if ((*fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)) < 0)
		return errno;
	if (fstat(*fd, &st) != 0)
		err = errno;
	else if (!S_ISREG(st.st_mode))
		err = not_regular(st.st_mode);
	else
		err = 0;
	if (err != 0) {
		close(*fd);
		*fd = -1;
		return err;
	}
	/* a regular file never blocks; reads go on as usual */
	fcntl(*fd, F_SETFL, fcntl(*fd, F_GETFL) & ~O_NONBLOCK);
	return 0;
}

const char *
read_error_text(int err)
{
	switch (err) {
	case READ_FIFO:
		return "it is a named pipe (FIFO), not an ordinary file";
	case READ_SOCKET:
		return "it is a socket, not an ordinary file";
	case READ_DEVICE:
		return "it is a device, not an ordinary file";
	case EISDIR:
		return "it is a folder, not an ordinary file";
	default:
		return strerror(err);
	}
}

int
read_file_limited(const char *path, size_t max, unsigned char **data, size_t *len)
{
	unsigned char *p = NULL;
	size_t n = 0, cap = 0;
	ssize_t k;
	int fd, err;

	*data = NULL;
	*len = 0;
	if ((err = open_regular(path, &fd)) != 0)
		return err;
	/* Read to the end rather than trust st_size: the file may be
	 * growing. */
	for (;;) {
		if (n == cap) {
			cap = cap == 0 ? 65536 : cap * 2;
			if (cap > max + 1)
				cap = max + 1;
			p = xrealloc(p, cap);
		}
		k = read(fd, p + n, cap - n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			err = errno;
			break;
		}
		if (k == 0)
			break;
		n += (size_t)k;
		if (n > max) {
			err = EFBIG;
			break;
		}
	}
	close(fd);
	if (err != 0) {
		free(p);
		return err;
	}
	*data = p;
	*len = n;
	return 0;
}
