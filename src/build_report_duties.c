/* The report's account of the follow-up duties of issue 12: each
 * meeting kind held against its own frequency, and the report
 * deadlines.  Appends sentences to the "Uppföljning" paragraph. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "corpus.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "utf8.h"

static const char *const per_words[] = {
	[DUTY_WEEK] = "per vecka",
	[DUTY_MONTH] = "per månad",
	[DUTY_QUARTER] = "per kvartal",
	[DUTY_HALF_YEAR] = "per halvår",
	[DUTY_YEAR] = "per år",
	[DUTY_PERIOD] = "under perioden",
};

/* Times a year a frequency stands for; 0 for "under perioden". */
static int
per_year(enum duty_per per)
{
	static const int n[] = {
		[DUTY_WEEK] = 52, [DUTY_MONTH] = 12, [DUTY_QUARTER] = 4,
		[DUTY_HALF_YEAR] = 2, [DUTY_YEAR] = 1, [DUTY_PERIOD] = 0,
	};

	return n[per];
}

/* Whether a follow-up records a meeting of this kind: its kind-text, or
 * its kind's name ("styrgrupp", "dialogmote") or word ("dialogmöte",
 * "styrgruppsmöte"), is the kind, ignoring case. */
static bool
followup_of_kind(const struct followup *f, const char *kind)
{
	if (!followup_is_meeting(f))
		return false;
	if (f->kind_text != NULL)
		return utf8_casecmp(f->kind_text, kind) == 0;
	return utf8_casecmp(model_followup_kind_name(f->kind), kind) == 0 ||
	    utf8_casecmp(report_kind_names[f->kind], kind) == 0;
}

/* Whether s ends in the suffix, ignoring case. */
static bool
ends_in(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && utf8_casecmp(s + n - k, suffix) == 0;
}

const char *
report_meeting_noun(const char *kind, long long n, bool *neuter, char *out, size_t size)
{
	bool one = n == 1;

	*neuter = true;
	if (kind == NULL)
		return NULL;
	if (utf8_casecmp(kind, "styrgrupp") == 0)
		snprintf(out, size, "styrgruppsmöte%s", one ? "" : "n");
	else if (utf8_casecmp(kind, "dialogmote") == 0)
		snprintf(out, size, "dialogmöte%s", one ? "" : "n");
	else if (ends_in(kind, "möte"))
		snprintf(out, size, "%s%s", kind, one ? "" : "n");
	else if (ends_in(kind, "samtal"))
		snprintf(out, size, "%s", kind);
	else if (ends_in(kind, "avstämning")) {
		snprintf(out, size, "%s%s", kind, one ? "" : "ar");
		*neuter = false;
	} else if (ends_in(kind, "dialog")) {
		snprintf(out, size, "%s%s", kind, one ? "" : "er");
		*neuter = false;
	} else
		return NULL;
	return out;
}

/* "två styrgruppsmöten", "ett möte (planering)": a count in words (or
 * quantifier, "inget", before the singular) and the kind's noun;
 * *neuter its gender. */
static void
add_meetings(struct buf *b, const char *kind, long long n, const char *quantifier,
    bool *neuter)
{
	char noun[96], w[64];
	const char *word;

	if (quantifier != NULL)
		n = 1;
	word = report_meeting_noun(kind, n, neuter, noun, sizeof(noun));
	format_count_words(w, sizeof(w), n, *neuter);
	if (quantifier != NULL)
		snprintf(w, sizeof(w), "%s", quantifier);
	if (kind == NULL || utf8_casecmp(kind, "möte") == 0)	/* the agreement names no kind */
		buf_printf(b, "%s %s", w, n == 1 ? "uppföljningsmöte" : "uppföljningsmöten");
	else if (word != NULL)
		buf_printf(b, "%s %s", w, word);
	else
		buf_printf(b, "%s %s (%s)", w, n == 1 ? "möte" : "möten", kind);
}

/* The follow-ups recording meetings of kind (NULL: any meeting), and
 * how many of them were held in the year. */
