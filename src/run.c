/* The commands agreement, followup, report, check and build: each reads
 * every input into one corpus, links and checks it, then runs the
 * pipeline for what was asked:
 *   XML -> model -> checks -> document tree -> layout -> PDF
 * A bad file is reported and left out; the others go on.  main.c parses
 * the command line and calls one run_* function. */
#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch.h"
#include "build.h"
#include "buf.h"
#include "corpus.h"
#include "datadir.h"
#include "diag.h"
#include "doc.h"
#include "due.h"
#include "limit.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "out_pdf.h"
#include "plan.h"
#include "render.h"
#include "report_csv.h"
#include "run.h"
#include "strmap.h"
#include "template.h"
#include "validate.h"
#include "xml_read.h"

/* A file named on the command line, or found in a folder named there. */
struct file {
	char		*path;
	bool		 from_folder;
	long		 doc;		/* index in the corpus, or -1 */
	enum diag_level	 level;		/* worst message about it */
};

static bool
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static bool
exists(const char *path)
{
	return access(path, R_OK) == 0;
}

/* The template: --template, $IOPDOC_TEMPLATE, the config file's, then
 * templates/default.ini of the checkout the program runs from, else of
 * the data directory it was installed with (datadir.h); never the
 * current folder's, so an installed iopdoc does the same from any
 * folder.  NULL after saying where it looked. */
static char *
find_template(const char *given, const char *from_config)
{
	const char *env = getenv("IOPDOC_TEMPLATE");
	struct buf where = { NULL, 0, 0 };
	char *found;

	if (given != NULL)
		return xstrdup(given);
	if (env != NULL && *env != '\0')
		return xstrdup(env);
	if (from_config != NULL)
		return xstrdup(from_config);
	if ((found = datadir_find("templates/default.ini", &where)) == NULL)
		diag(NULL, 0, MSG_TEMPLATE_NOT_FOUND, where.data != NULL ? where.data : "-");
	buf_free(&where);
	return found;
}

/* The folder read when none is named: the config file's [build] input,
 * else input/ here (the checkout's demo). */
static const char *
default_input(const struct run_options *o)
{
	return o->default_input != NULL ? o->default_input : "input";
}

static int
cmp_file(const void *a, const void *b)
{
	return strcmp(((const struct file *)a)->path, ((const struct file *)b)->path);
}

/* Expands folders into their *.xml files, sorted, for a stable order. */
static void
collect(struct file **files, size_t *n, size_t *cap, const char *arg)
{
	DIR *dir;
	struct dirent *e;
	size_t first = *n;

	if (!is_dir(arg)) {
		xgrow((void **)files, cap, *n + 1, sizeof(**files));
		(*files)[(*n)++] = (struct file){ xstrdup(arg), false, -1, DIAG_OK };
		return;
	}
	if ((dir = opendir(arg)) == NULL) {
		diag(NULL, 0, MSG_READ_FAILED, arg, strerror(errno));
		return;
	}
	while ((e = readdir(dir)) != NULL) {
		size_t len = strlen(e->d_name);
		struct buf b = { NULL, 0, 0 };

		if (e->d_name[0] == '.' || len < 5 || strcmp(e->d_name + len - 4, ".xml") != 0)
			continue;
		buf_printf(&b, "%s%s%s", arg, arg[strlen(arg) - 1] == '/' ? "" : "/", e->d_name);
		xgrow((void **)files, cap, *n + 1, sizeof(**files));
		(*files)[(*n)++] = (struct file){ b.data, true, -1, DIAG_OK };
	}
	closedir(dir);
	if (*n == first)
		diag(NULL, 0, MSG_NO_INPUT, arg);
	else
		qsort(*files + first, *n - first, sizeof(**files), cmp_file);
}

/* The default folder read when no file is named: gone (a user's own
 * folder without input/, a share not mounted) is said as what to name,
 * not as the system's "No such file or directory". */
static void
collect_default(struct file **files, size_t *n, size_t *cap, const struct run_options *o)
{
	const char *def = default_input(o);
	struct stat st;

	if (stat(def, &st) != 0 && errno == ENOENT)
		diag(NULL, 0, MSG_NO_DEFAULT_INPUT, def);
	else
		collect(files, n, cap, def);
}

/* outdir/name: name is a planned output's, "agreements/x.pdf". */
static char *
output_path(const char *outdir, const char *name)
{
	struct buf b = { NULL, 0, 0 };

	buf_printf(&b, "%s%s%s", outdir, outdir[strlen(outdir) - 1] == '/' ? "" : "/", name);
	return b.data;
}

