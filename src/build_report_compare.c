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
#include "econ_columns.h"
#include "doc.h"
#include "due.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
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
	/* the cell is an amount: "inte värderat i kronor" (README "Not valued") */
	return f == FIG_AMOUNT ? build_money(&r->bd, kr, false) :
	    f == FIG_NOT_VALUED ? REPORT_NOT_VALUED : "–";
}

/* A note said once for every party it concerns: "Ekdala kommun och
 * Region Exempelland" before the words they share. */
#define NOTE_MAX	64
struct party_notes {
	const char	*name[NOTE_MAX], *words[NOTE_MAX];
	size_t		 n;
};

static void
notes_add(struct party_notes *pn, const char *name, const char *words)
{
	if (pn->n < NOTE_MAX) {
		pn->name[pn->n] = name;
		pn->words[pn->n++] = words;
	}
}

/* The names that share note i's words, "A, B och C"; *count: how many. */
static void
notes_names(const struct party_notes *pn, size_t i, struct buf *b, size_t *count)
{
	size_t j, n = 0, k = 0;

	for (j = i; j < pn->n; j++)
		n += strcmp(pn->words[j], pn->words[i]) == 0;
	for (j = i; j < pn->n; j++)
		if (strcmp(pn->words[j], pn->words[i]) == 0)
			buf_printf(b, "%s%s", k++ == 0 ? "" : k == n ? " och " : ", ", pn->name[j]);
	*count = n;
}

/* Whether note i's words came before it (said with the first). */
static bool
notes_said(const struct party_notes *pn, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (strcmp(pn->words[j], pn->words[i]) == 0)
			return true;
	return false;
}

/* "juni" of 6 */
static const char *
month_of(int m)
{
	return month_name(m);
}

/* "1 januari–31 oktober" (and the year when years says so) */
static void
day_month_span(struct buf *b, struct date from, struct date to, bool years)
{
	buf_printf(b, "%d %s–%d %s", from.d, month_name(from.m), to.d,
	    month_name(to.m));
	if (years)
		buf_printf(b, " %d", from.y);
}

static bool part_of_year(const struct agreement *, int, struct date *, struct date *);

/* "Hela perioden" of one party: the sum of every year of the period when
 * each has a figure, the years counting a whole year's amount for a part
 * of it added to annual_notes; else what is missing, added to miss (by
 * party). */
static const char *
party_period(struct rep *r, const struct agreement *ag, const struct party *p,
    struct party_notes *miss, struct party_notes *annual_notes, long long *sum, bool *complete)
{
	struct year_amount ya;
	size_t nfig = 0, nnot = 0, nnone = 0, k = 0, nannual = 0;
	struct buf years = { NULL, 0, 0 }, annual = { NULL, 0, 0 }, spans = { NULL, 0, 0 };
	struct buf by_days = { NULL, 0, 0 };
	size_t nby_days = 0;
	bool overflow = false;
	const char *s;
	int y, last_annual = 0;

