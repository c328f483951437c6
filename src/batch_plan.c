/* The nightly build's plan: every input read and checked once (its
 * messages printed in file order), the outputs planned from the checked
 * models (agreements, follow-ups, one report per nämnd and year), each
 * with the inputs it depends on, and compared with the manifest to decide
 * what to render. */
#include <sys/stat.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "batch_int.h"
#include "buf.h"
#include "corpus.h"
#include "diag.h"
#include "hash.h"
#include "mem.h"
#include "model.h"
#include "slug.h"
#include "validate.h"

void
plan_read_and_check(struct build_run *r)
{
	bool *valid;
	size_t i, k;

	for (i = 0; i < r->nfiles && !batch_stop_signal; i++) {
		struct infile *f = &r->files[i];
		char parsed[65] = "";

		diag_capture(&f->messages);
		diag_reset();
		/* the hash of what is checked: the file may have changed since
		 * it was hashed (or its recorded hash taken) */
		f->doc = corpus_add_seen(&r->corpus, f->path, digest_parsed, parsed);
		f->level = diag_level();
		if (parsed[0] != '\0' && strcmp(parsed, f->hash) != 0) {
			const struct infile *known = manifest_file(&r->old, f->path);

			memcpy(f->hash, parsed, 65);
			f->changed = known == NULL || strcmp(known->hash, f->hash) != 0;
		}
	}
	/* stopped while reading: what was read is part of the corpus only,
	 * and checked against it a follow-up would miss its agreement */
	if (batch_stop_signal) {
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
	for (i = 0; i < r->nfiles && !batch_stop_signal; i++) {
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

struct job *
plan_add_job(struct build_run *r, enum job_kind kind, const char *base)
{
	struct job *j;

	xgrow((void **)&r->jobs, &r->jobs_cap, r->njobs + 1, sizeof(*r->jobs));
	j = &r->jobs[r->njobs++];
	memset(j, 0, sizeof(*j));
	j->kind = kind;
	j->out = xstrdup(base);
	return j;
}

void
plan_job_input(struct job *j, const char *path, bool ref)
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
				plan_job_input(j, s->path, true);
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
plan_documents(struct build_run *r)
{
	size_t i;

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
			j = plan_add_job(r, JOB_AGREEMENT, base);
			plan_job_input(j, r->files[i].path, false);
		} else {
			const struct followup *f = in->followup;
			const struct agreement *ag = f->agreement;
			static const char *const kinds[] = { "partssamtal", "dialogmote", "styrgrupp",
			    "verksamhetsrapport" };
			char tail[64];

			snprintf(tail, sizeof(tail), "%s %04d-%02d-%02d", kinds[f->kind],
			    f->date.y, f->date.m, f->date.d);
			base = slug_of(ag->effort != NULL ? ag->effort : ag->title, tail);
			j = plan_add_job(r, JOB_FOLLOWUP, base);
			plan_job_input(j, r->files[i].path, false);
			plan_job_input(j, ag->path, false);
			delmal_sources(r, j, f);
		}
		free(base);
	}
}

static void
plan_reports(struct build_run *r)
{
	const struct corpus *c = &r->corpus;
	size_t i, n;

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
				j = plan_add_job(r, JOB_REPORT, base);
				free(base);
				j->namnd = xstrdup(ag->namnd->id);
				j->year = y;
			}
			plan_job_input(j, ag->path, false);
			for (f = 0; f < c->n; f++)
				if (c->docs[f].type == INPUT_FOLLOWUP &&
				    c->docs[f].followup->agreement == ag &&
				    followup_feeds(c->docs[f].followup, y) &&
				    good(r, scan_file(r, c->docs[f].followup->path)) != NULL)
					plan_job_input(j, c->docs[f].followup->path, false);
			for (f = 0; f < c->n; f++)
				if (c->docs[f].type == INPUT_FOLLOWUP &&
				    c->docs[f].followup->agreement == ag &&
				    followup_feeds(c->docs[f].followup, y) &&
				    good(r, scan_file(r, c->docs[f].followup->path)) != NULL)
					delmal_sources(r, j, c->docs[f].followup);
		}
	}
}

static void
plan_names(struct build_run *r)
{
	const struct corpus *c = &r->corpus;
	size_t i, k;

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
			    input_id(&c->docs[scan_file(r, j->inputs[0])->doc]);
			char *s = slug_of(j->out, id);

			free(j->out);
			j->out = s;
			j->state = JOB_RENDER;
		}
		buf_printf(&p, "%s/%s.pdf", batch_kind_dirs[j->kind], j->out);
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

/* The outputs of the checked inputs, each with the inputs it is made
 * from and a name no other output has. */
void
plan_outputs(struct build_run *r)
{
	plan_documents(r);
	plan_reports(r);
	plan_names(r);
}

void
plan_decide(struct build_run *r)
{
	size_t i, k;

	for (i = 0; i < r->njobs; i++) {
		struct job *j = &r->jobs[i];
		struct old_out *old = manifest_out(&r->old, j->out);
		struct sha256 s;
		unsigned char d[32];
		char *abs = batch_path_join(r->o->output, j->out);
		struct stat st;

		sha256_init(&s);
		sha256_update(&s, r->prog, 64);
		sha256_update(&s, r->tpl, 64);
		sha256_update(&s, j->out, strlen(j->out));
		j->hashes = xcalloc(j->ninputs + 1, sizeof(char *));
		for (k = 0; k < j->ninputs; k++) {
			const struct infile *f = scan_file(r, j->inputs[k]);

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
		else if (!manifest_pdf_ok(r->o->output, old))
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
				const struct infile *now = scan_file(r, j->inputs[k]);
				const struct infile *then = manifest_file(&r->old, j->inputs[k]);

				if (then != NULL && now != NULL && strcmp(then->hash, now->hash) != 0) {
					j->reason = "an input changed";
					break;
				}
			}
		}
		free(abs);
	}
}