/* Lays out a document and, when out is given, writes it.  Returns the
 * worst level reached. */
static enum diag_level
render(struct doc *doc, const struct template *t, const char *out, bool verbose)
{
	size_t pages, bytes;
	enum diag_level level = render_doc(doc, t, out, &pages, &bytes);

	if (out != NULL && verbose && level < DIAG_ERROR)
		fprintf(stderr, diag_word("iopdoc: wrote %s (%zu pages, %zu bytes)\n",
		    "iopdoc: skrev %s (%zu sidor, %zu byte)\n"), out, pages, bytes);
	return level;
}

/* The document a file holds when it was read and checked without errors. */
static struct input *
good_doc(struct corpus *c, const struct file *f)
{
	return f->doc >= 0 && f->level < DIAG_ERROR ? &c->docs[f->doc] : NULL;
}

/* Per corpus document: read and checked without errors. */
static bool *
usable_docs(struct corpus *c, const struct file *files, size_t n)
{
	bool *usable = xcalloc(c->n + 1, sizeof(bool));
	size_t i;

	for (i = 0; i < n; i++)
		if (good_doc(c, &files[i]) != NULL)
			usable[files[i].doc] = true;
	return usable;
}

static void
raise_level(struct file *f, enum diag_level level)
{
	if (level > f->level)
		f->level = level;
}

/* Whether an agreement of the corpus names the nämnd id (NULL: none
 * does). */
static bool
namnd_named(const struct corpus *c, const char *id)
{
	size_t i;

	for (i = 0; id != NULL && i < c->n; i++)
		if (c->docs[i].type == INPUT_AGREEMENT &&
		    report_agreement_namnd(c->docs[i].agreement, id) != NULL)
			return true;
	return false;
}

/* A report prints no party logo: report checks an agreement without its
 * logo files, so that one whose logo is missing is still in it, as in
 * the build's reports; the other commands check them. */
static int
check_agreement(struct agreement *ag, const struct run_options *o)
{
	return o->cmd == RUN_REPORT ? validate_agreement_for_reports(ag) : validate_agreement(ag);
}

/* Reads the files, then checks each: agreements first, so that the
 * follow-ups find theirs resolved. */