	*sum = 0;
	for (y = ag->from.y; y <= ag->to.y; y++)
		switch (party_year(ag, p, y, &ya)) {
		case FIG_AMOUNT:
			nfig++;
			overflow |= !money_add(sum, ya.amount);
			/* a part year the agreement gives no amount for */
			if (ya.days_assumed)
				buf_printf(&by_days, "%s%d", nby_days++ == 0 ? "" : " och ", y);
			/* a whole year's amount for a part of it: the years
			 * added up would count more than the period */
			if (ya.beyond_cover) {
				struct date from, to;

				part_of_year(ag, y, &from, &to);
				buf_printf(&annual, "%s%d", nannual == 0 ? "" : " och ", y);
				last_annual = y;
				buf_adds(&spans, nannual++ == 0 ? "" : " och ");
				day_month_span(&spans, from, to, true);
			}
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
	/* every year's figure printed: their sum is known; a whole year's
	 * amount for a part of one is said once, under the table */
	*complete = nfig > 0 && nnot == 0 && nnone == 0 && !overflow;
	if (*complete && nannual > 0) {
		struct buf w = { NULL, 0, 0 };

		/* one year: its part without the year, which is just before */
		if (nannual == 1) {
			struct date from, to;

			part_of_year(ag, atoi(annual.data), &from, &to);
			buf_free(&spans);
			day_month_span(&spans, from, to, false);
		}
		buf_printf(&w, "räknad med helt årsbelopp för %s, trots att överenskommelsen bara %s %s",
		    annual.data, report_held(r, last_annual), spans.data);
		notes_add(annual_notes, p->name, arena_strdup(r->bd.a, w.data));
		buf_free(&w);
	}
	if (*complete && nby_days > 0)
		notes_add(annual_notes, p->name, arena_printf(r->bd.a, "räknad med belopp för "
		    "%s som är beräknat efter dagarna", by_days.data));
	buf_free(&by_days);
	if (*complete) {
		buf_free(&years);
		buf_free(&annual);
		buf_free(&spans);
		return build_money(&r->bd, *sum, false);
	}
	buf_free(&annual);
	buf_free(&spans);
	if (nfig == 0 && nnone == 0)
		s = REPORT_NOT_VALUED;
	else if (nfig == 0)
		s = "–";
	else {
		/* some years without a figure: no sum that looks whole */
		s = "ofullständig";
		if (nnone > 0)
			notes_add(miss, p->name, arena_printf(r->bd.a, "saknar belopp för %s",
			    years.data));
		if (nnot > 0)
			notes_add(miss, p->name, nnot == 1 ? "har insatser utan värde ett år" :
			    "har insatser utan värde flera år");
	}
	buf_free(&years);
	return s;
}

/* How a party's amount counts a part year: "beloppet är proportionerat
 * efter dagar, …" */
static const char *
part_words(struct rep *r, const struct agreement *ag, const struct party *who,
    const struct year_amount *ya)
{
	if (ya->monthly != 0 && ya->base == 0)
		return arena_printf(r->bd.a, "månadsbeloppen räknas för de månader "
		    "överenskommelsen %s", report_held(r, ya->to.y));
	return report_adjust_prorated(r, ag, who, ya);
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
 * the agreement year ("beloppet räknas för 181 av 365 dagar av
 * verksamhetsåret 2026/27"). */
static const char *
part_party_words(struct rep *r, const struct agreement *ag, const struct party *who,
    const struct year_amount *ya)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;
	size_t i;

	if (ya->partial)
		return part_words(r, ag, who, ya);
	/* money by month or on payment days beside money by days: the days
	 * are no rule for the whole amount (review s28, Ekby UBN 2028: "För
	 * alla parter räknas beloppet för 182 av 366 dagar" beside the
	 * kommun's monthly and August lines); each kind as it counts */
	if (ya->monthly != 0 || ya->paid_base != 0) {
		bool days = false;

		for (i = 0; i < ya->nparts; i++)
			days |= ya->part[i].base - ya->part[i].paid_base != 0;
		buf_adds(&b, "beloppet räknas post för post: ");
		if (days)
			buf_printf(&b, "det som räknas per dag för %ld av %ld dagar av "
			    "verksamhetsåret %s", ya->part[0].last - ya->part[0].first + 1,
			    ya->part[0].days, report_budget_year(r, ag, ya->part[0].agreement_year));
		if (ya->monthly != 0)
			buf_printf(&b, "%smånadsbeloppen för de månader överenskommelsen %s",
			    days && ya->paid_base != 0 ? ", " : days ? " och " : "", report_held(r, ya->to.y));
		if (ya->paid_base != 0)
			buf_printf(&b, "%sdet som betalas ut vid bestämda tillfällen bara när "
			    "överenskommelsen %s vid utbetalningen", days || ya->monthly != 0 ?
			    " och " : "",
			    report_held(r, ya->to.y));
		s = arena_strdup(r->bd.a, b.data);
		buf_free(&b);
		return s;
	}
	/* the rest of an agreement year is not its days' share (Ekby UBN
	 * 2028: 360 000 kr less the 181 479 kr 2027 counted, not 182/366) */
	if (ya->nparts == 1 && ya->part[0].rest_of != 0) {
		const struct year_part *p = &ya->part[0];

		buf_printf(&b, "beloppet är resten av verksamhetsåret %s, %s", report_budget_year(r,
		    ag, p->agreement_year), build_money(&r->bd, p->rest_of, false));
		buf_printf(&b, " minus %s som räknades %d", build_money(&r->bd,
		    p->rest_of - p->by_days_kr, false), ya->from.y - 1);
	}
	for (i = 0; b.data == NULL && i < ya->nparts; i++)
		buf_printf(&b, "%s%ld av %ld dagar av verksamhetsåret %s",
		    i == 0 ? "beloppet räknas för " : " och ", ya->part[i].last - ya->part[i].first + 1,
		    ya->part[i].days, report_budget_year(r, ag, ya->part[i].agreement_year));
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

/* One party group's words for a part year as a sentence of its own:
 * "Ekdala kommun och Region Exempelland betalade inget ut 2025 (…).",
 * "För Ekby kommun är beloppet budgeten för 2025."; who NULL: the words
 * alone ("Beloppet är budgeten för 2023."). */
void
report_part_sentence(struct buf *note, const char *who, const char *words)
{
	static const char *const subjects[] = { "beloppet ", "hela årsbeloppet ",
	    "månadsbeloppen " };
	static const char *const verbs[] = { "är ", "räknas ", "betalas " };
	size_t k, v, start = note->len;

	bool all = who != NULL && strcmp(who, "alla parter") == 0;

	if (strncmp(words, "inget utbetalt ", 15) == 0) {
		if (who != NULL && !all)
			buf_printf(note, "%s betalade inget ut %s. ", who, words + 15);
		else
			buf_printf(note, "Inget betalades ut %s. ", words + 15);
		return;
	}
	if (who == NULL) {
		unsigned char *c;

		buf_printf(note, "%s. ", words);
		c = (unsigned char *)note->data + start;
		if (c[0] >= 'a' && c[0] <= 'z')
			c[0] = (unsigned char)(c[0] - 'a' + 'A');
		else if (c[0] == 0xC3 && c[1] >= 0xA0 && c[1] <= 0xBE && c[1] != 0xB7)
			c[1] = (unsigned char)(c[1] - 0x20);
		return;
	}
	/* "beloppet är …" after the names: "För X är beloppet …" */
	for (k = 0; k < sizeof(subjects) / sizeof(subjects[0]); k++) {
		size_t n = strlen(subjects[k]);

		if (strncmp(words, subjects[k], n) != 0)
			continue;
		for (v = 0; v < sizeof(verbs) / sizeof(verbs[0]); v++)
			if (strncmp(words + n, verbs[v], strlen(verbs[v])) == 0) {
				buf_printf(note, "För %s %s%.*s%s. ", who, verbs[v], (int)n - 1, words,
				    words + n + strlen(verbs[v]) - 1);
				return;
			}
	}
	if (all)
		buf_printf(note, "För alla parter gäller att %s. ", words);
	else
		buf_printf(note, "%s: %s. ", who, words);
}

/* A part year of the period named by its place in it, under the table
 * of the whole period (review s22: "Överenskommelsen gällde 1 juli–31
 * december 2023." in the 2026 report read as the whole period): "Första
 * året, 2023, gällde överenskommelsen 1 juli–31 december. ", "Det sista
 * året, 2026, gäller den 1 januari–30 juni. " (den: right after the
 * first year's naming). */
static void
part_year_name(struct rep *r, const struct agreement *ag, int y, bool den, struct buf *note)
{
	struct date from, to;
	const char *span, *sp;

	if (!part_of_year(ag, y, &from, &to))
		return;
	/* "1 juli–31 december 2023" less its year */
	span = report_adjust_part_span(r, from, to);
	sp = strrchr(span, ' ');
	buf_printf(note, "%s året, %d, %s %s %.*s. ", y == ag->from.y ? "Första" : "Det sista", y,
	    report_held(r, y), den ? "den" : "överenskommelsen", (int)(sp - span), span);
}

static void
part_year_note(struct rep *r, const struct agreement *ag, int y, struct buf *note)
{
	const struct party *p;
	struct year_amount ya;
	struct party_notes pn = { { NULL }, { NULL }, 0 };
	struct date from, to;
	size_t i, count;

	if (!part_of_year(ag, y, &from, &to))
		return;
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p))
		if (party_year(ag, p, y, &ya) == FIG_AMOUNT)
			notes_add(&pn, p->name, part_party_words(r, ag, p, &ya));
	if (pn.n == 0)
		return;
	/* short sentences: the part, then each group's way of counting it
	 * ("Överenskommelsen gällde 1 november–31 december 2025. Ekdala
	 * kommun betalade inget ut 2025 (…). För Ekby kommun är beloppet
	 * budgeten för 2025.") */
	part_year_name(r, ag, y, false, note);
	/* parties whose amounts count the part alike are named once */
	for (i = 0; i < pn.n; i++) {
		struct buf names = { NULL, 0, 0 };

		if (notes_said(&pn, i))
			continue;
		notes_names(&pn, i, &names, &count);
		report_part_sentence(note, count == pn.n ? (pn.n > 1 ? "alla parter" : NULL) :
		    names.data, pn.words[i]);
		buf_free(&names);
	}
}

/* The parties whose amount for calendar year y is assumed (an earlier
 * year's budget, report_adjust_assumed): NULL when none; "" when all
 * parties with a figure that year; else their names.  *base: the
 * (agreement) year whose amount counts, *label: the year without. */
static const char *
assumed_in(struct rep *r, const struct agreement *ag, int y, const char **base,
    const char **label)
{
	const struct party *p;
	struct year_amount ya;
	struct party_notes pn = { { NULL }, { NULL }, 0 };
	struct buf names = { NULL, 0, 0 };
	size_t nfig = 0, count, i;
	const char *s;
	int ay, by;

	*base = *label = NULL;
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		if (party_year(ag, p, y, &ya) != FIG_AMOUNT)
			continue;
		nfig++;
		if (!report_adjust_assumed(ag, p, &ya, &ay, &by))
			continue;
		notes_add(&pn, p->name, report_budget_year(r, ag, by));
		*label = report_budget_year(r, ag, ay);
	}
	if (pn.n == 0)
		return NULL;
	/* parties assumed from different years: each said with its own */
	for (i = 0; i < pn.n; i++)
		if (strcmp(pn.words[i], pn.words[0]) != 0)
			return NULL;
	*base = pn.words[0];
	if (pn.n == nfig)
		return "";
	notes_names(&pn, 0, &names, &count);
	s = arena_strdup(r->bd.a, names.data);
	buf_free(&names);
	return s;
}

