/* The nightly build's party logos: the files an agreement's PDF prints
 * (its summary's logos), inputs of that PDF as its XML is.  Each is kept
 * in the manifest with its hash, size and time ("logo" lines) and hashed
 * again only when its size or time is not as recorded, so that an
 * unchanged tree is still recognised by stat alone.  A logo missing,
 * unreadable, not a plain file or too large to embed has the unknown
 * hash: its agreement is rendered, fails at the <logo> line and keeps
 * its last good PDF, each night until the file is mended. */
#include <sys/stat.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "batch_int.h"
#include "hash.h"
#include "limit.h"
#include "mem.h"
#include "plan.h"
#include "strmap.h"

/* path's size, time and hash now; whether its content is not as the
 * manifest recorded. */
static void
logo_look(const struct build_run *r, struct logofile *l)
{
	const struct logofile *known = manifest_logo(&r->old, l->path);
	struct stat st;

	memcpy(l->hash, manifest_unknown_hash, 65);
	l->size = l->mtime = -1;
	if (stat(l->path, &st) == 0 && S_ISREG(st.st_mode) && access(l->path, R_OK) == 0 &&
	    st.st_size <= LIMIT_IMAGE_MB * 1024LL * 1024) {
		l->size = st.st_size;
		l->mtime = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
		if (known != NULL && known->size == l->size && known->mtime == l->mtime &&
		    strcmp(known->hash, manifest_unknown_hash) != 0)
			memcpy(l->hash, known->hash, 65);
		else if (digest_file(l->path, l->hash) != 0)
			memcpy(l->hash, manifest_unknown_hash, 65);
	}
	l->changed = known == NULL || strcmp(known->hash, l->hash) != 0;
}

/* The logo of path, looked at once a run. */
static struct logofile *
logo_add(struct build_run *r, const char *path)
{
	size_t *at = strmap_slot(&r->logo_index, path, false);
	struct logofile *l;

	if (at != NULL)
		return &r->logos[*at];
	xgrow((void **)&r->logos, &r->logos_cap, r->nlogos + 1, sizeof(*r->logos));
	l = &r->logos[r->nlogos];
	memset(l, 0, sizeof(*l));
	l->path = xstrdup(path);
	*strmap_slot(&r->logo_index, l->path, true) = r->nlogos++;
	logo_look(r, l);
	return l;
}

/* Whether every logo the last run recorded is as it was: the test of an
 * unchanged tree.  They stay the run's logos if it is. */
bool
batch_logos_hold(struct build_run *r)
{
	size_t i;
	bool hold = true;

	for (i = 0; i < r->old.nlogos; i++) {
		struct logofile *l = logo_add(r, r->old.logos[i].path);

		l->used = true;
		hold = hold && !l->changed;
	}
	return hold;
}

/* The logos of the agreements as they are now summarised: the ones this
 * run's manifest records. */
void
batch_logos_collect(struct build_run *r)
{
	size_t i, k;

	for (i = 0; i < r->nlogos; i++)
		r->logos[i].used = false;
	for (i = 0; i < r->nfiles; i++) {
		const struct plan_file *pf = r->files[i].pf;

		if (pf == NULL || !pf->known || pf->sum.type != PLAN_AGREEMENT)
			continue;
		for (k = 0; k < pf->sum.nlogos; k++)
			logo_add(r, pf->sum.logos[k])->used = true;
	}
}

/* The logos a PDF may print, from its agreements' summaries: an
 * agreement's PDF its own (input 0); a report the kommun's logo its
 * agreements give (build_report_cover.c), so all its agreements' logos
 * count as its inputs; none for a follow-up.  Input k's summary when it
 * is one of those agreements, else NULL. */
static const struct plan_sum *
job_sum(const struct build_run *r, const struct job *j, size_t k)
{
	const struct infile *f;

	if (k >= j->ninputs || (j->kind == JOB_AGREEMENT ? k != 0 : j->kind != JOB_REPORT) ||
	    (f = scan_file(r, j->inputs[k])) == NULL || f->pf == NULL || !f->pf->known ||
	    f->pf->sum.type != PLAN_AGREEMENT)
		return NULL;
	return &f->pf->sum;
}

/* Adds the job's logos, each path and hash, to its dependency hash. */
void
batch_logos_digest(struct build_run *r, const struct job *j, struct sha256 *s)
{
	const struct plan_sum *sum;
	size_t i, k;

	for (i = 0; i < j->ninputs; i++)
		for (k = 0, sum = job_sum(r, j, i); sum != NULL && k < sum->nlogos; k++) {
			const struct logofile *l = logo_add(r, sum->logos[k]);

			sha256_update(s, "logo", 5);
			sha256_update(s, l->path, strlen(l->path) + 1);
			sha256_update(s, l->hash, 64);
		}
}

/* Whether one of the job's logos is not as the last run recorded it. */
bool
batch_logos_changed(struct build_run *r, const struct job *j)
{
	const struct plan_sum *sum;
	size_t i, k;

	for (i = 0; i < j->ninputs; i++)
		for (k = 0, sum = job_sum(r, j, i); sum != NULL && k < sum->nlogos; k++)
			if (logo_add(r, sum->logos[k])->changed)
				return true;
	return false;
}

/* The "logo" lines of this run's manifest: the logos in use whose path
 * a tab-separated line can carry (any other is hashed each run). */
void
batch_logos_lines(const struct build_run *r, struct buf *m, struct atomic_file *af)
{
	size_t i;

	for (i = 0; i < r->nlogos; i++) {
		const struct logofile *l = &r->logos[i];

		if (!l->used || !scan_name_ok(l->path))
			continue;
		buf_printf(m, "logo\t%s\t%lld\t%lld\t%s\n", l->hash, l->size, l->mtime, l->path);
		manifest_flush(af, m);
	}
}

void
batch_logos_free(struct build_run *r)
{
	size_t i;

	for (i = 0; i < r->nlogos; i++)
		free(r->logos[i].path);
	free(r->logos);
	strmap_free(&r->logo_index);
	r->logos = NULL;
	r->nlogos = r->logos_cap = 0;
}