static void
read_and_check(struct corpus *c, struct file *files, size_t n, const struct run_options *o)
{
	bool missing = false, *valid;
	struct buf quiet = { NULL, 0, 0 };
	struct diag_ctx ctx;
	size_t i, k;

	for (i = 0; i < n; i++) {
		diag_open(&ctx, NULL);
		files[i].doc = corpus_add(c, files[i].path);
		raise_level(&files[i], diag_close(&ctx, DIAG_PASS_ON));
	}
	for (i = 0; i < n; i++)
		if (files[i].doc >= 0 && c->docs[files[i].doc].type == INPUT_FOLLOWUP &&
		    corpus_agreement(c, c->docs[files[i].doc].followup->agreement_id) == NULL)
			missing = true;
	/* so may the agreements that name a report file's nämnd */
	for (i = 0; i < n; i++)
		if (files[i].doc >= 0 && c->docs[files[i].doc].type == INPUT_REPORT &&
		    !namnd_named(c, c->docs[files[i].doc].report->namnd))
			missing = true;
	/* A follow-up's agreement may live in the input folders.  What is
	 * read there only as a reference is checked quietly: its own
	 * messages belong to its own run, and a follow-up whose agreement
	 * has errors says so, naming the file.  Only learnt from: their
	 * level is not this run's. */
	diag_open(&ctx, &quiet);
	if (missing && o->cmd != RUN_REPORT) {
		const char *def = default_input(o);
		const char **dirs = o->ninputs > 0 ? o->inputs : &def;
		size_t ndirs = o->ninputs > 0 ? o->ninputs : (is_dir(def) ? 1 : 0);

		for (k = 0; k < ndirs; k++) {
			struct file *extra = NULL;
			size_t nextra = 0, cap = 0, j;

			collect(&extra, &nextra, &cap, dirs[k]);
			for (j = 0; j < nextra; j++) {
				corpus_add(c, extra[j].path);
				free(extra[j].path);
			}
			free(extra);
		}
	}
	corpus_link(c);
	/* Agreements read only to resolve follow-ups are checked too (a
	 * follow-up is checked against a correct agreement only); their ids
	 * stay theirs. */
	valid = xcalloc(c->n + 1, sizeof(bool));
	for (i = 0; i < c->n; i++)
		valid[i] = true;
	for (i = 0; i < n; i++)
		if (files[i].doc >= 0)
			valid[files[i].doc] = false;
	for (i = 0; i < c->n; i++)
		if (valid[i] && c->docs[i].type == INPUT_AGREEMENT)
			valid[i] = check_agreement(c->docs[i].agreement, o) == 0;
	diag_close(&ctx, DIAG_KEEP_APART);
	buf_free(&quiet);
	/* Agreements, then follow-ups: each kind is checked for itself, then
	 * its ids, so that a follow-up finds a valid, unique agreement. */
	for (k = 0; k < 3; k++) {
		enum input_type type = k == 0 ? INPUT_AGREEMENT : k == 1 ? INPUT_FOLLOWUP :
		    INPUT_REPORT;

		for (i = 0; i < n; i++) {
			struct input *in;

			if (files[i].doc < 0 || files[i].level >= DIAG_ERROR)
				continue;
			in = &c->docs[files[i].doc];
			if (in->type != type)
				continue;
			/* Rendering agreements, a follow-up in a folder is not
			 * ours: leave it, and its checks, to "followup". */
			if (o->cmd == RUN_AGREEMENT && type == INPUT_FOLLOWUP && files[i].from_folder) {
				files[i].doc = -2;
				continue;
			}
			/* A report file is checked for check and report; rendering
			 * agreements or follow-ups, it is the wrong kind (below). */
			if (type == INPUT_REPORT && o->cmd != RUN_CHECK && o->cmd != RUN_REPORT)
				continue;
			diag_open(&ctx, NULL);
			if (validate_unique_id(c, (size_t)files[i].doc, valid) == 0) {
				if (type == INPUT_AGREEMENT) {
					/* a copy of one read before: the reports
					 * count it once (build_report) */
					bool good = check_agreement(in->agreement, o) == 0;

					if (good && (o->cmd == RUN_CHECK || o->cmd == RUN_REPORT))
						validate_same_agreement(c, (size_t)files[i].doc, valid);
					/* check warns, as build does, of an agreement
					 * no nämnd report will hold (report --all
					 * says it once its reports are made) */
					if (good && o->cmd == RUN_CHECK)
						validate_in_no_report(c, (size_t)files[i].doc);
				}
				else if (type == INPUT_REPORT)
					validate_report(c, (size_t)files[i].doc, valid);
				else
					validate_followup(in->followup, c);
			}
			raise_level(&files[i], diag_close(&ctx, DIAG_PASS_ON));
			valid[files[i].doc] = files[i].level < DIAG_ERROR;
		}
	}
	free(valid);
}

/* What a run read (the files given, the agreements looked up for
 * follow-ups, the template, its fonts and its logo) and what it writes,
 * so that no PDF replaces an input, nor a PDF the same run wrote for
 * another input. */
struct file_id {
	dev_t	dev;
	ino_t	ino;
};

struct outputs {
	struct file_id	*read;
	size_t		 nread;
	char		**paths;	/* written this run */
	const char	**owners;	/* the input each was written for */
	size_t		 n, cap;
};

static void
outputs_read(struct outputs *w, const char *path)
{
	struct stat st;

	if (path != NULL && stat(path, &st) == 0)
		w->read[w->nread++] = (struct file_id){ st.st_dev, st.st_ino };
}

/* The parties' logos an agreement of the corpus reads. */
static size_t
outputs_logo_count(const struct corpus *c)
{
	size_t i, n = 0;

	for (i = 0; i < c->n; i++)
		if (c->docs[i].agreement != NULL)
			for (const struct party *p = c->docs[i].agreement->parties; p != NULL;
			    p = p->next)
				n += p->logo != NULL;
	return n;
}

static void
outputs_read_logos(struct outputs *w, const struct input *in)
{
	if (in->agreement != NULL)
		for (const struct party *p = in->agreement->parties; p != NULL; p = p->next)
			if (p->logo != NULL)
				outputs_read(w, p->logo->path);
}

static void
outputs_init(struct outputs *w, const struct corpus *c, const struct file *files, size_t n,
    const struct template *t)
{
	size_t i;

	memset(w, 0, sizeof(*w));
	w->read = xcalloc(c->n + n + FACE__COUNT + 2 + outputs_logo_count(c), sizeof(*w->read));
	for (i = 0; i < c->n; i++) {
		outputs_read(w, input_path(&c->docs[i]));
		outputs_read_logos(w, &c->docs[i]);
	}
	for (i = 0; i < n; i++)
		outputs_read(w, files[i].path);
	outputs_read(w, t->path);
	for (i = 0; i < FACE__COUNT; i++)
		outputs_read(w, t->font[i]);
	outputs_read(w, t->logo);
}

