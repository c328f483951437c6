/* The nightly build's manifest: what the last run recorded (the program,
 * template and options, each input's hash, size, time and routing summary
 * (plan_cache.c), each output's inputs, PDF hash, page count and the
 * PDF's stat when that hash was checked), read back and checked line by line, and the
 * record of this run, written atomically. */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_int.h"
#include "buf.h"
#include "diag.h"
#include "fsutil.h"
#include "mem.h"
#include "pdfstat.h"
#include "plan.h"
#include "report_csv.h"
#include "strmap.h"

#define MANIFEST	".iopdoc-manifest"
/* 2: each output's PDF hash, opts; 3: summaries; 4: the parties' logo
 * files, and each agreement's in its summary; 5: each report's CSV hash
 * ("csv" lines: a version 4 record has none, and its reports are made
 * again once, with their CSVs); 6: an agreement's several nämnder in its
 * summary (a version 4 or 5 summary is read again once); 7: each PDF's
 * pages ("pages" lines, for the JSON log of an unchanged output: a
 * version 6 record is read without them) */
#define MANIFEST_VERSION BATCH_MANIFEST_VERSION
#define BAD_LINES_SHOWN	10		/* of a damaged manifest */

const char manifest_unknown_hash[65] =
    "----------------------------------------------------------------";

/* The options that change what passes, as the manifest records them:
 * switching one checks every input again. */
const char *
manifest_opts(const struct batch_options *o)
{
	return o->strict ? "strict" : "default";
}

static int
cmp_infile(const void *a, const void *b)
{
	return strcmp(((const struct infile *)a)->path, ((const struct infile *)b)->path);
}

static int
cmp_logofile(const void *a, const void *b)
{
	return strcmp(((const struct logofile *)a)->path, ((const struct logofile *)b)->path);
}

/* Frees what manifest_read allocated and empties m. */
void
manifest_free(struct manifest *m)
{
	size_t i, k;

	for (i = 0; i < m->nfiles; i++)
		free(m->files[i].path);
	free(m->files);
	for (i = 0; i < m->nlogos; i++)
		free(m->logos[i].path);
	free(m->logos);
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
	plan_cache_free(m->sums);
	strmap_free(&m->by_out);
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

/* A field that holds a hash: 64 hex digits, or the unknown hash. */
static bool
hash_field(const char *s)
{
	return strlen(s) == 64 &&
	    (strspn(s, "0123456789abcdef") == 64 || strcmp(s, manifest_unknown_hash) == 0);
}

/* An output the manifest may name: a PDF right inside one of the kind
 * folders.  Nothing with "/", ".." or an absolute path: --prune removes
 * what the manifest names, and it must never reach outside the tree. */
static bool
output_path_ok(const char *p)
{
	size_t i, k, len;

	for (i = 0; i < JOB__COUNT; i++) {
		k = strlen(plan_kind_dirs[i]);
		if (strncmp(p, plan_kind_dirs[i], k) == 0 && p[k] == '/')
			break;
	}
	if (i == JOB__COUNT)
		return false;
	p += k + 1;
	len = strlen(p);
	return len > 4 && p[0] != '.' && strcmp(p + len - 4, ".pdf") == 0 &&
	    strspn(p, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") == len;
}

/* The capacities of a manifest's arrays while it is read. */
struct caps {
	size_t	files, logos, outs, failed;
};

/* The manifest opened without following a symbolic link, as a plain
 * file; NULL when there is none (said, unless there is none at all). */
static FILE *
manifest_open(const char *path)
{
	struct stat st;
	FILE *f = NULL;
	int fd;

	memset(&st, 0, sizeof(st));	/* a failed fstat: "not a plain file" */
	fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd == -1) {
		if (errno != ENOENT)
			diag(NULL, 0, MSG_MANIFEST_FILE, path,
			    errno == ELOOP ? diag_word("it is a symbolic link", "den är en symbolisk länk") :
			    strerror(errno));
	} else if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		diag(NULL, 0, MSG_MANIFEST_FILE, path,
		    S_ISDIR(st.st_mode) ? diag_word("it is a folder", "den är en mapp") :
		    diag_word("it is not a plain file", "den är ingen vanlig fil"));
		close(fd);
	} else if ((f = fdopen(fd, "r")) == NULL)
		close(fd);
	return f;
}

