/* What the nämnd report compares (issue 13): each party's money over the
 * agreement's years, each goal's outcomes over the years, last year's
 * figures beside this year's in the summary, and the rule that a chart
 * compares at least two bars. */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_common.h"
#include "build_report_int.h"
#include "calc.h"
#include "corpus.h"
#include "doc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "utf8.h"

/* Years of the funding and outcome tables: the report's and up to four
 * before it. */
#define COMPARE_YEARS	5

bool
report_chart(struct rep *r, struct doc_chart *ch)
{
	size_t i, s, bars = 0;

	for (i = 0; i < ch->nrows; i++) {
		size_t present = 0;

		for (s = 0; s < ch->nseries; s++)
			present += ch->present[i * ch->nseries + s];
		bars += ch->stacked ? present > 0 : present;
	}
	/* one bar compares nothing: the table beside it says it */
	if (bars < 2)
		return false;
	build_chart(&r->bd, ch);
	return true;
}

/* ---------- funding per party and year ---------- */

/* One party's figure for one year. */
enum year_fig { FIG_NONE, FIG_NOT_VALUED, FIG_AMOUNT };

static enum year_fig
party_year(const struct agreement *ag, const struct party *p, int year, struct year_amount *ya)
{
	if (calc_party_year(ag, p, year, ya) != CALC_OK)
		return FIG_NONE;
	if (ya->valued)
		return FIG_AMOUNT;
	return report_party_lists_not_valued(ag, p, ya->base_year) ? FIG_NOT_VALUED : FIG_NONE;
}

static const char *
fig_text(struct rep *r, enum year_fig f, long long kr)
{
	return f == FIG_AMOUNT ? build_money(&r->bd, kr, false) :
	    f == FIG_NOT_VALUED ? "ej värderad" : "–";
}

/* "Hela perioden" of one party: the sum of every year of the period when
 * each has a figure; else what is missing, added to miss. */
static const char *
party_period(struct rep *r, const struct agreement *ag, const struct party *p,
    struct buf *miss, long long *sum, bool *complete)
{
	struct year_amount ya;
	size_t nfig = 0, nnot = 0, nnone = 0, k = 0, nannual = 0;
	struct buf years = { NULL, 0, 0 }, annual = { NULL, 0, 0 };
	bool overflow = false;
	const char *s;
	int y;

	*sum = 0;
	for (y = ag->from.y; y <= ag->to.y; y++)
		switch (party_year(ag, p, y, &ya)) {
		case FIG_AMOUNT:
			nfig++;
			overflow |= !money_add(sum, ya.amount);
			/* a whole year's amount for a part of it: the years
			 * added up would count more than the period */
			if (ya.annual_for_part)
				buf_printf(&annual, "%s%d", nannual++ == 0 ? "" : " och ", y);
			break;
		case FIG_NOT_VALUED:
			nnot++;
			break;
		case FIG_NONE:
			nnone++;
			/* runs of years as ranges: "2020–2024, 2027" */
			if (y > ag->from.y && party_year(ag, p, y - 1, &ya) == FIG_NONE) {
				if (y == ag->to.y || party_year(ag, p, y + 1, &ya) != FIG_NONE)
					buf_printf(&years, "–%d", y);
				break;
			}
			buf_printf(&years, "%s%d", k++ == 0 ? "" : ", ", y);
			break;
		}
	*complete = nfig > 0 && nnot == 0 && nnone == 0 && !overflow && nannual == 0;
	if (*complete) {
		buf_free(&years);
		return build_money(&r->bd, *sum, false);
	}
	if (nannual > 0 && nnot == 0 && nnone == 0 && !overflow) {
		buf_printf(miss, "%s ej summerat, eftersom %s räknas med helt årsbelopp fast "
		    "överenskommelsen bara gäller en del av %s. ", p->name, annual.data,
		    nannual == 1 ? "året" : "åren");
		buf_free(&annual);
		buf_free(&years);
		return "ej summerat";
	}
	buf_free(&annual);
	if (nfig == 0 && nnone == 0)
		s = "ej värderad";
	else if (nfig == 0)
		s = "–";
	else {
		/* some years without a figure: no sum that looks whole */
		s = "ofullständig";
		if (nnone > 0)
			buf_printf(miss, "%s saknar belopp för %s. ", p->name, years.data);
		if (nnot > 0)
			buf_printf(miss, "%s har insatser utan värde %s. ", p->name,
			    nnot == 1 ? "ett år" : "flera år");
	}
	buf_free(&years);
	return s;
}

