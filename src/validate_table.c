/* Checks of general tables: the shape of their rows, their widths, and
 * each stated sum or total against the rows it adds up.  A stated figure
 * is only ever compared: what is printed stays as written. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "mem.h"
#include "model.h"
#include "table.h"
#include "validate_table.h"

/* What one table's checks share. */
struct tcheck {
	const char		*path;
	struct arena		*a;
	const struct table	*t;
	const char		*name;		/* "table \"...\"" or "the table" */
	size_t			 width;
	int			 errors;
	/* validate_table_mismatches: collect instead of reporting */
	bool			 quiet;
	struct table_mismatch	*found, **tail;
	const char		*group;
};

static void
check_widths(struct tcheck *tc)
{
	double sum = 0;
	size_t c;
	long line = 0;
	char s[32];

	/* reported at the column that takes the sum past 100 % */
	for (c = 0; c < tc->t->ncolumns; c++) {
		sum += tc->t->columns[c].width;
		if (sum > 100.0001 && line == 0)
			line = tc->t->columns[c].line;
	}
	if (line != 0) {
		snprintf(s, sizeof(s), "%g", sum);
		for (char *p = s; *p != '\0'; p++)
			if (*p == '.')
				*p = ',';
		diag(tc->path, line, MSG_TABLE_WIDTHS, tc->name, s);
		tc->errors++;
	}
}

/* Every row covers the table's columns exactly, spans counted. */
static void
check_rows(struct tcheck *tc)
{
	const struct table_row *row;

	for (row = tc->t->rows; row != NULL; row = row->next) {
		const struct table_cell *cell;
		size_t at = 0, cover;
		int past = 0;

		if (row->kind == TROW_GROUP)
			continue;
		for (cell = row->cells; cell != NULL && !past; at += cell->span, cell = cell->next)
			if (cell->span > 1 && at < tc->width && at + cell->span > tc->width) {
				diag(tc->path, cell->line, MSG_TABLE_SPAN, tc->name, cell->span, at + 1,
				    tc->width);
				tc->errors++;
				past = 1;
			}
		cover = table_row_cover(row);
		if (!past && cover != tc->width) {
			diag(tc->path, row->line, MSG_TABLE_ROW_CELLS, tc->name, cover, tc->width,
			    tc->t->ncolumns > 0 ? diag_word("one per <column>", "en per <column>") :
			    diag_word("as many as its widest row", "lika många som dess bredaste rad"));
			tc->errors++;
		}
	}
}

static long long
pow10i(int k)
{
	long long v = 1;

	while (k-- > 0)
		v *= 10;
	return v;
}

/* The heading of column col: its cell in the last header row, or
 * "kolumn 3". */
static const char *
column_name(struct tcheck *tc, size_t col)
{
	const struct table_row *row, *head = NULL;
	const struct table_cell *cell;
	size_t at = 0;

	for (row = tc->t->rows; row != NULL; row = row->next)
		if (row->kind == TROW_HEADER)
			head = row;
	if (head != NULL)
		for (cell = head->cells; cell != NULL; at += cell->span, cell = cell->next)
			if (col >= at && col < at + cell->span && !rich_empty(cell->text))
				return rich_plain(tc->a, cell->text);
	return arena_printf(tc->a, "kolumn %zu", col + 1);
}

/* A column not added up: the sum rows it skips and why, noted once. */
struct skipped {
	const char	*what[8];	/* "the sum row of \"Norr\"", "the total row" */
	size_t		 n;		/* sum rows skipped; what[] holds the first */
	const char	*why;		/* NULL: cells that are no figures */
	long		 line;
	bool		 all;		/* the total row: every body row */
	const struct table_row *sums[16];	/* else the skipped sums' groups */
	size_t		 nsums;
};

/* Whether body row row is added up by one of the skipped sums. */
static bool
skipped_takes(const struct skipped *skip, const struct table_row *row)
{
	size_t i;

	if (skip->all)
		return true;
	for (i = 0; i < skip->nsums; i++)
		if (skip->sums[i]->group == row->group)
			return true;
	return false;
}

