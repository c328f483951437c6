/* The nightly build: the run and its summary.
 *
 * 1. Take the lock on the output tree and clean up what a killed run
 *    left (temporary files): batch_lock.c.
 * 2. Hash what every output depends on: the program, the template with
 *    its fonts and logo, and each input file (a file whose size and time
 *    match the manifest keeps its recorded hash, so an unchanged tree is
 *    recognised by stat alone): batch_digest.c, batch_scan.c,
 *    batch_manifest.c.
 * 3. Read and check the inputs that changed and what is checked against
 *    them, one agreement group at a time, printing messages in file
 *    order; every other file keeps its summary from the manifest:
 *    batch_plan.c, plan.c, plan_cache.c.
 * 4. Plan the outputs from the summaries (agreements, follow-ups, one
 *    report per nämnd and year), each with the inputs it depends on;
 *    compare with the manifest of the last run; an output whose inputs
 *    have errors keeps its last good PDF: batch_plan.c, plan_out.c.
 * 5. Render what changed on N worker processes.  Each job reads its own
 *    inputs again (and the follow-ups that set delmål its outcomes name),
 *    so a worker's memory does not grow with the batch; its messages come
 *    back to this process, which prints them in job order, so -j N prints
 *    what -j 1 prints.  A job that takes too long loses its worker:
 *    batch_worker.c, batch_exec.c.
 * 6. Write the manifest (atomically), list or prune outputs whose inputs
 *    are gone, and sum up (batch_log.c: the JSON log). */
#include <sys/resource.h>
#include <sys/stat.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "batch_int.h"
#include "buf.h"
#include "diag.h"
#include "fsutil.h"
#include "report_csv.h"
#include "template.h"

_Static_assert(sizeof(plan_kind_dirs) / sizeof(plan_kind_dirs[0]) == JOB__COUNT,
    "a folder for each kind of job");

/* TERM, INT or HUP (cron's kill, Ctrl-C, a closed terminal) stop a build
 * between documents: the jobs in hand finish, no new one starts, and the
 * manifest records what was done, so the next build renders the rest. */
volatile sig_atomic_t batch_stop_signal;

static void
on_stop(int sig)
{
	batch_stop_signal = sig;
}

/* TERM, INT and HUP to handler: on_stop in the build, SIG_IGN in a
 * worker, SIG_DFL once the build ends. */
void
batch_catch_stop(void (*handler)(int))
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

/* a/b, newly allocated. */
char *
batch_path_join(const char *a, const char *b)
{
	struct buf p = { NULL, 0, 0 };

	buf_printf(&p, "%s%s%s", a, a[0] != '\0' && a[strlen(a) - 1] != '/' ? "/" : "", b);
	return p.data;
}

/* Microseconds since from (CLOCK_MONOTONIC). */
long
batch_usec_since(const struct timespec *from)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)((now.tv_sec - from->tv_sec) * 1000000L + (now.tv_nsec - from->tv_nsec) / 1000);
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
	    strcmp(r->old.opts, manifest_opts(r->o)) != 0 || r->old.nfiles != r->nfiles)
		return false;
	/* no summaries (a manifest older than the logo lines): the
	 * agreements' logos are known only once their XML is read */
	if (r->old.sums == NULL && r->nfiles > 0)
		return false;
	for (i = 0; i < r->nfiles; i++) {
		const struct plan_sum *s = plan_cache_get(r->old.sums, r->files[i].path);

		if (r->files[i].changed)
			return false;
		/* warnings: the file is read again for its messages, which
		 * the log and the line of warnings give every run */
		if (s != NULL && s->level >= DIAG_WARNING)
			return false;
	}
	for (i = 0; i < r->old.nouts; i++) {
		size_t k;

		/* missing, or not as the last build wrote it */
		if (!manifest_pdf_ok(r->o->output, &r->old.outs[i]) ||
		    !manifest_csv_ok(r->o->output, &r->old.outs[i]))
			return false;
		/* an output whose inputs are gone is listed (or pruned) */
		for (k = 0; k < r->old.outs[i].ninputs; k++)
			if (scan_file(r, r->old.outs[i].inputs[k]) == NULL)
				return false;
	}
	/* a party's logo replaced, removed or unreadable */
	return batch_logos_hold(r);
}

