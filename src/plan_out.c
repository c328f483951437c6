/* The outputs of a tree, planned from its files' routing summaries alone:
 * one PDF per good agreement and follow-up, one report per nämnd and year,
 * each with the inputs it depends on, named from titles, dates and ids. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "mem.h"
#include "model.h"
#include "plan.h"
#include "slug.h"
#include "strmap.h"

const char *const plan_kind_dirs[3] = { "agreements", "followups", "reports" };

struct planner {
	const struct plan_file *const	*files;
	size_t				 n;
	size_t				*by_key;	/* files in a group, sorted by key, then file order */
	size_t				 nkeyed;
	struct plan_out			*outs;
	size_t				 nouts, cap;
};

static const struct planner *sort_planner;

static int
cmp_key(const void *a, const void *b)
{
	const struct plan_file *x = sort_planner->files[*(const size_t *)a];
	const struct plan_file *y = sort_planner->files[*(const size_t *)b];
	int c = strcmp(x->sum.key, y->sum.key);

	return c != 0 ? c : *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* The files of group key, in file order: [*from, return). */
static size_t
group_of(const struct planner *p, const char *key, size_t *from)
{
	size_t lo = 0, hi = p->nkeyed, end;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (strcmp(p->files[p->by_key[mid]]->sum.key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*from = lo;
	for (end = lo; end < p->nkeyed && strcmp(p->files[p->by_key[end]]->sum.key, key) == 0; end++)
		continue;
	return end;
}

static bool
good(const struct plan_file *f)
{
	return f->known && f->sum.type != PLAN_NONE && f->sum.level < DIAG_ERROR;
}

/* The agreement a follow-up of the group links to: the group's first. */
static const struct plan_file *
linked(const struct planner *p, const char *key)
{
	size_t i, from, end = group_of(p, key, &from);

	for (i = from; i < end; i++)
		if (p->files[p->by_key[i]]->sum.type == PLAN_AGREEMENT)
			return p->files[p->by_key[i]];
	return NULL;
}

static struct plan_out *
add_out(struct planner *p, enum plan_kind kind, char *base)
{
	struct plan_out *o;

	xgrow((void **)&p->outs, &p->cap, p->nouts + 1, sizeof(*p->outs));
	o = &p->outs[p->nouts++];
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->name = base;
	return o;
}

/* A report has an input for each agreement and follow-up of its nämnd's
 * year: past a few, they are found through an index, not one by one. */
#define PLAN_OUT_INDEX_FROM 8

void
plan_out_input(struct plan_out *o, const char *path, bool ref)
{
	size_t i;

	if (o->index != NULL) {
		if (strmap_slot(o->index, path, false) != NULL)
			return;
	} else
		for (i = 0; i < o->ninputs; i++)
			if (strcmp(o->inputs[i], path) == 0)
				return;
	o->inputs = xrealloc(o->inputs, (o->ninputs + 1) * sizeof(char *));
	o->ref = xrealloc(o->ref, (o->ninputs + 1) * sizeof(bool));
	o->ref[o->ninputs] = ref;
	o->inputs[o->ninputs++] = xstrdup(path);
	if (o->index == NULL && o->ninputs == PLAN_OUT_INDEX_FROM) {
		o->index = xcalloc(1, sizeof(*o->index));
		for (i = 0; i < o->ninputs; i++)
			*strmap_slot(o->index, o->inputs[i], true) = i;
	} else if (o->index != NULL)
		*strmap_slot(o->index, o->inputs[o->ninputs - 1], true) = o->ninputs - 1;
}

void
plan_out_done(struct plan_out *o)
{
	if (o->index != NULL)
		strmap_free(o->index);
	free(o->index);
	o->index = NULL;
}

/* The follow-ups of f's group that set (in <next-goals>) a delmål an
 * outcome of f names by id.  The check found them among the group; the
 * job reads them too, so that it checks f as the plan did, and depends
 * on them. */
static void
delmal_sources(const struct planner *p, struct plan_out *o, const struct plan_file *f)
{
	size_t g, i, k, from, end;

	if (f->sum.nforeign == 0)
		return;
	end = group_of(p, f->sum.key, &from);
	for (g = 0; g < f->sum.nforeign; g++)
		for (i = from; i < end; i++) {
			const struct plan_file *s = p->files[p->by_key[i]];

			if (s->sum.type != PLAN_FOLLOWUP || s == f)
				continue;
			for (k = 0; k < s->sum.nsets && strcmp(s->sum.sets[k], f->sum.foreign[g]) != 0; k++)
				continue;
			if (k < s->sum.nsets)
				plan_out_input(o, s->path, true);
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

/* The follow-ups that matter for a report of a year: dated in it or
 * before (a report takes its agreements' history: outcomes of earlier
 * years, meetings on record; model_report.c, report_followup_is_source),
 * reporting outcomes for it or the year before, or setting its delmål. */
static bool
followup_feeds(const struct plan_sum *f, int year)
{
	size_t i;

	if (f->y <= year || f->next_year == year)
		return true;
	for (i = 0; i < f->nyears; i++)
		if (f->years[i] == year || f->years[i] == year - 1)
			return true;
	return false;
}

/* One PDF for each good agreement and follow-up, in file order. */
static void
plan_documents(struct planner *p)
{
	size_t i;

	for (i = 0; i < p->n; i++) {
		const struct plan_file *f = p->files[i];
		const struct plan_file *ag;
		struct plan_out *o;
		char tail[64];

		if (!good(f) || f->sum.type == PLAN_REPORT)
			continue;	/* a report file: an input of its report */
		if (f->sum.type == PLAN_AGREEMENT) {
			snprintf(tail, sizeof(tail), "%d", f->sum.from_y);
			o = add_out(p, PLAN_OUT_AGREEMENT, slug_of(f->sum.name, tail));
			plan_out_input(o, f->path, false);
			continue;
		}
		/* checked without errors, so its agreement is there */
		if ((ag = linked(p, f->sum.key)) == NULL)
			continue;
		snprintf(tail, sizeof(tail), "%s %04d-%02d-%02d",
		    model_followup_kind_name((enum followup_kind)f->sum.kind), f->sum.y, f->sum.m, f->sum.d);
		o = add_out(p, PLAN_OUT_FOLLOWUP, slug_of(ag->sum.name, tail));
		plan_out_input(o, f->path, false);
		plan_out_input(o, ag->path, false);
		delmal_sources(p, o, f);
	}
}

/* An agreement and its follow-ups that feed the report of year y as
 * inputs of report o (the agreement's group: from..end). */
static void
report_inputs(struct planner *p, struct plan_out *o, const struct plan_file *ag,
    size_t from, size_t end, int y)
{
	size_t g;

	plan_out_input(o, ag->path, false);
	for (g = from; g < end; g++) {
		const struct plan_file *f = p->files[p->by_key[g]];

		if (f->sum.type == PLAN_FOLLOWUP && good(f) && followup_feeds(&f->sum, y))
			plan_out_input(o, f->path, false);
	}
	for (g = from; g < end; g++) {
		const struct plan_file *f = p->files[p->by_key[g]];

		if (f->sum.type == PLAN_FOLLOWUP && good(f) && followup_feeds(&f->sum, y))
			delmal_sources(p, o, f);
	}
}

/* The planned report of a nämnd and year, or NULL. */
static struct plan_out *
report_of(struct planner *p, size_t first, const char *namnd, int y)
{
	size_t q;

	for (q = first; q < p->nouts; q++)
		if (strcmp(p->outs[q].namnd, namnd) == 0 && p->outs[q].year == y)
			return &p->outs[q];
	return NULL;
}

/* Reports: every nämnd and every year one of its agreements covers; an
 * agreement that names several nämnder is in each one's.  An agreement
 * that ended the year before is an input too, where that report is made:
 * its last year stands beside the year ("2023 i siffror", "jämfört med …
 * 2022"). */
static void
plan_reports(struct planner *p)
{
	size_t i, k, first = p->nouts;
	int pass;

	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < p->n; i++) {
			const struct plan_file *ag = p->files[i];
			size_t from = 0, end = 0;
			struct plan_out *o;
			int y;

			/* a logo's error fails the agreement's own PDF only */
			if (!ag->known || ag->sum.type != PLAN_AGREEMENT || !ag->sum.report ||
			    ag->sum.tlevel >= DIAG_ERROR)
				continue;
			/* only the group's first agreement has follow-ups linked to it */
			if (linked(p, ag->sum.key) == ag)
				end = group_of(p, ag->sum.key, &from);
			for (k = 0; k < ag->sum.nnamnds; k++) {
				const struct plan_namnd *nd = &ag->sum.namnds[k];

				if (pass == 1) {
					y = ag->sum.to_y + 1;
					if ((o = report_of(p, first, nd->id, y)) != NULL)
						report_inputs(p, o, ag, from, end, y);
					continue;
				}
				for (y = ag->sum.from_y; y <= ag->sum.to_y; y++) {
					if ((o = report_of(p, first, nd->id, y)) == NULL) {
						char name[SLUG_MAX * 2], year[8];

						snprintf(name, sizeof(name), "%s %s", nd->name, nd->kommun);
						snprintf(year, sizeof(year), "%d", y);
						o = add_out(p, PLAN_OUT_REPORT, slug_of(name, year));
						o->namnd = xstrdup(nd->id);
						o->year = y;
					}
					report_inputs(p, o, ag, from, end, y);
				}
			}
		}
}

/* A report file (checked alone without errors) is an input of the
 * report of its nämnd and year, when one is planned: a change to it
 * makes that report again, and only it.  Two for one report are both
 * its inputs: the report's checks say which is left out. */
static void
plan_report_files(struct planner *p, size_t first)
{
	size_t i, q;

	for (i = 0; i < p->n; i++) {
		const struct plan_file *f = p->files[i];

		if (!good(f) || f->sum.type != PLAN_REPORT || f->sum.nnamnds == 0)
			continue;
		for (q = first; q < p->nouts; q++)
			if (p->outs[q].kind == PLAN_OUT_REPORT && p->outs[q].year == f->sum.from_y &&
			    strcmp(p->outs[q].namnd, f->sum.namnds[0].id) == 0)
				plan_out_input(&p->outs[q], f->path, false);
	}
}

static int
cmp_name(const void *a, const void *b)
{
	const struct plan_out *x = &sort_planner->outs[*(const size_t *)a];
	const struct plan_out *y = &sort_planner->outs[*(const size_t *)b];
	int c = x->kind != y->kind ? (x->kind < y->kind ? -1 : 1) : strcmp(x->name, y->name);

	return c != 0 ? c : *(const size_t *)a < *(const size_t *)b ? -1 : 1;
}

/* Equal names: the colliding outputs take their document's id too, so
 * the names stay stable while the inputs do.  Names equal even so (ids
 * that make the same name, or a name with an id appended that is
 * another's own) are numbered in output order, which is the order of the
 * input paths, so a name is still the same on every run over the same
 * tree. */
static void
plan_names(struct planner *p, const struct strmap *path_file)
{
	size_t *order = xcalloc(p->nouts + 1, sizeof(*order));
	bool *rename = xcalloc(p->nouts + 1, sizeof(bool));
	struct strmap taken = { NULL, NULL, 0, 0 };
	size_t i;

	for (i = 0; i < p->nouts; i++)
		order[i] = i;
	sort_planner = p;
	if (p->nouts > 1)
		qsort(order, p->nouts, sizeof(*order), cmp_name);
	for (i = 0; i + 1 < p->nouts; i++) {
		const struct plan_out *x = &p->outs[order[i]], *y = &p->outs[order[i + 1]];

		if (x->kind == y->kind && strcmp(x->name, y->name) == 0)
			rename[order[i]] = rename[order[i + 1]] = true;
	}
	for (i = 0; i < p->nouts; i++) {
		struct plan_out *o = &p->outs[i];
		struct buf b = { NULL, 0, 0 };

		if (rename[i]) {
			const char *id = o->namnd;
			char *s;

			if (o->kind != PLAN_OUT_REPORT)
				id = p->files[*strmap_slot((struct strmap *)path_file, o->inputs[0], false)]->sum.id;
			s = slug_of(o->name, id);
			free(o->name);
			o->name = s;
		}
		buf_printf(&b, "%s/%s.pdf", plan_kind_dirs[o->kind], o->name);
		free(o->name);
		o->name = b.data;
	}
	for (i = 0; i < p->nouts; i++) {
		struct plan_out *o = &p->outs[i];
		char *base = o->name;
		unsigned number = 1;

		o->name = xstrdup(base);
		while (strmap_slot(&taken, o->name, false) != NULL) {
			struct buf b = { NULL, 0, 0 };

			buf_add(&b, base, strlen(base) - 4);
			buf_printf(&b, "-%u.pdf", ++number);
			free(o->name);
			o->name = b.data;
		}
		*strmap_slot(&taken, o->name, true) = i;
		free(base);
	}
	strmap_free(&taken);
	free(rename);
	free(order);
}

void
plan_outputs(const struct plan_file *const *files, size_t n, struct plan_out **outs, size_t *nout)
{
	struct planner p;
	struct strmap path_file = { NULL, NULL, 0, 0 };
	size_t i;

	memset(&p, 0, sizeof(p));
	p.files = files;
	p.n = n;
	p.by_key = xcalloc(n + 1, sizeof(*p.by_key));
	for (i = 0; i < n; i++) {
		if (files[i]->known && files[i]->sum.type != PLAN_NONE)
			p.by_key[p.nkeyed++] = i;
		*strmap_slot(&path_file, files[i]->path, true) = i;
	}
	sort_planner = &p;
	if (p.nkeyed > 1)
		qsort(p.by_key, p.nkeyed, sizeof(*p.by_key), cmp_key);
	plan_documents(&p);
	plan_reports(&p);
	plan_report_files(&p, 0);
	plan_names(&p, &path_file);
	for (i = 0; i < p.nouts; i++)
		plan_out_done(&p.outs[i]);
	strmap_free(&path_file);
	free(p.by_key);
	*outs = p.outs;
	*nout = p.nouts;
}

void
plan_outputs_free(struct plan_out *outs, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		for (k = 0; k < outs[i].ninputs; k++)
			free(outs[i].inputs[k]);
		free(outs[i].inputs);
		free(outs[i].ref);
		free(outs[i].namnd);
		free(outs[i].name);
	}
	free(outs);
}
