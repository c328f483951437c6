/* The build's routing summaries: each input read and checked with its
 * group, summarised, freed.
 *
 * A file's checks depend only on the files of its group, the agreements
 * of one id and the follow-ups naming that id (validate_followup looks up
 * its agreement and the delmål other follow-ups of it set), except the
 * check that a follow-up's id is unique, which unique() makes over the
 * summaries of the whole tree.  So a group is read and checked as a small
 * corpus and freed, and a run reads again only the groups where something
 * changed (plan_update). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "corpus.h"
#include "fsutil.h"
#include "hash.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "plan.h"
#include "strmap.h"
#include "validate.h"

/* Bytes read to find the document element: comments before it longer
 * than this only make the file read alone first. */
#define SNIFF_BYTES	65536

/* ---------- summaries ---------- */

static char *
dup_or_null(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

static void
free_list(char **l, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(l[i]);
	free(l);
}

void
plan_sum_free(struct plan_sum *s)
{
	free(s->id);
	free(s->key);
	free(s->name);
	for (size_t i = 0; i < s->nnamnds; i++) {
		free(s->namnds[i].id);
		free(s->namnds[i].name);
		free(s->namnds[i].kommun);
	}
	free(s->namnds);
	free(s->years);
	free_list(s->sets, s->nsets);
	free_list(s->foreign, s->nforeign);
	free_list(s->logos, s->nlogos);
	memset(s, 0, sizeof(*s));
}

static char **
copy_list(char *const *l, size_t n)
{
	char **c = xcalloc(n + 1, sizeof(*c));
	size_t i;

	for (i = 0; i < n; i++)
		c[i] = xstrdup(l[i]);
	return c;
}

void
plan_sum_copy(struct plan_sum *to, const struct plan_sum *from)
{
	*to = *from;
	to->id = dup_or_null(from->id);
	to->key = dup_or_null(from->key);
	to->name = dup_or_null(from->name);
	to->namnds = xcalloc(from->nnamnds + 1, sizeof(*to->namnds));
	for (size_t i = 0; i < from->nnamnds; i++) {
		to->namnds[i].id = dup_or_null(from->namnds[i].id);
		to->namnds[i].name = dup_or_null(from->namnds[i].name);
		to->namnds[i].kommun = dup_or_null(from->namnds[i].kommun);
	}
	to->years = xcalloc(from->nyears + 1, sizeof(int));
	if (from->nyears > 0)
		memcpy(to->years, from->years, from->nyears * sizeof(int));
	to->sets = copy_list(from->sets, from->nsets);
	to->foreign = copy_list(from->foreign, from->nforeign);
	to->logos = copy_list(from->logos, from->nlogos);
}

void
plan_file_free(struct plan_file *f)
{
	plan_sum_free(&f->sum);
	free(f->key);
	buf_free(&f->msgs);
	buf_free(&f->own);
	f->key = NULL;
}

static void
add_string(char ***l, size_t *n, const char *s)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (strcmp((*l)[i], s) == 0)
			return;
	*l = xrealloc(*l, (*n + 2) * sizeof(**l));
	(*l)[(*n)++] = xstrdup(s);
}

static void
add_namnd(struct plan_sum *s, const char *id, const char *name, const char *kommun)
{
	struct plan_namnd *nd;

	s->namnds = xrealloc(s->namnds, (s->nnamnds + 2) * sizeof(*s->namnds));
	nd = &s->namnds[s->nnamnds++];
	nd->id = dup_or_null(id);
	nd->name = dup_or_null(name);
	nd->kommun = dup_or_null(kommun);
}

/* A report file's group key: its own ("namnd-report PATH", which no
 * agreement id can be). */
static char *
report_key(const char *path)
{
	struct buf b = { NULL, 0, 0 };

	buf_printf(&b, "namnd-report %s", path);
	return b.data;
}

