/* A party's amount for a calendar year: each budget line adjusted by the
 * adjustment that applies to it (per party, per budget, money or help in
 * kind; a fixed percent, an index or a mixed index), budget years that
 * may be agreement years (July-June), and proration per budget. */
#include <string.h>

#include "calc.h"
#include "model.h"

/* Lines of one agreement year counted alike: the same adjustment over
 * the same days; their base is added up before it is weighted, so one
 * adjustment over a party gives base x (sum of factors) / days. */
struct calc_group {
	const struct adjustment	*adj;
	long			 first, last;
	long long		 base;
};

#define CALC_GROUPS	32

static void	note_adjustment(struct year_amount *, const struct calc_group *, long);

static int
start_month(const struct agreement *ag)
{
	return ag->year_start_m != 0 ? ag->year_start_m : 1;
}

static int
start_day(const struct agreement *ag)
{
	return ag->year_start_d != 0 ? ag->year_start_d : 1;
}

struct date
calc_year_start(const struct agreement *ag, int year)
{
	return (struct date){ year, start_month(ag), start_day(ag) };
}

int
calc_agreement_year(const struct agreement *ag, struct date d)
{
	int m = start_month(ag), dd = start_day(ag);

	return d.m > m || (d.m == m && d.d >= dd) ? d.y : d.y - 1;
}

bool
calc_agreement_years(const struct agreement *ag)
{
	return start_month(ag) != 1 || start_day(ag) != 1;
}

static bool
line_in_kind(const struct budget *b, const struct budget_line *l)
{
	if (l->econ.kind != LINE_KIND_BUDGET)
		return l->econ.kind == LINE_KIND_IN_KIND;
	return b->kind == BUDGET_IN_KIND;
}

bool
adjust_applies(const struct adjustment *a, const struct budget *b, const struct budget_line *l)
{
	bool in_kind = line_in_kind(b, l);

	if (a->kind == ADJ_NONE)
		return false;
	if (a->budget == NULL && a->party_id != NULL && a->party != b->party)
		return false;
	return a->applies_to == ADJ_TO_ALL || (a->applies_to == ADJ_TO_IN_KIND) == in_kind;
}

const struct adjustment *
adjust_for_line(const struct agreement *ag, const struct budget *b, const struct budget_line *l)
{
	const struct adjustment *a;

	for (a = b->adjustment != NULL ? b->adjustment : &ag->adjustment; a != NULL; a = a->next)
		if (adjust_applies(a, b, l))
			return a;
	return NULL;
}

bool
adjust_any(const struct agreement *ag)
{
	const struct budget *b;

	if (ag->adjustment.kind != ADJ_NONE)
		return true;
	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->adjustment != NULL)
			return true;
	return false;
}

/* The agreement's payout terms with known months: the first <payment
 * kind="payout"> of its text that names them; NULL when none. */
static const struct payment *
payout_terms(const struct block *b, unsigned *months)
{
	const struct payment *p;
	size_t i;

	for (; b != NULL; b = b->next) {
		p = b->payment;
		if (b->kind == BLOCK_PAYMENT && p != NULL && p->payout &&
		    p->frequency != FREQ_MONTHLY) {
			*months = 0;
			for (i = 0; i < p->nmonths; i++)
				if (p->months[i] >= 1 && p->months[i] <= 12)
					*months |= 1u << p->months[i];
			if (*months == 0 && p->month >= 1 && p->month <= 12)
				*months = 1u << p->month;
			if (*months != 0)
				return p;
		}
		if ((p = payout_terms(b->children, months)) != NULL)
			return p;
	}
	return NULL;
}

