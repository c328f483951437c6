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

/* ---------- the sentences (pure) ---------- */

void
report_msg_scope(struct buf *b, const char *namnd, int year, size_t nags, size_t norgs)
{
	buf_printf(b, "%s hade %d ", namnd, year);
	add_words(b, (long long)nags, false);
	buf_printf(b, " %s om idéburet offentligt partnerskap", nags == 1 ? "överenskommelse" :
	    "överenskommelser");
	if (norgs > 0) {
		buf_adds(b, " med ");
		add_words(b, (long long)norgs, false);
		buf_adds(b, norgs == 1 ? " idéburen organisation" : " idéburna organisationer");
	}
	buf_adds(b, ".");
}

/* "1 250 000 kr", "ej värderat", or nothing for no figure. */
static void
add_money_part(struct buf *b, const struct msg_money *m)
{
	char s[64];

	if (m->has) {
		money_format(m->sum, s, sizeof(s));
		buf_adds(b, s);
	} else if (m->not_valued)
		buf_adds(b, "ej värderat");
}

void
report_msg_money(struct buf *b, bool kommun, int year, const struct msg_money *now,
    const struct msg_money *before)
{
	char s[64], t[64];

	if (b->len > 0)
		buf_addc(b, ' ');
	if (!now->has && !now->not_valued) {
		buf_printf(b, kommun ? "%s anger inget belopp för kommunens finansiering %d." :
		    "%s anger inget värde för de idéburna organisationernas insatser %d.",
		    now->nags == 1 ? "Överenskommelsen" : "Överenskommelserna", year);
		return;
	}
	if (!now->has) {
		buf_printf(b, kommun ? "Kommunens insatser %d är inte värderade i kronor (ej "
		    "värderat)." : "De idéburna organisationernas insatser %d är inte värderade "
		    "i kronor (ej värderat).", year);
		return;
	}
	buf_adds(b, kommun ? "Kommunens finansiering var " : "De idéburna organisationernas "
	    "insatser var värda ");
	add_money_part(b, now);
	/* the sum of some agreements only: which, before any comparison */
	if (now->nwith < now->nags) {
		buf_adds(b, " i ");
		add_words(b, (long long)now->nwith, false);
		buf_adds(b, " av ");
		add_words(b, (long long)now->nags, false);
		buf_adds(b, " överenskommelser");
	}
	/* said once, in the first of the sentences */
	if (now->part && kommun && now->nags == 1)
		buf_adds(b, " för den del av året som överenskommelsen gällde");
	if (before != NULL && before->has) {
		money_format(before->sum, t, sizeof(t));
		buf_printf(b, ", jämfört med %s %d%s", t, year - 1,
		    before->part ? " (del av året)" : "");
	}
	if (now->has_money && now->has_in_kind) {
		money_format(now->money, s, sizeof(s));
		money_format(now->in_kind, t, sizeof(t));
		buf_printf(b, ", varav %s i pengar och %s i annan form än pengar", s, t);
	}
	if (now->not_valued)
		buf_adds(b, "; därtill insatser som inte är värderade i kronor");
	buf_adds(b, ".");
	/* a sentence of its own: no second parenthesis beside the figure */
	if (now->part && kommun && now->nags > 1)
		buf_adds(b, " En del av överenskommelserna gällde bara del av året.");
}

static const char *const goal_words[][2] = {
	/* one, several */
	[MSG_GOAL_MET] = { "uppnått", "uppnådda" },
	[MSG_GOAL_PARTLY] = { "delvis uppnått", "delvis uppnådda" },
	[MSG_GOAL_NOT_MET] = { "inte uppnått", "inte uppnådda" },
	[MSG_GOAL_NOT_YET] = { "ej uppnått ännu", "ej uppnådda ännu" },
	[MSG_GOAL_NOT_REPORTED] = { "utan rapporterat utfall", "utan rapporterat utfall" },
	[MSG_GOAL_NO_TARGET] = { "rapporterat utan målvärde", "rapporterade utan målvärde" },
	[MSG_GOAL_UNJUDGED] = { "utan utfall året före att jämföra med",
	    "utan utfall året före att jämföra med" },
};
_Static_assert(sizeof(goal_words) / sizeof(goal_words[0]) == MSG_GOAL_N,
    "a goal class without its words");

