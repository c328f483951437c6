/* Meaning checks over the model, after the schema has checked the form
 * and the references are linked (agreement_link, corpus_link).  Each
 * check reports and goes on, so that one run shows every problem; none
 * changes the model but for an agreement's count of errors. */
#include <string.h>

#include <stdio.h>

#include "buf.h"
#include "calc.h"
#include "corpus.h"
#include "diag.h"
#include "format.h"
#include "limit.h"
#include "model.h"
#include "validate.h"
#include "validate_table.h"
#include "validate_doc.h"
#include "validate_sign.h"

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

/* Several nämnder may share an agreement, each reporting it; one named
 * twice would report it twice in one report. */
static void
check_namnder(struct check *c)
{
	const struct namnd_ref *n, *m;
	char line[24];

	for (n = c->ag->namnd; n != NULL; n = n->next) {
		/* a remark for staff, not the report's page 1 (review s26) */
		if (n->inferred)
			diag(c->ag->path, n->line, MSG_NAMND_INFERRED, n->name != NULL ? n->name :
			    n->id != NULL ? n->id : "");
		for (m = c->ag->namnd; m != n; m = m->next)
			if (n->id != NULL && m->id != NULL && strcmp(n->id, m->id) == 0) {
				snprintf(line, sizeof(line), "%ld", m->line);
				error(c, n->line, MSG_DUP_NAMND, n->id, line);
				break;
			}
	}
}

/* A budget or signatory whose party agreement_link did not find. */
static void
check_party_ref(struct check *c, const struct party *p, const char *id, long line,
    const char *where)
{
	if (p == NULL && validate_sign_actor(c->ag, id) != NULL)
		error(c, line, MSG_ACTOR_NOT_PARTY, id, where);
	else if (p == NULL)
		error(c, line, MSG_UNKNOWN_PARTY, id, where);
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
	} else if (ag->to.y - ag->from.y + 1 > LIMIT_PERIOD_YEARS) {
		/* every year of the period gets its report and its checks */
		date_format_iso(ag->from, from, sizeof(from));
		date_format_iso(ag->to, to, sizeof(to));
		c->errors++;
		diag(ag->path, ag->period_line, MSG_PERIOD_TOO_LONG,
		    ag->to.y - ag->from.y + 1, from, to, LIMIT_PERIOD_YEARS);
	}
}