static void
summarise(struct plan_sum *s, const struct input *in)
{
	if (in->type == INPUT_AGREEMENT) {
		const struct agreement *ag = in->agreement;

		s->type = PLAN_AGREEMENT;
		s->id = xstrdup(ag->id);
		s->key = xstrdup(ag->id);
		s->line = ag->line;
		s->name = dup_or_null(ag->effort != NULL ? ag->effort : ag->title);
		s->from_y = ag->from.y;
		s->to_y = ag->to.y;
		/* as validate left it: errors is 0 where it did not run */
		s->report = ag->namnd != NULL && ag->errors == 0;
		for (const struct namnd_ref *nr = ag->namnd; nr != NULL; nr = nr->next)
			add_namnd(s, nr->id, nr->name, nr->kommun);
		for (const struct party *p = ag->parties; p != NULL; p = p->next)
			if (p->logo != NULL)
				add_string(&s->logos, &s->nlogos, p->logo->path);
	} else if (in->type == INPUT_REPORT) {
		const struct report_info *ri = in->report;

		/* read alone, in a group of its own; its nämnd and year
		 * route it to its report (plan_out.c) */
		s->type = PLAN_REPORT;
		s->id = xstrdup(ri->namnd != NULL ? ri->namnd : "");
		s->key = report_key(ri->path);
		s->line = ri->line;
		if (ri->namnd != NULL)
			add_namnd(s, ri->namnd, NULL, NULL);
		s->from_y = s->to_y = ri->year;
	} else {
		const struct followup *f = in->followup;
		const struct outcome *o;
		const struct goal *g;
		size_t i;

		s->type = PLAN_FOLLOWUP;
		s->id = xstrdup(f->id);
		s->key = xstrdup(f->agreement_id);
		s->line = f->line;
		s->kind = (int)f->kind;
		s->y = f->date.y;
		s->m = f->date.m;
		s->d = f->date.d;
		s->next_year = f->next_year;
		for (o = f->outcomes; o != NULL; o = o->next) {
			for (i = 0; i < s->nyears && s->years[i] != o->to.y; i++)
				continue;
			if (i == s->nyears) {
				s->years = xrealloc(s->years, (s->nyears + 1) * sizeof(int));
				s->years[s->nyears++] = o->to.y;
			}
			/* a follow-up that did not read cleanly is not checked,
			 * and its summary names no goal of another */
			if (o->goal_id == NULL || f->agreement == NULL || s->rlevel >= DIAG_ERROR)
				continue;
			for (g = f->agreement->goals; g != NULL && strcmp(g->id, o->goal_id) != 0; g = g->next)
				continue;
			if (g == NULL)
				add_string(&s->foreign, &s->nforeign, o->goal_id);
		}
		for (g = f->next_goals; g != NULL; g = g->next)
			add_string(&s->sets, &s->nsets, g->id);
	}
}

/* Paths in name order, as the build's scan finds them (a file given
 * twice: in the order given), so that names which meet are numbered as
 * the build numbers them, whatever order the command line gave. */
static int
cmp_plan_path(const void *a, const void *b)
{
	const struct plan_file *x = *(const struct plan_file *const *)a;
	const struct plan_file *y = *(const struct plan_file *const *)b;
	int c = strcmp(x->path, y->path);

	return c != 0 ? c : x < y ? -1 : x > y;
}

void
plan_corpus_outputs(const struct corpus *c, const enum diag_level *level, struct plan_out **outs,
    size_t *nout)
{
	struct plan_file *files = xcalloc(c->n + 1, sizeof(*files));
	const struct plan_file **pf = xcalloc(c->n + 1, sizeof(*pf));
	size_t i;

	for (i = 0; i < c->n; i++) {
		struct plan_file *f = &files[i];

		f->path = input_path(&c->docs[i]);
		summarise(&f->sum, &c->docs[i]);
		f->sum.rlevel = f->sum.olevel = f->sum.level = f->sum.tlevel = level[i];
		f->known = true;
		pf[i] = f;
	}
	if (c->n > 1)
		qsort(pf, c->n, sizeof(*pf), cmp_plan_path);
	plan_outputs(pf, c->n, outs, nout);
	for (i = 0; i < c->n; i++)
		plan_file_free(&files[i]);
	free(pf);
	free(files);
}

/* ---------- finding a file's group before reading it ---------- */

static bool
skip_past(const char **p, const char *end, const char *mark)
{
	size_t k = strlen(mark);

	for (; *p + k <= end; (*p)++)
		if (memcmp(*p, mark, k) == 0) {
			*p += k;
			return true;
		}
	return false;
}

static bool
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The value of attribute want in the start tag at p, or NULL. */
static char *
tag_attr(const char *p, const char *end, const char *want)
{
	while (p < end) {
		const char *name, *value;
		size_t len;
		char q;

		while (p < end && is_space(*p))
			p++;
		if (p >= end || *p == '>' || *p == '/')
			return NULL;
		for (name = p; p < end && *p != '=' && !is_space(*p) && *p != '>'; p++)
			continue;
		len = (size_t)(p - name);
		while (p < end && is_space(*p))
			p++;
		if (p >= end || *p++ != '=')
			return NULL;
		while (p < end && is_space(*p))
			p++;
		if (p >= end || (*p != '"' && *p != '\''))
			return NULL;
		q = *p++;
		for (value = p; p < end && *p != q; p++)
			if (*p == '&' || *p == '<' || is_space(*p))
				return NULL;	/* an entity or spaces: reading tells */
		if (p >= end)
			return NULL;
		if (len == strlen(want) && memcmp(name, want, len) == 0) {
			char *v = xcalloc(1, (size_t)(p - value) + 1);

			memcpy(v, value, (size_t)(p - value));
			return v;
		}
		p++;
	}
	return NULL;
}

