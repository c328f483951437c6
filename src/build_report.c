/* The yearly nämnd report: for one nämnd and one calendar year, every
 * agreement the nämnd is responsible for that is valid some part of the
 * year, with the year's economy (adjusted as the agreement says), each
 * goal beside its outcome, the follow-up meetings held against those
 * required, the activities reported, charts, and an appendix of the
 * source files.  Every figure comes from an input file; what is missing
 * is said to be missing, never filled in. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "build.h"
#include "build_common.h"
#include "calc.h"
#include "corpus.h"
#include "diag.h"
#include "doc.h"
#include "format.h"
#include "limit.h"
#include "mem.h"
#include "model.h"
#include "template.h"

/* An agreement's amounts for the year, by kind of party. */
struct ag_amounts {
	long long	 kommun, ideburen, total;
	bool		 has_kommun, has_ideburen;	/* none is not shown as 0 */
};

struct rep {
	struct builder			 bd;
	const struct report_input	*in;
	int				 year;
	const struct namnd_ref		*namnd;
	const struct agreement		**ags;		/* of the report */
	struct ag_amounts		*amounts;	/* of each of ags */
	long long			 kommun, ideburen;	/* of all ags */
	size_t				 nags;
};

static const char *const kind_names[] = {
	[FU_PARTSSAMTAL] = "partssamtal",
	[FU_DIALOGMOTE] = "dialogmöte",
	[FU_STYRGRUPP] = "styrgruppsmöte",
	[FU_VERKSAMHETSRAPPORT] = "verksamhetsrapport",
};
_Static_assert(sizeof(kind_names) / sizeof(kind_names[0]) == FOLLOWUP_KIND_COUNT,
    "a follow-up kind without its word");

static const char *const status_names[] = {
	[GOAL_MET] = "Uppnått",
	[GOAL_NOT_MET] = "Ej uppnått",
	[GOAL_NOT_REPORTED] = "Ej rapporterat",
	[GOAL_NO_TARGET] = "Rapporterat, inget målvärde",
	[GOAL_UNJUDGED] = "Kan inte bedömas",
	[GOAL_NOT_YET] = "Ej uppnått ännu",
};
_Static_assert(sizeof(status_names) / sizeof(status_names[0]) == GOAL_NOT_YET + 1,
    "a goal status without its name");

/* ---------- what the report is made of ---------- */

static const char *
short_name(const struct agreement *ag)
{
	return ag->effort != NULL ? ag->effort : ag->title;
}

/* The usable follow-ups of an agreement, in corpus order. */
static bool
next_followup(const struct rep *r, const struct agreement *ag, size_t *i, const struct followup **out)
{
	const struct corpus *c = r->in->corpus;

	for (; *i < c->n; (*i)++) {
		const struct input *in = &c->docs[*i];

		if (r->in->usable[*i] && in->type == INPUT_FOLLOWUP && in->followup->agreement == ag) {
			*out = in->followup;
			(*i)++;
			return true;
		}
	}
	return false;
}

/* The outcome for a goal in a year: by the goal it names, or by measure;
 * the one whose period ends last. */
static const struct outcome *
outcome_for(const struct rep *r, const struct agreement *ag, const struct goal *g, int year,
    const struct followup **from)
{
	const struct outcome *best = NULL, *o;
	const struct followup *f;
	size_t i = 0;

	while (next_followup(r, ag, &i, &f))
		for (o = f->outcomes; o != NULL; o = o->next) {
			if (o->to.y != year)
				continue;
			/* the goal it names, or the same measure (so a delmål
			 * set in a follow-up finds its outcome too) */
			if (o->goal != g && (g->measure == NULL ||
			    strcasecmp(g->measure, o->measure) != 0))
				continue;
			if (best == NULL || date_compare(o->to, best->to) > 0) {
				best = o;
				*from = f;
			}
		}
	return best;
}

/* Goals that speak of the year: the agreement's (for the year or for
 * every year) and the delmål follow-ups set for it. */
struct goal_row {
	const struct goal	*goal;
	const struct outcome	*now, *before;
	const struct followup	*source;
	enum goal_status	 status;
};

/* Appends to rows the goals of one list that speak of the year. */
static void
add_goal_rows(const struct rep *r, const struct agreement *ag, const struct goal *list,
    struct goal_row **rows, size_t *n, size_t *cap)
{
	const struct goal *g;
	const struct followup *src;

	for (g = list; g != NULL; g = g->next) {
		struct goal_row *row;

		if (g->year != 0 && g->year != r->year)
			continue;
		if ((g->from.y != 0 && g->from.y > r->year) || (g->to.y != 0 && g->to.y < r->year))
			continue;
		xgrow((void **)rows, cap, *n + 1, sizeof(**rows));
		row = &(*rows)[(*n)++];
		memset(row, 0, sizeof(*row));
		row->goal = g;
		src = NULL;
		row->now = outcome_for(r, ag, g, r->year, &src);
		row->source = src;
		row->before = outcome_for(r, ag, g, r->year - 1, &src);
		row->status = goal_status(g->comparison, g->has_value, g->value,
		    row->now != NULL, row->now != NULL ? row->now->value : 0,
		    row->before != NULL, row->before != NULL ? row->before->value : 0,
		    row->now != NULL && g->has_per && g->per == PER_YEAR &&
		    (row->now->to.m != 12 || row->now->to.d != 31));
	}
}

