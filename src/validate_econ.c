/* The checks of what issue 12 adds to the economy: budget lines that
 * are listed without a value (valued="no"), and lines without amounts.
 * Called by validate_agreement (validate.c) before the totals, which
 * count only valued lines. */
#include <stdio.h>
#include <string.h>
#include <string.h>

#include "calc.h"
#include "diag.h"
#include "format.h"
#include "model.h"
#include "validate.h"

/* Months a line of each rhythm is paid in, and the rhythm's name in
 * the messages' two languages. */
static const struct {
	const char	*name, *sv;
	int		 months;
} rhythms[] = {
	[LINE_PAY_NONE] = { "", "", 0 },
	[LINE_PAY_ONCE] = { "once", "en gång", 1 },
	[LINE_PAY_YEARLY] = { "yearly", "årsvis", 1 },
	[LINE_PAY_HALF_YEARLY] = { "half-yearly", "halvårsvis", 2 },
	[LINE_PAY_QUARTERLY] = { "quarterly", "kvartalsvis", 4 },
	[LINE_PAY_MONTHLY] = { "monthly", "månadsvis", 12 },
};

/* payment-months agrees with payment: as many months as the rhythm has,
 * none twice.  Warnings only: the agreement's own words stand. */
static void
check_payment(struct agreement *ag, const struct budget_line *l, const char *label)
{
	const struct line_econ *e = &l->econ;
	int distinct = __builtin_popcount(e->payment_months);

	if (e->npayment_months == 0)
		return;
	if (distinct != e->npayment_months)
		diag(ag->path, l->line, MSG_LINE_PAYMENT_REPEAT, label);
	/* both can be wrong at once ("7 1 7" for a quarterly line) */
	if (e->payment != LINE_PAY_NONE && distinct != rhythms[e->payment].months) {
		const char *name = diag_word(rhythms[e->payment].name, rhythms[e->payment].sv);

		diag(ag->path, l->line, MSG_LINE_PAYMENT_MONTHS, label, name, distinct, name,
		    rhythms[e->payment].months);
	}
}

/* A line paid in months none of which falls in the period in its year
 * (calc_line_unpaid): counted in its own year, never lost, and the file
 * is told how to say when it is paid. */
static void
check_pay_day(struct agreement *ag, const struct budget *b, const struct budget_line *l,
    const char *label)
{
	unsigned months;
	char list[48];
	size_t n = 0;
	int m, year, first_ay;

	if (!calc_line_unpaid(ag, b, l))
		return;
	months = calc_line_pay_months(ag, b, l);
	list[0] = '\0';
	for (m = 1; m <= 12; m++)
		if (months & 1u << m)
			n += (size_t)snprintf(list + n, sizeof(list) - n, "%s%d", n > 0 ? " " : "", m);
	first_ay = calc_agreement_year(ag, ag->from);
	year = b->year > first_ay ? b->year : first_ay;
	diag(ag->path, l->line, MSG_LINE_PAY_NO_DAY, label, year, list, year, year,
	    year == first_ay ? ag->from.m : calc_year_start(ag, year).m);
}

/* A line priced per unit: its quantity, ceiling and estimate need the
 * price; the stated amount agrees with price times quantity, and neither
 * amount nor estimate passes the ceiling.  Returns the number of errors. */
static int
check_priced(struct agreement *ag, const struct budget_line *l, const char *label)
{
	const struct line_econ *e = &l->econ;
	char a[64], b[64];
	long long product;

	if (!e->has_unit_price) {
		const char *what = e->has_count ? "quantity=\"…\"" : e->has_ceiling ?
		    "ceiling=\"…\"" : e->has_estimate ? "estimate=\"…\"" : NULL;

		if (what == NULL)
			return 0;
		diag(ag->path, l->line, MSG_LINE_PRICE_NEEDED, label, what);
		return 1;
	}
	if (e->has_amount && e->has_count &&
	    !__builtin_mul_overflow(e->unit_price, e->count, &product) && product != l->amount) {
		money_format(l->amount, a, sizeof(a));
		money_format(product, b, sizeof(b));
		diag(ag->path, l->line, MSG_LINE_PRICE_AMOUNT, label, a, b);
	}
	if (!e->has_amount && !e->has_estimate)
		diag(ag->path, l->line, MSG_LINE_PRICED_NO_AMOUNT, label);
	if (e->has_ceiling && (e->has_amount || e->has_estimate) && l->amount > e->ceiling) {
		money_format(l->amount, a, sizeof(a));
		money_format(e->ceiling, b, sizeof(b));
		diag(ag->path, l->line, MSG_LINE_OVER_CEILING, label, e->has_amount ?
		    diag_word("the amount", "beloppet") : diag_word("the estimate", "uppskattningen"),
		    a, b);
	}
	return 0;
}

