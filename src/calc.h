/* Figures iopdoc computes from the model: totals and shares.  Computes,
 * never prints.  Any stage after the reader may include this header. */
#ifndef IOPDOC_CALC_H
#define IOPDOC_CALC_H

#include <limits.h>
#include <stdbool.h>

#include "format.h"
#include "model.h"

struct agreement;
struct budget;
struct party;

/* The largest amount of one budget line: the schema's kronor type.  With
 * LIMIT_BUDGET_LINES lines a document's plain sums stay far inside long
 * long (calc.c asserts it); adjusted amounts and sums over many documents
 * do not, and go through money_add and money_round. */
#define MONEY_LINE_MAX	999999999999LL

/* *sum += v.  False, and *sum unchanged, when the sum would pass the
 * range of long long: a figure is reported as too large, never wrapped. */
bool		money_add(long long *sum, long long v);

/* x rounded half up to whole kronor.  False when x is not a number or
 * outside long long (converting it would be undefined). */
bool		money_round(double x, long long *out);

/* Sum of a budget's lines, kr. */
long long	budget_total(const struct budget *);

/* Whether a line counts in sums: not valued="no", and a line priced per
 * unit has an amount or an estimate (its amount is then the estimate). */
bool		line_has_figure(const struct budget_line *);

/* Whether any line of the budget has a value (line_has_figure). */
bool		budget_valued(const struct budget *);

/* The year a summary of all budgets speaks of when none is named: the
 * earliest year any budget names, or 0 when none names one. */
int		calc_summary_year(const struct agreement *);
/* The year <stated-total> is checked against: for per="year", the first
 * budget year the period covers in full, or whose budgets are all
 * written per="year" (a full year's amounts); else the summary year.
 * False when no budget year qualifies: the total is not checked. */
bool		calc_stated_total_year(const struct agreement *, int *year);

/* calc_stated_scope.c: <stated-total of="all|public|money">.  A party's part of the stated total for a year (*has:
 * the party has a figure in it, never 0 kr for help without a value);
 * all parties' parts added up. */
long long	calc_stated_scope_party(const struct agreement *, const struct party *,
		    int year, bool *has);
long long	calc_stated_scope_total(const struct agreement *, int year);

/* A party's total for a year: its budgets for that year plus those that
 * hold for every year (year 0).  *has says whether any budget counted. */
long long	party_total(const struct agreement *, const struct party *,
		    int year, bool *has);
/* The same sum with each budget counted by each (budget_total, or
 * stated.c's stated_budget_total). */
long long	party_sum(const struct agreement *, const struct party *, int year,
		    bool *has, long long (*each)(const struct budget *));

/* Whether a budget that party_total counts has a valued line: a party
 * that lists only help without a value has no figure (never 0 kr). */
bool		party_valued(const struct agreement *, const struct party *, int year);

/* All parties' totals for a year, kr. */
long long	agreement_total(const struct agreement *, int year);

/* A party's amount for one calendar year, as the yearly report shows it. */
#define CALC_MAX_ADJ	16
#define CALC_MAX_MONTHLY	8

