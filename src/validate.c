/* Meaning checks over the model, after the schema has checked the form.
 * Each check reports and goes on, so that one run shows every problem. */
#include <string.h>

#include "calc.h"
#include "diag.h"
#include "format.h"
#include "model.h"
#include "validate.h"

struct check {
	struct agreement	*ag;
	int			 errors;
};

static void
error(struct check *c, long line, enum msg_id id, const char *a, const char *b)
{
	c->errors++;
	diag(c->ag->path, line, id, a, b);
}

static void
check_parties(struct check *c)
{
	struct agreement *ag = c->ag;
	struct party *p, *q;
	bool public = false;

	for (p = ag->parties; p != NULL; p = p->next) {
		for (q = ag->parties; q != p; q = q->next)
			if (strcmp(p->id, q->id) == 0)
				error(c, p->line, MSG_DUP_PARTY, p->id, NULL);
		if (p->role == ROLE_PUBLIC)
			public = true;
		if (p->orgnr != NULL && !orgnr_valid(p->orgnr)) {
			c->errors++;
			diag(ag->path, p->orgnr_line, MSG_ORGNR_LUHN, p->orgnr,
			    p->name, luhn_check_digit(p->orgnr));
		}
	}
	if (!public)
		diag(ag->path, ag->line, MSG_NO_PUBLIC_PARTY);
}

static struct party *
resolve(struct check *c, const char *id, long line, const char *where)
{
	struct party *p = agreement_party(c->ag, id);

	if (p == NULL)
		error(c, line, MSG_UNKNOWN_PARTY, id, where);
	return p;
}

static void
check_period(struct check *c)
{
	struct agreement *ag = c->ag;
	char from[16], to[16];

	if (ag->from.y == 0 || ag->to.y == 0)
		return;
	if (date_compare(ag->to, ag->from) < 0) {
		date_format_iso(ag->from, from, sizeof(from));
		date_format_iso(ag->to, to, sizeof(to));
		error(c, ag->period_line, MSG_PERIOD_ORDER, to, from);
	}
}