/* What the run comes to, for the summary and the exit status. */
struct tally {
	struct timespec	 t0;		/* the run's start */
	struct diag_ctx	 own;		/* the build's own messages, not a file's or a job's */
	enum diag_level	 worst;
	size_t		 stopped;	/* to render, not reached before a stop */
	size_t		 stale, pruned;	/* outputs whose inputs are gone */
	size_t		 prune_kept;	/* gone, or made from what was not read */
	bool		 kept_for_errors;	/* an output keeps its last good PDF */
	/* of the failed outputs, those kept with no job this run: counted,
	 * but they do not decide the exit status alone (an input behind a
	 * symbolic link keeps them with a warning) */
	size_t		 kept_old;
};

/* Step 1: the output folder made and locked, the template loaded.
 * Returns EXIT_OK, or the exit status after reporting. */
static int
open_output(struct build_run *r)
{
	const struct batch_options *o = r->o;
	enum lock_result locked;
	struct stat st;

	/* the folders' own paths go into the record and the messages too */
	if (!scan_name_ok(o->input) || !scan_name_ok(o->output)) {
		bool in = !scan_name_ok(o->input);
		char *shown = scan_printable(in ? o->input : o->output);

		diag(NULL, 0, MSG_BUILD_DIR_NAME, in ? diag_word("input", "indata") :
		    diag_word("output", "utdata"), shown);
		free(shown);
		return EXIT_SYSTEM;
	}
	if (template_load(o->template, &r->t) != 0) {
		template_free(&r->t);
		return EXIT_SYSTEM;
	}
	if (mkdir(o->output, 0777) != 0 && errno != EEXIST) {
		diag(NULL, 0, MSG_WRITE_FAILED, o->output, strerror(errno));
		template_free(&r->t);
		return EXIT_SYSTEM;
	}
	if (stat(o->output, &st) != 0 || !S_ISDIR(st.st_mode)) {
		diag(NULL, 0, MSG_OUTPUT_DIR, o->output);
		template_free(&r->t);
		return EXIT_SYSTEM;
	}
	/* busy only when another build holds it; a lock that cannot be
	 * made (a read-only folder, a planted link) is the tree's fault */
	if ((locked = lock_take(o, &r->lock)) != LOCK_TAKEN) {
		template_free(&r->t);
		return locked == LOCK_BUSY ? EXIT_BUSY : EXIT_SYSTEM;
	}
	return EXIT_OK;
}

/* The JSON log of a build that decided nothing (the output tree could
 * not be used, or a signal came while the input was read): still one
 * JSON document, its summary the exit status alone. */
static void
log_early_end(const struct build_run *r, int status)
{
	if (r->o->log_format != LOG_JSON)
		return;
	printf("{\"summary\":true,\"exit\":%d}\n", status);
	log_end(r);
}

/* Steps 1 and 2: the kind folders made and swept, the workers started,
 * the manifest read, the program, the template and the input tree
 * hashed. */
static void
prepare(struct build_run *r, struct tally *t)
{
	const struct batch_options *o = r->o;
	struct diag_ctx slower;
	int i;

	batch_stop_signal = 0;
	batch_catch_stop(on_stop);
	/* a worker gone between jobs is an error of a write, not a death */
	signal(SIGPIPE, SIG_IGN);
	for (i = 0; i < JOB__COUNT && !o->dry_run; i++) {
		char *dir = batch_path_join(o->output, plan_kind_dirs[i]);

		if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
			diag(NULL, 0, MSG_WRITE_FAILED, dir, strerror(errno));
			t->worst = DIAG_SYSERR;
		}
		lock_clean_leftovers(dir);
		free(dir);
	}
	/* Fewer workers only make the build slower, and a damaged manifest
	 * only makes it render more: both are reported, neither fails it. */
	diag_open(&slower, NULL);
	if (!o->dry_run) {
		lock_clean_leftovers(o->output);
		worker_start_all(r);
	}
	manifest_read(o->output, &r->old);
	diag_close(&slower, DIAG_KEEP_APART);
	digest_env(r);
	scan_tree(r, o->input);
	scan_index(r);
	/* An input folder with nothing in it, where the last build found
	 * inputs, is a share not mounted rather than every input deleted. */
	if (r->nfiles == 0 && r->nunread == 0 && r->old.nouts > 0 && !batch_stop_signal)
		scan_not_read(r, o->input, MSG_INPUT_EMPTY, NULL);
}

/* Every input, the template, the fonts and the program as they were,
 * and every PDF in place: the jobs are the manifest's outputs, and no
 * file needs reading. */