/* "För 2027 räknas 2026 års belopp; överenskommelsen anger inget för
 * det året. " for the years first..last, runs of
 * years alike said once; "för Föreningen X" when not every party.  For
 * years after the report's (future), clauses for the "Hela perioden"
 * sentence, "; "-separated: "överenskommelsen anger ingen budget för
 * 2026, och 2025 års belopp antas gälla också det året"; true when
 * every party's amount of every one of those years is assumed. */
static bool
assumed_note(struct rep *r, const struct agreement *ag, int first, int last, bool future,
    struct buf *note)
{
	bool all = true;
	int y, y2;

	for (y = first; y <= last; y = y2) {
		const char *who, *base, *label, *who2, *base2, *label2, *end = NULL;
		const char *years;
		size_t n = 1;

		y2 = y + 1;
		if ((who = assumed_in(r, ag, y, &base, &label)) == NULL) {
			all = false;
			continue;
		}
		all &= *who == '\0';
		/* the following years assumed alike */
		for (; y2 <= last; y2++) {
			if ((who2 = assumed_in(r, ag, y2, &base2, &label2)) == NULL ||
			    strcmp(who2, who) != 0 || strcmp(base2, base) != 0)
				break;
			if (end != NULL ? strcmp(label2, end) != 0 : strcmp(label2, label) != 0) {
				end = label2;
				n++;
			}
		}
		years = n == 1 ? label : arena_printf(r->bd.a, "%s%s%s", label, n == 2 ? " och " : "–",
		    end);
		/* "för Föreningen X anger överenskommelsen …" when not all */
		if (future && *who != '\0')
			buf_printf(note, "%sför %s anger överenskommelsen ingen budget för %s, och %s års "
			    "belopp antas gälla också %s", note->len > 0 ? "; " : "", who, years, base,
			    n == 1 ? "det året" : "de åren");
		else if (future)
			buf_printf(note, "%söverenskommelsen anger ingen budget för %s, och %s års belopp "
			    "antas gälla också %s", note->len > 0 ? "; " : "", years, base,
			    n == 1 ? "det året" : "de åren");
		/* plainly (review s22: "beloppet är 2024 års, antaget att
		 * gälla också 2026") */
		else if (*who != '\0')
			buf_printf(note, "För %s räknas %s års belopp för %s; överenskommelsen anger "
			    "inget för %s. ", who, base, years, n == 1 ? "det året" : "de åren");
		else
			buf_printf(note, "För %s räknas %s års belopp; överenskommelsen anger inget för "
			    "%s. ", years, base, n == 1 ? "det året" : "de åren");
	}
	return all;
}

/* Lines of the party's budgets with year columns that have an amount in
 * one year of the period and none in another: the sum for the whole
 * period leaves them out those years, said beside it (review r8,
 * Björkvik: ”Lokalhyra” has no amount for 2027).  "”Lokalhyra” för
 * 2027" appended to b, items joined by ", " and " och "; returns how
 * many lines. */
static size_t
period_missing_lines(struct rep *r, const struct agreement *ag, const struct party *p,
    struct buf *b, size_t said)
{
	const struct budget *bg;
	const struct budget_line *l;
	const struct budget_column *c;
	size_t n = 0;

	for (bg = ag->columned; bg != NULL; bg = bg->next) {
		if (!econ_columns_of_party(bg, p) || bg->columns == NULL)
			continue;
		for (l = bg->lines; l != NULL; l = l->next) {
			size_t have = 0, k = 0;
			struct buf years = { NULL, 0, 0 };

			if (l->econ.not_valued)
				continue;
			for (c = bg->columns->first; c != NULL; c = c->next)
				if (c->basis == COLUMN_YEAR && c->year >= ag->from.y &&
				    c->year <= ag->to.y && econ_column_amount(l->amounts, c->id) != NULL)
					have++;
			for (c = bg->columns->first; have > 0 && c != NULL; c = c->next)
				if (c->basis == COLUMN_YEAR && c->year >= ag->from.y &&
				    c->year <= ag->to.y && econ_column_amount(l->amounts, c->id) == NULL)
					buf_printf(&years, "%s%d", k++ == 0 ? "" : " och ", c->year);
			if (k > 0) {
				buf_printf(b, "%s”%s” för %s", said + n == 0 ? "" : ", ",
				    rich_plain(r->bd.a, &l->label), years.data);
				n++;
			}
			buf_free(&years);
		}
	}
	return n;
}

/* "2024" or "2024–2025": the years after the report's in the period. */
static void
later_years(struct buf *b, int first, int last)
{
	if (first == last)
		buf_printf(b, "%d", first);
	else
		buf_printf(b, "%d–%d", first, last);
}

/* "I summan för hela perioden ingår även 2024–2025 med överenskommelsens
 * belopp, uppräknat med 2 % per år." as the later years are counted:
 * each adjustment that steps in them, the last known level where an
 * index has no value yet, and an earlier year's amount assumed where
 * the agreement gives none. */