unsigned
calc_line_pay_months(const struct agreement *ag, const struct budget *b,
    const struct budget_line *l)
{
	/* the line's rhythm against the terms' */
	static const enum frequency same[] = { [LINE_PAY_ONCE] = FREQ_ONCE,
	    [LINE_PAY_YEARLY] = FREQ_YEARLY, [LINE_PAY_HALF_YEARLY] = FREQ_HALF_YEARLY,
	    [LINE_PAY_QUARTERLY] = FREQ_QUARTERLY, [LINE_PAY_MONTHLY] = FREQ_MONTHLY };
	const struct payment *p;
	unsigned months;

	/* a prorated amount, help in kind, a monthly budget or one for the
	 * whole period or half a year keep the rule by days */
	if ((b->has_prorate ? b->prorate : ag->prorate) || line_in_kind(b, l) ||
	    b->per != PER_YEAR || !line_has_figure(l))
		return 0;
	if ((l->econ.payment_months & 0x1ffeu) != 0)
		return l->econ.payment == LINE_PAY_MONTHLY ? 0 : l->econ.payment_months & 0x1ffeu;
	if (b->party == NULL || b->party->role != ROLE_PUBLIC ||
	    (p = payout_terms(ag->text, &months)) == NULL)
		return 0;
	if (l->econ.payment != LINE_PAY_NONE && same[l->econ.payment] != p->frequency)
		return 0;
	return months;
}

/* Whether a line counted on its payment days is paid once only: its
 * payment="once", else, without its own rhythm or months, the
 * agreement's payout terms once. */
static bool
line_paid_once(const struct agreement *ag, const struct budget_line *l)
{
	const struct payment *p;
	unsigned months;

	if (l->econ.payment != LINE_PAY_NONE)
		return l->econ.payment == LINE_PAY_ONCE;
	if ((l->econ.payment_months & 0x1ffeu) != 0)
		return false;
	p = payout_terms(ag->text, &months);
	return p != NULL && p->frequency == FREQ_ONCE;
}

/* The day month m of agreement year ay is paid (its first day, or the
 * agreement year's or the period's first when the month starts before
 * them); false when that is outside the period: not paid. */
static bool
pay_day(const struct agreement *ag, int ay, int m, long *day)
{
	struct date d = { m >= start_month(ag) ? ay : ay + 1, m, 1 };
	long a0 = date_days(calc_year_start(ag, ay));

	/* a month touched by the period is paid in it, as due.c lists it */
	if (date_compare(d, (struct date){ ag->from.y, ag->from.m, 1 }) < 0 ||
	    date_compare(d, ag->to) > 0)
		return false;
	*day = date_days(d);
	if (*day < a0)
		*day = a0;
	if (*day < date_days(ag->from))
		*day = date_days(ag->from);
	return true;
}

/* The agreement years budget b is the base of (base_year_of), within
 * the period: *first..*last; false when none. */
static bool
base_years(const struct agreement *ag, const struct budget *b, int *first, int *last)
{
	const struct budget *o;
	int first_ay = calc_agreement_year(ag, ag->from), y = b->year != 0 ? b->year : first_ay;

	*first = y > first_ay ? y : first_ay;
	*last = calc_agreement_year(ag, ag->to);
	for (o = ag->budgets; o != NULL; o = o->next) {
		int oy = o->year != 0 ? o->year : first_ay;

		if (o->party == b->party && oy > y && oy - 1 < *last)
			*last = oy - 1;
	}
	return *first <= *last;
}

bool
calc_line_unpaid(const struct agreement *ag, const struct budget *b,
    const struct budget_line *l)
{
	unsigned months;
	int ay, first, last, m;
	long day;

	if (ag->from.y == 0 || ag->to.y == 0 || (months = calc_line_pay_months(ag, b, l)) == 0 ||
	    !base_years(ag, b, &first, &last))
		return false;
	for (ay = first; ay <= last; ay++)
		for (m = 1; m <= 12; m++)
			if ((months & 1u << m) && pay_day(ag, ay, m, &day))
				return false;
	return true;
}

/* The months a line counts on: none for a line never paid in the period
 * (it counts by days in its own year). */
static unsigned
line_months(const struct agreement *ag, const struct budget *b, const struct budget_line *l)
{
	return calc_line_unpaid(ag, b, l) ? 0 : calc_line_pay_months(ag, b, l);
}

