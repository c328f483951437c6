/* Swedish value formatting and parsing: money, percent, dates, and the
 * Luhn check of organisationsnummer.  Pure functions; any module may
 * include this header. */
#ifndef IOPDOC_FORMAT_H
#define IOPDOC_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

/* U+00A0 NO-BREAK SPACE in UTF-8: digit groups and "kr" never split. */
#define NBSP "\xC2\xA0"

struct date {
	int	y, m, d;	/* 0 in y: no date */
};

/* "1 077 600" with no-break spaces; negative numbers get U+2212. */
void	number_format(long long, char *out, size_t size);
/* A count as Swedish running text writes it: words from one to twelve
 * ("en" or, neuter, "ett" for one: "en överenskommelse", "ett mål"),
 * "inga" for none (before a plural noun), digits grouped from 13 on
 * ("13", "1 840"); negative counts as number_format. */
void	format_count_words(char *out, size_t size, long long n, bool neuter);
/* "1 077 600 kr" */
void	money_format(long long kronor, char *out, size_t size);
/* "56 %" */
void	percent_format(int, char *out, size_t size);

/* Whole percent of part in total, rounded half up; 0 when total is 0. */
int	share_percent(long long part, long long total);
/* Each part's share of total in whole percent, made to add up to 100
 * when the parts are the whole (largest remainders, as a table of
 * shares is rounded); else each rounded half up. */
void	share_percents(const long long *parts, size_t n, long long total, int *out);

/* Parse "YYYY-MM-DD".  Returns 0 and fills *d when it is a real date,
 * -1 when the form is wrong, -2 when the date does not exist. */
int	date_parse(const char *, struct date *);
bool	date_exists(int y, int m, int d);
/* Fills *out with y-m-d: 0, or -2 when that day does not exist. */
int	date_set(int y, int m, int d, struct date *out);
int	date_compare(struct date, struct date);
/* Days since 1970-01-01 (proleptic Gregorian), for date arithmetic. */
long	date_days(struct date);
int	days_in_year(int y);
/* The same day and month k years later; 29 February becomes the 28th. */
struct date	date_add_years(struct date, int k);
/* The month's name in Swedish, lower case: "januari" for 1 to
 * "december" for 12; "" for any other number.  The one table of month
 * names: reports, dates in words and the reading of written dates use it. */
const char	*month_name(int m);
/* Its short form for a chart's labels (SCB's): "jan", "feb", "mar", "apr",
 * "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"; "" else. */
const char	*month_abbr(int m);
/* A span of days for a chart's label, short: "jan–okt" (whole months),
 * "okt" (one), "11 aug–31 dec", "15 mar" (one day); across years each
 * end with its year: "nov 2018–okt 2019", "15 nov 2018–31 okt 2019". */
void	date_span_short(struct date from, struct date to, char *out, size_t size);
/* "26 november 2018" */
void	date_format_long(struct date, char *out, size_t size);
/* "2018-11-26" */
void	date_format_iso(struct date, char *out, size_t size);

/* Organisationsnummer NNNNNN-NNNN: returns the check digit the first nine
 * digits call for (0-9), or -1 when the form is wrong. */
int	luhn_check_digit(const char *orgnr);
bool	orgnr_valid(const char *orgnr);

#endif
