/* The message that opens a nämnd report's summary, in plain Swedish from
 * the data: what the report covers, the kommun's money against the
 * idéburna parties' contributions (and against last year), how the
 * year's goals went, what needs the nämnd's attention by agreement, and
 * the förslag till beslut of the report file when there is one.  Every
 * figure comes from the computations the summary's tables use
 * (build_report_year.c, build_report_duties.c); the sentences are made
 * by pure functions over counts, so the unit tests can read them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_report_int.h"
#include "calc.h"
#include "corpus.h"
#include "doc.h"
#include "econ_columns.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "utf8.h"

/* Duty gaps listed per agreement: meeting kinds and written reports. */
#define MAX_GAPS	16

static void	 add_words(struct buf *, long long, bool neuter);
static void	 add_count_capital(struct buf *, long long, bool neuter);
static void	 add_money_part(struct buf *, const struct msg_money *);
static void	 add_assumption(struct buf *, int year, const struct msg_money *);
static void	 assessed_sentences(struct buf *, size_t total, const struct msg_assessed *);

static void
add_words(struct buf *b, long long n, bool neuter)
{
	char w[64];

	format_count_words(w, sizeof(w), n, neuter);
	buf_adds(b, w);
}

/* The same, opening a sentence: "Tre", "Åtta", "13". */
static void
add_count_capital(struct buf *b, long long n, bool neuter)
{
	char w[64];

	format_count_words(w, sizeof(w), n, neuter);
	if (w[0] >= 'a' && w[0] <= 'z')
		w[0] = (char)(w[0] - 'a' + 'A');
	else if ((unsigned char)w[0] == 0xc3 && (unsigned char)w[1] == 0xa5)
		w[1] = (char)0x85;	/* å -> Å */
	buf_adds(b, w);
}

/* "1 mars": a day of the report's year needs no year; never broken
 * between its day and month. */
static void
add_day(struct buf *b, struct date d)
{
	buf_printf(b, "%d" NBSP "%s", d.d, month_name(d.m));
}

static bool
whole_months(struct date from, struct date to)
{
	return from.d == 1 && !date_exists(to.y, to.m, to.d + 1);
}

/* The part of a year: "januari–oktober" in whole months, else "1 mars
 * – 15 oktober" (a range of words with spaces: spaced). */
static void
add_part(struct buf *b, struct date from, struct date to)
{
	if (whole_months(from, to) && from.m == to.m)
		buf_adds(b, month_name(from.m));
	else if (whole_months(from, to))
		buf_printf(b, "%s–%s", month_name(from.m), month_name(to.m));
	else {
		add_day(b, from);
		buf_adds(b, " – ");
		add_day(b, to);
	}
}

/* ---------- the sentences (pure) ---------- */

/* "1 250 000 kr", "inte värderat i kronor", or nothing for no figure. */
static void
add_money_part(struct buf *b, const struct msg_money *m)
{
	char s[64];

	if (m->has) {
		money_format(m->sum, s, sizeof(s));
		buf_adds(b, s);
	} else if (m->not_valued)
		buf_adds(b, REPORT_NOT_VALUED);
}

/* ", då överenskommelsen gällde del av året" after last year's figure:
 * the agreements', not the nämnd's part year (review r8). */
static void
add_part_before(struct buf *b, const struct msg_money *before)
{
	if (before->npart == before->nags)
		buf_printf(b, ", då %s gällde del av året", before->nags == 1 ?
		    "överenskommelsen" : "överenskommelserna");
	else {
		buf_adds(b, ", då ");
		add_words(b, (long long)before->npart, false);
		buf_adds(b, " av överenskommelserna gällde del av året");
	}
}

/* Whether the paragraph has said that last year's agreements held part
 * of it, after an earlier comparison ("jämfört med 142 000 kr 2024, då
 * överenskommelsen gällde del av året"): said once a paragraph, the
 * second comparison to the same year without it (review s26: Norrvik
 * 2025 said it of the kommun's money and again of the organisation's). */
static bool
part_said(const struct buf *b, int before)
{
	char year[32];
	const char *s;

	if (b->data == NULL)
		return false;
	snprintf(year, sizeof(year), " %d, då ", before);
	for (s = b->data; (s = strstr(s, year)) != NULL; s++) {
		const char *end = strchr(s, '.');
		const char *part = strstr(s, "gällde del av året");

		if (part != NULL && (end == NULL || part < end))
			return true;
	}
	return false;
}

/* ", oförändrat jämfört med 2024", or ", också oförändrat" when the
 * paragraph has compared a figure with that year unchanged already
 * (review s26: Sjöberg 2025 said "oförändrat jämfört med 2024" of the
 * kommun's money and of the organisation's). */
static void
add_unchanged(struct buf *b, int before)
{
	char said[64];

	snprintf(said, sizeof(said), "oförändrat jämfört med %d", before);
	if (b->data != NULL && strstr(b->data, said) != NULL)
		buf_adds(b, ", också oförändrat");
	else
		buf_printf(b, ", %s", said);
}

void
report_msg_money(struct buf *b, bool kommun, int year, const struct msg_money *now,
    const struct msg_money *before)
{
	char s[64], t[64];

	if (b->len > 0)
		buf_addc(b, ' ');
	if (!now->has && !now->not_valued) {
		const char *whose = now->nags == 1 ? "överenskommelsen" : "överenskommelserna";

		/* the figure first: the sentence before may well begin with
		 * "Överenskommelsen" ("… löpte ut 30 juni.") */
		if (kommun)
			buf_printf(b, "För kommunens finansiering %d anger %s inget belopp.", year,
			    whose);
		else
			buf_printf(b, "För %s insatser %d anger %s inget värde.",
			    now->norgs == 1 ? "den idéburna organisationens" :
			    "de idéburna organisationernas", year, whose);
		return;
	}
	if (!now->has) {
		if (kommun)
			buf_printf(b, "Kommunens insatser %d är inte värderade i kronor.", year);
		else
			buf_printf(b, "%s insatser %d är inte värderade i kronor.",
			    now->norgs == 1 ? "Den idéburna organisationens" :
			    "De idéburna organisationernas", year);
		return;
	}
	if (kommun)
		buf_adds(b, "Kommunens finansiering var ");
	else
		/* the number of this year's organisations; a year before with
		 * more of them says so beside its figure (review s27, Vallby
		 * 2026: one organisation, 290 000 kr for two in 2025) */
		buf_printf(b, "%s insatser var värda ", now->norgs == 1 ?
		    "Den idéburna organisationens" : "De idéburna organisationernas");
	add_money_part(b, now);
	if (now->estimated)
		buf_adds(b, " (uppskattat)");
	/* the organisations' value carried from an earlier year */
	if (!kommun && now->carried_from > 0) {
		if (now->assumed_in != NULL)
			buf_printf(b, " (för %s %d års värde; överenskommelsen anger ingen budget "
			    "för %d)", now->assumed_in, now->carried_from, year);
		else
			buf_printf(b, " (%d års värde; överenskommelsen anger ingen budget för %d)",
			    now->carried_from, year);
	}
	/* the förvaltning's calculation; Att uppmärksamma says why */
	if (now->days_assumed)
		buf_adds(b, " (beräknat efter dagar)");
	/* the sum of some agreements only: which, before any comparison */
	/* the scope sentence has said how many there are */
	if (now->nwith < now->nags) {
		buf_adds(b, " i ");
		add_words(b, (long long)now->nwith, false);
		buf_adds(b, " av överenskommelserna");
	}
	/* said once, in the first of the sentences */
	/* a whole year's payments is no part year's figure (review s27:
	 * Ekdala 2027, 300 000 kr paid in January and July, ended 31
	 * October) */
	if (now->part && kommun && now->nags == 1 && now->paid_whole) {
		buf_adds(b, " (ett helt års utbetalningar, trots att överenskommelsen slutade ");
		add_day(b, now->paid_whole_to);
		buf_adds(b, ")");
	} else if (now->part && kommun && now->nags == 1 && (now->paid == NULL || *now->paid == '\0') &&
	    !(now->assumed_in == NULL && now->whole_for_part))	/* the brackets say it */
		buf_adds(b, " för den del av året som överenskommelsen gällde");
	/* paid on its payment days: when, beside the figure */
	/* an uprating the year should have, without its values: said in
	 * the same brackets, and never "oförändrat" beside it (review r7) */
	if (kommun && now->paid != NULL && *now->paid != '\0' && now->assumed_in == NULL)
		buf_printf(b, " (%s%s)", now->paid, now->index_missing ?
		    "; utan uppräkning, indexvärden saknas" : "");
	else if (now->index_missing && b->data != NULL && strstr(b->data, "indexvärden saknas") != NULL)
		/* the kommun's sentence before has said why (s31, Göteborg
		 * 2027: the same brackets twice in two sentences) */
		buf_adds(b, " (också utan uppräkning)");
	else if (now->index_missing)
		buf_adds(b, " (utan uppräkning, indexvärden saknas)");
	/* a figure resting on an assumption says which, beside it */
	if (kommun && now->assumed_in == NULL && (now->carried_from > 0 || now->whole_for_part))
		add_assumption(b, year, now);
	if (before != NULL && before->has && before->sum == now->sum && !before->part &&
	    !(kommun && before->whole_for_part) && !now->index_missing)
		add_unchanged(b, year - 1);
	else if (before != NULL && before->has) {
		money_format(before->sum, t, sizeof(t));
		buf_printf(b, ", jämfört med %s %d", t, year - 1);
		if (!kommun && now->norgs == 1 && before->norgs > 1) {
			buf_adds(b, " för ");
			add_words(b, (long long)before->norgs, false);
			buf_adds(b, " organisationer");
		}
		if (kommun && before->paid != NULL && before->assumed_in == NULL &&
		    strncmp(before->paid, "inget", 5) == 0)
			buf_adds(b, ", då inget betalades ut");
		else if (kommun && before->whole_for_part && before->assumed_in == NULL) {
			/* counted whole for part of last year: not a year's figure */
			buf_adds(b, ", då ett helt årsbelopp räknades för ");
			if (whole_months(before->from, before->to)) {
				add_words(b, before->to.m - before->from.m + 1, false);
				buf_adds(b, before->to.m == before->from.m ? " månad" : " månader");
			} else
				add_part(b, before->from, before->to);
		} else if (before->part && !part_said(b, year - 1))
			add_part_before(b, before);
	}
	if (now->has_money && now->has_in_kind) {
		money_format(now->money, s, sizeof(s));
		money_format(now->in_kind, t, sizeof(t));
		buf_printf(b, ", varav %s i pengar och %s i annan form än pengar", s, t);
	}
	/* whose: the sentence's subject may be the kommun's finansiering
	 * (review s22, Åsbro 2025: "därtill insatser som inte är värderade
	 * i kronor" beside the organisation's left it open) */
	if (now->not_valued)
		buf_printf(b, "; därtill %sövriga insatser som inte är värderade i kronor",
		    kommun ? "kommunens " : "");
	buf_adds(b, ".");
	/* a line without this year's amount is not a cut: a sentence of its
	 * own, saying the comparison is not like for like (review r20,
	 * Björkvik 2027) */
	if (now->nmissing > 0 && before != NULL && before->has && before->nmissing == 0)
		buf_printf(b, " Beloppen är inte jämförbara, eftersom %s %s saknar belopp för %d.",
		    now->nmissing == 1 ? "posten" : "posterna", now->missing, year);
	else if (now->nmissing > 0)
		buf_printf(b, " %s %s saknar belopp för %d och ingår inte i beloppet.",
		    now->nmissing == 1 ? "Posten" : "Posterna", now->missing, year);
	/* one agreement's of several: a sentence of its own */
	if (kommun && now->assumed_in != NULL && (now->carried_from > 0 || now->whole_for_part))
		add_assumption(b, year, now);
	else if (kommun && now->assumed_in != NULL && now->paid != NULL && *now->paid != '\0')
		buf_printf(b, strncmp(now->paid, "inget", 5) == 0 ? " För %s: %s." :
		    " Beloppet för %s %s.", now->assumed_in, now->paid);
}