/* How a party's amount counts a part year: "beloppet är proportionerat
 * efter dagar, …" */
static const char *
part_words(struct rep *r, const struct agreement *ag, const struct year_amount *ya)
{
	if (ya->monthly != 0 && ya->base == 0)
		return "månadsbeloppen räknas för de månader överenskommelsen gäller";
	return report_adjust_prorated(r, ag, ya);
}

/* "Del av år 2024 (2024-09-01 – 2024-12-31): för alla parter är beloppet
 * …" or, when they differ, each party's words after its name. */
/* The part of calendar year y the period covers; false: all of it. */
static bool
part_of_year(const struct agreement *ag, int y, struct date *from, struct date *to)
{
	struct date jan1 = { y, 1, 1 }, dec31 = { y, 12, 31 };

	*from = date_compare(ag->from, jan1) > 0 ? ag->from : jan1;
	*to = date_compare(ag->to, dec31) < 0 ? ag->to : dec31;
	return date_compare(*from, jan1) != 0 || date_compare(*to, dec31) != 0;
}

/* A party's words for a part year: how its amount counts it, or, with
 * agreement years whose own part is whole, the calendar year's days of
 * the agreement year ("beloppet är 181 av 365 dagar av 2026/27"). */
static const char *
part_party_words(struct rep *r, const struct agreement *ag, const struct year_amount *ya)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;
	size_t i;

	if (ya->partial)
		return part_words(r, ag, ya);
	buf_adds(&b, "beloppet räknar ");
	for (i = 0; i < ya->nparts; i++)
		buf_printf(&b, "%s%ld av %ld dagar av %s", i == 0 ? "" : " och ",
		    ya->part[i].last - ya->part[i].first + 1, ya->part[i].days,
		    report_budget_year(r, ag, ya->part[i].agreement_year));
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

static void
part_year_note(struct rep *r, const struct agreement *ag, int y, struct buf *note)
{
	const struct party *p;
	struct year_amount ya;
	const char *words = NULL;
	struct date from, to;
	bool same = true;
	size_t n = 0;

	if (!part_of_year(ag, y, &from, &to))
		return;
	for (p = ag->parties; p != NULL; p = p->next) {
		const char *w;

		if (party_year(ag, p, y, &ya) != FIG_AMOUNT)
			continue;
		w = part_party_words(r, ag, &ya);
		same &= words == NULL || strcmp(words, w) == 0;
		words = w;
		n++;
	}
	if (n == 0)
		return;
	buf_printf(note, "Del av år %d (%s): ", y, build_period(&r->bd, from, to));
	if (same) {
		buf_printf(note, "%s%s. ", n > 1 ? "för alla parter gäller att " : "", words);
		return;
	}
	for (p = ag->parties, n = 0; p != NULL; p = p->next) {
		if (party_year(ag, p, y, &ya) != FIG_AMOUNT)
			continue;
		buf_printf(note, "%s%s: %s", n++ == 0 ? "" : "; ", p->name,
		    part_party_words(r, ag, &ya));
	}
	buf_adds(note, ". ");
}

/* "Indexvärden saknas i underlaget för 2022 och 2023: beloppen för de
 * åren visas utan den uppräkningen." when an index step of a year of
 * the period has no value (the Ekonomi remark says which). */
static void
index_missing_note(const struct agreement *ag, struct buf *note)
{
	const struct party *p;
	struct year_amount ya;
	int y, years[64];
	size_t n = 0, i;

	for (y = ag->from.y; y <= ag->to.y && n < sizeof(years) / sizeof(years[0]); y++)
		for (p = ag->parties; p != NULL; p = p->next)
			if (party_year(ag, p, y, &ya) == FIG_AMOUNT && ya.index_missing) {
				years[n++] = y;
				break;
			}
	if (n == 0)
		return;
	buf_adds(note, "Indexvärden saknas i underlaget för ");
	for (i = 0; i < n; i++)
		buf_printf(note, "%s%d", i == 0 ? "" : i + 1 == n ? " och " : ", ", years[i]);
	buf_printf(note, ": %s visas utan den uppräkningen. ", n == 1 ? "beloppet för det året" :
	    "beloppen för de åren");
}

