/* The yearly nämnd report: for one nämnd and one calendar year, every
 * agreement the nämnd is responsible for that is valid some part of the
 * year, with the year's economy (adjusted as the agreement says), each
 * goal beside its outcome, the follow-up meetings held against those
 * required, the activities reported, charts, and an appendix of the
 * source files.  Every figure comes from an input file; what is missing
 * is said to be missing, never filled in.  This file makes the cover,
 * the summary, the appendix and the pieces of text, and ties the parts
 * together; build_report_year.c finds what the report shows of each
 * agreement's year, build_report_agreement.c makes each agreement's
 * section (build_report_int.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build.h"
#include "build_common.h"
#include "build_report_int.h"
#include "calc.h"
#include "corpus.h"
#include "diag.h"
#include "doc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "report_csv.h"
#include "template.h"
#include "typo.h"
#include "utf8.h"

const char *const report_kind_names[] = {
	[FU_PARTSSAMTAL] = "partssamtal",
	[FU_DIALOGMOTE] = "dialogmöte",
	[FU_STYRGRUPP] = "styrgruppsmöte",
	[FU_VERKSAMHETSRAPPORT] = "verksamhetsrapport",
};
_Static_assert(sizeof(report_kind_names) / sizeof(report_kind_names[0]) == FOLLOWUP_KIND_COUNT,
    "a follow-up kind without its word");

/* The follow-up's kind as the report names it: its kind-text as written,
 * unless that is a kind's own name ("styrgrupp", "dialogmote"): then the
 * kind's word ("styrgruppsmöte"), the one the Uppföljning paragraph
 * counts with, so a kind has one name through the report (review s26:
 * Vallby's "styrgrupp 2023-09-14" beside "två styrgruppsmöten"). */
const char *
report_kind_word(const struct followup *f)
{
	int k;

	if (f->kind_text == NULL)
		return report_kind_names[f->kind];
	for (k = 0; k < FOLLOWUP_KIND_COUNT; k++)
		if (utf8_casecmp(f->kind_text, model_followup_kind_name((enum followup_kind)k)) == 0)
			return report_kind_names[k];
	return f->kind_text;
}


/* ---------- pieces of text ---------- */

struct doc_node *
report_heading(struct rep *r, const char *text, int level, bool toc)
{
	struct doc_node *b = build_heading(&r->bd, level, toc);

	doc_span(r->bd.doc, &b->text, text, FACE_BOLD, 0);
	b->outline = text;
	return b;
}

struct doc_node *
report_text(struct rep *r, const char *s)
{
	struct doc_node *b = build_plain(&r->bd, s, FACE_REGULAR, r->bd.t->size_body, 0);

	/* running text, set as the template sets a paragraph (justified),
	 * like the report file's Inledning beside it */
	b->align = r->bd.t->align == ALIGN_JUSTIFY ? DALIGN_JUSTIFY : DALIGN_LEFT;
	b->space_after = r->bd.t->paragraph_space;
	return b;
}

struct doc_node *
report_labelled(struct rep *r, const char *label, const char *value)
{
	struct doc_node *b = build_para(&r->bd, DOC_PARA, r->bd.t->size_body);

	b->align = DALIGN_LEFT;
	b->space_after = 2;
	doc_span(r->bd.doc, &b->text, arena_printf(r->bd.a, "%s: ", label), FACE_BOLD, 0);
	doc_span(r->bd.doc, &b->text, value, FACE_REGULAR, 0);
	return b;
}

/* ---------- the parts of the report ---------- */

#define SUP_ONE	"\xC2\xB9"	/* ¹ */
#define SUP_TWO	"\xC2\xB2"	/* ² */

/* The key figures' note on the kommun's money in agreements other
 * nämnder share and report too (review s21: page 1 said it in a
 * sentence only, the figure stood bare): "¹ Varav 180 000 kr i
 * överenskommelsen som delas med socialnämnden, Bruksby kommun;
 * beloppet är inte fördelat mellan nämnderna."  NULL: no such money.
 * Only agreements shared with another nämnd of the report's own kommun.
 * mark: the note's mark; *with: the one agreement's other nämnder when
 * all of the money is its, else NULL. */