void
report_msg_other_public(struct buf *b, int year, const struct msg_money *now,
    const struct msg_money *before)
{
	char s[64];

	if (!now->has && !now->not_valued)
		return;
	if (b->len > 0)
		buf_addc(b, ' ');
	if (!now->has) {
		buf_printf(b, "Övrig offentlig finansiering %d är inte värderad i kronor.", year);
		return;
	}
	money_format(now->sum, s, sizeof(s));
	buf_printf(b, "Övrig offentlig finansiering var %s%s", s, now->mark != NULL ? now->mark :
	    "");
	if (before != NULL && before->has && before->sum == now->sum)
		add_unchanged(b, year - 1);
	else if (before != NULL && before->has) {
		money_format(before->sum, s, sizeof(s));
		buf_printf(b, ", jämfört med %s %d", s, year - 1);
	}
	if (now->not_valued)
		buf_adds(b, "; därtill övriga offentliga insatser som inte är värderade i kronor");
	buf_adds(b, ".");
}

/* What the figure is, beside it in parentheses or, one agreement's of
 * several, in a sentence of its own: " (2026 års årsbelopp;
 * överenskommelsen anger ingen budget för 2027, och hela årsbeloppet
 * räknas trots att överenskommelsen bara gällde januari–oktober)", " (ett
 * helt årsbelopp, trots att överenskommelsen bara gällde januari–oktober)";
 * " För Steget räknas 2026 års årsbelopp; …". */
static void
add_assumption(struct buf *b, int year, const struct msg_money *m)
{
	if (m->assumed_in != NULL)
		buf_printf(b, " För %s räknas ", m->assumed_in);
	else
		buf_adds(b, " (");
	if (m->carried_from > 0) {
		buf_printf(b, "%d års årsbelopp; överenskommelsen anger ingen budget för %d",
		    m->carried_from, year);
		if (m->whole_for_part) {
			buf_adds(b, ", och hela årsbeloppet räknas trots att överenskommelsen bara gällde ");
			add_part(b, m->from, m->to);
		}
	} else {
		buf_adds(b, "ett helt årsbelopp, trots att överenskommelsen bara gällde ");
		add_part(b, m->from, m->to);
	}
	buf_adds(b, m->assumed_in != NULL ? "." : ")");
}

/* One clause per kind of change: "A (från 1 mars) och B (från 1 juli)
 * började gälla under året"; more than three counted: "fem
 * överenskommelser började gälla under året". */
static size_t
span_clause(struct buf *b, const struct msg_span *s, size_t n, int which, size_t said)
{
	static const char *const verb[] = { "började gälla", "löpte ut", "gällde bara" };
	size_t i, k = 0, m = 0;

	for (i = 0; i < n; i++)
		k += which == 0 ? s[i].starts && !s[i].ends : which == 1 ? s[i].ends && !s[i].starts :
		    s[i].starts && s[i].ends;
	if (k == 0)
		return 0;
	if (said > 0)
		buf_adds(b, " och ");
	if (k > 3) {
		if (said == 0)
			add_count_capital(b, (long long)k, false);
		else
			add_words(b, (long long)k, false);
		buf_printf(b, " överenskommelser %s %s", verb[which], which == 2 ? "del av året" :
		    "under året");
		return k;
	}
	for (i = 0; i < n; i++) {
		bool mine = which == 0 ? s[i].starts && !s[i].ends : which == 1 ?
		    s[i].ends && !s[i].starts : s[i].starts && s[i].ends;

		if (!mine)
			continue;
		if (m > 0)
			buf_adds(b, m + 1 == k ? " och " : ", ");
		buf_adds(b, s[i].name != NULL ? s[i].name : "Överenskommelsen");
		if (k == 1) {
			buf_printf(b, " %s ", verb[which]);
			if (which == 0)
				add_day(b, s[i].from);
			else if (which == 1)
				add_day(b, s[i].to);
			else
				add_part(b, s[i].from, s[i].to);
			return k;
		}
		buf_adds(b, " (");
		if (which == 0) {
			buf_adds(b, "från ");
			add_day(b, s[i].from);
		} else if (which == 1)
			add_day(b, s[i].to);
		else
			add_part(b, s[i].from, s[i].to);
		buf_addc(b, ')');
		m++;
	}
	buf_printf(b, " %s %s", verb[which], which == 2 ? "del av året" : "under året");
	return k;
}

void
report_msg_spans(struct buf *b, const struct msg_span *s, size_t n)
{
	size_t said = 0, k, start = b->len;
	int which;
	bool counted = false;

	if (b->len > 0)
		buf_addc(b, ' ');
	for (which = 0; which < 3; which++) {
		k = span_clause(b, s, n, which, said);
		counted |= k > 3;
		said += k;
	}
	if (said == 0) {
		b->len = start;
		if (b->data != NULL)
			b->data[start] = '\0';
		return;
	}
	buf_adds(b, counted ? ", se tabellen." : ".");
}

static const char *const goal_words[][2] = {
	/* one, several */
	[MSG_GOAL_MET] = { "uppnått", "uppnådda" },
	[MSG_GOAL_PARTLY] = { "delvis uppnått", "delvis uppnådda" },
	/* among the others ("Av fem mål för 2019 är ett uppnått i den del
	 * som mäts"), what is not measured said after them
	 * (part_judged_sentence; review s22: "delvis bedömt" read oddly and
	 * as unassessed) */
	[MSG_GOAL_PART_JUDGED] = { "uppnått i den del som mäts", "uppnådda i den del som mäts" },
	[MSG_GOAL_NOT_MET] = { "inte uppnått", "inte uppnådda" },
	[MSG_GOAL_NOT_YET] = { "utan helårsutfall", "utan helårsutfall" },
	[MSG_GOAL_NOT_REPORTED] = { "utan rapporterat utfall", "utan rapporterat utfall" },
	[MSG_GOAL_NO_TARGET] = { "rapporterat utan målvärde", "rapporterade utan målvärde" },
	/* said apart: "Ett kan inte bedömas eftersom utfallet för 2021
	 * saknas." (unjudged_sentence) */
	[MSG_GOAL_UNJUDGED] = { "kan inte bedömas", "kan inte bedömas" },
	/* said apart: "Ett kan inte bedömas eftersom det jämför med 2021,
	 * före överenskommelsens start." */
	[MSG_GOAL_UNJUDGED_START] = { "kan inte bedömas", "kan inte bedömas" },
	/* said apart, after the others (report_msg_goals) */
	[MSG_GOAL_IN_TEXT] = { "utan mätbart målvärde", "utan mätbart målvärde" },
	[MSG_GOAL_WHOLE_YEAR] = { "gäller helår och bedöms inte för del av året",
	    "gäller helår och bedöms inte för del av året" },
	/* said apart (ended_sentence) */
	[MSG_GOAL_ENDED] = { "kan inte bedömas", "kan inte bedömas" },

	/* not one of the year's goals: a sentence of its own after them */
	[MSG_GOAL_LONG] = { "långsiktigt", "långsiktiga" },
};
_Static_assert(sizeof(goal_words) / sizeof(goal_words[0]) == MSG_GOAL_N,
    "a goal class without its words");

/* Goals of a change on the year before whose outcome for that year is
 * missing (n), or whose year before is before their agreement's start
 * (nstart: no figure could exist), after the others: "Ett kan inte
 * bedömas eftersom utfallet för 2021 saknas.", "Ett kan inte bedömas
 * eftersom det jämför med 2021, före överenskommelsens start." */
static void
unjudged_sentence(struct buf *b, size_t n, size_t nstart, int year)
{
	if (n > 0) {
		buf_adds(b, " ");
		add_count_capital(b, (long long)n, true);
		buf_printf(b, " kan inte bedömas eftersom utfallet för %d saknas.", year - 1);
	}
	if (nstart > 0) {
		buf_adds(b, " ");
		add_count_capital(b, (long long)nstart, true);
		buf_printf(b, " kan inte bedömas eftersom %s jämför med %d, före "
		    "överenskommelsens start.", nstart == 1 ? "det" : "de", year - 1);
	}
}

/* Goals for a whole year in the year their agreement ends within, after
 * the others: "Ett mål gäller helår och kan inte bedömas eftersom
 * överenskommelsen slutade under året."  Several may be of one
 * agreement or of several: "för vart och ett av dem" holds for both. */
static void
ended_sentence(struct buf *b, size_t n)
{
	if (n == 0)
		return;
	buf_adds(b, " ");
	add_count_capital(b, (long long)n, true);
	buf_adds(b, n == 1 ? " mål gäller helår och kan inte bedömas eftersom överenskommelsen "
	    "slutade under året." : " mål gäller helår och kan inte bedömas eftersom "
	    "överenskommelsen för vart och ett av dem slutade under året.");
}

/* After "... saknar mätbart målvärde": what is on file of the n goals
 * to be followed up in text, of which none (no follow-up of the year
 * speaks of them, report_goal_in_text) of the year speak of: "och ska
 * följas upp i text; underlaget har ingen sådan uppföljning för 2019.",
 * "…; för sju av dem har underlaget ingen uppföljning för 2019." (the
 * body's count, review s28: "åtta" here, "de sju" on page 2), or "och
 * följs upp i text." */
static void
in_text_clause(struct buf *b, size_t n, size_t none, int year)
{
	if (none == 0) {
		buf_adds(b, " och följs upp i text.");
		return;
	}
	buf_adds(b, " och ska följas upp i text; ");
	if (none == n) {
		buf_printf(b, "underlaget har ingen sådan uppföljning för %d.", year);
		return;
	}
	buf_adds(b, "för ");
	add_words(b, (long long)none, true);
	buf_printf(b, " av dem har underlaget ingen uppföljning för %d.", year);
}

/* Goals without a measure or target (n, of which none without any
 * follow-up of the year), said once without contradiction: "Sju mål
 * saknar mätbart målvärde och ska följas upp i text; underlaget har
 * ingen sådan uppföljning för 2019." */
static void
in_text_sentence(struct buf *b, size_t n, size_t none, int year)
{
	if (n == 0)
		return;
	buf_adds(b, " ");
	add_count_capital(b, (long long)n, true);
	buf_adds(b, " mål saknar mätbart målvärde");
	in_text_clause(b, n, none, year);
}

/* Goals whose target is reached but which hold a condition no outcome
 * measures, after the others: "Det målet har ett villkor som inte
 * mäts." */