void
report_compare_funding(struct rep *r, const struct agreement *ag)
{
	const struct party *p;
	struct year_amount ya;
	struct doc_table *tb;
	struct buf miss = { NULL, 0, 0 }, part = { NULL, 0, 0 };
	int first = ag->from.y > r->year - (COMPARE_YEARS - 1) ? ag->from.y :
	    r->year - (COMPARE_YEARS - 1), last = r->year < ag->to.y ? r->year : ag->to.y, y;
	size_t nparties = 0, row = 1, ncols, col;
	long long total_period = 0;
	bool period_whole = true, period_any = false, not_summed = false;

	/* within one calendar year the year's table says it all */
	if (ag->from.y == ag->to.y || last < first)
		return;
	for (p = ag->parties; p != NULL; p = p->next) {
		bool any = false;

		for (y = ag->from.y; y <= ag->to.y && !any; y++)
			any = party_year(ag, p, y, &ya) != FIG_NONE;
		nparties += any;
	}
	if (nparties == 0)
		return;
	ncols = 1 + (size_t)(last - first + 1) + 1;
	report_text(r, arena_printf(r->bd.a, "Finansiering per part och år under avtalsperioden "
	    "%d–%d:", ag->from.y, ag->to.y))->keep_with_next = true;
	tb = build_table(&r->bd, ncols, nparties + 2);
	tb->fit = true;
	build_cell_text(&r->bd, tb, 0, 0, "Part", true, DALIGN_LEFT, 0);
	for (y = first, col = 1; y <= last; y++, col++) {
		struct date from, to;
		bool partial = part_of_year(ag, y, &from, &to);

		build_cell_text(&r->bd, tb, 0, col, partial ? arena_printf(r->bd.a, "%d (del av år)", y) :
		    arena_printf(r->bd.a, "%d", y), true, DALIGN_RIGHT, 0);
		tb->fixed[col] = true;
		if (!partial)
			continue;
		part_year_note(r, ag, y, &part);
	}
	build_cell_text(&r->bd, tb, 0, ncols - 1, arena_printf(r->bd.a, "Hela perioden %d–%d",
	    ag->from.y, ag->to.y), true, DALIGN_RIGHT, 0);
	for (p = ag->parties; p != NULL; p = p->next) {
		long long sum;
		bool complete, any = false;
		const char *whole;

		for (y = ag->from.y; y <= ag->to.y && !any; y++)
			any = party_year(ag, p, y, &ya) != FIG_NONE;
		if (!any)
			continue;
		build_cell_text(&r->bd, tb, row, 0, arena_printf(r->bd.a, "%s (%s)", p->name,
		    report_party_label(r, ag, p)), false, DALIGN_LEFT, 0);
		for (y = first, col = 1; y <= last; y++, col++) {
			enum year_fig f = party_year(ag, p, y, &ya);

			build_cell_text(&r->bd, tb, row, col, fig_text(r, f, ya.amount), false,
			    DALIGN_RIGHT, 0);
		}
		whole = party_period(r, ag, p, &miss, &sum, &complete);
		build_cell_text(&r->bd, tb, row, ncols - 1, whole, false, DALIGN_RIGHT, 0);
		if (complete) {
			period_any = true;
			period_whole &= money_add(&total_period, sum);
		} else if (strcmp(whole, "ej summerat") == 0)
			not_summed = true;
		else if (strcmp(whole, "–") != 0 && strcmp(whole, "ej värderad") != 0)
			period_whole = false;
		row++;
	}
	tb->rows[row]->total = true;
	build_cell_text(&r->bd, tb, row, 0, "Summa", true, DALIGN_LEFT, 0);
	for (y = first, col = 1; y <= last; y++, col++) {
		long long sum = 0;
		bool any = false, ok = true;

		for (p = ag->parties; p != NULL; p = p->next)
			if (party_year(ag, p, y, &ya) == FIG_AMOUNT) {
				ok &= money_add(&sum, ya.amount);
				any = true;
			}
		build_cell_text(&r->bd, tb, row, col, any && ok ? build_money(&r->bd, sum, false) : "–",
		    true, DALIGN_RIGHT, 0);
	}
	build_cell_text(&r->bd, tb, row, ncols - 1, not_summed ? "ej summerat" : !period_any ?
	    "–" : period_whole ? build_money(&r->bd, total_period, false) : "ofullständig", true,
	    DALIGN_RIGHT, 0);
	build_table_block(&r->bd, tb);
	index_missing_note(ag, &part);
	if (first > ag->from.y)
		buf_printf(&part, first - 1 == ag->from.y ? "Året %d ingår i hela perioden men visas "
		    "inte. " : "Åren %d–%d ingår i hela perioden men visas inte. ", ag->from.y, first - 1);
	if (ag->to.y > r->year)
		buf_printf(&part, "Hela perioden räknar också åren efter %d med överenskommelsens "
		    "belopp. ", r->year);
	if (part.data != NULL || miss.data != NULL) {
		struct buf b = { NULL, 0, 0 };

		if (part.data != NULL)
			buf_adds(&b, part.data);
		if (miss.data != NULL)
			buf_printf(&b, "Hela perioden: %s", miss.data);
		b.data[b.len - 1] = '\0';
		report_text(r, arena_strdup(r->bd.a, b.data));
		buf_free(&b);
	}
	buf_free(&part);
	buf_free(&miss);
}

