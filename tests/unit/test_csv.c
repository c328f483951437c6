/* report_csv.c: fields quoted as RFC 4180 says with ';' (as Swedish
 * Excel reads them), decimals with a comma, the CSV's name beside its
 * PDF (RCSV). */
#include "report_csv.h"

static const char *
csv_one(struct buf *b, const char *s, int sep)
{
	buf_reset(b);
	buf_adds(b, "");
	report_csv_field(b, s, sep);
	return b->data;
}

static const char *
csv_tenths(struct buf *b, long long t)
{
	buf_reset(b);
	buf_adds(b, "");
	report_csv_tenths(b, t);
	return b->data;
}

static void
test_csv(void)
{
	struct buf b = { NULL, 0, 0 };
	char *p;

	/* plain text stands as it is; NULL and "" are an empty field */
	STR_EQ(csv_one(&b, "Linköpings kommun", 0), "Linköpings kommun");
	STR_EQ(csv_one(&b, NULL, 0), "");
	STR_EQ(csv_one(&b, "", 1), ";");
	STR_EQ(csv_one(&b, "450000", 1), ";450000");
	/* a separator, a quote, a line end or an edge space: quoted, the
	 * quotes doubled */
	STR_EQ(csv_one(&b, "Uppfyllt; nästan", 0), "\"Uppfyllt; nästan\"");
	STR_EQ(csv_one(&b, "Föreningen \"Kompis\"", 1), ";\"Föreningen \"\"Kompis\"\"\"");
	STR_EQ(csv_one(&b, "rad ett\r\nrad två", 0), "\"rad ett\r\nrad två\"");
	STR_EQ(csv_one(&b, "a\nb", 0), "\"a\nb\"");
	STR_EQ(csv_one(&b, " inledande", 0), "\" inledande\"");
	STR_EQ(csv_one(&b, "\"", 0), "\"\"\"\"");
	/* a comma is no separator here: the decimal sign */
	STR_EQ(csv_one(&b, "74,5", 1), ";74,5");
	/* tenths with a decimal comma, whole numbers without one */
	STR_EQ(csv_tenths(&b, 745), "74,5");
	STR_EQ(csv_tenths(&b, 750), "75");
	STR_EQ(csv_tenths(&b, 5), "0,5");
	STR_EQ(csv_tenths(&b, 0), "0");
	STR_EQ(csv_tenths(&b, -25), "-2,5");
	/* the CSV beside the PDF */
	STR_EQ((p = report_csv_path("output/reports/x-2023.pdf")), "output/reports/x-2023.csv");
	free(p);
	STR_EQ((p = report_csv_path("r")), "r.csv");
	free(p);
	STR_EQ((p = report_csv_path(".pdf")), ".pdf.csv");
	free(p);
	buf_free(&b);
}