static void
part_judged_sentence(struct buf *b, size_t n, size_t total)
{
	if (n == 0)
		return;
	if (n == 1)
		buf_printf(b, " %s har ett villkor som inte mäts.",
		    total == 1 ? "Målet" : "Det målet");
	else
		buf_printf(b, " %s har villkor som inte mäts.", n == total ? "Målen" : "De målen");
}

/* Goals the agreement judges over more than a year, after the year's:
 * "Tre långsiktiga mål följs upp på längre sikt, inte år för år." */
static void
long_goals(struct buf *b, size_t n)
{
	if (n == 0)
		return;
	buf_adds(b, " ");
	add_count_capital(b, (long long)n, true);
	buf_printf(b, " %s mål följs upp på längre sikt, inte år för år.",
	    goal_words[MSG_GOAL_LONG][n == 1 ? 0 : 1]);
}

void
report_msg_goals(struct buf *b, int year, size_t nags, const size_t count[MSG_GOAL_N],
    const struct msg_assessed *as)
{
	bool pj_said = false;
	size_t total = 0, parts = 0, done = 0, in_text, none, whole, unjudged, ustart, ended, i;

	for (i = 0; i < MSG_GOAL_LONG; i++) {
		total += count[i];
		parts += count[i] > 0;
	}
	if (b->len > 0)
		buf_addc(b, ' ');
	if (total == 0) {
		buf_printf(b, "%s inga mål för %d.", nags == 1 ? "Överenskommelsen anger" :
		    "Överenskommelserna anger", year);
		long_goals(b, count[MSG_GOAL_LONG]);
		return;
	}
	/* the table's "Följs upp i text": those without a measure or
	 * target and those reported without a target, one count; none: the
	 * former, of which no follow-up of the year speaks */
	in_text = count[MSG_GOAL_IN_TEXT] + count[MSG_GOAL_NO_TARGET];
	none = count[MSG_GOAL_IN_TEXT];
	parts -= count[MSG_GOAL_IN_TEXT] > 0 && count[MSG_GOAL_NO_TARGET] > 0;
	whole = count[MSG_GOAL_WHOLE_YEAR];
	unjudged = count[MSG_GOAL_UNJUDGED];
	ustart = count[MSG_GOAL_UNJUDGED_START];
	ended = count[MSG_GOAL_ENDED];
	if (unjudged + ustart == total && unjudged > 0 && ustart > 0) {
		buf_adds(b, "Inget av de ");
		add_words(b, (long long)total, true);
		buf_printf(b, " målen för %d kan bedömas. För ", year);
		add_words(b, (long long)unjudged, true);
		buf_printf(b, " saknas utfallet för %d, och ", year - 1);
		add_words(b, (long long)ustart, true);
		buf_printf(b, " jämför med %d, före överenskommelsens start.", year - 1);
	} else if ((unjudged == total || ustart == total) && total == 1)
		buf_printf(b, unjudged > 0 ? "Det enda målet för %d kan inte bedömas eftersom "
		    "utfallet för %d saknas." : "Det enda målet för %d kan inte bedömas eftersom det "
		    "jämför med %d, före överenskommelsens start.", year, year - 1);
	else if (unjudged == total || ustart == total) {
		buf_adds(b, "De ");
		add_words(b, (long long)total, true);
		buf_printf(b, unjudged > 0 ? " målen för %d kan inte bedömas eftersom utfallet för "
		    "%d saknas." : " målen för %d kan inte bedömas eftersom de jämför med %d, före "
		    "överenskommelsens start.", year, year - 1);
	} else if (ended == total && total == 1)
		/* the agreement's last part year: not judged later */
		buf_printf(b, "Det enda målet för %d gäller helår och kan inte bedömas eftersom "
		    "överenskommelsen slutade under året.", year);
	else if (ended == total) {
		buf_adds(b, "De ");
		add_words(b, (long long)total, true);
		buf_printf(b, " målen för %d gäller helår och kan inte bedömas eftersom "
		    "överenskommelsen för vart och ett av dem slutade under året.", year);
	} else if (whole == total && total == 1)
		buf_printf(b, "Det enda målet för %d gäller helår och bedöms inte för del av året.",
		    year);
	else if (in_text == total && total == 1) {
		buf_printf(b, "Det enda målet för %d saknar mätbart målvärde", year);
		in_text_clause(b, in_text, none, year);
	} else if (in_text == total) {
		buf_adds(b, "De ");
		add_words(b, (long long)total, true);
		buf_printf(b, " målen för %d saknar mätbart målvärde", year);
		in_text_clause(b, in_text, none, year);
	} else if (count[MSG_GOAL_NOT_YET] == total && total == 1)
		/* not judged, as the key figures say ("inget bedömt"): the
		 * outcome covers part of the year and the year is over */
		buf_printf(b, "Det enda målet för %d har inget rapporterat helårsutfall; utfallet "
		    "för del av året når inte målvärdet.", year);
	else if (count[MSG_GOAL_NOT_REPORTED] == total && total > 1) {
		buf_adds(b, "Inget av de ");
		add_words(b, (long long)total, true);
		buf_printf(b, " målen för %d har något rapporterat utfall.", year);
	} else if (total == 1) {
		for (i = 0; count[i] == 0; i++)
			;
		if (i == MSG_GOAL_NOT_REPORTED)
			buf_printf(b, "Det enda målet för %d har inget rapporterat utfall.", year);
		else
			buf_printf(b, "Det enda målet för %d är %s.", year, goal_words[i][0]);
	} else {
		/* the goals not judged for a part year and those without a
		 * measure or target after the others: neither has an outcome
		 * to judge ("…; ett mål gäller helår och bedöms inte för del
		 * av året. Tre mål saknar mätbart målvärde och ska följas upp
		 * i text; underlaget har ingen sådan uppföljning för 2023.") */
		parts -= (in_text > 0) + (whole > 0) + (unjudged > 0) + (ustart > 0) + (ended > 0);
		if (parts == 0 && whole == 0 && in_text == 0) {
			/* none judged, each for its own reason */
			buf_adds(b, "Inget av de ");
			add_words(b, (long long)total, true);
			buf_printf(b, " målen för %d kan bedömas.", year);
			unjudged_sentence(b, unjudged, ustart, year);
			ended_sentence(b, ended);
			goto judged;
		}
		if (parts == 0 && in_text == 0 && unjudged == 0 && ustart == 0 && ended == 0) {
			buf_adds(b, "De ");
			add_words(b, (long long)total, true);
			buf_printf(b, " målen för %d gäller helår och bedöms inte för del av året.",
			    year);
			goto judged;
		}
		if (parts == 0) {
			buf_adds(b, "Av ");
			add_words(b, (long long)total, true);
			buf_printf(b, " mål för %d ", year);
			if (whole > 0) {
				buf_adds(b, "gäller ");
				add_words(b, (long long)whole, true);
				buf_adds(b, " helår och bedöms inte för del av året.");
				in_text_sentence(b, in_text, none, year);
			} else if (in_text > 0) {
				buf_adds(b, "saknar ");
				add_words(b, (long long)in_text, true);
				buf_adds(b, " mätbart målvärde");
				in_text_clause(b, in_text, none, year);
			}
			unjudged_sentence(b, unjudged, ustart, year);
			ended_sentence(b, ended);
			goto judged;
		}
		/* one status for all: "Inget av de två målen för 2024 är
		 * uppnått ännu.", "Båda målen …", "Alla fyra målen …" */
		for (i = 0; i < MSG_GOAL_IN_TEXT && count[i] != total; i++)
			;
		if (i == MSG_GOAL_NOT_MET || i == MSG_GOAL_NOT_YET) {
			buf_adds(b, "Inget av de ");
			add_words(b, (long long)total, true);
			if (i == MSG_GOAL_NOT_YET)
				buf_printf(b, " målen för %d har något rapporterat helårsutfall; "
				    "utfallen för del av året når inte målvärdena.", year);
			else
				buf_printf(b, " målen för %d är uppnått.", year);
			goto judged;
		}
		if (i == MSG_GOAL_MET || i == MSG_GOAL_PARTLY || i == MSG_GOAL_NO_TARGET ||
		    i == MSG_GOAL_PART_JUDGED) {
			if (total == 2)
				buf_adds(b, i == MSG_GOAL_MET ? "Båda" : "De två");
			else {
				buf_adds(b, i == MSG_GOAL_MET ? "Alla " : "De ");
				add_words(b, (long long)total, true);
			}
			buf_printf(b, " målen för %d är %s.", year, goal_words[i][1]);
			goto judged;
		}
		buf_adds(b, "Av ");
		add_words(b, (long long)total, true);
		buf_printf(b, " mål för %d är ", year);
		for (i = 0; i < MSG_GOAL_IN_TEXT; i++) {
			if (count[i] == 0 || i == MSG_GOAL_UNJUDGED || i == MSG_GOAL_UNJUDGED_START ||
			    i == MSG_GOAL_NO_TARGET)
				continue;
			if (done > 0)
				buf_adds(b, done + 1 == parts ? " och " : ", ");
			add_words(b, (long long)count[i], true);
			buf_printf(b, " %s", goal_words[i][count[i] == 1 ? 0 : 1]);
			done++;
		}
		if (whole > 0) {
			buf_adds(b, "; ");
			add_words(b, (long long)whole, true);
			buf_adds(b, " mål gäller helår och bedöms inte för del av året");
		}
		buf_adds(b, ".");
		/* why a goal is judged in part, right after its count */
		part_judged_sentence(b, count[MSG_GOAL_PART_JUDGED], total);
		pj_said = true;
		in_text_sentence(b, in_text, none, year);
		unjudged_sentence(b, unjudged, ustart, year);
		ended_sentence(b, ended);
	}
judged:
	if (!pj_said)
		part_judged_sentence(b, count[MSG_GOAL_PART_JUDGED], total);
	long_goals(b, count[MSG_GOAL_LONG]);
	/* The counts above are the tables' Status (outcome against target);
	 * the follow-ups' own judgements are said apart, with whose they
	 * are, so that no figure here contradicts a table. */
	if (as != NULL)
		assessed_sentences(b, total, as);
}

static const char *const level_words[3][2] = {
	{ "uppfyllt", "uppfyllda" },
	{ "delvis uppfyllt", "delvis uppfyllda" },
	{ "ej uppfyllt", "ej uppfyllda" },
};

/* "I sina rapporter bedömer organisationerna själva två av målen som
 * uppfyllda och ett som delvis uppfyllt." and "Vid uppföljningsmötena
 * bedömde parterna …", each when it has any. */
static void
assessed_sentences(struct buf *b, size_t total, const struct msg_assessed *as)
{
	size_t i, by, n, nlevels, said;

	for (by = 0; by < MSG_BY_N; by++) {
		for (i = 0, n = 0, nlevels = 0; i < 3; i++) {
			n += as->level[by][i];
			nlevels += as->level[by][i] > 0;
		}
		if (n == 0)
			continue;
		if (by == MSG_BY_ORG)
			buf_printf(b, " I %s bedömer %s ", as->nsources[by] == 1 ? "sin rapport" :
			    "sina rapporter", as->norgs > 1 ? "organisationerna själva" :
			    "organisationen själv");
		else
			buf_printf(b, " Vid %s bedömde parterna ", as->nsources[by] == 1 ?
			    "uppföljningsmötet" : "uppföljningsmötena");
		if (total == 1) {
			for (i = 0; as->level[by][i] == 0; i++)
				;
			buf_printf(b, "målet som %s.", level_words[i][0]);
			continue;
		}
		for (i = 0, said = 0; i < 3; i++) {
			if (as->level[by][i] == 0)
				continue;
			if (said > 0)
				buf_adds(b, said + 1 == nlevels ? " och " : ", ");
			add_words(b, (long long)as->level[by][i], true);
			buf_printf(b, "%s som %s", said == 0 ? " av målen" : "",
			    level_words[i][as->level[by][i] == 1 ? 0 : 1]);
			said++;
		}
		buf_adds(b, ".");
	}
}

