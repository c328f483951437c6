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

void
exec_jobs(struct build_run *r)
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

		if (batch_stop_signal && !stop_seen) {
			/* hand out nothing more; wait a while for the jobs in hand */
			stop_seen = true;
			clock_gettime(CLOCK_MONOTONIC, &stopped_at);
			njobs_left -= total - next;
			next = total;
			if (njobs_left == 0)
				break;
		}
		for (k = 0; k < nw; k++) {
			if (w[k].pid <= 0 && next < total && !batch_stop_signal && worker_spawn(r, k) != 0)
				diag(NULL, 0, MSG_WORKER, strerror(errno));
			if (w[k].pid > 0 && w[k].job < 0 && next < total && !batch_stop_signal) {
				w[k].job = order[next++];
				clock_gettime(CLOCK_MONOTONIC, &w[k].started);
				if (worker_send(&w[k], &r->jobs[w[k].job], w[k].job) != 0) {
					/* it died idle: the job goes to its successor */
					char why[96];

					worker_end(&w[k], false, why, sizeof(why));
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
					worker_end(&w[k], true, why, sizeof(why));
					njobs_left--;
				} else if (ms_left(&w[k].started, timeout) == 0) {
					worker_end(&w[k], true, why, sizeof(why));
					diag_capture(&m);
					diag(NULL, 0, MSG_JOB_TIMEOUT, j->out, (int)timeout);
					diag_capture(NULL);
					j->level = DIAG_SYSERR;
					j->messages = m.data;
					j->done = true;
					njobs_left--;
					done++;
					log_progress(r, done, total, j->out);
				}
				continue;
			}
			if (worker_receive(&w[k], j) != 0) {
				/* the worker died: its job failed */
				worker_end(&w[k], false, why, sizeof(why));
				diag_capture(&m);
				diag(NULL, 0, MSG_WORKER_DIED, j->out, why);
				diag_capture(NULL);
				j->level = DIAG_SYSERR;
				j->messages = m.data;
				j->done = true;
			}
			njobs_left--;
			done++;
			log_progress(r, done, total, j->out);
		}
		free(p);
		flush_messages(r, &next_msg, false);
	}
	worker_stop_all(r);
	/* No worker could be started: what is left is rendered here. */
	for (i = 0; i < total && !batch_stop_signal; i++) {
		struct job *j = &r->jobs[order[i]];

		if (j->done)
			continue;
		log_progress(r, done, total, j->out);
		worker_do_job(r, j, j);
		done++;
		flush_messages(r, &next_msg, false);
	}
	free(order);
	if (r->progress)
		fputs("\r\033[K", stderr);
	flush_messages(r, &next_msg, true);
}