static void
outputs_free(struct outputs *w)
{
	size_t i;

	for (i = 0; i < w->n; i++)
		free(w->paths[i]);
	free(w->paths);
	free(w->owners);
	free(w->read);
}

/* Claims out for the PDF of owner (a file, or NULL for a report); an
 * output that is an input, or taken already, is reported as an error of
 * owner and refused. */
static bool
claim_output(struct outputs *w, const char *out, const char *owner)
{
	struct stat st;
	size_t i;

	if (stat(out, &st) == 0)
		for (i = 0; i < w->nread; i++)
			if (w->read[i].dev == st.st_dev && w->read[i].ino == st.st_ino) {
				diag(owner, 0, MSG_OUTPUT_IS_INPUT, out);
				return false;
			}
	for (i = 0; i < w->n; i++)
		if (strcmp(w->paths[i], out) == 0) {
			diag(owner, 0, MSG_OUTPUT_TWICE, out, w->owners[i] != NULL ? w->owners[i] : "a report");
			return false;
		}
	if (w->n == w->cap) {
		w->cap = w->cap == 0 ? 16 : w->cap * 2;
		w->paths = xrealloc(w->paths, w->cap * sizeof(*w->paths));
		w->owners = xrealloc(w->owners, w->cap * sizeof(*w->owners));
	}
	w->paths[w->n] = xstrdup(out);
	w->owners[w->n++] = owner;
	return true;
}

/* The PDFs of the checked documents, named as iopdoc build names them:
 * the same planner (plan_corpus_outputs, plan_outputs) over what this run
 * read, so a folder given to a command gets the build's layout,
 * agreements/, followups/ and reports/, and its names. */
struct named {
	struct plan_out	*outs;
	size_t		 n;
	struct strmap	 by_input;	/* an agreement's or follow-up's path -> outs[] */
};

static void
named_init(struct named *nm, const struct corpus *c, const struct file *files, size_t n)
{
	enum diag_level *level = xcalloc(c->n + 1, sizeof(*level));
	size_t i;

	/* What was read only to resolve follow-ups was checked quietly: an
	 * agreement without errors names its outputs as in the build; a
	 * follow-up (not checked) makes none. */
	for (i = 0; i < c->n; i++)
		level[i] = c->docs[i].type == INPUT_AGREEMENT && c->docs[i].agreement->errors == 0 &&
		    c->docs[i].agreement->logo_errors == 0 ? DIAG_OK : DIAG_ERROR;
	for (i = 0; i < n; i++)
		if (files[i].doc >= 0)
			level[files[i].doc] = files[i].level;
	plan_corpus_outputs(c, level, &nm->outs, &nm->n);
	for (i = 0; i < nm->n; i++)
		if (nm->outs[i].kind != PLAN_OUT_REPORT)
			*strmap_slot(&nm->by_input, nm->outs[i].inputs[0], true) = i;
	free(level);
}

static void
named_free(struct named *nm)
{
	strmap_free(&nm->by_input);
	plan_outputs_free(nm->outs, nm->n);
}

/* The path of the PDF made from the agreement or follow-up at path, or of
 * the report of namnd and year (path NULL), in outdir; NULL when none is
 * planned. */
static char *
named_path(struct named *nm, const char *outdir, const char *path, const char *namnd, int year)
{
	size_t *slot, i;

	if (path != NULL)
		return (slot = strmap_slot(&nm->by_input, path, false)) != NULL ?
		    output_path(outdir, nm->outs[*slot].name) : NULL;
	for (i = 0; i < nm->n; i++)
		if (nm->outs[i].kind == PLAN_OUT_REPORT && nm->outs[i].year == year &&
		    strcmp(nm->outs[i].namnd, namnd) == 0)
			return output_path(outdir, nm->outs[i].name);
	return NULL;
}

/* Makes the kind's folder of a planned output path when missing (*made
 * then says so): 0, or -1 after an error of owner. */
static int
kind_folder(const char *out, const char *owner, bool *made)
{
	char *dir = xstrdup(out), *slash = strrchr(dir, '/');
	int rc = 0;

	*made = false;
	if (slash != NULL) {
		*slash = '\0';
		if (!is_dir(dir)) {
			if (mkdir(dir, 0777) == 0)
				*made = true;
			else if (errno != EEXIST) {
				diag(owner, 0, MSG_WRITE_FAILED, dir, strerror(errno));
				rc = -1;
			}
		}
	}
	free(dir);
	return rc;
}