static void
future_note(struct rep *r, const struct agreement *ag, struct buf *note)
{
	const struct adjustment *seen[CALC_MAX_ADJ];
	const struct party *p;
	struct year_amount ya;
	struct party_notes up = { { NULL }, { NULL }, 0 }, kept = { { NULL }, { NULL }, 0 };
	size_t nseen = 0, i, j;
	bool missing = false, all, not_up = false;
	struct buf assumed = { NULL, 0, 0 };
	/* the last year when the period ends inside it and every party's
	 * amount follows the days (review s22: Vallby 2025 said "2026 med
	 * överenskommelsens belopp" of 181 days' 317 370 kr) */
	const char *last_kr[8];
	size_t nlast = 0;
	bool last_days = ag->to.y > r->year;
	struct date last_to = ag->to;
	int y;

	for (p = report_party_next(r, ag, NULL); p != NULL && last_days;
	    p = report_party_next(r, ag, p)) {
		if (party_year(ag, p, ag->to.y, &ya) != FIG_AMOUNT)
			continue;
		if (!ya.partial || !ya.prorated || ya.from.m != 1 || ya.from.d != 1 ||
		    nlast == sizeof(last_kr) / sizeof(last_kr[0])) {
			last_days = false;
			break;
		}
		last_to = ya.to;
		last_kr[nlast++] = arena_printf(r->bd.a, "%s för %s",
		    build_money(&r->bd, ya.amount, false), p->name);
	}
	last_days &= nlast > 0;
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		bool any = false, adjusted = false, in_kind_kept = false, assumed_any = false;
		int ay, by;

		for (y = r->year + 1; y <= ag->to.y; y++) {
			if (party_year(ag, p, y, &ya) != FIG_AMOUNT)
				continue;
			any = true;
			in_kind_kept |= ya.in_kind_not_adjusted;
			assumed_any |= report_adjust_assumed(ag, p, &ya, &ay, &by);
			for (i = 0; i < ya.nadj; i++) {
				const struct adjustment *a = ya.adj[i].adj;

				missing |= ya.adj[i].index_missing;
				if (!ya.adj[i].adjusted)
					continue;
				adjusted = true;
				for (j = 0; j < nseen && seen[j] != a; j++)
					continue;
				if (j == nseen && nseen < CALC_MAX_ADJ)
					seen[nseen++] = a;
			}
		}
		/* whose amounts the uprating raises, said when not everyone's
		 * (IKF's help in kind stays as written) */
		if (!any)
			continue;
		if (adjusted)
			notes_add(&up, p->name, "");
		else
			not_up = true;
		/* an amount assumed is said so below (assumed_note) */
		if (in_kind_kept)
			notes_add(&kept, p->name, "insatsen i annat än pengar");
		else if (!adjusted && !assumed_any)
			notes_add(&kept, p->name, "beloppet");
	}
	all = assumed_note(r, ag, r->year + 1, ag->to.y, true, &assumed);
	/* every later amount an assumption: not "överenskommelsens belopp" */
	/* "I summan för hela perioden ingår även 2024–2025 med …" */
	if (all && nseen == 0) {
		buf_adds(note, "I summan för hela perioden ingår även ");
		later_years(note, r->year + 1, ag->to.y);
		buf_printf(note, ": %s. ", assumed.data);
		buf_free(&assumed);
		return;
	}
	buf_adds(note, "I summan för hela perioden ingår även ");
	later_years(note, r->year + 1, ag->to.y);
	/* one later year, counted by days: its amounts ("2026 med
	 * 317 370 kr för Vallby kommun och 99 178 kr för …, beräknat
	 * efter dagarna till 30 juni") */
	if (last_days && r->year + 1 == ag->to.y && nseen == 0 && assumed.data == NULL) {
		buf_adds(note, " med ");
		for (i = 0; i < nlast; i++)
			buf_printf(note, "%s%s", i == 0 ? "" : i + 1 == nlast ? " och " : ", ",
			    last_kr[i]);
		buf_printf(note, ", beräknat efter dagarna till %d %s. ", last_to.d,
		    month_of(last_to.m));
		return;
	}
	buf_adds(note, " med överenskommelsens belopp");
	if (nseen > 0 && (kept.n > 0 || not_up)) {
		struct buf names = { NULL, 0, 0 };
		size_t count;

		notes_names(&up, 0, &names, &count);
		buf_printf(note, ", för %s", names.data);
		buf_free(&names);
	}
	for (i = 0; i < nseen; i++) {
		buf_adds(note, i > 0 ? " och " : kept.n > 0 || not_up ? " uppräknat " :
		    ", uppräknat ");
		report_adjust_words(note, seen[i]);
		report_adjust_later_steps(note, seen[i], r->year + 1, ag->to.y);
	}
	/* calc_adjust.c counts no step without a value: the level stays
	 * (index_missing_note names the years) */
	if (missing && nseen > 0)
		buf_adds(note, " där indexvärden finns i underlaget, annars på senast kända nivå");
	for (i = 0; nseen > 0 && i < kept.n; i++) {
		struct buf names = { NULL, 0, 0 };
		size_t count;

		if (notes_said(&kept, i))
			continue;
		notes_names(&kept, i, &names, &count);
		buf_printf(note, "; för %s räknas %s inte upp", names.data, count == 1 ?
		    kept.words[i] : strcmp(kept.words[i], "beloppet") == 0 ? "beloppen" :
		    "insatserna i annat än pengar");
		buf_free(&names);
	}
	if (assumed.data != NULL)
		buf_printf(note, "; %s", assumed.data);
	if (last_days)
		buf_printf(note, "; %d beräknat efter dagarna till %d %s", ag->to.y, last_to.d,
		    month_of(last_to.m));
	buf_adds(note, ". ");
	buf_free(&assumed);
}

/* "Indexvärden saknas i underlaget för 2022 och 2023: beloppen för de
 * åren visas utan den uppräkningen." when an index step of a year of
 * the period has no value (the Ekonomi remark says which). */
