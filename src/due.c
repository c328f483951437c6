/* iopdoc due: the dates the agreements set (follow-up meetings, written
 * reports, payments, reviews, notice, ends), the meeting and report
 * duties checked against the follow-ups on file, as a list of lines for
 * staff and the cron mail.  Computes and prints text; no PDF. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build.h"
#include "calc.h"
#include "corpus.h"
#include "due.h"
#include "format.h"
#include "mem.h"
#include "model.h"

/* One line of the list. */
struct item {
	struct date		 date;
	const struct agreement	*ag;
	char			*text;		/* owned */
};

/* The items found, and the window they are kept for. */
struct due {
	const struct corpus	*c;
	const bool		*usable;
	struct date		 today, lookback, until;
	struct item		*items;
	size_t			 n, cap;
};

/* Dates of meetings held or reports handed in printed after the count. */
#define MAX_LISTED	5

/* ---------- dates ---------- */

/* The date of day number n since 1970-01-01 (date_days' inverse; the
 * civil-from-days algorithm of H. Hinnant). */
static struct date
date_of_days(long n)
{
	long z = n + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
	struct date d;

	d.d = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.m = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.y = (int)(yoe + era * 400 + (d.m <= 2));
	return d;
}

struct date
due_add_days(struct date d, long days)
{
	return date_of_days(date_days(d) + days);
}

struct date
due_add_months(struct date d, int months)
{
	int m = d.y * 12 + (d.m - 1) + months;

	d.y = m / 12;
	d.m = m % 12 + 1;
	while (d.d > 28 && !date_exists(d.y, d.m, d.d))
		d.d--;
	return d;
}

struct date
due_notice_last_day(struct date to, int months)
{
	return due_add_days(due_add_months(due_add_days(to, 1), -months), -1);
}

static struct date
later(struct date a, struct date b)
{
	return date_compare(a, b) > 0 ? a : b;
}

static struct date
earlier(struct date a, struct date b)
{
	return date_compare(a, b) < 0 ? a : b;
}

/* The last day of month m of year y. */
static struct date
month_end(int y, int m)
{
	struct date d = { y, m, 31 };

	while (!date_exists(d.y, d.m, d.d))
		d.d--;
	return d;
}

static const char *
iso(struct date d, char *s)
{
	date_format_iso(d, s, 16);
	return s;
}

/* ---------- the list ---------- */

static bool
in_window(const struct due *du, struct date d)
{
	return date_compare(d, du->lookback) >= 0 && date_compare(d, du->until) <= 0;
}

/* Adds an item (text taken over) when its date is in the window, and
 * for a date before today only when overdue says it is a duty not met. */
static void
add(struct due *du, const struct agreement *ag, struct date d, bool duty, char *text)
{
	size_t i;

	if (!in_window(du, d) || (!duty && date_compare(d, du->today) < 0)) {
		free(text);
		return;
	}
	/* the same date and words from two budget lines: once */
	for (i = 0; i < du->n; i++)
		if (du->items[i].ag == ag && date_compare(du->items[i].date, d) == 0 &&
		    strcmp(du->items[i].text, text) == 0) {
			free(text);
			return;
		}
	xgrow((void **)&du->items, &du->cap, du->n + 1, sizeof(*du->items));
	du->items[du->n++] = (struct item){ d, ag, text };
}