/* Renders doc into out, a planned output path when kind is set: its
 * kind's folder is made first, and removed again when it was made for a
 * PDF that was not written. */
static enum diag_level
render_to(struct doc *doc, const struct template *t, const char *out, bool kind, bool verbose,
    const char *owner)
{
	enum diag_level level;
	bool made = false;

	if (kind) {
		struct diag_ctx ctx;
		int rc;

		diag_open(&ctx, NULL);
		rc = kind_folder(out, owner, &made);
		level = diag_close(&ctx, DIAG_PASS_ON);
		if (rc != 0)
			return level;
	}
	level = render(doc, t, out, verbose);
	if (made && level >= DIAG_ERROR) {
		char *dir = xstrdup(out);

		*strrchr(dir, '/') = '\0';
		rmdir(dir);	/* only when empty */
		free(dir);
	}
	return level;
}

/* agreement, followup and check: one document per file. */
static void
render_each(struct corpus *c, struct file *files, size_t n, const struct template *t,
    const struct run_options *o, const char *outdir, bool single_out, struct outputs *w,
    struct named *nm)
{
	size_t i;

	for (i = 0; i < n; i++) {
		struct input *in = good_doc(c, &files[i]);
		enum input_type want = o->cmd == RUN_FOLLOWUP ? INPUT_FOLLOWUP : INPUT_AGREEMENT;
		struct doc *doc;
		struct diag_ctx ctx;
		char *out = NULL;

		if (in == NULL)
			continue;
		if (o->cmd != RUN_CHECK && in->type != want) {
			/* In a folder the other kind is simply not ours; an
			 * agreement named beside follow-ups is their reference. */
			if (files[i].from_folder ||
			    (o->cmd == RUN_FOLLOWUP && in->type == INPUT_AGREEMENT)) {
				files[i].doc = -2;
				continue;
			}
			diag(files[i].path, 1, MSG_XML_ROOT,
			    in->type == INPUT_AGREEMENT ? "agreement" :
			    in->type == INPUT_REPORT ? "namnd-report" : "followup",
			    want == INPUT_AGREEMENT ? "agreement" : "followup");
			files[i].level = DIAG_ERROR;
			continue;
		}
		if (in->type == INPUT_REPORT)
			continue;	/* checked; it prints in its nämnd's report */
		diag_open(&ctx, NULL);
		doc = in->type == INPUT_AGREEMENT ? build_agreement(in->agreement, t) :
		    build_followup(in->followup, t);
		if (o->cmd != RUN_CHECK) {
			out = single_out ? xstrdup(o->output) :
			    named_path(nm, outdir, input_path(in), NULL, 0);
			/* (out is NULL never: a document checked without errors
			 * has its output planned) */
			if (out == NULL || !claim_output(w, out, files[i].path)) {
				diag_close(&ctx, DIAG_PASS_ON);
				files[i].level = DIAG_ERROR;
				free(out);
				continue;
			}
		}
		render_to(doc, t, out, out != NULL && !single_out, o->verbose, files[i].path);
		raise_level(&files[i], diag_close(&ctx, DIAG_PASS_ON));
		free(out);
	}
}

/* The years one of the nämnd's agreements covers, each once and sorted,
 * the whole period of each (in a new array; *n gets the count). */
static int *
report_years(const struct corpus *c, const bool *usable, const char *namnd, size_t *n)
{
	int *years = NULL, y, tmp;
	size_t i, k, j, cap = 0;

	*n = 0;
	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;

		if (!usable[i] || c->docs[i].type != INPUT_AGREEMENT ||
		    report_agreement_namnd(ag, namnd) == NULL || ag->from.y == 0)
			continue;
		for (y = ag->from.y; y <= ag->to.y; y++) {
			for (k = 0; k < *n && years[k] != y; k++)
				continue;
			if (k == *n) {
				xgrow((void **)&years, &cap, *n + 1, sizeof(*years));
				years[(*n)++] = y;
			}
		}
	}
	/* sorted, for a stable order */
	for (k = 1; k < *n; k++)
		for (j = k; j > 0 && years[j - 1] > years[j]; j--) {
			tmp = years[j];
			years[j] = years[j - 1];
			years[j - 1] = tmp;
		}
	return years;
}

/* The nämnd ids named by the good agreements, each once (in a new array;
 * *n gets the count). */
