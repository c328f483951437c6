/* The nightly build's plan: the inputs that changed read and checked
 * again, with what is checked against them, one agreement group at a time
 * (plan.c; every other file keeps its summary from the manifest), their
 * messages printed in file order; the outputs planned from the files'
 * routing summaries (plan_out.c: agreements, follow-ups, one report per
 * nämnd and year), each with the inputs it depends on, and compared with
 * the manifest to decide what to render.  Its functions are named
 * batch_plan_, apart from plan.h's plan_. */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch_int.h"
#include "buf.h"
#include "diag.h"
#include "hash.h"
#include "mem.h"
#include "plan.h"

/* Whether the last run's summaries can stand for the files not changed:
 * the same program and options, an undamaged record with a summary of
 * every file.  --verbose shows every file's messages: all are read. */
static bool
summaries_hold(const struct build_run *r)
{
	size_t i;

	if (r->old.sums == NULL || r->o->verbose || strcmp(r->old.prog, r->prog) != 0 ||
	    strcmp(r->old.opts, manifest_opts(r->o)) != 0 || manifest_damaged(&r->old))
		return false;
	for (i = 0; i < r->old.nfiles; i++)
		if (plan_cache_get(r->old.sums, r->old.files[i].path) == NULL)
			return false;
	return true;
}

/* Reads and checks what changed (plan_update), and prints messages as a
 * check of the whole tree would. */
void
batch_plan_read_and_check(struct build_run *r)
{
	struct plan_file **pf = xcalloc(r->nfiles + 1, sizeof(*pf));
	char **gone = xcalloc(r->old.nfiles + 1, sizeof(*gone));
	size_t i, ngone = 0;
	int rc;

	for (i = 0; i < r->old.nfiles; i++)
		if (scan_file(r, r->old.files[i].path) == NULL)
			gone[ngone++] = r->old.files[i].path;
	for (i = 0; i < r->nfiles; i++) {
		pf[i] = r->files[i].pf = xcalloc(1, sizeof(*pf[i]));
		pf[i]->path = r->files[i].path;
		pf[i]->changed = r->files[i].changed;
	}
	rc = plan_update(pf, r->nfiles, r->old.sums, !summaries_hold(r), gone, ngone,
	    &batch_stop_signal);
	free(gone);
	/* every file has its summary now: the last run's are not needed */
	plan_cache_free(r->old.sums);
	r->old.sums = NULL;
	/* stopped while reading: nothing is decided */
	if (rc != 0) {
		free(pf);
		return;
	}
	for (i = 0; i < r->nfiles; i++) {
		struct infile *f = &r->files[i];

		f->level = f->pf->sum.level;
		if (!f->pf->fresh)
			continue;
		plan_messages((const struct plan_file *const *)pf, r->nfiles, i, &f->messages);
		/* the hash of what is checked: the file may have changed since
		 * it was hashed (or its recorded hash taken) */
		if (f->pf->parsed[0] != '\0' && strcmp(f->pf->parsed, f->hash) != 0) {
			const struct infile *known = manifest_file(&r->old, f->path);

			memcpy(f->hash, f->pf->parsed, 65);
			f->changed = known == NULL || strcmp(known->hash, f->hash) != 0;
		}
	}
	for (i = 0; i < r->nfiles; i++) {
		buf_free(&pf[i]->msgs);
		buf_free(&pf[i]->own);
	}
	free(pf);
	/* In file order, whatever the number of workers: the files that
	 * changed since the last run, and every file with errors (each night,
	 * until it is mended); --verbose: all. */
	for (i = 0; i < r->nfiles && !batch_stop_signal; i++) {
		const struct infile *f = &r->files[i];

		if (f->messages.len == 0)
			continue;
		if (f->level >= DIAG_ERROR || (!r->o->quiet && (f->changed || r->o->verbose))) {
			fputs(f->messages.data, stderr);
			r->files[i].shown = true;
		}
	}
}

/* Each file's summary, for the next run's manifest: the one of this run,
 * or, where nothing was read (the tree as it was), the last run's. */
void
batch_plan_summaries(const struct build_run *r, struct buf *m, struct atomic_file *af)
{
	size_t i;

	for (i = 0; i < r->nfiles; i++) {
		const struct infile *f = &r->files[i];
		const struct plan_sum *s = f->pf != NULL && f->pf->known ? &f->pf->sum :
		    f->changed ? NULL : plan_cache_get(r->old.sums, f->path);

		if (s != NULL)
			plan_cache_line(m, f->path, s);
		manifest_flush(af, m);
	}
}