static void
index_missing_note(const struct rep *r, const struct agreement *ag, struct buf *note)
{
	const struct party *p;
	struct year_amount ya;
	int y, years[64];
	size_t n = 0, i;

	/* the report's year: the Ekonomi note above said it (review H,
	 * Linköping SON 2023: said twice on page 3) */
	for (y = ag->from.y; y <= ag->to.y && n < sizeof(years) / sizeof(years[0]); y++)
		for (p = ag->parties; p != NULL && y != r->year; p = p->next)
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

static const char *chart_months(struct rep *r, const struct agreement *ag, int y);

void
report_compare_funding(struct rep *r, const struct agreement *ag)
{
	const struct party *p;
	struct year_amount ya;
	struct doc_table *tb;
	struct buf part = { NULL, 0, 0 };
	struct party_notes miss = { { NULL }, { NULL }, 0 }, annual = { { NULL }, { NULL }, 0 };
	struct buf gaps = { NULL, 0, 0 };
	size_t ngaps = 0;
	int first = ag->from.y > r->year - (COMPARE_YEARS - 1) ? ag->from.y :
	    r->year - (COMPARE_YEARS - 1), last = r->year < ag->to.y ? r->year : ag->to.y, y;
	size_t nparties = 0, row = 1, ncols, col, nmoney = 0, i, nall = 0, nnone = 0;
	struct buf none = { NULL, 0, 0 };
	long long total_period = 0;
	bool period_whole = true, period_any = false, period_guess = false;
	size_t named = (size_t)-1;

	/* within one calendar year the year's table says it all */
	if (ag->from.y == ag->to.y || last < first)
		return;
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		bool any = false, money = false;

		for (y = ag->from.y; y <= ag->to.y; y++) {
			enum year_fig f = party_year(ag, p, y, &ya);

			any |= f != FIG_NONE;
			money |= f == FIG_AMOUNT;
		}
		nparties += any;
		nmoney += money;
		nall++;
	}
	if (nparties == 0)
		return;
	/* every party of the Ekonomi table keeps its row, one without any
	 * amount too (review s22: Vallby 2023 Sommarjobb dropped
	 * Idrottsalliansen here while the Ekonomi table listed it) */
	nparties = nall;
	ncols = 1 + (size_t)(last - first + 1) + 1;
	report_text(r, arena_printf(r->bd.a, "Finansiering per part och år under "
	    "överenskommelsens period %d–%d:", ag->from.y, ag->to.y))->keep_with_next = true;
	/* the basis, the budget year, is said once, in the Bilaga (review
	 * s28: "räknas det år de betalas ut" beside budgets of their year) */
	tb = build_table(&r->bd, ncols, nparties + 2);
	tb->fit = true;
	build_cell_text(&r->bd, tb, 0, 0, "Part", true, DALIGN_LEFT, 0);
	for (y = first, col = 1; y <= last; y++, col++) {
		struct date from, to;
		bool partial = part_of_year(ag, y, &from, &to);
		const char *base, *label, *who = assumed_in(r, ag, y, &base, &label);

		/* an amount of an earlier year's budget is assumed: said so */
		bool all = who != NULL && *who == '\0';

		/* the note under the table names the parties when not all;
		 * a part year by its months, as the charts (review r8):
		 * "2023 (juli–december)", before "2023 (del av år)" */
		build_cell_text(&r->bd, tb, 0, col, arena_printf(r->bd.a, "%d%s%s%s%s", y,
		    partial || all ? " (" : "", partial ? chart_months(r, ag, y) : "", !all ? "" :
		    partial ? ", antaget" : "antaget", partial || all ? ")" : ""), true,
		    DALIGN_RIGHT, 0);
		/* a long head may wrap rather than squeeze the names */
		tb->fixed[col] = !partial;
		/* the report's year: the Ekonomi table said it */
		if (!partial || (y == r->year && r->part_year_said))
			continue;
		if (y != r->year) {
			named = part.len;
			part_year_name(r, ag, y, false, &part);
			continue;
		}
		part_year_note(r, ag, y, &part);
		/* said here, not under Uppföljning */
		r->part_year_said |= y == r->year;
	}
	/* the last year, after the report's, named too: its part is in the
	 * sum for the whole period */
	if (ag->to.y > last) {
		struct date from, to;

		if (part_of_year(ag, ag->to.y, &from, &to))
			part_year_name(r, ag, ag->to.y, named != (size_t)-1 && named + 1 < part.len &&
			    strncmp(part.data + named, "Första", 6) == 0 &&
			    strchr(part.data + named, '.') == part.data + part.len - 2, &part);
	}
	build_cell_text(&r->bd, tb, 0, ncols - 1, arena_printf(r->bd.a, "Hela perioden %d–%d",
	    ag->from.y, ag->to.y), true, DALIGN_RIGHT, 0);
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		long long sum;
		bool complete, any = false;
		const char *whole;

		for (y = ag->from.y; y <= ag->to.y && !any; y++)
			any = party_year(ag, p, y, &ya) != FIG_NONE;
		if (!any)
			buf_printf(&none, "%s%s", nnone++ == 0 ? "" : "\n", p->name);
		build_cell_text(&r->bd, tb, row, 0, arena_printf(r->bd.a, "%s (%s)", p->name,
		    report_party_label(r, ag, p)), false, DALIGN_LEFT, 0);
		/* a figure resting on an estimated line is marked in every
		 * cell it is in, as on page 1 and in the Ekonomi table
		 * (review H, Ekby SN 2025: 488 300 kr unmarked here) */
		bool guess = false;

		for (y = ag->from.y; y <= ag->to.y; y++)
			guess |= party_year(ag, p, y, &ya) == FIG_AMOUNT &&
			    report_party_estimated(ag, p, &ya);
		for (y = first, col = 1; y <= last; y++, col++) {
			enum year_fig f = party_year(ag, p, y, &ya);
			bool est = f == FIG_AMOUNT && report_party_estimated(ag, p, &ya);

			build_cell_text(&r->bd, tb, row, col, est ? arena_printf(r->bd.a,
			    "%s (uppskattat)", fig_text(r, f, ya.amount)) : fig_text(r, f, ya.amount),
			    false, DALIGN_RIGHT, 0);
		}
		whole = party_period(r, ag, p, &miss, &annual, &sum, &complete);
		build_cell_text(&r->bd, tb, row, ncols - 1, complete && guess ? arena_printf(r->bd.a,
		    "%s (uppskattat)", whole) : whole, false, DALIGN_RIGHT, 0);
		if (complete) {
			period_guess |= guess;
			period_any = true;
			period_whole &= money_add(&total_period, sum);
			ngaps += period_missing_lines(r, ag, p, &gaps, ngaps);
		} else if (strcmp(whole, "–") != 0 && strcmp(whole, REPORT_NOT_VALUED) != 0)
			period_whole = false;
		row++;
	}
	tb->rows[row]->total = true;
	build_cell_text(&r->bd, tb, row, 0, "Summa", true, DALIGN_LEFT, 0);
	for (y = first, col = 1; y <= last; y++, col++) {
		long long sum = 0;
		bool any = false, ok = true, guess = false;

		for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p))
			if (party_year(ag, p, y, &ya) == FIG_AMOUNT) {
				ok &= money_add(&sum, ya.amount);
				any = true;
				guess |= report_party_estimated(ag, p, &ya);
			}
		build_cell_text(&r->bd, tb, row, col, any && ok ? arena_printf(r->bd.a, "%s%s",
		    build_money(&r->bd, sum, false), guess ? " (uppskattat)" : "") : "–",
		    true, DALIGN_RIGHT, 0);
	}
	build_cell_text(&r->bd, tb, row, ncols - 1, !period_any ?
	    "–" : period_whole ? arena_printf(r->bd.a, "%s%s", build_money(&r->bd, total_period,
	    false), period_guess ? " (uppskattat)" : "") : "ofullständig", true,
	    DALIGN_RIGHT, 0);
	build_table_block(&r->bd, tb);
	/* "–" in a row without any amount: said why, never 0 */
	if (nnone > 0) {
		char *nl;

		buf_adds(&part, "Överenskommelsen anger inget belopp för ");
		for (i = 0; none.data != NULL && (nl = strchr(none.data, '\n')) != NULL; i++) {
			*nl = '\0';
			buf_printf(&part, "%s%s", i == 0 ? "" : ", ", none.data);
			memmove(none.data, nl + 1, strlen(nl + 1) + 1);
		}
		/* the table's "–" said to be that: one wording per meaning,
		 * "–" only with its legend (review H, Vallby AMN 2023) */
		buf_printf(&part, "%s%s för något år (– i tabellen). ", i == 0 ? "" : " och ",
		    none.data);
	}
	buf_free(&none);
	assumed_note(r, ag, first, last, false, &part);
	index_missing_note(r, ag, &part);
	if (first > ag->from.y)
		buf_printf(&part, first - 1 == ag->from.y ? "Året %d ingår i hela perioden men visas "
		    "inte. " : "Åren %d–%d ingår i hela perioden men visas inte. ", ag->from.y, first - 1);
	if (ag->to.y > r->year)
		future_note(r, ag, &part);
	/* the last part year counted whole (review s22: Ekdala 2027) */
	if (report_adjust_period_paid_whole(r, ag) != NULL)
		buf_printf(&part, "%s ", report_adjust_period_paid_whole(r, ag));
	/* a line without an amount some year is not in the sum: said in
	 * every year's report, not only the year it lacks one */
	if (ngaps == 1) {
		/* "Posten ”Lokalhyra” saknar belopp för 2027 och …" */
		char *fr = NULL, *s;

		for (s = gaps.data; (s = strstr(s, " för ")) != NULL; s++)
			fr = s;
		*fr = '\0';
		/* its other years are in the sum (review H, Björkvik 2025:
		 * "ingår inte i summan" of a line whose 2025-2026 are) */
		buf_printf(&part, "Posten %s saknar belopp för %s. I summan för hela perioden "
		    "ingår posten bara för de år den har belopp. ", gaps.data, fr + 6);
	} else if (ngaps > 1) {
		char *and = NULL, *s;

		for (s = gaps.data; (s = strstr(s, ", ”")) != NULL; s += 2)
			and = s;
		*and = '\0';
		buf_printf(&part, "Posterna %s och %s saknar belopp. I summan för hela perioden "
		    "ingår posterna bara för de år de har belopp. ", gaps.data, and + 2);
	}
	buf_free(&gaps);
	/* a sum that a preliminary index value will change says so where it
	 * is printed (r5 item 8: Vikby's 2 463 965 kr) */
	if (period_any) {
		struct buf pre = { NULL, 0, 0 };
		size_t npre = report_adjust_period_preliminary(ag, &pre);

		if (npre > 0)
			buf_printf(&part, "Summan för hela perioden bygger på %s (%s) och ändras "
			    "när %s kommer. ", npre == 1 ? "ett preliminärt indexvärde" :
			    "preliminära indexvärden", pre.data, npre == 1 ?
			    "det definitiva värdet" : "de definitiva värdena");
		buf_free(&pre);
	}
	/* each reason once, naming the parties only when not all */
	for (i = 0; i < annual.n; i++) {
		struct buf names = { NULL, 0, 0 };
		size_t count;

		if (notes_said(&annual, i))
			continue;
		notes_names(&annual, i, &names, &count);
		if (count == nmoney)
			buf_printf(&part, "Summan för hela perioden är %s. ", annual.words[i]);
		else
			buf_printf(&part, "Summan för hela perioden för %s är %s. ", names.data,
			    annual.words[i]);
		buf_free(&names);
	}
	for (i = 0; i < miss.n; i++) {
		struct buf names = { NULL, 0, 0 };
		size_t count;

		if (notes_said(&miss, i))
			continue;
		notes_names(&miss, i, &names, &count);
		buf_printf(&part, "Hela perioden: %s %s. ", names.data, miss.words[i]);
		buf_free(&names);
	}
	if (part.data != NULL) {
		part.data[part.len - 1] = '\0';
		report_text(r, arena_strdup(r->bd.a, part.data));
	}
	buf_free(&part);
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