static size_t
meetings_of(const struct rep *r, const struct agreement *ag, const char *kind, size_t *held)
{
	const struct followup *f;
	size_t i = 0, recorded = 0;

	*held = 0;
	while (report_next_followup(r, ag, &i, &f))
		if (kind != NULL ? followup_of_kind(f, kind) : followup_is_meeting(f)) {
			recorded++;
			*held += f->date.y == r->year;
		}
	return recorded;
}

/* Whether a meeting kind counted per week or per month (the
 * organisations' operations) is one no follow-up of the agreement up to
 * the year records: the underlag does not report such meetings, so none
 * is counted as missing; the Uppföljning section says so once
 * ("Driftmötena redovisas inte i underlaget."; review s26: Sjöberg
 * 2024's "inget av 52 driftmöten").  A kind counted per year or less
 * often is a formal requirement and keeps its count. */
static bool
never_reported(const struct rep *r, const struct agreement *ag, const struct duty_meeting *m)
{
	const struct corpus *c = r->in->corpus;
	size_t i;

	if (m->per != DUTY_WEEK && m->per != DUTY_MONTH)
		return false;
	for (i = 0; i < c->n; i++) {
		const struct followup *f = c->docs[i].followup;

		if (r->in->usable[i] && c->docs[i].type == INPUT_FOLLOWUP && f->agreement == ag &&
		    (f->date.y <= r->year || report_is_source(r, f)) && followup_of_kind(f, m->kind))
			return false;
	}
	return true;
}

/* "driftmötena", "avstämningarna", "partssamtalen", "mötena (planering)":
 * a kind in its definite plural. */
static void
add_definite_plural(struct buf *b, const char *kind)
{
	char noun[96];
	bool neuter;
	const char *w = report_meeting_noun(kind, 2, &neuter, noun, sizeof(noun));
	size_t n;

	if (w == NULL) {
		buf_printf(b, "mötena (%s)", kind != NULL ? kind : "");
		return;
	}
	n = strlen(w);
	buf_printf(b, "%s%s", w, n > 0 && w[n - 1] == 'r' ? "na" : n > 0 && w[n - 1] == 'n' ? "a" :
	    "en");
}

/* One duty of the paragraph: what it requires ("två styrgruppsmöten"),
 * how often ("per år"), what follows that ("(24 per år)", ", vilket
 * blir …"), and what is on file for the year ("ett styrgruppsmöte",
 * "ingen skriftlig rapport"). */
#define MAX_DUTIES	20

struct duty_item {
	char		*what, *file;
	const char	*per, *extra;
	char		*part;	/* in a part year, what the part requires
				 * ("två driftmöten", "inget styrgruppsmöte");
				 * NULL: a whole year, or a count for the period */
	int		 parts;	/* the equal parts of the year the part is
				 * counted in: 1 år, 2 halvår, 4 kvartal … */
	int		 part_n;	/* what the part requires; -1: no part */
	bool		 none_on_file;	/* file reads "inget …"/"ingen …" */
	bool		 unreported;	/* never_reported: not in the on-file list */
	const char	*kind;		/* a meeting kind as written, or NULL */
};

struct duty_list {
	struct duty_item	 item[MAX_DUTIES];
	size_t			 n;
};

static char *
take(struct rep *r, struct buf *t)
{
	char *s = arena_strdup(r->bd.a, t->data != NULL ? t->data : "");

	buf_reset(t);
	return s;
}

static void
meeting_item(struct rep *r, const struct agreement *ag, const char *kind, int count,
    enum duty_per per, size_t held, struct duty_list *l)
{
	struct duty_item *it;
	struct buf t = { NULL, 0, 0 };
	bool neuter;
	int n = per_year(per), part;
	struct date from, to;
	char w[64];

