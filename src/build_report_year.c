/* What a nämnd report shows of an agreement's year: its usable
 * follow-ups, the goals that speak of the year beside their outcomes and
 * status, how many of them were met, and the year's amounts of every
 * agreement, added up before anything is built. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "corpus.h"
#include "diag.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "utf8.h"

/* ---------- what the report is made of ---------- */

/* The names of the report being built where two of its agreements share
 * one (report_names_set): one report at a time. */
static const struct agreement **named_ags;
static const char **named;
static size_t nnamed;

static const char *
plain_name(const struct agreement *ag)
{
	return ag->effort != NULL ? ag->effort : ag->partners_name != NULL ? ag->partners_name :
	    ag->title;
}

const char *
report_short_name(const struct agreement *ag)
{
	size_t i;

	for (i = 0; i < nnamed; i++)
		if (named_ags[i] == ag && named[i] != NULL)
			return named[i];
	return plain_name(ag);
}

/* "2020–2023", or "2023" for a period within one year. */
static char *
period_years(struct arena *a, const struct agreement *ag)
{
	return ag->from.y == ag->to.y ? arena_printf(a, "%d", ag->from.y) :
	    arena_printf(a, "%d–%d", ag->from.y, ag->to.y);
}

void
report_names_set(const struct rep *r)
{
	size_t i, k;

	report_names_clear();
	named_ags = xcalloc(r->nags + 1, sizeof(*named_ags));
	named = xcalloc(r->nags + 1, sizeof(*named));
	nnamed = r->nags;
	for (i = 0; i < r->nags; i++)
		named_ags[i] = r->ags[i];
	/* a name two agreements share (renewed under the same name) gets
	 * its period's years; where those are alike too, its diarienummer */
	for (i = 0; i < r->nags; i++) {
		const char *name = plain_name(r->ags[i]);
		char *years = period_years(r->bd.a, r->ags[i]);
		bool shared = false, same_years = false;

		for (k = 0; k < r->nags; k++) {
			if (k == i || strcmp(plain_name(r->ags[k]), name) != 0)
				continue;
			shared = true;
			same_years |= strcmp(period_years(r->bd.a, r->ags[k]), years) == 0;
		}
		if (!shared)
			continue;
		named[i] = same_years && r->ags[i]->diarienummer != NULL ?
		    arena_printf(r->bd.a, "%s %s (%s)", name, years, r->ags[i]->diarienummer) :
		    arena_printf(r->bd.a, "%s %s", name, years);
	}
}

void
report_names_clear(void)
{
	free(named_ags);
	free(named);
	named_ags = NULL;
	named = NULL;
	nnamed = 0;
}

/* The usable follow-ups of an agreement that are sources of the year
 * (report_is_source), in corpus order: a follow-up written after the
 * year about a later one does not change the year's report, so that the
 * report of a year is the same whatever later files lie beside it. */
bool
report_next_followup(const struct rep *r, const struct agreement *ag, size_t *i,
    const struct followup **out)
{
	const struct corpus *c = r->in->corpus;

	for (; *i < c->n; (*i)++) {
		const struct input *in = &c->docs[*i];

		if (r->in->usable[*i] && in->type == INPUT_FOLLOWUP && in->followup->agreement == ag &&
		    report_is_source(r, in->followup)) {
			*out = in->followup;
			(*i)++;
			return true;
		}
	}
	return false;
}

/* The one year a goal speaks of: its year, its from and to when both lie
 * in one year, or the year of the follow-up's <next-goals> that sets it
 * ("Minst 60 deltagare ... under 2024"); 0 for a goal of every year. */
int
report_goal_year(const struct rep *r, const struct agreement *ag, const struct goal *g)
{
	const struct followup *f;
	const struct goal *h;
	size_t i = 0;

	if (g->year != 0)
		return g->year;
	if (g->from.y != 0 && g->from.y == g->to.y)
		return g->from.y;
	while (report_next_followup(r, ag, &i, &f))
		for (h = f->next_goals; h != NULL; h = h->next)
			if (h == g)
				return f->next_year;
	return 0;
}

/* Whether two goals state the same measure and target: a mål and the
 * delmål a follow-up sets for the year with the same figures are one
 * goal to the report. */
static bool
same_goal(const struct goal *a, const struct goal *b)
{
	return a->measure != NULL && b->measure != NULL &&
	    utf8_casecmp(a->measure, b->measure) == 0 && a->comparison == b->comparison &&
	    a->has_value == b->has_value && a->value == b->value &&
	    a->has_per == b->has_per && a->per == b->per && a->scale == b->scale &&
	    a->has_min == b->has_min && a->min == b->min && a->has_max == b->has_max &&
	    a->max == b->max && a->has_percent == b->has_percent &&
	    a->percent_tenths == b->percent_tenths &&
	    (a->unit == NULL) == (b->unit == NULL) &&
	    (a->unit == NULL || utf8_casecmp(a->unit, b->unit) == 0);
}

