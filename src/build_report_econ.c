/* What the nämnd report says of the economy of issue 12: help that an
 * agreement lists without a value, and the kommun's lines with their nature
 * and payment rhythm. */
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "calc.h"
#include "format.h"
#include "build_report_int.h"
#include "mem.h"
#include "model.h"

/* Whether budget b is among the base year's (calc_party_year): a
 * monthly budget without a year holds in every year. */
static bool
in_base(const struct agreement *ag, const struct budget *b, int base_year)
{
	if (b->per == PER_MONTH && b->year == 0)
		return true;
	return (b->year != 0 ? b->year : calc_agreement_year(ag, ag->from)) == base_year;
}

/* Whether label opens with a party's name or short name ("Linköpings
 * Stadsmission, volontärer"): a proper name, which keeps its case
 * ("Föreningen, nätverk av familjevänner" opens with a common noun). */
static bool
names_party(const struct agreement *ag, const char *label)
{
	const struct party *p;

	for (p = ag->parties; p != NULL; p = p->next) {
		const char *names[2] = { p->name, p->shortname };
		size_t k, n;

		for (k = 0; k < 2; k++) {
			if (names[k] == NULL || (n = strlen(names[k])) == 0)
				continue;
			if (strncmp(label, names[k], n) == 0 && (label[n] == '\0' || label[n] == ' ' ||
			    label[n] == ',' || label[n] == ':'))
				return true;
		}
	}
	return false;
}

/* Help listed without a value, after a lead that any label reads well
 * in: "Avser frivilligt arbete." when the party has no valued help,
 * else "Inte värderat i kronor: ideella mentorer.", "Inte värderade i
 * kronor: lokal i Åsbro bibliotek, tre dagar i veckan; information i
 * kommunens kanaler." (review r20: a label pasted into "Insatsen … är
 * inte värderad" read badly).  A label opening with a common noun is
 * written in lower case; one opening with a party's name keeps it
 * ("Föreningen Språkbron, volontärer"). */
void
report_econ_not_valued(struct buf *note, const struct agreement *ag,
    const struct party *p, int base_year, bool none_valued)
{
	const struct budget *b;
	const struct budget_line *l;
	size_t n = 0, total = 0;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && in_base(ag, b, base_year))
			for (l = b->lines; l != NULL; l = l->next)
				total += l->econ.not_valued;
	if (total == 0)
		return;
	/* none_valued: the amount cell says "inte värderat i kronor"
	 * already; the note says what the help is (review s22: the term
	 * twice in one row) */
	buf_adds(note, none_valued ? "Avser " : total == 1 ? "Inte värderat i kronor: " :
	    "Inte värderade i kronor: ");
	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->party != p || !in_base(ag, b, base_year))
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			char *label;

			if (!l->econ.not_valued)
				continue;
			label = rich_plain(ag->arena, &l->label);
			label[report_len_without_stop(label)] = '\0';
			if (!names_party(ag, label))
				report_lower_first(label);
			/* labels may hold commas: a semicolon between them */
			buf_printf(note, "%s%s", n == 0 ? "" : "; ", label);
			n++;
		}
	}
	buf_adds(note, ". ");
}

/* " (2024 års värde)": the key figures' mark of a sum whose figures
 * rest on an earlier year's budget (report_adjust_assumed), as the
 * message says it ("… (2024 års värde; överenskommelsen anger ingen
 * budget för 2026)"); "delvis" when only some parties' do; "" when none
 * or the years differ (review r7, Vikby 2026). */
static const char *
carried_mark(struct rep *r, bool public)
{
	const struct party *p;
	struct year_amount ya;
	size_t i, n = 0, ncarried = 0;
	int from = 0, ay, by;

	for (i = 0; i < r->nags; i++)
		for (p = r->ags[i]->parties; p != NULL; p = p->next) {
			if (report_party_money(r, r->ags[i], p) != (public ? REP_MONEY_KOMMUN :
			    REP_MONEY_IDEBUREN) || calc_party_year(r->ags[i], p, r->year, &ya) !=
			    CALC_OK || !ya.valued)
				continue;
			n++;
			if (!report_adjust_assumed(r->ags[i], p, &ya, &ay, &by))
				continue;
			if (from != 0 && from != by)
				return "";
			from = by;
			ncarried++;
		}
	if (ncarried == 0)
		return "";
	return arena_printf(r->bd.a, " (%s%d års %s)", ncarried < n ? "delvis " : "", from,
	    public ? "årsbelopp" : "värde");
}