/* An "out" line: NULL, or why it is not taken. */
static const char *
read_out(struct manifest *m, char **fld, size_t n, long version, struct caps *c)
{
	/* version 1 recorded no PDF hash: its PDFs are made again */
	size_t first = version >= 2 ? 4 : 3, k;
	struct old_out *o;

	if (!output_path_ok(fld[1]))
		return "it names an output outside the output folder";
	if (manifest_out(m, fld[1]) != NULL)
		return "it names an output a line above names already";
	xgrow((void **)&m->outs, &c->outs, m->nouts + 1, sizeof(*m->outs));
	o = &m->outs[m->nouts++];
	memset(o, 0, sizeof(*o));
	o->out = xstrdup(fld[1]);
	o->dephash = xstrdup(fld[2]);
	memcpy(o->pdfhash, version >= 2 ? fld[3] : manifest_unknown_hash, 65);
	o->ninputs = n - first;
	o->inputs = xcalloc(o->ninputs + 1, sizeof(char *));
	for (k = first; k < n; k++)
		o->inputs[k - first] = xstrdup(fld[k]);
	*strmap_slot(&m->by_out, o->out, true) = m->nouts - 1;
	return NULL;
}

/* A line after the first, split into n fields: NULL, or why it is not
 * taken. */
static const char *
read_line(struct manifest *m, char **fld, size_t n, long version, struct caps *c)
{
	if (strcmp(fld[0], "prog") == 0 && n == 2 && hash_field(fld[1]))
		memcpy(m->prog, fld[1], 65);
	else if (strcmp(fld[0], "tpl") == 0 && n == 2 && hash_field(fld[1]))
		memcpy(m->tpl, fld[1], 65);
	else if (strcmp(fld[0], "opts") == 0 && n == 2 && strlen(fld[1]) < sizeof(m->opts))
		memcpy(m->opts, fld[1], strlen(fld[1]) + 1);
	else if (strcmp(fld[0], "file") == 0 && n == 5 && hash_field(fld[1])) {
		struct infile *fi;

		xgrow((void **)&m->files, &c->files, m->nfiles + 1, sizeof(*m->files));
		fi = &m->files[m->nfiles++];
		memset(fi, 0, sizeof(*fi));
		memcpy(fi->hash, fld[1], 65);
		fi->size = strtoll(fld[2], NULL, 10);
		fi->mtime = strtoll(fld[3], NULL, 10);
		fi->path = xstrdup(fld[4]);
	} else if (strcmp(fld[0], "logo") == 0 && version >= 4 && n == 5 && hash_field(fld[1])) {
		struct logofile *l;

		xgrow((void **)&m->logos, &c->logos, m->nlogos + 1, sizeof(*m->logos));
		l = &m->logos[m->nlogos++];
		memset(l, 0, sizeof(*l));
		memcpy(l->hash, fld[1], 65);
		l->size = strtoll(fld[2], NULL, 10);
		l->mtime = strtoll(fld[3], NULL, 10);
		l->path = xstrdup(fld[4]);
	} else if (strcmp(fld[0], "out") == 0 && n >= (version >= 2 ? 4u : 3u) &&
	    hash_field(fld[2]) && (version < 2 || hash_field(fld[3])))
		return read_out(m, fld, n, version, c);
	else if (strcmp(fld[0], "pdf") == 0 && version >= 3 && n >= 2) {
		struct old_out *o = manifest_out(m, fld[1]);

		if (o == NULL || pdfstat_parse(fld + 2, n - 2, &o->st) != 0)
			return "it is not a PDF's record iopdoc writes";
		o->has_st = true;
	} else if (strcmp(fld[0], "sum") == 0 && version >= 3 && version <= 5) {
		/* without the agreements' logos (3) or with one nämnd in
		 * other fields (4, 5): not taken, so every input is read
		 * again once and its summary made anew */
	} else if (strcmp(fld[0], "sum") == 0 && version >= 6) {
		if (plan_cache_add(&m->sums, fld + 1, n - 1) != 0)
			return "it is not a summary iopdoc writes";
	} else if (strcmp(fld[0], "csv") == 0 && version >= 5 && n == 3 && hash_field(fld[2])) {
		struct old_out *o = manifest_out(m, fld[1]);

		if (o == NULL || !manifest_has_csv(o->out))
			return "it is not a report's CSV record iopdoc writes";
		memcpy(o->csvhash, fld[2], 65);
	} else if (strcmp(fld[0], "pages") == 0 && version >= 7 && n == 3) {
		struct old_out *o = manifest_out(m, fld[1]);
		char *end;
		long v = strtol(fld[2], &end, 10);

		if (o == NULL || *end != '\0' || v < 1 || v > LONG_MAX / 2)
			return "it is not a PDF's page count iopdoc writes";
		o->pages = v;
	} else if (strcmp(fld[0], "failed") == 0 && n == 2) {
		xgrow((void **)&m->failed, &c->failed, m->nfailed + 1, sizeof(*m->failed));
		m->failed[m->nfailed++] = xstrdup(fld[1]);
	} else
		return "iopdoc writes no such line";
	return NULL;
}

