/* The nightly build.
 *
 * 1. Take the lock on the output tree and clean up what a killed run
 *    left (temporary files).
 * 2. Hash what every output depends on: the program, the template with
 *    its fonts and logo, and each input file (a file whose size and time
 *    match the manifest keeps its recorded hash, so an unchanged tree is
 *    recognised by stat alone).
 * 3. Read and check every input once, printing its messages in file order.
 * 4. Plan the outputs (agreements, follow-ups, one report per nämnd and
 *    year), each with the inputs it depends on; compare with the manifest
 *    of the last run; an output whose inputs have errors keeps its last
 *    good PDF.
 * 5. Render what changed on N worker processes.  Each job reads its own
 *    inputs again (and the follow-ups that set delmål its outcomes name),
 *    so a worker's memory does not grow with the batch; its messages come
 *    back to this process, which prints them in job order, so -j N prints
 *    what -j 1 prints.  A job that takes too long loses its worker.
 * 6. Write the manifest (atomically), list or prune outputs whose inputs
 *    are gone, and sum up. */
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "buf.h"
#include "build.h"
#include "calc.h"
#include "corpus.h"
#include "diag.h"
#include "doc.h"
#include "fsutil.h"
#include "hash.h"
#include "limit.h"
#include "mem.h"
#include "model.h"
#include "render.h"
#include "slug.h"
#include "template.h"
#include "utf8.h"
#include "validate.h"

#ifndef IOPDOC_VERSION
#define IOPDOC_VERSION "0"
#endif

#define MANIFEST	".iopdoc-manifest"
#define MANIFEST_VERSION 2		/* 2: each output's PDF hash, opts */
#define LOCKFILE	".iopdoc-lock"
#define BAD_LINES_SHOWN	10		/* of a damaged manifest */

/* A hash not known: no file hashes to it, so it never matches. */
static const char unknown_hash[65] =
    "----------------------------------------------------------------";

static const char *const kind_dirs[] = { "agreements", "followups", "reports" };

enum job_kind { JOB_AGREEMENT, JOB_FOLLOWUP, JOB_REPORT };
enum job_state { JOB_UNCHANGED, JOB_RENDER, JOB_KEPT };

/* An input file of the tree. */
struct infile {
	char		*path;
	char		 hash[65];
	long long	 size, mtime;		/* mtime in nanoseconds */
	long		 doc;			/* corpus index, or -1 */
	bool		 changed;		/* new, or not as recorded */
	enum diag_level	 level;
	struct buf	 messages;		/* from reading and checking */
};

/* An output and what it is made from. */
struct job {
	enum job_kind	 kind;
	char		*out;			/* relative: "agreements/x.pdf" */
	char		*namnd;			/* report: the nämnd's id */
	int		 year;			/* report */
	char		**inputs;		/* paths, in a fixed order */
	char		**hashes;		/* of each input as checked */
	/* read only to check the others as the plan did (the follow-ups
	 * that set delmål an outcome names), not rendered from */
	bool		*ref;
	size_t		 ninputs;
	char		 dephash[65];
	enum job_state	 state;
	const char	*reason;
	/* the outcome */
	char		 pdfhash[65];		/* of the PDF written, or kept */
	enum diag_level	 level;
	long		 pages, bytes, usec;
	char		*messages;
	bool		 done;
};

/* What the last run recorded. */
struct old_out {
	char		*out, *dephash;
	char		 pdfhash[65];		/* of the PDF it wrote */
	int		 pdf_check;		/* 0 not yet, 1 as recorded, -1 not */
	char		**inputs;
	size_t		 ninputs;
	bool		 seen;			/* planned again this run */
	bool		 pruned;		/* its PDF was removed */
};

struct manifest {
	char		 prog[65], tpl[65];
	char		 opts[32];		/* options that change what passes */
	struct infile	*files;			/* path, hash, size, mtime */
	size_t		 nfiles;
	struct old_out	*outs;
	size_t		 nouts;
	char		**failed;
	size_t		 nfailed;
};

/* A worker process: forked before anything is read, so that it carries
 * none of the tree's data (one that replaces a dead worker shares the
 * parent's pages); jobs reach it whole through its pipe. */
struct worker {
	pid_t		pid;
	int		to, from;	/* jobs out, results in */
	long		job;		/* the job it works on, or -1 */
	struct timespec	started;	/* of that job */
};

struct build_run {
	const struct batch_options	*o;
	struct worker			*workers;
	int				 nworkers;
	struct template			 t;
	char				 prog[65], tpl[65];
	struct infile			*files;
	size_t				 nfiles, files_cap;
	struct infile			**by_path;	/* files, sorted by path */
	struct corpus			 corpus;
	struct job			*jobs;
	size_t				 njobs, jobs_cap;
	struct manifest			 old;
	int				 lock;		/* fd; workers close it */
	/* What the scan could not or would not read: the outputs made from
	 * it keep their last PDF, and nothing is pruned. */
	char				**unread;
	size_t				 nunread, unread_cap;
	size_t				 unread_errors;	/* not links */
	bool				 progress;
	size_t				 rendered, unchanged, failed;
};

/* ---------- stopping ---------- */

/* TERM, INT or HUP (cron's kill, Ctrl-C, a closed terminal) stop a build
 * between documents: the jobs in hand finish, no new one starts, and the
 * manifest records what was done, so the next build renders the rest. */
static volatile sig_atomic_t stop_signal;

static void
on_stop(int sig)
{
	stop_signal = sig;
}

static void
catch_stop(void (*handler)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = handler;
	sigemptyset(&sa.sa_mask);
	/* restart reads and writes; poll() still returns EINTR */
	sa.sa_flags = SA_RESTART;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
}

static const char *
signal_name(int sig)
{
	return sig == SIGTERM ? "SIGTERM" : sig == SIGINT ? "SIGINT (Ctrl-C)" :
	    sig == SIGHUP ? "SIGHUP" : "a signal";
}

/* ---------- small helpers ---------- */

static char *
path_join(const char *a, const char *b)
{
	struct buf p = { NULL, 0, 0 };

	buf_printf(&p, "%s%s%s", a, a[0] != '\0' && a[strlen(a) - 1] != '/' ? "/" : "", b);
	return p.data;
}

/* The SHA-256 of what fd reads, in hex; closes fd. */
static int
hash_fd(int fd, char out[65])
{
	struct sha256 s;
	unsigned char d[32], chunk[65536];
	ssize_t n;

	sha256_init(&s);
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			close(fd);
			return -1;
		}
		sha256_update(&s, chunk, (size_t)n);
	}
	close(fd);
	sha256_final(&s, d);
	hex_encode(d, 32, out);
	return 0;
}

static int
hash_file(const char *path, char out[65])
{
	int fd;

	/* a FIFO named *.xml would block a plain open for ever */
	if (open_regular(path, &fd) != 0)
		return -1;
	return hash_fd(fd, out);
}

/* The hash of an output PDF: a regular file, not followed through a
 * symbolic link (what is checked is what the build wrote there). */
static int
hash_pdf(const char *path, char out[65])
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd == -1)
		return -1;
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return -1;
	}
	return hash_fd(fd, out);
}

/* The options that change what passes, as the manifest records them:
 * switching one checks every input again. */
static const char *
opts_of(const struct batch_options *o)
{
	return o->strict ? "strict" : "default";
}

/* xml_read_seen's callback: the SHA-256 of the bytes parsed. */
static void
hash_bytes(const char *data, size_t len, void *ctx)
{
	sha256_hex(data, len, ctx);
}

static void
hash_add_file(struct sha256 *s, const char *path)
{
	char h[65];

	if (path == NULL)
		return;
	/* the content only: the same template elsewhere is the same */
	if (hash_file(path, h) != 0)
		memset(h, '-', 64), h[64] = '\0';
	sha256_update(s, h, 64);
}

static long
elapsed_usec(const struct timespec *from)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)((now.tv_sec - from->tv_sec) * 1000000L + (now.tv_nsec - from->tv_nsec) / 1000);
}

/* JSON string of UTF-8 text. */
static void
json_string(struct buf *b, const char *s)
{
	buf_addc(b, '"');
	for (; s != NULL && *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_adds(b, "\\n");
		else if (c < 0x20)
			buf_printf(b, "\\u%04x", c);
		else
			buf_addc(b, (char)c);
	}
	buf_addc(b, '"');
}

/* The lines of a message buffer as a JSON array. */
static void
json_lines(struct buf *b, const char *text)
{
	const char *p = text, *nl;
	bool first = true;

	buf_addc(b, '[');
	while (p != NULL && *p != '\0') {
		char *line;

		nl = strchr(p, '\n');
		line = xcalloc(1, (nl != NULL ? (size_t)(nl - p) : strlen(p)) + 1);
		memcpy(line, p, nl != NULL ? (size_t)(nl - p) : strlen(p));
		if (!first)
			buf_addc(b, ',');
		json_string(b, line);
		free(line);
		first = false;
		p = nl != NULL ? nl + 1 : NULL;
	}
	buf_addc(b, ']');
}

/* ---------- the lock ---------- */

enum lock_result { LOCK_TAKEN, LOCK_BUSY, LOCK_FAILED };

/* The lock file is opened without following a symbolic link and must be
 * a plain file: a link planted there would have a file elsewhere
 * truncated and a pid written into it. */