const char *
report_econ_sum(struct rep *r, bool public)
{
	bool has = false, not_valued = false, estimated = false;
	unsigned annual = 0;
	size_t i;

	for (i = 0; i < r->nags; i++) {
		has |= public ? r->amounts[i].has_kommun : r->amounts[i].has_ideburen;
		estimated |= (public ? r->amounts[i].has_kommun : r->amounts[i].has_ideburen) &&
		    report_estimated(r, i, public);
		not_valued |= public ? r->amounts[i].kommun_not_valued :
		    r->amounts[i].ideburen_not_valued;
		annual |= r->amounts[i].annual_for_part[public ? REP_MONEY_KOMMUN :
		    REP_MONEY_IDEBUREN];
	}
	/* no party of the kind has a figure: missing, never 0 kr */
	if (!has && not_valued)
		return REPORT_NOT_VALUED;
	if (!has)
		return "inget belopp angivet";
	/* a whole year's amount for part of the year: this year's column and
	 * last year's say it alike; money paid later is no 0 kr alone */
	if ((public ? r->kommun : r->ideburen) == 0 && (annual & REP_UNPAID))
		return arena_printf(r->bd.a, "%s (inget utbetalt)", build_money(&r->bd, 0, false));
	/* an estimate is marked in the tables as in the sentences (review
	 * s22: Ekby 2025's 488 300 kr stood bare in the key figures) */
	return arena_printf(r->bd.a, "%s%s%s%s", build_money(&r->bd, public ? r->kommun :
	    r->ideburen, false), estimated ? " (uppskattat)" : "", report_annual_mark(annual),
	    carried_mark(r, public));
}

const char *
report_annual_mark(unsigned annual)
{
	/* the förvaltning's calculation is said before the agreement's rule */
	if (annual & REP_DAYS_ASSUMED)
		return annual & (REP_DAYS_STATED | REP_ANNUAL) ? " (delvis beräknat efter dagar)" :
		    " (beräknat efter dagar)";
	if (!(annual & REP_ANNUAL))
		return "";
	return annual & REP_NOT_ANNUAL ? " (delvis helårsbelopp)" : " (helårsbelopp)";
}

bool
report_econ_pays_nothing(const struct agreement *ag, const struct party *p,
    const struct year_amount *ya)
{
	const struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && b->kind == BUDGET_MONEY)
			return false;
	return ya->valued;
}

/* "kvartalsvis", "två gånger per år: januari och juli", or "januari och
 * juli" when only the months are given; NULL when the line says nothing. */