/* A line paid in months: its part of agreement year ay's amount for each
 * payment day that falls in calendar year 'year', at the adjustment's
 * factor on that day; the months paid noted in ya. */
static double
paid_part(const struct agreement *ag, const struct adjustment *a, int ay, int year,
    unsigned months, long long amount, long base_start, struct year_amount *ya)
{
	double sum = 0;
	int m, n = __builtin_popcount(months);
	long day;

	for (m = 1; m <= 12; m++) {
		if (!(months & 1u << m) || !pay_day(ag, ay, m, &day) ||
		    day < date_days((struct date){ year, 1, 1 }) ||
		    day > date_days((struct date){ year, 12, 31 }))
			continue;
		sum += (double)amount / n * calc_factor_on(a, day, base_start);
		ya->paid_months |= 1u << m;
		if (a != NULL) {
			struct calc_group g = { a, day, day, amount };

			note_adjustment(ya, &g, base_start);
		}
	}
	return sum;
}

/* Whether an adjustment of the agreement starts on or before day last:
 * then help in kind that none applies to is worth a word. */
static bool
adjust_started(const struct agreement *ag, const struct party *p, long last)
{
	const struct adjustment *a;
	const struct budget *b;

	/* an adjustment for another party is no reason this party's help
	 * stays as written */
	for (a = &ag->adjustment; a != NULL; a = a->next)
		if (a->kind != ADJ_NONE && date_days(a->from) <= last &&
		    (a->party_id == NULL || a->party == p))
			return true;
	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && b->adjustment != NULL &&
		    date_days(b->adjustment->from) <= last)
			return true;
	return false;
}

/* The value of one index on a date: a definitive one before a
 * preliminary one.  index NULL: any value (an index of its own). */
static const struct index_value *
value_on(const struct adjustment *a, const char *index, struct date d)
{
	const struct index_value *v, *prelim = NULL;

	for (v = a->values; v != NULL; v = v->next) {
		if (date_compare(v->from, d) != 0)
			continue;
		if (index != NULL && (v->index == NULL || strcmp(v->index, index) != 0))
			continue;
		if (!v->preliminary)
			return v;
		if (prelim == NULL)
			prelim = v;
	}
	return prelim;
}

const struct index_value *
adjust_value_on(const struct adjustment *a, const char *index, struct date d)
{
	return value_on(a, index, d);
}

bool
adjust_step(const struct adjustment *a, struct date d, double *percent, bool *preliminary)
{
	const struct index_component *c;
	const struct index_value *v;

	*percent = 0;
	*preliminary = false;
	if (a->components == NULL) {
		if ((v = value_on(a, NULL, d)) == NULL)
			return false;
		*percent = v->percent;
		*preliminary = v->preliminary;
		return true;
	}
	/* every component's value, or no step at all: never guessed */
	for (c = a->components; c != NULL; c = c->next) {
		if ((v = value_on(a, c->index, d)) == NULL)
			return false;
		*percent += c->weight * v->percent / 100.0;
		*preliminary |= v->preliminary;
	}
	return true;
}

bool
adjust_first_of_date(const struct adjustment *a, const struct index_value *v)
{
	const struct index_value *w;

	for (w = a->values; w != v; w = w->next)
		if (date_compare(w->from, v->from) == 0)
			return false;
	return true;
}

bool
adjust_step_counts(const struct adjustment *a, const struct index_value *v, long base_start,
    long last)
{
	long step = date_days(v->from);

	return step > base_start && step <= last && date_days(a->from) <= step;
}