/* The agreement's goals, then the delmål of every follow-up that sets
 * them for the year, however many. */
static size_t
goal_rows(const struct rep *r, const struct agreement *ag, struct goal_row **out)
{
	struct goal_row *rows = NULL;
	size_t n = 0, cap = 0, i = 0;
	const struct followup *f;

	add_goal_rows(r, ag, ag->goals, &rows, &n, &cap);
	while (next_followup(r, ag, &i, &f))
		if (f->next_year == r->year)
			add_goal_rows(r, ag, f->next_goals, &rows, &n, &cap);
	*out = rows;
	return n;
}

/* A follow-up belongs to a year when it is dated in it, or reports
 * outcomes for it (a year-end report written in January). */
static bool
in_year(const struct followup *f, int year)
{
	const struct outcome *o;

	if (f->date.y == year)
		return true;
	for (o = f->outcomes; o != NULL; o = o->next)
		if (o->to.y == year)
			return true;
	return false;
}

static bool
has_followup_in_year(const struct rep *r, const struct agreement *ag)
{
	const struct followup *f;
	size_t i = 0;

	while (next_followup(r, ag, &i, &f))
		if (in_year(f, r->year))
			return true;
	return false;
}

/* The year's amounts of every agreement and of all of them, added up
 * before anything is built: false, after an error naming the agreement,
 * when a sum would pass what a long long holds (a figure is never
 * printed wrapped). */
static bool
add_up_amounts(struct rep *r)
{
	size_t i;
	char max[64], m[64];

	money_format(LLONG_MAX, max, sizeof(max));
	r->amounts = xcalloc(r->nags + 1, sizeof(*r->amounts));
	for (i = 0; i < r->nags; i++) {
		const struct agreement *ag = r->ags[i];
		struct ag_amounts *am = &r->amounts[i];
		long line = ag->adjustment.kind != ADJ_NONE ? ag->adjustment.line : ag->line;
		const struct party *p;
		struct year_amount ya;

		for (p = ag->parties; p != NULL; p = p->next) {
			bool public = p->role == ROLE_PUBLIC;

			switch (calc_party_year(ag, p, r->year, &ya)) {
			case CALC_NONE:
				continue;
			case CALC_OVERFLOW:
				/* validate_agreement refuses these; kept for safety */
				diag(ag->path, line, MSG_ADJ_OVERFLOW, p->name, r->year, max);
				return false;
			case CALC_OK:
				break;
			}
			money_format(ya.amount, m, sizeof(m));
			if (!money_add(public ? &am->kommun : &am->ideburen, ya.amount) ||
			    !money_add(&am->total, ya.amount) ||
			    !money_add(public ? &r->kommun : &r->ideburen, ya.amount)) {
				diag(ag->path, line, MSG_REPORT_SUM_OVERFLOW, r->year, max, p->name, m);
				return false;
			}
			*(public ? &am->has_kommun : &am->has_ideburen) = true;
		}
	}
	return true;
}

/* "2 av 3 mätbara mål uppnådda; 1 ej rapporterat" */
static char *
fulfilment(struct rep *r, const struct agreement *ag)
{
	struct goal_row *rows;
	size_t n = goal_rows(r, ag, &rows), i, counts[GOAL_NOT_YET + 1] = { 0 };
	struct buf b = { NULL, 0, 0 };
	size_t measurable;
	char *s;

	if (!has_followup_in_year(r, ag)) {
		free(rows);
		return arena_printf(r->bd.a, "Ingen uppföljning rapporterad för %d", r->year);
	}
	for (i = 0; i < n; i++)
		counts[rows[i].status]++;
	measurable = counts[GOAL_MET] + counts[GOAL_NOT_MET];
	if (measurable > 0)
		buf_printf(&b, "%zu av %zu mätbara mål uppnådda", counts[GOAL_MET], measurable);
	else
		buf_printf(&b, "Inga mätbara mål att bedöma");
	if (counts[GOAL_NOT_REPORTED] > 0)
		buf_printf(&b, "; %zu ej %s", counts[GOAL_NOT_REPORTED],
		    counts[GOAL_NOT_REPORTED] == 1 ? "rapporterat" : "rapporterade");
	/* a yearly target part-way through the year is not measurable yet */
	if (counts[GOAL_NOT_YET] > 0)
		buf_printf(&b, "; %zu ej %s ännu", counts[GOAL_NOT_YET],
		    counts[GOAL_NOT_YET] == 1 ? "uppnått" : "uppnådda");
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	free(rows);
	return s;
}

/* ---------- pieces of text ---------- */