struct year_amount {
	long long	 amount;	/* kr for the year, rounded half up */
	long long	 base;		/* kr a year before adjustment */
	int		 base_year;	/* the year the base amount is for */
	bool		 adjusted;	/* an adjustment changed the amount */
	bool		 index_missing;	/* an index applies, but no value is given */
	bool		 partial;	/* the agreement covers part of the year */
	bool		 prorated;	/* ... and the amount is prorated by days */
	bool		 days_assumed;	/* ... where the agreement does not say
					 * how a part year counts: the
					 * förvaltning's calculation */
	bool		 annual_for_part;	/* ... and a yearly amount counts
					 * whole: a budget without year or of
					 * an earlier year, not prorated */
	bool		 beyond_cover;	/* ... counting more days of its
					 * (agreement) year than the period
					 * covers of it: the years added up
					 * would count more than the period.
					 * An agreement year split over two
					 * calendar years is not: each takes
					 * its own days, the amount once */
	struct date	 from, to;	/* the part of the year covered */
	bool		 valued;	/* a base line has a value: without, the
					 * party lists help valued="no" only and
					 * amount is no figure */
	/* calc_adjust.c: each adjustment that counted */
	struct year_adjust {
		const struct adjustment	*adj;
		long		 base_start, last;	/* steps in (base_start, last] */
		bool		 adjusted, index_missing;
	}		 adj[CALC_MAX_ADJ];
	size_t		 nadj;
	/* the calendar year's part in each agreement year (one part when
	 * budget years are calendar years) */
	struct year_part {
		int		 agreement_year, base_year;
		long		 first, last;	/* days of the calendar year in it */
		long		 days;		/* days of the agreement year */
		long long	 base;
		/* prorated budgets count the days the period covers, fewer
		 * than first..last when it starts or ends inside the part */
		bool		 prorated;	/* a budget here counted them */
		bool		 assumed;	/* ... not written: by days, the
						 * förvaltning's calculation */
		bool		 whole;		/* a valued budget here counted
						 * first..last, not prorated */
		long		 counted_first, counted_last;
		long long	 prorated_base;	/* its prorated budgets' base */
		long long	 paid_base;	/* its lines counted on payment days */
		double		 paid_counted;	/* ... what they add this year,
						 * uprated, unrounded */
		unsigned	 paid_months;	/* ... their months paid this year */
		/* its lines counted by days: their value, unrounded, and
		 * the whole kronor it counts (the last piece of an
		 * agreement year is its amount less the pieces before) */
		double		 by_days;
		long long	 by_days_kr;
		long long	 flat_base;	/* their base, when no step
						 * changes it here; else -1 */
		long long	 rest_of;	/* the rest of this agreement
						 * year's amount, when the kronor
						 * are not its days' (a year before
						 * took a whole year's); else 0 */
		/* the agreement year's value of its lines counted by days,
		 * uprated, unrounded, when one factor holds over each line's
		 * days here (by_days is then its days' share): the remark
		 * prints it beside the share; year_known false: steps inside */
		double		 year_value;
		bool		 year_known;
	}		 part[2];
	size_t		 nparts;
	long long	 whole_year;	/* both parts' one yearly value, not
					 * uprated, counted as a whole year
					 * (a leap day or not), not by days;
					 * else 0 */
	long long	 prorated_base;	/* of the base, in prorated budgets, of
					 * both parts: see part[].prorated_base */
	/* money counted on its payment dates (calc_line_pay_months): each
	 * (agreement) year's amount in the calendar year it is paid in */
	long long	 paid_base;	/* of the base, the lines counted so */
	double		 paid_counted;	/* of the amount, what they add this
					 * year, uprated, unrounded */
	double		 not_by_days;	/* of the amount, what no part counts
					 * by days (paid and monthly money),
					 * unrounded: rounded once with it */
	unsigned	 pay_months;	/* bit m (1-12): their payment months */
	unsigned	 paid_months;	/* ... those paid this year, in the period */
	bool		 pay_recurring;	/* ... some every year, not once only */
	struct date	 next_paid;	/* none paid this year: the first payment
					 * after it in the period (y 0: none) */
	bool		 in_kind_not_adjusted;	/* help in kind kept as written */
	long long	 monthly;	/* kr a month: the base year's budgets
					 * per="month", in amount, not in base */
	/* the monthly budgets as counted: one entry per run of months, the
	 * budgets over the same months added up (the report's remark) */
	struct year_month {
		long long	 monthly;	/* kr a month */
		double		 months;	/* counted: parts with proration */
		int		 n, first, last;	/* months touched, 1-12 */
		/* runs of months at one uprating factor, in order: the
		 * remark's "6 månader × 31 500 kr + 6 månader × 32 130
		 * kr"; steps_mixed: not known so (budgets of other
		 * factors added up, or more runs than fit) */
		struct month_step {
			int		 n;
			double		 months, factor;
		}		 step[4];
		size_t		 nstep;
		bool		 steps_mixed;
	}		 month[CALC_MAX_MONTHLY];
	size_t		 nmonth;
};

enum calc_result {
	CALC_NONE,		/* the agreement does not cover the year, or the
				 * party has no budget: no amount */
	CALC_OK,		/* *ya is the amount */
	CALC_OVERFLOW,		/* the adjusted amount passes the range of long
				 * long; *ya->amount is not set */
};

/* The base is the party's budgets for the latest year at or before the
 * year (budgets without a year hold from the period's first year).  A
 * percent adjustment steps up by its percent on its start date and every
 * year after; an index steps by each value from that value's date; the
 * year's amount weighs each step by the days it holds.  A year the
 * agreement covers in part is prorated only when the agreement says so.
 * Steps are counted for the whole period, however long. */
enum calc_result	calc_party_year(const struct agreement *, const struct party *,
		    int year, struct year_amount *);