static void
jobs_as_recorded(struct build_run *r)
{
	size_t i, k;

	for (i = 0; i < r->old.nouts; i++) {
		struct job *j = batch_plan_add_job(r, JOB_AGREEMENT, r->old.outs[i].out);
		struct plan_out in = { 0 };

		j->kind = strncmp(j->out, "reports/", 8) == 0 ? JOB_REPORT :
		    strncmp(j->out, "followups/", 10) == 0 ? JOB_FOLLOWUP : JOB_AGREEMENT;
		memcpy(j->dephash, r->old.outs[i].dephash, 65);
		memcpy(j->pdfhash, r->old.outs[i].pdfhash, 65);
		memcpy(j->csvhash, r->old.outs[i].csvhash, 65);
		for (k = 0; k < r->old.outs[i].ninputs; k++)
			plan_out_input(&in, r->old.outs[i].inputs[k], false);
		plan_out_done(&in);
		j->inputs = in.inputs;
		j->ref = in.ref;
		j->ninputs = in.ninputs;
		j->state = JOB_UNCHANGED;
		j->reason = "unchanged";
		r->old.outs[i].seen = true;
	}
	/* no file is read: none has errors or warnings (nothing_changed) */
}

/* Outputs whose input now has errors keep their last good PDF. */
static void
keep_for_errors(struct build_run *r, struct tally *t)
{
	size_t i, k;

	for (i = 0; i < r->nfiles; i++) {
		struct infile *f = &r->files[i];
		bool kept = false;

		if (f->level < DIAG_ERROR)
			continue;
		for (k = 0; k < r->old.nouts; k++) {
			struct old_out *old = &r->old.outs[k];
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
			old->kept = true;
			for (q = 0; q < r->njobs; q++)
				if (strcmp(r->jobs[q].out, old->out) == 0) {
					r->jobs[q].state = JOB_KEPT;
					old->kept = false;
				}
		}
		/* its messages named it; the summary says what is kept */
		if (kept)
			t->kept_for_errors = true;
	}
}

/* Outputs made from what the scan did not read keep their last PDF:
 * rendered without it they would lose part of their content. */
static void
keep_for_unread(struct build_run *r, struct tally *t)
{
	size_t i, k;

	for (k = 0; k < r->old.nouts; k++) {
		struct old_out *old = &r->old.outs[k];
		size_t q;

		bool made = old->seen;

		for (q = 0; q < old->ninputs && !scan_under_unread(r, old->inputs[q]); q++)
			continue;
		if (q == old->ninputs && !scan_under_unread(r, r->o->input))
			continue;
		old->seen = true;
		old->kept = true;
		for (q = 0; q < r->njobs; q++)
			if (strcmp(r->jobs[q].out, old->out) == 0) {
				r->jobs[q].state = JOB_KEPT;
				made = true;
				old->kept = false;
			}
		/* nothing read makes it: gone, or made from what was not read */
		if (!made)
			t->prune_kept++;
	}
	/* each was named when the scan met it; the summary counts them */
	r->bad_inputs += r->unread_errors;
	for (i = 0; i < r->unread_errors; i++)
		log_unread(r, r->unread[i], r->unread_msgs[i]);
}

/* Step 5, or with --dry-run what it would do. */
static void
render_or_list(struct build_run *r, struct tally *t)
{
	size_t i;

	if (r->o->dry_run) {
		for (i = 0; i < r->njobs; i++) {
			const struct job *j = &r->jobs[i];

			if (j->state == JOB_RENDER)
				printf("render %s: %s\n", j->out, j->reason);
			else if (j->state == JOB_KEPT)
				printf("keep %s: an input has errors\n", j->out);
			else if (r->o->verbose)
				printf("unchanged %s\n", j->out);
		}
	} else {
		for (i = 0; i < r->njobs && r->jobs[i].state != JOB_RENDER; i++)
			continue;
		/* Recorded before any PDF is renamed into place: a run killed
		 * from here on leaves a manifest that knows every output it may
		 * write, each with the hash of the PDF it replaces. */
		if (i < r->njobs && manifest_write(r) != 0)
			t->worst = DIAG_SYSERR;
		test_kill_point("rendering", NULL);
		exec_jobs(r);
	}
	worker_stop_all(r);
}

/* An output not rendered this run: its bytes and pages as the PDF in
 * place and the last run's record have them (0 pages: not recorded). */