static const char **
report_namnds(const struct corpus *c, const bool *usable, size_t *n)
{
	const char **ids = NULL;
	size_t i, k, cap = 0;

	*n = 0;
	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;
		const struct namnd_ref *nr;

		if (!usable[i] || c->docs[i].type != INPUT_AGREEMENT)
			continue;
		for (nr = ag->namnd; nr != NULL; nr = nr->next) {
			for (k = 0; k < *n && strcmp(ids[k], nr->id) != 0; k++)
				continue;
			if (k == *n) {
				xgrow((void **)&ids, &cap, *n + 1, sizeof(*ids));
				ids[(*n)++] = nr->id;
			}
		}
	}
	return ids;
}

/* One report into out; out is a planned output path when kind is set,
 * NULL when none is planned (no good agreement of the nämnd is valid in
 * the year, and build_report says so). */
static enum diag_level
report_one(struct corpus *c, struct file *files, size_t n, const struct template *t,
    const struct run_options *o, const char *namnd, int year, const char *out, bool kind,
    struct outputs *w, size_t *no_file)
{
	struct report_input ri;
	struct doc *doc;
	struct diag_ctx ctx;
	enum diag_level level;
	bool *usable = usable_docs(c, files, n);
	struct buf csv = { NULL, 0, 0 };
	size_t i;

	memset(&ri, 0, sizeof(ri));
	ri.csv = &csv;
	ri.corpus = c;
	ri.namnd = namnd;
	ri.year = year;
	ri.failed = xcalloc(n + 1, sizeof(const char *));
	for (i = 0; i < n; i++)
		if (good_doc(c, &files[i]) == NULL)
			ri.failed[ri.nfailed++] = files[i].path;
	ri.usable = usable;
	diag_open(&ctx, NULL);
	/* report --all says it once for all (run_reports) */
	ri.info = report_file_for(c, usable, namnd, year, o->cmd == RUN_REPORT && !o->all);
	*no_file += ri.info == NULL;
	doc = out == NULL || claim_output(w, out, NULL) ? build_report(&ri, t) : NULL;
	if (doc != NULL && out == NULL) {
		/* cannot be: every nämnd and year a good agreement covers is
		 * planned */
		arena_free(doc->arena);
		doc = NULL;
		diag(NULL, 0, MSG_REPORT_EMPTY, namnd, year);
	}
	if (doc != NULL) {
		/* the figures as CSV beside the PDF, only once the PDF is
		 * written: a failed write fails the report as the PDF's does */
		if (render_to(doc, t, out, kind, o->verbose, NULL) < DIAG_ERROR &&
		    report_csv_write(out, &csv) == 0 && o->verbose) {
			char *cp = report_csv_path(out);

			fprintf(stderr, diag_word("iopdoc: wrote %s (%zu bytes)\n",
			    "iopdoc: skrev %s (%zu byte)\n"), cp, csv.len);
			free(cp);
		}
		arena_free(doc->arena);
	}
	level = diag_close(&ctx, DIAG_PASS_ON);
	buf_free(&csv);
	free(usable);
	free(ri.failed);
	return level;
}

static enum diag_level
run_reports(struct corpus *c, struct file *files, size_t n, const struct template *t,
    const struct run_options *o, const char *outdir, bool single_out, size_t *done, size_t *failed,
    struct outputs *w, struct named *nm)
{
	enum diag_level worst = DIAG_OK, level;
	bool *usable;
	const char **ids;
	size_t nids, ny, i, k, no_file = 0, nreports = 0;
	int *years;

	if (!o->all) {
		char *out = single_out ? xstrdup(o->output) :
		    named_path(nm, outdir, NULL, o->namnd, o->year);

		level = report_one(c, files, n, t, o, o->namnd, o->year, out, !single_out, w,
		    &no_file);
		*(level >= DIAG_ERROR ? failed : done) += 1;
		free(out);
		return level;
	}
	usable = usable_docs(c, files, n);
	ids = report_namnds(c, usable, &nids);
	for (i = 0; i < nids; i++) {
		years = report_years(c, usable, ids[i], &ny);
		for (k = 0; k < ny; k++) {
			char *out = named_path(nm, outdir, NULL, ids[i], years[k]);

			level = report_one(c, files, n, t, o, ids[i], years[k], out, true, w,
			    &no_file);
			nreports++;
			*(level >= DIAG_ERROR ? failed : done) += 1;
			if (level > worst)
				worst = level;
			free(out);
		}
		free(years);
	}
	free(ids);
	/* what is in no report at all, and how to put it in one */
	for (i = 0; i < c->n; i++)
		if (usable[i] && c->docs[i].type == INPUT_AGREEMENT)
			validate_in_no_report(c, i);
	free(usable);
	if (no_file > 0)
		diag(NULL, 0, MSG_RF_MISSING_ALL, no_file, nreports);
	return worst;
}