/* ---------- outcomes over the years ---------- */

/* The goal's outcome ending in year: the one it names or of its measure,
 * the one whose period ends last (as the goal table picks it). */
static const struct outcome *
goal_outcome(const struct rep *r, const struct agreement *ag, const struct goal *g, int year)
{
	return report_goal_outcome(r, ag, g, year, NULL);
}


/* A row of "Utfall per år": a goal of the year, or the measure of an
 * outcome of the year that answers none (a stand-in goal that has only
 * the measure, and no target). */
struct trend {
	const struct goal	*goal;
	struct goal		 measure_only;
	bool			 is_goal;
};

/* Whether outcome o answers one of the goal rows (shown with it). */
static bool
answers_a_goal(const struct goal_row *rows, size_t n, const struct outcome *o)
{
	size_t i;

	if (o->goal != NULL)
		return true;
	for (i = 0; i < n; i++)
		if (rows[i].goal->measure != NULL && o->measure != NULL &&
		    utf8_casecmp(rows[i].goal->measure, o->measure) == 0)
			return true;
	return false;
}

/* The goals of the year, then each measure of the year's other outcomes
 * once, that have outcomes in more than one of the years first..year;
 * *yfirst, *ylast: the years any of them has one in. */
static size_t
trend_rows(const struct rep *r, const struct agreement *ag, const struct goal_row *rows,
    size_t n, int first, struct trend **out, int *yfirst, int *ylast)
{
	struct trend *t = NULL;
	size_t nt = 0, cap = 0, i, k;
	const struct followup *f;
	const struct outcome *o;
	int y, years;

	*yfirst = *ylast = 0;
	for (i = 0; i < n; i++) {
		xgrow((void **)&t, &cap, nt + 1, sizeof(*t));
		memset(&t[nt], 0, sizeof(t[nt]));
		t[nt].goal = rows[i].goal;
		t[nt++].is_goal = true;
	}
	for (i = 0; report_next_followup(r, ag, &i, &f); )
		for (o = f->outcomes; o != NULL; o = o->next) {
			if (o->to.y != r->year || o->cumulative || o->measure == NULL ||
			    answers_a_goal(rows, n, o))
				continue;
			for (k = n; k < nt && utf8_casecmp(t[k].measure_only.measure, o->measure) != 0; k++)
				continue;
			if (k < nt)
				continue;
			xgrow((void **)&t, &cap, nt + 1, sizeof(*t));
			memset(&t[nt], 0, sizeof(t[nt]));
			t[nt].measure_only.measure = o->measure;
			nt++;
		}
	for (i = 0, k = 0; i < nt; i++) {
		const struct goal *g = t[i].is_goal ? t[i].goal : &t[i].measure_only;

		for (y = first, years = 0; y <= r->year; y++)
			years += goal_outcome(r, ag, g, y) != NULL;
		if (years < 2)
			continue;
		for (y = first; y <= r->year; y++)
			if (goal_outcome(r, ag, g, y) != NULL) {
				if (*yfirst == 0 || y < *yfirst)
					*yfirst = y;
				if (y > *ylast)
					*ylast = y;
			}
		t[k] = t[i];
		if (!t[k].is_goal)
			t[k].goal = NULL;
		k++;
	}
	*out = t;
	return k;
}