/* Reads the last run's manifest; a missing or unusable one is an empty
 * one (everything is then rendered).  It is opened without following a
 * symbolic link, and a line that is not one iopdoc writes, or names an
 * output outside the tree, is reported and ignored. */
void
manifest_read(const char *outdir, struct manifest *m)
{
	char *path = batch_path_join(outdir, MANIFEST);
	char *line = NULL, **fld = NULL;
	size_t cap = 0, fldcap = 0, bad = 0;
	struct caps c = { 0, 0, 0, 0 };
	long lineno = 0, version = 1;
	ssize_t len;
	FILE *f;

	memset(m, 0, sizeof(*m));
	f = manifest_open(path);
	while (f != NULL && (len = getline(&line, &cap, f)) > 0) {
		const char *why;
		size_t n;

		lineno++;
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		n = split_tabs(line, &fld, &fldcap);
		if (strcmp(fld[0], "iopdoc-manifest") == 0 && n == 2 && lineno == 1) {
			version = strtol(fld[1], NULL, 10);
			if (version < 1 || version > MANIFEST_VERSION) {
				diag(NULL, 0, MSG_MANIFEST_FILE, path,
				    diag_word("a newer iopdoc wrote it", "en nyare iopdoc skrev den"));
				break;
			}
			continue;
		}
		why = read_line(m, fld, n, version, &c);
		if (why != NULL && bad++ < BAD_LINES_SHOWN)
			diag(path, lineno, MSG_MANIFEST_LINE, why);
	}
	/* a damaged record makes the next build look at everything */
	if (bad > 0) {
		xgrow((void **)&m->failed, &c.failed, m->nfailed + 1, sizeof(*m->failed));
		m->failed[m->nfailed++] = xstrdup(MANIFEST);
	}
	free(line);
	free(fld);
	free(path);
	if (f != NULL)
		fclose(f);
	if (m->nfiles > 0)
		qsort(m->files, m->nfiles, sizeof(*m->files), cmp_infile);
	if (m->nlogos > 0)
		qsort(m->logos, m->nlogos, sizeof(*m->logos), cmp_logofile);
}

/* The last run's record of an output, or NULL. */
struct old_out *
manifest_out(const struct manifest *m, const char *out)
{
	size_t *i = strmap_slot((struct strmap *)&m->by_out, out, false);

	return i != NULL ? &m->outs[*i] : NULL;
}

/* Whether the last run's record was damaged (read_line found a line
 * iopdoc does not write): the next build looks at everything. */
bool
manifest_damaged(const struct manifest *m)
{
	size_t k;

	for (k = 0; k < m->nfailed; k++)
		if (strcmp(m->failed[k], MANIFEST) == 0)
			return true;
	return false;
}