static void
figures_as_recorded(const struct build_run *r, struct job *j)
{
	const struct old_out *old = manifest_out(&r->old, j->out);
	char *abs = batch_path_join(r->o->output, j->out);
	struct stat st;

	if (stat(abs, &st) == 0 && S_ISREG(st.st_mode))
		j->bytes = (long)st.st_size;
	if (old != NULL)
		j->pages = old->pages;
	free(abs);
}

/* Each output and each failed input counted and logged. */
static void
count(struct build_run *r, struct tally *t)
{
	size_t i;

	for (i = 0; i < r->njobs && !r->o->dry_run; i++) {
		struct job *j = &r->jobs[i];

		if (j->state == JOB_UNCHANGED || j->state == JOB_KEPT)
			figures_as_recorded(r, j);
		if (j->state == JOB_UNCHANGED) {
			r->unchanged++;
			log_job(r, j, "unchanged", NULL);
		} else if (j->state == JOB_RENDER && !j->done) {
			t->stopped++;
			log_job(r, j, "stopped", "not rendered: the build was stopped");
		} else if (j->state == JOB_KEPT) {
			r->failed++;
			log_job(r, j, "kept", "an input has errors: the last good PDF is kept");
		} else if (j->level >= DIAG_ERROR) {
			/* its messages (printed as it ended) name it */
			r->failed++;
			log_job(r, j, "failed", NULL);
			if (j->level > t->worst)
				t->worst = j->level;
		} else {
			r->rendered++;
			log_job(r, j, "rendered", NULL);
		}
	}
	/* outputs kept with no job this run (no valid input plans them):
	 * failed documents too, logged from their record */
	for (i = 0; i < r->old.nouts && !r->o->dry_run; i++)
		if (r->old.outs[i].kept) {
			struct job j;

			memset(&j, 0, sizeof(j));
			j.out = r->old.outs[i].out;
			j.kind = strncmp(j.out, "reports/", 8) == 0 ? JOB_REPORT :
			    strncmp(j.out, "followups/", 10) == 0 ? JOB_FOLLOWUP : JOB_AGREEMENT;
			j.inputs = r->old.outs[i].inputs;
			j.ninputs = r->old.outs[i].ninputs;
			j.reason = "";
			figures_as_recorded(r, &j);
			r->failed++;
			t->kept_old++;
			t->kept_for_errors = true;
			log_job(r, &j, "kept", "an input has errors or was not read: the last good PDF is kept");
		}
	for (i = 0; i < r->nfiles; i++) {
		if (r->files[i].level > t->worst)
			t->worst = r->files[i].level;
		if (r->files[i].level >= DIAG_ERROR && !r->o->dry_run)
			r->bad_inputs++;
		/* with errors or warnings: the log says so every run */
		if (r->files[i].level >= DIAG_WARNING && !r->o->dry_run)
			log_input(r, &r->files[i]);
	}
}

/* Outputs whose inputs are gone: listed, or with --prune removed. */
static void
prune(struct build_run *r, struct tally *t)
{
	const struct batch_options *o = r->o;
	size_t i;

	for (i = 0; i < r->old.nouts; i++) {
		struct old_out *old = &r->old.outs[i];
		char *abs;

		if (old->seen)
			continue;
		t->stale++;
		abs = batch_path_join(o->output, old->out);
		if (o->prune && !o->dry_run) {
			if (unlink(abs) == 0 || errno == ENOENT) {
				/* a report's CSV goes with its PDF */
				if (manifest_has_csv(old->out)) {
					char *csv = report_csv_path(abs);

					unlink(csv);
					free(csv);
				}
				old->pruned = true;
				t->pruned++;
				if (!o->quiet)
					fprintf(stderr, diag_word("iopdoc: removed %s: no input makes it any more\n",
					    "iopdoc: tog bort %s: ingen indatafil ger den längre\n"), abs);
			}
		} else if (!o->quiet)
			fprintf(stderr, diag_word("iopdoc: %s: no input makes it any more (--prune removes it)\n",
			    "iopdoc: %s: ingen indatafil ger den längre (--prune tar bort den)\n"), abs);
		free(abs);
	}
}

#define WARNED_SHOWN	10	/* files named in the line of warnings */

/* The input files that still carry warnings whose messages this run did
 * not print (not changed, or --quiet), named in one line on every run
 * until they are mended: so --quiet, and a build that reads only what
 * changed, hide no warning for ever (issue 15). */