/* Whether row t is a goal whose target is against the year before:
 * öka, minska, bibehålla. */
static bool
trend_relative(const struct trend *t)
{
	return t->is_goal && (t->goal->comparison == CMP_OKA || t->goal->comparison == CMP_MINSKA ||
	    t->goal->comparison == CMP_BIBEHALLA);
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
	/* a target against the year before ("öka jämfört med 2024"): the
	 * columns run to the report's year, the year it compares with
	 * among them (review r8: Vallby 2025 showed 2022 and 2023 only) */
	for (i = 0; i < nt; i++)
		if (trend_relative(&t[i])) {
			if (ylast < r->year)
				ylast = r->year;
			if (yfirst > r->year - 1 && r->year - 1 >= first)
				yfirst = r->year - 1;
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

		build_cell_text(&r->bd, tb, i + 1, 0, report_upper_first(r, measure_unique(t, nt, i) ||
		    g->text == NULL ? g->measure : g->text), false, DALIGN_LEFT,
		    t[i].is_goal ? g->line : 0);
		for (y = yfirst, col = 1; y <= ylast; y++, col++) {
			const struct outcome *o = goal_outcome(r, ag, g, y);
			struct buf b = { NULL, 0, 0 };

			if (o == NULL) {
				build_cell_text(&r->bd, tb, i + 1, col, "–", false, DALIGN_RIGHT, 0);
				continue;
			}
			report_add_count(&b, o->value);
			report_outcome_ratio(&b, o);
			report_outcome_percent(&b, o);
			/* part of the year: say which part */
			if (o->to.m != 12 || o->to.d != 31) {
				/* the year is the column's: the day in words
				 * (review s26) */
				struct date none = { 0, 0, 0 };

				/* one form with the goal table's: "31 (1
				 * januari–31 maj)" (review s27) */
				if (o->from.y != 0)
					buf_printf(&b, " (%s)", report_day_span(r, o->from, o->to));
				else
					buf_printf(&b, " (t.o.m. %s)", report_day_span(r, none, o->to));
			}
			build_cell_text(&r->bd, tb, i + 1, col, arena_strdup(r->bd.a, b.data), false,
			    DALIGN_RIGHT, 0);
			buf_free(&b);
		}
		/* an outcome without a goal has no target: "–", never 0; a
		 * change on the year before is each year's own, not the
		 * report year's "öka jämfört med 2023" beside 2022 (review
		 * r20) */
		build_cell_text(&r->bd, tb, i + 1, ncols - 1, !t[i].is_goal ? "–" :
		    trend_relative(&t[i]) ? arena_printf(r->bd.a, "%s jämfört med året innan",
		    model_comparison_word(g->comparison)) : target(r, g), false, DALIGN_LEFT, 0);
	}
	build_table_block(&r->bd, tb);
	/* the year such a target compares with, without an outcome */
	for (i = 0; i < nt; i++)
		if (trend_relative(&t[i]) && t[i].goal->text != NULL &&
		    goal_outcome(r, ag, t[i].goal, r->year - 1) == NULL) {
			size_t len = strlen(t[i].goal->text);

			while (len > 0 && (t[i].goal->text[len - 1] == '.' ||
			    t[i].goal->text[len - 1] == ' '))
				len--;
			report_text(r, arena_printf(r->bd.a, "För målet ”%.*s” saknas utfall för %d, "
			    "året som målet jämförs med.", (int)len, t[i].goal->text, r->year - 1));
		}
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

		if (!r->in->usable[i] || c->docs[i].type != INPUT_AGREEMENT ||
		    !report_has_agreement(ag, r->in->namnd, prev->year))
			continue;
		xgrow((void **)&prev->ags, &cap, prev->nags + 1, sizeof(*prev->ags));
		prev->ags[prev->nags++] = ag;
	}
	report_drop_copies(prev);
	report_sort_agreements(prev);
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
	size_t i, part;

	*fus = 0;
	report_goals_judged(r, met, measurable, &part);
	for (i = 0; i < r->nags; i++) {
		size_t j = 0;
		const struct followup *f;

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
	build_cell_text(&r->bd, tb, 4 + k, col, fus > 0 ? arena_printf(r->bd.a, "%zu", fus) :
	    "inga", false, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 5 + k, col, report_judged_cell(r, last), false, DALIGN_RIGHT,
	    0);
}

