/* The nightly build's rendering: the jobs to render handed to the workers
 * one at a time, heaviest first, a job that takes too long killed, a
 * worker that dies replaced, and the messages printed in job order, so
 * that -j N prints what -j 1 prints. */
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "batch_int.h"
#include "buf.h"
#include "diag.h"
#include "limit.h"
#include "mem.h"

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

/* The state of the jobs being handed out. */
struct exec {
	long		*order;		/* the jobs to render, heaviest first */
	size_t		 total, next;	/* of order; next: the next to hand out */
	size_t		 left;		/* not yet ended (rendered, failed, given up) */
	size_t		 done;		/* ended, for the progress line */
	size_t		 next_msg;	/* the first job whose messages wait */
	bool		 stop_seen;
	struct timespec	 stopped_at;
	long		 timeout;	/* seconds a job may take */
};

/* The jobs to render, heaviest first; their number in e->total. */
static void
exec_order(struct build_run *r, struct exec *e)
{
	size_t i, k;

	for (i = 0; i < r->njobs; i++)
		e->total += r->jobs[i].state == JOB_RENDER;
	e->order = xcalloc(e->total + 1, sizeof(*e->order));
	for (i = 0, k = 0; i < r->njobs; i++)
		if (r->jobs[i].state == JOB_RENDER)
			e->order[k++] = (long)i;
	sort_run = r;
	if (e->total > 1)
		qsort(e->order, e->total, sizeof(*e->order), cmp_cost);
}

/* A job to each idle worker, a dead worker replaced first. */
static void
hand_out(struct build_run *r, struct exec *e)
{
	struct worker *w = r->workers;
	int k;

	for (k = 0; k < r->nworkers; k++) {
		if (w[k].pid <= 0 && e->next < e->total && !batch_stop_signal && worker_spawn(r, k) != 0) {
			struct diag_ctx slower;

			/* said, but it does not fail the build (--strict
			 * neither): the build is slower, not wrong */
			diag_open(&slower, NULL);
			diag(NULL, 0, MSG_WORKER, strerror(errno));
			diag_close(&slower, DIAG_KEEP_APART);
		}
		if (w[k].pid > 0 && w[k].job < 0 && e->next < e->total && !batch_stop_signal) {
			w[k].job = e->order[e->next++];
			clock_gettime(CLOCK_MONOTONIC, &w[k].started);
			if (worker_send(&w[k], &r->jobs[w[k].job], w[k].job) != 0) {
				/* it died idle: the job goes to its successor */
				char why[96];

				worker_end(&w[k], false, why, sizeof(why));
				e->next--;
			}
		}
	}
}

/* The pipes of the busy workers, and how long to wait for them: until
 * the first of their jobs times out, or the grace after a stop ends.
 * Returns the number of busy workers. */
static int
poll_set(const struct build_run *r, const struct exec *e, struct pollfd *p, int *wait_ms)
{
	const struct worker *w = r->workers;
	int k, busy = 0;

	*wait_ms = -1;
	for (k = 0; k < r->nworkers; k++) {
		int left;

		p[k].fd = w[k].job >= 0 ? w[k].from : -1;
		p[k].events = POLLIN;
		if (w[k].job < 0)
			continue;
		busy++;
		left = ms_left(&w[k].started, e->timeout);
		if (e->stop_seen && ms_left(&e->stopped_at, STOP_GRACE_SECONDS) < left)
			left = ms_left(&e->stopped_at, STOP_GRACE_SECONDS);
		if (*wait_ms < 0 || left < *wait_ms)
			*wait_ms = left;
	}
	return busy;
}

/* A job lost with its worker fails with the message in m. */
static void
lost(struct job *j, struct buf *m)
{
	j->level = DIAG_SYSERR;
	j->messages = m->data;
	j->done = true;
}

/* What poll() found: each busy worker's result, its death, or its job
 * past the time allowed (or past the grace after a stop). */