static const char *
payment_words(struct rep *r, const struct line_econ *e)
{
	static const char *const rhythm[] = {
		[LINE_PAY_NONE] = NULL, [LINE_PAY_ONCE] = "en gång",
		[LINE_PAY_YEARLY] = "en gång per år", [LINE_PAY_HALF_YEARLY] = "två gånger per år",
		[LINE_PAY_QUARTERLY] = "kvartalsvis", [LINE_PAY_MONTHLY] = "månadsvis",
	};
	struct buf b = { NULL, 0, 0 };
	int m, n = __builtin_popcount(e->payment_months), k = 0;
	char *s;

	if (e->payment == LINE_PAY_NONE && n == 0)
		return NULL;
	if (rhythm[e->payment] != NULL)
		buf_adds(&b, rhythm[e->payment]);
	if (n > 0 && rhythm[e->payment] != NULL)
		buf_adds(&b, ": ");
	for (m = 1; m <= 12; m++) {
		if (!(e->payment_months & 1u << m))
			continue;
		buf_printf(&b, "%s%s", k == 0 ? "" : k == n - 1 ? " och " : ", ", month_name(m));
		k++;
	}
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

/* A line's amount as its budget gives it: "inte värderat i kronor", "uppskattat
 * 45 000 kr" for a priced line's estimate, "–" when it gives none. */
static const char *
line_amount(struct rep *r, const struct budget_line *l)
{
	if (l->econ.not_valued)
		return REPORT_NOT_VALUED;
	if (l->econ.has_amount)
		return build_money(&r->bd, l->amount, false);
	if (l->econ.has_estimate)
		return arena_printf(r->bd.a, "uppskattat %s", build_money(&r->bd, l->amount, false));
	if (l->econ.has_unit_price)
		return r->bd.t->label_budget_no_amount;
	return "–";
}

static bool
line_says_more(const struct budget_line *l)
{
	return l->econ.nature != NULL || l->econ.payment != LINE_PAY_NONE ||
	    l->econ.payment_months != 0;
}

/* Whether the label says the nature already ("IOP-ersättning för
 * samordnare", "Bidrag … (ersätter föreningsbidraget)"): the Slag cell is
 * then left empty (review s28: the raw type word beside a label that
 * says it). */
static bool
label_says(const char *label, const char *nature)
{
	size_t n = strlen(nature), i;

	for (i = 0; label[i] != '\0'; i++)
		if (strncasecmp(label + i, nature, n) == 0 && (i == 0 || label[i - 1] == ' ' ||
		    label[i - 1] == '('))
			return true;
	return false;
}

/* A budget line's label as an item's name: "Verksamhetsbidrag" of
 * "Verksamhetsbidrag, räknas per dag", how it is counted in *how
 * ("räknas per dag"), NULL when the label says nothing of it (review
 * s28: the name is the label, how it is counted goes in brackets, not
 * glued to the name). */
const char *
report_item_name(struct rep *r, const char *label, const char **how)
{
	const char *c = strstr(label, ", räknas ");

	*how = NULL;
	if (c == NULL || c == label)
		return label;
	*how = arena_strdup(r->bd.a, c + 2);
	return arena_printf(r->bd.a, "%.*s", (int)(c - label), label);
}

/* A line's Post in the table of a party's budget lines: its label, or
 * its nature or kind where the line has none (the label is then the
 * party's name, which the table's caption says already: review r20,
 * Kvarnby's Post "Kvarnby kommun"; review s28: "IOP-ersättning", not
 * "Bidrag" beside it). */
static const char *
line_post(struct rep *r, const struct party *p, const struct budget_line *l)
{
	const char *label = rich_plain(r->bd.a, &l->label), *how, *name;

	if (*label != '\0' && strcmp(label, p->name) != 0) {
		name = report_item_name(r, label, &how);
		return how != NULL ? arena_printf(r->bd.a, "%s (%s)", name, how) : label;
	}
	if (l->econ.nature != NULL && *l->econ.nature != '\0')
		return report_upper_first(r, l->econ.nature);
	return l->econ.kind == LINE_KIND_IN_KIND ? "Insats i annan form" : "Bidrag";
}

/* The line's nature as the Slag cell prints it, a table cell's capital
 * first ("Lokalbidrag"); NULL when the line has none or its Post says
 * it. */
static const char *
line_nature(struct rep *r, const struct party *p, const struct budget_line *l)
{
	const char *post = line_post(r, p, l);

	if (l->econ.nature == NULL || *l->econ.nature == '\0' || label_says(post, l->econ.nature))
		return NULL;
	return report_upper_first(r, l->econ.nature);
}

/* Whether line l has a Slag at all (its Post may say it). */
static bool
line_has_nature(const struct budget_line *l)
{
	return l->econ.nature != NULL && *l->econ.nature != '\0';
}

/* The factor of line l of budget b over agreement (or calendar) year ay,
 * its base year base_year: the one factor of its every day, or false
 * when a step falls inside the year (the amount is then no one figure). */
static bool
line_year_factor(const struct agreement *ag, const struct budget *b, const struct budget_line *l,
    int base_year, int ay, double *f)
{
	const struct adjustment *a = adjust_for_line(ag, b, l);
	long base_start = date_days(calc_year_start(ag, base_year));
	long a0 = date_days(calc_year_start(ag, ay)), a1 = date_days(calc_year_start(ag, ay + 1)) - 1;
	double f0 = calc_factor_on(a, a0, base_start), f1 = calc_factor_on(a, a1, base_start);

	if (f0 != f1)
		return false;
	*f = f0;
	return true;
}

/* The years the Budgetposter table prints the party's lines for: the
 * report year's agreement years (one, or two with agreement years), each
 * line uprated to it (review s28: "Belopp 2025/26, före uppräkning" in
 * Ekby UBN 2027, the nämnd wants this year's amounts); 0 when a line's
 * amount changes inside one of them, an index value is missing or the
 * years have other base years: the base year's amounts then, as written. */
static size_t
table_years(const struct agreement *ag, const struct party *p,
    const struct year_amount *ya, int years[2])
{
	const struct budget *b;
	const struct budget_line *l;
	size_t n = 0, k;
	double f;

	if (!ya->adjusted || ya->index_missing)
		return 0;
	for (k = 0; k < ya->nparts; k++) {
		if (ya->part[k].base_year != ya->base_year)
			return 0;
		years[n++] = ya->part[k].agreement_year;
	}
	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->party != p || !in_base(ag, b, ya->base_year))
			continue;
		for (l = b->lines; l != NULL; l = l->next)
			for (k = 0; k < n; k++)
				if (line_has_figure(l) && !line_year_factor(ag, b, l, ya->base_year,
				    years[k], &f))
					return 0;
	}
	return n;
}

/* A line's amount for year ay, uprated: "87 394 kr", "32 772,60 kr per
 * månad". */
static const char *
line_amount_in(struct rep *r, const struct agreement *ag, const struct budget *b,
    const struct budget_line *l, int base_year, int ay)
{
	double f = 1;
	const char *s;

	if (!line_has_figure(l) || !line_year_factor(ag, b, l, base_year, ay, &f) || f == 1)
		s = line_amount(r, l);
	else if (b->per == PER_MONTH)
		s = report_money_ore(r, (double)l->amount * f);
	else {
		long long kr;

		if (!money_round((double)l->amount * f, &kr))
			return "–";
		s = arena_printf(r->bd.a, "%s%s", l->econ.has_amount ? "" : "uppskattat ",
		    build_money(&r->bd, kr, false));
	}
	return b->per == PER_MONTH ? arena_printf(r->bd.a, "%s per månad", s) : s;
}

/* The kommun's lines of its budgets for the base year, each with its
 * nature and payment rhythm, when any line gives them: all the lines,
 * those that give neither too (a table of some lines read as the whole
 * budget, short of its sum). */