	if (l->n == MAX_DUTIES)
		return;
	it = &l->item[l->n++];
	add_meetings(&t, kind, count, NULL, &neuter);
	it->what = take(r, &t);
	it->per = per_words[per];
	it->part = NULL;
	it->part_n = -1;
	it->parts = per == DUTY_YEAR ? count : n;
	if (calc_duty_part(ag->from, ag->to, r->year, &from, &to) &&
	    (part = calc_duty_required(per, count, from, to, r->year)) >= 0) {
		/* the part of the year, said once for all duties */
		bool part_neuter;

		add_meetings(&t, kind, part, part == 0 ? neuter ? "inget" : "ingen" : NULL,
		    &part_neuter);
		it->part = take(r, &t);
		it->part_n = part;
	} else if (n > 1 && count > 1) {
		/* the yearly count only where it is not plain: "två per
		 * månad (24 per år)", never "ett dialogmöte per halvår (två
		 * per år)", which a part year did not say (review s28) */
		format_count_words(w, sizeof(w), (long long)count * n, neuter);
		buf_printf(&t, " (%s per år)", w);
	}
	it->extra = take(r, &t);
	add_meetings(&t, kind, (long long)held, held == 0 ? neuter ? "inget" : "ingen" : NULL,
	    &neuter);
	it->file = take(r, &t);
	it->none_on_file = held == 0;
	it->unreported = false;
	it->kind = kind;
	buf_free(&t);
}

/* Whether a duty is left out of what is on file: the kinds the
 * underlag never reports, and in a part year a duty the part does not
 * require, when none is on file (review s28, Ekdala from 1 November
 * 2025: no "ingen årsdialog och ingen skriftlig rapport i underlaget"
 * when neither is required). */
static bool
off_file(const struct duty_item *it)
{
	return it->unreported || (it->part_n == 0 && it->none_on_file);
}

/* What is on file, what is on file first and what is not after "men":
 * "en skriftlig rapport men inget dialogmöte", never "inget dialogmöte
 * och en skriftlig rapport", which reads as neither (review r6). */
static void
add_on_file(struct buf *b, const struct duty_list *l)
{
	size_t i, n[2] = { 0, 0 }, said[2] = { 0, 0 };
	int pass;

	for (i = 0; i < l->n; i++)
		n[l->item[i].none_on_file] += !off_file(&l->item[i]);
	for (pass = 0; pass < 2; pass++) {
		if (pass == 1 && n[0] > 0 && n[1] > 0)
			buf_adds(b, " men ");
		for (i = 0; i < l->n; i++) {
			if (l->item[i].none_on_file != (pass == 1) || off_file(&l->item[i]))
				continue;
			if (said[pass] > 0)
				buf_adds(b, said[pass] + 1 == n[pass] ? " och " : ", ");
			buf_adds(b, l->item[i].file);
			said[pass]++;
		}
	}
}

/* "A, B och C per år" of the items' requirements from..to. */
static void
add_listed(struct buf *b, const struct duty_list *l, size_t from)
{
	size_t i;

	for (i = from; i < l->n; i++) {
		const struct duty_item *it = &l->item[i];
		/* one "per år" for a run of the same frequency: "två
		 * dialogmöten och en skriftlig rapport per år" */
		bool same_next = i + 1 < l->n && *it->extra == '\0' &&
		    strcmp(it->per, l->item[i + 1].per) == 0;

		if (i > from)
			buf_adds(b, i + 1 == l->n ? " och " : ", ");
		buf_adds(b, it->what);
		if (!same_next)
			buf_printf(b, " %s%s", it->per, it->extra);
	}
}

/* A part of one year in words: "1 januari–30 september 2023", in one
 * month "1–15 mars 2025". */
static void
add_part_words(struct buf *b, struct date from, struct date to)
{
	if (from.m == to.m)
		buf_printf(b, "%d–%d %s %d", from.d, to.d, month_name(to.m), to.y);
	else
		buf_printf(b, "%d %s–%d %s %d", from.d, month_name(from.m), to.d,
		    month_name(to.m), to.y);
}

/* The name of a year's n equal parts, with its article: "ett halvår",
 * "en vecka"; NULL when it has none (five a year). */
static const char *
part_unit(int n)
{
	switch (n) {
	case 1:
		return "ett år";
	case 2:
		return "ett halvår";
	case 3:
		return "ett tertial";
	case 4:
		return "ett kvartal";
	case 12:
		return "en månad";
	case 52:
		return "en vecka";
	}
	return NULL;
}