static const char *
shared_kommun_note(struct rep *r, const char *mark, const char **whole_with)
{
	const char *with = NULL;
	long long kr = 0;
	size_t i, n = 0, count;
	bool own;

	*whole_with = NULL;
	for (i = 0; i < r->nags; i++) {
		const struct ag_amounts *am = &r->amounts[i];
		const char *w = report_shared_with(r, r->ags[i], &count, &own);

		/* between two kommuner each kommun's money is its own, the
		 * other's other public money: nothing left unsplit (review
		 * s22: Ekdala's 50 000 kr "inte fördelat" with Bruksby) */
		if (w == NULL || !own || !am->has_kommun || am->kommun <= 0)
			continue;
		with = w;
		kr += am->kommun;
		n++;
	}
	if (n == 0)
		return NULL;
	if (n > 1) {
		char words[32];

		format_count_words(words, sizeof(words), (long long)n, true);
		return arena_printf(r->bd.a, "%s Varav %s i %s överenskommelser som delas med "
		    "andra nämnder; beloppen är inte fördelade mellan nämnderna.", mark,
		    build_money(&r->bd, kr, false), words);
	}
	if (kr != r->kommun)
		return arena_printf(r->bd.a, "%s Varav %s i överenskommelsen som delas med %s; "
		    "beloppet är inte fördelat mellan nämnderna.", mark, build_money(&r->bd, kr, false),
		    with);
	*whole_with = with;
	return arena_printf(r->bd.a, "%s Beloppet gäller överenskommelsen som delas med %s; "
	    "det är inte fördelat mellan nämnderna.", mark, with);
}

/* The marks on the kommun's money this year and last and their notes,
 * one note when both years' money is all one agreement's that the
 * same nämnder share. */
static const char *
shared_kommun_marks(struct rep *r, struct doc_table *tb, struct rep *last)
{
	const char *with, *last_with = NULL;
	const char *now = shared_kommun_note(r, SUP_ONE, &with);
	const char *then = last != NULL ? shared_kommun_note(last, now != NULL ? SUP_TWO : SUP_ONE,
	    &last_with) : NULL;

	if (now != NULL)
		build_cell_text(&r->bd, tb, 2, 1, SUP_ONE, true, DALIGN_RIGHT, 0);
	if (now != NULL && then != NULL && with != NULL && last_with != NULL &&
	    strcmp(with, last_with) == 0) {
		build_cell_text(&r->bd, tb, 2, 2, SUP_ONE, false, DALIGN_RIGHT, 0);
		return arena_printf(r->bd.a, SUP_ONE " Beloppen gäller överenskommelsen som delas "
		    "med %s; de är inte fördelade mellan nämnderna.", with);
	}
	if (then == NULL)
		return now;
	build_cell_text(&r->bd, tb, 2, 2, now != NULL ? SUP_TWO : SUP_ONE, false, DALIGN_RIGHT, 0);
	then = arena_printf(r->bd.a, "%.*s %d: %s", (int)strlen(SUP_ONE), then, last->year,
	    then + strlen(SUP_ONE) + 1);
	return now != NULL ? arena_printf(r->bd.a, "%s %s", now, then) : then;
}