/* Where the PDFs go: *single_out when -o names the one PDF written,
 * else *outdir, made when missing.  Returns -1 when it cannot be (the
 * message is out). */
static int
choose_output(const struct run_options *o, const struct file *files, size_t nfiles,
    const char **outdir, bool *single_out)
{
	bool one = o->cmd == RUN_REPORT ? !o->all : nfiles == 1 && !files[0].from_folder;
	size_t len = o->output != NULL ? strlen(o->output) : 0;

	if (o->cmd == RUN_CHECK)
		return 0;
	/* One document and an -o that is not a folder: -o names the PDF. */
	if (o->output != NULL && one && !is_dir(o->output) && o->output[len - 1] != '/')
		*single_out = true;
	else if (o->output != NULL && ((len > 4 && strcmp(o->output + len - 4, ".pdf") == 0) ||
	    (exists(o->output) && !is_dir(o->output)))) {
		/* several documents cannot go into one PDF, nor into a file */
		diag(NULL, 0, MSG_OUTPUT_DIR, o->output);
		return -1;
	} else {
		*outdir = o->output != NULL ? o->output : "output";
		if (!is_dir(*outdir) && mkdir(*outdir, 0777) != 0) {
			diag(NULL, 0, MSG_WRITE_FAILED, *outdir, strerror(errno));
			return -1;
		}
	}
	return 0;
}

/* Renders (or checks) what the corpus holds for the command; returns the
 * worst level of the files and documents. */
static enum diag_level
render_all(struct corpus *corpus, struct file *files, size_t nfiles, const struct template *t,
    const struct run_options *o, const char *outdir, bool single_out)
{
	enum diag_level worst = DIAG_OK;
	struct outputs written;
	struct named nm;
	size_t i, done = 0, failed = 0;

	outputs_init(&written, corpus, files, nfiles, t);
	/* names are planned for a folder only: -o FILE names the one PDF */
	memset(&nm, 0, sizeof(nm));
	if (o->cmd != RUN_CHECK && !single_out)
		named_init(&nm, corpus, files, nfiles);
	if (o->cmd == RUN_REPORT) {
		worst = run_reports(corpus, files, nfiles, t, o, outdir, single_out, &done, &failed,
		    &written, &nm);
		/* A bad input file makes the run fail, though the reports that
		 * could be made were made (and list it as left out). */
		for (i = 0; i < nfiles; i++)
			if (files[i].level > worst)
				worst = files[i].level;
	} else {
		render_each(corpus, files, nfiles, t, o, outdir, single_out, &written, &nm);
		for (i = 0; i < nfiles; i++) {
			if (files[i].doc == -2)
				continue;	/* the other kind, in a folder */
			if (files[i].level >= DIAG_ERROR)
				failed++;
			else
				done++;
			if (files[i].level > worst)
				worst = files[i].level;
		}
	}
	/* "checked" counts every file checked, the failed ones among them;
	 * "rendered" counts the PDFs written */
	if (done + failed > 1 || o->verbose)
		fprintf(stderr, diag_word("iopdoc: %zu %s, %zu failed\n", "iopdoc: %zu %s, %zu misslyckade\n"),
		    o->cmd == RUN_CHECK ? done + failed : done, o->cmd == RUN_CHECK ?
		    diag_word("checked", "kontrollerade") : diag_word("rendered", "skapade"), failed);
	named_free(&nm);
	outputs_free(&written);
	return worst;
}

/* What a run leaves behind in the libraries' global state. */
static void
run_end(void)
{
	xml_read_cleanup();
	pdf_cache_free();
}