/* The name of a year's n equal parts without article, for the method
 * note: "halvår", "månad"; NULL when it has none. */
static const char *
part_noun(int n)
{
	const char *u = part_unit(n);

	return u != NULL ? strchr(u, ' ') + 1 : NULL;
}

/* The rules a part year was counted by are said once, in the Bilaga
 * (review s27: "(ett halvår eller ett år räknas när överenskommelsen
 * gäller mer än hälften av det)" in the running text): record the parts
 * of the year its duties are counted in, and whether the final report. */
static void
note_part_rule(struct rep *r, const struct duty_list *l, bool final)
{
	size_t k;

	for (k = 0; k < l->n; k++) {
		int bit;

		/* duties under the period are not counted by parts */
		if (l->item[k].part == NULL || l->item[k].parts == 0)
			continue;
		switch (l->item[k].parts) {
		case 1: bit = 0; break;
		case 2: bit = 1; break;
		case 3: bit = 2; break;
		case 4: bit = 3; break;
		case 12: bit = 4; break;
		case 52: bit = 5; break;
		default: bit = 6; break;
		}
		r->method_parts |= 1u << bit;
	}
	r->method_final |= final;
}

/* The parts of a year for the method note's bits, smallest first. */
static const int method_units[] = { 52, 12, 4, 3, 2, 1 };
static const int method_bits[] = { 5, 4, 3, 2, 1, 0 };

/* "När överenskommelsen bara gäller en del av ett år krävs det som
 * krävs per kvartal eller år för varje kvartal eller år som den gäller
 * mer än hälften av." and "En slutrapport krävs alltid det sista
 * året.": the rules recorded by note_part_rule; nothing when none. */
void
report_method_duties(unsigned parts, bool final, struct buf *b)
{
	const char *names[6];
	size_t k, n = 0;

	for (k = 0; k < 6; k++)
		if (parts & (1u << method_bits[k]))
			names[n++] = part_noun(method_units[k]);
	if (parts == 1u)
		buf_adds(b, "När överenskommelsen bara gäller en del av ett år krävs årets "
		    "uppföljning om den gäller mer än halva året.");
	else if (parts & (1u << 6) || (parts != 0 && n == 0))
		buf_adds(b, "När överenskommelsen bara gäller en del av ett år krävs möten och "
		    "rapporter för varje del av året som den gäller mer än hälften av.");
	else if (n > 0) {
		struct buf l = { NULL, 0, 0 };

		for (k = 0; k < n; k++)
			buf_printf(&l, "%s%s", k == 0 ? "" : k + 1 == n ? " eller " : ", ", names[k]);
		buf_printf(b, "När överenskommelsen bara gäller en del av ett år krävs de möten "
		    "och rapporter som hör till varje %s som den gäller mer än hälften av.",
		    l.data);
		buf_free(&l);
	}
	if (final)
		buf_printf(b, "%sEn slutrapport krävs alltid det sista året.", b->len > 0 ? " " : "");
}

/* A part year named once and what it requires, the result only:
 * ". För 1 november–31 december 2025 krävs två driftmöten och en
 * avstämning", the duties it does not require left out (review s28),
 * all of them when it requires none ("krävs inget dialogmöte"); the rule
 * it was counted by is noted for the Bilaga (note_part_rule); nothing
 * for a whole year.  Returns whether the part was named. */
