/* Meaning checks of agreements and follow-ups: references, dates,
 * organisationsnummer, stated against computed figures, signatures.
 * Reports every problem of a file in one run, on a linked model
 * (agreement_link, corpus_link); it links nothing itself.  Included by
 * run.c, batch_worker.c and plan.c. */
#ifndef IOPDOC_VALIDATE_H
#define IOPDOC_VALIDATE_H

#include <stdbool.h>
#include <stddef.h>

struct agreement;
struct budget;
struct budget_line;
struct corpus;
struct followup;

/* Reports the problems of an agreement and keeps their count in
 * ag->errors (the party logos' in ag->logo_errors).  Returns the number
 * of errors (warnings do not count).  _for_reports leaves out the checks
 * of the logo files, which only the agreement's own PDF prints: what a
 * nämnd report or a follow-up's PDF is made from is checked so, and an
 * agreement whose logo is missing is still in them. */
int	validate_agreement(struct agreement *);
int	validate_agreement_for_reports(struct agreement *);

/* Checks a follow-up against its linked agreement (which must have been
 * checked first) and the delmål of the corpus: dates, periods, gender
 * splits, goals.  Returns the number of errors. */
int	validate_followup(struct followup *, const struct corpus *);

/* validate_goals.c: the follow-up's head (report period), its outcomes'
 * ratios and assessments, against its linked agreement.  Returns the
 * number of errors. */
int	validate_followup_goals(struct followup *, const struct corpus *);
/* The form of a list of goals (ranges, shares); returns the errors. */
struct goal;
int	validate_goal_forms(const char *path, const struct goal *);
/* The agreement's follow-up duties: report deadlines and payment months;
 * returns the errors. */
int	validate_duties(const struct agreement *);

/* Reports (and returns 1) when a valid document earlier in the corpus
 * (valid[k] true, k < i) has the same kind and id as document i: the
 * first keeps the id, the copy is the error. */
/* validate_econ.c: the economy's own checks of an agreement (budget
 * lines without amounts, valued="no"); reports each and returns the
 * number of errors.  Called by validate_agreement before the totals. */
int	validate_econ(struct agreement *);
/* One budget line's amount, valued="no", price and payment rhythm;
 * returns the errors (1 or 0). */
int	validate_econ_line(struct agreement *, const struct budget *,
	    const struct budget_line *);
/* validate_financing.c: contribution budgets name their party; costs
 * budgets and financing tables (their lines, totals, years), double
 * counting, and whether the financing covers the costs; returns the
 * errors.  Called by validate_agreement before the totals. */
int	validate_financing(struct agreement *);
/* validate_columns.c: budgets with several money columns, and a
 * budget's party; reports each and returns the errors. */
int	validate_columns(struct agreement *);
/* validate_adjust.c: the adjustments' checks; returns the errors. */
int	validate_adjust(struct agreement *);

/* validate_terms.c: the cure period of a termination for breach;
 * returns the errors. */
int	validate_terms(const struct agreement *);
/* validate_logo.c: each party logo's file, alt text and height; returns
 * the errors. */
int	validate_logos(const struct agreement *);
/* validate_party_kind.c: kind= on a public party only, and a hint for a
 * region or state body without it; returns the errors. */
int	validate_party_kinds(const struct agreement *);

int	validate_unique_id(const struct corpus *, size_t i, const bool *valid);
/* A warning when agreement i is one an earlier valid agreement is a copy
 * of (corpus_same_agreement), on i's diarienummer, naming the other file
 * and the one a report counts.  Never an error: the report counts it
 * once. */
void	validate_same_agreement(const struct corpus *, size_t i, const bool *valid);
/* A note when agreement i names no responsible nämnd, so is in no
 * yearly report (nor its follow-ups in the corpus), with the element to
 * add (report --all and build). */
void	validate_in_no_report(const struct corpus *, size_t i);

/* validate_report.c: the report file at corpus index idx (INPUT_REPORT)
 * against the agreements of the corpus (valid[k]: agreement k checked
 * clean; NULL: all count) and the report files before it.  Keeps the
 * count in its errors and returns it. */
int	validate_report(const struct corpus *, size_t idx, const bool *valid);
/* The checks of a report file that need no other file (the build's
 * plan reads it alone); the same count kept and returned. */
struct report_info;
int	validate_report_own(struct report_info *);
/* Of validate_report's checks, the report file's date against the
 * follow-ups its report uses (usable as valid there): warnings only, for
 * the build to say when it makes the report. */
void	validate_report_sources(const struct corpus *, const bool *valid,
	    const struct report_info *);
/* The report file of namnd and year in the corpus that usable[] allows;
 * each one there with errors is reported as left out (a warning), none
 * at all is a note when note is set.  NULL: none usable. */
const struct report_info *report_file_for(const struct corpus *, const bool *usable,
	    const char *namnd, int year, bool note);

#endif
