/* The nightly build's scan of the input tree: every *.xml below the input
 * folder, in name order, each hashed unless its size and time are as the
 * manifest recorded; and what was left out, and why. */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_int.h"
#include "buf.h"
#include "diag.h"
#include "limit.h"
#include "mem.h"
#include "utf8.h"

static int
cmp_infile_ptr(const void *a, const void *b)
{
	return strcmp((*(struct infile *const *)a)->path, (*(struct infile *const *)b)->path);
}

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A name as it can be printed: control bytes and bytes that are not
 * UTF-8 as \t, \n or \xNN. */
char *
scan_printable(const char *s)
{
	struct buf b = { NULL, 0, 0 };
	size_t n = strlen(s), i = 0, k;
	uint32_t cp;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\t' || c == '\n')
			buf_adds(&b, c == '\t' ? "\\t" : "\\n"), i++;
		else if (c < 0x20 || c == 0x7f)
			buf_printf(&b, "\\x%02X", c), i++;
		else if ((k = utf8_decode(s + i, n - i, &cp)) == 0)
			buf_printf(&b, "\\x%02X", c), i++;
		else
			buf_add(&b, s + i, k), i += k;
	}
	if (b.data == NULL)
		buf_adds(&b, "");
	return b.data;
}

/* A name the manifest (tab-separated lines), the messages and the PDFs
 * can carry: UTF-8 without control characters. */
bool
scan_name_ok(const char *s)
{
	const char *p;

	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return false;
	return utf8_valid(s, strlen(s));
}

/* Records a path the scan did not read, with its message (printed now,
 * and kept for the JSON log). */
void
scan_not_read(struct build_run *r, const char *path, enum msg_id id, const char *why)
{
	char *shown = scan_printable(path);
	struct diag_ctx ctx;
	struct buf m = { NULL, 0, 0 };
	size_t at;

	diag_open(&ctx, &m);
	if (id == MSG_READ_FAILED)
		diag(NULL, 0, id, shown, why);
	else if (id == MSG_SCAN_DEPTH)
		diag(shown, 0, id, LIMIT_SCAN_DEPTH);
	else if (id == MSG_SCAN_LOOP)
		diag(shown, 0, id, why);
	else if (id == MSG_INPUT_EMPTY)
		diag(NULL, 0, id, shown, r->old.nouts);
	else
		diag(shown, 0, id);
	diag_close(&ctx, DIAG_PASS_ON);
	if (m.data != NULL)
		fputs(m.data, stderr);
	free(shown);
	/* errors first, so that the summary counts just them */
	xgrow((void **)&r->unread, &r->unread_cap, r->nunread + 1, sizeof(*r->unread));
	xgrow((void **)&r->unread_msgs, &r->unread_msgs_cap, r->nunread + 1, sizeof(*r->unread_msgs));
	at = id == MSG_SCAN_LINK ? r->nunread : r->unread_errors++;
	memmove(r->unread + at + 1, r->unread + at, (r->nunread - at) * sizeof(*r->unread));
	memmove(r->unread_msgs + at + 1, r->unread_msgs + at, (r->nunread - at) * sizeof(*r->unread_msgs));
	r->unread[at] = xstrdup(path);
	r->unread_msgs[at] = m.data != NULL ? m.data : xstrdup("");
	r->nunread++;
}

/* An input file found (path is taken over), hashed unless its size and
 * time are as the manifest recorded them. */