/* The factor the adjustment gives on day d (days since 1970). */
static double
factor_on(const struct adjustment *a, long day, long base_start)
{
	const struct index_value *v;
	double f = 1, pct;
	bool prelim;
	int k;

	if (a == NULL)
		return 1;
	if (a->kind == ADJ_PERCENT && a->has_percent && a->from.y != 0) {
		/* every yearly step up to the day, however many years */
		for (k = 0; ; k++) {
			long step = date_days(date_add_years(a->from, k));

			if (step > day)
				break;
			if (step > base_start)
				f *= 1 + a->percent / 100.0;
		}
	} else if (a->kind == ADJ_INDEX) {
		for (v = a->values; v != NULL; v = v->next)
			if (adjust_first_of_date(a, v) && adjust_step_counts(a, v, base_start, day) &&
			    adjust_step(a, v->from, &pct, &prelim))
				f *= 1 + pct / 100.0;
	}
	return f;
}

/* The first day after day on which the factor may change; LONG_MAX when
 * none does. */
static long
next_step(const struct adjustment *a, long day)
{
	const struct index_value *v;
	long next = LONG_MAX;
	int k;

	if (a == NULL)
		return next;
	if (a->kind == ADJ_PERCENT && a->has_percent && a->from.y != 0) {
		for (k = 0; ; k++) {
			long step = date_days(date_add_years(a->from, k));

			if (step > day)
				return step;
		}
	} else if (a->kind == ADJ_INDEX) {
		for (v = a->values; v != NULL; v = v->next) {
			long step = date_days(v->from);

			if (step > day && step < next)
				next = step;
		}
	}
	return next;
}

/* The day factors added up over first..last, one run of equal factors
 * at a time (the factor changes only on a step's day). */
static double
factor_sum(const struct adjustment *a, long first, long last, long base_start)
{
	double sum = 0, run_factor = 0;
	long day, run_days = 0;

	for (day = first; day <= last; ) {
		double f = factor_on(a, day, base_start);
		long next = next_step(a, day), run_end = next <= last ? next - 1 : last;

		if (run_days > 0 && f != run_factor) {
			sum += run_factor * (double)run_days;
			run_days = 0;
		}
		run_factor = f;
		run_days += run_end - day + 1;
		day = run_end + 1;
	}
	return sum + run_factor * (double)run_days;
}

/* An index is applied yearly from its start date: every such date after
 * base_start up to last needs a whole step within the year after it. */
static bool
index_missing(const struct adjustment *a, long base_start, long last)
{
	const struct index_value *v;
	double pct;
	bool prelim;
	int k;

	if (a == NULL || a->kind != ADJ_INDEX || a->from.y == 0)
		return false;
	for (k = 0; ; k++) {
		struct date step = date_add_years(a->from, k);
		long sd = date_days(step), next = date_days(date_add_years(step, 1));
		bool found = false;

		if (sd > last)
			return false;
		if (sd <= base_start)
			continue;
		for (v = a->values; v != NULL; v = v->next)
			found |= date_days(v->from) >= sd && date_days(v->from) < next &&
			    adjust_step(a, v->from, &pct, &prelim);
		if (!found)
			return true;
	}
}

/* Notes which adjustment counted, for the report's remark. */
static void
note_adjustment(struct year_amount *ya, const struct calc_group *g, long base_start)
{
	struct year_adjust *ja = NULL;
	size_t i;

	if (g->adj == NULL)
		return;
	for (i = 0; i < ya->nadj; i++)
		if (ya->adj[i].adj == g->adj)
			ja = &ya->adj[i];
	if (ja == NULL) {
		if (ya->nadj == CALC_MAX_ADJ)
			return;
		ja = &ya->adj[ya->nadj++];
		ja->adj = g->adj;
		ja->base_start = base_start;
	}
	if (g->last > ja->last)
		ja->last = g->last;
	ja->adjusted |= factor_on(g->adj, g->last, base_start) != 1;
	ja->index_missing |= index_missing(g->adj, base_start, g->last);
	ya->adjusted |= ja->adjusted;
	ya->index_missing |= ja->index_missing;
}

/* Adds the line to the group of its adjustment and days. */
static bool
group_add(struct calc_group *groups, size_t *n, const struct adjustment *a, long first,
    long last, long long amount)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (groups[i].adj == a && groups[i].first == first && groups[i].last == last) {
			groups[i].base += amount;
			return true;
		}
	if (*n == CALC_GROUPS)
		return false;
	groups[*n] = (struct calc_group){ a, first, last, amount };
	(*n)++;
	return true;
}