static void
warned_line(const struct build_run *r)
{
	size_t i, n = 0;
	struct buf b = { NULL, 0, 0 };

	for (i = 0; i < r->nfiles; i++) {
		const struct infile *f = &r->files[i];
		char *shown;

		if (f->level != DIAG_WARNING || f->shown)
			continue;
		if (n++ >= WARNED_SHOWN)
			continue;
		shown = scan_printable(f->path);
		buf_printf(&b, "%s%s", n > 1 ? ", " : "", shown);
		free(shown);
	}
	if (n == 0)
		return;
	if (n > WARNED_SHOWN)
		buf_printf(&b, diag_word(" and %zu more", " och %zu till"), n - WARNED_SHOWN);
	if (diag_swedish())
		fprintf(stderr, "iopdoc build: %zu indatafil%s har fortfarande varningar "
		    "(iopdoc check visar dem): %s\n", n, n == 1 ? "" : "er", b.data);
	else
		fprintf(stderr, "iopdoc build: %zu input file%s still %s warnings "
		    "(iopdoc check shows them): %s\n", n, n == 1 ? "" : "s", n == 1 ? "has" : "have",
		    b.data);
	buf_free(&b);
}

/* The summary (the JSON log's last element with --log-format=json; a
 * line on stderr) and the exit status.  The line is printed on a
 * terminal, with --verbose, and when the run did or found something:
 * rendered, failed, stopped, removed; a run that found the tree as it
 * was prints nothing (cron mails whatever a job prints).  --quiet keeps
 * it for failures.  Each problem was named by its own message: the line
 * only counts, documents and input files apart. */
static int
summary(struct build_run *r, struct tally *t)
{
	const struct batch_options *o = r->o;
	struct rusage self, kids;
	size_t docs = r->rendered + r->unchanged + r->failed + t->stopped;
	bool failing = r->failed > t->kept_old || r->bad_inputs > 0 || t->stopped > 0;
	bool did = r->rendered > 0 || t->pruned > 0;
	int status;

	getrusage(RUSAGE_SELF, &self);
	getrusage(RUSAGE_CHILDREN, &kids);
	status = diag_exit_status(t->worst);
	if ((r->failed > t->kept_old || r->bad_inputs > 0) && status == EXIT_OK)
		status = EXIT_INPUT;
	if (batch_stop_signal && !o->dry_run)
		status = EXIT_STOPPED;
	if (o->log_format == LOG_JSON) {
		struct buf b = { NULL, 0, 0 };

		buf_printf(&b, "{\"summary\":true,\"documents\":%zu,\"rendered\":%zu,\"unchanged\":%zu,"
		    "\"failed\":%zu,\"not_rendered\":%zu,\"inputs_with_errors\":%zu,\"stale\":%zu,"
		    "\"pruned\":%zu,\"seconds\":%.3f,\"peak_rss_kb\":%ld,\"worker_peak_rss_kb\":%ld,"
		    "\"jobs\":%d,\"exit\":%d}", docs, r->rendered, r->unchanged, r->failed, t->stopped, r->bad_inputs,
		    t->stale, t->pruned, (double)batch_usec_since(&t->t0) / 1e6, self.ru_maxrss,
		    kids.ru_maxrss, o->jobs, status);
		log_element(&b);
		fputs(b.data, stdout);
		buf_free(&b);
		log_end(r);
	}
	if (!o->dry_run && (o->verbose || failing || (!o->quiet && (did || isatty(STDERR_FILENO))))) {
		/* the counts are what cron mails every night: in the
		 * language of the messages */
		bool sv = diag_swedish();

		fprintf(stderr, sv ? "iopdoc build: %zu skapade, %zu oförändrade, %zu misslyckade" :
		    "iopdoc build: %zu rendered, %zu unchanged, %zu failed", r->rendered,
		    r->unchanged, r->failed);
		if (t->stopped > 0)
			fprintf(stderr, sv ? ", %zu inte skapade" : ", %zu not rendered", t->stopped);
		if (sv)
			fprintf(stderr, " (av %zu dokument)", docs);
		else
			fprintf(stderr, " (of %zu document%s)", docs, docs == 1 ? "" : "s");
		if (t->kept_for_errors)
			fputs(sv ? ", den senaste felfria PDF:en behålls där en indatafil har fel" :
			    ", the last good PDF kept where an input has errors", stderr);
		if (r->bad_inputs > 0 && sv)
			fprintf(stderr, "; %zu indatafil%s med fel", r->bad_inputs,
			    r->bad_inputs == 1 ? "" : "er");
		else if (r->bad_inputs > 0)
			fprintf(stderr, "; %zu input file%s with errors", r->bad_inputs,
			    r->bad_inputs == 1 ? "" : "s");
		if (o->verbose)
			fprintf(stderr, sv ? " (%.2f s, högsta minne %ld KB, arbetsprocesser %ld KB)" :
			    " (%.2f s, peak memory %ld KB, workers %ld KB)",
			    (double)batch_usec_since(&t->t0) / 1e6, self.ru_maxrss, kids.ru_maxrss);
		fputc('\n', stderr);
	}
	if (!o->dry_run)
		warned_line(r);
	if (batch_stop_signal && !o->dry_run) {
		char n[32];

		snprintf(n, sizeof(n), "%zu", t->stopped);
		diag(NULL, 0, MSG_STOPPED, signal_name(batch_stop_signal), n);
	}
	return status;
}