int
run_documents(const struct run_options *o)
{
	struct template t;
	struct corpus corpus = { NULL, 0, 0 };
	struct file *files = NULL;
	size_t nfiles = 0, cap = 0, i;
	enum diag_level worst = DIAG_OK, level;
	struct diag_ctx ctx;
	const char *outdir = NULL;
	bool single_out = false;
	char *tpl;

	diag_set_strict(o->strict);
	diag_open(&ctx, NULL);
	/* A report reads the files given, its --input folders, or input/. */
	if (o->cmd == RUN_REPORT && o->nargs == 0 && o->ninputs == 0)
		collect_default(&files, &nfiles, &cap, o);
	for (i = 0; i < o->nargs; i++)
		collect(&files, &nfiles, &cap, o->args[i]);
	for (i = 0; o->cmd == RUN_REPORT && i < o->ninputs; i++)
		collect(&files, &nfiles, &cap, o->inputs[i]);
	worst = diag_close(&ctx, DIAG_PASS_ON);

	tpl = find_template(o->template, o->config_template);
	if (tpl == NULL) {
		memset(&t, 0, sizeof(t));
		worst = DIAG_SYSERR;
	} else if (template_load(tpl, &t) != 0 ||
	    choose_output(o, files, nfiles, &outdir, &single_out) != 0)
		worst = DIAG_SYSERR;
	else {
		read_and_check(&corpus, files, nfiles, o);
		level = render_all(&corpus, files, nfiles, &t, o, outdir, single_out);
		if (level > worst)
			worst = level;
	}
	free(tpl);
	template_free(&t);
	corpus_free(&corpus);
	for (i = 0; i < nfiles; i++)
		free(files[i].path);
	free(files);
	run_end();
	return diag_exit_status(worst);
}

int
run_build(struct batch_options *b, const char *template_given, const char *config_template)
{
	char *tpl = find_template(template_given, config_template);
	int rc;

	if (tpl == NULL) {
		run_end();
		return EXIT_SYSTEM;
	}
	diag_set_strict(b->strict);
	b->template = tpl;
	rc = batch_run(b);
	b->template = NULL;
	free(tpl);
	run_end();
	return rc;
}

/* The *.xml regular files of dir and its sub-folders, LIMIT_SCAN_DEPTH
 * deep, as the nightly build reads them: names beginning with a dot and
 * symbolic links passed over.  Silent: the build has named what it could
 * not read. */
static void
collect_tree(struct file **files, size_t *n, size_t *cap, const char *dir, int depth)
{
	DIR *d;
	struct dirent *e;

	if (depth > LIMIT_SCAN_DEPTH || (d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);
		struct buf b = { NULL, 0, 0 };
		struct stat st;

		if (e->d_name[0] == '.')
			continue;
		buf_printf(&b, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", e->d_name);
		if (lstat(b.data, &st) != 0)
			st.st_mode = 0;
		if (S_ISDIR(st.st_mode))
			collect_tree(files, n, cap, b.data, depth + 1);
		else if (S_ISREG(st.st_mode) && len >= 5 &&
		    strcmp(e->d_name + len - 4, ".xml") == 0) {
			xgrow((void **)files, cap, *n + 1, sizeof(**files));
			(*files)[(*n)++] = (struct file){ b.data, true, -1, DIAG_OK };
			continue;
		}
		buf_free(&b);
	}
	closedir(d);
}

int
run_due(const struct run_options *o, struct date today, int within, bool csv, bool for_build)
{
	bool quiet = for_build;

	struct corpus corpus = { NULL, 0, 0 };
	struct file *files = NULL;
	size_t nfiles = 0, cap = 0, i;
	enum diag_level worst;
	struct diag_ctx ctx, hush;
	struct buf hushed = { NULL, 0, 0 };
	struct run_options ro = *o;
	bool *usable;

	ro.cmd = RUN_CHECK;
	diag_set_strict(o->strict);
	if (quiet)
		diag_open(&hush, &hushed);
	diag_open(&ctx, NULL);
	/* as report: the files given and the --input folders, or input/ */
	for (i = 0; i < o->nargs; i++)
		collect(&files, &nfiles, &cap, o->args[i]);
	for (i = 0; i < o->ninputs; i++)
		if (for_build)
			collect_tree(&files, &nfiles, &cap, o->inputs[i], 0);
		else
			collect(&files, &nfiles, &cap, o->inputs[i]);
	if (o->nargs == 0 && o->ninputs == 0)
		collect_default(&files, &nfiles, &cap, o);
	if (for_build && nfiles > 0)
		qsort(files, nfiles, sizeof(*files), cmp_file);
	read_and_check(&corpus, files, nfiles, &ro);
	worst = diag_close(&ctx, DIAG_PASS_ON);
	for (i = 0; i < nfiles; i++)
		if (files[i].level > worst)
			worst = files[i].level;
	usable = usable_docs(&corpus, files, nfiles);
	due_list(&corpus, usable, today, within, csv, stdout);
	fflush(stdout);
	free(usable);
	if (quiet) {
		diag_close(&hush, DIAG_KEEP_APART);
		buf_free(&hushed);
	}
	corpus_free(&corpus);
	for (i = 0; i < nfiles; i++)
		free(files[i].path);
	free(files);
	run_end();
	return diag_exit_status(worst);
}