/* The group key of a file not read yet, from its document element
 * (agreement id, or a follow-up's agreement attribute), or NULL when it
 * cannot tell: a guess, which reading the file confirms. */
static char *
sniff(const char *path)
{
	char *data = xmalloc(SNIFF_BYTES), *key = NULL;
	const char *p = data, *end;
	ssize_t n;
	size_t len = 0;
	int fd;

	if (open_regular(path, &fd) != 0) {
		free(data);
		return NULL;
	}
	while (len < SNIFF_BYTES && ((n = read(fd, data + len, SNIFF_BYTES - len)) > 0 ||
	    (n < 0 && errno == EINTR)))
		if (n > 0)
			len += (size_t)n;
	close(fd);
	end = data + len;
	if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end) {
		if (is_space(*p))
			p++;
		else if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			if (!skip_past(&p, end, "-->"))
				break;
		} else if (end - p >= 2 && memcmp(p, "<?", 2) == 0) {
			if (!skip_past(&p, end, "?>"))
				break;
		} else if (end - p > 10 && memcmp(p, "<agreement", 10) == 0 && is_space(p[10])) {
			key = tag_attr(p + 10, end, "id");
			break;
		} else if (end - p > 9 && memcmp(p, "<followup", 9) == 0 && is_space(p[9])) {
			key = tag_attr(p + 9, end, "agreement");
			break;
		} else if (end - p > 13 && memcmp(p, "<namnd-report", 13) == 0 &&
		    (is_space(p[13]) || p[13] == '>')) {
			key = report_key(path);
			break;
		} else
			break;
	}
	free(data);
	return key;
}

/* ---------- reading and checking a group ---------- */

/* xml_read_seen's callback: the SHA-256 of the bytes parsed. */
static void
hash_bytes(const char *data, size_t len, void *ctx)
{
	sha256_hex(data, len, ctx);
}

/* Reads and checks the files of one group (same key, in file order) as
 * one corpus; fills their summaries and messages.  Returns the number of
 * files that turned out to belong to another group (their key is
 * corrected: that group must be read again with them). */
static size_t
check_group(struct plan_file **m, size_t n)
{
	struct corpus c = { NULL, 0, 0 };
	long *doc = xcalloc(n + 1, sizeof(*doc));
	struct diag_ctx ctx;
	enum diag_level level;
	bool *valid;
	size_t i, k, moved = 0;

	for (i = 0; i < n; i++) {
		struct plan_file *f = m[i];

		plan_sum_free(&f->sum);
		buf_reset(&f->msgs);
		buf_reset(&f->own);
		f->parsed[0] = '\0';
		/* a file's level travels in its summary, which the manifest
		 * keeps: not in the context around */
		diag_open(&ctx, &f->msgs);
		doc[i] = corpus_add_seen(&c, f->path, hash_bytes, f->parsed);
		f->sum.rlevel = f->sum.olevel = f->sum.level = f->sum.tlevel =
		    diag_close(&ctx, DIAG_KEEP_APART);
		f->known = f->fresh = true;
	}
	/* Linked before it is checked (validate.c links nothing): each
	 * follow-up to its agreement, which is in its group. */
	corpus_link(&c);
	/* As the whole tree's corpus would: the agreements first, then the
	 * follow-ups, each in file order.  A follow-up is checked as if its
	 * id were unique: unique() decides that over the whole tree. */
	valid = xcalloc(c.n + 1, sizeof(bool));
	for (k = 0; k < 3; k++)
		for (i = 0; i < n; i++) {
			struct plan_file *f = m[i];
			struct input *in;

			if (doc[i] < 0 || f->sum.rlevel >= DIAG_ERROR)
				continue;
			in = &c.docs[doc[i]];
			if (in->type != (k == 0 ? INPUT_AGREEMENT : k == 1 ? INPUT_FOLLOWUP :
			    INPUT_REPORT))
				continue;
			diag_open(&ctx, k == 1 ? &f->own : &f->msgs);
			if (k == 2)
				validate_report_own(in->report);
			else if (k == 1)
				validate_followup(in->followup, &c);
			else if (validate_unique_id(&c, (size_t)doc[i], valid) != 0)
				f->sum.dup = true;
			else if (validate_agreement(in->agreement) == 0)
				/* the nightly build says what no report holds */
				validate_in_no_report(&c, (size_t)doc[i]);
			if ((level = diag_close(&ctx, DIAG_KEEP_APART)) > f->sum.olevel)
				f->sum.olevel = f->sum.level = level;
			/* an agreement checked: its level but the logos' */
			f->sum.tlevel = f->sum.level;
			if (k == 0 && !f->sum.dup && in->agreement->checked_level < f->sum.tlevel)
				f->sum.tlevel = f->sum.rlevel > in->agreement->checked_level ?
				    f->sum.rlevel : in->agreement->checked_level;
			valid[doc[i]] = f->sum.level < DIAG_ERROR;
		}
	for (i = 0; i < n; i++) {
		struct plan_file *f = m[i];
		enum diag_level r = f->sum.rlevel, o = f->sum.olevel, l = f->sum.level;
		enum diag_level t = f->sum.tlevel;
		bool dup = f->sum.dup;

		if (doc[i] < 0) {
			f->sum.type = PLAN_NONE;
			free(f->key);
			f->key = NULL;
			continue;
		}
		summarise(&f->sum, &c.docs[doc[i]]);
		f->sum.rlevel = r;
		f->sum.olevel = o;
		f->sum.level = l;
		f->sum.tlevel = t;
		f->sum.dup = dup;
		if (f->key == NULL || strcmp(f->key, f->sum.key) != 0) {
			/* the guess was wrong: read it again with its group */
			free(f->key);
			f->key = xstrdup(f->sum.key);
			moved++;
		}
	}
	free(valid);
	free(doc);
	corpus_free(&c);
	return moved;
}

