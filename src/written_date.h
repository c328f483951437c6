/* Dates as their author wrote them: ISO "2021-06-09" or Swedish words
 * "9 juni 2021", and the form an ISO date is printed in.  Pure functions;
 * any module may include this header. */
#ifndef IOPDOC_WRITTEN_DATE_H
#define IOPDOC_WRITTEN_DATE_H

#include <stdbool.h>
#include <stddef.h>

#include "format.h"

/* How an ISO-written date is printed: the element's form attribute, or
 * DATE_FORM_DEFAULT for the template's choice. */
enum date_form { DATE_FORM_DEFAULT, DATE_FORM_WORDS, DATE_FORM_ISO };

/* A printed date as written: words is the text of a date written in
 * words (printed as it stands), NULL for an ISO-written one. */
struct date_writing {
	char		*words;
	enum date_form	 form;
};

/* Parses "YYYY-MM-DD" or "[den ]D månad YYYY" (month lower case).
 * Returns 0 and fills *d (and *in_words) for a real date, -1 when the form
 * is neither, -2 when the date does not exist. */
int	written_date_parse(const char *, struct date *d, int *in_words);

/* Whether a date in words pads its day with a zero ("09 juni 2021"),
 * which Swedish does not write; *fixed is then the form without it. */
bool	written_date_day_padded(const char *, char *fixed, size_t size);

/* The date as printed: the words as written, else d in w's form, or in
 * fallback when w says DATE_FORM_DEFAULT.  "" for no date (d.y 0). */
void	written_date_format(struct date d, const struct date_writing *w,
	    enum date_form fallback, char *out, size_t size);

#endif