/* A date in running text, in words: "30 juni 2026" (review s27: ISO
 * dates in Att uppmärksamma). */
static void
date_words(struct date d, char *out, size_t size)
{
	snprintf(out, size, "%d %s %d", d.d, month_name(d.m), d.y);
}

/* What a gap required, without what is on file: "två skriftliga
 * rapporter", "en skriftlig rapport (senast 30 juni 2019)", "två
 * partssamtal", "ett möte (planering)"; *neuter the noun's gender.  A
 * quantifier ("inget", "ingen") replaces the count word before the
 * singular noun. */
static void
gap_noun(struct buf *b, const struct duty_gap *g, const char *quantifier, bool dated,
    bool *neuter)
{
	int n = quantifier != NULL ? 1 : g->required;

	*neuter = false;
	if (g->reports) {
		if (quantifier != NULL)
			buf_adds(b, quantifier);
		else
			add_words(b, n, false);
		buf_adds(b, n == 1 ? " skriftlig rapport" : " skriftliga rapporter");
		if (dated && g->by.y != 0) {
			char d[32];

			date_words(g->by, d, sizeof(d));
			buf_printf(b, " (senast %s)", d);
		}
		return;
	}
	{
		char noun[96];
		const char *word;

		*neuter = true;
		word = report_meeting_noun(g->kind, n, neuter, noun, sizeof(noun));
		/* "två partssamtal", "ett möte (planering)", "ett möte" */
		if (quantifier != NULL)
			buf_adds(b, quantifier);
		else
			add_words(b, n, *neuter);
		if (word != NULL)
			buf_printf(b, " %s", word);
		else {
			buf_printf(b, " %s", n == 1 ? "möte" : "möten");
			if (g->kind != NULL)
				buf_printf(b, " (%s)", g->kind);
		}
	}
}

/* Whether the gap's noun is neuter ("dialogmöte", not "avstämning"). */
static bool
gap_neuter(const struct duty_gap *g)
{
	struct buf t = { NULL, 0, 0 };
	bool neuter;

	gap_noun(&t, g, "", false, &neuter);
	buf_free(&t);
	return neuter;
}

/* The meeting kinds of one agreement short in one, each kind in words:
 * "sex möten (tre avstämningar, två styrgruppsmöten och en årsdialog)",
 * with monthly or weekly meetings left out "sju uppföljningsmöten utöver
 * månatliga driftmöten (…)"; one kind as gap_noun. */
static void
meetings_required(struct buf *b, const struct duty_gap *g, size_t n)
{
	long long required = 0;
	size_t i;
	bool neuter;

	if (n == 1) {
		gap_noun(b, g, NULL, true, &neuter);
		return;
	}
	for (i = 0; i < n; i++)
		required += g[i].required;
	add_words(b, required, true);
	/* the operational meetings left out: the count says what it counts */
	if (g[0].besides != NULL)
		buf_printf(b, " %s utöver %s (", required == 1 ? "uppföljningsmöte" :
		    "uppföljningsmöten", g[0].besides);
	else
		buf_printf(b, " %s (", required == 1 ? "möte" : "möten");
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_adds(b, i + 1 == n ? " och " : ", ");
		gap_noun(b, &g[i], NULL, false, &neuter);
	}
	buf_adds(b, ")");
}

/* None of several required, as Swedish says it: "inget av de två
 * dialogmötena", "ingen av de tre avstämningarna", "ingen av de två
 * skriftliga rapporterna (senast …)": the noun before any parenthesis
 * in its definite plural (-r: -rna, -n: -na, else -en: "partssamtalen"). */
static void
definite_none(struct buf *b, const struct duty_gap *g, size_t n, bool neuter)
{
	struct buf t = { NULL, 0, 0 };
	const char *paren, *end;

	meetings_required(&t, g, n);
	paren = strstr(t.data, " (");
	end = paren != NULL ? paren : t.data + t.len;
	buf_printf(b, "%s av de %.*s", neuter ? "inget" : "ingen", (int)(end - t.data), t.data);
	if (end > t.data && end[-1] == 'r')
		buf_adds(b, "na");
	else if (end > t.data && end[-1] == 'n')
		buf_adds(b, "a");
	else
		buf_adds(b, "en");
	buf_adds(b, end);
	buf_free(&t);
}

/* What is on file of what was required: "ett av två dialogmöten",
 * "ingen skriftlig rapport", "inget av två partssamtal"; several
 * meeting kinds (n > 1) as one: "två av sex möten (avstämning 3, …)". */
static void
on_file_of(struct buf *b, const struct duty_gap *g, size_t n)
{
	size_t i, done = 0;
	long long required = 0;
	bool neuter = n > 1 || gap_neuter(g);

	for (i = 0; i < n; i++) {
		done += g[i].done;
		required += g[i].required;
	}
	if (done == 0 && required == 1) {
		gap_noun(b, g, neuter ? "inget" : "ingen", true, &neuter);
		return;
	}
	/* "uppföljningsmöten utöver månatliga driftmöten": as it stands;
	 * operational meetings as a count, "inget av 52 driftmöten".  One
	 * kind alone is named without what it is besides (gap_noun), so
	 * it takes the definite form whatever monthly meetings are left
	 * out ("inget av de två dialogmötena") */
	if (done == 0 && required > 1 && (n == 1 || g[0].besides == NULL) && !g[0].apart) {
		definite_none(b, g, n, neuter);
		return;
	}
	if (done == 0)
		buf_adds(b, neuter ? "inget" : "ingen");
	else
		add_words(b, (long long)done, neuter);
	buf_adds(b, " av ");
	meetings_required(b, g, n);
}

void
report_msg_on_file(struct buf *b, int year, const struct duty_gap *g, size_t n,
    size_t nmeetings)
{
	size_t parts = (nmeetings > 0) + (n - nmeetings), k = 0, i;

	/* what the follow-ups on file show, not what happened */
	buf_printf(b, "för %d finns ", year);
	if (nmeetings > 0) {
		on_file_of(b, g, nmeetings);
		k++;
	}
	for (i = nmeetings; i < n; i++) {
		if (k++ > 0)
			buf_adds(b, k == parts ? " och " : ", ");
		on_file_of(b, &g[i], 1);
	}
	buf_adds(b, " i underlaget");
}

void
report_msg_nothing_on_file(struct buf *b, int year, const struct duty_gap *g, size_t n,
    size_t nmeetings, bool said)
{
	size_t parts = (nmeetings > 0) + (n - nmeetings), k = 0, i;
	bool neuter;

	buf_printf(b, "för %d krävdes ", year);
	if (nmeetings > 0) {
		meetings_required(b, g, nmeetings);
		k++;
	}
	for (i = nmeetings; i < n; i++) {
		if (k++ > 0)
			buf_adds(b, k == parts ? " och " : ", ");
		gap_noun(b, &g[i], NULL, true, &neuter);
	}
	/* the inledning has said there is no follow-up: that none of what
	 * was required is on file, in other words (review s28) */
	if (!said)
		buf_adds(b, ", men ingen uppföljning finns i underlaget");
	else if (parts > 1)
		buf_adds(b, ", men inget av det finns i underlaget");
	else if (g[0].required == 1 && n == 1)
		buf_adds(b, gap_neuter(&g[0]) ? ", men det finns inte i underlaget" :
		    ", men den finns inte i underlaget");
	else
		buf_adds(b, gap_neuter(&g[0]) ? ", men inget av dem finns i underlaget" :
		    ", men ingen av dem finns i underlaget");
}

struct date
report_notice_date(struct date to, int months)
{
	struct date d;
	int m = to.y * 12 + (to.m - 1) - months;
	bool last = !date_exists(to.y, to.m, to.d + 1);

	d.y = m / 12;
	d.m = m % 12 + 1;
	d.d = last ? 31 : to.d;
	while (d.d > 28 && !date_exists(d.y, d.m, d.d))
		d.d--;
	return d;
}

void
report_msg_ending(struct buf *b, struct date to, int notice_months, int renewal_months,
    int year)
{
	char s[32], n[32];

	date_words(to, s, sizeof(s));
	if (to.y <= year) {
		buf_printf(b, "överenskommelsen löpte ut %s", s);
		return;
	}
	buf_printf(b, "överenskommelsen löper ut %s", s);
	/* the notice date is what the nämnd must act on only when the
	 * agreement is renewed unless notice is given; one that simply ends
	 * needs none */
	if (notice_months > 0 && renewal_months > 0) {
		date_words(report_notice_date(to, notice_months), n, sizeof(n));
		buf_printf(b, " och förlängs automatiskt om den inte sägs upp senast %s", n);
	}
}

/* ---------- from the report's data ---------- */

/* Whether p names the same organisation as an earlier idéburen party of
 * the report: the same organisationsnummer, else the same name. */
static bool
seen_before(const struct rep *r, size_t upto, const struct party *p, const struct party *stop)
{
	size_t i;
	const struct party *q;

	for (i = 0; i <= upto && i < r->nags; i++)
		for (q = r->ags[i]->parties; q != NULL; q = q->next) {
			if (q == stop)
				return false;
			if (q->role != ROLE_IDEBUREN)
				continue;
			if (p->orgnr != NULL && q->orgnr != NULL ? strcmp(p->orgnr, q->orgnr) == 0 :
			    utf8_casecmp(p->name, q->name) == 0)
				return true;
		}
	return false;
}

static size_t
count_orgs(const struct rep *r)
{
	size_t i, n = 0;
	const struct party *p;

	for (i = 0; i < r->nags; i++)
		for (p = r->ags[i]->parties; p != NULL; p = p->next)
			n += p->role == ROLE_IDEBUREN && !seen_before(r, i, p, p);
	return n;
}

/* The kind of a party's budgets of the year (the year's own, or those
 * without a year): money, in kind, or neither said (mixed). */
static enum budget_kind
party_budget_kind(const struct agreement *ag, const struct party *p, int year)
{
	const struct budget *bg;
	enum budget_kind k = BUDGET_UNSPECIFIED;
	bool any = false;

	for (bg = ag->budgets; bg != NULL; bg = bg->next) {
		if (bg->party != p || bg->type != BUDGET_CONTRIBUTION ||
		    (bg->year != 0 && bg->year != year))
			continue;
		if (!any)
			k = bg->kind;
		else if (k != bg->kind)
			k = BUDGET_MIXED;
		any = true;
	}
	return k;
}

/* The kommun's money of ag counted on its payment days, in a year the
 * agreement covers in part or none falls in: its words noted in m (for
 * the first agreement that has them); false when not so. */