static bool
add_parts(struct rep *r, const struct agreement *ag, struct buf *b, const struct duty_list *l)
{
	struct date from, to;
	size_t k, nparts = 0, nrequired = 0, said = 0;
	bool final = false;

	for (k = 0; k < l->n; k++) {
		nparts += l->item[k].part != NULL;
		nrequired += l->item[k].part != NULL && l->item[k].part_n != 0;
	}
	if (nparts == 0 || !calc_duty_part(ag->from, ag->to, r->year, &from, &to))
		return false;
	if (nrequired > 0)
		nparts = nrequired;
	buf_adds(b, ". För ");
	add_part_words(b, from, to);
	buf_adds(b, " krävs ");
	for (k = 0; k < l->n; k++) {
		if (l->item[k].part == NULL || (nrequired > 0 && l->item[k].part_n == 0))
			continue;
		if (said > 0)
			buf_adds(b, said + 1 == nparts ? " och " : ", ");
		buf_adds(b, l->item[k].part);
		said++;
	}
	(void)calc_duty_reports(ag->followup.reports_per_year, ag->from, ag->to, r->year, &final);
	note_part_rule(r, l, final);
	return true;
}

void
report_duty_paragraph(struct rep *r, const struct agreement *ag, struct buf *b)
{
	const struct duty_meeting *m;
	const struct followup *f;
	struct duty_list l;
	struct buf t = { NULL, 0, 0 };
	struct date from, to;
	size_t held, reports = 0, i = 0, nunreported = 0, k, said = 0, nfile = 0;
	bool counted = true;	/* the agreement says how many meetings */
	bool named;		/* a part year named, in a sentence of its own */

	l.n = 0;
	while (report_next_followup(r, ag, &i, &f))
		reports += !followup_is_meeting(f) && report_in_year(f, r->year);
	for (m = ag->followup.meetings; m != NULL; m = m->next) {
		size_t before = l.n;

		meetings_of(r, ag, m->kind, &held);
		meeting_item(r, ag, m->kind, m->count, m->per, held, &l);
		if (l.n > before && never_reported(r, ag, m)) {
			l.item[l.n - 1].unreported = true;
			nunreported++;
		}
	}
	if (ag->followup.meetings == NULL && ag->followup.meetings_per_year > 0) {
		meetings_of(r, ag, NULL, &held);
		meeting_item(r, ag, ag->followup.meeting_kind, ag->followup.meetings_per_year,
		    DUTY_YEAR, held, &l);
	} else if (ag->followup.meetings == NULL) {
		/* no count: the meetings on file, of any kind */
		meetings_of(r, ag, NULL, &held);
		counted = false;
	}
	if (ag->followup.reports_per_year > 0 || ag->followup.reports_in_period > 0) {
		int want = ag->followup.reports_per_year > 0 ? ag->followup.reports_per_year :
		    ag->followup.reports_in_period;
		struct duty_item *it = &l.item[l.n < MAX_DUTIES ? l.n++ : MAX_DUTIES - 1];
		char w[32];

		/* "rapport" is common gender: en, ingen */
		format_count_words(w, sizeof(w), want, false);
		buf_printf(&t, "%s %s", w, want == 1 ? "skriftlig rapport" : "skriftliga rapporter");
		it->what = take(r, &t);
		it->per = ag->followup.reports_per_year > 0 ? "per år" : "under perioden";
		it->extra = "";
		it->part = NULL;
		it->part_n = -1;
		it->parts = ag->followup.reports_per_year;
		/* a part year's: the reports whose period falls in it, or
		 * those due under the period when their deadline falls in
		 * it, as page 1 counts them (review H, Lund 2019: "krävs ett
		 * styrgruppsmöte" where page 1 said "en av två skriftliga
		 * rapporter") */
		if (calc_duty_part(ag->from, ag->to, r->year, &from, &to)) {
			int part = report_reports_due(r, ag, NULL);

			format_count_words(w, sizeof(w), part, false);
			buf_printf(&t, "%s %s", part == 0 ? "ingen" : w, part == 1 || part == 0 ?
			    "skriftlig rapport" : "skriftliga rapporter");
			it->part = take(r, &t);
			it->part_n = part;
		}
		format_count_words(w, sizeof(w), (long long)reports, false);
		buf_printf(&t, "%s %s", reports == 0 ? "ingen" : w, reports == 1 || reports == 0 ?
		    "skriftlig rapport" : "skriftliga rapporter");
		it->file = take(r, &t);
		it->none_on_file = reports == 0;
		it->unreported = false;
		it->kind = NULL;
	}
	/* what the agreement requires in one sentence, what is on file for
	 * the year in another: "Överenskommelsen kräver två dialogmöten och
	 * en skriftlig rapport per år. För 2023 finns ett dialogmöte och
	 * ingen skriftlig rapport i underlaget." */
	if (counted) {
		buf_adds(b, "Överenskommelsen kräver ");
		add_listed(b, &l, 0);
		named = add_parts(r, ag, b, &l);
		buf_adds(b, ".");
		for (k = 0; k < l.n; k++)
			nfile += !off_file(&l.item[k]);
		/* after the part year: "I underlaget finns ingen avstämning." */
		if (nfile > 0) {
			if (named)
				buf_adds(b, " I underlaget finns ");
			else
				buf_printf(b, " För %d finns ", r->year);
			add_on_file(b, &l);
			buf_adds(b, named ? "." : " i underlaget.");
		}
		/* the kinds the underlag never reports, once: "Driftmötena
		 * redovisas inte i underlaget." */
		if (nunreported > 0) {
			size_t start;

			buf_adds(b, " ");
			start = b->len;
			for (k = 0; k < l.n; k++)
				if (l.item[k].unreported) {
					if (said > 0)
						buf_adds(b, said + 1 == nunreported ? " och " : ", ");
					add_definite_plural(b, l.item[k].kind);
					said++;
				}
			/* a sentence's first letter (a–z, à–þ) */
			if ((unsigned char)b->data[start] >= 'a' && (unsigned char)b->data[start] <= 'z')
				b->data[start] = (char)(b->data[start] - 'a' + 'A');
			else if ((unsigned char)b->data[start] == 0xC3 &&
			    (unsigned char)b->data[start + 1] >= 0xA0 &&
			    (unsigned char)b->data[start + 1] <= 0xBE &&
			    (unsigned char)b->data[start + 1] != 0xB7)
				b->data[start + 1] = (char)(b->data[start + 1] - 0x20);
			buf_adds(b, " redovisas inte i underlaget.");
		}
		buf_free(&t);
		return;
	} else {
		char w[32];

		buf_adds(b, "Överenskommelsen anger inte hur många uppföljningsmöten som ska hållas");
		if (l.n > 0) {
			buf_adds(b, ", men kräver ");
			add_listed(b, &l, 0);
		}
		/* the written reports of a part year, as above (Norrvik from
		 * 1 September 2024: "… innebär det en skriftlig rapport") */
		named = add_parts(r, ag, b, &l);
		/* no meeting on file where none is counted: said only when
		 * nothing else is (review s27: "För 2024 finns inget möte och
		 * ingen skriftlig rapport"); a duty the part year does not
		 * require, only when on file (review s28) */
		for (k = 0; k < l.n; k++)
			nfile += !off_file(&l.item[k]);
		if (named && held == 0 && nfile == 0) {
			buf_adds(b, ".");
			buf_free(&t);
			return;
		}
		format_count_words(w, sizeof(w), (long long)held, true);
		if (named)
			buf_adds(b, ". I underlaget finns ");
		else
			buf_printf(b, ". För %d finns ", r->year);
		if (held > 0 || l.n == 0)
			buf_printf(b, "%s %s", held == 0 ? "inget" : w, held <= 1 ? "möte" : "möten");
		if (nfile > 0) {
			if (held > 0)
				buf_adds(b, " och ");
			add_on_file(b, &l);
		}
		buf_adds(b, named ? "." : " i underlaget.");
	}
	buf_free(&t);
}