void
report_econ_lines(struct rep *r, const struct agreement *ag)
{
	const struct party *p;
	const struct budget *b;
	const struct budget_line *l;
	struct doc_table *tb;
	struct year_amount ya;
	size_t n, row, col_nature, col_pay, col_amount, nmissing, i, ny, k;
	bool nature, every_nature, pay_any, any_more;
	const struct budget_line *missing[16];
	int years[2];

	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		if (p->role != ROLE_PUBLIC || calc_party_year(ag, p, r->year, &ya) != CALC_OK)
			continue;
		n = 0;
		nature = pay_any = any_more = false;
		every_nature = true;
		for (b = ag->budgets; b != NULL; b = b->next)
			if (b->party == p && in_base(ag, b, ya.base_year))
				for (l = b->lines; l != NULL; l = l->next) {
					n++;
					any_more |= line_says_more(l);
					nature |= line_nature(r, p, l) != NULL;
					every_nature &= line_has_nature(l);
					pay_any |= payment_words(r, &l->econ) != NULL;
				}
		/* a line with amounts in other years but none in this one:
		 * listed, "belopp saknas" (review s27, Björkvik 2027) */
		nmissing = ya.base_year == r->year ? report_lines_missing(r, ag, p, missing,
		    sizeof(missing) / sizeof(missing[0])) : 0;
		for (i = 0; i < nmissing; i++) {
			n++;
			nature |= line_nature(r, p, missing[i]) != NULL;
			every_nature &= line_has_nature(missing[i]);
			pay_any |= payment_words(r, &missing[i]->econ) != NULL;
		}
		if (!any_more)
			continue;
		ny = table_years(ag, p, &ya, years);
		/* the table's caption: never left alone at a page foot;
		 * uprated amounts say so once, the step is the note's above */
		report_text(r, ny > 0 ? arena_printf(r->bd.a, "Budgetposter för %s, uppräknade "
		    "belopp:", p->name) : arena_printf(r->bd.a, "Budgetposter för %s (%s):",
		    p->name, report_budget_year(r, ag, ya.base_year)))->keep_with_next = true;
		/* a column no line fills is left out (Norrvik's empty Slag),
		 * and one some lines have no Slag for: never half filled
		 * (review H, Åsbro 2025, Ekby UBN 2027); shown, each row has
		 * its Slag, also where its Post says it */
		nature &= every_nature;
		col_nature = nature ? 1 : 0;
		col_pay = col_nature + (pay_any ? 1 : 0);
		col_amount = col_pay + 1;
		tb = build_table(&r->bd, col_amount + (ny > 0 ? ny : 1), n + 1);
		for (k = 0; k < (ny > 0 ? ny : 1); k++)
			tb->fixed[col_amount + k] = true;
		build_cell_text(&r->bd, tb, 0, 0, "Post", true, DALIGN_LEFT, 0);
		if (nature)
			build_cell_text(&r->bd, tb, 0, col_nature, "Slag", true, DALIGN_LEFT, 0);
		if (pay_any)
			build_cell_text(&r->bd, tb, 0, col_pay, "Utbetalning", true, DALIGN_LEFT, 0);
		/* the year's amounts, uprated, one column an agreement year of
		 * the report year; else the base year's as written, said to
		 * be before any uprating (review r7: Norrvik 2025 showed
		 * 2024/25's 20 000 kr under "Belopp i budgeten" and counted
		 * 20 400 kr) */
		if (ny == 0)
			build_cell_text(&r->bd, tb, 0, col_amount, arena_printf(r->bd.a, "Belopp %s%s",
			    report_budget_year(r, ag, ya.base_year), ya.adjusted ?
			    ", före uppräkning" : ""), true, DALIGN_RIGHT, 0);
		for (k = 0; k < ny; k++)
			build_cell_text(&r->bd, tb, 0, col_amount + k, arena_printf(r->bd.a,
			    "Belopp %s", report_budget_year(r, ag, years[k])), true, DALIGN_RIGHT, 0);
		row = 1;
		for (b = ag->budgets; b != NULL; b = b->next) {
			if (b->party != p || !in_base(ag, b, ya.base_year))
				continue;
			for (l = b->lines; l != NULL; l = l->next) {
				const char *pay = payment_words(r, &l->econ), *nat = line_has_nature(l) ?
				    report_upper_first(r, l->econ.nature) : NULL;

				/* every line, so that the table is the whole budget */
				build_cell_text(&r->bd, tb, row, 0, line_post(r, p, l), false,
				    DALIGN_LEFT, 0);
				if (nature && nat != NULL)
					build_cell_text(&r->bd, tb, row, col_nature, nat, false,
					    DALIGN_LEFT, 0);
				if (pay != NULL)
					build_cell_text(&r->bd, tb, row, col_pay, pay, false,
					    DALIGN_LEFT, 0);
				if (ny == 0)
					build_cell_text(&r->bd, tb, row, col_amount, b->per == PER_MONTH ?
					    arena_printf(r->bd.a, "%s per månad", line_amount(r, l)) :
					    line_amount(r, l), false, DALIGN_RIGHT, 0);
				for (k = 0; k < ny; k++)
					build_cell_text(&r->bd, tb, row, col_amount + k,
					    line_amount_in(r, ag, b, l, ya.base_year, years[k]), false,
					    DALIGN_RIGHT, 0);
				row++;
			}
		}
		for (i = 0; i < nmissing; i++, row++) {
			const char *pay = payment_words(r, &missing[i]->econ);
			const char *nat = line_has_nature(missing[i]) ?
			    report_upper_first(r, missing[i]->econ.nature) : NULL;

			build_cell_text(&r->bd, tb, row, 0, line_post(r, p, missing[i]), false,
			    DALIGN_LEFT, 0);
			if (nature && nat != NULL)
				build_cell_text(&r->bd, tb, row, col_nature, nat, false, DALIGN_LEFT, 0);
			if (pay != NULL)
				build_cell_text(&r->bd, tb, row, col_pay, pay, false, DALIGN_LEFT, 0);
			for (k = 0; k < (ny > 0 ? ny : 1); k++)
				build_cell_text(&r->bd, tb, row, col_amount + k, "belopp saknas", false,
				    DALIGN_RIGHT, 0);
		}
		build_table_block(&r->bd, tb);
	}
}

