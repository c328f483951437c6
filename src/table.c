/* Tables of the model: column counts, cell positions and the figures of
 * cells read the way Swedish tables write them. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "table.h"
#include "utf8.h"

/* 999 999 999 999: one figure's micros (below 10^18) stay in a long long
 * (below 9.2 * 10^18); a column's sum, and a stated figure's difference
 * from it, may not, and are computed with overflow checks
 * (validate_table.c) */
#define MAX_INT_DIGITS	12

size_t
table_row_cover(const struct table_row *row)
{
	const struct table_cell *c;
	size_t n = 0;

	for (c = row->cells; c != NULL; c = c->next)
		n += c->span;
	return n;
}

size_t
table_width(const struct table *t)
{
	const struct table_row *row;
	size_t n = 0, k;

	if (t->ncolumns > 0)
		return t->ncolumns;
	for (row = t->rows; row != NULL; row = row->next)
		if (row->kind != TROW_GROUP && (k = table_row_cover(row)) > n)
			n = k;
	return n;
}

struct table_cell *
table_cell_at(const struct table_row *row, size_t col)
{
	struct table_cell *c;
	size_t at = 0;

	for (c = row->cells; c != NULL && at <= col; at += c->span, c = c->next)
		if (at == col)
			return c;
	return NULL;
}

/* The code point at *s, and *s past it; 0 at the end. */
static uint32_t
next_cp(const char **s)
{
	uint32_t cp;
	size_t n;

	if (**s == '\0')
		return 0;
	n = utf8_decode(*s, strlen(*s), &cp);
	*s += n > 0 ? n : 1;
	return cp;
}

static bool
is_space(uint32_t cp)
{
	return cp == ' ' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007;
}

bool
table_blank(const char *s)
{
	uint32_t cp;

	while ((cp = next_cp(&s)) != 0)
		if (!is_space(cp) && cp != '-' && cp != 0x2013 && cp != 0x2014 && cp != 0x2212 &&
		    cp != '_')
			return false;
	return true;
}

static const char *const units[] = { "%", "procent", "kr", "kr.", "kronor", ":-", "tkr", "mnkr",
    "st", "st." };

/* The unit at s (after the figure and any spaces), copied to n. */
static int
read_unit(const char *s, struct table_number *n)
{
	size_t i;

	if (*s == '\0')
		return 0;
	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcmp(s, units[i]) == 0) {
			snprintf(n->unit, sizeof(n->unit), "%s", units[i]);
			return 0;
		}
	return -1;
}

int
table_number_parse(const char *s, struct table_number *n)
{
	const char *p = s, *q;
	uint32_t cp;
	long long whole = 0, frac = 0;
	int digits = 0, neg = 0, group = 0;

	memset(n, 0, sizeof(*n));
	while (q = p, (cp = next_cp(&q)) != 0 && is_space(cp))
		p = q;
	q = p;
	cp = next_cp(&q);
	if (cp == '-' || cp == 0x2212 || cp == 0x2013 || cp == '+') {
		neg = cp != '+';
		p = q;
	}
	for (;;) {
		q = p;
		cp = next_cp(&q);
		if (cp >= '0' && cp <= '9') {
			if (++digits > MAX_INT_DIGITS)
				return -1;
			whole = whole * 10 + (cp - '0');
			group++;
			p = q;
			continue;
		}
		/* a digit-group separator: three digits follow it */
		if (digits > 0 && group <= 3 && (is_space(cp) || cp == '.') &&
		    strspn(q, "0123456789") == 3 && (q[3] < '0' || q[3] > '9') &&
		    !(cp == '.' && (q[3] == ',' || q[3] == '.'))) {
			group = 0;
			p = q;
			continue;
		}
		break;
	}
	if (digits == 0)
		return -1;
	if (*p == ',' || *p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') {
			if (n->decimals < 6) {
				frac = frac * 10 + (*p - '0');
				n->decimals++;
			}
			p++;
		}
		if (n->decimals == 0)
			return -1;
	}
	{
		long long scale = 1;
		int k;

		for (k = n->decimals; k < 6; k++)
			scale *= 10;
		n->micros = whole * 1000000 + frac * scale;
	}
	if (neg)
		n->micros = -n->micros;
	while (q = p, (cp = next_cp(&q)) != 0 && is_space(cp)) {
		n->spaced = true;
		p = q;
	}
	return read_unit(p, n);
}

void
table_number_format(long long micros, int decimals, const struct table_number *n, char *out,
    size_t size)
{
	char digits[40], grouped[64];
	unsigned long long v = micros < 0 ? 0ULL - (unsigned long long)micros : (unsigned long long)micros;
	unsigned long long whole, frac, scale = 1;
	size_t len, i, o = 0;
	int k;

	if (decimals > 6)
		decimals = 6;
	for (k = decimals; k < 6; k++)
		scale *= 10;
	v = (v + scale / 2) / scale;	/* rounded to the decimals shown */
	for (k = 0, scale = 1; k < decimals; k++)
		scale *= 10;
	whole = v / scale;
	frac = v % scale;
	snprintf(digits, sizeof(digits), "%llu", whole);
	len = strlen(digits);
	for (i = 0; i < len; i++) {
		if (i > 0 && (len - i) % 3 == 0)
			grouped[o++] = ' ';
		grouped[o++] = digits[i];
	}
	grouped[o] = '\0';
	if (decimals > 0)
		snprintf(out, size, "%s%s,%0*llu", micros < 0 && v > 0 ? "-" : "", grouped, decimals,
		    frac);
	else
		snprintf(out, size, "%s%s", micros < 0 && v > 0 ? "-" : "", grouped);
	if (n != NULL && n->unit[0] != '\0') {
		len = strlen(out);
		snprintf(out + len, size > len ? size - len : 0, "%s%s", n->spaced ? " " : "",
		    n->unit);
	}
}
