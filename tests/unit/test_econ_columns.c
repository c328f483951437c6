/* Unit tests of budgets with several money columns (econ_columns.c,
 * validate_columns.c), included by unit.c. */
#include "econ_columns.h"

static struct agreement *
columns_agreement(const char *budgets, char **path)
{
	struct buf x = { 0 };
	struct agreement *ag = NULL;

	buf_adds(&x, "<agreement id=\"t\" kind=\"iop\" status=\"final\"><title>Ö</title>"
	    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>"
	    "<party id=\"r\" role=\"public\"><name>Regionen</name></party>"
	    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>"
	    "<period from=\"2025-01-01\" to=\"2027-12-31\"/><economy>");
	buf_adds(&x, budgets);
	buf_adds(&x, "</economy><text><p>x</p></text></agreement>");
	*path = write_temp(x.data, x.len);
	buf_free(&x);
	INT_EQ(xml_read_agreement(*path, &ag), 0);
	return ag;
}

/* A column per year: one budget of the party per year, the total column
 * none; a year without a figure on any line derives nothing. */
static void
test_columns_years(void)
{
	char *path;
	struct agreement *ag = columns_agreement(
	    "<budget party=\"k\" kind=\"money\"><columns>"
	    "<column id=\"a\" year=\"2025\"/><column id=\"b\" year=\"2026\"/>"
	    "<column id=\"c\" year=\"2027\"/><column id=\"t\" total=\"yes\"/></columns>"
	    "<line nature=\"IOP-ersättning\"><label>A</label><amount column=\"a\">100</amount>"
	    "<amount column=\"b\">110</amount><amount column=\"t\">210</amount></line>"
	    "<line><label>B</label><amount column=\"a\">50</amount></line>"
	    "<total><amount column=\"a\">160</amount></total></budget>", &path);
	const struct budget *b, *src;
	const struct budget_line *l;
	struct year_amount ya;
	bool has;

	if (ag == NULL)
		goto out;
	src = ag->columned;
	OK(src != NULL && src->columns != NULL && src->next == NULL);
	b = ag->budgets;
	/* 2025 and 2026; 2027 has no figure: no budget, never 0 kr */
	OK(b != NULL && b->next != NULL && b->next->next == NULL);
	if (b == NULL || b->next == NULL)
		goto free;
	OK(b->source == src && !b->printed);
	STR_EQ(b->party_id, "k");
	INT_EQ(b->year, 2025);
	INT_EQ(b->nlines, 2);
	INT_EQ(budget_total(b), 150);
	OK(b->has_stated_total);
	INT_EQ(b->stated_total, 160);
	STR_EQ(b->lines->econ.nature, "IOP-ersättning");
	INT_EQ(b->next->year, 2026);
	INT_EQ(b->next->nlines, 1);
	INT_EQ(budget_total(b->next), 110);
	OK(!b->next->has_stated_total);
	/* rows and columns: the stated 210 stands, line B sums to 50 */
	l = src->lines;
	INT_EQ(econ_columns_row_sum(src, l, &has), 210);
	INT_EQ(econ_columns_row_total(src, l->next, &has), 50);
	OK(has);
	INT_EQ(econ_columns_column_sum(src, econ_column_find(src->columns, "t"), &has), 260);
	econ_columns_column_sum(src, econ_column_find(src->columns, "c"), &has);
	OK(!has);
	/* counted as one-column budgets: 2025 is the stated 160 */
	INT_EQ(validate_columns(ag), 0);
	INT_EQ(calc_party_year(ag, ag->parties, 2026, &ya), CALC_OK);
	INT_EQ(ya.amount, 110);
free:
	agreement_free(ag);
out:
	unlink(path);
	free(path);
}

/* A column per party: one budget per party of the budget's year; help
 * listed without a value stays out of the money column. */
static void
test_columns_parties(void)
{
	char *path;
	struct agreement *ag = columns_agreement(
	    "<budget year=\"2025\" kind=\"mixed\"><columns>"
	    "<column id=\"r\" party=\"r\" kind=\"money\"/><column id=\"f\" party=\"f\" kind=\"in-kind\"/>"
	    "<column id=\"t\" total=\"yes\"/></columns>"
	    "<line><label>A</label><amount column=\"r\">200</amount></line>"
	    "<line><label>B</label><amount column=\"f\">120</amount></line>"
	    "<line valued=\"no\"><label>C</label></line></budget>", &path);
	const struct budget *b, *src;

	if (ag == NULL)
		goto out;
	src = ag->columned;
	b = ag->budgets;
	OK(b != NULL && b->next != NULL && b->next->next == NULL);
	if (b == NULL || b->next == NULL)
		goto free;
	STR_EQ(b->party_id, "r");
	INT_EQ(b->year, 2025);
	INT_EQ(b->nlines, 1);	/* C is not the region's */
	INT_EQ(b->kind, BUDGET_MONEY);
	STR_EQ(b->next->party_id, "f");
	INT_EQ(b->next->kind, BUDGET_IN_KIND);
	INT_EQ(b->next->nlines, 2);
	OK(b->next->lines->next->econ.not_valued);
	INT_EQ(budget_total(b->next), 120);
	OK(!econ_column_not_valued(src, econ_column_find(src->columns, "r"), src->lines->next->next));
	OK(econ_column_not_valued(src, econ_column_find(src->columns, "f"), src->lines->next->next));
	INT_EQ(validate_columns(ag), 0);
free:
	agreement_free(ag);
out:
	unlink(path);
	free(path);
}

/* What validate_columns refuses: years and parties mixed, an unknown
 * column, amount= beside columns, a budget without its party. */
static void
test_columns_checks(void)
{
	static const char *const bad[] = {
	    "<budget party=\"k\"><columns><column id=\"a\" year=\"2025\"/>"
	    "<column id=\"f\" party=\"f\"/></columns>"
	    "<line><label>A</label><amount column=\"a\">1</amount></line></budget>",
	    "<budget party=\"k\"><columns><column id=\"a\" year=\"2025\"/>"
	    "<column id=\"b\" year=\"2026\"/></columns>"
	    "<line><label>A</label><amount column=\"x\">1</amount></line></budget>",
	    "<budget party=\"k\"><columns><column id=\"a\" year=\"2025\"/>"
	    "<column id=\"b\" year=\"2026\"/></columns>"
	    "<line amount=\"5\"><label>A</label><amount column=\"a\">1</amount></line></budget>",
	    "<budget><columns><column id=\"a\" year=\"2025\"/>"
	    "<column id=\"b\" year=\"2026\"/></columns>"
	    "<line><label>A</label><amount column=\"a\">1</amount></line></budget>",
	    "<budget party=\"k\"><columns><column id=\"a\" year=\"2025\"/>"
	    "<column id=\"b\" year=\"2025\"/></columns>"
	    "<line><label>A</label><amount column=\"a\">1</amount></line></budget>",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *path;
		struct agreement *ag;
		struct diag_ctx ctx;
		struct buf said = { 0 };

		diag_open(&ctx, &said);
		ag = columns_agreement(bad[i], &path);
		if (ag != NULL) {
			OK(validate_columns(ag) > 0);
			agreement_free(ag);
		}
		INT_EQ(diag_close(&ctx, DIAG_KEEP_APART), DIAG_ERROR);
		buf_free(&said);
		unlink(path);
		free(path);
	}
}
