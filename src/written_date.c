/* Dates as their author wrote them: ISO or Swedish words, each printed in
 * the form the document keeps (Svenska skrivregler: "9 juni 2021", months
 * lower case, no leading zero; or 2021-06-09). */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "written_date.h"

/* Reads 1 to max digits at *s, advancing it; -1 when there is none. */
static int
read_number(const char **s, int max)
{
	int v = 0, n = 0;

	while (n < max && **s >= '0' && **s <= '9') {
		v = v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	return n > 0 ? v : -1;
}

/* "[den ]D månad YYYY": 0, -1 (form) or -2 (no such date). */
static int
parse_words(const char *s, struct date *out)
{
	int y, m = 0, d;
	size_t k, len;
	const char *year;

	if (strncmp(s, "den ", 4) == 0)
		s += 4;
	if ((d = read_number(&s, 2)) < 0 || *s++ != ' ')
		return -1;
	for (k = 0; k < 12; k++) {
		len = strlen(month_name((int)k + 1));
		if (strncmp(s, month_name((int)k + 1), len) == 0 && s[len] == ' ') {
			m = (int)k + 1;
			s += len + 1;
			break;
		}
	}
	if (m == 0)
		return -1;
	year = s;
	if ((y = read_number(&s, 4)) < 0 || s - year != 4 || *s != '\0')
		return -1;
	return date_set(y, m, d, out);
}

bool
written_date_day_padded(const char *s, char *fixed, size_t size)
{
	size_t skip = strncmp(s, "den ", 4) == 0 ? 4 : 0;
	struct date d;

	if (parse_words(s, &d) != 0 || s[skip] != '0')
		return false;
	snprintf(fixed, size, "%.*s%s", (int)skip, s, s + skip + 1);
	return true;
}

int
written_date_parse(const char *s, struct date *d, int *in_words)
{
	int rc = date_parse(s, d);

	*in_words = 0;
	if (rc != -1)
		return rc;
	rc = parse_words(s, d);
	if (rc != -1)
		*in_words = 1;
	return rc;
}

void
written_date_format(struct date d, const struct date_writing *w, enum date_form fallback,
    char *out, size_t size)
{
	enum date_form form = w != NULL && w->form != DATE_FORM_DEFAULT ? w->form : fallback;

	if (size > 0)
		out[0] = '\0';
	if (d.y == 0)
		return;
	if (w != NULL && w->words != NULL)
		snprintf(out, size, "%s", w->words);
	else if (form == DATE_FORM_ISO)
		date_format_iso(d, out, size);
	else
		date_format_long(d, out, size);
}