/* Whether row i's measure names it: no other row has the same measure
 * (two delmål of "deltagare" are told apart by their text). */
static bool
measure_unique(const struct trend *t, size_t n, size_t i)
{
	const char *m = t[i].is_goal ? t[i].goal->measure : t[i].measure_only.measure;
	size_t j;

	if (m == NULL)
		return false;
	for (j = 0; j < n; j++) {
		const char *o = t[j].is_goal ? t[j].goal->measure : t[j].measure_only.measure;

		if (j != i && o != NULL && utf8_casecmp(o, m) == 0)
			return false;
	}
	return true;
}

void
report_compare_trends(struct rep *r, const struct agreement *ag,
    const char *(*target)(struct rep *, const struct goal *))
{
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i, nt, col, ncols;
	int first = ag->from.y > r->year - (COMPARE_YEARS - 1) ? ag->from.y :
	    r->year - (COMPARE_YEARS - 1), y, yfirst, ylast;
	struct trend *t;
	struct doc_table *tb;

	nt = trend_rows(r, ag, rows, n, first, &t, &yfirst, &ylast);
	if (nt == 0) {
		free(t);
		free(rows);
		return;
	}
	ncols = 1 + (size_t)(ylast - yfirst + 1) + 1;
	report_text(r, "Utfall per år:")->keep_with_next = true;
	tb = build_table(&r->bd, ncols, nt + 1);
	tb->fit = true;
	build_cell_text(&r->bd, tb, 0, 0, "Mått", true, DALIGN_LEFT, 0);
	for (y = yfirst, col = 1; y <= ylast; y++, col++)
		build_cell_text(&r->bd, tb, 0, col, arena_printf(r->bd.a, "%d", y), true,
		    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 0, ncols - 1, "Målvärde", true, DALIGN_LEFT, 0);
	for (i = 0; i < nt; i++) {
		const struct goal *g = t[i].is_goal ? t[i].goal : &t[i].measure_only;

		build_cell_text(&r->bd, tb, i + 1, 0, measure_unique(t, nt, i) ||
		    g->text == NULL ? g->measure : g->text, false, DALIGN_LEFT, t[i].is_goal ? g->line : 0);
		for (y = yfirst, col = 1; y <= ylast; y++, col++) {
			const struct outcome *o = goal_outcome(r, ag, g, y);
			struct buf b = { NULL, 0, 0 };
			char to[16];

			if (o == NULL) {
				build_cell_text(&r->bd, tb, i + 1, col, "–", false, DALIGN_RIGHT, 0);
				continue;
			}
			report_add_count(&b, o->value);
			report_outcome_ratio(&b, o);
			report_outcome_percent(&b, o);
			/* part of the year: say which part */
			if (o->to.m != 12 || o->to.d != 31) {
				date_format_iso(o->to, to, sizeof(to));
				buf_printf(&b, " (t.o.m. %s)", to);
			}
			build_cell_text(&r->bd, tb, i + 1, col, arena_strdup(r->bd.a, b.data), false,
			    DALIGN_RIGHT, 0);
			buf_free(&b);
		}
		/* an outcome without a goal has no target: "–", never 0 */
		build_cell_text(&r->bd, tb, i + 1, ncols - 1, t[i].is_goal ? target(r, g) : "–",
		    false, DALIGN_LEFT, 0);
	}
	build_table_block(&r->bd, tb);
	free(t);
	free(rows);
}

/* ---------- last year, for the summary ---------- */

bool
report_last_year(const struct rep *r, struct rep *prev)
{
	const struct corpus *c = r->in->corpus;
	size_t i, cap = 0;

	memset(prev, 0, sizeof(*prev));
	prev->bd = r->bd;
	prev->in = r->in;
	prev->year = r->year - 1;
	prev->namnd = r->namnd;
	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;

		if (!r->in->usable[i] || c->docs[i].type != INPUT_AGREEMENT || ag->namnd == NULL ||
		    strcmp(ag->namnd->id, r->in->namnd) != 0 || !calc_covers_year(ag, prev->year))
			continue;
		xgrow((void **)&prev->ags, &cap, prev->nags + 1, sizeof(*prev->ags));
		prev->ags[prev->nags++] = ag;
	}
	if (prev->nags == 0 || !report_add_up_amounts(prev)) {
		report_last_year_free(prev);
		return false;
	}
	return true;
}