/* The deadlines in calendar order, yearly by month and day, once by
 * date (each kind apart): at most MAX_DUES, as the schema allows (0-12). */
#define MAX_DUES	12

static int
due_compare(const void *pa, const void *pb)
{
	const struct report_due *a = *(const struct report_due *const *)pa;
	const struct report_due *b = *(const struct report_due *const *)pb;

	if (a->date.y != 0 || b->date.y != 0)
		return date_compare(a->date, b->date);
	if (a->month != b->month)
		return a->month - b->month;
	return a->day - b->day;
}

/* The rule is calc_duty.c's, as for meetings: in a part year, the
 * year's reports-per-year equal parts the part covers more than half of
 * (two per år from 1 September: the autumn's), and the final report in
 * the year the agreement ends. */
int
report_reports_required(const struct rep *r, const struct agreement *ag)
{
	bool final;

	return calc_duty_reports(ag->followup.reports_per_year, ag->from, ag->to, r->year, &final);
}

/* The written reports the year requires, one computation for page 1
 * (report_duty_gaps) and the Uppföljning section: reports per year as
 * report_reports_required; reports due under the period all in the
 * year their deadline (else the period's end) falls in, none in other
 * years.  *by (may be NULL): that deadline, or a zero date. */
int
report_reports_due(const struct rep *r, const struct agreement *ag, struct date *by)
{
	struct date d = { 0, 0, 0 };
	int n = 0;

	if (ag->followup.reports_per_year > 0)
		n = report_reports_required(r, ag);
	else if (ag->followup.reports_in_period > 0) {
		struct date due = ag->followup.reports_by.y != 0 ? ag->followup.reports_by : ag->to;

		if (due.y == r->year) {
			n = ag->followup.reports_in_period;
			d = due;
		}
	}
	if (by != NULL)
		*by = d;
	return n;
}