static void
summary(struct rep *r)
{
	struct doc_table *tb;
	struct doc_node *tb_node;
	size_t i, row, fus = 0, k;
	/* last year's figures beside this year's, when the nämnd had
	 * agreements then (build_report_compare.c) */
	struct rep last;
	bool has_last = report_last_year(r, &last);
	const char *shared_note;

	report_heading(r, "Sammanfattning", 1, true);
	/* the message in words first (build_report_message.c) */
	report_message(r);
	for (i = 0; i < r->nags; i++) {
		const struct followup *f;
		size_t j = 0;

		while (report_next_followup(r, r->ags[i], &j, &f))
			fus += report_in_year(f, r->year);
	}

	/* The figures a member looks for first; other public money, when
	 * any, on a line of its own (build_report_public.c). */
	k = report_has_other_public(r);
	tb = build_table(&r->bd, 2 + has_last, 6 + k);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, arena_printf(r->bd.a, "%d i siffror", r->year), true,
	    DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, has_last ? arena_printf(r->bd.a, "%d", r->year) : "", true,
	    DALIGN_RIGHT, 0);
	if (has_last)
		report_compare_last_column(r, tb, 2, k, &last);
	build_cell_text(&r->bd, tb, 1, 0, "Överenskommelser som gällt under året", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 1, 1, arena_printf(r->bd.a, "%zu", r->nags), true, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 2, 0, "Kommunens finansiering", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 2, 1, report_econ_sum(r, true), true, DALIGN_RIGHT, 0);
	if (k == 1) {
		build_cell_text(&r->bd, tb, 3, 0, "Övrig offentlig finansiering", false,
		    DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, 3, 1, report_other_public_sum(r), true, DALIGN_RIGHT, 0);
	}
	build_cell_text(&r->bd, tb, 3 + k, 0, "Idéburna organisationers insatser", false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 3 + k, 1, report_econ_sum(r, false), true, DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 4 + k, 0, "Uppföljningar för året", false, DALIGN_LEFT, 0);
	/* a count in words when none, as the other rows say theirs ("inget
	 * bedömt", "inget utbetalt") */
	build_cell_text(&r->bd, tb, 4 + k, 1, fus > 0 ? arena_printf(r->bd.a, "%zu", fus) : "inga",
	    true, DALIGN_RIGHT, 0);
	/* what the row counts: the goals judged (met or not met), not all
	 * measurable ones (review r20: "Mätbara mål uppnådda 4 av 5" beside
	 * seven measurable goals) */
	build_cell_text(&r->bd, tb, 5 + k, 0, "Uppnådda mål (av bedömda)", false, DALIGN_LEFT, 0);
	/* no count: one wording whether no goal is measurable or a yearly
	 * target is part-way through (review r8: "inget bedömt ännu" and
	 * "inga att bedöma" in one set); the summary says which */
	build_cell_text(&r->bd, tb, 5 + k, 1, report_judged_cell(r, r), true, DALIGN_RIGHT, 0);
	shared_note = shared_kommun_marks(r, tb, has_last ? &last : NULL);
	/* apart from the message's text above it */
	tb_node = build_table_block(&r->bd, tb);
	tb_node->space_before = 6;
	tb_node->keep_together = true;	/* never its last row alone on a page */
	/* on page 1 with the summary's words when tighter spaces above
	 * make room: a member reads the first page first (review r7) */
	tb_node->stay = true;
	/* the mark's note right under the figures, kept with them */
	if (shared_note != NULL) {
		struct doc_node *nb = build_plain(&r->bd, shared_note, FACE_REGULAR,
		    r->bd.t->size_small, 0);

		nb->align = DALIGN_LEFT;
		nb->table_note = true;
		nb->space_before = 2;
		nb->space_after = r->bd.t->paragraph_space;
		tb_node->keep_with_next = true;
	}
	/* what to note after the figures: the summary's words and figures
	 * are on page 1, where a member reads first (review r7) */
	report_attention(r);

	/* One row per agreement. */
	tb = build_table(&r->bd, 5 + k, r->nags + 1);
	/* two money columns side by side: their headers wrap, not the
	 * other columns' words */
	tb->fixed[3] = k == 0;
	/* a period breaks after its dash only, never inside a date */
	tb->whole[2] = true;
	if (k == 1) {
		build_cell_text(&r->bd, tb, 0, 4, arena_printf(r->bd.a, "Övrig offentlig %d",
		    r->year), true, DALIGN_RIGHT, 0);
	}
	build_cell_text(&r->bd, tb, 0, 0, "Överenskommelse", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Parter", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Period", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 3, arena_printf(r->bd.a, "Kommunen %d", r->year), true,
	    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 0, 4 + k, "Måluppfyllelse", true, DALIGN_LEFT, 0);
	for (i = 0, row = 1; i < r->nags; i++, row++) {
		const struct agreement *ag = r->ags[i];
		const struct ag_amounts *am = &r->amounts[i];
		char a[16], b[16];

		date_format_iso(ag->from, a, sizeof(a));
		date_format_iso(ag->to, b, sizeof(b));
		build_cell_text(&r->bd, tb, row, 0, report_short_name(ag), true, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 1, report_parties(r, ag), false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 2, arena_printf(r->bd.a, "%s\xC2\xA0– %s", a, b), false,
		    DALIGN_LEFT, 0);
		/* money paid in a later year is no bare 0 kr (P's review 18) */
		build_cell_text(&r->bd, tb, row, 3, am->has_kommun && am->kommun == 0 &&
		    (am->annual_for_part[REP_MONEY_KOMMUN] & REP_UNPAID) ? "inget utbetalt" :
		    am->has_kommun ? arena_printf(r->bd.a, "%s%s", build_money(&r->bd, am->kommun,
		    false), report_estimated(r, i, true) ? " (uppskattat)" : "") :
		    am->kommun_not_valued ? REPORT_NOT_VALUED : "inget belopp angivet", false, DALIGN_RIGHT, 0);
		if (k == 1)
			build_cell_text(&r->bd, tb, row, 4, report_other_public_cell(r, am), false,
			    DALIGN_RIGHT, 0);
		build_cell_text(&r->bd, tb, row, 4 + k, report_fulfilment(r, ag), false,
		    DALIGN_LEFT, 0);
	}
	build_table_block(&r->bd, tb)->space_before = 8;

	report_compare_chart(r, has_last ? &last : NULL);
	if (has_last)
		report_last_year_free(&last);
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

