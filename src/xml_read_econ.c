/* The reader of what issue 12's economy adds to a budget line: its own
 * kind, whether it is valued at all, its nature and payment rhythm. */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "xml_read_int.h"

static const char *const payment_names[] = {
	[LINE_PAY_ONCE] = "once", [LINE_PAY_YEARLY] = "yearly",
	[LINE_PAY_HALF_YEARLY] = "half-yearly", [LINE_PAY_QUARTERLY] = "quarterly",
	[LINE_PAY_MONTHLY] = "monthly",
};

/* "1 7": the schema has checked each is a whole number 1-12. */
static void
read_months(struct line_econ *e, const char *s)
{
	char *end;
	long m;

	while (s != NULL && *s != '\0') {
		m = strtol(s, &end, 10);
		if (end == s)
			break;
		if (m >= 1 && m <= 12)
			e->payment_months |= 1u << m;
		e->npayment_months++;
		s = end;
	}
}

void
econ_read_line(struct reader *r, xmlNode *n, struct budget_line *l)
{
	char *kind = tree_attr(r, n, "kind"), *pay = tree_attr(r, n, "payment");
	size_t i;

	l->amount = tree_attr_ll(r, n, "amount", &l->econ.has_amount);
	l->econ.kind = kind == NULL ? LINE_KIND_BUDGET :
	    strcmp(kind, "in-kind") == 0 ? LINE_KIND_IN_KIND : LINE_KIND_MONEY;
	l->econ.not_valued = tree_attr_is(r, n, "valued", "no");
	l->econ.nature = tree_attr(r, n, "nature");
	for (i = 1; pay != NULL && i < sizeof(payment_names) / sizeof(payment_names[0]); i++)
		if (strcmp(pay, payment_names[i]) == 0)
			l->econ.payment = (enum line_payment)i;
	read_months(&l->econ, tree_attr(r, n, "payment-months"));
	l->econ.unit_price = tree_attr_ll(r, n, "unit-price", &l->econ.has_unit_price);
	l->econ.unit = tree_attr(r, n, "unit");
	l->econ.count = tree_attr_ll(r, n, "quantity", &l->econ.has_count);
	l->econ.ceiling = tree_attr_ll(r, n, "ceiling", &l->econ.has_ceiling);
	l->econ.estimate = tree_attr_ll(r, n, "estimate", &l->econ.has_estimate);
	l->econ.condition = tree_attr(r, n, "condition");
	l->econ.recipient = tree_attr(r, n, "recipient");
	/* a priced line without an amount counts with its estimate */
	if (!l->econ.has_amount && l->econ.has_estimate)
		l->amount = l->econ.estimate;
}

void
econ_read_pool(struct reader *r, xmlNode *n)
{
	struct econ_pool *p = arena_alloc(r->arena, sizeof(*p)), **tail;
	struct econ_share **st = &p->shares;
	xmlNode *c;
	bool has;

	p->line = tree_line(n);
	p->amount = tree_attr_ll(r, n, "amount", &has);
	p->year = tree_attr_int(r, n, "year");
	p->description = tree_child_text(r, n, "description");
	for (c = tree_child(n, "share"); c != NULL; c = tree_next(c)) {
		struct econ_share *s;

		if (!tree_is(c, "share"))
			continue;
		s = arena_alloc(r->arena, sizeof(*s));
		s->party_id = tree_attr(r, c, "party");
		s->line = tree_line(c);
		*st = s;
		st = &s->next;
	}
	for (tail = &r->ag->pools; *tail != NULL; tail = &(*tail)->next)
		continue;
	*tail = p;
}

void
budget_read_per_month(struct reader *r, xmlNode *n, struct budget *b)
{
	const char *s = tree_attr(r, n, "per");

	/* parse_per's words are shared with goals and stated totals; only
	 * a budget is per month */
	if (s != NULL && strcmp(s, "month") == 0)
		b->per = PER_MONTH;
	b->per_stated = s != NULL;
}