static enum lock_result
take_lock(const struct batch_options *o, int *fd)
{
	char *path = path_join(o->output, LOCKFILE), pid[32];
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
			diag(NULL, 0, MSG_LOCK_FILE, path, errno == ELOOP ? "a symbolic link" : "a folder");
		else
			diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(errno));
		free(path);
		return LOCK_FAILED;
	}
	if (fstat(*fd, &st) != 0) {
		diag(NULL, 0, MSG_WRITE_FAILED, path, strerror(errno));
		rc = LOCK_FAILED;
	} else if (!S_ISREG(st.st_mode)) {
		diag(NULL, 0, MSG_LOCK_FILE, path, S_ISDIR(st.st_mode) ? "a folder" : "a special file");
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
static void
clean_leftovers(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (d == NULL)
		return;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] == '.' && strstr(e->d_name, ".tmp-") != NULL) {
			char *p = path_join(dir, e->d_name);

			unlink(p);
			free(p);
		}
	closedir(d);
}

/* ---------- the manifest ---------- */

static int
cmp_infile(const void *a, const void *b)
{
	return strcmp(((const struct infile *)a)->path, ((const struct infile *)b)->path);
}

static int
cmp_infile_ptr(const void *a, const void *b)
{
	return strcmp((*(struct infile *const *)a)->path, (*(struct infile *const *)b)->path);
}


static void
manifest_free(struct manifest *m)
{
	size_t i, k;

	for (i = 0; i < m->nfiles; i++)
		free(m->files[i].path);
	free(m->files);
	for (i = 0; i < m->nouts; i++) {
		free(m->outs[i].out);
		free(m->outs[i].dephash);
		for (k = 0; k < m->outs[i].ninputs; k++)
			free(m->outs[i].inputs[k]);
		free(m->outs[i].inputs);
	}
	free(m->outs);
	for (i = 0; i < m->nfailed; i++)
		free(m->failed[i]);
	free(m->failed);
	memset(m, 0, sizeof(*m));
}

/* Splits a line at tabs, in place, into *fields (grown as needed: an
 * output's line names every one of its inputs, however many); returns
 * the number of fields. */
static size_t
split_tabs(char *line, char ***fields, size_t *cap)
{
	size_t n = 0;

	for (;;) {
		xgrow((void **)fields, cap, n + 1, sizeof(**fields));
		(*fields)[n++] = line;
		if ((line = strchr(line, '\t')) == NULL)
			break;
		*line++ = '\0';
	}
	return n;
}

static struct old_out *old_out(const struct manifest *, const char *);

static bool
hash_field(const char *s)
{
	return strlen(s) == 64 && (strspn(s, "0123456789abcdef") == 64 || strcmp(s, unknown_hash) == 0);
}

/* An output the manifest may name: a PDF right inside one of the kind
 * folders.  Nothing with "/", ".." or an absolute path: --prune removes
 * what the manifest names, and it must never reach outside the tree. */
static bool
output_path_ok(const char *p)
{
	size_t i, k, len;

	for (i = 0; i < sizeof(kind_dirs) / sizeof(kind_dirs[0]); i++) {
		k = strlen(kind_dirs[i]);
		if (strncmp(p, kind_dirs[i], k) == 0 && p[k] == '/')
			break;
	}
	if (i == sizeof(kind_dirs) / sizeof(kind_dirs[0]))
		return false;
	p += k + 1;
	len = strlen(p);
	return len > 4 && p[0] != '.' && strcmp(p + len - 4, ".pdf") == 0 &&
	    strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") == len;
}

/* Reads the last run's manifest; a missing or unusable one is an empty
 * one (everything is then rendered).  It is opened without following a
 * symbolic link, and a line that is not one iopdoc writes, or names an
 * output outside the tree, is reported and ignored. */
static void
manifest_read(const char *outdir, struct manifest *m)
{
	char *path = path_join(outdir, MANIFEST);
	char *line = NULL, **fld = NULL;
	size_t cap = 0, fldcap = 0, fcap = 0, ocap = 0, xcap = 0, bad = 0;
	long lineno = 0, version = 1;
	ssize_t len;
	struct stat st;
	FILE *f = NULL;
	int fd;

	memset(m, 0, sizeof(*m));
	memset(&st, 0, sizeof(st));	/* a failed fstat: "not a plain file" */
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd == -1) {
		if (errno != ENOENT)
			diag(NULL, 0, MSG_MANIFEST_FILE, path,
			    errno == ELOOP ? "it is a symbolic link" : strerror(errno));
	} else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		diag(NULL, 0, MSG_MANIFEST_FILE, path,
		    S_ISDIR(st.st_mode) ? "it is a folder" : "it is not a plain file");
		close(fd);
	} else if ((f = fdopen(fd, "r")) == NULL)
		close(fd);
	while (f != NULL && (len = getline(&line, &cap, f)) > 0) {
		const char *why = NULL;
		size_t n, k;

		lineno++;
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		n = split_tabs(line, &fld, &fldcap);
		if (strcmp(fld[0], "iopdoc-manifest") == 0 && n == 2 && lineno == 1) {
			version = strtol(fld[1], NULL, 10);
			if (version < 1 || version > MANIFEST_VERSION) {
				diag(NULL, 0, MSG_MANIFEST_FILE, path, "a newer iopdoc wrote it");
				break;
			}
		} else if (strcmp(fld[0], "prog") == 0 && n == 2 && hash_field(fld[1]))
			memcpy(m->prog, fld[1], 65);
		else if (strcmp(fld[0], "tpl") == 0 && n == 2 && hash_field(fld[1]))
			memcpy(m->tpl, fld[1], 65);
		else if (strcmp(fld[0], "opts") == 0 && n == 2 && strlen(fld[1]) < sizeof(m->opts))
			memcpy(m->opts, fld[1], strlen(fld[1]) + 1);
		else if (strcmp(fld[0], "file") == 0 && n == 5 && hash_field(fld[1])) {
			struct infile *fi;

			xgrow((void **)&m->files, &fcap, m->nfiles + 1, sizeof(*m->files));
			fi = &m->files[m->nfiles++];
			memset(fi, 0, sizeof(*fi));
			memcpy(fi->hash, fld[1], 65);
			fi->size = strtoll(fld[2], NULL, 10);
			fi->mtime = strtoll(fld[3], NULL, 10);
			fi->path = xstrdup(fld[4]);
		} else if (strcmp(fld[0], "out") == 0 && n >= (version >= 2 ? 4u : 3u) &&
		    hash_field(fld[2]) && (version < 2 || hash_field(fld[3]))) {
			/* version 1 recorded no PDF hash: its PDFs are made again */
			size_t first = version >= 2 ? 4 : 3;
			struct old_out *o;

			if (!output_path_ok(fld[1]))
				why = "it names an output outside the output folder";
			else if (old_out(m, fld[1]) != NULL)
				why = "it names an output a line above names already";
			else {
				xgrow((void **)&m->outs, &ocap, m->nouts + 1, sizeof(*m->outs));
				o = &m->outs[m->nouts++];
				memset(o, 0, sizeof(*o));
				o->out = xstrdup(fld[1]);
				o->dephash = xstrdup(fld[2]);
				memcpy(o->pdfhash, version >= 2 ? fld[3] : unknown_hash, 65);
				o->ninputs = n - first;
				o->inputs = xcalloc(o->ninputs + 1, sizeof(char *));
				for (k = first; k < n; k++)
					o->inputs[k - first] = xstrdup(fld[k]);
			}
		} else if (strcmp(fld[0], "failed") == 0 && n == 2) {
			xgrow((void **)&m->failed, &xcap, m->nfailed + 1, sizeof(*m->failed));
			m->failed[m->nfailed++] = xstrdup(fld[1]);
		} else
			why = "iopdoc writes no such line";
		if (why != NULL && bad++ < BAD_LINES_SHOWN)
			diag(path, lineno, MSG_MANIFEST_LINE, why);
	}
	/* a damaged record makes the next build look at everything */
	if (bad > 0) {
		xgrow((void **)&m->failed, &xcap, m->nfailed + 1, sizeof(*m->failed));
		m->failed[m->nfailed++] = xstrdup(MANIFEST);
	}
	free(line);
	free(fld);
	free(path);
	if (f != NULL)
		fclose(f);
	if (m->nfiles > 0)
		qsort(m->files, m->nfiles, sizeof(*m->files), cmp_infile);
}

static struct old_out *
old_out(const struct manifest *m, const char *out)
{
	size_t i;

	for (i = 0; i < m->nouts; i++)
		if (strcmp(m->outs[i].out, out) == 0)
			return &m->outs[i];
	return NULL;
}

/* The recorded file of a path (the manifest's files are sorted). */
static const struct infile *
old_file(const struct manifest *m, const char *path)
{
	struct infile key;

	key.path = (char *)path;
	return m->nfiles == 0 ? NULL : bsearch(&key, m->files, m->nfiles, sizeof(*m->files), cmp_infile);
}

/* Whether the PDF on disk is the one the manifest recorded.  A PDF
 * damaged, edited or replaced since, or one a killed run renamed into
 * place before it could record it, is not, and is rendered again. */
static bool
pdf_as_recorded(const char *outdir, struct old_out *o)
{
	if (o->pdf_check == 0) {
		char *abs = path_join(outdir, o->out), h[65];

		o->pdf_check = hash_pdf(abs, h) == 0 && strcmp(h, o->pdfhash) == 0 ? 1 : -1;
		free(abs);
	}
	return o->pdf_check > 0;
}

/* ---------- scanning the input tree ---------- */

static int
cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A name as it can be printed: control bytes and bytes that are not
 * UTF-8 as \t, \n or \xNN. */