/* Whether corpus document i is a source of the year: one of the
 * report's agreements, or a follow-up of one that is not dated after the
 * year without speaking of it. */
static bool
is_source(const struct rep *r, size_t i)
{
	const struct input *in = &r->in->corpus->docs[i];

	return uses(r, i) && (in->type == INPUT_AGREEMENT || report_is_source(r, in->followup));
}

/* An agreement's own row or a follow-up's: title, kind, date. */
static void
appendix_row(struct rep *r, struct doc_table *tb, size_t row, const char *title,
    const char *kind, struct date d)
{
	char ds[16] = "odaterad";	/* a document without a date gets none */

	if (d.y != 0)
		date_format_iso(d, ds, sizeof(ds));
	build_cell_text(&r->bd, tb, row, 0, title, false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, row, 1, kind, false, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, row, 2, arena_strdup(r->bd.a, ds), false, DALIGN_LEFT, 0);
}

/* The agreement's diarienummer as the report prints it: an agreement
 * several kommuner share has the number of the kommun that drew it up,
 * its first responsible nämnd's; another kommun's report says whose:
 * "SN 2025/214 (Ekdala kommun)" (review r20: Ekdala's number bare in
 * Bruksby's report).  NULL: none. */
const char *
report_diarienummer(struct rep *r, const struct agreement *ag)
{
	if (ag->diarienummer == NULL)
		return NULL;
	if (ag->namnd != NULL && ag->namnd->kommun != NULL && r->namnd != NULL &&
	    r->namnd->kommun != NULL && utf8_casecmp(ag->namnd->kommun, r->namnd->kommun) != 0)
		return arena_printf(r->bd.a, "%s (%s)", ag->diarienummer, ag->namnd->kommun);
	return ag->diarienummer;
}

/* "Så har belopp och möten räknats": the counting rules that applied in
 * this report, once, instead of in the running text (review s27); no
 * section when none did. */
/* The money rules the report's tables used, over the years they show
 * (the year's Ekonomi table and the period table's columns), each said
 * once, only the rules that occur (review s28: "Pick one basis per
 * report, the budget year, say it once"; the how-we-computed sentences
 * out of page 1 and the notes under the tables).  Nothing when the
 * report shows no amount. */