/* ---------- unique follow-up ids ---------- */

static bool
valid_fu(const struct plan_file *f)
{
	return f->known && f->sum.type == PLAN_FOLLOWUP && f->sum.level < DIAG_ERROR;
}

/* Decides which follow-ups repeat an earlier valid follow-up's id (files
 * in file order).  A file not read this run whose answer changed gets
 * need set; returns how many. */
static size_t
unique(struct plan_file *const *files, size_t n, bool *need)
{
	struct strmap first = { NULL, NULL, 0, 0 };
	size_t i, count = 0;

	for (i = 0; i < n; i++) {
		struct plan_file *f = files[i];
		bool dup;

		if (!f->known || f->sum.type != PLAN_FOLLOWUP || f->sum.rlevel >= DIAG_ERROR)
			continue;
		dup = strmap_slot(&first, f->sum.id, false) != NULL;
		if (f->fresh) {
			f->sum.dup = dup;
			f->sum.level = dup ? (f->sum.rlevel > DIAG_ERROR ? f->sum.rlevel : DIAG_ERROR) :
			    f->sum.olevel;
		} else if (dup != f->sum.dup) {
			need[i] = true;
			count++;
		}
		if (valid_fu(f) && !dup)
			*strmap_slot(&first, f->sum.id, true) = i;
	}
	strmap_free(&first);
	return count;
}

void
plan_messages(const struct plan_file *const *files, size_t n, size_t i, struct buf *out)
{
	const struct plan_file *f = files[i];
	struct diag_ctx ctx;
	size_t k;

	(void)n;
	buf_add(out, f->msgs.data != NULL ? f->msgs.data : "", f->msgs.len);
	if (f->sum.type != PLAN_FOLLOWUP || f->sum.rlevel >= DIAG_ERROR)
		return;
	if (!f->sum.dup) {
		buf_add(out, f->own.data != NULL ? f->own.data : "", f->own.len);
		return;
	}
	for (k = 0; k < i; k++)
		if (valid_fu(files[k]) && strcmp(files[k]->sum.id, f->sum.id) == 0)
			break;
	/* its level is in the summary already (unique()) */
	diag_open(&ctx, out);
	diag(f->path, f->sum.line, MSG_DUP_ID, f->sum.id, k < i ? files[k]->path : "?");
	diag_close(&ctx, DIAG_KEEP_APART);
}

/* ---------- which groups to read ---------- */

enum group_state { GROUP_CLEAN, GROUP_DIRTY, GROUP_READ };

struct group {
	char			*key;
	enum group_state	 state;
};

struct update {
	struct plan_file	**files;
	struct strmap		  by_key;	/* key -> groups[] */
	struct group		 *groups;
	size_t			  ngroups, cap;
};