/* The base year of agreement year ay: the party's latest budget year at
 * or before it (a budget without year holds from the period's first
 * agreement year); -1 when none. */
static int
base_year_of(const struct agreement *ag, const struct party *p, int ay)
{
	const struct budget *b;
	int best = -1, first = calc_agreement_year(ag, ag->from);

	for (b = ag->budgets; b != NULL; b = b->next) {
		int y = b->year != 0 ? b->year : first;

		if (b->party == p && y <= ay && y > best)
			best = y;
	}
	return best;
}

/* Adds a run of months to the remark's list: the same months as an entry
 * add its monthly amount; the same amount in the months just after an
 * entry's (one budget over two agreement years) extends it. */
static void
note_months(struct year_amount *ya, const struct year_month *span, bool count_amount)
{
	size_t i;

	if (span->n == 0)
		return;
	for (i = 0; i < ya->nmonth; i++) {
		struct year_month *m = &ya->month[i];

		if (m->first == span->first && m->last == span->last &&
		    m->months == span->months) {
			size_t k;

			m->monthly += count_amount ? span->monthly : 0;
			/* added up: one factor run by run, or not known */
			m->steps_mixed |= span->steps_mixed || (count_amount &&
			    m->nstep != span->nstep);
			for (k = 0; count_amount && k < m->nstep && k < span->nstep; k++)
				m->steps_mixed |= m->step[k].factor != span->step[k].factor;
			return;
		}
		if (m->monthly == span->monthly && m->last + 1 == span->first) {
			size_t k;

			m->months += span->months;
			m->n += span->n;
			m->last = span->last;
			m->steps_mixed |= span->steps_mixed;
			for (k = 0; k < span->nstep; k++)
				calc_month_step(m, span->step[k].n, span->step[k].months,
				    span->step[k].factor);
			return;
		}
	}
	if (ya->nmonth < CALC_MAX_MONTHLY)
		ya->month[ya->nmonth++] = *span;
}

/* A monthly budget's part of agreement year ay in calendar year 'year':
 * each month whose first covered day falls in [lo, hi], at its
 * adjustment's factor on that day (calc_month.c). */
static void
add_monthly(const struct agreement *ag, const struct budget *b, int year, long lo, long hi,
    long base_start, struct year_amount *ya, double *sum)
{
	long long monthly = budget_valued(b) ? budget_total(b) : 0;
	struct year_month span;
	double part;
	/* a budget without year holds in both agreement years of a split
	 * calendar year: its amount is counted once */
	bool first_time = b->year != 0 || ya->nparts == 1;

	ya->valued |= budget_valued(b);
	if (first_time)
		ya->monthly += monthly;
	calc_month_part(ag, b, year, lo, hi, base_start, monthly, &span, &part);
	note_months(ya, &span, first_time);
	*sum += part;
}

double
calc_factor_on(const struct adjustment *a, long day, long base_start)
{
	return a == NULL ? 1 : factor_on(a, day, base_start);
}

/* Agreement year ay's share of calendar year 'year', added to *sum. */
static void
add_agreement_year(const struct agreement *ag, const struct party *p, int year, int ay,
    struct year_amount *ya, double *sum)
{
	struct calc_group groups[CALC_GROUPS];
	const struct budget *b;
	const struct budget_line *l;
	struct date jan1 = { year, 1, 1 }, dec31 = { year, 12, 31 };
	long a0 = date_days(calc_year_start(ag, ay)), a1 = date_days(calc_year_start(ag, ay + 1)) - 1;
	long c0 = date_days(ag->from), c1 = date_days(ag->to), y0 = date_days(jan1);
	long y1 = date_days(dec31), base_start;
	size_t n = 0, i;
	int best = base_year_of(ag, p, ay), first_ay = calc_agreement_year(ag, ag->from);
	bool partial, paid_all, flat = true;
	struct year_part *part;