static void
method_money(struct rep *r, struct buf *b)
{
	bool any = false, assumed = false, said = false, ay_split = false;
	bool monthly = false, whole = false, only_in = false, none_in = false, adjusted = false;
	bool estimate = false, flat_whole = false;
	size_t k, i;

	for (k = 0; k < r->nags; k++) {
		const struct agreement *ag = r->ags[k];
		const struct party *p;
		/* every year the period table counts, its total's later
		 * years too (review H: Linköping SON 2022's "Hela perioden"
		 * held 2023's whole 1 000 000 kr, and the rule was missing) */
		int y, first = ag->from.y, last = ag->to.y;

		for (y = first; y <= last; y++)
			for (p = report_party_next(r, ag, NULL); p != NULL;
			    p = report_party_next(r, ag, p)) {
				struct year_amount ya;
				bool by_days = false;

				if (calc_party_year(ag, p, y, &ya) != CALC_OK || !ya.valued)
					continue;
				any = true;
				adjusted |= ya.adjusted;
				flat_whole |= ya.whole_year > 0;
				estimate |= report_party_estimated(ag, p, &ya);
				for (i = 0; i < ya.nparts; i++) {
					by_days |= ya.part[i].prorated || ya.part[i].whole;
					ay_split |= ya.part[i].days != 0 &&
					    ya.part[i].last - ya.part[i].first + 1 < ya.part[i].days &&
					    !ya.partial && calc_agreement_years(ag);
				}
				if (ya.prorated) {
					assumed |= ya.days_assumed;
					said |= !ya.days_assumed;
				}
				if (!ya.partial)
					continue;
				monthly |= ya.monthly != 0;
				if (ya.paid_base == 0 || ya.pay_months == 0)
					continue;
				if (!by_days && ya.paid_months == ya.pay_months)
					whole = true;
				else if (ya.paid_months != 0)
					only_in = true;
				else
					none_in = true;
			}
	}
	if (!any)
		return;
	buf_adds(b, "Beloppen redovisas per budgetår, det vill säga det belopp som "
	    "överenskommelsen anger för året.");
	if (said)
		buf_adds(b, " När överenskommelsen bara gäller en del av ett år räknas beloppet, "
		    "som överenskommelsen anger, efter de dagar den gäller: årsbeloppet gånger "
		    "dagarna, delat med budgetårets dagar (365 eller 366).");
	if (assumed && said)
		buf_adds(b, " Där överenskommelsen inte anger beloppet för en del av ett år har "
		    "förvaltningen räknat det på samma sätt.");
	else if (assumed)
		buf_adds(b, " När överenskommelsen bara gäller en del av ett år och inte anger "
		    "beloppet för den delen har förvaltningen räknat beloppet efter de dagar "
		    "överenskommelsen gäller: årsbeloppet gånger dagarna, delat med budgetårets "
		    "dagar (365 eller 366).");
	if (ay_split)
		buf_adds(b, " Följer budgeten ett verksamhetsår och inte kalenderåret delas dess "
		    "belopp mellan kalenderåren efter dagarna.");
	/* a flat yearly value over two verksamhetsår counts a whole
	 * calendar year as the value, leap day or not (calc_adjust.c's
	 * whole_year): the rule, not a difference under the table */
	if (flat_whole)
		buf_adds(b, " Gäller överenskommelsen ett helt kalenderår och är årsbeloppet "
		    "detsamma i båda verksamhetsåren räknas året med årsbeloppet, oavsett hur "
		    "många dagar verksamhetsåren har.");
	if (monthly)
		buf_adds(b, " Månadsbelopp räknas för de månader överenskommelsen gäller.");
	if (whole)
		buf_adds(b, " Ett årsbelopp som enligt betalningsplanen betalas ut medan "
		    "överenskommelsen gäller räknas fullt ut för året, även när överenskommelsen "
		    "bara gäller en del av året.");
	if (only_in)
		buf_adds(b, " Belopp som betalas ut vid bestämda tillfällen räknas bara när "
		    "överenskommelsen gäller vid utbetalningen.");
	if (none_in)
		buf_adds(b, " Görs ingen utbetalning enligt betalningsplanen under den del av året "
		    "som överenskommelsen gäller redovisas inget belopp för det året.");
	if (adjusted)
		buf_adds(b, " Där överenskommelsen anger en uppräkning räknas beloppet upp från "
		    "det datum den anger; ändras beloppet under året räknas varje del av året "
		    "med sin nivå.");
	if (estimate)
		buf_adds(b, " Där överenskommelsen bara anger ett uppskattat belopp för en post, "
		    "till exempel ett pris per enhet och ett uppskattat antal, räknas uppskattningen "
		    "och beloppet märks ”uppskattat”.");
	/* an uprating's start given two ways: the dates and the one counted
	 * (page 1 says the consequence only) */
	for (k = 0; k < r->nags; k++) {
		const char *also = report_adjust_from_also_clause(r, r->ags[k]);
		const char *rest = "överenskommelsen anger ";

		if (also == NULL || strncmp(also, rest, strlen(rest)) != 0)
			continue;
		if (r->nags == 1)
			buf_printf(b, " Överenskommelsen anger %s.", also + strlen(rest));
		else
			buf_printf(b, " För ”%s” anger överenskommelsen %s.",
			    report_short_name(r->ags[k]), also + strlen(rest));
	}
}

static void
method_note(struct rep *r)
{
	struct buf b = { NULL, 0, 0 };

	struct buf m = { NULL, 0, 0 };

	method_money(r, &m);
	report_method_duties(r->method_parts, r->method_final, &b);
	if (b.len > 0 || m.len > 0) {
		/* the heading names what the section holds (review H:
		 * "belopp och möten" over one sentence about amounts) */
		report_heading(r, b.len == 0 ? "Så har beloppen räknats" : m.len == 0 ?
		    "Så har möten och rapporter räknats" : "Så har belopp och möten räknats", 2,
		    false)->keep_with_next = true;
		if (m.len > 0)
			report_text(r, arena_strdup(r->bd.a, m.data));
		if (b.len > 0)
			report_text(r, arena_strdup(r->bd.a, b.data));
	}
	buf_free(&m);
	buf_free(&b);
}