/* The outcome for a goal in a year: by the goal it names, or by measure;
 * the one whose period ends last.  A goal tied to a year has none in
 * another (a delmål for 2024 has no 2023 outcome). */
const struct outcome *
report_goal_outcome(const struct rep *r, const struct agreement *ag, const struct goal *g,
    int year, const struct followup **from)
{
	const struct outcome *best = NULL, *o;
	const struct followup *f;
	size_t i = 0;
	int tied = report_goal_year(r, ag, g);

	if (tied != 0 && tied != year)
		return NULL;

	while (report_next_followup(r, ag, &i, &f))
		for (o = f->outcomes; o != NULL; o = o->next) {
			if (o->to.y != year || o->cumulative)
				continue;
			/* the goal it names, or the same measure (so a delmål
			 * set in a follow-up finds its outcome too) */
			if (o->goal != g && (g->measure == NULL ||
			    utf8_casecmp(g->measure, o->measure) != 0))
				continue;
			if (best == NULL || date_compare(o->to, best->to) > 0) {
				best = o;
				if (from != NULL)
					*from = f;
			}
		}
	return best;
}

/* Appends to rows the goals of one list that speak of the year. */
static void
add_goal_rows(const struct rep *r, const struct agreement *ag, const struct goal *list,
    struct goal_row **rows, size_t *n, size_t *cap)
{
	const struct goal *g;
	const struct followup *src;

	for (g = list; g != NULL; g = g->next) {
		struct goal_row *row;
		size_t k;

		if (g->year != 0 && g->year != r->year)
			continue;
		/* a delmål with the measure and target of a goal already
		 * shown is that goal again: shown and counted once */
		for (k = 0; k < *n && !same_goal((*rows)[k].goal, g); k++)
			continue;
		if (k < *n)
			continue;
		if ((g->from.y != 0 && g->from.y > r->year) || (g->to.y != 0 && g->to.y < r->year))
			continue;
		/* judged over more than a year: not one of the year's goals
		 * (report_long_goals lists it apart) */
		if (g->long_term)
			continue;
		xgrow((void **)rows, cap, *n + 1, sizeof(**rows));
		row = &(*rows)[(*n)++];
		memset(row, 0, sizeof(*row));
		row->goal = g;
		src = NULL;
		row->now = report_goal_outcome(r, ag, g, r->year, &src);
		row->source = src;
		row->before = report_goal_outcome(r, ag, g, r->year - 1, &src);
		/* against the stated target, always: the agreement sets a
		 * yearly count for a whole year, so in a year it covers in
		 * part an outcome below it is not judged (never against a
		 * target prorated by days: the agreement does not state it) */
		row->status = calc_goal_status(g, row->now, row->before,
		    row->now != NULL && g->has_per && g->per == PER_YEAR &&
		    date_compare(row->now->to, (struct date){ r->year, 12, 31 }) < 0, NULL);
		/* in the agreement's last year, ended within it, nothing
		 * judges it later: Kan inte bedömas, not Bedöms senare */
		row->status = calc_goal_part_year_status(g, row->status, ag->from, ag->to, r->year);
	}
}

/* The agreement's goals, then the delmål of every follow-up that sets
 * them for the year, however many. */
size_t
report_goal_rows(const struct rep *r, const struct agreement *ag, struct goal_row **out)
{
	struct goal_row *rows = NULL;
	size_t n = 0, cap = 0, i = 0;
	const struct followup *f;

	add_goal_rows(r, ag, ag->goals, &rows, &n, &cap);
	while (report_next_followup(r, ag, &i, &f))
		if (f->next_year == r->year)
			add_goal_rows(r, ag, f->next_goals, &rows, &n, &cap);
	*out = rows;
	return n;
}

/* Appends to out the goals of one list that speak of the year and that
 * the agreement judges over more than a year (horizon="long"). */
static void
add_long_goals(const struct rep *r, const struct goal *list, const struct goal ***out,
    size_t *n, size_t *cap)
{
	const struct goal *g;

	for (g = list; g != NULL; g = g->next) {
		if (!g->long_term || (g->year != 0 && g->year != r->year))
			continue;
		if ((g->from.y != 0 && g->from.y > r->year) || (g->to.y != 0 && g->to.y < r->year))
			continue;
		xgrow((void **)out, cap, *n + 1, sizeof(**out));
		(*out)[(*n)++] = g;
	}
}