	if (a1 < c0 || a0 > c1 || best == -1 || ya->nparts == 2)
		return;
	c0 = c0 > a0 ? c0 : a0;
	c1 = c1 < a1 ? c1 : a1;
	/* part of the agreement year the period leaves out, in this
	 * calendar year: only then does proration change anything here */
	partial = c0 > (a0 > y0 ? a0 : y0) || c1 < (a1 < y1 ? a1 : y1);
	base_start = date_days(calc_year_start(ag, best));
	part = &ya->part[ya->nparts++];
	part->agreement_year = ay;
	part->base_year = best;
	part->first = a0 > y0 ? a0 : y0;
	part->last = a1 < y1 ? a1 : y1;
	part->days = a1 - a0 + 1;
	part->counted_first = c0 > y0 ? c0 : y0;
	part->counted_last = c1 < y1 ? c1 : y1;
	part->year_known = true;
	for (b = ag->budgets; b != NULL; b = b->next) {
		/* prorate="yes" or "no" written on the budget or the economy
		 * is the agreement's word; not written, a budget of this very
		 * calendar year without per="year" is its figure for the part
		 * covered, any other amount counts by the days covered as the
		 * förvaltning's calculation (r5 item 2) */
		bool stated = b->has_prorate || ag->has_prorate || ag->prorate;
		bool own = b->year == year && !b->per_stated && !calc_agreement_years(ag);
		bool prorate = stated ? (b->has_prorate ? b->prorate : ag->prorate) : !own;
		long first = partial && prorate ? c0 : a0, last = partial && prorate ? c1 : a1;

		if (b->party == p && b->per == PER_MONTH && (b->year == 0 || b->year == best))
			add_monthly(ag, b, year, a0 > y0 ? a0 : y0, a1 < y1 ? a1 : y1, base_start, ya, sum);
		if (b->party != p || b->per == PER_MONTH || (b->year != 0 ? b->year : first_ay) != best)
			continue;
		/* what the lines back, never a stated total they do not add up
		 * to (the remark gives that beside it; review r9), nor help not
		 * valued */
		part->base += budget_valued(b) ? budget_total(b) : 0;
		ya->valued |= budget_valued(b);
		ya->partial |= partial;
		/* lines paid in known months count on their payment days,
		 * whatever part of the year the period covers */
		paid_all = budget_valued(b);
		for (l = b->lines; l != NULL; l = l->next) {
			unsigned months = line_months(ag, b, l);
			long long amount = l->amount;

			if (!line_has_figure(l))
				continue;
			if (months == 0) {
				paid_all = false;
				continue;
			}
			ya->paid_base += amount;
			part->paid_base += amount;
			ya->pay_months |= months;
			ya->pay_recurring |= !line_paid_once(ag, l);
			{
				/* the part's own months too: the remark names
				 * each agreement year's payments (Malmö 2027:
				 * February's of 2026/27, September's of 2027/28) */
				unsigned before = ya->paid_months;
				double paid;

				ya->paid_months = 0;
				paid = paid_part(ag, adjust_for_line(ag, b, l), ay, year, months, amount,
				    base_start, ya);
				part->paid_months |= ya->paid_months;
				ya->paid_months |= before;
				*sum += paid;
				ya->paid_counted += paid;
				part->paid_counted += paid;
			}
		}
		if (paid_all)
			continue;
		first = first > y0 ? first : y0;
		last = last < y1 ? last : y1;
		if (first > last)
			continue;
		if (partial && prorate) {
			ya->prorated = true;
			ya->prorated_base += budget_valued(b) ? budget_total(b) : 0;
			part->prorated = true;
			part->prorated_base += budget_valued(b) ? budget_total(b) : 0;
			if (!stated && budget_valued(b)) {
				ya->days_assumed = true;
				part->assumed = true;
			}
		} else if (budget_valued(b)) {
			part->whole = true;
		}
		/* a budget of this very calendar year, without per="year", is
		 * the agreement's own figure for the part it covers */
		if (partial && !prorate && budget_valued(b) && !own) {
			ya->annual_for_part = true;
			/* 2024 counting 184 days of 2024/25 that the period
			 * covers 303 days of counts nothing twice */
			ya->beyond_cover |= part->last - part->first > c1 - c0;
		}
		for (l = b->lines; l != NULL; l = l->next) {
			const struct adjustment *a = adjust_for_line(ag, b, l);

			if (!line_has_figure(l) || line_months(ag, b, l) != 0)
				continue;
			if (a == NULL && line_in_kind(b, l) && adjust_started(ag, p, last))
				ya->in_kind_not_adjusted = true;
			/* more groups than fit: the line weighed on its own */
			if (!group_add(groups, &n, a, first, last, l->amount)) {
				part->by_days += (double)l->amount *
				    factor_sum(a, first, last, base_start) / (double)part->days;
				flat = false;
				part->year_known = false;
			}
		}
	}
	for (i = 0; i < n; i++) {
		part->by_days += (double)groups[i].base * factor_sum(groups[i].adj,
		    groups[i].first, groups[i].last, base_start) / (double)part->days;
		note_adjustment(ya, &groups[i], base_start);
		if (next_step(groups[i].adj, groups[i].first) > groups[i].last)
			part->year_value += (double)groups[i].base *
			    calc_factor_on(groups[i].adj, groups[i].first, base_start);
		else
			part->year_known = false;
		/* no step inside and none before: the base as written */
		if (next_step(groups[i].adj, groups[i].first) > groups[i].last &&
		    calc_factor_on(groups[i].adj, groups[i].first, base_start) == 1)
			part->flat_base += groups[i].base;
		else
			flat = false;
	}
	if (!flat)
		part->flat_base = -1;
	ya->base = part->base;
	ya->base_year = best;
}