/* A line's amount and valued="no" agree with each other and with its
 * kind.  Returns the number of errors. */
int
validate_econ_line(struct agreement *ag, const struct budget *b, const struct budget_line *l)
{
	char *label = rich_plain(ag->arena, &l->label), m[64];
	bool money = l->econ.kind == LINE_KIND_MONEY ||
	    (l->econ.kind == LINE_KIND_BUDGET && b->kind == BUDGET_MONEY);

	check_payment(ag, l, label);
	if (check_priced(ag, l, label) > 0)
		return 1;
	if (!l->econ.not_valued) {
		if (l->econ.has_amount || l->econ.has_unit_price)
			return 0;
		diag(ag->path, l->line, MSG_LINE_NO_AMOUNT, label);
		return 1;
	}
	if (l->econ.has_amount) {
		snprintf(m, sizeof(m), "%lld", l->amount);
		diag(ag->path, l->line, MSG_LINE_NOT_VALUED_AMOUNT, label, m);
		return 1;
	}
	if (money) {
		diag(ag->path, l->line, MSG_LINE_MONEY_NOT_VALUED, label,
		    l->econ.kind == LINE_KIND_MONEY ? "kind=\"money\"" :
		    "the budget's kind=\"money\"");
		return 1;
	}
	return 0;
}

/* A pool's parties exist and come once; its year lies in the period.
 * Returns the number of errors. */
static int
check_pool(struct agreement *ag, const struct econ_pool *p)
{
	const struct econ_share *s, *t;
	char from[16], to[16];
	int errors = 0;

	for (s = p->shares; s != NULL; s = s->next) {
		if (agreement_party(ag, s->party_id) == NULL) {
			diag(ag->path, s->line, MSG_UNKNOWN_PARTY, s->party_id, diag_word("pool", "pott"));
			errors++;
		}
		for (t = p->shares; t != s; t = t->next)
			if (strcmp(t->party_id, s->party_id) == 0) {
				diag(ag->path, s->line, MSG_POOL_DUP_SHARE, s->party_id);
				break;
			}
	}
	if (p->year != 0 && ag->from.y != 0 && (p->year < ag->from.y || p->year > ag->to.y)) {
		date_format_iso(ag->from, from, sizeof(from));
		date_format_iso(ag->to, to, sizeof(to));
		diag(ag->path, p->line, MSG_POOL_YEAR, p->year, from, to);
	}
	return errors;
}

int
validate_econ(struct agreement *ag)
{
	const struct econ_pool *pool;
	const struct budget *b;
	const struct budget_line *l;
	int errors = 0;
	char m[64];

	for (b = ag->budgets; b != NULL; b = b->next) {
		for (l = b->lines; l != NULL; l = l->next) {
			errors += validate_econ_line(ag, b, l);
			check_pay_day(ag, b, l, rich_plain(ag->arena, &l->label));
		}
		if (b->has_stated_total && !budget_valued(b)) {
			money_format(b->stated_total, m, sizeof(m));
			diag(ag->path, b->total_line ? b->total_line : b->line,
			    MSG_BUDGET_STATED_NOT_VALUED, m,
			    b->party != NULL ? b->party->name : b->party_id);
		}
	}
	for (pool = ag->pools; pool != NULL; pool = pool->next)
		errors += check_pool(ag, pool);
	return errors;
}
