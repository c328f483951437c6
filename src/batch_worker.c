/* The nightly build's worker processes: started, fed jobs through a pipe,
 * their results read back, and ended; and doing one job (in a worker, or
 * in the build itself when no worker could be started). */
#include <sys/prctl.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "batch_int.h"
#include "buf.h"
#include "build.h"
#include "corpus.h"
#include "diag.h"
#include "doc.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "render.h"
#include "report_csv.h"
#include "validate.h"

/* Does job j: reads its inputs again, checks them only to link them (the
 * plan printed their messages), and renders; the outcome goes into
 * result, which may be j. */
void
worker_do_job(const struct build_run *r, const struct job *j, struct job *result)
{
	struct corpus c = { NULL, 0, 0 };
	struct buf discard = { NULL, 0, 0 }, msgs = { NULL, 0, 0 }, csv = { NULL, 0, 0 };
	struct timespec t0;
	bool *usable, *ref;
	size_t i, pages = 0, bytes = 0;
	char *out = batch_path_join(r->o->output, j->out);
	struct doc *doc = NULL;
	struct diag_ctx ctx;
	enum diag_level level, checked, ran;
	const char *changed = NULL;

	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* The checks ran before: here they only tell what is usable, so
	 * their messages are not printed twice, nor counted again (the plan
	 * counted them). */
	diag_open(&ctx, &discard);
	ref = xcalloc(j->ninputs + 1, sizeof(bool));
	for (i = 0; i < j->ninputs; i++) {
		char got[65] = "";
		long got_doc = corpus_add_seen(&c, j->inputs[i], digest_parsed, got);

		if (got_doc >= 0 && j->ref != NULL && j->ref[i])
			ref[got_doc] = true;
		/* what was checked and planned must be what is rendered */
		if (j->hashes != NULL && j->hashes[i] != NULL && j->hashes[i][0] != '\0' &&
		    got[0] != '\0' && strcmp(got, j->hashes[i]) != 0 && changed == NULL)
			changed = j->inputs[i];
	}
	corpus_link(&c);
	usable = xcalloc(c.n + 1, sizeof(bool));
	/* only an agreement's own PDF prints its parties' logos: a report or
	 * follow-up is made from it without their checks */
	for (i = 0; i < c.n; i++)
		if (c.docs[i].type == INPUT_AGREEMENT)
			usable[i] = (j->kind == JOB_AGREEMENT ? validate_agreement(c.docs[i].agreement) :
			    validate_agreement_for_reports(c.docs[i].agreement)) == 0;
	/* a reference is there to be found, neither checked nor reported on */
	for (i = 0; i < c.n; i++)
		if (c.docs[i].type == INPUT_FOLLOWUP && !ref[i])
			usable[i] = validate_followup(c.docs[i].followup, &c) == 0;
	/* a report file against the report's agreements (the plan read
	 * it alone); one with errors is left out, with a warning below */
	for (i = 0; i < c.n; i++)
		if (c.docs[i].type == INPUT_REPORT)
			usable[i] = validate_report(&c, i, usable) == 0;
	checked = diag_close(&ctx, DIAG_KEEP_APART);
	/* The job's own messages: its level goes back in its result. */
	diag_open(&ctx, &msgs);
	level = DIAG_OK;
	if (changed != NULL) {
		diag(changed, 0, MSG_INPUT_CHANGED);
		level = DIAG_ERROR;
	} else if (checked >= DIAG_ERROR || c.n < j->ninputs) {
		/* an input changed under us and is now wrong */
		buf_adds(&msgs, discard.data != NULL ? discard.data : "");
		level = checked;
	} else if (j->kind == JOB_REPORT) {
		struct report_input ri;
		bool *same;

		memset(&ri, 0, sizeof(ri));
		ri.corpus = &c;
		ri.usable = usable;
		ri.namnd = j->namnd;
		ri.year = j->year;
		ri.info = report_file_for(&c, usable, j->namnd, j->year, false);
		/* two copies of one agreement in the report: said here, in
		 * the report's messages, as check and report say it */
		same = xcalloc(c.n + 1, sizeof(bool));
		for (i = 0; i < c.n; i++)
			same[i] = usable[i] && c.docs[i].type == INPUT_AGREEMENT &&
			    report_has_agreement(c.docs[i].agreement, j->namnd, j->year);
		for (i = 0; i < c.n; i++)
			if (same[i])
				validate_same_agreement(&c, i, same);
		free(same);
		/* the checks above went unsaid; what the report file's date
		 * says of its sources is said here, where the report is made */
		if (ri.info != NULL)
			validate_report_sources(&c, usable, ri.info);
		ri.csv = &csv;
		if ((doc = build_report(&ri, &r->t)) != NULL) {
			/* its CSV beside it once the PDF is written; a failed
			 * write fails the job as the PDF's does */
			if (render_doc(doc, &r->t, out, &pages, &bytes) < DIAG_ERROR)
				report_csv_write(out, &csv);
			arena_free(doc->arena);
		}
	} else {
		const struct input *in = &c.docs[0];

		doc = in->type == INPUT_AGREEMENT ? build_agreement(in->agreement, &r->t) :
		    build_followup(in->followup, &r->t);
		render_doc(doc, &r->t, out, &pages, &bytes);
	}
	ran = diag_close(&ctx, DIAG_KEEP_APART);
	result->level = ran > level ? ran : level;
	if (c.n < j->ninputs && result->level < DIAG_ERROR)
		result->level = DIAG_ERROR;
	/* what the manifest records of it: a PDF not as recorded is made again */
	if (result->level < DIAG_ERROR && digest_pdf(out, result->pdfhash) != 0)
		memcpy(result->pdfhash, manifest_unknown_hash, 65);
	if (result->level < DIAG_ERROR && j->kind == JOB_REPORT) {
		char *cp = report_csv_path(out);

		if (digest_pdf(cp, result->csvhash) != 0)
			memcpy(result->csvhash, manifest_unknown_hash, 65);
		free(cp);
	}
	result->pages = (long)pages;
	result->bytes = (long)bytes;
	result->usec = batch_usec_since(&t0);
	result->messages = msgs.data != NULL ? msgs.data : xstrdup("");
	result->done = true;
	buf_free(&discard);
	buf_free(&csv);
	free(usable);
	free(ref);
	free(out);
	corpus_free(&c);
}