/* The funding table head's words for the part of year y agreement ag covers
 * (review r7: "2023" alone said nothing of it): "juli–december", "mars"
 * for whole months, else "15 mars–31 december"; "" for all of it. */
static const char *
chart_months(struct rep *r, const struct agreement *ag, int y)
{
	struct date from, to, next;

	if (!part_of_year(ag, y, &from, &to))
		return "";
	next = due_add_days(to, 1);
	if (from.d == 1 && next.d == 1)
		return from.m == to.m ? month_name(from.m) :
		    arena_printf(r->bd.a, "%s–%s", month_name(from.m), month_name(to.m));
	return arena_printf(r->bd.a, "%d %s–%d %s", from.d, month_name(from.m), to.d,
	    month_name(to.m));
}

/* A chart label's short words for the part of year y agreement ag
 * covers, so that a label keeps to one line (review s28: "2027
 * (januari–oktober, delvis beräknat efter dagar)" wrapped in the label
 * column): "jul–dec", "mar" for whole months, else "11 aug–31 dec"; ""
 * for all of it. */
static const char *
chart_label_part(struct rep *r, const struct agreement *ag, int y)
{
	struct date from, to;
	char s[96];

	if (!part_of_year(ag, y, &from, &to))
		return "";
	date_span_short(from, to, s, sizeof(s));
	return arena_strdup(r->bd.a, s);
}

/* "Nystart (2023, jul–dec)"'s inside: the year when with_year and the
 * part of the year, comma apart; "" when none.  How a figure is counted
 * ("beräknat efter dagar") is its bar's mark (chart_marks), not the
 * label's. */
static const char *
chart_inner(struct rep *r, const char *part, int year, bool with_year)
{
	if (with_year && *part != '\0')
		return arena_printf(r->bd.a, "%d, %s", year, part);
	if (with_year)
		return arena_printf(r->bd.a, "%d", year);
	return part;
}

/* The years of the funding chart of a nämnd with one agreement, at most. */
#define CHART_YEARS	10

/* The series of money m in the summary's chart: in the order of the key
 * figures beside it (enum rep_money: the kommun, other public money when
 * any, k 1, the idéburna), so that a legend reads as the table does
 * (review s26: Ekdala 2026's legend put Övrig offentlig last, the table
 * second). */
static size_t
money_series(enum rep_money m, size_t k)
{
	return m == REP_MONEY_IDEBUREN ? 1 + k : (size_t)m;
}

/* The series' names, in that order. */
static void
money_series_names(struct doc_chart *ch, size_t k)
{
	ch->series[money_series(REP_MONEY_KOMMUN, k)] = "Kommunen";
	ch->series[money_series(REP_MONEY_IDEBUREN, k)] = "Idéburna organisationer";
	if (k == 1)
		ch->series[money_series(REP_MONEY_OTHER_PUBLIC, k)] = "Övrig offentlig";
}

/* One row of the summary's chart: the kommun's, the idéburna's (and
 * other public money's, k 1) figures of am, a bar without a figure
 * saying why. */
static void
chart_amounts(struct doc_chart *ch, size_t row, size_t k, const struct ag_amounts *am)
{
	size_t ns = 2 + k, ko = row * ns + money_series(REP_MONEY_KOMMUN, k),
	    id = row * ns + money_series(REP_MONEY_IDEBUREN, k),
	    op = row * ns + money_series(REP_MONEY_OTHER_PUBLIC, k);

	ch->values[ko] = (double)am->kommun;
	ch->values[id] = (double)am->ideburen;
	ch->present[ko] = am->has_kommun;
	ch->present[id] = am->has_ideburen;
	/* help without a value, or no budget at all (review 2: both were "–") */
	ch->absent[ko] = am->kommun_not_valued ? REPORT_NOT_VALUED : "inget belopp angivet";
	/* money paid in a later year: no bar of 0 */
	if (am->has_kommun && am->kommun == 0 &&
	    (am->annual_for_part[REP_MONEY_KOMMUN] & REP_UNPAID)) {
		ch->present[ko] = false;
		ch->absent[ko] = "inget utbetalt";
	}
	ch->absent[id] = am->ideburen_not_valued ? REPORT_NOT_VALUED :
	    "inget belopp angivet";
	if (k == 1) {
		ch->values[op] = (double)am->other_public;
		ch->present[op] = am->has_other_public;
		ch->absent[op] = am->other_public_not_valued ? REPORT_NOT_VALUED :
		    "inget belopp angivet";
		/* money paid in a later year, as the kommun's: no bar of 0 */
		if (am->has_other_public && am->other_public == 0 &&
		    (am->annual_for_part[REP_MONEY_OTHER_PUBLIC] & REP_UNPAID)) {
			ch->present[op] = false;
			ch->absent[op] = "inget utbetalt";
		}
	}
}

/* The marks of row's bars: how each series' figure is counted,
 * report_annual_mark's words ("beräknat efter dagar", "delvis
 * helårsbelopp") per series, as the key figures mark each sum; said once
 * under the chart (layout_chart). */