static void
collect(struct build_run *r, struct exec *e, const struct pollfd *p)
{
	struct worker *w = r->workers;
	int k;

	for (k = 0; k < r->nworkers; k++) {
		struct job *j;
		struct buf m = { NULL, 0, 0 };
		struct diag_ctx ctx;
		char why[96];

		if (w[k].job < 0)
			continue;
		j = &r->jobs[w[k].job];
		if (!(p[k].revents & (POLLIN | POLLHUP | POLLERR))) {
			if (e->stop_seen && ms_left(&e->stopped_at, STOP_GRACE_SECONDS) == 0) {
				/* stopped, and the job in hand does not end:
				 * it is not rendered this time */
				worker_end(&w[k], true, why, sizeof(why));
				e->left--;
			} else if (ms_left(&w[k].started, e->timeout) == 0) {
				worker_end(&w[k], true, why, sizeof(why));
				/* the job's message: its level is the job's */
				diag_open(&ctx, &m);
				diag(NULL, 0, MSG_JOB_TIMEOUT, j->out, (int)e->timeout);
				diag_close(&ctx, DIAG_KEEP_APART);
				lost(j, &m);
				e->left--;
				e->done++;
				log_progress(r, e->done, e->total, j->out);
			}
			continue;
		}
		if (worker_receive(&w[k], j) != 0) {
			/* the worker died: its job failed */
			worker_end(&w[k], false, why, sizeof(why));
			diag_open(&ctx, &m);
			diag(NULL, 0, MSG_WORKER_DIED, j->out, why);
			diag_close(&ctx, DIAG_KEEP_APART);
			lost(j, &m);
		}
		e->left--;
		e->done++;
		log_progress(r, e->done, e->total, j->out);
	}
}

/* Hand out jobs one at a time: a worker that finishes gets the next;
 * one that died, or took too long and was killed, is replaced. */
static void
run_workers(struct build_run *r, struct exec *e)
{
	e->left = e->total;
	while (e->left > 0 && r->nworkers > 0) {
		struct pollfd *p;
		int busy, wait_ms;

		if (batch_stop_signal && !e->stop_seen) {
			/* hand out nothing more; wait a while for the jobs in hand */
			e->stop_seen = true;
			clock_gettime(CLOCK_MONOTONIC, &e->stopped_at);
			e->left -= e->total - e->next;
			e->next = e->total;
			if (e->left == 0)
				break;
		}
		hand_out(r, e);
		p = xcalloc((size_t)r->nworkers, sizeof(*p));
		busy = poll_set(r, e, p, &wait_ms);
		if (busy == 0 || poll(p, (nfds_t)r->nworkers, wait_ms) < 0) {
			free(p);
			if (busy == 0 || errno != EINTR)
				break;
			continue;
		}
		collect(r, e, p);
		free(p);
		flush_messages(r, &e->next_msg, false);
	}
}

/* Renders the jobs to render on the workers (what none could take, here)
 * and prints their messages in job order. */
void
exec_jobs(struct build_run *r)
{
	struct exec e;
	size_t i;

	memset(&e, 0, sizeof(e));
	e.timeout = r->o->job_timeout > 0 ? r->o->job_timeout : LIMIT_JOB_SECONDS;
	exec_order(r, &e);
	if (e.total == 0) {
		flush_messages(r, &e.next_msg, true);
		free(e.order);
		return;
	}
	run_workers(r, &e);
	worker_stop_all(r);
	/* No worker could be started: what is left is rendered here. */
	for (i = 0; i < e.total && !batch_stop_signal; i++) {
		struct job *j = &r->jobs[e.order[i]];

		if (j->done)
			continue;
		log_progress(r, e.done, e.total, j->out);
		worker_do_job(r, j, j);
		e.done++;
		flush_messages(r, &e.next_msg, false);
	}
	free(e.order);
	if (r->progress)
		fputs("\r\033[K", stderr);
	flush_messages(r, &e.next_msg, true);
}