static char *
printable_name(const char *s)
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
static bool
name_ok(const char *s)
{
	const char *p;

	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			return false;
	return utf8_valid(s, strlen(s));
}

/* Records a path the scan did not read, with its message. */
static void
not_read(struct build_run *r, const char *path, enum msg_id id, const char *why)
{
	char *shown = printable_name(path);

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
	free(shown);
	/* errors first, so that the summary lists just them */
	xgrow((void **)&r->unread, &r->unread_cap, r->nunread + 1, sizeof(*r->unread));
	if (id == MSG_SCAN_LINK)
		r->unread[r->nunread++] = xstrdup(path);
	else {
		memmove(r->unread + r->unread_errors + 1, r->unread + r->unread_errors,
		    (r->nunread - r->unread_errors) * sizeof(*r->unread));
		r->unread[r->unread_errors++] = xstrdup(path);
		r->nunread++;
	}
}

static void
add_infile(struct build_run *r, char *path, const struct stat *st)
{
	struct infile *f;
	const struct infile *known;

	xgrow((void **)&r->files, &r->files_cap, r->nfiles + 1, sizeof(*r->files));
	f = &r->files[r->nfiles++];
	memset(f, 0, sizeof(*f));
	f->path = path;
	f->doc = -1;
	f->size = st->st_size;
	f->mtime = (long long)st->st_mtim.tv_sec * 1000000000LL + st->st_mtim.tv_nsec;
	/* Size and time as recorded: the recorded hash holds. */
	known = old_file(&r->old, path);
	if (known != NULL && known->size == f->size && known->mtime == f->mtime)
		memcpy(f->hash, known->hash, 65);
	else if (hash_file(path, f->hash) != 0)
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
scan(struct build_run *r, const char *dir, int depth, const struct dir_chain *up)
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
		not_read(r, dir, MSG_READ_FAILED, strerror(errno));
		if (fd >= 0)
			close(fd);
		return;
	}
	for (a = up; a != NULL; a = a->up)
		if (a->dev == st.st_dev && a->ino == st.st_ino) {
			closedir(d);
			not_read(r, dir, MSG_SCAN_LOOP, a->path);
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
		not_read(r, dir, MSG_READ_FAILED, strerror(errno));
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), cmp_names);
	for (i = 0; i < n; i++) {
		char *p = path_join(dir, names[i]);
		size_t len = strlen(names[i]);
		bool xml = len > 4 && strcmp(names[i] + len - 4, ".xml") == 0;

		/* TERM during a long scan: stop here, nothing is decided */
		if (stop_signal)
			;
		else if (lstat(p, &st) != 0)
			not_read(r, p, MSG_READ_FAILED, strerror(errno));
		else if (S_ISLNK(st.st_mode)) {
			if (xml || stat(p, &st) != 0 || S_ISDIR(st.st_mode))
				not_read(r, p, MSG_SCAN_LINK, NULL);
		} else if (S_ISDIR(st.st_mode)) {
			if (!name_ok(names[i]))
				not_read(r, p, MSG_SCAN_NAME, NULL);
			else if (depth + 1 > LIMIT_SCAN_DEPTH)
				not_read(r, p, MSG_SCAN_DEPTH, NULL);
			else
				scan(r, p, depth + 1, &here);
		} else if (xml && !name_ok(names[i]))
			not_read(r, p, MSG_SCAN_NAME, NULL);
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

/* Whether path is one the scan did not read, or lies below one. */
static bool
under_unread(const struct build_run *r, const char *path)
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

static const struct infile *
infile_of(const struct build_run *r, const char *path)
{
	struct infile key, *kp = &key, **hit;

	key.path = (char *)path;
	if (r->nfiles == 0)
		return NULL;
	hit = bsearch(&kp, r->by_path, r->nfiles, sizeof(*r->by_path), cmp_infile_ptr);
	return hit != NULL ? *hit : NULL;
}

static void
index_files(struct build_run *r)
{
	size_t i;

	r->by_path = xcalloc(r->nfiles + 1, sizeof(*r->by_path));
	for (i = 0; i < r->nfiles; i++)
		r->by_path[i] = &r->files[i];
	if (r->nfiles > 0)
		qsort(r->by_path, r->nfiles, sizeof(*r->by_path), cmp_infile_ptr);
}

/* ---------- reading and checking ---------- */

static void
read_and_check(struct build_run *r)
{
	bool *valid;
	size_t i, k;

	for (i = 0; i < r->nfiles && !stop_signal; i++) {
		struct infile *f = &r->files[i];
		char parsed[65] = "";

		diag_capture(&f->messages);
		diag_reset();
		/* the hash of what is checked: the file may have changed since
		 * it was hashed (or its recorded hash taken) */
		f->doc = corpus_add_seen(&r->corpus, f->path, hash_bytes, parsed);
		f->level = diag_level();
		if (parsed[0] != '\0' && strcmp(parsed, f->hash) != 0) {
			const struct infile *known = old_file(&r->old, f->path);

			memcpy(f->hash, parsed, 65);
			f->changed = known == NULL || strcmp(known->hash, f->hash) != 0;
		}
	}
	/* stopped while reading: what was read is part of the corpus only,
	 * and checked against it a follow-up would miss its agreement */
	if (stop_signal) {
		diag_capture(NULL);
		return;
	}
	corpus_link(&r->corpus);
	valid = xcalloc(r->corpus.n + 1, sizeof(bool));
	for (k = 0; k < 2; k++)
		for (i = 0; i < r->nfiles; i++) {
			struct infile *f = &r->files[i];
			struct input *in;

			if (f->doc < 0 || f->level >= DIAG_ERROR)
				continue;
			in = &r->corpus.docs[f->doc];
			if (in->type != (k == 0 ? INPUT_AGREEMENT : INPUT_FOLLOWUP))
				continue;
			diag_capture(&f->messages);
			diag_reset();
			if (validate_unique_id(&r->corpus, (size_t)f->doc, valid) == 0) {
				if (in->type == INPUT_AGREEMENT)
					validate_agreement(in->agreement);
				else
					validate_followup(in->followup, &r->corpus);
			}
			if (diag_level() > f->level)
				f->level = diag_level();
			valid[f->doc] = f->level < DIAG_ERROR;
		}
	diag_capture(NULL);
	free(valid);
	/* In file order, whatever the number of workers: the files that
	 * changed since the last run, and every file with errors (each night,
	 * until it is mended); --verbose: all. */
	for (i = 0; i < r->nfiles && !stop_signal; i++) {
		const struct infile *f = &r->files[i];

		if (f->messages.len == 0)
			continue;
		if (f->level >= DIAG_ERROR || (!r->o->quiet && (f->changed || r->o->verbose)))
			fputs(f->messages.data, stderr);
	}
}

static const struct input *
good(const struct build_run *r, const struct infile *f)
{
	return f->doc >= 0 && f->level < DIAG_ERROR ? &r->corpus.docs[f->doc] : NULL;
}

/* ---------- planning ---------- */

static struct job *
add_job(struct build_run *r, enum job_kind kind, const char *base)
{
	struct job *j;

	xgrow((void **)&r->jobs, &r->jobs_cap, r->njobs + 1, sizeof(*r->jobs));
	j = &r->jobs[r->njobs++];
	memset(j, 0, sizeof(*j));
	j->kind = kind;
	j->out = xstrdup(base);
	return j;
}

static void
job_input(struct job *j, const char *path, bool ref)
{
	size_t i;

	for (i = 0; i < j->ninputs; i++)
		if (strcmp(j->inputs[i], path) == 0)
			return;
	j->inputs = xrealloc(j->inputs, (j->ninputs + 1) * sizeof(char *));
	j->ref = xrealloc(j->ref, (j->ninputs + 1) * sizeof(bool));
	j->ref[j->ninputs] = ref;
	j->inputs[j->ninputs++] = xstrdup(path);
}

/* The follow-ups that set (in <next-goals>) a delmål an outcome of f
 * names by id.  The check found them among all the files; the job reads
 * them too, so that it checks f as the plan did, and depends on them. */
static void
delmal_sources(const struct build_run *r, struct job *j, const struct followup *f)
{
	const struct corpus *c = &r->corpus;
	const struct outcome *o;
	const struct goal *g;
	size_t i;

	for (o = f->outcomes; o != NULL; o = o->next) {
		if (o->goal_id == NULL)
			continue;
		for (g = f->agreement->goals; g != NULL && strcmp(g->id, o->goal_id) != 0; g = g->next)
			continue;
		if (g != NULL)
			continue;	/* the agreement's own goal */
		for (i = 0; i < c->n; i++) {
			const struct followup *s = c->docs[i].followup;

			if (c->docs[i].type != INPUT_FOLLOWUP || s == f ||
			    strcmp(s->agreement_id, f->agreement_id) != 0)
				continue;
			for (g = s->next_goals; g != NULL && strcmp(g->id, o->goal_id) != 0; g = g->next)
				continue;
			if (g != NULL)
				job_input(j, s->path, true);
		}
	}
}

static char *
slug_of(const char *a, const char *b)
{
	char s1[SLUG_MAX + 1], s2[SLUG_MAX + 1];
	struct buf p = { NULL, 0, 0 };

	slugify(a, s1);
	slugify(b != NULL ? b : "", s2);
	buf_printf(&p, "%s%s%s", s1[0] != '\0' ? s1 : "dokument", s2[0] != '\0' ? "-" : "", s2);
	return p.data;
}

/* The follow-ups that matter for a report of a year: dated in it or the
 * year before, reporting outcomes for them, or setting its delmål. */
static bool
followup_feeds(const struct followup *f, int year)
{
	const struct outcome *o;

	if (f->date.y == year || f->date.y == year - 1 || f->next_year == year)
		return true;
	for (o = f->outcomes; o != NULL; o = o->next)
		if (o->to.y == year || o->to.y == year - 1)
			return true;
	return false;
}

static void
plan(struct build_run *r)
{
	const struct corpus *c = &r->corpus;
	size_t i, k, n;

	/* Agreements and follow-ups: one PDF each. */
	for (i = 0; i < r->nfiles; i++) {
		const struct input *in = good(r, &r->files[i]);
		struct job *j;
		char *base;

		if (in == NULL)
			continue;
		if (in->type == INPUT_AGREEMENT) {
			const struct agreement *ag = in->agreement;
			char year[8];

			snprintf(year, sizeof(year), "%d", ag->from.y);
			base = slug_of(ag->effort != NULL ? ag->effort : ag->title, year);
			j = add_job(r, JOB_AGREEMENT, base);
			job_input(j, r->files[i].path, false);
		} else {
			const struct followup *f = in->followup;
			const struct agreement *ag = f->agreement;
			static const char *const kinds[] = { "partssamtal", "dialogmote", "styrgrupp",
			    "verksamhetsrapport" };
			char tail[64];

			snprintf(tail, sizeof(tail), "%s %04d-%02d-%02d", kinds[f->kind],
			    f->date.y, f->date.m, f->date.d);
			base = slug_of(ag->effort != NULL ? ag->effort : ag->title, tail);
			j = add_job(r, JOB_FOLLOWUP, base);
			job_input(j, r->files[i].path, false);
			job_input(j, ag->path, false);
			delmal_sources(r, j, f);
		}
		free(base);
	}
	/* Reports: every nämnd and every year one of its agreements covers. */
	n = r->njobs;
	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;
		int y;

		if (c->docs[i].type != INPUT_AGREEMENT || ag->namnd == NULL || ag->errors > 0)
			continue;
		for (y = ag->from.y; y <= ag->to.y; y++) {
			struct job *j = NULL;
			size_t q, f;

			for (q = n; q < r->njobs; q++)
				if (strcmp(r->jobs[q].namnd, ag->namnd->id) == 0 && r->jobs[q].year == y)
					j = &r->jobs[q];
			if (j == NULL) {
				char name[SLUG_MAX * 2], year[8];
				char *base;

				snprintf(name, sizeof(name), "%s %s", ag->namnd->name, ag->namnd->kommun);
				snprintf(year, sizeof(year), "%d", y);
				base = slug_of(name, year);
				j = add_job(r, JOB_REPORT, base);
				free(base);
				j->namnd = xstrdup(ag->namnd->id);
				j->year = y;
			}
			job_input(j, ag->path, false);
			for (f = 0; f < c->n; f++)
				if (c->docs[f].type == INPUT_FOLLOWUP &&
				    c->docs[f].followup->agreement == ag &&
				    followup_feeds(c->docs[f].followup, y) &&
				    good(r, infile_of(r, c->docs[f].followup->path)) != NULL)
					job_input(j, c->docs[f].followup->path, false);
			for (f = 0; f < c->n; f++)
				if (c->docs[f].type == INPUT_FOLLOWUP &&
				    c->docs[f].followup->agreement == ag &&
				    followup_feeds(c->docs[f].followup, y) &&
				    good(r, infile_of(r, c->docs[f].followup->path)) != NULL)
					delmal_sources(r, j, c->docs[f].followup);
		}
	}
	/* Equal names: the colliding outputs take their document's id too,
	 * so the names stay stable while the inputs do. */
	for (i = 0; i < r->njobs; i++)
		for (k = i + 1; k < r->njobs; k++)
			if (r->jobs[i].kind == r->jobs[k].kind && strcmp(r->jobs[i].out, r->jobs[k].out) == 0) {
				r->jobs[i].state = r->jobs[k].state = JOB_KEPT;	/* marks: rename */
			}
	for (i = 0; i < r->njobs; i++) {
		struct job *j = &r->jobs[i];
		struct buf p = { NULL, 0, 0 };

		if (j->state == JOB_KEPT) {
			const char *id = j->kind == JOB_REPORT ? j->namnd :
			    input_id(&c->docs[infile_of(r, j->inputs[0])->doc]);
			char *s = slug_of(j->out, id);

			free(j->out);
			j->out = s;
			j->state = JOB_RENDER;
		}
		buf_printf(&p, "%s/%s.pdf", kind_dirs[j->kind], j->out);
		free(j->out);
		j->out = p.data;
	}
	/* Names equal even so (ids that make the same name, or a name with
	 * an id appended that is another's own): numbered in job order, which
	 * is the order of the input paths, so a name is still the same on
	 * every run over the same tree. */
	for (i = 0; i < r->njobs; i++) {
		char *base = r->jobs[i].out;
		unsigned number = 1;

		r->jobs[i].out = xstrdup(base);
		for (k = 0; k < i; k++)
			if (strcmp(r->jobs[k].out, r->jobs[i].out) == 0) {
				struct buf p = { NULL, 0, 0 };

				buf_add(&p, base, strlen(base) - 4);
				buf_printf(&p, "-%u.pdf", ++number);
				free(r->jobs[i].out);
				r->jobs[i].out = p.data;
				k = (size_t)-1;	/* the new name against all again */
			}
		free(base);
	}
}