void
report_msg_goals(struct buf *b, int year, size_t nags, const size_t count[MSG_GOAL_N],
    const size_t levels[3])
{
	size_t total = 0, parts = 0, done = 0, i, nassessed;

	for (i = 0; i < MSG_GOAL_N; i++) {
		total += count[i];
		parts += count[i] > 0;
	}
	if (b->len > 0)
		buf_addc(b, ' ');
	if (total == 0) {
		buf_printf(b, "%s inga mål för %d.", nags == 1 ? "Överenskommelsen anger" :
		    "Överenskommelserna anger", year);
		return;
	}
	if (count[MSG_GOAL_NOT_REPORTED] == total && total > 1) {
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
		buf_adds(b, "Av ");
		add_words(b, (long long)total, true);
		buf_printf(b, " mål för %d är ", year);
		for (i = 0; i < MSG_GOAL_N; i++) {
			if (count[i] == 0)
				continue;
			if (done > 0)
				buf_adds(b, done + 1 == parts ? " och " : ", ");
			add_words(b, (long long)count[i], true);
			buf_printf(b, " %s", goal_words[i][count[i] == 1 ? 0 : 1]);
			done++;
		}
		buf_adds(b, ".");
	}
	/* The counts above are the tables' Status (outcome against target);
	 * the follow-ups' own judgements (the organisation's report as often
	 * as the kommun's staff) are said apart, in the Bedömning column's
	 * words, so that no figure here contradicts a table. */
	for (i = 0, nassessed = 0; levels != NULL && i < 3; i++)
		nassessed += levels[i];
	if (nassessed > 0) {
		static const char *const level_words[3][2] = {
			{ "uppfyllt", "uppfyllda" },
			{ "delvis uppfyllt", "delvis uppfyllda" },
			{ "ej uppfyllt", "ej uppfyllda" },
		};
		size_t nlevels = 0, said = 0;

		for (i = 0; i < 3; i++)
			nlevels += levels[i] > 0;
		if (total == 1) {
			for (i = 0; levels[i] == 0; i++)
				;
			buf_printf(b, " Uppföljningen bedömer det som %s.", level_words[i][0]);
			return;
		}
		if (nassessed == total)
			buf_adds(b, " Alla målen har bedömts i uppföljningarna: ");
		else {
			buf_adds(b, " ");
			add_count_capital(b, (long long)nassessed, true);
			buf_adds(b, " av målen har bedömts i uppföljningarna: ");
		}
		for (i = 0; i < 3; i++) {
			if (levels[i] == 0)
				continue;
			if (said > 0)
				buf_adds(b, said + 1 == nlevels ? " och " : ", ");
			add_words(b, (long long)levels[i], true);
			buf_printf(b, " %s", level_words[i][levels[i] == 1 ? 0 : 1]);
			said++;
		}
		buf_adds(b, ".");
	}
}