static struct doc_node *
heading(struct rep *r, const char *text, int level, bool toc)
{
	struct doc_node *b = build_heading(&r->bd, level, toc);

	doc_span(r->bd.doc, &b->text, text, FACE_BOLD, 0);
	b->outline = text;
	return b;
}

static struct doc_node *
text(struct rep *r, const char *s)
{
	struct doc_node *b = build_plain(&r->bd, s, FACE_REGULAR, r->bd.t->size_body, 0);

	b->space_after = r->bd.t->paragraph_space;
	return b;
}

static struct doc_node *
labelled(struct rep *r, const char *label, const char *value)
{
	struct doc_node *b = build_para(&r->bd, DOC_PARA, r->bd.t->size_body);

	b->align = DALIGN_LEFT;
	b->space_after = 2;
	doc_span(r->bd.doc, &b->text, arena_printf(r->bd.a, "%s: ", label), FACE_BOLD, 0);
	doc_span(r->bd.doc, &b->text, value, FACE_REGULAR, 0);
	return b;
}

/* ---------- the parts of the report ---------- */

static void
cover(struct rep *r)
{
	const struct template *t = r->bd.t;
	struct doc_node *b;
	size_t i, nfu = 0;
	const struct followup *f;

	for (i = 0; i < r->nags; i++) {
		size_t k = 0;

		while (next_followup(r, r->ags[i], &k, &f))
			nfu += in_year(f, r->year);
	}
	b = build_plain(&r->bd, arena_printf(r->bd.a, "Årsrapport %d", r->year), FACE_BOLD,
	    t->size_effort, 0);
	b->kind = DOC_TITLE;
	b->color = t->color_heading;
	b->offset = t->page_height / 5;
	b->leading = 1.15f;
	b->space_after = 6;
	b = build_plain(&r->bd, "Idéburet offentligt partnerskap (IOP)", FACE_BOLD, t->size_title, 0);
	b->color = t->color_heading;
	b->leading = 1.2f;
	b->space_after = 4;
	b = build_plain(&r->bd, arena_printf(r->bd.a, "%s, %s", r->namnd->name, r->namnd->kommun),
	    FACE_REGULAR, t->size_subtitle, 0);
	b->space_after = 18;
	text(r, arena_printf(r->bd.a, "Uppföljning av %zu %s som %s ansvarar för och som har gällt "
	    "under %d, med %zu %s för året. Varje siffra kommer ur en indatafil; bilagan "
	    "förtecknar dem.", r->nags, r->nags == 1 ? "överenskommelse" : "överenskommelser",
	    r->namnd->name, r->year, nfu, nfu == 1 ? "uppföljning" : "uppföljningar"));
	doc_add(r->bd.doc, r->bd.at, DOC_PAGE_BREAK);
}

static void
summary(struct rep *r)
{
	struct doc_table *tb;
	struct doc_chart *ch;
	size_t i, row, met = 0, measurable = 0, fus = 0;

	heading(r, "Sammanfattning", 1, true);
	for (i = 0; i < r->nags; i++) {
		struct goal_row *rows;
		size_t n = goal_rows(r, r->ags[i], &rows), g;
		const struct followup *f;
		size_t j = 0;

		for (g = 0; g < n; g++) {
			met += rows[g].status == GOAL_MET;
			measurable += rows[g].status == GOAL_MET || rows[g].status == GOAL_NOT_MET;
		}
		free(rows);
		while (next_followup(r, r->ags[i], &j, &f))
			fus += in_year(f, r->year);
	}

	/* The figures a member looks for first. */
	tb = build_table(&r->bd, 2, 6);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, arena_printf(r->bd.a, "%d i siffror", r->year), true,
	    DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "", true, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 1, 0, "Överenskommelser som gällt under året", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 1, 1, arena_printf(r->bd.a, "%zu", r->nags), true, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 2, 0, "Kommunens finansiering", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 2, 1, build_money(&r->bd, r->kommun, false), true, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 3, 0, "Idéburna parters insatser", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 3, 1, build_money(&r->bd, r->ideburen, false), true, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 4, 0, "Uppföljningar för året", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 4, 1, arena_printf(r->bd.a, "%zu", fus), true, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 5, 0, "Mätbara mål uppnådda", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 5, 1, measurable > 0 ?
	    arena_printf(r->bd.a, "%zu av %zu", met, measurable) : "inga att bedöma",
	    true, DALIGN_RIGHT, 0);
	build_table_block(&r->bd, tb);

	/* One row per agreement. */
	tb = build_table(&r->bd, 5, r->nags + 1);
	tb->fixed[3] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Överenskommelse", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Parter", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Period", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 3, arena_printf(r->bd.a, "Kommunen %d", r->year), true,
	    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 0, 4, "Måluppfyllelse", true, DALIGN_LEFT, 0);
	for (i = 0, row = 1; i < r->nags; i++, row++) {
		const struct agreement *ag = r->ags[i];
		const struct ag_amounts *am = &r->amounts[i];
		char a[16], b[16];

		date_format_iso(ag->from, a, sizeof(a));
		date_format_iso(ag->to, b, sizeof(b));
		build_cell_text(&r->bd, tb, row, 0, short_name(ag), true, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 1, build_parties(&r->bd, ag), false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 2, arena_printf(r->bd.a, "%s – %s", a, b), false,
		    DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 3, am->has_kommun ? build_money(&r->bd, am->kommun, false) :
		    "inget belopp angivet", false, DALIGN_RIGHT, 0);
		build_cell_text(&r->bd, tb, row, 4, fulfilment(r, ag), false, DALIGN_LEFT, 0);
	}
	build_table_block(&r->bd, tb)->space_before = 8;

	ch = build_chart_new(&r->bd, arena_printf(r->bd.a,
	    "Finansiering %d per överenskommelse, kronor", r->year), r->nags, 2);
	ch->stacked = true;
	ch->money = true;
	ch->series[0] = "Kommunen";
	ch->series[1] = "Idéburna parter";
	for (i = 0; i < r->nags; i++) {
		const struct ag_amounts *am = &r->amounts[i];

		ch->labels[i] = short_name(r->ags[i]);
		ch->values[i * 2] = (double)am->kommun;
		ch->values[i * 2 + 1] = (double)am->ideburen;
		ch->present[i * 2] = am->has_kommun;
		ch->present[i * 2 + 1] = am->has_ideburen;
	}
	build_chart(&r->bd, ch);
}