static bool
paid_of(const struct rep *r, const struct agreement *ag, struct msg_money *m)
{
	const struct party *p;
	struct year_amount ya;
	const char *paid, *words = NULL;

	for (p = ag->parties; p != NULL; p = p->next) {
		if (report_party_money(r, ag, p) != REP_MONEY_KOMMUN ||
		    calc_party_year(ag, p, r->year, &ya) != CALC_OK || !ya.valued)
			continue;
		/* every kommun party's alike, or none said */
		if ((paid = report_adjust_paid(r->bd.a, &ya)) == NULL ||
		    (!ya.partial && ya.paid_months != 0))
			return false;
		/* page 1 keeps to the message: when and why the payments
		 * count is the Ekonomi section's ("Beloppen som betalas ut i
		 * januari och juli räknas fullt ut för 2027, eftersom ...";
		 * review r8: "(betalas ut i januari och juli, båda före
		 * överenskommelsens slut)" on page 1); a year nothing was
		 * paid in says only that ("inget utbetalt 2021"), "" when
		 * the payments fell in the year */
		paid = ya.paid_months != 0 ? "" :
		    arena_printf(r->bd.a, "inget utbetalt %d", ya.from.y);
		if (words != NULL && strcmp(words, paid) != 0)
			return false;
		words = paid;
	}
	if (words == NULL)
		return false;
	m->paid = words;
	if (r->nags > 1)
		m->assumed_in = report_short_name(ag);
	return true;
}

/* Whether the kommun's figure of ag rests on an assumption, noted in m
 * for the first agreement that does: an earlier year's amount carried
 * into a year without a budget (report_adjust_assumed), or a
 * yearly amount counted whole for part of the year. */
static void
assumption_of(const struct rep *r, const struct agreement *ag, struct msg_money *m)
{
	const struct party *p;
	struct year_amount ya;
	int carried = 0, ay, by;
	bool whole = false;

	if (m->carried_from > 0 || m->whole_for_part || m->paid != NULL)
		return;
	if (paid_of(r, ag, m) || calc_agreement_years(ag))
		return;
	for (p = ag->parties; p != NULL; p = p->next) {
		if (report_party_money(r, ag, p) != REP_MONEY_KOMMUN ||
		    calc_party_year(ag, p, r->year, &ya) != CALC_OK || !ya.valued)
			continue;
		if (report_adjust_assumed(ag, p, &ya, &ay, &by))
			carried = by;
		whole |= ya.annual_for_part && !ya.prorated;
		m->from = ya.from;
		m->to = ya.to;
	}
	m->carried_from = carried;
	m->whole_for_part = whole;
	if (r->nags > 1 && (carried > 0 || whole))
		m->assumed_in = report_short_name(ag);
}

/* The year column of a budget with columns, or NULL. */
static const struct budget_column *
year_column(const struct budget *b, int year)
{
	const struct budget_column *c;

	for (c = b->columns->first; c != NULL; c = c->next)
		if (c->basis == COLUMN_YEAR && c->year == year)
			return c;
	return NULL;
}

/* Whether the line has an amount in a year column other than c. */
static bool
amount_in_other_year(const struct budget *b, const struct budget_line *l,
    const struct budget_column *c)
{
	const struct budget_column *o;

	for (o = b->columns->first; o != NULL; o = o->next)
		if (o != c && o->basis == COLUMN_YEAR && econ_column_amount(l->amounts, o->id) != NULL)
			return true;
	return false;
}

/* The party's lines of budgets with year columns that have an amount in
 * another year but none in this one (report_lines_missing), quoted,
 * appended to b ("”A”", joined by ", " as they come); returns how many. */
static size_t
lines_missing_year(const struct rep *r, const struct agreement *ag, const struct party *p,
    struct buf *b, size_t said)
{
	size_t n = report_lines_missing(r, ag, p, NULL, 0), i;
	const struct budget_line **lines;

	if (n == 0)
		return 0;
	lines = xcalloc(n, sizeof(*lines));
	report_lines_missing(r, ag, p, lines, n);
	for (i = 0; i < n; i++)
		buf_printf(b, "%s”%s”", said + i == 0 ? "" : ", ",
		    rich_plain(r->bd.a, &lines[i]->label));
	free(lines);
	return n;
}

/* The lines of the party's budgets with year columns that have an
 * amount in another year but none in this one, for the money paragraph
 * and the table of the party's budget lines (review s27: Björkvik 2027
 * left "Lokalhyra" out instead of listing it without an amount): up to
 * max in out; out NULL: how many there are. */
size_t
report_lines_missing(const struct rep *r, const struct agreement *ag, const struct party *p,
    const struct budget_line **out, size_t max)
{
	const struct budget *bg;
	const struct budget_line *l;
	const struct budget_column *c;
	size_t n = 0;

	for (bg = ag->columned; bg != NULL; bg = bg->next) {
		if (!econ_columns_of_party(bg, p) || bg->columns == NULL ||
		    (c = year_column(bg, r->year)) == NULL)
			continue;
		for (l = bg->lines; l != NULL && (out == NULL || n < max); l = l->next)
			if (!l->econ.not_valued && econ_column_amount(l->amounts, c->id) == NULL &&
			    amount_in_other_year(bg, l, c)) {
				if (out != NULL)
					out[n] = l;
				n++;
			}
	}
	return n;
}

/* Whether the party's base budgets of the year price a line by an
 * estimate (a count of units not yet known). */
static bool
rests_on_estimate(const struct agreement *ag, const struct party *p, int base_year)
{
	const struct budget *bg;
	const struct budget_line *l;

	for (bg = ag->budgets; bg != NULL; bg = bg->next)
		if (bg->party == p && (bg->year == 0 || bg->year == base_year))
			for (l = bg->lines; l != NULL; l = l->next)
				if (l->econ.has_estimate && !l->econ.has_amount)
					return true;
	return false;
}

/* Whether party p's figure for the year ya rests on an estimate: marked
 * "(uppskattat)" wherever it stands. */
bool
report_party_estimated(const struct agreement *ag, const struct party *p,
    const struct year_amount *ya)
{
	return ya->valued && rests_on_estimate(ag, p, ya->base_year);
}

bool
report_estimated(const struct rep *r, size_t i, bool kommun)
{
	const struct agreement *ag = r->ags[i];
	const struct party *p;
	struct year_amount ya;

	for (p = ag->parties; p != NULL; p = p->next)
		if (report_party_money(r, ag, p) == (kommun ? REP_MONEY_KOMMUN :
		    REP_MONEY_IDEBUREN) && calc_party_year(ag, p, r->year, &ya) == CALC_OK &&
		    report_party_estimated(ag, p, &ya))
			return true;
	return false;
}

/* "”A”, ”B”, ”C”" to "”A”, ”B” och ”C”". */
static void
last_and(struct buf *b, size_t from)
{
	char *comma = NULL, *s;

	for (s = b->data + from; (s = strstr(s, ", ”")) != NULL; s += 2)
		comma = s;
	if (comma != NULL) {
		size_t at = (size_t)(comma - b->data);
		char *rest = xstrdup(comma + 2);

		b->len = at;
		buf_printf(b, " och %s", rest);
		free(rest);
	}
}

/* The sums of the summary's table (report_add_up_amounts), with the
 * idéburna parties' amounts told apart as money or in kind where every
 * one of their budgets says which. */
static void
money_of(const struct rep *r, bool kommun, struct msg_money *m)
{
	size_t i, j;
	bool split = true;
	struct buf missing = { NULL, 0, 0 };

	memset(m, 0, sizeof(*m));
	m->nags = r->nags;
	for (i = 0; i < r->nags; i++) {
		struct date from, to;

		if (calc_duty_part(r->ags[i]->from, r->ags[i]->to, r->year, &from, &to))
			m->npart++;
	}
	m->part = m->npart > 0;
	m->sum = kommun ? r->kommun : r->ideburen;
	for (i = 0; i < r->nags; i++) {
		const struct ag_amounts *am = &r->amounts[i];
		const struct agreement *ag = r->ags[i];
		const struct party *p;

		m->has |= kommun ? am->has_kommun : am->has_ideburen;
		m->nwith += kommun ? am->has_kommun : am->has_ideburen;
		m->not_valued |= kommun ? am->kommun_not_valued : am->ideburen_not_valued;
		/* help not valued beside valued lines of the same party; a
		 * figure resting on an estimate; lines without the year's amount */
		for (p = ag->parties; p != NULL; p = p->next) {
			struct year_amount ya;

			if (report_party_money(r, ag, p) != (kommun ? REP_MONEY_KOMMUN :
			    REP_MONEY_IDEBUREN))
				continue;
			if (calc_party_year(ag, p, r->year, &ya) == CALC_OK) {
				m->not_valued |= report_party_lists_not_valued(ag, p, ya.base_year);
				m->estimated |= ya.valued && rests_on_estimate(ag, p, ya.base_year);
				m->days_assumed |= ya.valued && ya.days_assumed;
				for (j = 0; ya.valued && j < ya.nadj; j++)
					m->index_missing |= ya.adj[j].index_missing;
			}
			if (kommun)
				m->nmissing += lines_missing_year(r, ag, p, &missing, m->nmissing);
			if (kommun && r->year == ag->to.y && report_adjust_last_paid_whole(ag, p)) {
				m->paid_whole = true;
				m->paid_whole_to = ag->to;
			}
		}
		if (kommun) {
			assumption_of(r, ag, m);
			continue;
		}
		for (p = ag->parties; p != NULL; p = p->next) {
			struct year_amount ya;
			enum budget_kind k;

			int ay, by;

			if (report_party_money(r, ag, p) != REP_MONEY_IDEBUREN ||
			    calc_party_year(ag, p, r->year, &ya) != CALC_OK || !ya.valued)
				continue;
			/* an earlier year's value carried into a year without
			 * a budget: said beside the figure (review r6, Vikby) */
			if (m->carried_from == 0 && report_adjust_assumed(ag, p, &ya, &ay, &by)) {
				m->carried_from = by;
				if (r->nags > 1)
					m->assumed_in = report_short_name(ag);
			}
			k = party_budget_kind(ag, p, ya.base_year);
			if (k == BUDGET_MONEY) {
				m->money += ya.amount;
				m->has_money = true;
			} else if (k == BUDGET_IN_KIND) {
				m->in_kind += ya.amount;
				m->has_in_kind = true;
			} else
				split = false;
		}
	}
	if (!split || m->money + m->in_kind != m->sum)
		m->has_money = m->has_in_kind = false;
	m->norgs = count_orgs(r);
	if (m->nmissing > 0) {
		last_and(&missing, 0);
		m->missing = arena_strdup(r->bd.a, missing.data);
	}
	buf_free(&missing);
}

/* The other public bodies' money of the year, as the summary's table
 * adds it up ("Övrig offentlig finansiering"). */
static void
other_public_of(const struct rep *r, struct msg_money *m)
{
	unsigned annual = 0;
	size_t i;

	memset(m, 0, sizeof(*m));
	m->nags = r->nags;
	m->sum = r->other_public;
	for (i = 0; i < r->nags; i++) {
		m->has |= r->amounts[i].has_other_public;
		m->nwith += r->amounts[i].has_other_public;
		m->not_valued |= r->amounts[i].other_public_not_valued;
		annual |= r->amounts[i].annual_for_part[REP_MONEY_OTHER_PUBLIC];
	}
	m->mark = report_annual_mark(annual);
	/* paid in a later year: said as the kommun's sentence says it */
	if (m->has && m->sum == 0 && (annual & REP_UNPAID))
		m->mark = arena_printf(r->bd.a, " (inget utbetalt %d)", r->year);
}