/* Steps 4 to 6 once the jobs are planned; returns the exit status. */
static int
finish(struct build_run *r, struct tally *t)
{
	keep_for_errors(r, t);
	keep_for_unread(r, t);
	render_or_list(r, t);
	count(r, t);
	prune(r, t);
	test_kill_point("recording", NULL);
	if (r->o->prune && t->prune_kept > 0)
		diag(NULL, 0, MSG_PRUNE_REFUSED, t->prune_kept);
	if (t->own.worst > t->worst)
		t->worst = t->own.worst;
	if (!r->o->dry_run && manifest_write(r) != 0)
		t->worst = DIAG_SYSERR;
	return summary(r, t);
}

static void
run_free(struct build_run *r)
{
	size_t i, k;

	for (i = 0; i < r->nunread; i++) {
		free(r->unread[i]);
		free(r->unread_msgs[i]);
	}
	free(r->unread);
	free(r->unread_msgs);
	for (i = 0; i < r->njobs; i++) {
		for (k = 0; k < r->jobs[i].ninputs; k++)
			free(r->jobs[i].inputs[k]);
		free(r->jobs[i].inputs);
		free(r->jobs[i].hashes);
		free(r->jobs[i].ref);
		free(r->jobs[i].out);
		free(r->jobs[i].namnd);
		free(r->jobs[i].messages);
	}
	free(r->jobs);
	batch_logos_free(r);
	for (i = 0; i < r->nfiles; i++) {
		free(r->files[i].path);
		buf_free(&r->files[i].messages);
		if (r->files[i].pf != NULL)
			plan_file_free(r->files[i].pf);
		free(r->files[i].pf);
	}
	free(r->files);
	free(r->by_path);
	manifest_free(&r->old);
	template_free(&r->t);
	if (r->lock != -1)
		close(r->lock);
}

int
batch_run(const struct batch_options *o)
{
	struct build_run r;
	struct tally t;
	bool unchanged_tree;
	int status;

	memset(&t, 0, sizeof(t));
	clock_gettime(CLOCK_MONOTONIC, &t.t0);
	memset(&r, 0, sizeof(r));
	r.o = o;
	r.lock = -1;
	r.progress = isatty(STDERR_FILENO) && !o->quiet && !o->verbose && o->log_format == LOG_TEXT;
	diag_open(&t.own, NULL);
	log_begin(&r);
	if ((status = open_output(&r)) != EXIT_OK) {
		log_early_end(&r, status);
		diag_close(&t.own, DIAG_PASS_ON);
		return status;
	}
	prepare(&r, &t);
	unchanged_tree = !batch_stop_signal && nothing_changed(&r);
	if (!batch_stop_signal && !unchanged_tree)
		batch_plan_read_and_check(&r);
	if (batch_stop_signal) {
		/* TERM during the scan or the reading: nothing decided yet */
		worker_stop_all(&r);
		diag(NULL, 0, MSG_STOPPED_EARLY, signal_name(batch_stop_signal));
		status = EXIT_STOPPED;
		log_early_end(&r, status);
	} else {
		if (unchanged_tree)
			jobs_as_recorded(&r);
		else {
			batch_logos_collect(&r);
			batch_plan_outputs(&r);
			batch_plan_decide(&r);
		}
		status = finish(&r, &t);
	}
	batch_catch_stop(SIG_DFL);
	run_free(&r);
	diag_close(&t.own, DIAG_PASS_ON);
	return status;
}