/* "Resor till mötesplatsen: 150 kr/resa, uppskattat 45 000 kr, högst
 * 60 000 kr. " for each line of the party's base budgets priced per
 * unit with an estimate or a ceiling: the year's amount counts the
 * estimate, and the ceiling is shown beside it. */
void
report_econ_priced(struct rep *r, struct buf *note, const struct agreement *ag,
    const struct party *p, int base_year)
{
	const struct budget *b;
	const struct budget_line *l;

	for (b = ag->budgets; b != NULL; b = b->next) {
		if (b->party != p || !in_base(ag, b, base_year))
			continue;
		for (l = b->lines; l != NULL; l = l->next) {
			const struct line_econ *e = &l->econ;

			/* a sentence, the label a common noun in lower case:
			 * "Posten föreläsningar och kulturinslag (30 000 kr)
			 * betalas ut om inte styrgruppen beslutar annat." */
			if (e->condition != NULL && line_has_figure(l)) {
				char *label = rich_plain(ag->arena, &l->label);

				if (!names_party(ag, label))
					report_lower_first(label);
				buf_printf(note, "Posten %s (%s) betalas ut %s. ", label,
				    build_money(&r->bd, l->amount, false), e->condition);
			}
			/* the row's line for it says the price (review s26) */
			if (!e->has_unit_price || (!e->has_estimate && !e->has_ceiling) ||
			    r->econ_items)
				continue;
			buf_printf(note, "%s: %s%s%s", rich_plain(ag->arena, &l->label),
			    build_money(&r->bd, e->unit_price, false), e->unit != NULL ? "/" : "",
			    e->unit != NULL ? e->unit : "");
			if (e->has_amount)
				buf_printf(note, ", %s", build_money(&r->bd, l->amount, false));
			else if (e->has_estimate)
				buf_printf(note, ", uppskattat %s", build_money(&r->bd, e->estimate, false));
			if (e->has_ceiling)
				buf_printf(note, ", högst %s", build_money(&r->bd, e->ceiling, false));
			buf_adds(note, ". ");
		}
	}
}

/* Whether the pool names s's party before s (a warning already). */
static bool
share_named_before(const struct econ_pool *pool, const struct econ_share *s)
{
	const struct econ_share *e;

	for (e = pool->shares; e != s; e = e->next)
		if (strcmp(e->party_id, s->party_id) == 0)
			return true;
	return false;
}

/* "Ofördelat 2025: 300 000 kr, att fördelas mellan Åsbro kommun och
 * Föreningen Mötesplats Åsbro." for each pool of the year (or of every
 * year), with its description; never added to a party's amount. */
void
report_econ_pools(struct rep *r, const struct agreement *ag)
{
	const struct econ_pool *pool;
	const struct econ_share *s;

	for (pool = ag->pools; pool != NULL; pool = pool->next) {
		struct buf b = { NULL, 0, 0 };
		size_t n = 0, k = 0;

		if (pool->year != 0 && pool->year != r->year)
			continue;
		for (s = pool->shares; s != NULL; s = s->next)
			n += !share_named_before(pool, s);
		buf_printf(&b, "Ofördelat %d: %s, att fördelas mellan ", r->year,
		    build_money(&r->bd, pool->amount, false));
		for (s = pool->shares; s != NULL; s = s->next) {
			const struct party *p = agreement_party(ag, s->party_id);

			if (share_named_before(pool, s))
				continue;
			buf_printf(&b, "%s%s", k == 0 ? "" : k == n - 1 ? " och " : ", ",
			    p != NULL ? p->name : s->party_id);
			k++;
		}
		if (pool->description != NULL)
			buf_printf(&b, " (%s)", pool->description);
		buf_adds(&b, ". Beloppet ingår inte i parternas belopp ovan.");
		report_text(r, arena_strdup(r->bd.a, b.data));
		buf_free(&b);
	}
}

/* "32 772,60 kr": kronor and öre, the öre left out when none (the Ekonomi
 * note and its item lines, build_report_items.c). */
const char *
report_money_ore(struct rep *r, double v)
{
	long long ore = (long long)(v * 100 + 0.5);
	char s[96];

	if (ore % 100 == 0)
		return build_money(&r->bd, ore / 100, false);
	number_format(ore / 100, s, sizeof(s));
	return arena_printf(r->bd.a, "%s,%02lld" NBSP "kr", s, ore % 100);
}