static void
check_goals(struct check *c)
{
	static const char *const cmps[] = { "", "minst", "högst", "öka", "minska", "bibehålla" };
	struct goal *g, *h;

	for (g = c->ag->goals; g != NULL; g = g->next) {
		for (h = c->ag->goals; h != g; h = h->next)
			if (strcmp(g->id, h->id) == 0)
				error(c, g->line, MSG_DUP_GOAL, g->id, NULL);
		if ((g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && !g->has_value)
			diag(c->ag->path, g->line, MSG_GOAL_VALUE, g->id, cmps[g->comparison]);
	}
}

static void
check_economy(struct check *c)
{
	struct agreement *ag = c->ag;
	struct adjustment *a = &ag->adjustment;
	struct budget *b;
	char s1[64], s2[64], s3[256], from[16], to[16];

	if (a->kind == ADJ_PERCENT && !a->has_percent) {
		c->errors++;
		diag(ag->path, a->line, MSG_ADJ_PERCENT);
	}
	if (a->kind == ADJ_INDEX && a->index == NULL) {
		c->errors++;
		diag(ag->path, a->line, MSG_ADJ_INDEX);
	}
	for (b = ag->budgets; b != NULL; b = b->next) {
		long long total;

		b->party = resolve(c, b->party_id, b->line, "budget");
		total = budget_total(b);
		if (b->has_stated_total && b->stated_total != total) {
			money_format(b->stated_total, s1, sizeof(s1));
			money_format(total, s2, sizeof(s2));
			diag(ag->path, b->total_line ? b->total_line : b->line, MSG_BUDGET_TOTAL,
			    s1, b->party != NULL ? b->party->name : b->party_id, s2);
		}
		if (b->year != 0 && ag->from.y != 0 &&
		    (b->year < ag->from.y || b->year > ag->to.y)) {
			date_format_iso(ag->from, from, sizeof(from));
			date_format_iso(ag->to, to, sizeof(to));
			diag(ag->path, b->line, MSG_BUDGET_YEAR, b->year, from, to);
		}
	}
	if (ag->has_stated_total && ag->budgets != NULL && c->errors == 0) {
		int year = calc_summary_year(ag);
		long long total = agreement_total(ag, year);
		struct party *p;
		size_t n = 0;

		if (total != ag->stated_total) {
			money_format(ag->stated_total, s1, sizeof(s1));
			money_format(total, s2, sizeof(s2));
			/* Show the sum, so the handläggare sees where it comes from. */
			s3[0] = '\0';
			for (p = ag->parties; p != NULL; p = p->next) {
				bool has;
				long long t = party_total(ag, p, year, &has);
				char m[64];

				if (!has)
					continue;
				money_format(t, m, sizeof(m));
				if (strlen(s3) + strlen(m) + strlen(p->name) + 8 < sizeof(s3)) {
					if (n++ > 0)
						strcat(s3, " + ");
					strcat(s3, m);
				}
			}
			diag(ag->path, ag->stated_total_line, MSG_STATED_TOTAL, s1, s2, s3);
		}
	}
}

/* Counts the signature blocks and tables of contents; *where gets the
 * line of the first one too many. */
static void
count_blocks(const struct block *b, int *signatures, int *tocs, long *where, struct check *c)
{
	for (; b != NULL; b = b->next) {
		if (b->kind == BLOCK_SIGNATURES && ++*signatures == 2)
			where[0] = b->line;
		if (b->kind == BLOCK_TOC && ++*tocs == 2)
			where[1] = b->line;
		if (b->kind == BLOCK_SECTION && rich_empty(&b->text))
			error(c, b->line, MSG_EMPTY_TEXT, "heading", NULL);
		if (b->kind == BLOCK_PAYMENT && b->payment->month != 0 &&
		    (b->payment->month < 1 || b->payment->month > 12)) {
			c->errors++;
			diag(c->ag->path, b->line, MSG_MONTH, (long)b->payment->month);
		}
		count_blocks(b->children, signatures, tocs, where, c);
	}
}

static void
check_signatures(struct check *c)
{
	struct agreement *ag = c->ag;
	struct signatory *s, *t;
	struct party *p;
	int nsig = 0, ntoc = 0;
	long where[2] = { ag->line, ag->line };

	count_blocks(ag->text, &nsig, &ntoc, where, c);
	if (nsig != 1) {
		c->errors++;
		diag(ag->path, where[0], MSG_SIGNATURES_COUNT, nsig);
	}
	if (ntoc > 1) {
		c->errors++;
		diag(ag->path, where[1], MSG_TOC_COUNT, ntoc);
	}
	for (s = ag->signatories; s != NULL; s = s->next) {
		s->party = resolve(c, s->party_id, s->line, "signatory");
		if (s->party == NULL)
			continue;
		for (t = ag->signatories; t != s; t = t->next)
			if (t->party == s->party) {
				diag(ag->path, s->line, MSG_DUP_SIGNATORY, s->party->name);
				break;
			}
		if (ag->status == STATUS_SIGNED) {
			if (s->name == NULL)
				error(c, s->line, MSG_SIGNED_MISSING, s->party->name, "name");
			if (s->place == NULL)
				error(c, s->line, MSG_SIGNED_MISSING, s->party->name, "place");
			if (s->date.y == 0)
				error(c, s->line, MSG_SIGNED_MISSING, s->party->name, "date");
		} else if (ag->status == STATUS_DRAFT && s->date.y != 0)
			diag(ag->path, s->line, MSG_SIGN_DATE_IN_DRAFT, s->party->name);
	}
	if (nsig != 1)
		return;
	for (p = ag->parties; p != NULL; p = p->next) {
		for (s = ag->signatories; s != NULL; s = s->next)
			if (s->party == p)
				break;
		if (s == NULL)
			diag(ag->path, p->line, MSG_NO_SIGNATORY, p->name);
	}
}

int
validate_agreement(struct agreement *ag)
{
	struct check c = { ag, 0 };

	check_parties(&c);
	check_period(&c);
	check_goals(&c);
	check_economy(&c);
	check_signatures(&c);
	return c.errors;
}