void
report_msg_gap(struct buf *b, int year, const struct duty_gap *g)
{
	if (g->reports) {
		add_words(b, g->required, false);
		buf_printf(b, " %s för %d, ", g->required == 1 ? "skriftlig rapport krävdes" :
		    "skriftliga rapporter krävdes", year);
		/* what the follow-ups on file show, not what happened */
		if (g->done == 0)
			buf_adds(b, "ingen finns i underlaget");
		else {
			add_words(b, (long long)g->done, false);
			buf_adds(b, " finns i underlaget");
		}
		return;
	}
	add_words(b, g->required, true);
	buf_printf(b, " %s", g->required == 1 ? "möte" : "möten");
	if (g->kind != NULL)
		buf_printf(b, " (%s)", g->kind);
	buf_printf(b, " krävdes %d, ", year);
	if (g->done == 0)
		buf_adds(b, "inget finns i underlaget");
	else {
		add_words(b, (long long)g->done, true);
		buf_adds(b, " finns i underlaget");
	}
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
report_msg_ending(struct buf *b, struct date to, int notice_months, int year)
{
	char s[16], n[16];

	date_format_iso(to, s, sizeof(s));
	if (to.y <= year) {
		buf_printf(b, "löpte ut %s", s);
		return;
	}
	buf_printf(b, "löper ut %s", s);
	if (notice_months > 0) {
		date_format_iso(report_notice_date(to, notice_months), n, sizeof(n));
		buf_printf(b, " (uppsägning senast %s)", n);
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

/* The sums of the summary's table (report_add_up_amounts), with the
 * idéburna parties' amounts told apart as money or in kind where every
 * one of their budgets says which. */
static void
money_of(const struct rep *r, bool kommun, struct msg_money *m)
{
	size_t i;
	bool split = true;

	memset(m, 0, sizeof(*m));
	m->nags = r->nags;
	for (i = 0; i < r->nags; i++) {
		struct date from, to;

		m->part |= calc_duty_part(r->ags[i]->from, r->ags[i]->to, r->year, &from, &to);
	}
	m->sum = kommun ? r->kommun : r->ideburen;
	for (i = 0; i < r->nags; i++) {
		const struct ag_amounts *am = &r->amounts[i];
		const struct agreement *ag = r->ags[i];
		const struct party *p;

		m->has |= kommun ? am->has_kommun : am->has_ideburen;
		m->nwith += kommun ? am->has_kommun : am->has_ideburen;
		m->not_valued |= kommun ? am->kommun_not_valued : am->ideburen_not_valued;
		if (kommun)
			continue;
		for (p = ag->parties; p != NULL; p = p->next) {
			struct year_amount ya;
			enum budget_kind k;

			if (report_party_money(r, ag, p) != REP_MONEY_IDEBUREN ||
			    calc_party_year(ag, p, r->year, &ya) != CALC_OK || !ya.valued)
				continue;
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
}

/* Last year's sums of the nämnd, over all its agreements valid then, by
 * the same addition; false when none had a figure. */
static bool
money_before(const struct rep *r, struct msg_money *kommun, struct msg_money *ideburen)
{
	struct rep prev;
	bool ok = report_last_year(r, &prev);	/* the summary table's last year */

	if (ok) {
		money_of(&prev, true, kommun);
		money_of(&prev, false, ideburen);
		/* a sum of part of last year's agreements is no year's figure */
		ok = kommun->nwith == kommun->nags;
		ideburen->has &= ideburen->nwith == ideburen->nags;
		report_last_year_free(&prev);
	}
	return ok;
}

/* The goal classes: the authors' assessment where there is one, else
 * the computed status of the per-agreement table. */
static void
count_goals(const struct rep *r, size_t count[MSG_GOAL_N], size_t levels[3])
{
	static const enum msg_goal of_status[] = {
		[GOAL_MET] = MSG_GOAL_MET,
		[GOAL_NOT_MET] = MSG_GOAL_NOT_MET,
		[GOAL_NOT_REPORTED] = MSG_GOAL_NOT_REPORTED,
		[GOAL_NO_TARGET] = MSG_GOAL_NO_TARGET,
		[GOAL_UNJUDGED] = MSG_GOAL_UNJUDGED,
		[GOAL_NOT_YET] = MSG_GOAL_NOT_YET,
	};
	size_t i, g;

	memset(count, 0, MSG_GOAL_N * sizeof(*count));
	memset(levels, 0, 3 * sizeof(*levels));
	for (i = 0; i < r->nags; i++) {
		struct goal_row *rows;
		size_t n = report_goal_rows(r, r->ags[i], &rows);

		for (g = 0; g < n; g++) {
			enum assessment_level lv;

			count[of_status[rows[g].status]]++;
			if (report_assessment_level(r, r->ags[i], rows[g].goal, &lv))
				levels[lv]++;
		}
		free(rows);
	}
}

/* Adds a clause to an agreement's item: "; " between clauses. */
static void
clause(struct buf *b)
{
	if (b->len > 0)
		buf_adds(b, "; ");
}

/* What needs the nämnd's attention, one item per agreement that has
 * something ("Språkvänner: ingen uppföljning för 2020 i underlaget;
 * löper ut 2021-12-31."), under its heading; nothing (no heading) when
 * no agreement has. */
static void
attention(struct rep *r)
{
	struct buf b = { NULL, 0, 0 };
	const char **items = NULL;
	struct doc_node *list = NULL, *it;
	struct duty_gap gaps[MAX_GAPS];
	size_t i, k, n;
	char d[16];

	items = xcalloc(r->nags + 1, sizeof(*items));
	for (i = 0, n = 0; i < r->nags; i++) {
		const struct agreement *ag = r->ags[i];
		size_t ngaps;

		buf_reset(&b);
		if (!report_has_followup_in_year(r, ag))
			buf_printf(&b, "ingen uppföljning för %d i underlaget", r->year);
		ngaps = report_duty_gaps(r, ag, gaps, MAX_GAPS);
		for (k = 0; k < ngaps; k++) {
			clause(&b);
			report_msg_gap(&b, r->year, &gaps[k]);
		}
		if (ag->to.y == r->year || ag->to.y == r->year + 1) {
			clause(&b);
			report_msg_ending(&b, ag->to, ag->notice_months, r->year);
		}
		if (ag->review_by.y == r->year + 1) {
			date_format_iso(ag->review_by, d, sizeof(d));
			clause(&b);
			buf_printf(&b, "ska ses över senast %s", d);
		}
		if (ag->from.y == r->year) {
			date_format_iso(ag->from, d, sizeof(d));
			clause(&b);
			buf_printf(&b, "började gälla %s", d);
		}
		if (b.len > 0) {
			buf_adds(&b, ".");
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
report_message(struct rep *r)
{
	struct buf b = { NULL, 0, 0 };
	struct msg_money now, before, ib_now, ib_before;
	size_t count[MSG_GOAL_N], levels[3];
	bool prev;

	report_msg_scope(&b, r->namnd->name, r->year, r->nags, count_orgs(r));
	money_of(r, true, &now);
	money_of(r, false, &ib_now);
	prev = money_before(r, &before, &ib_before);
	report_msg_money(&b, true, r->year, &now, prev ? &before : NULL);
	if (report_has_other_public(r))
		buf_printf(&b, " Övrig offentlig finansiering: %s.", report_other_public_sum(r));
	report_msg_money(&b, false, r->year, &ib_now, prev ? &ib_before : NULL);
	report_text(r, arena_strdup(r->bd.a, b.data));
	buf_reset(&b);
	count_goals(r, count, levels);
	report_msg_goals(&b, r->year, r->nags, count, levels);
	report_text(r, arena_strdup(r->bd.a, b.data));
	buf_free(&b);
	attention(r);
}

void
report_proposal(struct rep *r)
{
	if (r->in->info != NULL && r->in->info->proposal != NULL) {
		struct doc_node *parent = r->bd.at != NULL ? r->bd.at : &r->bd.doc->root;
		struct doc_node *from = parent->last;

		report_heading(r, "Förslag till beslut", 1, true);
		build_text(&r->bd, r->in->info->proposal, 0);
		/* the nämnd decides on the whole: its points stay on one page */
		keep_proposal(from != NULL ? from->next : parent->first);
	}
}