static int
month_days(int y, int m)
{
	return (int)(date_days((struct date){ m == 12 ? y + 1 : y, m % 12 + 1, 1 }) -
	    date_days((struct date){ y, m, 1 }));
}

bool
report_month_split(const struct agreement *ag, int y, const struct year_month *m,
    struct month_split *s)
{
	memset(s, 0, sizeof(*s));
	if (m->n < 1 || m->first < 1 || m->last > 12 || m->first > m->last)
		return false;
	/* the period starts inside the run's first month */
	if (ag->from.y == y && ag->from.m == m->first && ag->from.d > 1) {
		s->first_month = m->first;
		s->first_from = ag->from.d;
		s->first_of = month_days(y, m->first);
		s->first_to = ag->to.y == y && ag->to.m == m->first && ag->to.d < s->first_of ?
		    ag->to.d : s->first_of;
		s->first_days = s->first_to - s->first_from + 1;
	}
	/* and ends inside its last */
	if (ag->to.y == y && ag->to.m == m->last && ag->to.d < month_days(y, m->last) &&
	    !(s->first_days > 0 && m->first == m->last)) {
		s->last_month = m->last;
		s->last_to = ag->to.d;
		s->last_of = month_days(y, m->last);
		s->last_days = ag->to.d;
	}
	s->whole = m->n - (s->first_days > 0) - (s->last_days > 0);
	s->whole_first = m->first + (s->first_days > 0);
	s->whole_last = m->last - (s->last_days > 0);
	if (s->whole < 0 || (s->first_days == 0 && s->last_days == 0))
		return false;
	/* the months counted as the calculation counted them */
	return fabs(s->whole + (s->first_days > 0 ? (double)s->first_days / s->first_of : 0) +
	    (s->last_days > 0 ? (double)s->last_days / s->last_of : 0) - m->months) < 1e-9;
}

/* "11–31 augusti", "31 augusti" */
static void
month_days_words(struct buf *b, int from, int to, int m)
{
	if (from == to)
		buf_printf(b, "%d %s", from, month_name(m));
	else
		buf_printf(b, "%d–%d %s", from, to, month_name(m));
}

void
report_month_split_words(struct rep *r, struct buf *b, const struct month_split *s,
    double rate, const char *join)
{
	long long kr;
	bool any = false;

	if (s->first_days > 0 && money_round(rate * s->first_days / s->first_of, &kr)) {
		buf_printf(b, "%s för ", build_money(&r->bd, kr, false));
		month_days_words(b, s->first_from, s->first_to, s->first_month);
		any = true;
	}
	if (s->whole > 0) {
		buf_adds(b, any ? join : "");
		if (s->whole > 1)
			buf_printf(b, "%d" NBSP "×" NBSP, s->whole);
		buf_printf(b, "%s för %s", report_money_ore(r, rate), month_name(s->whole_first));
		if (s->whole_last != s->whole_first)
			buf_printf(b, "–%s", month_name(s->whole_last));
		any = true;
	}
	if (s->last_days > 0 && money_round(rate * s->last_days / s->last_of, &kr)) {
		buf_printf(b, "%s%s för ", any ? join : "", build_money(&r->bd, kr, false));
		month_days_words(b, 1, s->last_to, s->last_month);
	}
}

/* The monthly money uprated, run by run, so that the reader can work
 * out the year's figure (review s21, Ekby UBN: a year mixes months
 * before and after the uprating): "Med uppräkning: 6 månader × 31 500
 * kr + 6 månader × 32 130 kr = 381 780 kr."  Nothing when a run is not
 * known or counts part of a month, or nothing is uprated. */
static bool
monthly_uprated(struct rep *r, struct buf *note, const struct year_amount *ya)
{
	struct buf b = { NULL, 0, 0 };
	double sum = 0;
	bool uprated = false;
	size_t i, k;
	long long kr;

	for (i = 0; i < ya->nmonth; i++) {
		const struct year_month *m = &ya->month[i];

		if (m->steps_mixed || m->nstep == 0)
			return false;
		for (k = 0; k < m->nstep; k++) {
			if (m->step[k].months != (double)m->step[k].n)
				return false;
			uprated |= m->step[k].factor != 1;
		}
	}
	if (!uprated)
		return false;
	for (i = 0; i < ya->nmonth; i++)
		for (k = 0; k < ya->month[i].nstep; k++) {
			const struct year_month *m = &ya->month[i];
			double v = (double)m->monthly * m->step[k].factor;

			buf_printf(&b, "%s%d" NBSP "%s" NBSP "×" NBSP "%s", b.data == NULL ?
			    "" : " + ", m->step[k].n, m->step[k].n == 1 ? "månad" : "månader",
			    report_money_ore(r, v));
			sum += v * m->step[k].months;
		}
	if (money_round(sum, &kr))
		buf_printf(note, "Med uppräkning: %s = %s. ", b.data, build_money(&r->bd, kr,
		    false));
	buf_free(&b);
	return true;
}