static void
addf(struct due *du, const struct agreement *ag, struct date d, bool duty, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static void
addf(struct due *du, const struct agreement *ag, struct date d, bool duty, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int len;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	s = xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(s, (size_t)len + 1, fmt, ap);
	va_end(ap);
	add(du, ag, d, duty, s);
}

/* The usable follow-ups of an agreement, in corpus order, as of today:
 * one dated later has not happened yet (a look ahead with --today). */
static bool
next_followup(const struct due *du, const struct agreement *ag, size_t *i,
    const struct followup **out)
{
	for (; *i < du->c->n; (*i)++) {
		const struct input *in = &du->c->docs[*i];

		if (du->usable[*i] && in->type == INPUT_FOLLOWUP && in->followup->agreement == ag &&
		    (in->followup->date.y == 0 || date_compare(in->followup->date, du->today) <= 0)) {
			*out = in->followup;
			(*i)++;
			return true;
		}
	}
	return false;
}

/* ---------- meetings ---------- */

/* A count with its dates: "ingen har lämnats" / "inget har hållits"
 * for none, else "1 har lämnats (2026-02-10)", "2 har hållits
 * (2026-01-10, 2026-03-04)". */
static void
dated_count(struct buf *b, const struct date *dates, size_t n, const char *none,
    const char *done)
{
	char s[16];
	size_t i;

	if (n == 0) {
		buf_adds(b, none);
		return;
	}
	buf_printf(b, "%zu %s (", n, done);
	for (i = 0; i < n && i < MAX_LISTED; i++)
		buf_printf(b, "%s%s", i > 0 ? ", " : "", iso(dates[i], s));
	buf_adds(b, i < n ? ", …)" : ")");
}

static void
report_held(struct buf *b, const struct date *dates, size_t n)
{
	dated_count(b, dates, n, "ingen har lämnats", "har lämnats");
}

static void
held_words(struct buf *b, const struct date *dates, size_t n)
{
	dated_count(b, dates, n, "inget har hållits", "har hållits");
}

/* The words of a duty's period starting in month m of year y, as they
 * follow "kräver 2 möten": "under 2026", "under första halvåret 2026",
 * "under kvartal 2 2026", "i mars 2026", "under avtalsperioden". */
static void
period_words(struct buf *b, enum duty_per per, int y, int m)
{
	switch (per) {
	case DUTY_YEAR:
		buf_printf(b, "under %d", y);
		break;
	case DUTY_HALF_YEAR:
		buf_printf(b, "under %s halvåret %d", m == 1 ? "första" : "andra", y);
		break;
	case DUTY_QUARTER:
		buf_printf(b, "under kvartal %d %d", (m + 2) / 3, y);
		break;
	case DUTY_WEEK:
	case DUTY_MONTH:
		buf_printf(b, "i %s %d", month_name(m), y);
		break;
	case DUTY_PERIOD:
		buf_adds(b, "under avtalsperioden");
		break;
	}
}

/* One meeting duty over [pf, pt], a part of a period of per starting in
 * month m of year y: listed at pt when fewer than required were held. */
static void
meeting_period(struct due *du, const struct agreement *ag, const char *kind, bool any_meeting,
    enum duty_per per, int count, int y, int m, struct date pf, struct date pt, bool part)
{
	struct date dates[MAX_LISTED];
	const struct followup *f;
	struct buf b = { NULL, 0, 0 };
	size_t i = 0, held = 0;
	int required;
	char s1[16], s2[16];

	if (per == DUTY_PERIOD)
		required = count;
	else
		required = calc_duty_required(per, count, pf, pt, y);
	if (required <= 0 || !in_window(du, pt))
		return;
	while (next_followup(du, ag, &i, &f))
		if ((any_meeting ? followup_is_meeting(f) : report_followup_is_kind(f, kind)) &&
		    date_compare(f->date, pf) >= 0 && date_compare(f->date, pt) <= 0) {
			if (held < MAX_LISTED)
				dates[held] = f->date;
			held++;
		}
	if (held >= (size_t)required)
		return;
	buf_printf(&b, "överenskommelsen kräver %d %s (%s) ", required,
	    required == 1 ? "möte" : "möten", kind);
	period_words(&b, per, y, m);
	if (per == DUTY_WEEK)
		buf_printf(&b, " (%d per vecka)", count);
	if (part)
		buf_printf(&b, " (den gäller %s – %s)", iso(pf, s1), iso(pt, s2));
	buf_adds(&b, "; ");
	held_words(&b, dates, held);
	add(du, ag, pt, true, b.data);
}

/* The periods of a meeting duty that end in the window, each checked. */
static void
meeting_duty(struct due *du, const struct agreement *ag, const char *kind, bool any_meeting,
    enum duty_per per, int count)
{
	static const int months_each[] = {
		[DUTY_WEEK] = 1, [DUTY_MONTH] = 1, [DUTY_QUARTER] = 3, [DUTY_HALF_YEAR] = 6,
		[DUTY_YEAR] = 12, [DUTY_PERIOD] = 0,
	};
	int y, m, step = months_each[per];

	if (per == DUTY_PERIOD) {
		meeting_period(du, ag, kind, any_meeting, per, count, ag->to.y, 1, ag->from, ag->to,
		    false);
		return;
	}
	for (y = later(ag->from, du->lookback).y; y <= earlier(ag->to, du->until).y; y++)
		for (m = 1; m <= 12; m += step) {
			struct date a = { y, m, 1 }, b = month_end(y, m + step - 1);
			struct date pf = later(a, ag->from), pt = earlier(b, ag->to);

			if (date_compare(pf, pt) > 0)
				continue;
			meeting_period(du, ag, kind, any_meeting, per, count, y, m, pf, pt,
			    date_compare(pf, a) != 0 || date_compare(pt, b) != 0);
		}
}

static void
meetings(struct due *du, const struct agreement *ag)
{
	const struct duty_meeting *m;

	if (ag->followup.meetings != NULL) {
		for (m = ag->followup.meetings; m != NULL; m = m->next)
			meeting_duty(du, ag, m->kind, false, m->per, m->count);
	} else if (ag->followup.meetings_per_year > 0)
		meeting_duty(du, ag, ag->followup.meeting_kind != NULL ?
		    ag->followup.meeting_kind : "uppföljningsmöte", true, DUTY_YEAR,
		    ag->followup.meetings_per_year);
}

/* ---------- written reports ---------- */

/* The date a written report is counted by: the end of its <period>,
 * else its date. */
static struct date
report_key(const struct followup *f)
{
	return f->period_to.y != 0 ? f->period_to : f->date;
}

/* The agreement's written reports (verksamhetsrapporter), by key date. */
static size_t
written_reports(const struct due *du, const struct agreement *ag, const struct followup ***out)
{
	const struct followup *f, **r = NULL, *t;
	size_t i = 0, n = 0, cap = 0, k, j;

	while (next_followup(du, ag, &i, &f))
		if (!followup_is_meeting(f)) {
			xgrow((void **)&r, &cap, n + 1, sizeof(*r));
			r[n++] = f;
		}
	for (k = 1; k < n; k++)
		for (j = k; j > 0 && date_compare(report_key(r[j - 1]), report_key(r[j])) > 0; j--)
			t = r[j], r[j] = r[j - 1], r[j - 1] = t;
	*out = r;
	return n;
}

/* A deadline of <report-due>, and the reporting time it closes: (prev, date]. */
struct deadline {
	struct date	 date, prev;
	bool		 yearly;
};

static int
deadline_compare(const void *pa, const void *pb)
{
	return date_compare(((const struct deadline *)pa)->date, ((const struct deadline *)pb)->date);
}

/* The deadlines of the <report-due>s: the yearly ones in every year from
 * the one before the agreement to the one after (29 February as 28 in
 * other years), the one-offs; sorted, each once. */
static size_t
deadlines(const struct agreement *ag, struct deadline **out)
{
	const struct report_due *rd;
	struct deadline *d = NULL;
	size_t n = 0, cap = 0, i, k;
	int y;

	for (rd = ag->followup.report_dues; rd != NULL; rd = rd->next) {
		if (rd->date.y != 0) {
			xgrow((void **)&d, &cap, n + 1, sizeof(*d));
			d[n++] = (struct deadline){ rd->date, { 0, 0, 0 }, false };
			continue;
		}
		if (rd->month < 1 || rd->month > 12 || rd->day < 1)
			continue;
		for (y = ag->from.y - 1; y <= ag->to.y + 1; y++) {
			struct date at = { y, rd->month, rd->day };

			if (!date_exists(y, at.m, at.d))
				at = month_end(y, at.m);
			xgrow((void **)&d, &cap, n + 1, sizeof(*d));
			d[n++] = (struct deadline){ at, { 0, 0, 0 }, true };
		}
	}
	if (n > 0)
		qsort(d, n, sizeof(*d), deadline_compare);
	for (i = k = 0; i < n; i++)
		if (k == 0 || date_compare(d[k - 1].date, d[i].date) != 0)
			d[k++] = d[i];
	*out = d;
	return k;
}

/* Days of [a, b] within [from, to]. */
static long
overlap(struct date a, struct date b, struct date from, struct date to)
{
	long lo = date_days(later(a, from)), hi = date_days(earlier(b, to));

	return hi >= lo ? hi - lo + 1 : 0;
}

/* <report-due>: each deadline whose reporting time (since the deadline
 * before; a year for the first yearly one, the agreement's start for a
 * first one-off) lies at least half in the agreement's period is met by
 * a written report: one with a <period> ending in that time, else, in
 * date order, one written after the time began that no earlier deadline
 * took. */
static void
report_deadlines(struct due *du, const struct agreement *ag)
{
	struct deadline *d;
	const struct followup **r;
	size_t nd = deadlines(ag, &d), nr = written_reports(du, ag, &r), i, k, yearly = 0;
	bool *used = xcalloc(nr + 1, sizeof(bool));
	const struct report_due *rd;
	char s1[16], s2[16];

	for (rd = ag->followup.report_dues; rd != NULL; rd = rd->next)
		yearly += rd->date.y == 0;
	for (i = 0; i < nd; i++) {
		struct date from, start = due_add_days(ag->from, -1);
		long len;
		bool met = false;

		if (i > 0)
			d[i].prev = d[i - 1].date;
		else
			d[i].prev = d[i].yearly ? date_add_years(d[i].date, -1) : start;
		from = due_add_days(d[i].prev, 1);
		len = date_days(d[i].date) - date_days(d[i].prev);
		if (d[i].yearly && overlap(from, d[i].date, ag->from, ag->to) * 2 < len)
			continue;	/* mostly outside the agreement */
		for (k = 0; k < nr && !met; k++)
			if (!used[k] && r[k]->period_to.y != 0 &&
			    date_compare(r[k]->period_to, d[i].prev) > 0 &&
			    date_compare(r[k]->period_to, d[i].date) <= 0)
				used[k] = met = true;
		for (k = 0; k < nr && !met; k++)
			if (!used[k] && r[k]->period_to.y == 0 &&
			    date_compare(r[k]->date, d[i].prev) > 0)
				used[k] = met = true;
		if (met)
			continue;
		if (d[i].yearly && yearly == 1)
			/* one a year: named by the year most of its time lies in */
			addf(du, ag, d[i].date, true, "skriftlig rapport för %d ska lämnas",
			    due_add_days(d[i].date, -len / 2).y);
		else
			addf(du, ag, d[i].date, true, "skriftlig rapport för %s – %s ska lämnas",
			    iso(from, s1), iso(d[i].date, s2));
	}
	free(used);
	free(r);
	free(d);
}

/* Reports counted without deadlines: reports-per-year by the end of each
 * year (or of the agreement in its last year), as many as the yearly
 * report asks for in a part year, reports-in-period by
 * reports-by (or the agreement's end). */
static void
report_counts(struct due *du, const struct agreement *ag)
{
	const struct followup **r;
	size_t nr = written_reports(du, ag, &r), k, held;
	struct date dates[MAX_LISTED];
	struct buf b = { NULL, 0, 0 };
	int y, need;

	if (ag->followup.report_dues == NULL && ag->followup.reports_per_year > 0)
		for (y = later(ag->from, du->lookback).y; y <= earlier(ag->to, du->until).y; y++) {
			struct date e = earlier(month_end(y, 12), ag->to);
			bool final;

			/* as the yearly report counts them: in a part year
			 * the parts covered more than half, the final report
			 * in the last year (calc_duty.c) */
			need = calc_duty_reports(ag->followup.reports_per_year, ag->from, ag->to, y,
			    &final);
			if (need <= 0)
				continue;
			for (k = held = 0; k < nr; k++) {
				struct date from = r[k]->period_from.y != 0 ? r[k]->period_from : r[k]->date;

				if (from.y <= y && report_key(r[k]).y >= y) {
					if (held < MAX_LISTED)
						dates[held] = r[k]->date;
					held++;
				}
			}
			if (held >= (size_t)need || !in_window(du, e))
				continue;
			buf_printf(&b, "överenskommelsen kräver %d %s för %d; ", need,
			    need == 1 ? "skriftlig rapport" : "skriftliga rapporter", y);
			report_held(&b, dates, held);
			add(du, ag, e, true, b.data);
			b = (struct buf){ NULL, 0, 0 };
		}
	if (ag->followup.reports_in_period > 0) {
		struct date by = ag->followup.reports_by.y != 0 ? ag->followup.reports_by : ag->to;

		need = ag->followup.reports_in_period;
		for (k = held = 0; k < nr; k++)
			if (date_compare(r[k]->date, ag->from) >= 0) {
				if (held < MAX_LISTED)
					dates[held] = r[k]->date;
				held++;
			}
		if (held < (size_t)need && in_window(du, by)) {
			buf_printf(&b, "överenskommelsen kräver %d %s under avtalsperioden; ", need,
			    need == 1 ? "skriftlig rapport" : "skriftliga rapporter");
			report_held(&b, dates, held);
			add(du, ag, by, true, b.data);
		}
	}
	free(r);
}

/* ---------- payments ---------- */

static const char *const frequency_words[] = {
	[FREQ_ONCE] = "engångsbelopp", [FREQ_YEARLY] = "årsvis",
	[FREQ_HALF_YEARLY] = "halvårsvis", [FREQ_QUARTERLY] = "kvartalsvis",
	[FREQ_MONTHLY] = "månadsvis",
};

static const char *const line_payment_words[] = {
	[LINE_PAY_NONE] = "", [LINE_PAY_ONCE] = "engångsbelopp", [LINE_PAY_YEARLY] = "årsvis",
	[LINE_PAY_HALF_YEARLY] = "halvårsvis", [LINE_PAY_QUARTERLY] = "kvartalsvis",
	[LINE_PAY_MONTHLY] = "månadsvis",
};

/* The first days of the months of the bits (1-12) in the agreement's
 * period (of year only, unless 0), each an item "before month after";
 * once: only the first such month of the period. */
static void
payment_months(struct due *du, const struct agreement *ag, unsigned months, int year, bool once,
    const char *before, const char *after)
{
	struct date first = { ag->from.y, ag->from.m, 1 };
	int y, m;

	for (y = ag->from.y; y <= ag->to.y; y++) {
		if (year != 0 && y != year)
			continue;
		for (m = 1; m <= 12; m++) {
			struct date d = { y, m, 1 };

			if (!(months & (1u << m)) || date_compare(d, first) < 0 ||
			    date_compare(d, ag->to) > 0)
				continue;
			addf(du, ag, d, false, "%s%s%s", before, month_name(m), after);
			if (once)
				return;
		}
	}
}

static void
payment_blocks(struct due *du, const struct agreement *ag, const struct block *b)
{
	for (; b != NULL; b = b->next) {
		const struct payment *p = b->payment;

		if (b->kind == BLOCK_PAYMENT && p != NULL) {
			unsigned months = 0;
			size_t i;

			for (i = 0; i < p->nmonths; i++)
				if (p->months[i] >= 1 && p->months[i] <= 12)
					months |= 1u << p->months[i];
			if (months == 0 && p->month >= 1 && p->month <= 12)
				months = 1u << p->month;
			if (months == 0 && p->frequency == FREQ_MONTHLY)
				months = 0x1ffeu;
			/* without months the dates are not known */
			if (months != 0) {
				struct buf after = { NULL, 0, 0 };

				buf_printf(&after, " (%s)", frequency_words[p->frequency]);
				payment_months(du, ag, months, 0, p->frequency == FREQ_ONCE,
				    p->payout ? "utbetalning i " : "fakturering i ", after.data);
				buf_free(&after);
			}
		}
		payment_blocks(du, ag, b->children);
	}
}

/* Budget lines with payment months (payment-months, or paid monthly). */
static void
payment_lines(struct due *du, const struct agreement *ag)
{
	const struct budget *b;
	const struct budget_line *l;

	for (b = ag->budgets; b != NULL; b = b->next)
		for (l = b->lines; l != NULL; l = l->next) {
			unsigned months = l->econ.payment_months & 0x1ffeu;
			struct buf t = { NULL, 0, 0 };

			if (months == 0 && l->econ.payment == LINE_PAY_MONTHLY)
				months = 0x1ffeu;
			if (months == 0)
				continue;
			buf_printf(&t, ": budgetposten \"%s\"", rich_plain(ag->arena, &l->label));
			if (b->party != NULL)
				buf_printf(&t, " (%s)", b->party->shortname != NULL ?
				    b->party->shortname : b->party->name);
			if (l->econ.payment != LINE_PAY_NONE)
				buf_printf(&t, ", %s", line_payment_words[l->econ.payment]);
			payment_months(du, ag, months, b->year, l->econ.payment == LINE_PAY_ONCE,
			    "betalning i ", t.data);
			buf_free(&t);
		}
}

/* ---------- terms and period ---------- */

static void
terms(struct due *du, const struct agreement *ag)
{
	char s[16];

	if (ag->review_by.y != 0)
		addf(du, ag, ag->review_by, false, "sista dag för översyn av överenskommelsen");
	if (ag->notice_months > 0 && ag->to.y != 0)
		addf(du, ag, due_notice_last_day(ag->to, ag->notice_months), false,
		    "sista dag att säga upp överenskommelsen (%d %s uppsägningstid, den gäller till %s)",
		    ag->notice_months, ag->notice_months == 1 ? "månads" : "månaders", iso(ag->to, s));
	if (ag->to.y != 0)
		addf(du, ag, ag->to, false, "överenskommelsen upphör: sista giltiga dag");
}

/* ---------- the list ---------- */

/* The agreement's name as the report gives it: its effort, else its title. */
static const char *
agreement_name(const struct agreement *ag)
{
	if (ag->effort != NULL)
		return ag->effort;
	return ag->title != NULL ? ag->title : ag->id;
}

static int
item_compare(const void *pa, const void *pb)
{
	const struct item *a = pa, *b = pb;
	int c = date_compare(a->date, b->date);

	if (c == 0)
		c = strcmp(a->ag->id, b->ag->id);
	return c != 0 ? c : strcmp(a->text, b->text);
}

/* "dag", "dagar" */
static const char *
days_word(long n)
{
	return n == 1 ? "dag" : "dagar";
}

/* A CSV field in double quotes, quotes doubled. */
static void
csv_field(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s != '\0'; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

size_t
due_list(const struct corpus *c, const bool *usable, struct date today, int within, bool csv,
    FILE *out)
{
	struct due du;
	size_t i, lines = 0;
	int pass;

	memset(&du, 0, sizeof(du));
	du.c = c;
	du.usable = usable;
	du.today = today;
	du.lookback = due_add_days(today, -DUE_LOOKBACK_DAYS);
	du.until = due_add_days(today, within);
	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;

		if (!usable[i] || c->docs[i].type != INPUT_AGREEMENT || ag->status == STATUS_DRAFT ||
		    ag->from.y == 0 || ag->to.y == 0)
			continue;
		meetings(&du, ag);
		report_deadlines(&du, ag);
		report_counts(&du, ag);
		payment_blocks(&du, ag, ag->text);
		payment_lines(&du, ag);
		terms(&du, ag);
	}
	if (du.n > 0)
		qsort(du.items, du.n, sizeof(*du.items), item_compare);
	/* overdue first, then what comes */
	for (pass = 0; pass < 2; pass++) {
		bool head = false;

		for (i = 0; i < du.n; i++) {
			const struct item *it = &du.items[i];
			long late = date_days(today) - date_days(it->date);
			char s[16];

			if ((pass == 0) != (late > 0))
				continue;
			if (csv) {
				/* UTF-8 with BOM, semicolons: as Swedish Excel opens it */
				if (lines == 0)
					fputs("\xEF\xBB\xBF" "Grupp;Datum;Överenskommelse;Id;Vad;"
					    "Försenad dagar\r\n", out);
				fprintf(out, "%s;%s;", pass == 0 ? "Försenat" : "Kommande", iso(it->date, s));
				csv_field(out, agreement_name(it->ag));
				fputc(';', out);
				csv_field(out, it->ag->id);
				fputc(';', out);
				csv_field(out, it->text);
				if (late > 0)
					fprintf(out, ";%ld\r\n", late);
				else
					fputs(";\r\n", out);
				lines++;
				continue;
			}
			if (!head) {
				if (lines > 0)
					fputc('\n', out);
				if (pass == 0)
					fputs("Försenat\n", out);
				else if (within == 0)
					fputs("I dag\n", out);
				else
					fprintf(out, "Inom %d %s\n", within, days_word(within));
				head = true;
			}
			fprintf(out, "%s  %s (%s)  %s", iso(it->date, s), agreement_name(it->ag),
			    it->ag->id, it->text);
			if (late > 0)
				fprintf(out, "  FÖRSENAD %ld %s", late, days_word(late));
			fputc('\n', out);
			lines++;
		}
	}
	for (i = 0; i < du.n; i++)
		free(du.items[i].text);
	free(du.items);
	return lines;
}