/* ---------- deciding what to render ---------- */

static void
decide(struct build_run *r)
{
	size_t i, k;

	for (i = 0; i < r->njobs; i++) {
		struct job *j = &r->jobs[i];
		struct old_out *old = old_out(&r->old, j->out);
		struct sha256 s;
		unsigned char d[32];
		char *abs = path_join(r->o->output, j->out);
		struct stat st;

		sha256_init(&s);
		sha256_update(&s, r->prog, 64);
		sha256_update(&s, r->tpl, 64);
		sha256_update(&s, j->out, strlen(j->out));
		j->hashes = xcalloc(j->ninputs + 1, sizeof(char *));
		for (k = 0; k < j->ninputs; k++) {
			const struct infile *f = infile_of(r, j->inputs[k]);

			j->hashes[k] = xstrdup(f != NULL ? f->hash : "");

			sha256_update(&s, j->inputs[k], strlen(j->inputs[k]) + 1);
			sha256_update(&s, f != NULL ? f->hash : "", 64);
		}
		sha256_final(&s, d);
		hex_encode(d, 32, j->dephash);
		if (old != NULL)
			old->seen = true;

		j->state = JOB_RENDER;
		if (r->o->force)
			j->reason = "forced (--force)";
		else if (old == NULL)
			j->reason = "new";
		else if (stat(abs, &st) != 0)
			j->reason = "the PDF is missing";
		else if (!pdf_as_recorded(r->o->output, old))
			j->reason = "the PDF is not the one the last build wrote";
		else if (strcmp(old->dephash, j->dephash) == 0) {
			j->state = JOB_UNCHANGED;
			j->reason = "unchanged";
			memcpy(j->pdfhash, old->pdfhash, 65);
		} else if (strcmp(r->old.prog, r->prog) != 0)
			j->reason = "the program changed";
		else if (strcmp(r->old.tpl, r->tpl) != 0)
			j->reason = "the template or its fonts changed";
		else {
			j->reason = "its inputs were added or removed";
			for (k = 0; k < j->ninputs; k++) {
				const struct infile *now = infile_of(r, j->inputs[k]);
				const struct infile *then = old_file(&r->old, j->inputs[k]);

				if (then != NULL && now != NULL && strcmp(then->hash, now->hash) != 0) {
					j->reason = "an input changed";
					break;
				}
			}
		}
		free(abs);
	}
}

/* ---------- doing one job (in a worker, or here with -j 1) ---------- */