void
report_econ_monthly(struct rep *r, struct buf *note, const struct agreement *ag,
    const struct party *p, const struct year_amount *ya)
{
	const struct budget *bg;
	const struct budget_line *l, *one = NULL;
	size_t nlines = 0;
	size_t i;
	long long kr;
	bool other;

	/* the row's line for the monthly money says it (review s26) */
	if (ya->monthly == 0 || !ya->valued || ya->nmonth == 0 || r->econ_items)
		return;
	/* one line per month: named by its budget line, never read as the
	 * value of the unvalued help beside it (review r8, Ekby: Stiftelsen
	 * Vinterljus's 12 000 kr is ”Insamlade medel till mat och
	 * hygienartiklar”) */
	for (bg = ag->budgets; bg != NULL; bg = bg->next)
		if (bg->party == p && bg->per == PER_MONTH && (bg->year == 0 || bg->year == r->year))
			for (l = bg->lines; l != NULL; l = l->next)
				if (l->econ.has_amount && !l->econ.not_valued) {
					one = l;
					nlines++;
				}
	/* "Samordnare, 60 % av heltid, räknas med 31 500 kr per månad hela
	 * året.", not a label and a colon (review r20) */
	if (nlines == 1 && ya->nmonth == 1) {
		const char *label = rich_plain(r->bd.a, &one->label);

		/* an apposition in the label closes with a comma */
		buf_printf(note, "%s%s räknas med ", label, strstr(label, ", ") != NULL ? "," : "");
	}
	/* "32 000 kr per månad för november–december (2 månader)", "… hela
	 * året", "31 500 kr per månad: 21 339 kr för 11–31 augusti och 4 ×
	 * 31 500 kr för september–december" (review s28: not "knappt 4,7
	 * månader räknat efter dagar") */
	for (i = 0; i < ya->nmonth; i++) {
		const struct year_month *m = &ya->month[i];
		struct month_split sp;

		buf_printf(note, "%s%s per månad", i == 0 ? "" : ", ",
		    build_money(&r->bd, m->monthly, false));
		if (m->n == 12 && m->months == 12.0) {
			buf_adds(note, " hela året");
			continue;
		}
		if (m->months != (double)m->n && report_month_split(ag, ya->from.y, m, &sp)) {
			buf_adds(note, ": ");
			report_month_split_words(r, note, &sp, (double)m->monthly, " och ");
			continue;
		}
		if (m->first == m->last)
			buf_printf(note, " för %s", month_name(m->first));
		else
			buf_printf(note, " för %s–%s", month_name(m->first),
			    month_name(m->last));
		if (m->months == (double)m->n) {
			if (m->n > 1)
				buf_printf(note, " (%d månader)", m->n);
			continue;
		}
		/* prorated by days some other way: no count of months
		 * with decimals */
		buf_adds(note, ", räknat efter dagar");
	}
	/* beside other money the monthly money's own kronor, so that the
	 * row adds up from the figures in it (review s25, Ekby UBN 2025:
	 * 31 500 kr for knappt 4,7 månader is 147 339 kr of 513 421 kr) */
	other = money_round(ya->not_by_days - ya->paid_counted, &kr) && kr != ya->amount;
	if (other && !ya->adjusted)
		buf_printf(note, ", sammanlagt %s", build_money(&r->bd, kr, false));
	/* the uprating in a sentence of its own, not a tail ("…hela året,
	 * före uppräkning.") */
	buf_adds(note, ". ");
	if (ya->adjusted) {
		if (r->econ_under == NULL)
			buf_adds(note, ya->nmonth == 1 ? "Månadsbeloppet är angivet före uppräkning. " :
			    "Månadsbeloppen är angivna före uppräkning. ");
		if (!monthly_uprated(r, note, ya) && other)
			buf_printf(note, "Med uppräkning sammanlagt %s. ",
			    build_money(&r->bd, kr, false));
	}
}

/* "Överenskommelsen anger totalt 434 300 kr, 10 000 kr mer än de årliga
 * posterna (424 300 kr); därtill kommer samordnare för härbärget,
 * 64 000 kr för november–december. Rapporten räknar med posterna. ":
 * false when the party has no monthly money this year beside budget b. */