/* A result on the wire: this head, then the messages. */
struct result_head {
	long	index, level, pages, bytes, usec;
	size_t	msglen;
	char	pdfhash[65];
	char	csvhash[65];	/* a report's CSV's, "" for other outputs */
};

/* All n bytes through a pipe, written (out) or read, across
 * interruptions: 0, or -1 when the pipe breaks or ends. */
static int
pipe_all(int fd, char *c, size_t n, bool out)
{
	while (n > 0) {
		ssize_t k = out ? write(fd, c, n) : read(fd, c, n);

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
write_all(int fd, const void *p, size_t n)
{
	return pipe_all(fd, (char *)(uintptr_t)p, n, true);
}

static int
read_all(int fd, void *p, size_t n)
{
	return pipe_all(fd, p, n, false);
}

/* A job on the wire: its index, kind and year, then "out\0namnd\0" and
 * its inputs, each NUL-terminated. */
struct job_head {
	long	index;
	int	kind, year;
	size_t	ninputs, len;
};

/* Job j, number index, to worker w: 0, or -1 when its pipe is gone. */
int
worker_send(const struct worker *w, const struct job *j, long index)
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

/* The next job from the build into *j, its strings in *data (the caller
 * frees both): 1, 0 when the pipe is closed, -1 when it is cut short. */
static int
receive_job(int in, long *index, struct job *j, char **data)
{
	struct job_head jh;
	char *p;
	size_t i;

	if (read_all(in, &jh, sizeof(jh)) != 0)
		return 0;
	*data = xmalloc(jh.len + 1);
	if (read_all(in, *data, jh.len) != 0) {
		free(*data);
		return -1;
	}
	*index = jh.index;
	memset(j, 0, sizeof(*j));
	j->kind = (enum job_kind)jh.kind;
	j->year = jh.year;
	j->out = *data;
	j->namnd = *data + strlen(*data) + 1;
	j->inputs = xcalloc(jh.ninputs + 1, sizeof(char *));
	j->hashes = xcalloc(jh.ninputs + 1, sizeof(char *));
	j->ref = xcalloc(jh.ninputs + 1, sizeof(bool));
	for (i = 0, p = j->namnd + strlen(j->namnd) + 1; i < jh.ninputs; i++) {
		j->inputs[i] = p;
		p += strlen(p) + 1;
		j->hashes[i] = p;
		p += strlen(p) + 1;
		j->ref[i] = *p == 'r';
		p += strlen(p) + 1;
	}
	j->ninputs = jh.ninputs;
	return 1;
}

/* A job's outcome back to the build: 0, or -1 when the pipe is gone. */
static int
send_result(int out, long index, const struct job *res)
{
	struct result_head h;

	memset(&h, 0, sizeof(h));
	h.index = index;
	h.level = res->level;
	h.pages = res->pages;
	h.bytes = res->bytes;
	h.usec = res->usec;
	h.msglen = strlen(res->messages);
	memcpy(h.pdfhash, res->pdfhash, sizeof(h.pdfhash));
	memcpy(h.csvhash, res->csvhash, sizeof(h.csvhash));
	return write_all(out, &h, sizeof(h)) == 0 && write_all(out, res->messages, h.msglen) == 0 ? 0 : -1;
}

/* A worker's life: jobs in, results out, until the build closes its
 * pipe.  Returns the worker's exit status. */
static int
worker_loop(const struct build_run *r, int in, int out)
{
	struct job j, res;
	char *data;
	long index;
	int got, rc;

	while ((got = receive_job(in, &index, &j, &data)) > 0) {
		memset(&res, 0, sizeof(res));
		worker_do_job(r, &j, &res);
		rc = send_result(out, index, &res);
		free(res.messages);
		free(j.inputs);
		free(j.hashes);
		free(j.ref);
		free(data);
		if (rc != 0)
			return EXIT_SYSTEM;
	}
	return got == 0 ? 0 : EXIT_SYSTEM;
}

/* The result of the job worker w works on, into j; -1 when the worker
 * died (j is then not done). */
int
worker_receive(struct worker *w, struct job *j)
{
	struct result_head h;

	if (read_all(w->from, &h, sizeof(h)) != 0 || h.index != w->job)
		return -1;
	j->messages = xmalloc(h.msglen + 1);
	if (read_all(w->from, j->messages, h.msglen) != 0)
		h.msglen = 0;
	j->messages[h.msglen] = '\0';
	j->level = h.level;
	memcpy(j->pdfhash, h.pdfhash, sizeof(j->pdfhash));
	j->pdfhash[64] = '\0';
	memcpy(j->csvhash, h.csvhash, sizeof(j->csvhash));
	j->csvhash[64] = '\0';
	j->pages = h.pages;
	j->bytes = h.bytes;
	j->usec = h.usec;
	j->done = true;
	w->job = -1;
	return 0;
}

/* Starts worker k.  The first are forked while this process is still
 * small; one that replaces a dead or killed worker shares the tree's
 * pages with this process until it writes them. */
int
worker_spawn(struct build_run *r, int k)
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
		batch_catch_stop(SIG_IGN);
		close(a[1]);
		close(b[0]);
		for (q = 0; q < r->nworkers; q++)
			if (q != k && r->workers[q].to >= 0) {
				close(r->workers[q].to);
				close(r->workers[q].from);
			}
		_exit(worker_loop(r, a[0], b[1]));
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

/* The --jobs workers; fewer, and said, when a fork fails. */
void
worker_start_all(struct build_run *r)
{
	int k, n = r->o->jobs;

	if (n < 1)
		return;
	r->workers = xcalloc((size_t)n, sizeof(*r->workers));
	for (k = 0; k < n; k++)
		r->workers[k].to = r->workers[k].from = -1;
	for (k = 0; k < n; k++) {
		if (worker_spawn(r, k) != 0) {
			diag(NULL, 0, MSG_WORKER, strerror(errno));
			break;
		}
		r->nworkers++;
	}
}

/* A worker that died, or was killed for taking too long: reaped, and
 * why, for the message. */
void
worker_end(struct worker *w, bool kill_it, char *why, size_t size)
{
	int st = 0;

	snprintf(why, size, "%s", diag_word("it closed its pipe", "den stängde sin pipe"));
	if (kill_it)
		kill(w->pid, SIGKILL);
	if (w->pid > 0 && waitpid(w->pid, &st, 0) == w->pid) {
		if (WIFSIGNALED(st))
			snprintf(why, size, "signal %d, %s", WTERMSIG(st), strsignal(WTERMSIG(st)));
		else if (WIFEXITED(st))
			snprintf(why, size, diag_word("exit status %d", "slutstatus %d"), WEXITSTATUS(st));
	}
	w->pid = -1;
	close(w->to);
	close(w->from);
	w->to = w->from = -1;
	w->job = -1;
}

/* Closing its pipe ends a worker; then wait for it. */
void
worker_stop_all(struct build_run *r)
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