/* The long-term goals of the year (out may be NULL: the count only),
 * in the order report_goal_rows takes the others; *out is freed by the
 * caller. */
size_t
report_long_goals(const struct rep *r, const struct agreement *ag, const struct goal ***out)
{
	const struct goal **list = NULL;
	size_t n = 0, cap = 0, i = 0;
	const struct followup *f;

	add_long_goals(r, ag->goals, &list, &n, &cap);
	while (report_next_followup(r, ag, &i, &f))
		if (f->next_year == r->year)
			add_long_goals(r, f->next_goals, &list, &n, &cap);
	if (out != NULL)
		*out = list;
	else
		free(list);
	return n;
}

/* The years a follow-up speaks of (model_report.h). */
bool
report_in_year(const struct followup *f, int year)
{
	return report_followup_in_year(f, year);
}

/* Whether the party's budgets for the year list help not valued
 * (valued="no"), rather than only lines priced without an amount. */
bool
report_party_lists_not_valued(const struct agreement *ag, const struct party *p, int year)
{
	const struct budget *b;
	const struct budget_line *l;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && (b->year == 0 || b->year == year))
			for (l = b->lines; l != NULL; l = l->next)
				if (l->econ.not_valued)
					return true;
	return false;
}

bool
report_has_followup_in_year(const struct rep *r, const struct agreement *ag)
{
	const struct followup *f;
	size_t i = 0;

	while (report_next_followup(r, ag, &i, &f))
		if (report_in_year(f, r->year))
			return true;
	return false;
}

/* The year's amounts of every agreement and of all of them, added up
 * before anything is built: false, after an error naming the agreement,
 * when a sum would pass what a long long holds (a figure is never
 * printed wrapped). */
bool
report_add_up_amounts(struct rep *r)
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
			struct money_slot to;

			report_money_slot(r, am, report_party_money(r, ag, p), &to);
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
			/* help listed without a value adds nothing, not 0 kr;
			 * priced lines without an amount are no such help */
			if (!ya.valued) {
				if (report_party_lists_not_valued(ag, p, ya.base_year))
					*to.not_valued = true;
				continue;
			}
			money_format(ya.amount, m, sizeof(m));
			if (!money_add(to.ag_sum, ya.amount) ||
			    !money_add(&am->total, ya.amount) ||
			    !money_add(to.all_sum, ya.amount)) {
				diag(ag->path, line, MSG_REPORT_SUM_OVERFLOW, r->year, max, p->name, m);
				return false;
			}
			*to.has = true;
			am->annual_for_part[report_party_money(r, ag, p)] |=
			    (ya.beyond_cover ? REP_ANNUAL : 0) |
			    (!ya.beyond_cover || ya.prorated ? REP_NOT_ANNUAL : 0) |
			    (ya.paid_base != 0 && ya.paid_months == 0 ? REP_UNPAID : 0) |
			    (ya.days_assumed ? REP_DAYS_ASSUMED : REP_DAYS_STATED);
		}
	}
	return true;
}

/* One status of the cell, in the goal table's words with its count:
 * "1 mål ej uppnått" opening the cell, ", 2 bedöms senare" after. */
static void
cell_status(struct buf *b, size_t n, const char *one, const char *several)
{
	if (n == 0)
		return;
	buf_printf(b, "%s%zu%s %s", b->len > 0 ? ", " : "", n, b->len > 0 ? "" : " mål",
	    n == 1 ? one : several);
}

/* The overview's Måluppfyllelse cell: each goal once, in the status the
 * goal table gives it, counted: "1 mål ej uppnått, 1 bedöms senare",
 * "3 mål uppnådda", "10 mål utan målvärde (9 ej uppföljda)" (review s27: "Det bedömda
 * målet inte uppnått; ett bedöms för helåret" and "Inget av två bedömda
 * mål uppnått; ett kan inte bedömas" in two styles, words the table
 * does not use). */