/* Last year's sums of the nämnd, over all its agreements valid then, by
 * the same addition; false when none had a figure. */
static bool
money_before(const struct rep *r, struct msg_money *kommun, struct msg_money *ideburen,
    struct msg_money *other)
{
	struct rep prev;
	bool ok = report_last_year(r, &prev);	/* the summary table's last year */

	memset(other, 0, sizeof(*other));
	if (ok) {
		money_of(&prev, true, kommun);
		money_of(&prev, false, ideburen);
		other_public_of(&prev, other);
		/* a sum of part of last year's agreements is no year's figure */
		ok = kommun->nwith == kommun->nags;
		ideburen->has &= ideburen->nwith == ideburen->nags;
		report_last_year_free(&prev);
	}
	return ok;
}


/* Whose an assessment is: a written report's the organisation's own, a
 * meeting's the parties' together. */
static enum msg_assessor
assessor_of(const struct followup *f)
{
	return followup_is_meeting(f) ? MSG_BY_PARTIES : MSG_BY_ORG;
}

/* The goal classes by the computed status of the goal tables, and the
 * follow-ups' assessments by whose they are and their level. */
static void
count_goals(const struct rep *r, size_t count[MSG_GOAL_N], struct msg_assessed *as)
{
	size_t i, g, k;

	memset(count, 0, MSG_GOAL_N * sizeof(*count));
	memset(as, 0, sizeof(*as));
	for (i = 0; i < r->nags; i++) {
		struct goal_row *rows;
		size_t n = report_goal_rows(r, r->ags[i], &rows);
		const struct followup *seen[64];
		size_t nseen = 0;
		bool org = false;

		count[MSG_GOAL_LONG] += report_long_goals(r, r->ags[i], NULL);
		for (g = 0; g < n; g++) {
			const struct followup *f;
			const struct assessment *a = report_assessment_from(r, r->ags[i], rows[g].goal, &f);

			count[report_goal_class(r, r->ags[i], &rows[g])]++;
			if (a == NULL)
				continue;
			as->level[assessor_of(f)][a->level]++;
			org |= assessor_of(f) == MSG_BY_ORG;
			/* each judging follow-up counted once */
			for (k = 0; k < nseen && seen[k] != f; k++)
				;
			if (k == nseen && nseen < sizeof(seen) / sizeof(seen[0])) {
				seen[nseen++] = f;
				as->nsources[assessor_of(f)]++;
			}
		}
		if (org) {
			const struct party *p;

			for (p = r->ags[i]->parties; p != NULL; p = p->next)
				as->norgs += p->role == ROLE_IDEBUREN;
		}
		free(rows);
	}
}

/* Starts a sentence of an agreement's item: the item is short
 * sentences, not a chain of clauses (finding r18-3); SENTENCE marks
 * where a later one begins, to be capitalised (capitalise_sentences). */
#define SENTENCE	'\x01'

static void
clause(struct buf *b)
{
	if (b->len > 0) {
		buf_adds(b, ". ");
		buf_addc(b, SENTENCE);
	}
}

/* The letter after each SENTENCE mark in upper case, the marks taken
 * out: our sentences begin with a-z or å, ä, ö (Latin-1 in UTF-8). */
static void
capitalise_sentences(struct buf *b)
{
	size_t i, o = 0;
	bool up = false;

	for (i = 0; i < b->len; i++) {
		unsigned char c = (unsigned char)b->data[i];

		if (c == SENTENCE) {
			up = true;
			continue;
		}
		if (up && c >= 'a' && c <= 'z')
			c = (unsigned char)(c - 'a' + 'A');
		else if (up && c == 0xC3 && i + 1 < b->len &&
		    (unsigned char)b->data[i + 1] >= 0xA0 && (unsigned char)b->data[i + 1] != 0xB7) {
			b->data[o++] = (char)c;
			c = (unsigned char)((unsigned char)b->data[++i] - 0x20);
		}
		up = false;
		b->data[o++] = (char)c;
	}
	b->len = o;
	b->data[o] = '\0';
}

/* Whether word (one or more words) stands whole in s, ignoring case:
 * the measure "deltagare i arbetsträning" names its unit "deltagare". */
static bool
names_word(const char *s, const char *word)
{
	size_t n = strlen(word), i;
	char *part;
	bool found = false;

	if (n == 0 || n > strlen(s))
		return false;
	part = xmalloc(n + 1);
	for (i = 0; i + n <= strlen(s) && !found; i++) {
		if ((i > 0 && s[i - 1] != ' ') || (s[i + n] != '\0' && s[i + n] != ' '))
			continue;
		memcpy(part, s + i, n);
		part[n] = '\0';
		found = utf8_casecmp(part, word) == 0;
	}
	free(part);
	return found;
}

/* A goal's text as its name, in quotes without its full stop: its first
 * sentence, when at most GOAL_TEXT_MAX code points: true, into out;
 * false for a longer one, named by its measure (never cut mid-sentence).
 * Goals are named by what they say, one way throughout (r5 item 12). */
#define GOAL_TEXT_MAX	120

static bool
goal_text_name(const char *text, char *out, size_t size)
{
	size_t n;
	const char *dot;
	char first[512];

	if (text == NULL)
		return false;
	n = strlen(text);
	/* the first sentence: up to the first full stop before a space */
	if ((dot = strstr(text, ". ")) != NULL)
		n = (size_t)(dot - text);
	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '.'))
		n--;
	if (n == 0 || n + 7 > size || n >= sizeof(first))
		return false;
	memcpy(first, text, n);
	first[n] = '\0';
	if (utf8_length(first) > GOAL_TEXT_MAX)
		return false;
	snprintf(out, size, "”%.*s”", (int)n, text);
	return true;
}

bool
report_goal_text_name(const char *text, char *out, size_t size)
{
	return goal_text_name(text, out, size);
}

void
report_goal_named(struct buf *b, const struct goal *g, bool capital)
{
	static const char *const kind_words[] = {
		[GOAL_MAL] = "målet", [GOAL_DELMAL] = "delmålet", [GOAL_EFFEKTMAL] = "effektmålet",
		[GOAL_LARANDEMAL] = "lärandemålet",
	};
	const char *kw = (size_t)g->kind < sizeof(kind_words) / sizeof(kind_words[0]) &&
	    kind_words[g->kind] != NULL ? kind_words[g->kind] : "målet";
	char name[200];
	size_t at = b->len;

	if (goal_text_name(g->text, name, sizeof(name)))
		buf_printf(b, "%s %s", kw, name);
	else {
		report_goal_short_name(g->measure, g->text, 40, name, sizeof(name));
		buf_printf(b, "%s om %s", kw, name);
	}
	if (capital)	/* the kind words open in ASCII */
		b->data[at] = (char)(b->data[at] - 'a' + 'A');
}

int
report_len_without_stop(const char *s)
{
	size_t len = strlen(s);

	while (len > 0 && (s[len - 1] == '.' || s[len - 1] == ' '))
		len--;
	return (int)len;
}

/* Whether the goal's text holds the target's first figure ("30" of
 * "minst 30 % av deltagarna" in "Minst 30 % av deltagarna går …"), a
 * figure standing alone, not part of a longer one. */
static bool
text_has_figure(const char *text, const char *target)
{
	const char *t = target, *p;
	size_t n;

	while (*t != '\0' && (*t < '0' || *t > '9'))
		t++;
	for (n = 0; t[n] >= '0' && t[n] <= '9'; n++)
		;
	if (n == 0 || text == NULL)
		return false;
	for (p = text; *p != '\0'; p++)
		if (strncmp(p, t, n) == 0 && (p == text || p[-1] < '0' || p[-1] > '9') &&
		    (p[n] < '0' || p[n] > '9'))
			return true;
	return false;
}

/* A goal not met, by its text when short (goal_text_name), else by its
 * measure as the goal chart names it, its outcome
 * as the Utfall column gives it (the unit left out when the measure
 * says it) against its target, and the follow-up's own judgement when it
 * differs: "deltagare i arbetsträning 14 mot målvärdet minst 24
 * deltagare per år (organisationens egen bedömning: delvis uppfyllt)". */
static void
goal_not_met(struct rep *r, const struct agreement *ag, const struct goal_row *row,
    struct buf *b)
{
	const struct goal *g = row->goal;
	const struct outcome *o = row->now;
	const struct followup *f;
	const struct assessment *a = report_assessment_from(r, ag, g, &f);
	const char *target = report_goal_target(r, g), *sep = " (";
	char name[160], to[32];
	bool quoted;

	/* the goal as written, else its measure; then ", utfall" and the
	 * outcome (a measure may be a verb phrase: "går vidare till …") */
	quoted = goal_text_name(g->text, name, sizeof(name));
	if (!quoted)
		report_goal_short_name(g->measure, g->text, 40, name, sizeof(name));
	/* one plain sentence, then the outcome (review H, Vallby 2023: "ett
	 * mål är inte uppnått: ”Minst 30 % …”, utfall 3 av 14 … mot
	 * målvärdet minst 30 % av deltagarna": two colons, the target twice) */
	buf_printf(b, "%s%s är inte uppnått. ", quoted ? "målet " : "målet för ", name);
	buf_addc(b, SENTENCE);
	buf_adds(b, "utfallet var ");
	report_add_count(b, o->value);
	report_outcome_ratio(b, o);
	if (report_unit(o->unit) != NULL && (quoted || !names_word(name, o->unit)))
		buf_printf(b, " %s", o->unit);
	{
		/* "(74,5 %, rapporten anger 75 %)": at most one semicolon in an
		 * item (finding r18-3), the table keeps its own */
		struct buf pct = { NULL, 0, 0 };
		char *semi;

		report_outcome_percent(&pct, o);
		if (pct.len > 0) {
			while ((semi = strchr(pct.data, ';')) != NULL)
				*semi = ',';
			buf_adds(b, pct.data);
		}
		buf_free(&pct);
	}
	/* part of the year, in words as the goal table says it (review
	 * s27: no ISO date in Att uppmärksamma) */
	if (o->to.m != 12 || o->to.d != 31) {
		if (o->from.y != 0)
			buf_printf(b, " för %s", report_day_span(r, o->from, o->to));
		else {
			date_words(o->to, to, sizeof(to));
			buf_printf(b, " t.o.m. %s", to);
		}
	}
	/* the target once: not after a goal quoted with its figure */
	if (strcmp(target, "–") != 0 && !(quoted && text_has_figure(g->text, target)))
		buf_printf(b, " mot målvärdet %s", target);
	if (row->before != NULL && (g->comparison == CMP_OKA || g->comparison == CMP_MINSKA ||
	    g->comparison == CMP_BIBEHALLA)) {
		buf_printf(b, "%s%d: ", sep, r->year - 1);
		report_add_count(b, row->before->value);
		if (report_unit(row->before->unit) != NULL && !names_word(name, row->before->unit))
			buf_printf(b, " %s", row->before->unit);
		sep = ", ";
	}
	if (a != NULL && a->level != ASSESS_NOT_MET) {
		size_t norgs = 0;
		const struct party *p;

		for (p = ag->parties; p != NULL; p = p->next)
			norgs += p->role == ROLE_IDEBUREN;
		buf_printf(b, "%s%s: %s", sep, assessor_of(f) == MSG_BY_PARTIES ?
		    "parternas bedömning" : norgs > 1 ? "organisationernas egen bedömning" :
		    "organisationens egen bedömning", level_words[a->level][0]);
		sep = ", ";
	}
	/* ", " inside: an item has at most one semicolon (finding r18-3) */
	if (*sep == ',')
		buf_addc(b, ')');
}