static void
do_job(const struct build_run *r, const struct job *j, struct job *result)
{
	struct corpus c = { NULL, 0, 0 };
	struct buf discard = { NULL, 0, 0 }, msgs = { NULL, 0, 0 };
	struct timespec t0;
	bool *usable, *ref;
	size_t i, pages = 0, bytes = 0;
	char *out = path_join(r->o->output, j->out);
	struct doc *doc = NULL;
	enum diag_level level;
	const char *changed = NULL;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* The checks ran before: here they only tell what is usable, so
	 * their messages are not printed twice. */
	diag_capture(&discard);
	diag_reset();
	ref = xcalloc(j->ninputs + 1, sizeof(bool));
	for (i = 0; i < j->ninputs; i++) {
		char got[65] = "";
		long got_doc = corpus_add_seen(&c, j->inputs[i], hash_bytes, got);

		if (got_doc >= 0 && j->ref != NULL && j->ref[i])
			ref[got_doc] = true;
		/* what was checked and planned must be what is rendered */
		if (j->hashes != NULL && j->hashes[i] != NULL && j->hashes[i][0] != '\0' &&
		    got[0] != '\0' && strcmp(got, j->hashes[i]) != 0 && changed == NULL)
			changed = j->inputs[i];
	}
	corpus_link(&c);
	usable = xcalloc(c.n + 1, sizeof(bool));
	for (i = 0; i < c.n; i++)
		if (c.docs[i].type == INPUT_AGREEMENT)
			usable[i] = validate_agreement(c.docs[i].agreement) == 0;
	/* a reference is there to be found, neither checked nor reported on */
	for (i = 0; i < c.n; i++)
		if (c.docs[i].type == INPUT_FOLLOWUP && !ref[i])
			usable[i] = validate_followup(c.docs[i].followup, &c) == 0;
	level = diag_level();
	diag_capture(&msgs);
	diag_reset();
	if (changed != NULL) {
		diag(changed, 0, MSG_INPUT_CHANGED);
		level = DIAG_ERROR;
	} else if (level >= DIAG_ERROR || c.n < j->ninputs) {
		/* an input changed under us and is now wrong */
		buf_adds(&msgs, discard.data != NULL ? discard.data : "");
	} else if (j->kind == JOB_REPORT) {
		struct report_input ri;

		memset(&ri, 0, sizeof(ri));
		ri.corpus = &c;
		ri.usable = usable;
		ri.namnd = j->namnd;
		ri.year = j->year;
		if ((doc = build_report(&ri, &r->t)) != NULL) {
			level = render_doc(doc, &r->t, out, &pages, &bytes);
			arena_free(doc->arena);
		}
	} else {
		const struct input *in = &c.docs[0];

		doc = in->type == INPUT_AGREEMENT ? build_agreement(in->agreement, &r->t) :
		    build_followup(in->followup, &r->t);
		level = render_doc(doc, &r->t, out, &pages, &bytes);
	}
	if (diag_level() > level)
		level = diag_level();
	diag_capture(NULL);
	result->level = level >= DIAG_ERROR || msgs.len > 0 || discard.len == 0 ? level : level;
	if (c.n < j->ninputs && result->level < DIAG_ERROR)
		result->level = DIAG_ERROR;
	/* what the manifest records of it: a PDF not as recorded is made again */
	if (result->level < DIAG_ERROR && hash_pdf(out, result->pdfhash) != 0)
		memcpy(result->pdfhash, unknown_hash, 65);
	result->pages = (long)pages;
	result->bytes = (long)bytes;
	result->usec = elapsed_usec(&t0);
	result->messages = msgs.data != NULL ? msgs.data : xstrdup("");
	result->done = true;
	buf_free(&discard);
	free(usable);
	free(ref);
	free(out);
	corpus_free(&c);
}

/* ---------- workers ---------- */


struct result_head {
	long	index, level, pages, bytes, usec;
	size_t	msglen;
	char	pdfhash[65];
};