char *
report_fulfilment(struct rep *r, const struct agreement *ag)
{
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i, counts[GOAL_NOT_YET + 1] = { 0 };
	size_t nlong = report_long_goals(r, ag, NULL);
	struct buf b = { NULL, 0, 0 };
	size_t in_text = 0;
	char *s;

	/* no goal for the year: "Inga mål", follow-up or not (review s28:
	 * Björkvik 2025's "Ingen uppföljning rapporterad för 2025" for an
	 * agreement without goals, said four times more on the page) */
	if (!report_has_followup_in_year(r, ag) && n > 0) {
		free(rows);
		return arena_printf(r->bd.a, "Ingen uppföljning rapporterad för %d", r->year);
	}
	/* goals without a measure or target are followed up in text, as
	 * those reported without a target are: the table's "Följs upp i
	 * text" */
	for (i = 0; i < n; i++) {
		if (report_goal_class(r, ag, &rows[i]) == MSG_GOAL_IN_TEXT)
			in_text++;
		else
			counts[rows[i].status]++;
	}
	cell_status(&b, counts[GOAL_MET], "uppnått", "uppnådda");
	cell_status(&b, counts[GOAL_PART_JUDGED], "uppnått (mätbar del)", "uppnådda (mätbar del)");
	cell_status(&b, counts[GOAL_NOT_MET], "ej uppnått", "ej uppnådda");
	cell_status(&b, counts[GOAL_NOT_YET], "där helårsutfall saknas", "där helårsutfall saknas");
	/* the table's word for a year the agreement covers in part (review
	 * H, Vallby 2023: "1 där helårsutfall saknas" for July-December) */
	cell_status(&b, counts[GOAL_WHOLE_YEAR], "gäller helår", "gäller helår");
	cell_status(&b, counts[GOAL_NOT_REPORTED], "ej rapporterat", "ej rapporterade");
	cell_status(&b, counts[GOAL_UNJUDGED] + counts[GOAL_ENDED], "kan inte bedömas",
	    "kan inte bedömas");
	/* the goals without a target, as the agreement has them, and of
	 * those how many the year's follow-ups say nothing of (review H,
	 * Linköping 2019: "2 mål ej rapporterade, 8 följs upp i text" read
	 * as eight followed up, where seven had no follow-up at all) */
	cell_status(&b, counts[GOAL_NO_TARGET] + in_text, "utan målvärde", "utan målvärde");
	if (in_text > 0 && in_text == counts[GOAL_NO_TARGET] + in_text)
		buf_adds(&b, in_text == 1 ? " (ej uppföljt)" : " (ej uppföljda)");
	else if (in_text > 0)
		buf_printf(&b, " (%zu ej %s)", in_text, in_text == 1 ? "uppföljt" : "uppföljda");
	if (nlong > 0)
		buf_printf(&b, "%s%zu %s", b.len > 0 ? ", " : "", nlong, nlong == 1 ?
		    "långsiktigt mål" : "långsiktiga mål");
	/* no goal for the year: as the agreement's section says it */
	s = arena_strdup(r->bd.a, b.data != NULL ? b.data : ag->goals == NULL ? "Inga mål" :
	    "Inga mål för året");
	buf_free(&b);
	free(rows);
	return s;
}


/* ---------- sources and the year a follow-up speaks of ---------- */

/* The rule is the report file's checks' too (model_report.h). */
bool
report_is_source(const struct rep *r, const struct followup *f)
{
	return report_followup_is_source(f, r->year);
}

/* "avser 2023" (or "avser 2022–2023") when the years the follow-up speaks
 * of are not the year it is dated: its <period>'s years, else those its
 * outcomes end in; NULL when they are its date's year, or it has neither
 * (a meeting speaks of the day it is held). */
const char *
report_avser(const struct rep *r, const struct followup *f)
{
	const struct outcome *o;
	int from = 0, to = 0;

	if (f->period_from.y != 0 && f->period_to.y != 0) {
		from = f->period_from.y;
		to = f->period_to.y;
	} else
		for (o = f->outcomes; o != NULL; o = o->next) {
			if (from == 0 || o->to.y < from)
				from = o->to.y;
			if (o->to.y > to)
				to = o->to.y;
		}
	if (from == 0 || (from == f->date.y && to == f->date.y))
		return NULL;
	if (from == to)
		return arena_printf(r->bd.a, "avser %d", from);
	return arena_printf(r->bd.a, "avser %d\xE2\x80\x93%d", from, to);
}

/* Whether title holds word, ignoring case as utf8_casecmp does (the
 * folded letters keep their byte length). */
static bool
holds_word(const char *title, const char *word)
{
	size_t n = strlen(word), len = strlen(title), i;
	char *part;
	bool found = false;

	if (n == 0 || n > len)
		return false;
	part = xmalloc(n + 1);
	for (i = 0; i + n <= len && !found; i++) {
		if (((unsigned char)title[i] & 0xC0) == 0x80)
			continue;
		memcpy(part, title + i, n);
		part[n] = '\0';
		found = utf8_casecmp(part, word) == 0;
	}
	free(part);
	return found;
}