/* The body rows of column col that say something that is no figure
 * (blank cells are nothing to add): "the row at line
 * 40 says \"ca 40 000 kr\", which is no figure", or of several rows "the
 * rows at lines 40 and 52 say \"ca 40 000 kr\" and \"okänt\", which are no
 * figures", of the rows the skipped sums take.  NULL when every cell is
 * a figure or blank; *first: the first such cell's line. */
static const char *
no_figures(struct tcheck *tc, size_t col, const struct skipped *skip, long *first)
{
	struct buf lines = { NULL, 0, 0 }, says = { NULL, 0, 0 };
	const struct table_row *row;
	size_t n = 0, k = 0;
	const char *out = NULL;

	for (row = tc->t->rows; row != NULL; row = row->next) {
		const struct table_cell *cell = table_cell_at(row, col);
		struct table_number num;

		if (row->kind == TROW_BODY && skipped_takes(skip, row) && cell != NULL &&
		    cell->span == 1 &&
		    !table_blank(rich_plain(tc->a, cell->text)) &&
		    table_number_parse(rich_plain(tc->a, cell->text), &num) != 0 && n++ == 0)
			*first = cell->line;
	}
	for (row = tc->t->rows; row != NULL && n > 0; row = row->next) {
		const struct table_cell *cell = table_cell_at(row, col);
		struct table_number num;
		const char *s, *sep;

		if (row->kind != TROW_BODY || !skipped_takes(skip, row) || cell == NULL ||
		    cell->span != 1)
			continue;
		s = rich_plain(tc->a, cell->text);
		if (table_blank(s) || table_number_parse(s, &num) == 0)
			continue;
		sep = k == 0 ? "" : k + 1 == n ? diag_word(" and ", " och ") : ", ";
		k++;
		buf_printf(&lines, "%s%ld", sep, cell->line);
		buf_printf(&says, "%s\"%s\"", sep, s);
	}
	if (n == 1)
		out = arena_printf(tc->a, diag_word("the row at line %s says %s, which is no figure",
		    "rad %s säger %s, vilket inte är något tal"), lines.data, says.data);
	else if (n > 1)
		out = arena_printf(tc->a, diag_word("the rows at lines %s say %s, which are no figures",
		    "raderna %s säger %s, vilket inte är några tal"), lines.data, says.data);
	buf_free(&lines);
	buf_free(&says);
	return out;
}

/* The rows of column col that sum adds up.  0 with their total in
 * *total, or 1 with the reason the column is skipped in *why and its
 * line in *line, *why NULL for a cell that is no figure (the caller
 * notes it once per column).  *slack: how far their rounding may
 * take the total from the stated figure, half a unit of each row's last
 * decimal, but at most one unit of the coarsest (rounding explains 99 %
 * over three rows, not 110 % over twenty). */
static int
add_rows(struct tcheck *tc, const struct table_row *sum, size_t col, long long *total,
    int *decimals, double *slack, const char **why, long *line)
{
	double unit = 0;

	const struct table_column *tcol = &tc->t->columns[col];
	const struct table_row *row;

	for (row = tc->t->rows; row != NULL; row = row->next) {
		const struct table_cell *cell;
		struct table_number n;
		const char *s;
		int d;

		if (row->kind != TROW_BODY || (sum->kind == TROW_SUM && row->group != sum->group))
			continue;
		cell = table_cell_at(row, col);
		if (cell == NULL || cell->span > 1) {
			*line = row->line;
			*why = arena_printf(tc->a, diag_word("the row at line %ld has a cell that spans this column",
			    "rad %ld har en cell som sträcker sig över den här kolumnen"), row->line);
			return 1;
		}
		s = rich_plain(tc->a, cell->text);
		if (table_blank(s))
			continue;	/* "–", "______": nothing to add, not 0 */
		if (table_number_parse(s, &n) != 0) {
			*why = NULL;	/* the caller names every such row */
			return 1;
		}
		if (__builtin_add_overflow(*total, n.micros, total)) {
			*line = cell->line;
			*why = diag_word("its rows add up to more than iopdoc can compute",
			    "dess rader blir sammanlagt mer än iopdoc kan räkna med");
			return 1;
		}
		d = tcol->decimals >= 0 ? tcol->decimals : n.decimals;
		if (n.decimals > *decimals)
			*decimals = n.decimals;
		*slack += 0.5 * (double)pow10i(6 - d);
		if ((double)pow10i(6 - d) > unit)
			unit = (double)pow10i(6 - d);
	}
	if (*slack > unit)
		*slack = unit;
	return 0;
}