/* "Brister i underlaget": what the underlag leaves out that a
 * handläggare can mend, together under a heading of its own in the
 * Bilaga, in body text (review H: "Överenskommelsen ”Språkvänner” anger
 * inte vilken nämnd som ansvarar för den." in small print under the
 * sources table, Linköping AMN 2019-2021): a nämnd the agreement does
 * not name (the XML marks it inferred; review s26: not on page 1), an
 * agreement without a date.  Nothing when there is no gap. */
static void
underlag_gaps(struct rep *r)
{
	struct doc_node *head = NULL;
	size_t k;
	int pass;

	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < r->nags; k++) {
			const struct agreement *ag = r->ags[k];
			const char *s = NULL;

			if (pass == 0 && ag->namnd != NULL && ag->namnd->inferred)
				s = "anger inte vilken nämnd som ansvarar för den";
			else if (pass == 1 && ag->date.y == 0)
				s = "saknar datum";
			if (s == NULL)
				continue;
			if (head == NULL) {
				head = report_heading(r, "Brister i underlaget", 2, false);
				head->keep_with_next = true;
			}
			report_text(r, arena_printf(r->bd.a, "Överenskommelsen ”%s” %s.",
			    report_short_name(ag), s));
		}
}

/* "Bilaga: underlag": per agreement (its name and diarienummer heading
 * a group of rows), the agreement and its follow-ups that are the year's
 * sources, by title, kind and date, in date order; no file names. */
static void
appendix(struct rep *r)
{
	const struct corpus *c = r->in->corpus;
	struct doc_table *tb;
	struct doc_node *tb_node;
	size_t i, k, n = 0, row = 1;

	/* after the agreements, on their page when it has room */
	report_heading(r, "Bilaga: underlag", 1, true)->space_before += 10;
	report_text(r, "Rapporten bygger på dessa dokument.")->keep_with_next = true;
	for (i = 0; i < c->n; i++)
		n += is_source(r, i);
	tb = build_table(&r->bd, 3, n + r->nags + 1);
	tb->fixed[1] = true;
	tb->fixed[2] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Dokument", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Typ", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Datum", true, DALIGN_LEFT, 0);
	for (k = 0; k < r->nags; k++) {
		const struct agreement *ag = r->ags[k];
		const struct followup **fs;
		struct doc_node *cell = build_cell(tb, row, 0);
		size_t col, nf = report_followups_dated(r, ag, report_is_source, &fs), m;

		/* the agreement's name and diarienummer head its rows */
		tb->rows[row]->group_label = true;
		cell->colspan = tb->ncols;
		cell->row_head = true;
		cell->align = DALIGN_LEFT;
		for (col = 1; col < tb->ncols; col++)
			build_cell(tb, row, col)->covered = true;
		doc_span(r->bd.doc, &cell->text, ag->diarienummer != NULL ?
		    arena_printf(r->bd.a, "%s, diarienummer %s", report_short_name(ag),
		    report_diarienummer(r, ag)) : report_short_name(ag), FACE_BOLD, 0);
		row++;
		appendix_row(r, tb, row++, ag->title, "överenskommelse", ag->date);
		for (m = 0; m < nf; m++) {
			char *kind = arena_strdup(r->bd.a, report_kind_word(fs[m]));

			report_lower_first(kind);

			appendix_row(r, tb, row++, fs[m]->title != NULL ? fs[m]->title : kind,
			    report_avser(r, fs[m]) != NULL ? arena_printf(r->bd.a, "%s (%s)", kind,
			    report_avser(r, fs[m])) : kind, fs[m]->date);
		}
		free(fs);
	}
	tb_node = build_table_block(&r->bd, tb);
	tb_node->keep_together = true;
	underlag_gaps(r);
	method_note(r);
}

/* "Teknisk bilaga: filer", when the template asks for it ([report]
 * technical-appendix = yes): the file and id of every source, and the
 * files of the run left out for their errors. */