/* The recorded file of a path (the manifest's files are sorted). */
const struct infile *
manifest_file(const struct manifest *m, const char *path)
{
	struct infile key;

	key.path = (char *)path;
	return m->nfiles == 0 ? NULL : bsearch(&key, m->files, m->nfiles, sizeof(*m->files), cmp_infile);
}

/* The recorded logo of a path (the manifest's logos are sorted). */
const struct logofile *
manifest_logo(const struct manifest *m, const char *path)
{
	struct logofile key;

	key.path = (char *)path;
	return m->nlogos == 0 ? NULL : bsearch(&key, m->logos, m->nlogos, sizeof(*m->logos), cmp_logofile);
}

/* Whether the PDF on disk is the one the manifest recorded.  A PDF
 * damaged, edited or replaced since, or one a killed run renamed into
 * place before it could record it, is not, and is rendered again. */
bool
manifest_pdf_ok(const char *outdir, struct old_out *o)
{
	if (o->pdf_check == 0) {
		char *abs = batch_path_join(outdir, o->out), h[65];
		struct pdfstat st;
		int got = pdfstat_get(abs, &st);

		/* not a regular file: missing, or a link (to be read through) */
		if (got != 0) {
			struct stat any;

			o->pdf_missing = stat(abs, &any) != 0;
		}
		/* as it was when its hash was checked: not read again */
		if (got == 0 && o->has_st && pdfstat_same(&st, &o->st))
			o->pdf_check = 1;
		else {
			o->pdf_check = digest_pdf(abs, h) == 0 && strcmp(h, o->pdfhash) == 0 ? 1 : -1;
			/* taken before the hash: a change since shows */
			o->st = st;
			o->has_st = o->pdf_check > 0 && got == 0;
		}
		free(abs);
	}
	return o->pdf_check > 0;
}

bool
manifest_has_csv(const char *out)
{
	size_t k = strlen(plan_kind_dirs[JOB_REPORT]);

	return strncmp(out, plan_kind_dirs[JOB_REPORT], k) == 0 && out[k] == '/';
}

/* Whether a report's CSV on disk is the one recorded: read and hashed
 * each time it is asked (a few kB), not followed through a link.  A
 * record without a CSV hash (version 4) is not. */
bool
manifest_csv_ok(const char *outdir, struct old_out *o)
{
	if (!manifest_has_csv(o->out))
		return true;
	if (o->csv_check == 0) {
		char *pdf = batch_path_join(outdir, o->out), *csv = report_csv_path(pdf), h[65];
		struct stat st;

		o->csv_missing = lstat(csv, &st) != 0;
		o->csv_check = o->csvhash[0] != '\0' && digest_pdf(csv, h) == 0 &&
		    strcmp(h, o->csvhash) == 0 ? 1 : -1;
		free(csv);
		free(pdf);
	}
	return o->csv_check > 0;
}

/* A report's "csv" line after its "out" line, when its hash is known. */
static void
csv_line(struct buf *m, const char *out, const char *hash)
{
	if (manifest_has_csv(out) && hash[0] != '\0' && strcmp(hash, manifest_unknown_hash) != 0)
		buf_printf(m, "csv\t%s\t%s\n", out, hash);
}

/* A PDF's page count, when known. */
static void
pages_line(struct buf *m, const char *out, long pages)
{
	if (pages > 0)
		buf_printf(m, "pages\t%s\t%ld\n", out, pages);
}

/* The pages of a job's PDF: rendered now, else the last run's record of
 * the same PDF; 0 when not known. */
static long
job_pages(const struct build_run *r, const struct job *j)
{
	const struct old_out *o;

	if (j->pages > 0)
		return j->pages;
	o = manifest_out(&r->old, j->out);
	return o != NULL && strcmp(o->pdfhash, j->pdfhash) == 0 ? o->pages : 0;
}

/* To be rendered, but failed or not reached before a stop. */
static bool
unfinished(const struct job *j)
{
	return j->state == JOB_RENDER && (!j->done || j->level >= DIAG_ERROR);
}

/* Writes what m holds once it is more than a little. */
void
manifest_flush(struct atomic_file *af, struct buf *m)
{
	if (m->len >= 64 * 1024) {
		atomic_write(af, m->data, m->len);
		buf_reset(m);
	}
}

