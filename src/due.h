/* iopdoc due: what the agreements say must happen (follow-up meetings,
 * written reports, payments, reviews, notice dates, ends) in a window of
 * days, and what is overdue given the follow-ups on file.  Included by
 * run.c (the command) and the unit tests. */
#ifndef IOPDOC_DUE_H
#define IOPDOC_DUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "format.h"

struct corpus;

/* How far back an unmet meeting or report duty is listed as overdue:
 * deadlines of the last year (days before today). */
#define DUE_LOOKBACK_DAYS	365

/* The date days after d (days may be negative). */
struct date	due_add_days(struct date d, long days);
/* The date months after d (months may be negative), the day kept where
 * the month has it, else the month's last day (31 March - 1 = 28/29 Feb). */
struct date	due_add_months(struct date d, int months);
/* The last day notice can be given for an agreement that ends on to
 * with months of notice: the day before (to + 1 day) - months.  So 3
 * months before 2026-12-31 is 2026-09-30. */
struct date	due_notice_last_day(struct date to, int months);

/* Writes to out, in date order, what the usable agreements of c (usable:
 * per document, read and checked without errors; drafts left out) say
 * must happen from today to today + within days, and the meeting and
 * report duties of the last DUE_LOOKBACK_DAYS not met by the usable
 * follow-ups: the groups "Försenat" and "Inom N dagar", one line each
 * (README, "What is due"); csv: one row each, with a header row, in
 * the CSV Swedish Excel opens (UTF-8 with BOM, semicolons, CRLF).
 * Nothing at all when nothing is due.  Returns the number of items
 * written. */
size_t	due_list(const struct corpus *c, const bool *usable, struct date today, int within,
	    bool csv, FILE *out);

#endif