/* The first paragraph of the first section whose heading speaks of the
 * purpose ("Syfte", "Övergripande syfte ..."), quoted as written. */
static const struct block *
purpose(struct rep *r, const struct agreement *ag)
{
	/* sections nest no deeper than the elements may (LIMIT_DEPTH) */
	const struct block *b, *stack[LIMIT_DEPTH];
	size_t n = 0;

	for (b = ag->text; b != NULL || n > 0; ) {
		if (b == NULL) {
			b = stack[--n]->next;
			continue;
		}
		if (b->kind == BLOCK_SECTION) {
			char *h = rich_plain(r->bd.a, &b->text);
			const struct block *c;

			if (strncasecmp(h, "syfte", 5) == 0 || strstr(h, "syfte") != NULL)
				for (c = b->children; c != NULL; c = c->next)
					if (c->kind == BLOCK_P)
						return c;
			if (b->children != NULL && n < LIMIT_DEPTH) {
				stack[n++] = b;
				b = b->children;
				continue;
			}
		}
		b = b->next;
	}
	return NULL;
}

static const char *
goal_target(struct rep *r, const struct goal *g)
{
	if ((g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && g->has_value)
		return arena_printf(r->bd.a, "%s %lld%s%s%s", model_comparison_word(g->comparison), g->value,
		    g->unit != NULL ? " " : "", g->unit != NULL ? g->unit : "",
		    g->per == PER_YEAR && g->has_per ? " per år" : "");
	if (g->comparison == CMP_OKA || g->comparison == CMP_MINSKA || g->comparison == CMP_BIBEHALLA)
		return arena_printf(r->bd.a, "%s jämfört med %d", model_comparison_word(g->comparison),
		    r->year - 1);
	return "–";
}

static const char *
outcome_text(struct rep *r, const struct outcome *o)
{
	struct buf b = { NULL, 0, 0 };
	char to[16];
	const char *s;

	if (o == NULL)
		return "–";
	date_format_iso(o->to, to, sizeof(to));
	buf_printf(&b, "%lld%s%s", o->value, o->unit != NULL ? " " : "", o->unit != NULL ? o->unit : "");
	if (o->has_women || o->has_men || o->has_other) {
		/* only the parts given: an absent figure is not a zero */
		const char *sep = " (";

		if (o->has_women) {
			buf_printf(&b, "%s%lld kvinnor", sep, o->women);
			sep = ", ";
		}
		if (o->has_men) {
			buf_printf(&b, "%s%lld män", sep, o->men);
			sep = ", ";
		}
		if (o->has_other)
			buf_printf(&b, "%s%lld övriga", sep, o->other);
		buf_addc(&b, ')');
	}
	if (o->to.m != 12 || o->to.d != 31)
		buf_printf(&b, ", t.o.m. %s", to);
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

static void
economy(struct rep *r, const struct agreement *ag, const struct ag_amounts *am)
{
	const struct adjustment *a = &ag->adjustment;
	const struct party *p;
	struct year_amount ya;
	struct doc_table *tb;
	size_t n = 0, row = 1;

	heading(r, arena_printf(r->bd.a, "Ekonomi %d", r->year), 2, false);
	/* add_up_amounts has computed every amount: none overflows here */
	for (p = ag->parties; p != NULL; p = p->next)
		n += calc_party_year(ag, p, r->year, &ya) == CALC_OK;
	if (n == 0) {
		text(r, "Överenskommelsen anger inga belopp.");
		return;
	}
	tb = build_table(&r->bd, 3, n + 2);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Part", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, arena_printf(r->bd.a, "Belopp %d", r->year), true,
	    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Anmärkning", true, DALIGN_LEFT, 0);
	for (p = ag->parties; p != NULL; p = p->next) {
		struct buf note = { NULL, 0, 0 };
		const struct budget *bg;
		bool in_kind = false;
		char d[16];

		if (calc_party_year(ag, p, r->year, &ya) != CALC_OK)
			continue;
		for (bg = ag->budgets; bg != NULL; bg = bg->next)
			in_kind |= bg->party == p && bg->kind == BUDGET_IN_KIND;
		if (in_kind)
			buf_adds(&note, "insats i verksamheten, ingen utbetalning. ");
		if (ya.adjusted) {
			buf_printf(&note, "Grundbelopp %s (%d), uppräknat ",
			    build_money(&r->bd, ya.base, false), ya.base_year);
			date_format_iso(a->from, d, sizeof(d));
			if (a->kind == ADJ_PERCENT) {
				char pct[32], *dot;

				/* Swedish decimal comma: 2,5 % */
				snprintf(pct, sizeof(pct), "%g", a->percent);
				if ((dot = strchr(pct, '.')) != NULL)
					*dot = ',';
				buf_printf(&note, "med %s %% per år från %s. ", pct, d);
			}
			else
				buf_printf(&note, "enligt %s från %s. ", a->index, d);
		}
		if (ya.index_missing) {
			date_format_iso(a->from, d, sizeof(d));
			buf_printf(&note, "Uppräkning enligt %s från %s ska göras, men indexvärden saknas "
			    "i underlaget: beloppet visas utan uppräkning. ", a->index, d);
		}
		if (ya.partial)
			buf_printf(&note, "Överenskommelsen gäller %s detta år; %s. ",
			    build_period(&r->bd, ya.from, ya.to), ya.prorated ?
			    "beloppet är proportionerat efter dagar, som överenskommelsen anger" :
			    "beloppet är årsbeloppet, inte proportionerat");
		build_cell_text(&r->bd, tb, row, 0, arena_printf(r->bd.a, "%s (%s)", p->name,
		    p->role == ROLE_PUBLIC ? "kommunen" : "idéburen part"), false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 1, build_money(&r->bd, ya.amount, false), false,
		    DALIGN_RIGHT, 0);
		if (note.data != NULL) {
			/* drop the trailing space; start with a capital */
			note.data[note.len - 1] = '\0';
			if (note.data[0] == 'i')
				note.data[0] = 'I';
			build_cell_text(&r->bd, tb, row, 2, arena_strdup(r->bd.a, note.data), false,
			    DALIGN_LEFT, 0);
		}
		buf_free(&note);
		row++;
	}
	tb->rows[row]->total = true;
	build_cell_text(&r->bd, tb, row, 0, "Summa", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, row, 1, build_money(&r->bd, am->total, false), true, DALIGN_RIGHT, 0);
	build_table_block(&r->bd, tb);
}

static void
goals(struct rep *r, const struct agreement *ag)
{
	struct goal_row *rows;
	size_t n = goal_rows(r, ag, &rows), i, nchart = 0;
	struct doc_table *tb;
	struct doc_chart *ch;

	heading(r, arena_printf(r->bd.a, "Mål och utfall %d", r->year), 2, false);
	if (!has_followup_in_year(r, ag))
		text(r, arena_printf(r->bd.a, "Ingen uppföljning rapporterad för %d.", r->year))
		    ->text.first->face = FACE_BOLD;
	if (n == 0) {
		text(r, "Överenskommelsen anger inga mål för året.");
		free(rows);
		return;
	}
	tb = build_table(&r->bd, 4, n + 1);
	tb->fixed[3] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Mål", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Målvärde", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Utfall", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 3, "Status", true, DALIGN_LEFT, 0);
	for (i = 0; i < n; i++) {
		const struct goal *g = rows[i].goal;

		build_cell_text(&r->bd, tb, i + 1, 0, g->text, false, DALIGN_LEFT, g->line);
		build_cell_text(&r->bd, tb, i + 1, 1, goal_target(r, g), false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, i + 1, 2, outcome_text(r, rows[i].now), false,
		    DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, i + 1, 3, status_names[rows[i].status],
		    rows[i].status == GOAL_MET || rows[i].status == GOAL_NOT_MET, DALIGN_LEFT, 0);
		nchart += (g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && g->has_value;
	}
	build_table_block(&r->bd, tb);

	/* Targets against outcomes, where there are numbers to compare. */
	if (nchart > 0) {
		size_t k = 0;

		ch = build_chart_new(&r->bd, "Målvärde och utfall", nchart, 2);
		ch->series[0] = "Utfall";
		ch->series[1] = "Målvärde";
		for (i = 0; i < n; i++) {
			const struct goal *g = rows[i].goal;

			if (!((g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && g->has_value))
				continue;
			ch->labels[k] = g->measure != NULL ? g->measure : g->id;
			ch->values[k * 2] = rows[i].now != NULL ? (double)rows[i].now->value : 0;
			ch->present[k * 2] = rows[i].now != NULL;
			ch->values[k * 2 + 1] = (double)g->value;
			ch->present[k * 2 + 1] = true;
			k++;
		}
		build_chart(&r->bd, ch);
	}
	free(rows);
}

/* Whether an outcome answers one of the year's goals (shown there). */
static bool
answers_goal(const struct goal_row *rows, size_t n, const struct outcome *o)
{
	size_t i;

	if (o->goal != NULL)
		return true;
	for (i = 0; i < n; i++)
		if (rows[i].goal->measure != NULL && strcasecmp(rows[i].goal->measure, o->measure) == 0)
			return true;
	return false;
}

static void
other_outcomes(struct rep *r, const struct agreement *ag)
{
	const struct followup *f;
	const struct outcome *o;
	struct goal_row *rows;
	size_t i = 0, n = 0, nsplit = 0, row = 1, k = 0, nrows = goal_rows(r, ag, &rows);
	struct doc_table *tb;
	struct doc_chart *ch;

	while (next_followup(r, ag, &i, &f))
		for (o = f->outcomes; o != NULL; o = o->next)
			if (o->to.y == r->year && !answers_goal(rows, nrows, o)) {
				n++;
				nsplit += o->has_women || o->has_men;
			}
	if (n == 0) {
		free(rows);
		return;
	}
	heading(r, "Övriga utfall", 2, false);
	tb = build_table(&r->bd, 3, n + 1);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Mått", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Period", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Utfall", true, DALIGN_LEFT, 0);
	ch = nsplit > 0 ? build_chart_new(&r->bd, "Fördelning på kvinnor och män", nsplit, 2) : NULL;
	if (ch != NULL) {
		ch->stacked = true;
		ch->series[0] = "Kvinnor";
		ch->series[1] = "Män";
	}
	for (i = 0; next_followup(r, ag, &i, &f); )
		for (o = f->outcomes; o != NULL; o = o->next) {
			if (o->to.y != r->year || answers_goal(rows, nrows, o))
				continue;
			build_cell_text(&r->bd, tb, row, 0, o->measure, false, DALIGN_LEFT, o->line);
			build_cell_text(&r->bd, tb, row, 1, build_period(&r->bd, o->from, o->to), false,
			    DALIGN_LEFT, 0);
			build_cell_text(&r->bd, tb, row, 2, outcome_text(r, o), false, DALIGN_LEFT, 0);
			row++;
			if (ch != NULL && (o->has_women || o->has_men)) {
				ch->labels[k] = o->measure;
				ch->values[k * 2] = (double)o->women;
				ch->values[k * 2 + 1] = (double)o->men;
				ch->present[k * 2] = o->has_women;
				ch->present[k * 2 + 1] = o->has_men;
				k++;
			}
		}
	build_table_block(&r->bd, tb);
	if (ch != NULL)
		build_chart(&r->bd, ch);
	free(rows);
}

static void
meetings_and_activities(struct rep *r, const struct agreement *ag)
{
	const struct followup *f;
	const struct activity *a;
	size_t i = 0, held = 0, reports = 0;
	struct buf b = { NULL, 0, 0 };
	const char *kind = ag->followup.meeting_kind != NULL ? ag->followup.meeting_kind : "möte";
	const char **seen = NULL;	/* activity names listed so far */
	size_t nseen = 0, seen_cap = 0, k;
	struct doc_node *list = NULL;	/* the follow-ups', then the activities' */

	heading(r, "Uppföljning", 2, false);
	while (next_followup(r, ag, &i, &f)) {
		held += followup_is_meeting(f) && f->date.y == r->year;
		reports += !followup_is_meeting(f) && in_year(f, r->year);
	}
	if (ag->followup.meetings_per_year > 0)
		buf_printf(&b, "Uppföljningsmöten %d: %zu hölls; överenskommelsen kräver %d per år "
		    "(%s).", r->year, held, ag->followup.meetings_per_year, kind);
	else
		buf_printf(&b, "Uppföljningsmöten %d: %zu. Överenskommelsen anger inget antal.",
		    r->year, held);
	if (ag->followup.reports_per_year > 0)
		buf_printf(&b, " Skriftliga rapporter: %zu av %d per år.", reports,
		    ag->followup.reports_per_year);
	else if (ag->followup.reports_in_period > 0)
		buf_printf(&b, " Skriftliga rapporter: %zu av %d under perioden.", reports,
		    ag->followup.reports_in_period);
	{
		struct year_amount ya;
		const struct party *p = ag->parties;

		if (p != NULL && calc_party_year(ag, p, r->year, &ya) == CALC_OK && ya.partial)
			buf_printf(&b, " Överenskommelsen gäller bara %s detta år.",
			    build_period(&r->bd, ya.from, ya.to));
		else if (ag->from.y == r->year || ag->to.y == r->year) {
			struct date jan1 = { r->year, 1, 1 }, dec31 = { r->year, 12, 31 };
			struct date from = date_compare(ag->from, jan1) > 0 ? ag->from : jan1;
			struct date to = date_compare(ag->to, dec31) < 0 ? ag->to : dec31;

			if (date_compare(from, jan1) != 0 || date_compare(to, dec31) != 0)
				buf_printf(&b, " Överenskommelsen gäller bara %s detta år.",
				    build_period(&r->bd, from, to));
		}
	}
	text(r, arena_strdup(r->bd.a, b.data));
	buf_free(&b);
	for (i = 0; next_followup(r, ag, &i, &f); ) {
		struct doc_node *it;
		char d[16];

		if (!in_year(f, r->year))
			continue;
		date_format_iso(f->date, d, sizeof(d));
		if (list == NULL)
			list = build_list_node(&r->bd);
		it = build_item(&r->bd, list);
		it->align = DALIGN_LEFT;
		it->label = "\xE2\x80\xA2";
		it->space_after = 2;
		doc_span(r->bd.doc, &it->text, arena_printf(r->bd.a, "%s, %s: ", d,
		    kind_names[f->kind]), FACE_BOLD, 0);
		doc_span(r->bd.doc, &it->text, f->summary != NULL ? f->summary : f->title,
		    FACE_REGULAR, 0);
	}
	/* The activities reported during the year, each once. */
	for (i = 0; next_followup(r, ag, &i, &f); ) {
		if (!in_year(f, r->year))
			continue;
		for (a = f->activities; a != NULL; a = a->next) {
			const struct activity_place *pl;
			struct doc_node *it;

			for (k = 0; k < nseen && strcmp(seen[k], a->name) != 0; k++)
				continue;
			if (k < nseen)
				continue;
			xgrow((void **)&seen, &seen_cap, nseen + 1, sizeof(*seen));
			seen[nseen++] = a->name;
			if (nseen == 1) {
				heading(r, arena_printf(r->bd.a, "Aktiviteter %d", r->year), 2, false);
				list = build_list_node(&r->bd);
			}
			it = build_item(&r->bd, list);
			it->align = DALIGN_LEFT;
			it->label = "\xE2\x80\xA2";
			it->space_after = 2;
			doc_span(r->bd.doc, &it->text, a->name, FACE_BOLD, a->line);
			for (pl = a->places, k = 0; pl != NULL; pl = pl->next, k++)
				doc_span(r->bd.doc, &it->text, arena_printf(r->bd.a, "%s%s%s%s%s",
				    k == 0 ? ": " : "; ", pl->name, pl->frequency != NULL ? " (" : "",
				    pl->frequency != NULL ? pl->frequency : "",
				    pl->frequency != NULL ? ")" : ""), FACE_REGULAR, pl->line);
		}
	}
	free(seen);
}

static void
agreement_section(struct rep *r, size_t k)
{
	const struct agreement *ag = r->ags[k];
	const struct block *p = ag->purpose == NULL ? purpose(r, ag) : NULL;
	const struct followup *f;
	struct buf src = { NULL, 0, 0 };
	size_t i = 0;

	doc_add(r->bd.doc, r->bd.at, DOC_PAGE_BREAK);
	heading(r, short_name(ag), 1, true);
	labelled(r, "Överenskommelse", ag->title);
	labelled(r, "Parter", build_parties(&r->bd, ag));
	labelled(r, "Period", build_period(&r->bd, ag->from, ag->to));
	if (ag->diarienummer != NULL)
		labelled(r, "Diarienummer", ag->diarienummer);
	buf_adds(&src, ag->path);
	while (next_followup(r, ag, &i, &f))
		buf_printf(&src, ", %s", f->path);
	labelled(r, "Källor", arena_strdup(r->bd.a, src.data))->space_after = 8;
	buf_free(&src);
	if (ag->purpose != NULL || p != NULL)
		heading(r, "Syfte", 2, false);
	if (ag->purpose != NULL)
		text(r, ag->purpose);
	else if (p != NULL) {
		struct doc_node *b = build_para(&r->bd, DOC_PARA, r->bd.t->size_body);

		build_rich(&r->bd, &b->text, &p->text, false);
		/* "... är att:" goes on in the list that follows */
		if (p->next != NULL && p->next->kind == BLOCK_LIST)
			build_list(&r->bd, p->next, 0);
	}
	economy(r, ag, &r->amounts[k]);
	goals(r, ag);
	other_outcomes(r, ag);
	meetings_and_activities(r, ag);
}

/* Whether corpus document i is one the report is made from: one of its
 * agreements, or a follow-up of one. */
static bool
uses(const struct rep *r, size_t i)
{
	const struct input *in = &r->in->corpus->docs[i];
	size_t k;

	if (!r->in->usable[i])
		return false;
	for (k = 0; k < r->nags; k++)
		if ((in->type == INPUT_AGREEMENT && in->agreement == r->ags[k]) ||
		    (in->type == INPUT_FOLLOWUP && in->followup->agreement == r->ags[k]))
			return true;
	return false;
}

static void
appendix(struct rep *r)
{
	const struct corpus *c = r->in->corpus;
	struct doc_table *tb;
	size_t i, n = 0, row = 1;

	doc_add(r->bd.doc, r->bd.at, DOC_PAGE_BREAK);
	heading(r, "Bilaga: underlag", 1, true);
	text(r, "Rapporten bygger på dessa filer. Datum är dokumentets eget datum (för en "
	    "överenskommelse utan datum: periodens första dag).");
	for (i = 0; i < c->n; i++)
		n += uses(r, i);
	tb = build_table(&r->bd, 4, n + 1);
	tb->fixed[1] = true;
	tb->fixed[3] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Fil", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Dokument", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Id", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 3, "Datum", true, DALIGN_LEFT, 0);
	for (i = 0; i < c->n; i++) {
		const struct input *in = &c->docs[i];
		struct date d;
		char ds[16];

		if (!uses(r, i))
			continue;
		if (in->type == INPUT_AGREEMENT)
			d = in->agreement->date.y != 0 ? in->agreement->date : in->agreement->from;
		else
			d = in->followup->date;
		date_format_iso(d, ds, sizeof(ds));
		build_cell_text(&r->bd, tb, row, 0, input_path(in), false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 1, in->type == INPUT_AGREEMENT ? "överenskommelse" :
		    kind_names[in->followup->kind], false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 2, input_id(in), false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 3, arena_strdup(r->bd.a, ds), false, DALIGN_LEFT, 0);
		row++;
	}
	build_table_block(&r->bd, tb);
	if (r->in->nfailed > 0) {
		heading(r, "Filer som lämnades utanför", 2, false);
		text(r, "Dessa filer i körningen har fel (se iopdocs meddelanden) och har inte "
		    "kunnat användas, vilken nämnd de än gäller:");
		for (i = 0; i < r->in->nfailed; i++) {
			struct doc_node *it = build_plain(&r->bd, r->in->failed[i], FACE_REGULAR,
			    r->bd.t->size_body, 0);

			it->inset = true;
			it->space_after = 1;
		}
	}
}

/* ---------- entry point ---------- */

struct doc *
build_report(const struct report_input *in, const struct template *t)
{
	const struct corpus *c = in->corpus;
	struct rep r;
	struct doc *d;
	struct arena *a;
	struct buf known = { NULL, 0, 0 };
	size_t i, cap = 0;
	long created = 0;

	memset(&r, 0, sizeof(r));
	r.in = in;
	r.year = in->year;
	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;

		if (!in->usable[i] || c->docs[i].type != INPUT_AGREEMENT || ag->namnd == NULL)
			continue;
		if (strstr(known.data != NULL ? known.data : "", ag->namnd->id) == NULL)
			buf_printf(&known, "%s%s", known.len > 0 ? ", " : "", ag->namnd->id);
		if (strcmp(ag->namnd->id, in->namnd) != 0)
			continue;
		r.namnd = ag->namnd;
		if (!calc_covers_year(ag, in->year))
			continue;
		xgrow((void **)&r.ags, &cap, r.nags + 1, sizeof(*r.ags));
		r.ags[r.nags++] = ag;
	}
	if (r.namnd == NULL) {
		diag(NULL, 0, MSG_NO_NAMND, in->namnd, known.data != NULL ? known.data : "none");
		buf_free(&known);
		free(r.ags);
		return NULL;
	}
	buf_free(&known);
	if (r.nags == 0) {
		diag(NULL, 0, MSG_REPORT_EMPTY, r.namnd->name, in->year);
		free(r.ags);
		return NULL;
	}
	if (!add_up_amounts(&r)) {
		free(r.amounts);
		free(r.ags);
		return NULL;
	}
	/* The newest date of its own inputs dates the report, so the same
	 * inputs give the same PDF, and other nämnders' files do not matter. */
	for (i = 0; i < c->n; i++)
		if (uses(&r, i)) {
			const struct input *doc = &c->docs[i];
			struct date when = doc->type == INPUT_FOLLOWUP ? doc->followup->date :
			    doc->agreement->date.y != 0 ? doc->agreement->date : doc->agreement->from;
			long seconds = date_days(when) * 86400L;

			if (seconds > created)
				created = seconds;
		}

	a = arena_new();
	d = arena_alloc(a, sizeof(*d));
	d->arena = a;
	d->path = arena_printf(a, "rapport-%s-%d", in->namnd, in->year);
	d->created = created;
	d->title = arena_printf(a, "Årsrapport %d – IOP – %s", in->year, r.namnd->name);
	d->effort = arena_printf(a, "Årsrapport %d", in->year);
	d->diarienummer = arena_printf(a, "%s, %s", r.namnd->name, r.namnd->kommun);
	d->subject = arena_printf(a, "Uppföljning av idéburna offentliga partnerskap %d", in->year);
	d->author = r.namnd->kommun;
	d->keywords = "IOP, årsrapport, uppföljning";
	r.bd.doc = d;
	r.bd.t = t;
	r.bd.a = a;

	cover(&r);
	summary(&r);
	for (i = 0; i < r.nags; i++)
		agreement_section(&r, i);
	appendix(&r);
	free(r.amounts);
	free(r.ags);
	return d;
}