static enum calc_result	party_year(const struct agreement *, const struct party *, int,
			    struct year_amount *, bool);

/* Whether the period covers the part's days of the calendar year whole. */
static bool
part_covered(const struct year_part *pt)
{
	return pt->counted_first == pt->first && pt->counted_last == pt->last;
}

/* The whole kronor of each part's lines counted by days.  A yearly
 * amount split by days over calendar years adds up to the agreement
 * year's amount: a part whose agreement year began in the year before
 * takes the rounded amount of both pieces less the first piece's kronor.
 * An unchanged value not uprated, over a calendar year both agreement
 * years cover whole, is the yearly value, even when one of them holds 29
 * February (review s27: Ekby UBN 2027, 360 000 kr, not 181/365 + 184/366
 * of it, 359 505 kr).  A part year counts its days over the agreement
 * year's, as every other party's money (review s25): the year after such
 * a whole year takes the rest of the agreement year from the earlier
 * piece counted by days, not from the piece the whole year left (Ekby
 * UBN 2028: 182 of 366 days, 179 016 kr, as the kommun's). */
static bool
round_by_days(const struct agreement *ag, const struct party *p, int year,
    struct year_amount *ya)
{
	long y0 = date_days((struct date){ year, 1, 1 });
	struct year_amount prev;
	size_t k, j;