/* Whether the row goes among the goals not met: not met, with an
 * outcome (those without one the summary counts). */
static bool
not_met(const struct goal_row *row)
{
	return row->status == GOAL_NOT_MET && row->now != NULL;
}

/* The part of the year of a prorated target: "halvåret" for January to
 * June or July to December, else "1 mars–31 december". */
static void
add_part_words(struct buf *b, struct date from, struct date to)
{
	if (from.d == 1 && ((from.m == 1 && to.m == 6 && to.d == 30) ||
	    (from.m == 7 && to.m == 12 && to.d == 31)))
		buf_adds(b, "halvåret");
	else {
		add_day(b, from);
		buf_adds(b, "–");
		add_day(b, to);
	}
}

/* A sentence per yearly goal not judged in a part year
 * (report_goal_whole_year), the outcome against the stated target and
 * the authors' own judgement: "målet ”Minst 24 personer per år deltar i
 * arbetsträning” gäller helår och bedöms inte för halvåret (14
 * deltagare mot minst 24 per år), och organisationen bedömer själv
 * målet som delvis uppfyllt". */
static void
whole_year_goals(struct rep *r, const struct agreement *ag, struct buf *b)
{
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i;

	for (i = 0; i < n; i++) {
		const struct goal *g = rows[i].goal;
		const struct outcome *o = rows[i].now;
		const struct followup *f;
		const struct assessment *a;
		const struct party *p;
		struct date from, to;
		long long whole;
		size_t norgs = 0;
		char name[160];

		if (!report_goal_whole_year(r, ag, &rows[i], &from, &to) ||
		    !calc_goal_year_target(g, &whole))
			continue;
		a = report_assessment_from(r, ag, g, &f);
		for (p = ag->parties; p != NULL; p = p->next)
			norgs += p->role == ROLE_IDEBUREN;
		clause(b);
		if (goal_text_name(g->text, name, sizeof(name)))
			buf_printf(b, "målet %s", name);
		else {
			report_goal_short_name(g->measure, g->text, 40, name, sizeof(name));
			buf_printf(b, "målet för %s", name);
		}
		/* the agreement's last year: nothing judges it later */
		if (rows[i].status == GOAL_ENDED) {
			buf_adds(b, " gäller helår och kan inte bedömas eftersom överenskommelsen "
			    "slutade ");
			add_day(b, ag->to);
		} else
			/* the summary's words; the part the outcome is for in
			 * the brackets (review H: "bedöms inte för halvåret"
			 * beside the summary's "för del av året") */
			buf_adds(b, " gäller helår och bedöms inte för del av året");
		buf_adds(b, " (");
		report_add_count(b, o->value);
		if (report_unit(o->unit) != NULL)
			buf_printf(b, " %s", o->unit);
		if (rows[i].status != GOAL_ENDED) {
			bool half = from.d == 1 && ((from.m == 1 && to.m == 6 && to.d == 30) ||
			    (from.m == 7 && to.m == 12 && to.d == 31));

			buf_adds(b, half ? " under " : " under perioden ");
			add_part_words(b, from, to);
		}
		buf_printf(b, " mot %s ", model_comparison_word(g->comparison));
		report_add_count(b, whole);
		buf_adds(b, " per år)");
		if (a != NULL)
			buf_printf(b, ", och %s målet som %s", assessor_of(f) == MSG_BY_PARTIES ?
			    "parterna bedömer" : norgs > 1 ? "organisationerna bedömer själva" :
			    "organisationen bedömer själv", level_words[a->level][0]);
	}
	free(rows);
}

/* A clause per goal judged in part (GOAL_PART_JUDGED): "delmålet
 * ”Sammanlagt matchas minst 25 par för halvåret 2019” är delvis bedömt,
 * eftersom villkoret ”Kompisrelationerna har en varaktighet om minst 6
 * månader” inte mäts". */
static void
part_judged_goals(struct rep *r, const struct agreement *ag, struct buf *b)
{
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i;

	for (i = 0; i < n; i++) {
		const struct goal *g = rows[i].goal;

		if (rows[i].status != GOAL_PART_JUDGED || g->unmeasured == NULL)
			continue;
		clause(b);
		report_goal_named(b, g, false);
		buf_printf(b, " är uppnått i den del som mäts, men villkoret ”%.*s” mäts inte",
		    report_len_without_stop(g->unmeasured), g->unmeasured);
	}
	free(rows);
}

/* "ett mål är inte uppnått: A …", "två mål är inte uppnådda (se
 * tabellen under Mål och utfall 2024)": the goals of ag not_met. */
static void
goals_not_met(struct rep *r, const struct agreement *ag, struct buf *b)
{
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i, k = 0, said = 0;

	for (i = 0; i < n; i++)
		k += not_met(&rows[i]);
	/* several: counted, with a pointer to the goal table, not quoted
	 * (review s27: Sjöberg 2024's item ran to seven lines) */
	if (k > 1) {
		clause(b);
		add_words(b, (long long)k, true);
		buf_printf(b, " mål är inte uppnådda (se tabellen under Mål och utfall %d)", r->year);
	} else if (k > 0) {
		clause(b);
		for (i = 0; i < n; i++) {
			if (!not_met(&rows[i]))
				continue;
			if (said > 0)
				buf_adds(b, said + 1 == k ? " och " : ", ");
			goal_not_met(r, ag, &rows[i], b);
			said++;
		}
	}
	free(rows);
}

/* Whether a counted step of the adjustment rests on a preliminary
 * value no definitive one of its index and date replaces (as the
 * economy note's "Preliminärt: …" says). */
static bool
rests_on_preliminary(const struct year_adjust *ja)
{
	const struct index_value *v;

	for (v = ja->adj->values; v != NULL; v = v->next)
		if (report_adjust_standing_preliminary(ja, v))
			return true;
	return false;
}

/* What the economy notes of page 2 say that the nämnd should know, in
 * short: an index without values, a preliminary index value, a stated
 * total other than its lines, a kommun's line without the year's
 * amount. */
static void
economy_clauses(struct rep *r, const struct agreement *ag, struct buf *b)
{
	const struct party *p;
	struct buf note = { NULL, 0, 0 }, lines = { NULL, 0, 0 };
	bool missing = false, prelim = false, by_days = false;
	size_t i, nlines = 0;

	for (p = ag->parties; p != NULL; p = p->next) {
		struct year_amount ya;

		if (report_party_money(r, ag, p) == REP_MONEY_KOMMUN)
			nlines += lines_missing_year(r, ag, p, &lines, nlines);
		if (calc_party_year(ag, p, r->year, &ya) != CALC_OK || !ya.valued)
			continue;
		for (i = 0; i < ya.nadj; i++) {
			/* one agreement: the summary's figure says it
			 * "(utan uppräkning, indexvärden saknas)", once on
			 * page 1 (review H, Linköping SON 2023: said twice) */
			missing |= ya.adj[i].index_missing && (r->nags > 1 ||
			    report_party_money(r, ag, p) == REP_MONEY_OTHER_PUBLIC);
			prelim |= rests_on_preliminary(&ya.adj[i]);
		}
		report_econ_stated(r, &note, ag, p, ya.base_year, true);
		by_days |= ya.days_assumed;
	}
	if (missing) {
		clause(b);
		buf_adds(b, "indexvärden saknas i underlaget, så beloppet visas utan uppräkning");
	}
	if (prelim) {
		clause(b);
		buf_adds(b, "uppräkningen bygger på ett preliminärt indexvärde");
	}
	/* a part year's amount the agreement does not give: how it was
	 * computed is the Bilaga's, the key figure says "(beräknat efter
	 * dagar)" (review s28: said three times) */
	(void)by_days;
	if (report_econ_stated_whole(r, ag) != NULL) {
		clause(b);
		buf_printf(b, "överenskommelsen %s", report_econ_stated_whole(r, ag));
	}
	/* an uprating's start given two ways that the figure hangs on: the
	 * consequence here, the dates and the one counted in the Bilaga
	 * (review s28: how we computed is not page 1's) */
	if (report_adjust_from_also_clause(r, ag) != NULL) {
		clause(b);
		buf_printf(b, "överenskommelsen anger två startdatum för uppräkningen, och "
		    "kommunens finansiering för %d beror på vilket som gäller (se bilagan)", r->year);
	}
	/* the kommun's money of the year paid only after it (review s27) */
	if (report_adjust_unpaid_clause(r, ag) != NULL) {
		clause(b);
		buf_adds(b, report_adjust_unpaid_clause(r, ag));
	}
	/* a part last year's payments counted whole: the Sammanfattning's
	 * figure says it ("ett helt års utbetalningar, trots att överenskommelsen
	 * slutade 31 oktober"), the rule is the Bilaga's (review s28) */
	if (note.len > 0) {
		/* "överenskommelsen anger totalt X, D mer än posterna (Y);
		 * rapporten räknar med posterna. ", each budget, a clause each */
		char *s = note.data, *end;

		while (*s != '\0') {
			end = strstr(s, ". ");
			if (end == NULL)
				end = s + strlen(s);
			clause(b);
			buf_printf(b, "%.*s", (int)(end - s), s);
			s = *end != '\0' ? end + 2 : end;
		}
	}
	if (nlines > 0) {
		last_and(&lines, 0);
		clause(b);
		buf_printf(b, "%s %s saknar belopp för %d och ingår inte i kommunens finansiering",
		    nlines == 1 ? "posten" : "posterna", lines.data, r->year);
	}
	buf_free(&note);
	buf_free(&lines);
}

/* What needs the nämnd's attention, one item per agreement that has
 * something ("Språkvänner: ett mål är inte uppnått: …; ingen uppföljning
 * för 2020 i underlaget; löper ut 2021-12-31."), under its heading;
 * nothing (no heading) when no agreement has.  Starts, and ends before
 * the year's last day, the money paragraph names. */