static int
write_all(int fd, const void *p, size_t n)
{
	const char *c = p;

	while (n > 0) {
		ssize_t k = write(fd, c, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		c += k;
		n -= (size_t)k;
	}
	return 0;
}

static int
read_all(int fd, void *p, size_t n)
{
	char *c = p;

	while (n > 0) {
		ssize_t k = read(fd, c, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		c += k;
		n -= (size_t)k;
	}
	return 0;
}

/* A job on the wire: its index, kind and year, then "out\0namnd\0" and
 * its inputs, each NUL-terminated. */
struct job_head {
	long	index;
	int	kind, year;
	size_t	ninputs, len;
};

static int
send_job(const struct worker *w, const struct job *j, long index)
{
	struct buf b = { NULL, 0, 0 };
	struct job_head h;
	size_t i;
	int rc;

	buf_add(&b, j->out, strlen(j->out) + 1);
	buf_add(&b, j->namnd != NULL ? j->namnd : "", strlen(j->namnd != NULL ? j->namnd : "") + 1);
	for (i = 0; i < j->ninputs; i++) {
		const char *hash = j->hashes != NULL && j->hashes[i] != NULL ? j->hashes[i] : "";

		buf_add(&b, j->inputs[i], strlen(j->inputs[i]) + 1);
		buf_add(&b, hash, strlen(hash) + 1);
		buf_add(&b, j->ref != NULL && j->ref[i] ? "r" : "", j->ref != NULL && j->ref[i] ? 2 : 1);
	}
	memset(&h, 0, sizeof(h));
	h.index = index;
	h.kind = (int)j->kind;
	h.year = j->year;
	h.ninputs = j->ninputs;
	h.len = b.len;
	rc = write_all(w->to, &h, sizeof(h)) == 0 && write_all(w->to, b.data, b.len) == 0 ? 0 : -1;
	buf_free(&b);
	return rc;
}

static void
worker_loop(const struct build_run *r, int in, int out)
{
	struct job_head jh;

	while (read_all(in, &jh, sizeof(jh)) == 0) {
		struct job j, res;
		struct result_head h;
		char *data = xmalloc(jh.len + 1), *p;
		size_t i;

		if (read_all(in, data, jh.len) != 0)
			_exit(EXIT_SYSTEM);
		memset(&j, 0, sizeof(j));
		j.kind = (enum job_kind)jh.kind;
		j.year = jh.year;
		j.out = data;
		j.namnd = data + strlen(data) + 1;
		j.inputs = xcalloc(jh.ninputs + 1, sizeof(char *));
		j.hashes = xcalloc(jh.ninputs + 1, sizeof(char *));
		j.ref = xcalloc(jh.ninputs + 1, sizeof(bool));
		for (i = 0, p = j.namnd + strlen(j.namnd) + 1; i < jh.ninputs; i++) {
			j.inputs[i] = p;
			p += strlen(p) + 1;
			j.hashes[i] = p;
			p += strlen(p) + 1;
			j.ref[i] = *p == 'r';
			p += strlen(p) + 1;
		}
		j.ninputs = jh.ninputs;
		memset(&res, 0, sizeof(res));
		do_job(r, &j, &res);
		h.index = jh.index;
		h.level = res.level;
		h.pages = res.pages;
		h.bytes = res.bytes;
		h.usec = res.usec;
		h.msglen = strlen(res.messages);
		memcpy(h.pdfhash, res.pdfhash, sizeof(h.pdfhash));
		if (write_all(out, &h, sizeof(h)) != 0 || write_all(out, res.messages, h.msglen) != 0)
			_exit(EXIT_SYSTEM);
		free(res.messages);
		free(j.inputs);
		free(j.hashes);
		free(j.ref);
		free(data);
	}
}

/* Starts worker k.  The first are forked while this process is still
 * small; one that replaces a dead or killed worker shares the tree's
 * pages with this process until it writes them. */
static int
spawn_worker(struct build_run *r, int k)
{
	struct worker *w = &r->workers[k];
	pid_t parent = getpid();
	int a[2], b[2], q;

	if (pipe(a) != 0)
		return -1;
	if (pipe(b) != 0) {
		close(a[0]);
		close(a[1]);
		return -1;
	}
	fflush(NULL);
	w->pid = fork();
	if (w->pid == 0) {
		/* A worker dies with the build: killed, the build leaves no
		 * orphan rendering on.  Nor does a worker hold the lock: only
		 * the build does, so the next build never waits on a worker. */
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(EXIT_SYSTEM);
		if (r->lock >= 0)
			close(r->lock);
		/* The parent decides when to stop: a worker finishes
		 * its job and ends when its pipe closes. */
		catch_stop(SIG_IGN);
		close(a[1]);
		close(b[0]);
		for (q = 0; q < r->nworkers; q++)
			if (q != k && r->workers[q].to >= 0) {
				close(r->workers[q].to);
				close(r->workers[q].from);
			}
		worker_loop(r, a[0], b[1]);
		_exit(0);
	}
	close(a[0]);
	close(b[1]);
	if (w->pid < 0) {
		close(a[1]);
		close(b[0]);
		w->to = w->from = -1;
		return -1;
	}
	w->to = a[1];
	w->from = b[0];
	w->job = -1;
	return 0;
}

static void
start_workers(struct build_run *r)
{
	int k, n = r->o->jobs;

	if (n < 1)
		return;
	r->workers = xcalloc((size_t)n, sizeof(*r->workers));
	for (k = 0; k < n; k++)
		r->workers[k].to = r->workers[k].from = -1;
	for (k = 0; k < n; k++) {
		if (spawn_worker(r, k) != 0) {
			diag(NULL, 0, MSG_WORKER, strerror(errno));
			break;
		}
		r->nworkers++;
	}
}

/* A worker that died, or was killed for taking too long: reaped, and
 * why, for the message. */
static void
end_worker(struct worker *w, bool kill_it, char *why, size_t size)
{
	int st = 0;

	snprintf(why, size, "it closed its pipe");
	if (kill_it)
		kill(w->pid, SIGKILL);
	if (w->pid > 0 && waitpid(w->pid, &st, 0) == w->pid) {
		if (WIFSIGNALED(st))
			snprintf(why, size, "signal %d, %s", WTERMSIG(st), strsignal(WTERMSIG(st)));
		else if (WIFEXITED(st))
			snprintf(why, size, "exit status %d", WEXITSTATUS(st));
	}
	w->pid = -1;
	close(w->to);
	close(w->from);
	w->to = w->from = -1;
	w->job = -1;
}

/* Closing its pipe ends a worker; then wait for it. */
static void
stop_workers(struct build_run *r)
{
	int k;

	for (k = 0; k < r->nworkers; k++)
		if (r->workers[k].to >= 0) {
			close(r->workers[k].to);
			close(r->workers[k].from);
		}
	/* An idle worker ends at once; one stopped (SIGSTOP) is woken to
	 * end, and one that still does not is killed: never wait for ever. */
	for (k = 0; k < r->nworkers; k++)
		if (r->workers[k].pid > 0)
			kill(r->workers[k].pid, SIGCONT);
	for (k = 0; k < r->nworkers; k++) {
		int tries = 0;

		while (r->workers[k].pid > 0 && waitpid(r->workers[k].pid, NULL, WNOHANG) == 0) {
			if (++tries > 100) {
				kill(r->workers[k].pid, SIGKILL);
				waitpid(r->workers[k].pid, NULL, 0);
				break;
			}
			nanosleep(&(struct timespec){ 0, 50000000L }, NULL);
		}
	}
	free(r->workers);
	r->workers = NULL;
	r->nworkers = 0;
}

static void
show_progress(const struct build_run *r, size_t done, size_t total, const char *current)
{
	if (r->progress)
		fprintf(stderr, "\r\033[K[%zu/%zu] %s", done, total, current);
}

/* Prints the messages of finished jobs in job order; at the end (last)
 * jobs left undone by a stop are passed over. */
static void
flush_messages(struct build_run *r, size_t *next, bool last)
{
	while (*next < r->njobs &&
	    (r->jobs[*next].state != JOB_RENDER || r->jobs[*next].done || last)) {
		struct job *j = &r->jobs[*next];

		if (j->state == JOB_RENDER && j->messages != NULL && j->messages[0] != '\0' &&
		    !(r->o->quiet && j->level < DIAG_ERROR)) {
			if (r->progress)
				fputs("\r\033[K", stderr);
			fputs(j->messages, stderr);
		}
		(*next)++;
	}
}

/* Heaviest first (a report reads many files): the last job to finish is
 * then a short one, and no worker waits idle at the end. */
static const struct build_run *sort_run;

static int
cmp_cost(const void *a, const void *b)
{
	const struct job *x = &sort_run->jobs[*(const long *)a], *y = &sort_run->jobs[*(const long *)b];

	if (x->ninputs != y->ninputs)
		return x->ninputs > y->ninputs ? -1 : 1;
	return *(const long *)a < *(const long *)b ? -1 : 1;
}

/* Milliseconds from now until started + seconds (0 when past). */
static int
ms_left(const struct timespec *started, long seconds)
{
	struct timespec now;
	long long ms;

	clock_gettime(CLOCK_MONOTONIC, &now);
	ms = (long long)(started->tv_sec + seconds - now.tv_sec) * 1000 +
	    (started->tv_nsec - now.tv_nsec) / 1000000;
	return ms <= 0 ? 0 : ms > 60000 ? 60000 : (int)ms;
}

/* After TERM, INT or HUP the jobs in hand may finish for this long; then
 * their workers are killed and the jobs count as not rendered. */
#define STOP_GRACE_SECONDS	10

static void
execute(struct build_run *r)
{
	size_t total = 0, done = 0, next_msg = 0, i, njobs_left, next = 0;
	struct worker *w = NULL;
	int nw, k;
	long *order;
	struct timespec stopped_at = { 0, 0 };
	bool stop_seen = false;
	long timeout = r->o->job_timeout > 0 ? r->o->job_timeout : LIMIT_JOB_SECONDS;

	for (i = 0; i < r->njobs; i++)
		total += r->jobs[i].state == JOB_RENDER;
	order = xcalloc(total + 1, sizeof(*order));
	for (i = 0, k = 0; i < r->njobs; i++)
		if (r->jobs[i].state == JOB_RENDER)
			order[k++] = (long)i;
	sort_run = r;
	if (total > 1)
		qsort(order, total, sizeof(*order), cmp_cost);
	if (total == 0) {
		flush_messages(r, &next_msg, true);
		free(order);
		return;
	}

	w = r->workers;
	nw = r->nworkers;
	/* Hand out jobs one at a time: a worker that finishes gets the next;
	 * one that died, or took too long and was killed, is replaced. */
	njobs_left = total;
	while (njobs_left > 0 && nw > 0) {
		struct pollfd *p;
		int busy = 0, wait_ms = -1;

		if (stop_signal && !stop_seen) {
			/* hand out nothing more; wait a while for the jobs in hand */
			stop_seen = true;
			clock_gettime(CLOCK_MONOTONIC, &stopped_at);
			njobs_left -= total - next;
			next = total;
			if (njobs_left == 0)
				break;
		}
		for (k = 0; k < nw; k++) {
			if (w[k].pid <= 0 && next < total && !stop_signal && spawn_worker(r, k) != 0)
				diag(NULL, 0, MSG_WORKER, strerror(errno));
			if (w[k].pid > 0 && w[k].job < 0 && next < total && !stop_signal) {
				w[k].job = order[next++];
				clock_gettime(CLOCK_MONOTONIC, &w[k].started);
				if (send_job(&w[k], &r->jobs[w[k].job], w[k].job) != 0) {
					/* it died idle: the job goes to its successor */
					char why[96];

					end_worker(&w[k], false, why, sizeof(why));
					next--;
				}
			}
		}
		p = xcalloc((size_t)nw, sizeof(*p));
		for (k = 0; k < nw; k++) {
			int left;

			p[k].fd = w[k].job >= 0 ? w[k].from : -1;
			p[k].events = POLLIN;
			if (w[k].job < 0)
				continue;
			busy++;
			left = ms_left(&w[k].started, timeout);
			if (stop_seen && ms_left(&stopped_at, STOP_GRACE_SECONDS) < left)
				left = ms_left(&stopped_at, STOP_GRACE_SECONDS);
			if (wait_ms < 0 || left < wait_ms)
				wait_ms = left;
		}
		if (busy == 0 || poll(p, (nfds_t)nw, wait_ms) < 0) {
			free(p);
			if (busy == 0 || errno != EINTR)
				break;
			continue;
		}
		for (k = 0; k < nw; k++) {
			struct result_head h;
			struct job *j;
			struct buf m = { NULL, 0, 0 };
			char why[96];

			if (w[k].job < 0)
				continue;
			j = &r->jobs[w[k].job];
			if (!(p[k].revents & (POLLIN | POLLHUP | POLLERR))) {
				if (stop_seen && ms_left(&stopped_at, STOP_GRACE_SECONDS) == 0) {
					/* stopped, and the job in hand does not end:
					 * it is not rendered this time */
					end_worker(&w[k], true, why, sizeof(why));
					njobs_left--;
				} else if (ms_left(&w[k].started, timeout) == 0) {
					end_worker(&w[k], true, why, sizeof(why));
					diag_capture(&m);
					diag(NULL, 0, MSG_JOB_TIMEOUT, j->out, (int)timeout);
					diag_capture(NULL);
					j->level = DIAG_SYSERR;
					j->messages = m.data;
					j->done = true;
					njobs_left--;
					done++;
					show_progress(r, done, total, j->out);
				}
				continue;
			}
			if (read_all(w[k].from, &h, sizeof(h)) != 0 || h.index != w[k].job) {
				/* the worker died: its job failed */
				end_worker(&w[k], false, why, sizeof(why));
				diag_capture(&m);
				diag(NULL, 0, MSG_WORKER_DIED, j->out, why);
				diag_capture(NULL);
				j->level = DIAG_SYSERR;
				j->messages = m.data;
				j->done = true;
			} else {
				j->messages = xmalloc(h.msglen + 1);
				if (read_all(w[k].from, j->messages, h.msglen) != 0)
					h.msglen = 0;
				j->messages[h.msglen] = '\0';
				j->level = h.level;
				memcpy(j->pdfhash, h.pdfhash, sizeof(j->pdfhash));
				j->pdfhash[64] = '\0';
				j->pages = h.pages;
				j->bytes = h.bytes;
				j->usec = h.usec;
				j->done = true;
				w[k].job = -1;
			}
			njobs_left--;
			done++;
			show_progress(r, done, total, j->out);
		}
		free(p);
		flush_messages(r, &next_msg, false);
	}
	stop_workers(r);
	/* No worker could be started: what is left is rendered here. */
	for (i = 0; i < total && !stop_signal; i++) {
		struct job *j = &r->jobs[order[i]];

		if (j->done)
			continue;
		show_progress(r, done, total, j->out);
		do_job(r, j, j);
		done++;
		flush_messages(r, &next_msg, false);
	}
	free(order);
	if (r->progress)
		fputs("\r\033[K", stderr);
	flush_messages(r, &next_msg, true);
}

/* ---------- the record of this run ---------- */

/* To be rendered, but failed or not reached before a stop. */
static bool
unfinished(const struct job *j)
{
	return j->state == JOB_RENDER && (!j->done || j->level >= DIAG_ERROR);
}

static int
manifest_write(struct build_run *r)
{
	struct buf m = { NULL, 0, 0 };
	char *path = path_join(r->o->output, MANIFEST);
	size_t i, k;
	int rc;

	buf_printf(&m, "iopdoc-manifest\t%d\nprog\t%s\ntpl\t%s\nopts\t%s\n", MANIFEST_VERSION, r->prog,
	    r->tpl, opts_of(r->o));
	for (i = 0; i < r->nfiles; i++)
		buf_printf(&m, "file\t%s\t%lld\t%lld\t%s\n", r->files[i].hash, r->files[i].size,
		    r->files[i].mtime, r->files[i].path);
	for (i = 0; i < r->nfiles; i++)
		if (r->files[i].level >= DIAG_ERROR)
			buf_printf(&m, "failed\t%s\n", r->files[i].path);
	/* An output that failed or was left undone by a stop keeps its old
	 * record and its last good PDF; a "failed" line makes the next run
	 * look at the tree again instead of trusting sizes and times. */
	for (i = 0; i < r->njobs; i++)
		if (unfinished(&r->jobs[i]))
			buf_printf(&m, "failed\t%s\n", r->jobs[i].out);
	for (i = 0; i < r->njobs; i++) {
		const struct job *j = &r->jobs[i];

		if (j->state == JOB_KEPT)
			continue;
		if (unfinished(j)) {
			/* A new output not yet written, or failed: recorded with
			 * no hash (it is rendered next time), so that a PDF a
			 * killed run leaves there is known, and pruned. */
			if (old_out(&r->old, j->out) == NULL) {
				buf_printf(&m, "out\t%s\t%s\t%s", j->out, unknown_hash, unknown_hash);
				for (k = 0; k < j->ninputs; k++)
					buf_printf(&m, "\t%s", j->inputs[k]);
				buf_addc(&m, '\n');
			}
			continue;
		}
		buf_printf(&m, "out\t%s\t%s\t%s", j->out, j->dephash,
		    j->pdfhash[0] != '\0' ? j->pdfhash : unknown_hash);
		for (k = 0; k < j->ninputs; k++)
			buf_printf(&m, "\t%s", j->inputs[k]);
		buf_addc(&m, '\n');
	}
	for (i = 0; i < r->old.nouts; i++) {
		const struct old_out *o = &r->old.outs[i];
		bool again = false;

		for (k = 0; k < r->njobs; k++)
			if (strcmp(r->jobs[k].out, o->out) == 0 && !unfinished(&r->jobs[k]) &&
			    r->jobs[k].state != JOB_KEPT)
				again = true;
		if (again || o->pruned)
			continue;
		/* Not planned this run: an output whose input has errors keeps
		 * its record, and so does one whose inputs are gone, until
		 * --prune removes it. */
		buf_printf(&m, "out\t%s\t%s\t%s", o->out, o->dephash, o->pdfhash);
		for (k = 0; k < o->ninputs; k++)
			buf_printf(&m, "\t%s", o->inputs[k]);
		buf_addc(&m, '\n');
	}
	rc = write_file_atomic(path, m.data, m.len);
	buf_free(&m);
	free(path);
	return rc;
}

/* The tree is as the last run left it: same program, template and
 * options, same files with the same content, none failed, every PDF the
 * one recorded. */
static bool
nothing_changed(struct build_run *r)
{
	size_t i;

	if (r->o->force || r->old.nouts == 0 || r->old.nfailed > 0 ||
	    strcmp(r->old.prog, r->prog) != 0 || strcmp(r->old.tpl, r->tpl) != 0 ||
	    strcmp(r->old.opts, opts_of(r->o)) != 0 || r->old.nfiles != r->nfiles)
		return false;
	for (i = 0; i < r->nfiles; i++)
		if (r->files[i].changed)
			return false;
	for (i = 0; i < r->old.nouts; i++) {
		char *abs = path_join(r->o->output, r->old.outs[i].out);
		struct stat st;
		int missing = stat(abs, &st) != 0;
		size_t k;

		free(abs);
		if (missing || !pdf_as_recorded(r->o->output, &r->old.outs[i]))
			return false;
		/* an output whose inputs are gone is listed (or pruned) */
		for (k = 0; k < r->old.outs[i].ninputs; k++)
			if (infile_of(r, r->old.outs[i].inputs[k]) == NULL)
				return false;
	}
	return true;
}

/* The error lines of a message text, indented, for the summary. */
static void
error_lines(struct buf *out, const char *text)
{
	const char *p = text, *nl;

	for (; p != NULL && *p != '\0'; p = nl != NULL ? nl + 1 : NULL) {
		nl = strchr(p, '\n');
		if (strstr(p, ": error: ") != NULL && (nl == NULL || strstr(p, ": error: ") < nl)) {
			buf_adds(out, "    ");
			buf_add(out, p, nl != NULL ? (size_t)(nl - p) + 1 : strlen(p));
		}
	}
}

/* ---------- the whole run ---------- */

static void
env_hashes(struct build_run *r)
{
	struct sha256 s;
	unsigned char d[32];
	char exe[4096];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int i;

	/* The program: its own bytes, so a rebuilt iopdoc renders again. */
	sha256_init(&s);
	sha256_update(&s, IOPDOC_VERSION, strlen(IOPDOC_VERSION));
	if (n > 0) {
		exe[n] = '\0';
		hash_add_file(&s, exe);
	}
	sha256_final(&s, d);
	hex_encode(d, 32, r->prog);
	/* The template, its fonts and its logo. */
	sha256_init(&s);
	hash_add_file(&s, r->o->template);
	for (i = 0; i < FACE__COUNT; i++)
		hash_add_file(&s, r->t.font[i]);
	hash_add_file(&s, r->t.logo);
	sha256_final(&s, d);
	hex_encode(d, 32, r->tpl);
}

static void
log_job(const struct build_run *r, const struct job *j, const char *status, const char *note)
{
	struct buf b = { NULL, 0, 0 };
	size_t k;

	if (r->o->log_format == LOG_JSON) {
		buf_adds(&b, "{\"output\":");
		json_string(&b, j->out);
		buf_printf(&b, ",\"kind\":\"%s\",\"status\":\"%s\",\"reason\":",
		    j->kind == JOB_AGREEMENT ? "agreement" : j->kind == JOB_FOLLOWUP ? "followup" : "report",
		    status);
		json_string(&b, note != NULL ? note : j->reason);
		buf_adds(&b, ",\"inputs\":[");
		for (k = 0; k < j->ninputs; k++) {
			if (k > 0)
				buf_addc(&b, ',');
			json_string(&b, j->inputs[k]);
		}
		buf_printf(&b, "],\"pages\":%ld,\"bytes\":%ld,\"ms\":%.1f,\"messages\":",
		    j->pages, j->bytes, (double)j->usec / 1000.0);
		json_lines(&b, j->messages);
		buf_adds(&b, "}\n");
		fputs(b.data, stdout);
	} else if (r->o->verbose)
		fprintf(stderr, "iopdoc: %s %s%s%s\n", status, j->out,
		    note != NULL || strcmp(status, "unchanged") != 0 ? ": " : "",
		    note != NULL ? note : strcmp(status, "unchanged") != 0 ? j->reason : "");
	buf_free(&b);
}

int
batch_run(const struct batch_options *o)
{
	struct build_run r;
	struct timespec t0;
	struct rusage self, kids;
	struct buf failures = { NULL, 0, 0 };
	size_t i, k, stale = 0, pruned = 0, stopped = 0, prune_kept = 0;
	int lock = -1, status = EXIT_OK;
	enum diag_level worst = DIAG_OK;
	enum lock_result locked;
	struct stat st;
	bool unchanged_tree;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(&r, 0, sizeof(r));
	r.o = o;
	r.progress = isatty(STDERR_FILENO) && !o->quiet && !o->verbose && o->log_format == LOG_TEXT;
	diag_reset();
	/* the folders' own paths go into the record and the messages too */
	if (!name_ok(o->input) || !name_ok(o->output)) {
		bool in = !name_ok(o->input);
		char *shown = printable_name(in ? o->input : o->output);

		diag(NULL, 0, MSG_BUILD_DIR_NAME, in ? "input" : "output", shown);
		free(shown);
		return EXIT_SYSTEM;
	}
	if (template_load(o->template, &r.t) != 0) {
		template_free(&r.t);
		return EXIT_SYSTEM;
	}
	if (mkdir(o->output, 0777) != 0 && errno != EEXIST) {
		diag(NULL, 0, MSG_WRITE_FAILED, o->output, strerror(errno));
		template_free(&r.t);
		return EXIT_SYSTEM;
	}
	if (stat(o->output, &st) != 0 || !S_ISDIR(st.st_mode)) {
		diag(NULL, 0, MSG_OUTPUT_DIR, o->output);
		template_free(&r.t);
		return EXIT_SYSTEM;
	}
	/* busy only when another build holds it; a lock that cannot be
	 * made (a read-only folder, a planted link) is the tree's fault */
	if ((locked = take_lock(o, &lock)) != LOCK_TAKEN) {
		template_free(&r.t);
		return locked == LOCK_BUSY ? EXIT_BUSY : EXIT_SYSTEM;
	}
	stop_signal = 0;
	catch_stop(on_stop);
	/* a worker gone between jobs is an error of a write, not a death */
	signal(SIGPIPE, SIG_IGN);
	r.lock = lock;
	for (i = 0; i < 3 && !o->dry_run; i++) {
		char *dir = path_join(o->output, kind_dirs[i]);

		if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
			diag(NULL, 0, MSG_WRITE_FAILED, dir, strerror(errno));
			worst = DIAG_SYSERR;
		}
		clean_leftovers(dir);
		free(dir);
	}
	if (diag_level() > worst)
		worst = diag_level();
	/* Fewer workers only make the build slower, and a damaged manifest
	 * only makes it render more: both are reported, neither fails it. */
	diag_reset();
	if (!o->dry_run) {
		clean_leftovers(o->output);
		start_workers(&r);
	}
	manifest_read(o->output, &r.old);
	diag_reset();
	env_hashes(&r);
	scan(&r, o->input, 0, NULL);
	index_files(&r);
	/* An input folder with nothing in it, where the last build found
	 * inputs, is a share not mounted rather than every input deleted. */
	if (r.nfiles == 0 && r.nunread == 0 && r.old.nouts > 0 && !stop_signal)
		not_read(&r, o->input, MSG_INPUT_EMPTY, NULL);
	if (diag_level() > worst)
		worst = diag_level();
	unchanged_tree = !stop_signal && nothing_changed(&r);
	if (!stop_signal && !unchanged_tree)
		read_and_check(&r);
	if (stop_signal) {
		/* TERM during the scan or the reading: nothing decided yet */
		stop_workers(&r);
		diag(NULL, 0, MSG_STOPPED_EARLY, signal_name(stop_signal));
		status = EXIT_STOPPED;
		goto done;
	}

	if (unchanged_tree) {
		/* Every input, the template, the fonts and the program as they
		 * were, and every PDF in place: no file needs reading. */
		for (i = 0; i < r.old.nouts; i++) {
			struct job *j = add_job(&r, JOB_AGREEMENT, r.old.outs[i].out);

			j->kind = strncmp(j->out, "reports/", 8) == 0 ? JOB_REPORT :
			    strncmp(j->out, "followups/", 10) == 0 ? JOB_FOLLOWUP : JOB_AGREEMENT;
			memcpy(j->dephash, r.old.outs[i].dephash, 65);
			memcpy(j->pdfhash, r.old.outs[i].pdfhash, 65);
			for (k = 0; k < r.old.outs[i].ninputs; k++)
				job_input(j, r.old.outs[i].inputs[k], false);
			j->state = JOB_UNCHANGED;
			j->reason = "unchanged";
			r.old.outs[i].seen = true;
		}
	} else {
		plan(&r);
		decide(&r);
	}

	/* Outputs whose input now has errors keep their last good PDF. */
	for (i = 0; i < r.nfiles; i++) {
		struct infile *f = &r.files[i];
		bool kept = false;

		if (f->level < DIAG_ERROR)
			continue;
		for (k = 0; k < r.old.nouts; k++) {
			struct old_out *old = &r.old.outs[k];
			size_t q;

			for (q = 0; q < old->ninputs; q++)
				if (strcmp(old->inputs[q], f->path) == 0)
					break;
			if (q == old->ninputs)
				continue;
			kept = true;
			old->seen = true;
			/* a planned job for it (a report of still-good inputs)
			 * is not rendered either: it would drop the bad input */
			for (q = 0; q < r.njobs; q++)
				if (strcmp(r.jobs[q].out, old->out) == 0)
					r.jobs[q].state = JOB_KEPT;
		}
		buf_printf(&failures, "  %s%s\n", f->path, kept ? " (its last good PDFs are kept)" : "");
		error_lines(&failures, f->messages.data);
	}

	/* Outputs made from what the scan did not read keep their last PDF:
	 * rendered without it they would lose part of their content. */
	for (k = 0; k < r.old.nouts; k++) {
		struct old_out *old = &r.old.outs[k];
		size_t q;

		bool made = old->seen;

		for (q = 0; q < old->ninputs && !under_unread(&r, old->inputs[q]); q++)
			continue;
		if (q == old->ninputs && !under_unread(&r, o->input))
			continue;
		old->seen = true;
		for (q = 0; q < r.njobs; q++)
			if (strcmp(r.jobs[q].out, old->out) == 0) {
				r.jobs[q].state = JOB_KEPT;
				made = true;
			}
		/* nothing read makes it: gone, or made from what was not read */
		if (!made)
			prune_kept++;
	}
	r.failed += r.unread_errors;
	for (i = 0; i < r.unread_errors; i++) {
		char *shown = printable_name(r.unread[i]);

		buf_printf(&failures, "  %s (not read: the outputs made from it keep their last PDF)\n", shown);
		free(shown);
	}

	if (o->dry_run) {
		for (i = 0; i < r.njobs; i++) {
			const struct job *j = &r.jobs[i];

			if (j->state == JOB_RENDER)
				printf("render %s: %s\n", j->out, j->reason);
			else if (j->state == JOB_KEPT)
				printf("keep %s: an input has errors\n", j->out);
			else if (o->verbose)
				printf("unchanged %s\n", j->out);
		}
	} else {
		for (i = 0; i < r.njobs && r.jobs[i].state != JOB_RENDER; i++)
			continue;
		/* Recorded before any PDF is renamed into place: a run killed
		 * from here on leaves a manifest that knows every output it may
		 * write, each with the hash of the PDF it replaces. */
		if (i < r.njobs && manifest_write(&r) != 0)
			worst = DIAG_SYSERR;
		test_kill_point("rendering", NULL);
		execute(&r);
	}
	stop_workers(&r);

	for (i = 0; i < r.njobs; i++) {
		struct job *j = &r.jobs[i];

		if (o->dry_run)
			continue;
		if (j->state == JOB_UNCHANGED) {
			r.unchanged++;
			log_job(&r, j, "unchanged", NULL);
		} else if (j->state == JOB_RENDER && !j->done) {
			stopped++;
			log_job(&r, j, "stopped", "not rendered: the build was stopped");
		} else if (j->state == JOB_KEPT) {
			r.failed++;
			log_job(&r, j, "kept", "an input has errors: the last good PDF is kept");
		} else if (j->level >= DIAG_ERROR) {
			r.failed++;
			buf_printf(&failures, "  %s\n", j->out);
			error_lines(&failures, j->messages);
			log_job(&r, j, "failed", NULL);
			if (j->level > worst)
				worst = j->level;
		} else {
			r.rendered++;
			log_job(&r, j, "rendered", NULL);
		}
	}
	for (i = 0; i < r.nfiles; i++) {
		if (r.files[i].level > worst)
			worst = r.files[i].level;
		if (r.files[i].level >= DIAG_ERROR) {
			if (!o->dry_run)
				r.failed++;
			if (o->log_format == LOG_JSON) {
				struct buf b = { NULL, 0, 0 };

				buf_adds(&b, "{\"input\":");
				json_string(&b, r.files[i].path);
				buf_adds(&b, ",\"status\":\"failed\",\"messages\":");
				json_lines(&b, r.files[i].messages.data);
				buf_adds(&b, "}\n");
				fputs(b.data, stdout);
				buf_free(&b);
			}
		}
	}

	/* Outputs whose inputs are gone. */
	for (i = 0; i < r.old.nouts; i++) {
		struct old_out *old = &r.old.outs[i];
		char *abs;

		if (old->seen)
			continue;
		stale++;
		abs = path_join(o->output, old->out);
		if (o->prune && !o->dry_run) {
			if (unlink(abs) == 0 || errno == ENOENT) {
				old->pruned = true;
				pruned++;
				if (!o->quiet)
					fprintf(stderr, "iopdoc: removed %s: no input makes it any more\n", abs);
			}
		} else if (!o->quiet)
			fprintf(stderr, "iopdoc: %s: no input makes it any more (--prune removes it)\n", abs);
		free(abs);
	}
	test_kill_point("recording", NULL);
	if (o->prune && prune_kept > 0)
		diag(NULL, 0, MSG_PRUNE_REFUSED, prune_kept);
	if (diag_level() > worst)
		worst = diag_level();
	if (!o->dry_run && manifest_write(&r) != 0)
		worst = DIAG_SYSERR;

	getrusage(RUSAGE_SELF, &self);
	getrusage(RUSAGE_CHILDREN, &kids);
	if (o->log_format == LOG_JSON)
		printf("{\"summary\":true,\"rendered\":%zu,\"unchanged\":%zu,\"failed\":%zu,"
		    "\"not_rendered\":%zu,\"stale\":%zu,\"pruned\":%zu,\"seconds\":%.3f,\"peak_rss_kb\":%ld,"
		    "\"worker_peak_rss_kb\":%ld,\"jobs\":%d}\n", r.rendered, r.unchanged, r.failed,
		    stopped, stale, pruned, (double)elapsed_usec(&t0) / 1e6, self.ru_maxrss, kids.ru_maxrss,
		    o->jobs);
	if (!o->dry_run && (!o->quiet || r.failed > 0)) {
		fprintf(stderr, "iopdoc build: %zu rendered, %zu unchanged, %zu failed", r.rendered,
		    r.unchanged, r.failed);
		if (stopped > 0)
			fprintf(stderr, ", %zu not rendered", stopped);
		if (o->verbose)
			fprintf(stderr, " (%.2f s, peak memory %ld KB, workers %ld KB)",
			    (double)elapsed_usec(&t0) / 1e6, self.ru_maxrss, kids.ru_maxrss);
		fputc('\n', stderr);
		if (failures.len > 0)
			fprintf(stderr, "failed:\n%s", failures.data);
	}
	status = diag_exit_status(worst);
	if (r.failed > 0 && status == EXIT_OK)
		status = EXIT_INPUT;
	if (stop_signal && !o->dry_run) {
		char n[32];

		snprintf(n, sizeof(n), "%zu", stopped);
		diag(NULL, 0, MSG_STOPPED, signal_name(stop_signal), n);
		status = EXIT_STOPPED;
	}
done:
	catch_stop(SIG_DFL);

	buf_free(&failures);
	for (i = 0; i < r.nunread; i++)
		free(r.unread[i]);
	free(r.unread);
	for (i = 0; i < r.njobs; i++) {
		for (k = 0; k < r.jobs[i].ninputs; k++) {
			free(r.jobs[i].inputs[k]);
			if (r.jobs[i].hashes != NULL)
				free(r.jobs[i].hashes[k]);
		}
		free(r.jobs[i].inputs);
		free(r.jobs[i].hashes);
		free(r.jobs[i].ref);
		free(r.jobs[i].out);
		free(r.jobs[i].namnd);
		free(r.jobs[i].messages);
	}
	free(r.jobs);
	for (i = 0; i < r.nfiles; i++) {
		free(r.files[i].path);
		buf_free(&r.files[i].messages);
	}
	free(r.files);
	free(r.by_path);
	corpus_free(&r.corpus);
	manifest_free(&r.old);
	template_free(&r.t);
	if (lock != -1)
		close(lock);
	return status;
}