/* The deadlines of one kind (yearly: date.y 0; once: of the year), sorted. */
static size_t
dues_of(const struct agreement *ag, int year, const struct report_due **out)
{
	const struct report_due *rd;
	size_t n = 0;

	for (rd = ag->followup.report_dues; rd != NULL && n < MAX_DUES; rd = rd->next)
		if (rd->date.y == year)
			out[n++] = rd;
	qsort(out, n, sizeof(*out), due_compare);
	return n;
}

void
report_duty_deadlines(struct rep *r, const struct agreement *ag, struct buf *b)
{
	const struct report_due *due[MAX_DUES];
	const struct report_due *leap_day = NULL;
	size_t i, n;
	char d[16];
	bool leap = date_exists(r->year, 2, 29);

	if ((n = dues_of(ag, 0, due)) > 0) {
		/* after "en skriftlig rapport per år": the one report */
		buf_printf(b, "%s%s ska lämnas senast ", b->len > 0 ? " " : "", n == 1 &&
		    ag->followup.reports_per_year == 1 ? "Rapporten" : "Skriftliga rapporter");
		for (i = 0; i < n; i++) {
			int day = due[i]->day;

			/* 29 februari: the last day of February in other years */
			if (due[i]->month == 2 && day == 29 && !leap)
				day = 28, leap_day = due[i];
			buf_printf(b, "%s%d %s", i == 0 ? "" : i + 1 == n ? " och " : ", ", day,
			    month_name(due[i]->month));
		}
		buf_printf(b, " varje år");
		if (leap_day != NULL)
			buf_printf(b, " (överenskommelsen anger 29 februari, som inte finns %d)", r->year);
		buf_adds(b, ".");
	}
	if ((n = dues_of(ag, r->year, due)) > 0) {
		buf_printf(b, "%sRapport ska lämnas senast ", b->len > 0 ? " " : "");
		for (i = 0; i < n; i++) {
			date_format_iso(due[i]->date, d, sizeof(d));
			buf_printf(b, "%s%s", i == 0 ? "" : i + 1 == n ? " och " : ", ", d);
		}
		buf_printf(b, ".");
	}
}

/* Exported for iopdoc due (due.c) and the report's CSV (report_csv.c):
 * the same matching as the report's. */
bool
report_followup_is_kind(const struct followup *f, const char *kind)
{
	return followup_of_kind(f, kind);
}

/* What the frequency asks for in the year: in a part year the part's
 * count (calc_duty.c), else the whole year's; -1 for "under perioden". */
static int
required_in_year(const struct rep *r, const struct agreement *ag, enum duty_per per, int count)
{
	struct date from, to;

	if (calc_duty_part(ag->from, ag->to, r->year, &from, &to))
		return calc_duty_required(per, count, from, to, r->year);
	return per == DUTY_PERIOD ? -1 : count * per_year(per);
}