static void
check_goals(struct check *c)
{
	struct goal *g, *h;

	for (g = c->ag->goals; g != NULL; g = g->next) {
		for (h = c->ag->goals; h != g; h = h->next)
			if (strcmp(g->id, h->id) == 0)
				error(c, g->line, MSG_DUP_GOAL, g->id, NULL);
		if ((g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && !g->has_value &&
		    !g->has_percent)
			diag(c->ag->path, g->line, MSG_GOAL_VALUE, g->id,
			    model_comparison_word(g->comparison));
	}
}

/* Every year's adjusted amount of every party can be computed: a large
 * percent over many years passes the range of the figures (1000 % over
 * 20 years multiplies by 11^20), and a wrapped figure must never print. */
static void
check_adjusted_amounts(struct check *c)
{
	struct agreement *ag = c->ag;
	const struct party *p;
	struct year_amount ya;
	char max[64];
	int year;

	if (!adjust_any(ag) || ag->from.y == 0)
		return;
	for (p = ag->parties; p != NULL; p = p->next)
		for (year = ag->from.y; year <= ag->to.y; year++)
			if (calc_party_year(ag, p, year, &ya) == CALC_OVERFLOW) {
				money_format(LLONG_MAX, max, sizeof(max));
				c->errors++;
				diag(ag->path, ag->adjustment.line, MSG_ADJ_OVERFLOW, p->name,
				    year, max);
				break;
			}
}

/* <stated-total> against the budgets of the year it speaks of (see
 * calc_stated_total_year). */
static void
check_stated_total(const struct agreement *ag)
{
	char s1[64], s2[64], from[16], to[16];
	int year;
	long long total;
	struct party *p;
	size_t n = 0;

	if (!calc_stated_total_year(ag, &year)) {
		money_format(ag->stated_total, s1, sizeof(s1));
		date_format_iso(ag->from, from, sizeof(from));
		date_format_iso(ag->to, to, sizeof(to));
		diag(ag->path, ag->stated_total_line, MSG_STATED_TOTAL_PART_YEARS, s1, from, to);
		return;
	}
	total = calc_stated_scope_total(ag, year);
	if (total != ag->stated_total) {
		struct buf sum = { NULL, 0, 0 };

		money_format(ag->stated_total, s1, sizeof(s1));
		money_format(total, s2, sizeof(s2));
		/* Show the sum, so the handläggare sees where it comes
		 * from: every party's amount (LIMIT_PARTIES of them). */
		buf_adds(&sum, "");
		for (p = ag->parties; p != NULL; p = p->next) {
			bool has;
			long long t = calc_stated_scope_party(ag, p, year, &has);
			char m[64];

			if (!has)	/* outside the scope, or no figure */
				continue;
			money_format(t, m, sizeof(m));
			buf_printf(&sum, "%s%s", n++ > 0 ? " + " : "", m);
		}
		if (ag->stated_total_of == STATED_ALL)
			diag(ag->path, ag->stated_total_line, MSG_STATED_TOTAL, s1, s2, sum.data);
		else
			diag(ag->path, ag->stated_total_line, MSG_STATED_TOTAL_OF, s1,
			    ag->stated_total_of == STATED_PUBLIC ?
			    diag_word("the public parties", "de offentliga parterna") :
			    diag_word("money (help in kind not counted)",
			    "pengar (insatser i annan form inte medräknade)"), s2, sum.data);
		buf_free(&sum);
	}
}

static void
check_economy(struct check *c)
{
	struct agreement *ag = c->ag;
	struct adjustment *a = &ag->adjustment;
	struct budget *b;
	char s1[64], s2[64], from[16], to[16];

	c->errors += validate_columns(ag);
	c->errors += validate_econ(ag);
	c->errors += validate_financing(ag);
	c->errors += validate_adjust(ag);
	if (a->kind == ADJ_PERCENT && !a->has_percent) {
		c->errors++;
		diag(ag->path, a->line, MSG_ADJ_PERCENT);
	}
	if (a->kind == ADJ_INDEX && a->index == NULL && a->components == NULL) {
		c->errors++;
		diag(ag->path, a->line, MSG_ADJ_INDEX);
	}
	for (b = ag->budgets; b != NULL; b = b->next) {
		long long total;

		/* derived from a financing's lines or a budget's columns
		 * (validate_financing.c, validate_columns.c check them
		 * there); no party: validate_financing.c or
		 * validate_columns.c says so */
		if (b->derived_from != NULL || b->source != NULL || b->party_id == NULL)
			continue;
		check_party_ref(c, b->party, b->party_id, b->line, "budget");
		total = budget_total(b);
		if (b->has_stated_total && b->stated_total != total && budget_valued(b)) {
			money_format(b->stated_total, s1, sizeof(s1));
			money_format(total, s2, sizeof(s2));
			diag(ag->path, b->total_line ? b->total_line : b->line, MSG_BUDGET_TOTAL,
			    s1, b->party != NULL ? b->party->name : b->party_id, s2);
		}
		if (b->year != 0 && ag->from.y != 0 && (b->year < calc_agreement_year(ag, ag->from) ||
		    b->year > calc_agreement_year(ag, ag->to))) {
			date_format_iso(ag->from, from, sizeof(from));
			date_format_iso(ag->to, to, sizeof(to));
			diag(ag->path, b->line, MSG_BUDGET_YEAR, b->year, from, to);
		}
	}
	if (ag->has_stated_total && ag->budgets != NULL && c->errors == 0)
		check_stated_total(ag);
	/* every budget's party is known: amounts can be computed */
	if (c->errors == 0)
		check_adjusted_amounts(c);
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
	struct signatory *s, *t, *prev = NULL;
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
	for (s = ag->signatories; s != NULL; prev = s, s = s->next) {
		if (s->party_id == NULL) {
			error(c, s->line, MSG_SIGNATORY_NO_PARTY, NULL, NULL);
			continue;
		}
		check_party_ref(c, s->party, s->party_id, s->line,
		    diag_word("signatory", "undertecknare"));
		if (s->party == NULL)
			continue;
		/* several signatories of a party are normal, but apart
		 * they would each get a "För …" line of their own */
		for (t = ag->signatories; t != s && prev->party != s->party; t = t->next)
			if (t->party == s->party) {
				diag(ag->path, s->line, MSG_DUP_SIGNATORY, s->party->name);
				break;
			}
		if (ag->status == STATUS_SIGNED) {
			if (s->name == NULL)
				error(c, s->line, MSG_SIGNED_MISSING, s->party->name,
				    diag_word("name", "namn"));
			if (s->place == NULL)
				error(c, s->line, MSG_SIGNED_MISSING, s->party->name,
				    diag_word("place", "ort"));
			if (s->date.y == 0)
				error(c, s->line, MSG_SIGNED_MISSING, s->party->name,
				    diag_word("date", "datum"));
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

/* The checks; logos: those of the logo files too, their level apart
 * (the levels of the others go to ag->checked_level). */
static int
check_agreement(struct agreement *ag, bool logos)
{
	struct check c = { ag, 0 };
	struct diag_ctx before, logo, after;
	enum diag_level level;

	diag_open(&before, NULL);
	check_parties(&c);
	check_namnder(&c);
	c.errors += validate_party_kinds(ag);
	c.errors += validate_sign_agreement(ag);
	check_period(&c);
	c.errors += validate_terms(ag);
	ag->checked_level = diag_close(&before, DIAG_PASS_ON);
	diag_open(&logo, NULL);
	ag->logo_errors = logos ? validate_logos(ag) : 0;
	diag_close(&logo, DIAG_PASS_ON);
	diag_open(&after, NULL);
	check_goals(&c);
	c.errors += validate_goal_forms(ag->path, ag->goals);
	c.errors += validate_duties(ag);
	check_economy(&c);
	check_signatures(&c);
	c.errors += validate_tables(ag->path, ag->arena, ag->text);
	for (const struct annex *an = ag->annexes; an != NULL; an = an->next)
		if (an->attached)	/* only what prints is added up */
			c.errors += validate_tables(ag->path, ag->arena, an->text);
	c.errors += validate_doc_control(ag);
	if ((level = diag_close(&after, DIAG_PASS_ON)) > ag->checked_level)
		ag->checked_level = level;
	ag->errors = c.errors;
	return c.errors + ag->logo_errors;
}

int
validate_agreement(struct agreement *ag)
{
	return check_agreement(ag, true);
}

int
validate_agreement_for_reports(struct agreement *ag)
{
	return check_agreement(ag, false);
}

/* ---------- follow-ups ---------- */

/* Outcome periods are written in whole months ("jan - okt" at a meeting
 * on 25 October): the follow-up's month counts as reported. */
static struct date
month_end(struct date d)
{
	d.d = 31;
	while (d.d > 28 && !date_exists(d.y, d.m, d.d))
		d.d--;
	return d;
}

static void
check_headings(struct followup *f, const struct block *b, int *errors)
{
	for (; b != NULL; b = b->next) {
		if (b->kind == BLOCK_SECTION && rich_empty(&b->text)) {
			diag(f->path, b->line, MSG_EMPTY_TEXT, "heading");
			(*errors)++;
		}
		check_headings(f, b->children, errors);
	}
}

int
validate_followup(struct followup *f, const struct corpus *c)
{
	const struct agreement *ag = f->agreement;
	struct outcome *o;
	long checked_period = 0;
	int errors = 0;
	char a[16], b[16], x[16], y[16];

	if (ag == NULL) {
		diag(f->path, f->line, MSG_FU_NO_AGREEMENT, f->agreement_id);
		return 1;
	}
	if (ag->errors > 0) {
		diag(f->path, f->line, MSG_FU_AGREEMENT_BAD, ag->id, ag->path);
		return 1;
	}
	if (f->date.y != 0 && ag->from.y != 0 && date_compare(f->date, ag->from) < 0) {
		date_format_iso(f->date, a, sizeof(a));
		date_format_iso(ag->from, b, sizeof(b));
		diag(f->path, f->date_line, MSG_FU_BEFORE_PERIOD, a, b);
		errors++;
	}
	errors += validate_sign_followup(f);
	if (f->next_goals != NULL && f->date.y != 0 && f->next_year < f->date.y)
		diag(f->path, f->line, MSG_NEXT_YEAR, f->next_year, f->date.y);
	for (o = f->outcomes; o != NULL; o = o->next) {
		long long split = o->women + o->men + o->other + o->not_stated;

		/* The period is shared by the outcomes of one <outcomes>:
		 * check it once, at its own line. */
		if (o->from.y != 0 && o->to.y != 0 && o->period_line != checked_period) {
			checked_period = o->period_line;
			date_format_iso(o->from, a, sizeof(a));
			date_format_iso(o->to, b, sizeof(b));
			if (date_compare(o->to, o->from) < 0) {
				diag(f->path, o->period_line, MSG_PERIOD_ORDER, b, a);
				errors++;
			} else if (ag->from.y != 0 && ((!o->cumulative && date_compare(o->from, ag->from) < 0) ||
			    date_compare(o->to, ag->to) > 0)) {
				date_format_iso(ag->from, x, sizeof(x));
				date_format_iso(ag->to, y, sizeof(y));
				diag(f->path, o->period_line, MSG_OUTCOME_OUTSIDE, a, b, x, y);
				errors++;
			} else if (f->date.y != 0 && date_compare(o->to, month_end(f->date)) > 0) {
				date_format_iso(f->date, x, sizeof(x));
				diag(f->path, o->period_line, MSG_OUTCOME_FUTURE, b, x);
				errors++;
			}
		}
		if ((o->has_women || o->has_men || o->has_other || o->has_not_stated) &&
		    split != o->value) {
			char parts[128] = "";
			size_t n = 0;

			if (o->has_women)
				n += (size_t)snprintf(parts + n, sizeof(parts) - n, "%lld %s", o->women,
				    o->children ? "flickor" : "kvinnor");
			if (o->has_men && n < sizeof(parts))
				n += (size_t)snprintf(parts + n, sizeof(parts) - n, "%s%lld %s",
				    n > 0 ? " + " : "", o->men, o->children ? "pojkar" : "män");
			if (o->has_other && n < sizeof(parts))
				n += (size_t)snprintf(parts + n, sizeof(parts) - n, "%s%lld annat",
				    n > 0 ? " + " : "", o->other);
			if (o->has_not_stated && n < sizeof(parts))
				snprintf(parts + n, sizeof(parts) - n, "%s%lld ej angivet",
				    n > 0 ? " + " : "", o->not_stated);
			diag(f->path, o->line, MSG_GENDER_SPLIT, o->measure, o->value, split, parts);
			errors++;
		}
		if (o->goal_id != NULL && o->goal == NULL) {
			diag(f->path, o->line, MSG_UNKNOWN_GOAL, o->goal_id, ag->id);
			errors++;
		} else if (o->goal_id == NULL && o->goal == NULL &&
		    corpus_followup_goal(c, ag->id, NULL, o->measure) == NULL)
			diag(f->path, o->line, MSG_UNMATCHED_MEASURE, o->measure, ag->id);
	}
	check_headings(f, f->text, &errors);
	errors += validate_tables(f->path, f->arena, f->text);
	errors += validate_followup_goals(f, c);
	return errors;
}

int
validate_unique_id(const struct corpus *c, size_t i, const bool *valid)
{
	size_t k;

	if (c->docs[i].type == INPUT_REPORT)
		return 0;	/* no id: validate_report checks its nämnd and year */
	for (k = 0; k < i; k++)
		if (valid[k] && c->docs[i].type == c->docs[k].type &&
		    strcmp(input_id(&c->docs[i]), input_id(&c->docs[k])) == 0) {
			/* on the line of the document element, which carries the id */
			diag(input_path(&c->docs[i]), c->docs[i].type == INPUT_AGREEMENT ?
			    c->docs[i].agreement->line : c->docs[i].followup->line, MSG_DUP_ID,
			    input_id(&c->docs[i]),
			    input_path(&c->docs[k]));
			return 1;
		}
	return 0;
}

void
validate_same_agreement(const struct corpus *c, size_t i, const bool *valid)
{
	const struct agreement *ag = c->docs[i].agreement, *o;
	size_t k;

	if (c->docs[i].type != INPUT_AGREEMENT)
		return;
	for (k = 0; k < i; k++) {
		if (!valid[k] || c->docs[k].type != INPUT_AGREEMENT)
			continue;
		o = c->docs[k].agreement;
		if (!corpus_same_agreement(o, ag))
			continue;
		/* on the second's diarienummer, which makes them one */
		diag(ag->path, ag->diarienummer_line != 0 ? ag->diarienummer_line : ag->line,
		    MSG_SAME_AGREEMENT, o->path, ag->diarienummer,
		    corpus_counts_over(o, ag) ? o->path : ag->path);
		return;
	}
}

void
validate_in_no_report(const struct corpus *c, size_t i)
{
	const struct agreement *ag = c->docs[i].agreement;
	const struct party *p;
	struct buf fus = { NULL, 0, 0 };
	char name[200], kommun[200], *comma;
	size_t k, n = 0;

	if (c->docs[i].type != INPUT_AGREEMENT || ag->namnd != NULL)
		return;
	for (k = 0; k < c->n; k++)
		if (c->docs[k].type == INPUT_FOLLOWUP &&
		    strcmp(c->docs[k].followup->agreement_id, ag->id) == 0)
			n++;
	if (n == 1)
		buf_adds(&fus, diag_word(" (nor is its follow-up)", " (inte heller dess uppföljning)"));
	else if (n > 1)
		buf_printf(&fus, diag_word(" (nor are its %zu follow-ups)",
		    " (inte heller dess %zu uppföljningar)"), n);
	/* the kommun, and the nämnd it acts through when the text names one:
	 * its <acting>, else what follows a comma in its name ("Åsby kommun,
	 * fritidsnämnden") */
	for (p = ag->parties; p != NULL && p->role != ROLE_PUBLIC; p = p->next)
		continue;
	snprintf(kommun, sizeof(kommun), "%s", p != NULL && p->name != NULL ? p->name :
	    "KOMMUNENS NAMN");
	comma = strchr(kommun, ',');
	if (comma != NULL)
		*comma = '\0';
	if (p != NULL && p->acting != NULL)
		snprintf(name, sizeof(name), "%s", p->acting);
	else if (comma != NULL && comma[1] != '\0')
		snprintf(name, sizeof(name), "%s", comma + 1 + strspn(comma + 1, " "));
	else
		snprintf(name, sizeof(name), "%s", "NÄMNDENS NAMN");
	if (name[0] >= 'a' && name[0] <= 'z')
		name[0] = (char)(name[0] - 32);
	diag(ag->path, ag->period_line != 0 ? ag->period_line : ag->line, MSG_IN_NO_REPORT,
	    ag->effort != NULL ? ag->effort : ag->partners_name != NULL ? ag->partners_name :
	    ag->title, fus.data != NULL ? fus.data : "", kommun,
	    strcmp(name, "NÄMNDENS NAMN") != 0 ? "text" : "inferred", name);
	buf_free(&fus);
}