static void
technical_appendix(struct rep *r)
{
	const struct corpus *c = r->in->corpus;
	struct doc_table *tb;
	size_t i, n = 0, row = 1;

	if (!r->bd.t->report_technical_appendix)
		return;
	report_heading(r, "Teknisk bilaga: filer", 1, true)->space_before += 10;
	report_text(r, "Indatafilerna som rapporten bygger på, med dokumentens id.")->keep_with_next =
	    true;
	for (i = 0; i < c->n; i++)
		n += is_source(r, i);
	tb = build_table(&r->bd, 2, n + 1);
	build_cell_text(&r->bd, tb, 0, 0, "Fil", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Id", true, DALIGN_LEFT, 0);
	for (i = 0; i < c->n; i++) {
		if (!is_source(r, i))
			continue;
		build_cell_text(&r->bd, tb, row, 0, input_path(&c->docs[i]), false, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, row, 1, input_id(&c->docs[i]), false, DALIGN_LEFT, 0);
		row++;
	}
	build_table_block(&r->bd, tb);
	if (r->in->nfailed > 0) {
		report_heading(r, "Filer som lämnades utanför", 2, false);
		report_text(r, "Dessa filer i körningen har fel (se iopdocs meddelanden) och har inte "
		    "kunnat användas, vilken nämnd de än gäller:");
		for (i = 0; i < r->in->nfailed; i++) {
			struct doc_node *it = build_plain(&r->bd, r->in->failed[i], FACE_REGULAR,
			    r->bd.t->size_body, 0);

			it->inset = true;
			it->space_after = 1;
		}
	}
}

static int
path_order(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The PDF's keywords: the words before (the usual ones and the report
 * file's diarienummer), then the source files' paths ("underlag:
 * input/a.xml; input/b.xml"), which the body never prints.  Sorted, so
 * that the order the files were found in (a folder listing, the nightly
 * build's plan) does not change the PDF. */
static const char *
source_keywords(struct rep *r, const char *before)
{
	const struct corpus *c = r->in->corpus;
	struct buf b = { NULL, 0, 0 };
	const char **paths = xcalloc(c->n + 1, sizeof(*paths));
	size_t i, n = 0;
	const char *s;

	for (i = 0; i < c->n; i++)
		if (is_source(r, i))
			paths[n++] = input_path(&c->docs[i]);
	qsort(paths, n, sizeof(*paths), path_order);
	buf_adds(&b, before);
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i == 0 ? ", underlag: " : "; ", paths[i]);
	free(paths);
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

/* ---------- entry point ---------- */

void
report_drop_copies(struct rep *r)
{
	size_t i, k, n = 0;

	for (i = 0; i < r->nags; i++) {
		for (k = 0; k < r->nags; k++) {
			if (k == i || r->ags[k] == NULL || !corpus_same_agreement(r->ags[k], r->ags[i]))
				continue;
			if (k < i ? corpus_counts_over(r->ags[k], r->ags[i]) :
			    !corpus_counts_over(r->ags[i], r->ags[k]))
				break;
		}
		if (k < r->nags)
			r->ags[i] = NULL;
	}
	for (i = 0; i < r->nags; i++)
		if (r->ags[i] != NULL)
			r->ags[n++] = r->ags[i];
	r->nags = n;
}

/* The one order of a report's agreements, wherever it lists them: by
 * the name the report uses, in Swedish alphabetical order; one name
 * (renewed under it) by its period. */
int
report_ag_cmp(const struct agreement *x, const struct agreement *y)
{
	int c = utf8_svcmp(report_short_name(x), report_short_name(y));
	long dx, dy;

	if (c != 0)
		return c;
	dx = date_days(x->from), dy = date_days(y->from);
	if (dx != dy)
		return dx < dy ? -1 : 1;
	dx = date_days(x->to), dy = date_days(y->to);
	if (dx != dy)
		return dx < dy ? -1 : 1;
	return strcmp(x->diarienummer != NULL ? x->diarienummer : "",
	    y->diarienummer != NULL ? y->diarienummer : "");
}

static int
ag_order(const void *a, const void *b)
{
	return report_ag_cmp(*(const struct agreement *const *)a,
	    *(const struct agreement *const *)b);
}

void
report_sort_agreements(struct rep *r)
{
	if (r->nags > 1)
		qsort(r->ags, r->nags, sizeof(*r->ags), ag_order);
}

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
		const struct namnd_ref *nr;

		if (!in->usable[i] || c->docs[i].type != INPUT_AGREEMENT || ag->namnd == NULL)
			continue;
		for (nr = ag->namnd; nr != NULL; nr = nr->next)
			if (strstr(known.data != NULL ? known.data : "", nr->id) == NULL)
				buf_printf(&known, "%s%s", known.len > 0 ? ", " : "", nr->id);
		/* the nämnd as this agreement names it: one of its several */
		if ((nr = report_agreement_namnd(ag, in->namnd)) == NULL)
			continue;
		r.namnd = nr;
		if (!report_has_agreement(ag, in->namnd, in->year))
			continue;
		xgrow((void **)&r.ags, &cap, r.nags + 1, sizeof(*r.ags));
		r.ags[r.nags++] = ag;
	}
	if (r.namnd == NULL) {
		diag(NULL, 0, MSG_NO_NAMND, in->namnd, known.data != NULL ? known.data :
		    diag_word("none", "inga"));
		buf_free(&known);
		free(r.ags);
		return NULL;
	}
	buf_free(&known);
	report_drop_copies(&r);
	report_sort_agreements(&r);
	if (r.nags == 0) {
		diag(NULL, 0, MSG_REPORT_EMPTY, r.namnd->name, in->year);
		free(r.ags);
		return NULL;
	}
	if (!report_add_up_amounts(&r)) {
		free(r.amounts);
		free(r.ags);
		return NULL;
	}
	/* The newest date of its sources dates the report, so the same
	 * inputs give the same PDF, and other nämnders' files do not matter,
	 * nor a follow-up of next spring that the report leaves out. */
	for (i = 0; i < c->n; i++)
		if (is_source(&r, i)) {
			const struct input *doc = &c->docs[i];
			struct date when = doc->type == INPUT_FOLLOWUP ? doc->followup->date :
			    doc->agreement->date.y != 0 ? doc->agreement->date : doc->agreement->from;
			long seconds = date_days(when) * 86400L;

			if (seconds > created)
				created = seconds;
		}

	/* the report file's date too, when it is later */
	if (in->info != NULL && in->info->date.y != 0 && date_days(in->info->date) * 86400L > created)
		created = date_days(in->info->date) * 86400L;

	a = arena_new();
	d = arena_alloc(a, sizeof(*d));
	d->arena = a;
	d->path = arena_printf(a, "rapport-%s-%d", in->namnd, in->year);
	d->created = created;
	/* without a report file's <title>, one that reads as a report's
	 * title, as a report file's does: "Årsrapport 2024: idéburna
	 * offentliga partnerskap" (review s26 AA item 3: Linköping AMN 2024
	 * "Årsrapport 2024" over "Idéburet offentligt partnerskap (IOP)"
	 * beside 2023's title from its report file) */
	d->effort = report_default_title(a, in->year);
	d->title = arena_printf(a, "%s – %s", d->effort, r.namnd->name);
	d->diarienummer = arena_printf(a, "%s, %s", r.namnd->name, r.namnd->kommun);
	d->subject = arena_printf(a, "Uppföljning av idéburna offentliga partnerskap %d", in->year);
	d->author = r.namnd->kommun;
	/* without a report file (iopdoc report, the nightly build) or with
	 * one still in the works: not the report the nämnd gets */
	d->draft = report_is_draft(in->info);
	/* the title block heads page 1: no running header above it */
	d->no_first_header = !t->report_first_page_header;
	r.bd.doc = d;
	r.bd.t = t;
	r.bd.a = a;
	report_names_set(&r);
	d->keywords = "IOP, årsrapport, uppföljning";
	report_metadata(&r, d);
	report_kommun_logo(&r, d);
	d->keywords = source_keywords(&r, d->keywords);

	report_cover(&r);
	summary(&r);
	/* the report file's analysis and conclusions before the agreements'
	 * details: after the last agreement they would read as its own */
	report_file_text(&r, REPORT_TEXT_ANALYSIS);
	report_file_text(&r, REPORT_TEXT_CONCLUSIONS);
	/* One hierarchy (review s26 AA): the report's sections H1, the
	 * agreements H2 under this one, their parts H3; the agreements' names
	 * at the size of Analys and Slutsatser read as sections of the
	 * report's own. */
	report_heading(&r, "Redovisning per överenskommelse", 1, true)->space_before += 10;
	for (i = 0; i < r.nags; i++)
		report_agreement_section(&r, i);
	appendix(&r);
	if (in->csv != NULL)
		report_csv(&r, in->csv);
	technical_appendix(&r);
	report_names_clear();
	free(r.amounts);
	free(r.ags);
	if (t->typography)
		typo_doc(d);
	return d;
}