static void
add_infile(struct build_run *r, char *path, const struct stat *st)
{
	struct infile *f;
	const struct infile *known;

	xgrow((void **)&r->files, &r->files_cap, r->nfiles + 1, sizeof(*r->files));
	f = &r->files[r->nfiles++];
	memset(f, 0, sizeof(*f));
	f->path = path;
	f->size = st->st_size;
	f->mtime = (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
	/* Size and time as recorded: the recorded hash holds. */
	known = manifest_file(&r->old, path);
	if (known != NULL && known->size == f->size && known->mtime == f->mtime)
		memcpy(f->hash, known->hash, 65);
	else if (digest_file(path, f->hash) != 0)
		memset(f->hash, '-', 64);
	f->changed = known == NULL || strcmp(known->hash, f->hash) != 0;
}

/* The folders above the one being read, to notice a folder inside
 * itself (a bind mount: no symbolic link is followed). */
struct dir_chain {
	dev_t			 dev;
	ino_t			 ino;
	const char		*path;
	const struct dir_chain	*up;
};

/* Every *.xml below dir, in name order, folders depth first.  Symbolic
 * links are not followed, only regular files are read, and whatever is
 * left out is said, never skipped without a word. */
static void
scan_dir(struct build_run *r, const char *dir, int depth, const struct dir_chain *up)
{
	struct dir_chain here;
	const struct dir_chain *a;
	struct stat st;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	DIR *d;
	int fd;

	/* The input folder itself may be a link (a mount point's); what
	 * lies below it is not followed. */
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC | (depth > 0 ? O_NOFOLLOW : 0));
	if (fd < 0 || fstat(fd, &st) != 0 || (d = fdopendir(fd)) == NULL) {
		scan_not_read(r, dir, MSG_READ_FAILED, strerror(errno));
		if (fd >= 0)
			close(fd);
		return;
	}
	for (a = up; a != NULL; a = a->up)
		if (a->dev == st.st_dev && a->ino == st.st_ino) {
			closedir(d);
			scan_not_read(r, dir, MSG_SCAN_LOOP, a->path);
			return;
		}
	here.dev = st.st_dev;
	here.ino = st.st_ino;
	here.path = dir;
	here.up = up;
	for (errno = 0; (e = readdir(d)) != NULL; errno = 0) {
		if (e->d_name[0] == '.')
			continue;
		xgrow((void **)&names, &cap, n + 1, sizeof(*names));
		names[n++] = xstrdup(e->d_name);
	}
	if (errno != 0)		/* a folder that fails half-way is not read */
		scan_not_read(r, dir, MSG_READ_FAILED, strerror(errno));
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), cmp_names);
	for (i = 0; i < n; i++) {
		char *p = batch_path_join(dir, names[i]);
		size_t len = strlen(names[i]);
		bool xml = len > 4 && strcmp(names[i] + len - 4, ".xml") == 0;

		/* TERM during a long scan: stop here, nothing is decided */
		if (batch_stop_signal)
			;
		else if (lstat(p, &st) != 0)
			scan_not_read(r, p, MSG_READ_FAILED, strerror(errno));
		else if (S_ISLNK(st.st_mode)) {
			if (xml || stat(p, &st) != 0 || S_ISDIR(st.st_mode))
				scan_not_read(r, p, MSG_SCAN_LINK, NULL);
		} else if (S_ISDIR(st.st_mode)) {
			if (!scan_name_ok(names[i]))
				scan_not_read(r, p, MSG_SCAN_NAME, NULL);
			else if (depth + 1 > LIMIT_SCAN_DEPTH)
				scan_not_read(r, p, MSG_SCAN_DEPTH, NULL);
			else
				scan_dir(r, p, depth + 1, &here);
		} else if (xml && !scan_name_ok(names[i]))
			scan_not_read(r, p, MSG_SCAN_NAME, NULL);
		else if (xml) {
			/* not a regular file (a FIFO, a device): listed, so that
			 * reading it refuses it with its reason, each night */
			add_infile(r, p, &st);
			p = NULL;
		}
		free(p);
		free(names[i]);
	}
	free(names);
}

/* The scan of the input folder, which may itself be a link. */
void
scan_tree(struct build_run *r, const char *dir)
{
	scan_dir(r, dir, 0, NULL);
}

/* Whether path is one the scan did not read, or lies below one. */
bool
scan_under_unread(const struct build_run *r, const char *path)
{
	size_t i, len;

	for (i = 0; i < r->nunread; i++) {
		len = strlen(r->unread[i]);
		if (strncmp(path, r->unread[i], len) == 0 && (path[len] == '\0' || path[len] == '/' ||
		    (len > 0 && r->unread[i][len - 1] == '/')))
			return true;
	}
	return false;
}

/* The input file of a path, or NULL (once scan_index has run). */
const struct infile *
scan_file(const struct build_run *r, const char *path)
{
	struct infile key, *kp = &key, **hit;

	key.path = (char *)path;
	if (r->nfiles == 0)
		return NULL;
	hit = bsearch(&kp, r->by_path, r->nfiles, sizeof(*r->by_path), cmp_infile_ptr);
	return hit != NULL ? *hit : NULL;
}

/* The files sorted by path, for scan_file. */
void
scan_index(struct build_run *r)
{
	size_t i;

	r->by_path = xcalloc(r->nfiles + 1, sizeof(*r->by_path));
	for (i = 0; i < r->nfiles; i++)
		r->by_path[i] = &r->files[i];
	if (r->nfiles > 0)
		qsort(r->by_path, r->nfiles, sizeof(*r->by_path), cmp_infile_ptr);
}