struct job *
batch_plan_add_job(struct build_run *r, enum job_kind kind, const char *base)
{
	struct job *j;

	xgrow((void **)&r->jobs, &r->jobs_cap, r->njobs + 1, sizeof(*r->jobs));
	j = &r->jobs[r->njobs++];
	memset(j, 0, sizeof(*j));
	j->kind = kind;
	j->out = xstrdup(base);
	return j;
}

_Static_assert((int)PLAN_OUT_AGREEMENT == (int)JOB_AGREEMENT && (int)PLAN_OUT_FOLLOWUP ==
    (int)JOB_FOLLOWUP && (int)PLAN_OUT_REPORT == (int)JOB_REPORT, "a plan's kinds are the jobs'");

/* The outputs of the checked inputs, from the files' summaries
 * (plan_outputs), each with the inputs it is made from and a name no
 * other output has. */
void
batch_plan_outputs(struct build_run *r)
{
	const struct plan_file **pf = xcalloc(r->nfiles + 1, sizeof(*pf));
	struct plan_out *outs;
	size_t i, n;

	for (i = 0; i < r->nfiles; i++)
		pf[i] = r->files[i].pf;
	plan_outputs(pf, r->nfiles, &outs, &n);
	free(pf);
	r->jobs_cap = n;
	r->jobs = xcalloc(n + 1, sizeof(*r->jobs));
	r->njobs = n;
	for (i = 0; i < n; i++) {
		struct job *j = &r->jobs[i];

		j->kind = (enum job_kind)outs[i].kind;
		j->out = outs[i].name;
		j->namnd = outs[i].namnd;
		j->year = outs[i].year;
		j->inputs = outs[i].inputs;
		j->ref = outs[i].ref;
		j->ninputs = outs[i].ninputs;
	}
	free(outs);
}

void
batch_plan_decide(struct build_run *r)
{
	size_t i, k;

	for (i = 0; i < r->njobs; i++) {
		struct job *j = &r->jobs[i];
		struct old_out *old = manifest_out(&r->old, j->out);
		struct sha256 s;
		unsigned char d[32];

		sha256_init(&s);
		sha256_update(&s, r->prog, 64);
		sha256_update(&s, r->tpl, 64);
		sha256_update(&s, j->out, strlen(j->out));
		j->hashes = xcalloc(j->ninputs + 1, sizeof(char *));
		for (k = 0; k < j->ninputs; k++) {
			const struct infile *f = scan_file(r, j->inputs[k]);

			j->hashes[k] = f != NULL ? (char *)f->hash : "";

			sha256_update(&s, j->inputs[k], strlen(j->inputs[k]) + 1);
			sha256_update(&s, f != NULL ? f->hash : "", 64);
		}
		batch_logos_digest(r, j, &s);
		sha256_final(&s, d);
		hex_encode(d, 32, j->dephash);
		if (old != NULL)
			old->seen = true;

		j->state = JOB_RENDER;
		if (r->o->force)
			j->reason = "forced (--force)";
		else if (old == NULL)
			j->reason = "new";
		else if (!manifest_pdf_ok(r->o->output, old))
			j->reason = old->pdf_missing ? "the PDF is missing" :
			    "the PDF is not the one the last build wrote";
		else if (!manifest_csv_ok(r->o->output, old))
			/* a report's CSV goes with its PDF (report_csv.h) */
			j->reason = old->csv_missing ? "the CSV is missing" :
			    "the CSV is not the one the last build wrote";
		else if (strcmp(old->dephash, j->dephash) == 0) {
			j->state = JOB_UNCHANGED;
			j->reason = "unchanged";
			memcpy(j->pdfhash, old->pdfhash, 65);
			memcpy(j->csvhash, old->csvhash, 65);
		} else if (strcmp(r->old.prog, r->prog) != 0)
			j->reason = "the program changed";
		else if (strcmp(r->old.tpl, r->tpl) != 0)
			j->reason = "the template or its fonts changed";
		else if (batch_logos_changed(r, j))
			j->reason = "a party's logo changed, came or went";
		else {
			j->reason = "its inputs were added or removed";
			for (k = 0; k < j->ninputs; k++) {
				const struct infile *now = scan_file(r, j->inputs[k]);
				const struct infile *then = manifest_file(&r->old, j->inputs[k]);

				if (then != NULL && now != NULL && strcmp(then->hash, now->hash) != 0) {
					j->reason = "an input changed";
					break;
				}
			}
		}
	}
}