	/* the year before, once: only a part whose agreement year began
	 * then looks at it */
	prev.nparts = 0;
	for (k = 0; k < ya->nparts; k++)
		if (date_days(calc_year_start(ag, ya->part[k].agreement_year)) < y0 &&
		    date_days(ag->from) < y0) {
			if (party_year(ag, p, year - 1, &prev, false) != CALC_OK)
				prev.nparts = 0;
			/* a whole year over agreement years of unequal days:
			 * its second piece by its days */
			if (prev.whole_year > 0 && prev.nparts == 2 &&
			    prev.part[0].days != prev.part[1].days &&
			    !money_round(prev.part[1].by_days, &prev.part[1].by_days_kr))
				return false;
			break;
		}
	for (k = 0; k < ya->nparts; k++) {
		struct year_part *pt = &ya->part[k];

		j = prev.nparts;
		if (date_days(calc_year_start(ag, pt->agreement_year)) < y0)
			for (j = 0; j < prev.nparts; j++)
				if (prev.part[j].agreement_year == pt->agreement_year)
					break;
		if (j < prev.nparts) {
			long long own;

			if (!money_round(prev.part[j].by_days + pt->by_days, &pt->by_days_kr) ||
			    !money_round(pt->by_days, &own))
				return false;
			/* more than rounding apart: the remark says why */
			if (pt->by_days_kr - prev.part[j].by_days_kr - own > 1 ||
			    own - (pt->by_days_kr - prev.part[j].by_days_kr) > 1)
				pt->rest_of = pt->by_days_kr;
			pt->by_days_kr -= prev.part[j].by_days_kr;
		} else if (!money_round(pt->by_days, &pt->by_days_kr)) {
			return false;
		}
	}
	if (ya->nparts == 2 && part_covered(&ya->part[0]) && part_covered(&ya->part[1]) &&
	    ya->part[0].flat_base > 0 && ya->part[0].flat_base == ya->part[1].flat_base) {
		ya->part[1].by_days_kr = ya->part[0].flat_base - ya->part[0].by_days_kr;
		ya->whole_year = ya->part[0].flat_base;
	}
	return true;
}

enum calc_result
calc_party_year(const struct agreement *ag, const struct party *p, int year,
    struct year_amount *ya)
{
	return party_year(ag, p, year, ya, true);
}

/* The first payment after year in the period of money counted on its
 * payment days (ya->next_paid). */
static void
next_payment(const struct agreement *ag, const struct party *p, int year,
    struct year_amount *ya)
{
	struct year_amount later;
	int y, m;

	for (y = year + 1; y <= ag->to.y; y++)
		if (party_year(ag, p, y, &later, false) == CALC_OK && later.paid_months != 0) {
			for (m = 1; !(later.paid_months & 1u << m); m++)
				;
			ya->next_paid = (struct date){ y, m, 1 };
			return;
		}
}

static enum calc_result
party_year(const struct agreement *ag, const struct party *p, int year,
    struct year_amount *ya, bool look_ahead)
{
	struct date jan1 = { year, 1, 1 }, dec31 = { year, 12, 31 };
	double sum = 0;
	long long paid, rest;
	int ay;
	size_t k;

	memset(ya, 0, sizeof(*ya));
	if (!calc_covers_year(ag, year))
		return CALC_NONE;
	ya->from = date_compare(ag->from, jan1) > 0 ? ag->from : jan1;
	ya->to = date_compare(ag->to, dec31) < 0 ? ag->to : dec31;
	for (ay = calc_agreement_year(ag, jan1); ay <= calc_agreement_year(ag, dec31); ay++)
		add_agreement_year(ag, p, year, ay, ya, &sum);
	/* No budget for this year or before: nothing to show (a later
	 * year's amount is not this year's). */
	if (ya->nparts == 0)
		return CALC_NONE;
	ya->prorated &= ya->partial;
	ya->days_assumed &= ya->partial;
	if (look_ahead && ya->paid_base != 0 && ya->paid_months == 0)
		next_payment(ag, p, year, ya);
	ya->not_by_days = sum;
	/* the money paid on its days and the monthly money are each a line
	 * of the Ekonomi row in whole kronor: the year is their sum, as an
	 * ekonom adds the posts (review s28, Ekby UBN 2027: 87 394 + 389 416
	 * kr, not 476 809.2 rounded once, 1 kr less than the lines) */
	if (!money_round(ya->paid_counted, &paid) || !money_round(sum - ya->paid_counted, &rest) ||
	    !round_by_days(ag, p, year, ya))
		return CALC_OVERFLOW;
	ya->amount = paid + rest;
	for (k = 0; k < ya->nparts; k++)
		ya->amount += ya->part[k].by_days_kr;
	return CALC_OK;
}