/* calc_adjust.c.  The months (bit m, 1-12) a money line of a budget
 * not prorated is paid in: its payment-months, or else those of the
 * agreement's <payment kind="payout"> (once, yearly, half-yearly or
 * quarterly, with month or months) for a public party's line that says
 * no other rhythm; 0 when not known (the line counts by days). */
unsigned	calc_line_pay_months(const struct agreement *, const struct budget *,
		    const struct budget_line *);

/* calc_adjust.c.  Whether a line paid in months (calc_line_pay_months)
 * has no payment day in the period in any agreement year its budget is
 * the base of (a budget for the period's first part year that the terms
 * pay in January and July, from 1 November): then it counts by the rule
 * by days, in its own year, and is never lost. */
bool		calc_line_unpaid(const struct agreement *, const struct budget *,
		    const struct budget_line *);

/* calc_adjust.c: agreement years (<economy year-start>) and which
 * adjustment applies to a budget line. */
struct date	calc_year_start(const struct agreement *, int year);
int		calc_agreement_year(const struct agreement *, struct date);
bool		calc_agreement_years(const struct agreement *);
bool		adjust_applies(const struct adjustment *, const struct budget *,
		    const struct budget_line *);
const struct adjustment *adjust_for_line(const struct agreement *, const struct budget *,
		    const struct budget_line *);
bool		adjust_any(const struct agreement *);
/* The step of an index adjustment on a date: the value's percent, or the
 * weighted sum of its components'; false when a value is missing. */
/* The value of a mixed index's component index (or of a plain index's,
 * index NULL) that a step on d takes; NULL when none. */
const struct index_value *adjust_value_on(const struct adjustment *, const char *index,
		    struct date);
bool		adjust_step(const struct adjustment *, struct date, double *percent,
		    bool *preliminary);
bool		adjust_first_of_date(const struct adjustment *, const struct index_value *);
bool		adjust_step_counts(const struct adjustment *, const struct index_value *,
		    long base_start, long last);
/* calc_month.c.  The months of a year the period covers: a month covered
 * in part counts whole, or by its days when the budget (NULL: the
 * agreement) prorates; *nmonths: the months touched. */
double		calc_months_in_year(const struct agreement *, const struct budget *, int year,
		    int *nmonths);
/* calc_budget_months.c.  Whether budget year `year` (calendar or
 * agreement year) is a full year's: the period covers it in full, or its
 * yearly budgets all say per="year". */
bool		calc_budget_year_whole(const struct agreement *, int year);
/* Whether the period covers budget year `year` in full. */
bool		calc_budget_year_covered(const struct agreement *, int year);
/* The months a monthly budget counts in budget year `year` (the
 * stated-total check, <budget-summary>): 12 in a full year's, else the
 * months of the (agreement) year the period covers; *nmonths: touched. */
double		calc_budget_months(const struct agreement *, const struct budget *, int year,
		    int *nmonths);
/* A budget's amount (its lines' sum, as given) for a budget year: a
 * monthly budget's times calc_budget_months (year 0: times 12); any other
 * budget's as it is. */
long long	calc_budget_year(const struct agreement *, const struct budget *, int year,
		    long long amount);
/* A monthly budget's part of a year's amount: monthly kr for each month
 * whose first covered day falls in [lo, hi] (days since 1970), at its
 * adjustment's factor on that day; the months counted in *span. */
bool		calc_month_part(const struct agreement *, const struct budget *, int year,
		    long lo, long hi, long base_start, long long monthly,
		    struct year_month *span, double *out);
/* Adds n months (months counted) at factor to span's runs. */
void		calc_month_step(struct year_month *span, int n, double months, double factor);
/* The adjustment's factor (NULL: 1) on a day (days since 1970) over a
 * base year starting on base_start (calc_adjust.c). */
double		calc_factor_on(const struct adjustment *, long day, long base_start);

/* Whether an agreement's period touches a calendar year. */
bool		calc_covers_year(const struct agreement *, int year);

enum goal_status {
	GOAL_MET,		/* uppnått */
	GOAL_NOT_MET,		/* ej uppnått */
	GOAL_NOT_REPORTED,	/* ej rapporterat */
	GOAL_NO_TARGET,		/* rapporterat; målet har inget målvärde */
	GOAL_UNJUDGED,		/* kan inte bedömas: inget utfall året före */
	GOAL_WHOLE_YEAR,	/* a count per year in a year the agreement
				 * covers in part, below the stated target: the
				 * agreement sets it for a whole year only, so it
				 * is not judged (a prorated target is the
				 * förvaltning's, not the agreement's) */
	GOAL_PART_JUDGED,	/* delvis bedömt: the outcome reaches the target,
				 * but the goal holds a condition no outcome
				 * measures (unmeasured="…"): not met as a whole */
	GOAL_ENDED,		/* as GOAL_WHOLE_YEAR, in a year the agreement
				 * ends within: nothing judges it later, so it
				 * cannot be judged (Kan inte bedömas) */
	GOAL_NOT_YET,		/* ej uppnått ännu: a yearly "minst" below target
				 * on an outcome for part of the year */
	/* GOAL_NOT_YET stays last: arrays are indexed by status */
};

