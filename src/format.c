/* Swedish conventions for numbers, money, percent and dates. */
#include <stdio.h>
#include <string.h>

#include "format.h"

void
number_format(long long v, char *out, size_t size)
{
	char digits[32], tmp[96];
	unsigned long long u;
	size_t n, i, o = 0;

	if (v < 0) {
		/* U+2212 MINUS SIGN */
		memcpy(tmp, "\xE2\x88\x92", 3);
		o = 3;
		u = (unsigned long long)(-(v + 1)) + 1;
	} else
		u = (unsigned long long)v;
	n = (size_t)snprintf(digits, sizeof(digits), "%llu", u);
	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % 3 == 0) {
			memcpy(tmp + o, NBSP, 2);
			o += 2;
		}
		tmp[o++] = digits[i];
	}
	tmp[o] = '\0';
	snprintf(out, size, "%s", tmp);
}

void
format_count_words(char *out, size_t size, long long n, bool neuter)
{
	static const char *const words[] = {
		"inga", NULL, "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
		"elva", "tolv",
	};

	if (n == 1)
		snprintf(out, size, "%s", neuter ? "ett" : "en");
	else if (n >= 0 && n <= 12)
		snprintf(out, size, "%s", words[n]);
	else
		number_format(n, out, size);
}

void
money_format(long long kronor, char *out, size_t size)
{
	char num[96];

	number_format(kronor, num, sizeof(num));
	snprintf(out, size, "%s" NBSP "kr", num);
}

void
percent_format(int v, char *out, size_t size)
{
	snprintf(out, size, "%d" NBSP "%%", v);
}

int
share_percent(long long part, long long total)
{
	if (total <= 0)
		return 0;
	/* 2 * 100 * part / total, then halve with rounding: exact in
	 * integers for amounts below 10^16. */
	return (int)((200 * part / total + 1) / 2);
}

void
share_percents(const long long *parts, size_t n, long long total, int *out)
{
	long long sum = 0;
	int left = 100;
	size_t i, best;

	for (i = 0; i < n; i++)
		sum += parts[i];
	if (total <= 0 || sum != total) {
		for (i = 0; i < n; i++)
			out[i] = share_percent(parts[i], total);
		return;
	}
	/* whole percents rounded down, then one more each to the largest
	 * remainders (the first of equal ones) until they make 100 */
	for (i = 0; i < n; i++) {
		out[i] = (int)(100 * parts[i] / total);
		left -= out[i];
	}
	while (left-- > 0) {
		long long rem = -1;

		best = 0;
		for (i = 0; i < n; i++) {
			long long r = 100 * parts[i] - (long long)out[i] * total;

			if (r > 0 && r > rem) {
				rem = r;
				best = i;
			}
		}
		if (rem < 0)
			break;
		out[best]++;
	}
}

bool
date_exists(int y, int m, int d)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int max;

	if (y < 1 || m < 1 || m > 12 || d < 1)
		return false;
	max = days[m - 1];
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		max = 29;
	return d <= max;
}

int
date_parse(const char *s, struct date *out)
{
	int i, y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	return date_set(y, m, d, out);
}

int
date_set(int y, int m, int d, struct date *out)
{
	if (!date_exists(y, m, d))
		return -2;
	out->y = y;
	out->m = m;
	out->d = d;
	return 0;
}

int
date_compare(struct date a, struct date b)
{
	if (a.y != b.y)
		return a.y < b.y ? -1 : 1;
	if (a.m != b.m)
		return a.m < b.m ? -1 : 1;
	if (a.d != b.d)
		return a.d < b.d ? -1 : 1;
	return 0;
}

long
date_days(struct date d)
{
	/* Howard Hinnant's days_from_civil. */
	long y = d.y - (d.m <= 2);
	long era = (y >= 0 ? y : y - 399) / 400;
	long yoe = y - era * 400;
	long doy = (153 * (d.m + (d.m > 2 ? -3 : 9)) + 2) / 5 + d.d - 1;
	long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

int
days_in_year(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365;
}

struct date
date_add_years(struct date d, int k)
{
	d.y += k;
	if (d.m == 2 && d.d == 29 && !date_exists(d.y, 2, 29))
		d.d = 28;
	return d;
}

static const char *const month_names[] = {
	"januari", "februari", "mars", "april", "maj", "juni", "juli",
	"augusti", "september", "oktober", "november", "december"
};

const char *
month_name(int m)
{
	return m >= 1 && m <= 12 ? month_names[m - 1] : "";
}

const char *
month_abbr(int m)
{
	static const char *const abbr[] = {
		"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"
	};

	return m >= 1 && m <= 12 ? abbr[m - 1] : "";
}

void
date_span_short(struct date from, struct date to, char *out, size_t size)
{
	bool whole = from.d == 1 && !date_exists(to.y, to.m, to.d + 1);
	char y1[16] = "", y2[16] = "";

	if (from.y != to.y) {
		snprintf(y1, sizeof(y1), " %d", from.y);
		snprintf(y2, sizeof(y2), " %d", to.y);
	}
	if (whole && from.y == to.y && from.m == to.m)
		snprintf(out, size, "%s", month_abbr(from.m));
	else if (whole)
		snprintf(out, size, "%s%s–%s%s", month_abbr(from.m), y1, month_abbr(to.m), y2);
	else if (date_compare(from, to) == 0)
		snprintf(out, size, "%d %s", from.d, month_abbr(from.m));
	else
		snprintf(out, size, "%d %s%s–%d %s%s", from.d, month_abbr(from.m), y1, to.d,
		    month_abbr(to.m), y2);
}

void
date_format_long(struct date d, char *out, size_t size)
{
	if (d.m < 1 || d.m > 12) {
		snprintf(out, size, "?");
		return;
	}
	snprintf(out, size, "%d %s %d", d.d, month_name(d.m), d.y);
}

void
date_format_iso(struct date d, char *out, size_t size)
{
	snprintf(out, size, "%04d-%02d-%02d", d.y, d.m, d.d);
}

int
luhn_check_digit(const char *s)
{
	int digits[9], n = 0, i, sum = 0;

	if (strlen(s) != 11 || s[6] != '-')
		return -1;
	for (i = 0; i < 11; i++) {
		if (i == 6)
			continue;
		if (s[i] < '0' || s[i] > '9')
			return -1;
		if (n < 9)
			digits[n++] = s[i] - '0';
	}
	/* Luhn over the first nine digits, doubling from the left. */
	for (i = 0; i < 9; i++) {
		int v = digits[i] * (i % 2 == 0 ? 2 : 1);

		sum += v > 9 ? v - 9 : v;
	}
	return (10 - sum % 10) % 10;
}

bool
orgnr_valid(const char *s)
{
	int c = luhn_check_digit(s);

	return c >= 0 && s[10] - '0' == c;
}