void
report_last_year_free(struct rep *prev)
{
	free(prev->amounts);
	free(prev->ags);
	prev->amounts = NULL;
	prev->ags = NULL;
	prev->nags = 0;
}

void
report_year_counts(const struct rep *r, size_t *fus, size_t *met, size_t *measurable)
{
	size_t i;

	*fus = *met = *measurable = 0;
	for (i = 0; i < r->nags; i++) {
		struct goal_row *rows;
		size_t n = report_goal_rows(r, r->ags[i], &rows), g, j = 0;
		const struct followup *f;

		for (g = 0; g < n; g++) {
			*met += rows[g].status == GOAL_MET;
			*measurable += rows[g].status == GOAL_MET || rows[g].status == GOAL_NOT_MET;
		}
		free(rows);
		while (report_next_followup(r, r->ags[i], &j, &f))
			*fus += report_in_year(f, r->year);
	}
}

void
report_compare_last_column(struct rep *r, struct doc_table *tb, size_t col, size_t k,
    struct rep *last)
{
	size_t fus, met, measurable;

	report_year_counts(last, &fus, &met, &measurable);
	tb->fixed[col] = true;
	build_cell_text(&r->bd, tb, 0, col, arena_printf(r->bd.a, "%d", last->year), true,
	    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 1, col, arena_printf(r->bd.a, "%zu", last->nags), false,
	    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 2, col, report_econ_sum(last, true), false, DALIGN_RIGHT, 0);
	if (k == 1)
		build_cell_text(&r->bd, tb, 3, col, report_has_other_public(last) ?
		    report_other_public_sum(last) : "–", false, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 3 + k, col, report_econ_sum(last, false), false, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 4 + k, col, arena_printf(r->bd.a, "%zu", fus), false,
	    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 5 + k, col, measurable > 0 ? arena_printf(r->bd.a,
	    "%zu av %zu", met, measurable) : "inga att bedöma", false, DALIGN_RIGHT, 0);
}

/* The summary's chart: the kommun against the idéburna (and other public
 * money, when any) per agreement, last year's row above this year's when
 * the agreement had figures then. */
void
report_compare_chart(struct rep *r, const struct rep *prev)
{
	size_t k = report_has_other_public(r), ns = 2 + k, nrows = 0, i, j, row = 0;
	struct doc_chart *ch;

	for (i = 0; i < r->nags; i++) {
		nrows++;
		for (j = 0; prev != NULL && j < prev->nags; j++)
			nrows += prev->ags[j] == r->ags[i] && (prev->amounts[j].has_kommun ||
			    prev->amounts[j].has_ideburen || prev->amounts[j].has_other_public);
	}
	ch = build_chart_new(&r->bd, nrows > r->nags ?
	    arena_printf(r->bd.a, "Finansiering %d och %d per överenskommelse, kronor", r->year - 1,
	    r->year) : arena_printf(r->bd.a, "Finansiering %d per överenskommelse, kronor", r->year),
	    nrows, ns);
	ch->money = true;
	ch->series[0] = "Kommunen";
	ch->series[1] = "Idéburna parter";
	if (k == 1)
		ch->series[2] = "Övrig offentlig";
	for (i = 0; i < r->nags; i++) {
		const struct ag_amounts *ams[2] = { NULL, &r->amounts[i] };
		int t;

		for (j = 0; prev != NULL && j < prev->nags; j++)
			if (prev->ags[j] == r->ags[i] && (prev->amounts[j].has_kommun ||
			    prev->amounts[j].has_ideburen || prev->amounts[j].has_other_public))
				ams[0] = &prev->amounts[j];
		for (t = 0; t < 2; t++) {
			const struct ag_amounts *am = ams[t];

			if (am == NULL)
				continue;
			ch->labels[row] = nrows > r->nags ? arena_printf(r->bd.a, "%s (%d)",
			    report_short_name(r->ags[i]), r->year - 1 + t) : report_short_name(r->ags[i]);
			ch->values[row * ns] = (double)am->kommun;
			ch->values[row * ns + 1] = (double)am->ideburen;
			ch->present[row * ns] = am->has_kommun;
			ch->present[row * ns + 1] = am->has_ideburen;
			if (k == 1) {
				ch->values[row * ns + 2] = (double)am->other_public;
				ch->present[row * ns + 2] = am->has_other_public;
			}
			row++;
		}
	}
	report_chart(r, ch);
}