/* One stated figure of a sum or total row against its rows; a column
 * that cannot be added up goes to *skip. */
static void
check_stated(struct tcheck *tc, const struct table_row *sum, size_t col, const char *what,
    struct skipped *skip)
{
	const struct table_column *tcol = &tc->t->columns[col];
	const struct table_cell *cell = table_cell_at(sum, col);
	struct table_number stated;
	long long total = 0, diff;
	enum msg_id kind;
	bool over;
	int decimals = 0;
	double slack = 0;
	const char *s, *why = NULL;
	char computed[64];
	size_t k = 1;
	long line = 0;
	const struct table_cell *c;

	if (cell == NULL || cell->span > 1)
		return;
	for (c = sum->cells; c != NULL && c != cell; c = c->next)
		k++;
	if (k == sum->label_cell)
		return;
	s = rich_plain(tc->a, cell->text);
	if (table_blank(s))
		return;		/* left empty: nothing stated */
	if (table_number_parse(s, &stated) != 0) {
		if (!tc->quiet)
			diag(tc->path, cell->line, MSG_TABLE_SUM_STATED, tc->name, what, s,
			    column_name(tc, col));
		return;
	}
	if (add_rows(tc, sum, col, &total, &decimals, &slack, &why, &line) != 0) {
		if (skip->n++ == 0 || (skip->why == NULL && why != NULL))
			skip->why = why, skip->line = line;
		if (sum->kind == TROW_TOTAL)
			skip->all = true;
		else if (skip->nsums < sizeof(skip->sums) / sizeof(skip->sums[0]))
			skip->sums[skip->nsums++] = sum;
		else
			skip->all = true;
		if (skip->n <= sizeof(skip->what) / sizeof(skip->what[0]))
			skip->what[skip->n - 1] = what;
		return;
	}
	/* a difference past a long long (a stated figure near the
	 * largest against rows near the smallest) is a mismatch far past
	 * any rounding */
	over = __builtin_sub_overflow(stated.micros, total, &diff);
	if (!over && diff == 0)
		return;
	if (stated.decimals > decimals)
		decimals = stated.decimals;
	table_number_format(total, decimals, &stated, computed, sizeof(computed));
	slack += 0.5 * (double)pow10i(6 - (tcol->decimals >= 0 ? tcol->decimals : stated.decimals));
	/* shares of a whole cannot pass 100 %: likely rates */
	kind = tcol->kind == TCOL_PERCENT && !over && fabs((double)diff) <= slack ?
	    MSG_TABLE_SUM_ROUNDING : tcol->kind == TCOL_PERCENT &&
	    total > 100 * 1000000LL + (long long)slack ? MSG_TABLE_SUM_RATES : MSG_TABLE_SUM;
	if (!tc->quiet)
		diag(tc->path, sum->line, kind, tc->name, what, s, column_name(tc, col), computed);
	else if (kind == MSG_TABLE_SUM) {
		/* rounding and rates get no remark */
		struct table_mismatch *m = arena_alloc(tc->a, sizeof(*m));

		memset(m, 0, sizeof(*m));
		m->row = sum;
		m->group = sum->kind == TROW_SUM ? tc->group : NULL;
		m->col = col;
		m->column = column_name(tc, col);
		m->computed = arena_strdup(tc->a, computed);
		*tc->tail = m;
		tc->tail = &m->next;
	}
}