static void
chart_marks(struct rep *r, struct doc_chart *ch, size_t row, size_t k,
    const struct ag_amounts *am)
{
	static const enum rep_money money[] = {
		REP_MONEY_KOMMUN, REP_MONEY_OTHER_PUBLIC, REP_MONEY_IDEBUREN
	};
	size_t i;

	for (i = 0; i < sizeof(money) / sizeof(money[0]); i++) {
		size_t at = row * (2 + k) + money_series(money[i], k);
		const char *m = report_annual_mark(am->annual_for_part[money[i]]);

		if (money[i] == REP_MONEY_OTHER_PUBLIC && k == 0)
			continue;
		/* " (beräknat efter dagar)": its words */
		if (ch->present[at] && strlen(m) > 3)
			ch->mark[at] = arena_printf(r->bd.a, "%.*s", (int)(strlen(m) - 3), m + 2);
	}
}

/* A nämnd with one agreement has nothing to set it beside: the chart
 * shows the agreement's funding per year of its period up to the
 * report's year (the last CHART_YEARS), none when that is one year. */
static void
years_chart(struct rep *r)
{
	const struct agreement *ag = r->ags[0];
	size_t k = report_has_other_public(r), row = 0, nrows;
	int first = ag->from.y > r->year - CHART_YEARS + 1 ? ag->from.y : r->year - CHART_YEARS + 1;
	struct doc_chart *ch;
	struct rep y;
	int year;

	if (first >= r->year)
		return;
	nrows = (size_t)(r->year - first + 1);
	ch = build_chart_new(&r->bd, arena_printf(r->bd.a, "Finansiering per år %d–%d, kronor",
	    first, r->year), nrows, 2 + k);
	ch->money = true;
	money_series_names(ch, k);
	memset(&y, 0, sizeof(y));
	y.bd = r->bd;
	y.in = r->in;
	y.namnd = r->namnd;
	y.ags = r->ags;
	y.nags = 1;
	for (year = first; year <= r->year; year++, row++) {
		const struct ag_amounts *am = &r->amounts[0];

		if (year < r->year) {
			y.year = year;
			if (!report_add_up_amounts(&y)) {
				free(y.amounts);
				return;
			}
			am = y.amounts;
		}
		{
			const char *in = chart_label_part(r, ag, year);

			/* "2023 (jul–dec)" */
			ch->labels[row] = *in != '\0' ? arena_printf(r->bd.a, "%d (%s)", year, in) :
			    arena_printf(r->bd.a, "%d", year);
		}
		chart_amounts(ch, row, k, am);
		chart_marks(r, ch, row, k, am);
		free(y.amounts);
		y.amounts = NULL;
	}
	report_chart(r, ch);
}

/* Whether agreement j of last year had figures then. */
static bool
prev_has_figures(const struct rep *prev, size_t j)
{
	return prev->amounts[j].has_kommun || prev->amounts[j].has_ideburen ||
	    prev->amounts[j].has_other_public;
}

/* Whether agreement j of last year is none of this year's. */
static bool
prev_ended(const struct rep *r, const struct rep *prev, size_t j)
{
	size_t i;

	for (i = 0; i < r->nags; i++)
		if (prev->ags[j] == r->ags[i])
			return false;
	return true;
}

/* A row of the chart per agreement: its name, the year (and part of the
 * year) when the chart has two years, and its amounts. */
static void
compare_row(struct rep *r, struct doc_chart *ch, size_t row, size_t k,
    const struct agreement *ag, const struct ag_amounts *am, int year, bool two)
{
	/* the part of the year inside the year's brackets: "Nystart
	 * (2023, jul–dec)"; a whole year's amount for part of the year its
	 * bar's mark */
	const char *in = chart_inner(r, chart_label_part(r, ag, year), year, two);

	ch->labels[row] = *in != '\0' ? arena_printf(r->bd.a, "%s (%s)",
	    report_short_name(ag), in) : arena_strdup(r->bd.a, report_short_name(ag));
	chart_amounts(ch, row, k, am);
	chart_marks(r, ch, row, k, am);
}

/* The summary's chart: the kommun against the idéburna (and other public
 * money, when any) per agreement, last year's row above this year's when
 * the agreement had figures then, and a row of last year alone for an
 * agreement that has ended, so that each year's bars add up to the key
 * figures beside them (review r20: Vallby 2025 without Mentor för
 * kvinnor's 140 000 kr of 2024); with one agreement and none ended, its
 * years (years_chart). */
void
report_compare_chart(struct rep *r, const struct rep *prev)
{
	size_t k = report_has_other_public(r), ns = 2 + k, nrows = 0, i, j, row = 0, ended = 0;
	struct doc_chart *ch;
	bool two;

	for (j = 0; prev != NULL && j < prev->nags; j++)
		ended += prev_ended(r, prev, j) && prev_has_figures(prev, j);
	if (r->nags == 1 && ended == 0) {
		years_chart(r);
		return;
	}
	for (i = 0; i < r->nags; i++) {
		nrows++;
		for (j = 0; prev != NULL && j < prev->nags; j++)
			nrows += prev->ags[j] == r->ags[i] && prev_has_figures(prev, j);
	}
	nrows += ended;
	two = nrows > r->nags;
	ch = build_chart_new(&r->bd, two ?
	    arena_printf(r->bd.a, "Finansiering %d och %d per överenskommelse, kronor", r->year - 1,
	    r->year) : arena_printf(r->bd.a, "Finansiering %d per överenskommelse, kronor", r->year),
	    nrows, ns);
	ch->money = true;
	money_series_names(ch, k);
	/* this year's agreements and, in their places in the report's
	 * order (report_ag_cmp), those that ended last year: that year's
	 * row alone */
	for (i = 0, j = 0; i < r->nags || (prev != NULL && j < prev->nags);) {
		size_t m;

		if (prev != NULL && j < prev->nags &&
		    !(prev_ended(r, prev, j) && prev_has_figures(prev, j))) {
			j++;
			continue;
		}
		if (i == r->nags || (prev != NULL && j < prev->nags &&
		    report_ag_cmp(prev->ags[j], r->ags[i]) < 0)) {
			compare_row(r, ch, row++, k, prev->ags[j], &prev->amounts[j], r->year - 1,
			    two);
			j++;
			continue;
		}
		for (m = 0; prev != NULL && m < prev->nags; m++)
			if (prev->ags[m] == r->ags[i] && prev_has_figures(prev, m))
				compare_row(r, ch, row++, k, r->ags[i], &prev->amounts[m],
				    r->year - 1, two);
		compare_row(r, ch, row++, k, r->ags[i], &r->amounts[i], r->year, two);
		i++;
	}
	report_chart(r, ch);
}