/* Writes the record of this run, atomically; 0, or -1 after reporting. */
int
manifest_write(struct build_run *r)
{
	struct buf m = { NULL, 0, 0 };
	char *path = batch_path_join(r->o->output, MANIFEST);
	struct strmap jobs = { NULL, NULL, 0, 0 };	/* out -> r->jobs[] */
	struct atomic_file af;
	size_t i, k;
	int rc;

	/* written as it is made: at 15 000 outputs it is over 10 MB, which
	 * the build's own process need not hold */
	if (atomic_open(&af, path) != 0) {
		free(path);
		return -1;
	}
	buf_printf(&m, "iopdoc-manifest\t%d\nprog\t%s\ntpl\t%s\nopts\t%s\n", MANIFEST_VERSION, r->prog,
	    r->tpl, manifest_opts(r->o));
	for (i = 0; i < r->nfiles; i++) {
		buf_printf(&m, "file\t%s\t%lld\t%lld\t%s\n", r->files[i].hash, r->files[i].size,
		    r->files[i].mtime, r->files[i].path);
		manifest_flush(&af, &m);
	}
	batch_logos_lines(r, &m, &af);
	batch_plan_summaries(r, &m, &af);
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
			if (manifest_out(&r->old, j->out) == NULL) {
				buf_printf(&m, "out\t%s\t%s\t%s", j->out, manifest_unknown_hash, manifest_unknown_hash);
				for (k = 0; k < j->ninputs; k++)
					buf_printf(&m, "\t%s", j->inputs[k]);
				buf_addc(&m, '\n');
			}
			continue;
		}
		buf_printf(&m, "out\t%s\t%s\t%s", j->out, j->dephash,
		    j->pdfhash[0] != '\0' ? j->pdfhash : manifest_unknown_hash);
		for (k = 0; k < j->ninputs; k++)
			buf_printf(&m, "\t%s", j->inputs[k]);
		buf_addc(&m, '\n');
		csv_line(&m, j->out, j->csvhash);
		pages_line(&m, j->out, job_pages(r, j));
		manifest_flush(&af, &m);
	}
	for (i = 0; i < r->njobs; i++)
		*strmap_slot(&jobs, r->jobs[i].out, true) = i;
	for (i = 0; i < r->old.nouts; i++) {
		const struct old_out *o = &r->old.outs[i];
		size_t *q = strmap_slot(&jobs, o->out, false);
		bool again = q != NULL && !unfinished(&r->jobs[*q]) && r->jobs[*q].state != JOB_KEPT;

		if (again || o->pruned)
			continue;
		/* Not planned this run: an output whose input has errors keeps
		 * its record, and so does one whose inputs are gone, until
		 * --prune removes it. */
		buf_printf(&m, "out\t%s\t%s\t%s", o->out, o->dephash, o->pdfhash);
		for (k = 0; k < o->ninputs; k++)
			buf_printf(&m, "\t%s", o->inputs[k]);
		buf_addc(&m, '\n');
		csv_line(&m, o->out, o->csvhash);
		pages_line(&m, o->out, o->pages);
		manifest_flush(&af, &m);
	}
	/* a PDF's size, times and inode, where the record keeps the hash
	 * they were checked against */
	for (i = 0; i < r->old.nouts; i++) {
		const struct old_out *o = &r->old.outs[i];
		size_t *q = strmap_slot(&jobs, o->out, false);
		const char *now = q == NULL || unfinished(&r->jobs[*q]) || r->jobs[*q].state == JOB_KEPT ?
		    o->pdfhash : r->jobs[*q].pdfhash;

		if (o->has_st && o->pdf_check >= 0 && !o->pruned && strcmp(now, o->pdfhash) == 0)
			pdfstat_line(&m, o->out, &o->st);
		manifest_flush(&af, &m);
	}
	atomic_write(&af, m.data, m.len);
	rc = atomic_close(&af);
	strmap_free(&jobs);
	buf_free(&m);
	free(path);
	return rc;
}