/* "the sum row of \"Norr\", the sum row of \"Söder\" and the total row" */
static const char *
sum_rows_named(struct tcheck *tc, const struct skipped *skip)
{
	size_t i, n = skip->n, max = sizeof(skip->what) / sizeof(skip->what[0]);
	const char *out = "";

	for (i = 0; i < n && i < max; i++)
		out = arena_printf(tc->a, "%s%s%s", out, i == 0 ? "" : i + 1 == n ?
		    diag_word(" and ", " och ") : ", ", skip->what[i]);
	if (n > max)
		out = arena_printf(tc->a, diag_word("%s and %zu more sum rows", "%s och %zu summarader till"),
		    out, n - max);
	return out;
}

/* Each sum and the total, in each column of figures; a column that
 * cannot be added up gets one note naming its sum rows and the rows that
 * are no figures (one per row and sum flooded the messages). */
static void
check_sums(struct tcheck *tc)
{
	const struct table_row *row, *label;
	size_t col;

	for (col = 0; col < tc->t->ncolumns; col++) {
		enum table_col_kind k = tc->t->columns[col].kind;
		struct skipped skip;

		/* sum="no": rates or averages print as written */
		if ((k != TCOL_INTEGER && k != TCOL_KRONOR && k != TCOL_PERCENT) ||
		    tc->t->columns[col].not_summed)
			continue;
		memset(&skip, 0, sizeof(skip));
		label = NULL;
		for (row = tc->t->rows; row != NULL; row = row->next) {
			const char *what;

			if (row->kind == TROW_GROUP)
				label = row;
			if (row->kind != TROW_SUM && row->kind != TROW_TOTAL)
				continue;
			tc->group = label != NULL && label->group == row->group ? label->label : NULL;
			what = row->kind == TROW_TOTAL ? diag_word("the total row", "totalraden") :
			    label != NULL && label->group == row->group ?
			    arena_printf(tc->a, diag_word("the sum row of \"%s\"", "summaraden för \"%s\""),
			    label->label) : diag_word("the sum row", "summaraden");
			check_stated(tc, row, col, what, &skip);
		}
		if (tc->quiet)
			continue;
		if (skip.n > 0 && skip.why == NULL)
			skip.why = no_figures(tc, col, &skip, &skip.line);
		if (skip.n > 0)
			diag(tc->path, skip.line, MSG_TABLE_SUM_SKIP, tc->name, column_name(tc, col),
			    sum_rows_named(tc, &skip), skip.why);
	}
}

static int
check_table(const char *path, struct arena *a, const struct table *t)
{
	struct tcheck tc;

	memset(&tc, 0, sizeof(tc));
	tc.path = path;
	tc.a = a;
	tc.t = t;
	tc.width = table_width(t);
	tc.name = rich_empty(t->caption) ? diag_word("the table", "tabellen") :
	    arena_printf(a, diag_word("table \"%s\"", "tabellen \"%s\""), rich_plain(a, t->caption));
	if (t->ncolumns > 0)
		check_widths(&tc);
	check_rows(&tc);
	if (tc.errors == 0)
		check_sums(&tc);
	return tc.errors;
}

int
validate_tables(const char *path, struct arena *a, const struct block *b)
{
	int errors = 0;

	for (; b != NULL; b = b->next) {
		if (b->kind == BLOCK_TABLE)
			errors += check_table(path, a, b->table);
		errors += validate_tables(path, a, b->children);
	}
	return errors;
}

struct table_mismatch *
validate_table_mismatches(struct arena *a, const struct table *t)
{
	struct tcheck tc;

	memset(&tc, 0, sizeof(tc));
	tc.path = "";
	tc.a = a;
	tc.t = t;
	tc.width = table_width(t);
	tc.name = "the table";
	tc.quiet = true;
	tc.tail = &tc.found;
	check_sums(&tc);
	return tc.found;
}