/* The status of a goal given its outcome this year and the year before;
 * part_year: the goal is per year and the outcome ends before 31 December. */
enum goal_status	goal_status(enum comparison, bool has_target, long long target,
			    bool has_now, long long now, bool has_before, long long before,
			    bool part_year);

/* calc_goals.c.  The times a goal's value counts in a year: 52 per week,
 * 12 per month, 4 per quarter, else 1. */
int			calc_goal_scale(const struct goal *);
/* The goal's value for a year (value x scale); false without a value. */
bool			calc_goal_year_target(const struct goal *, long long *);
/* An outcome's ratio value / of in percent; false without a (non-zero) of. */
bool			calc_outcome_ratio(const struct outcome *, double *percent);
/* The same in tenths of a percent as printed beside goal g's status
 * (g NULL: none): rounded half up, but never onto or past a share goal's
 * target the exact ratio does not reach (41 of 55 against "minst 75 %"
 * is 74,5 %; 1 499 of 2 000 is 74,9 %, never 75 % beside "ej
 * uppfyllt").  False without a (non-zero) of. */
bool			calc_outcome_percent_tenths(const struct outcome *, const struct goal *g,
			    long long *tenths);
/* A computed share as the report prints it, in tenths: whole percent
 * (rounded half up), as a kommun's report writes it, but the tenths of
 * calc_outcome_percent_tenths where whole percent would put it on the
 * other side of a share goal's target (29,6 % is not "30 %" beside
 * "minst 30 %") or the target has a decimal.  False without a (non-zero)
 * of. */
bool			calc_outcome_percent_shown(const struct outcome *, const struct goal *g,
			    long long *tenths);
/* The status of goal g with its outcome now (NULL: none) and the year
 * before's: ranges (min <= value <= max), shares (the outcome's ratio
 * against percent), scaled counts (a year's target), else goal_status. */
enum goal_status	calc_goal_status(const struct goal *, const struct outcome *now,
			    const struct outcome *before, bool part_year,
			    const long long *part_target);
/* A count goal per year (or per week, month, quarter) in a year the
 * agreement of [ag_from, ag_to] covers only in part: the year's target
 * prorated by the days covered, rounded half up, and the part [*from,
 * *to].  False for a whole year, a percent or range goal, and a goal for
 * a stated year or period (its target is for that time as written). */
bool			calc_goal_part_target(const struct goal *, struct date ag_from,
			    struct date ag_to, int year, long long *target, struct date *from,
			    struct date *to);
/* The status of goal g in a year the agreement of [ag_from, ag_to]
 * covers in part, given its status s against the stated target: a
 * "minst" count for a whole year below its target is not judged against
 * a part of it.  GOAL_WHOLE_YEAR ("Bedöms senare") when the agreement
 * goes on past the year; GOAL_ENDED ("Kan inte bedömas") when it ends
 * within it (before 31 December), as nothing judges it later; else s. */
enum goal_status	calc_goal_part_year_status(const struct goal *, enum goal_status s,
			    struct date ag_from, struct date ag_to, int year);

/* calc_duty.c: the part [*from, *to] of year an agreement of [ag_from,
 * ag_to] covers; true when it is not the whole year. */
bool	calc_duty_part(struct date ag_from, struct date ag_to, int year, struct date *from,
	    struct date *to);
/* The meetings count per per asks for in [from, to] of year (see the
 * file's rule); -1 for per DUTY_PERIOD. */
int	calc_duty_required(enum duty_per per, int count, struct date from, struct date to,
	    int year);
/* The written reports per_year a year asks for of an agreement of
 * [ag_from, ag_to]: per_year for a whole year, else the part's by the
 * file's rule, and at least one, the final report, in the year the
 * agreement ends (*final true when that rule gave it); 0 for per_year
 * 0. */
int	calc_duty_reports(int per_year, struct date ag_from, struct date ag_to, int year,
	    bool *final);

#endif