/* The title when it says more than the kind's word, else NULL. */
const char *
report_title_beside_kind(const char *title, const char *kind)
{
	if (title == NULL || *title == '\0' || holds_word(title, kind))
		return NULL;
	return title;
}

/* The sentence naming the year's goals without an outcome or an
 * assessment is built from these: a goal's short name, its measure, else
 * its text cut at its first clause or after about max code points, at a
 * word, with "…", and a capital first letter set small unless the word
 * is all capitals (IOP).  out holds at least size bytes. */
void
report_goal_short_name(const char *measure, const char *text, size_t max, char *out,
    size_t size)
{
	const char *s = measure != NULL && *measure != '\0' ? measure : text != NULL ? text : "";
	size_t i = 0, cps = 0, space = 0, cut, o;
	bool cutting = false;

	/* the first clause; past max code points, the last word that fits */
	for (; s[i] != '\0'; i++) {
		unsigned char c = (unsigned char)s[i];

		if (i > 0 && (c == ',' || c == ';' || c == ':' || c == '.' || c == '(' ||
		    c == '?' || c == '!'))
			break;
		if ((c & 0xC0) != 0x80 && ++cps > max) {
			cutting = true;
			break;
		}
		if (c == ' ')
			space = i;
	}
	cut = cutting && space > 0 ? space : i;
	while (cut > 0 && s[cut - 1] == ' ')
		cut--;
	o = cut < size - 4 ? cut : size - 4;
	/* never half a character */
	while (o > 0 && ((unsigned char)s[o] & 0xC0) == 0x80)
		o--;
	memcpy(out, s, o);
	if (cutting && o > 0) {
		memcpy(out + o, "\xE2\x80\xA6", 3);
		o += 3;
	}
	out[o] = '\0';
	report_lower_first(out);
}

/* A name as a table's row label or a chart's label: its first letter a
 * capital, the rest as written ("anmälda nyanlända" -> "Anmälda
 * nyanlända", as a report written by hand has it; review s26). */
const char *
report_upper_first(struct rep *r, const char *s)
{
	char *out;
	unsigned char a;

	if (s == NULL || s[0] == '\0')
		return s;
	a = (unsigned char)s[0];
	if (!(a >= 'a' && a <= 'z') && !(a == 0xC3 && (unsigned char)s[1] >= 0xA0 &&
	    (unsigned char)s[1] <= 0xBE && (unsigned char)s[1] != 0xB7))
		return s;
	out = arena_strdup(r->bd.a, s);
	if (a >= 'a' && a <= 'z')
		out[0] = (char)(a - 32);
	else
		out[1] = (char)(out[1] - 32);
	return out;
}

/* A word's capital first letter set small, in running text, unless the
 * next letter is a capital too (IOP, ÖK). */
void
report_lower_first(char *out)
{
	unsigned char a, b;
	const char *second;

	if (out[0] == '\0' || out[1] == '\0')
		return;
	/* "Antal deltagare" -> "antal deltagare"; "IOP-träffar", "ÖK" stay */
	a = (unsigned char)out[0];
	second = out + (a == 0xC3 ? 2 : 1);
	b = (unsigned char)second[0];
	if ((b >= 'A' && b <= 'Z') || (b == 0xC3 && (unsigned char)second[1] >= 0x80 &&
	    (unsigned char)second[1] <= 0x9E))
		return;
	if (a >= 'A' && a <= 'Z')
		out[0] = (char)(a + 32);
	else if (a == 0xC3 && (unsigned char)out[1] >= 0x80 && (unsigned char)out[1] <= 0x9E &&
	    (unsigned char)out[1] != 0x97)
		out[1] = (char)(out[1] + 32);
}

/* Whether the follow-up counts for the report's year (report_in_year). */
bool
report_counts_in_year(const struct rep *r, const struct followup *f)
{
	return report_in_year(f, r->year);
}

/* The agreement's usable follow-ups that keep accepts, in date order (on
 * the same date, as read): their number; *out is the caller's to free
 * (NULL when there are none). */
size_t
report_followups_dated(const struct rep *r, const struct agreement *ag,
    bool (*keep)(const struct rep *, const struct followup *), const struct followup ***out)
{
	const struct followup *f, **fs = NULL;
	size_t i = 0, n = 0, cap = 0, k;

	while (report_next_followup(r, ag, &i, &f)) {
		if (!keep(r, f))
			continue;
		xgrow((void **)&fs, &cap, n + 1, sizeof(*fs));
		for (k = n; k > 0 && date_compare(fs[k - 1]->date, f->date) > 0; k--)
			fs[k] = fs[k - 1];
		fs[k] = f;
		n++;
	}
	*out = fs;
	return n;
}