static void
attention(struct rep *r)
{
	struct buf b = { NULL, 0, 0 };
	const char **items = NULL;
	struct doc_node *list = NULL, *it;
	struct duty_gap gaps[MAX_GAPS];
	size_t i, k, n;
	char d[32];
	bool ended;

	items = xcalloc(r->nags + 1, sizeof(*items));
	for (i = 0, n = 0; i < r->nags; i++) {
		const struct agreement *ag = r->ags[i];
		size_t ngaps, nmeetings;
		bool none, nothing, said;

		buf_reset(&b);
		goals_not_met(r, ag, &b);
		whole_year_goals(r, ag, &b);
		part_judged_goals(r, ag, &b);
		/* nothing to follow the agreement up against: the nämnd should
		 * know before it asks for results */
		if (ag->goals == NULL) {
			clause(&b);
			buf_adds(&b, "överenskommelsen anger inga mål");
		}
		none = !report_has_followup_in_year(r, ag);
		ngaps = report_duty_gaps(r, ag, gaps, MAX_GAPS);
		/* the meeting kinds short in one part, then the reports */
		for (nmeetings = 0; nmeetings < ngaps && !gaps[nmeetings].reports &&
		    !gaps[nmeetings].apart; nmeetings++)
			;
		for (k = 0, nothing = none && ngaps > 0; k < ngaps; k++)
			nothing &= gaps[k].done == 0;
		/* no follow-up the inledning has named: not said again, only
		 * what was required (review s28: Björkvik 2025 said "ingen
		 * uppföljning" five times) */
		said = none && report_intro_says_none(r, ag);
		if (nothing) {
			/* nothing on file at all: said once, not "i underlaget"
			 * after every duty */
			clause(&b);
			report_msg_nothing_on_file(&b, r->year, gaps, ngaps, nmeetings, said);
		} else {
			if (none && !said) {
				clause(&b);
				buf_printf(&b, "ingen uppföljning för %d finns i underlaget", r->year);
			}
			if (ngaps > 0) {
				clause(&b);
				report_msg_on_file(&b, r->year, gaps, ngaps, nmeetings);
			}
		}
		economy_clauses(r, ag, &b);
		ended = false;
		if ((ag->to.y == r->year && ag->to.m == 12 && ag->to.d == 31) ||
		    ag->to.y == r->year + 1) {
			clause(&b);
			report_msg_ending(&b, ag->to, ag->notice_months, ag->renewal_months, r->year);
			ended = true;
		}
		/* a review due in the year, or next year, after the ending
		 * in one sentence (review s27: "Överenskommelsen löper ut
		 * 30 juni 2026; den skulle ha setts över senast 30 juni
		 * 2025.") */
		if (ag->review_by.y == r->year || ag->review_by.y == r->year + 1) {
			date_words(ag->review_by, d, sizeof(d));
			if (ended)
				buf_adds(&b, "; den");
			else {
				clause(&b);
				buf_adds(&b, "överenskommelsen");
			}
			buf_printf(&b, " %s senast %s", ag->review_by.y == r->year ?
			    "skulle ha setts över" : "ska ses över", d);
		}
		if (b.len > 0) {
			buf_adds(&b, ".");
			capitalise_sentences(&b);
			items[i] = arena_strdup(r->bd.a, b.data);
			n++;
		}
	}
	buf_free(&b);
	if (n > 0) {
		report_heading(r, "Att uppmärksamma", 2, false);
		list = build_list_node(&r->bd);
	}
	for (i = 0, k = 0; n > 0 && i < r->nags; i++) {
		if (items[i] == NULL)
			continue;
		it = build_item(&r->bd, list);
		it->label = "\xE2\x80\xA2";	/* • */
		it->align = DALIGN_LEFT;
		it->space_after = ++k < n ? 3 : r->bd.t->paragraph_space;
		doc_span(r->bd.doc, &it->text, arena_printf(r->bd.a, "%s: ",
		    report_short_name(r->ags[i])), FACE_BOLD, 0);
		doc_span(r->bd.doc, &it->text, items[i], FACE_REGULAR, 0);
	}
	free(items);
}

/* Every paragraph, heading and item from n on (and below) kept with
 * what follows; *last gets the last of them. */
static void
keep_nodes(struct doc_node *n, struct doc_node **last)
{
	for (; n != NULL; n = n->next) {
		if (n->kind == DOC_PARA || n->kind == DOC_ITEM || n->kind == DOC_HEADING) {
			n->keep_with_next = true;
			*last = n;
		}
		keep_nodes(n->first, last);
	}
}

/* A förslag till beslut is not split over two pages: all of it kept
 * together, its last line free to break after. */
static void
keep_proposal(struct doc_node *n)
{
	struct doc_node *last = NULL;

	keep_nodes(n, &last);
	if (last != NULL)
		last->keep_with_next = false;
}

void
report_msg_shared(struct buf *b, const char *name, const char *with, size_t nshared)
{
	if (nshared == 0)
		return;
	if (b->len > 0)
		buf_addc(b, ' ');
	if (nshared > 1) {
		add_count_capital(b, (long long)nshared, false);
		buf_adds(b, " av överenskommelserna delas med andra nämnder, som också redovisar dem.");
		return;
	}
	buf_printf(b, "%s delas med %s, som också redovisar den.",
	    name != NULL ? name : "Överenskommelsen", with);
}

/* Whether agreement i is shared with another nämnd of the report's
 * kommun and has kommun money this year (*with: the other nämnder). */
static bool
shared_own(struct rep *r, size_t i, const char **with)
{
	const struct party *p;
	bool own, pays = false;

	*with = report_shared_with(r, r->ags[i], NULL, &own);
	for (p = r->ags[i]->parties; p != NULL; p = p->next)
		pays |= p->role == ROLE_PUBLIC &&
		    report_party_money(r, r->ags[i], p) == REP_MONEY_KOMMUN;
	return *with != NULL && own && pays && r->amounts[i].has_kommun;
}

size_t
report_shared_own(struct rep *r, long long *amount, const char **with, size_t *first)
{
	size_t i, n = 0;
	const char *w;

	*amount = 0;
	*with = NULL;
	*first = 0;
	for (i = 0; i < r->nags; i++) {
		if (!shared_own(r, i, &w))
			continue;
		if (n++ == 0) {
			*with = w;
			*first = i;
		}
		*amount += r->amounts[i].kommun;
	}
	return n;
}

/* "Beloppet gäller hela överenskommelsen, som nämnden delar med
 * socialnämnden; det är inte fördelat mellan nämnderna.": the kommun's
 * money of an agreement another nämnd of the kommun reports too, said
 * beside the figure on page 1 (review r9: both Vallby nämnder stated
 * 322 630 kr there, the caveat came only on page 2). */
static void
shared_money(struct rep *r, struct buf *b)
{
	long long amount;
	const char *with;
	size_t first, n = report_shared_own(r, &amount, &with, &first);

	if (n == 0)
		return;
	if (b->len > 0)
		buf_addc(b, ' ');
	if (r->nags == 1)
		buf_printf(b, "Beloppet gäller hela överenskommelsen, som nämnden delar med %s; "
		    "det är inte fördelat mellan nämnderna.", with);
	else if (n == 1)
		buf_printf(b, "Av beloppet gäller %s hela överenskommelsen %s, som nämnden delar "
		    "med %s; det är inte fördelat mellan nämnderna.",
		    build_money(&r->bd, amount, false), report_short_name(r->ags[first]), with);
	else
		buf_printf(b, "Av beloppet gäller %s överenskommelser som nämnden delar med andra "
		    "nämnder i kommunen; det är inte fördelat mellan nämnderna.",
		    build_money(&r->bd, amount, false));
}

void
report_message(struct rep *r)
{
	struct buf b = { NULL, 0, 0 };
	struct msg_money now, before, ib_now, ib_before, op_now, op_before;
	struct msg_assessed assessed;
	struct msg_span *spans;
	size_t count[MSG_GOAL_N], i;
	bool prev;

	/* the summary opens with the result: the lines above it say what
	 * the report covers, the agreements listed (review s28: Vallby 2023
	 * "Arbetsmarknadsnämnden hade 2023 fyra överenskommelser …" after
	 * its inledning's "… hade under 2023 fyra …") */
	money_of(r, true, &now);
	money_of(r, false, &ib_now);
	prev = money_before(r, &before, &ib_before, &op_before);
	report_msg_money(&b, true, r->year, &now, prev ? &before : NULL);
	shared_money(r, &b);
	spans = xcalloc(r->nags + 1, sizeof(*spans));
	for (i = 0; i < r->nags; i++) {
		const struct agreement *ag = r->ags[i];

		spans[i].name = r->nags > 1 ? report_short_name(ag) : NULL;
		spans[i].from = ag->from;
		spans[i].to = ag->to;
		spans[i].starts = ag->from.y == r->year && (ag->from.m > 1 || ag->from.d > 1);
		spans[i].ends = ag->to.y == r->year && (ag->to.m < 12 || ag->to.d < 31);
	}
	report_msg_spans(&b, spans, r->nags);
	free(spans);
	other_public_of(r, &op_now);
	report_msg_other_public(&b, r->year, &op_now, prev ? &op_before : NULL);
	report_msg_money(&b, false, r->year, &ib_now, prev ? &ib_before : NULL);
	{
		/* the agreements other nämnder report too, as the sections
		 * say "Delas med …" */
		size_t nshared = 0, first = 0;
		const char *with = NULL;
		bool own;

		for (i = 0; i < r->nags; i++) {
			const char *w = report_shared_with(r, r->ags[i], NULL, &own);

			/* said beside the kommun's money already */
			if (shared_own(r, i, &w))
				continue;
			if (w != NULL && nshared++ == 0) {
				with = w;
				first = i;
			}
		}
		report_msg_shared(&b, r->nags > 1 && nshared == 1 ?
		    report_short_name(r->ags[first]) : NULL, with, nshared);
	}
	report_text(r, arena_strdup(r->bd.a, b.data));
	buf_reset(&b);
	count_goals(r, count, &assessed);
	for (i = 0; i < r->nags && r->ags[i]->goals == NULL; i++)
		;
	if (i == r->nags)	/* none has goals at all: not "inga mål för 2024" */
		buf_adds(&b, r->nags == 1 ? "Överenskommelsen anger inga mål." :
		    "Överenskommelserna anger inga mål.");
	else
		report_msg_goals(&b, r->year, r->nags, count, &assessed);
	report_text(r, arena_strdup(r->bd.a, b.data));
	buf_free(&b);
}

void
report_attention(struct rep *r)
{
	attention(r);
}

/* The förslag till beslut's blocks as a nämnd sets its beslutspunkter: a
 * list of one item is a paragraph, a bulleted list of two or more is
 * numbered "1.", "2." (a list of another kind= keeps its labels). */
static void
proposal_text(struct rep *r, const struct block *blk)
{
	for (; blk != NULL; blk = blk->next) {
		struct block one = *blk;

		one.next = NULL;
		if (blk->kind == BLOCK_LIST && blk->children != NULL &&
		    blk->children->next == NULL) {
			const struct block *it = blk->children;

			if (!rich_empty(&it->text)) {
				struct block p = { 0 };

				p.kind = BLOCK_P;
				p.line = it->line;
				p.lang = it->lang;
				p.text = it->text;
				build_text(&r->bd, &p, 0);
			}
			build_text(&r->bd, it->children, 0);
			continue;
		}
		if (blk->kind == BLOCK_LIST && blk->list_kind == LIST_BULLET) {
			one.list_kind = LIST_NUMBER;
			one.list_start = 1;
		}
		build_text(&r->bd, &one, 0);
	}
}

void
report_proposal(struct rep *r)
{
	if (r->in->info != NULL && r->in->info->proposal != NULL) {
		struct doc_node *parent = r->bd.at != NULL ? r->bd.at : &r->bd.doc->root;
		struct doc_node *from = parent->last;

		report_heading(r, "Förslag till beslut", 1, true);
		proposal_text(r, r->in->info->proposal);
		/* the nämnd decides on the whole: its points stay on one page */
		keep_proposal(from != NULL ? from->next : parent->first);
	}
}