static bool
monthly_outside(struct rep *r, const struct agreement *ag, const struct party *p,
    const struct budget *b, int base_year, struct buf *note, const char *st, const char *diff,
    bool more, const char *sum, bool clause)
{
	const struct budget *m;
	const struct budget_line *l, *one = NULL;
	struct year_amount ya;
	size_t nlines = 0, i;
	double kr = 0;
	int first = 13, last = 0;
	char *what;
	const char *posts;

	for (m = ag->budgets; m != NULL; m = m->next)
		if (m != b && m->party == p && m->per == PER_MONTH && budget_valued(m) &&
		    in_base(ag, m, base_year))
			for (l = m->lines; l != NULL; l = l->next) {
				one = l;
				nlines++;
			}
	if (nlines == 0 || calc_party_year(ag, p, r->year, &ya) != CALC_OK || ya.nmonth == 0)
		return false;
	for (i = 0; i < ya.nmonth; i++) {
		kr += (double)ya.month[i].monthly * ya.month[i].months;
		first = ya.month[i].first < first ? ya.month[i].first : first;
		last = ya.month[i].last > last ? ya.month[i].last : last;
	}
	if (first < 1 || last > 12)
		return false;
	if (nlines == 1) {
		what = rich_plain(r->bd.a, &one->label);
		if (!names_party(ag, what))
			report_lower_first(what);
	} else
		what = arena_strdup(r->bd.a, "månadsposterna");
	/* under the Ekonomi table the row has said the monthly money's
	 * kronor (review s26: Ekby SN 2025's 64 000 kr twice) */
	/* the posts named from what they are, the budget's year (review
	 * s28, Ekby SN 2025: "de årliga posterna" were November–December's) */
	posts = b->year != 0 ? arena_printf(r->bd.a, "posterna i budgeten för %d", b->year) :
	    "posterna i budgeten per år";
	if (r->econ_under != NULL) {
		buf_printf(note, "Överenskommelsen anger totalt %s för %s, %s %s än %s (%s); därtill "
		    "kommer %s. Rapporten räknar med posterna. ", st, p->name, diff,
		    more ? "mer" : "mindre", posts, sum, what);
		return true;
	}
	buf_printf(note, "%s anger totalt %s, %s %s än %s (%s); därtill kommer %s, %s för %s",
	    clause ? "överenskommelsen" : "Överenskommelsen", st, diff, more ? "mer" : "mindre",
	    posts, sum, what, build_money(&r->bd, (long long)(kr + 0.5), false),
	    month_name(first));
	if (last != first)
		buf_printf(note, "–%s", month_name(last));
	buf_adds(note, ". Rapporten räknar med posterna. ");
	return true;
}

void
report_econ_stated(struct rep *r, struct buf *note, const struct agreement *ag,
    const struct party *p, int base_year, bool clause)
{
	const struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next) {
		const char *st, *sum, *per, *diff;

		if (b->party != p || !in_base(ag, b, base_year) || !b->has_stated_total ||
		    !budget_valued(b) || b->stated_total == budget_total(b))
			continue;
		st = build_money(&r->bd, b->stated_total, false);
		sum = build_money(&r->bd, budget_total(b), false);
		diff = build_money(&r->bd, llabs(b->stated_total - budget_total(b)), false);
		per = b->per == PER_MONTH ? " per månad" : "";
		/* the year counts the lines, what is backed; the stated total
		 * stands beside them with the difference (review r9: Ekby's
		 * 498 300 kr rested on the stated 434 300 kr, not the lines'
		 * 424 300 kr, while the IKF reports counted the budgets under a
		 * stated 910 000 kr: one rule for both) */
		/* a yearly budget beside the party's monthly ones: the
		 * stated total is the yearly lines', the monthly money named
		 * as outside it (review s22: Ekby 2025's 434 300 kr beside
		 * 424 300 and 488 300 kr, the coordinator's 64 000 kr never
		 * said) */
		struct buf u = { NULL, 0, 0 };

		if (b->per != PER_MONTH && monthly_outside(r, ag, p, b, base_year, &u, st, diff,
		    b->stated_total > budget_total(b), sum, clause)) {
			report_econ_under(r, note, u.data);
			buf_free(&u);
			continue;
		}
		/* under the table, whose (review s26) */
		buf_printf(&u, "%s anger totalt %s%s%s%s, %s %s än posterna (%s); rapporten "
		    "räknar med posterna. ", clause ? "överenskommelsen" : "Överenskommelsen",
		    st, per, r->econ_under != NULL ? " för " : "",
		    r->econ_under != NULL ? p->name : "",
		    diff, b->stated_total > budget_total(b) ? "mer" : "mindre", sum);
		report_econ_under(r, note, u.data);
		buf_free(&u);
	}
}

/* "anger det sammanlagda värdet till 910 000 kr per år, men budgetarna är
 * tillsammans 900 000 kr": an agreement's <stated-total> per year that
 * the budgets it speaks of do not add up to (r5 item 4: IKF's 910 000 kr
 * beside 450 000 + 450 000), after "Överenskommelsen " or, in a clause,
 * "överenskommelsen "; NULL when they agree. */
const char *
report_econ_stated_whole(struct rep *r, const struct agreement *ag)
{
	const char *what;
	long long total;
	int year;

	if (!ag->has_stated_total || ag->stated_total_per != PER_YEAR ||
	    !calc_stated_total_year(ag, &year))
		return NULL;
	total = calc_stated_scope_total(ag, year);
	if (total == ag->stated_total)
		return NULL;
	what = ag->stated_total_of == STATED_PUBLIC ? "de offentliga parternas belopp" :
	    ag->stated_total_of == STATED_MONEY ? "beloppet i pengar" : "det sammanlagda värdet";
	/* budgets without a year, uprated: their sum is the one before
	 * uprating, not the year's figure beside it (review r6b) */
	return arena_printf(r->bd.a, "anger %s till %s per år, men budgetarna%s är "
	    "tillsammans %s", what, build_money(&r->bd, ag->stated_total, false),
	    year != 0 ? arena_printf(r->bd.a, " för %d", year) : adjust_any(ag) ?
	    " före uppräkning" : "", build_money(&r->bd, total, false));
}
