/* The nightly build's lock on the output tree, and the clean-up of what a
 * killed run left there. */
#include <sys/file.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_int.h"
#include "diag.h"

#define LOCKFILE	".iopdoc-lock"

/* Takes the lock on the output tree into *fd (shared by a dry run,
 * waited for with --wait); reports LOCK_BUSY and LOCK_FAILED.  The lock
 * file is opened without following a symbolic link and must be a plain
 * file: a link planted there would have a file elsewhere truncated and a
 * pid written into it. */
enum lock_result
lock_take(const struct batch_options *o, int *fd)
{
	char *path = batch_path_join(o->output, LOCKFILE), pid[32];
	enum lock_result rc = LOCK_TAKEN;
	struct stat st;

	/* A dry run only reads: it shares the lock and writes nothing. */
	*fd = open(path, (o->dry_run ? O_RDONLY : O_RDWR | O_CREAT) | O_NOFOLLOW | O_NONBLOCK |
	    O_CLOEXEC, 0644);
	if (*fd == -1 && o->dry_run && errno == ENOENT) {
		free(path);	/* no build has written here: nothing to share */
		return LOCK_TAKEN;
	}
	if (*fd == -1) {
		if (errno == ELOOP || errno == EISDIR)
			diag(NULL, 0, MSG_LOCK_FILE, path, errno == ELOOP ?
			    diag_word("a symbolic link", "en symbolisk länk") : diag_word("a folder", "en mapp"));
		else
			diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(errno));
		free(path);
		return LOCK_FAILED;
	}
	if (fstat(*fd, &st) != 0) {
		diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(errno));
		rc = LOCK_FAILED;
	} else if (!S_ISREG(st.st_mode)) {
		diag(NULL, 0, MSG_LOCK_FILE, path, S_ISDIR(st.st_mode) ?
		    diag_word("a folder", "en mapp") : diag_word("a special file", "en specialfil"));
		rc = LOCK_FAILED;
	} else if (flock(*fd, (o->dry_run ? LOCK_SH : LOCK_EX) | (o->wait ? 0 : LOCK_NB)) != 0) {
		if (errno == EWOULDBLOCK) {
			ssize_t n = pread(*fd, pid, sizeof(pid) - 1, 0);

			pid[n > 0 ? n : 0] = '\0';
			pid[strcspn(pid, "\n")] = '\0';
			diag(NULL, 0, MSG_BUSY, o->output, pid[0] != '\0' ? pid : "?");
			rc = LOCK_BUSY;
		} else {
			diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(errno));
			rc = LOCK_FAILED;
		}
	} else if (!o->dry_run) {
		snprintf(pid, sizeof(pid), "%ld\n", (long)getpid());
		if (ftruncate(*fd, 0) == 0 && pwrite(*fd, pid, strlen(pid), 0) < 0)
			rc = LOCK_TAKEN;	/* the pid is only a courtesy to whoever waits */
	}
	if (rc != LOCK_TAKEN) {
		close(*fd);
		*fd = -1;
	}
	free(path);
	return rc;
}

/* Temporary files a killed run left: ".NAME.pdf.tmp-XXXXXX". */
void
lock_clean_leftovers(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] == '.' && strstr(e->d_name, ".tmp-") != NULL) {
			char *p = batch_path_join(dir, e->d_name);

			unlink(p);
			free(p);
		}
	closedir(d);
}