size_t
report_duty_gaps(struct rep *r, const struct agreement *ag, struct duty_gap *out, size_t max)
{
	const struct duty_meeting *m;
	const struct followup *f;
	size_t n = 0, held, i = 0, reports = 0, k, nleft = 0, nops = 0;
	struct duty_gap ops[MAX_DUTIES];
	int want;
	struct buf left = { NULL, 0, 0 };
	bool short_of = false;

	/* every meeting kind the year asks for, held as far as it asks (a
	 * kind held more often makes up for none other), when any kind is
	 * short: page 1 says "ett av tre uppföljningsmöten (ett
	 * styrgruppsmöte, en avstämning och en årsdialog)" as the
	 * Uppföljning section counts them, never "inget av två" of the
	 * kinds short alone (review s21) */
	for (m = ag->followup.meetings; m != NULL && n < max; m = m->next) {
		/* meetings counted per week or per month are the organisations'
		 * operations, without minutes a nämnd looks for: the section
		 * counts them, the first page does not, and says it leaves
		 * them out ("utöver månatliga driftmöten") */
		if (m->per == DUTY_WEEK || m->per == DUTY_MONTH) {
			char noun[96];
			bool neuter;
			const char *w = report_meeting_noun(m->kind, 2, &neuter, noun, sizeof(noun));

			/* short: said apart, as a count, after the other
			 * kinds (review s22: Sjöberg's 52 weekly driftmöten,
			 * none on file, not on page 1) */
			meetings_of(r, ag, m->kind, &held);
			want = required_in_year(r, ag, m->per, m->count);
			/* none counted as missing where the underlag never
			 * reports the kind (review s26) */
			if (want > 0 && held < (size_t)want && nops < MAX_DUTIES &&
			    !never_reported(r, ag, m)) {
				ops[nops++] = (struct duty_gap){ m->kind, held, want, false,
				    { 0, 0, 0 }, NULL, true };
				continue;
			}
			buf_printf(&left, "%s%s %s", nleft++ == 0 ? "" : " och ",
			    m->per == DUTY_WEEK ? "veckovisa" : "månatliga", w != NULL ? w : "möten");
			continue;
		}
		meetings_of(r, ag, m->kind, &held);
		want = required_in_year(r, ag, m->per, m->count);
		if (want <= 0)
			continue;
		short_of |= held < (size_t)want;
		out[n++] = (struct duty_gap){ m->kind, held < (size_t)want ? held : (size_t)want,
		    want, false, { 0, 0, 0 }, NULL, false };
	}
	if (!short_of)
		n = 0;
	for (k = 0; k < nops && n < max; k++)
		out[n++] = ops[k];
	if (ag->followup.meetings == NULL && ag->followup.meetings_per_year > 0 && n < max) {
		meetings_of(r, ag, NULL, &held);
		want = required_in_year(r, ag, DUTY_YEAR, ag->followup.meetings_per_year);
		if (want > 0 && held < (size_t)want)
			out[n++] = (struct duty_gap){ ag->followup.meeting_kind, held, want, false,
			    { 0, 0, 0 }, NULL, false };
	}
	/* the written reports the "Uppföljning" paragraph counts, against
	 * those whose period falls in the year */
	while (report_next_followup(r, ag, &i, &f))
		reports += !followup_is_meeting(f) && report_in_year(f, r->year);
	/* reports due under the period, once their deadline (else the
	 * period's end) falls in the year: report_reports_due, as the
	 * Uppföljning section */
	{
		struct date by;

		want = report_reports_due(r, ag, &by);
		if (want > 0 && reports < (size_t)want && n < max)
			out[n++] = (struct duty_gap){ NULL, reports, want, true, by, NULL, false };
	}
	if (left.data != NULL)
		for (k = 0; k < n; k++)
			if (!out[k].reports && !out[k].apart)
				out[k].besides = arena_strdup(r->bd.a, left.data);
	buf_free(&left);
	return n;
}