static struct group *
group(struct update *u, const char *key)
{
	size_t *slot = strmap_slot(&u->by_key, key, false);

	if (slot == NULL) {
		xgrow((void **)&u->groups, &u->cap, u->ngroups + 1, sizeof(*u->groups));
		u->groups[u->ngroups].key = xstrdup(key);
		u->groups[u->ngroups].state = GROUP_CLEAN;
		slot = strmap_slot(&u->by_key, u->groups[u->ngroups].key, true);
		*slot = u->ngroups++;
	}
	return &u->groups[*slot];
}

static void
mark(struct update *u, const char *key)
{
	if (key != NULL)
		group(u, key)->state = GROUP_DIRTY;
}

static const struct update *sort_update;

static int
cmp_file_key(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(sort_update->files[x]->key, sort_update->files[y]->key);

	return c != 0 ? c : x < y ? -1 : 1;
}

/* Reads the dirty groups, each once; a file found to belong to another
 * group makes that one dirty.  Returns how many groups were read. */
static size_t
read_dirty(struct update *u, size_t n, size_t *order, const volatile sig_atomic_t *stop)
{
	struct plan_file **members = xcalloc(n + 1, sizeof(*members));
	size_t i, k, nord = 0, start, read = 0;

	for (i = 0; i < n; i++)
		if (u->files[i]->key != NULL && group(u, u->files[i]->key)->state == GROUP_DIRTY)
			order[nord++] = i;
	sort_update = u;
	if (nord > 1)
		qsort(order, nord, sizeof(*order), cmp_file_key);
	for (start = 0; start < nord && !*stop; start = k) {
		struct group *g = group(u, u->files[order[start]]->key);
		const char *key = g->key;
		size_t m = 0;

		for (k = start; k < nord && strcmp(u->files[order[k]]->key, key) == 0; k++)
			members[m++] = u->files[order[k]];
		g->state = GROUP_READ;
		read++;
		if (check_group(members, m) == 0)
			continue;
		for (i = 0; i < m; i++)
			if (members[i]->key != NULL && strcmp(members[i]->key, key) != 0)
				mark(u, members[i]->key);
	}
	free(members);
	return read;
}

int
plan_update(struct plan_file **files, size_t n, const struct plan_cache *cache, bool all,
    char *const *gone, size_t ngone, const volatile sig_atomic_t *stop)
{
	struct update u;
	bool *alone = xcalloc(n + 1, sizeof(bool)), *need = xcalloc(n + 1, sizeof(bool));
	size_t *order = xcalloc(n + 1, sizeof(*order)), i;
	const struct plan_sum *s;
	int rc = 0;

	memset(&u, 0, sizeof(u));
	u.files = files;
	for (i = 0; i < n; i++) {
		struct plan_file *f = files[i];

		s = all ? NULL : plan_cache_get(cache, f->path);
		f->known = f->fresh = false;
		free(f->key);
		f->key = NULL;
		if (s != NULL && !f->changed) {
			/* its recorded hash stands, and with it its summary */
			plan_sum_copy(&f->sum, s);
			f->known = true;
			f->key = s->type != PLAN_NONE ? xstrdup(s->key) : NULL;
			/* errors: shown every run until mended, so read again;
			 * warnings too, for the build's log and its line of the
			 * files that still have them (issue 15) */
			if (s->level >= DIAG_WARNING && f->key != NULL)
				mark(&u, f->key);
			else if (s->level >= DIAG_WARNING)
				alone[i] = true;
			continue;
		}
		/* what it was and what it is now */
		if (s != NULL && s->type != PLAN_NONE)
			mark(&u, s->key);
		if ((f->key = sniff(f->path)) != NULL)
			mark(&u, f->key);
		else
			alone[i] = true;
	}
	for (i = 0; i < ngone && !all; i++)
		if ((s = plan_cache_get(cache, gone[i])) != NULL && s->type != PLAN_NONE)
			mark(&u, s->key);
	while (!*stop) {
		for (i = 0; i < n && !*stop; i++)
			if (alone[i]) {
				alone[i] = false;
				if (check_group(&files[i], 1) > 0)
					mark(&u, files[i]->key);
			}
		if (read_dirty(&u, n, order, stop) > 0)
			continue;
		/* a follow-up not read whose id now repeats another's, or no
		 * longer does: its group is read for its messages */
		memset(need, 0, n * sizeof(bool));
		if (unique(files, n, need) == 0)
			break;
		for (i = 0; i < n; i++)
			if (need[i])
				mark(&u, files[i]->key);
	}
	if (*stop)
		rc = -1;
	for (i = 0; i < u.ngroups; i++)
		free(u.groups[i].key);
	free(u.groups);
	strmap_free(&u.by_key);
	free(order);
	free(need);
	free(alone);
	return rc;
}
