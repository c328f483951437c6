/* Unit tests of issue 12's SIGN part: dates as written, the template's
 * [format].  Included by unit.c (one harness, one binary). */
#include <fcntl.h>

static void
test_written_dates(void)
{
	struct date d = { 0, 0, 0 };
	struct date_writing iso = { NULL, DATE_FORM_DEFAULT };
	struct date_writing words = { "den 9 juni 2021", DATE_FORM_DEFAULT };
	int in_words = -1;
	char out[64];

	/* both forms */
	INT_EQ(written_date_parse("2021-06-09", &d, &in_words), 0);
	INT_EQ(in_words, 0);
	INT_EQ(d.y * 10000 + d.m * 100 + d.d, 20210609);
	INT_EQ(written_date_parse("9 juni 2021", &d, &in_words), 0);
	INT_EQ(in_words, 1);
	INT_EQ(d.y * 10000 + d.m * 100 + d.d, 20210609);
	INT_EQ(written_date_parse("den 1 mars 2016", &d, &in_words), 0);
	INT_EQ(d.y * 10000 + d.m * 100 + d.d, 20160301);
	INT_EQ(written_date_parse("29 februari 2024", &d, &in_words), 0);
	INT_EQ(written_date_parse("31 december 1999", &d, &in_words), 0);
	INT_EQ(d.y * 10000 + d.m * 100 + d.d, 19991231);
	/* dates that do not exist */
	INT_EQ(written_date_parse("29 februari 2025", &d, &in_words), -2);
	INT_EQ(written_date_parse("31 juni 2021", &d, &in_words), -2);
	INT_EQ(written_date_parse("0 maj 2021", &d, &in_words), -2);
	INT_EQ(written_date_parse("2025-02-29", &d, &in_words), -2);
	/* junk */
	INT_EQ(written_date_parse("9 Juni 2021", &d, &in_words), -1);
	INT_EQ(written_date_parse("9 jun 2021", &d, &in_words), -1);
	INT_EQ(written_date_parse("9 juni 21", &d, &in_words), -1);
	INT_EQ(written_date_parse("9 juni 20211", &d, &in_words), -1);
	INT_EQ(written_date_parse("juni 2021", &d, &in_words), -1);
	INT_EQ(written_date_parse("9 juni 2021 ", &d, &in_words), -1);
	INT_EQ(written_date_parse("den  9 juni 2021", &d, &in_words), -1);
	INT_EQ(written_date_parse("123 juni 2021", &d, &in_words), -1);
	INT_EQ(written_date_parse("", &d, &in_words), -1);
	INT_EQ(written_date_parse("2021-6-9", &d, &in_words), -1);
	/* printing: words as written; ISO in the form, else the fallback */
	d.y = 2021, d.m = 6, d.d = 9;
	written_date_format(d, &words, DATE_FORM_ISO, out, sizeof(out));
	STR_EQ(out, "den 9 juni 2021");
	written_date_format(d, &iso, DATE_FORM_WORDS, out, sizeof(out));
	STR_EQ(out, "9 juni 2021");
	written_date_format(d, &iso, DATE_FORM_ISO, out, sizeof(out));
	STR_EQ(out, "2021-06-09");
	iso.form = DATE_FORM_ISO;
	written_date_format(d, &iso, DATE_FORM_WORDS, out, sizeof(out));
	STR_EQ(out, "2021-06-09");
	iso.form = DATE_FORM_WORDS;
	written_date_format(d, &iso, DATE_FORM_ISO, out, sizeof(out));
	STR_EQ(out, "9 juni 2021");
	d.y = 0;
	written_date_format(d, &iso, DATE_FORM_ISO, out, sizeof(out));
	STR_EQ(out, "");
}

/* The template's [format]: defaults as the shipped file, its values, and
 * a value that is neither choice refused. */
static void
test_template_format(void)
{
	struct template t;
	char path[] = "/tmp/iopdoc-unit-XXXXXX";
	const char *good = "[format]\ndate-form = iso\nfollowup-date-form = words\n"
	    "stated-remark = yes\n[labels]\nactors = Andra aktörer\n";
	const char *bad = "[format]\ndate-form = ISO\n";
	int fd;

	INT_EQ(template_load(NULL, &t), 0);
	INT_EQ(t.date_form, DATE_FORM_WORDS);
	INT_EQ(t.followup_date_form, DATE_FORM_ISO);
	OK(!t.stated_remark);
	STR_EQ(t.label_stated_remark, "Raderna summerar till {sum}.");
	STR_EQ(t.label_actors, "Övriga aktörer");
	STR_EQ(t.label_approved, "Godkänd av");
	template_free(&t);
	if ((fd = mkstemp(path)) < 0) {
		OK(fd >= 0);
		return;
	}
	OK(write(fd, good, strlen(good)) == (ssize_t)strlen(good));
	close(fd);
	INT_EQ(template_load(path, &t), 0);
	INT_EQ(t.date_form, DATE_FORM_ISO);
	INT_EQ(t.followup_date_form, DATE_FORM_WORDS);
	OK(t.stated_remark);
	STR_EQ(t.label_actors, "Andra aktörer");
	template_free(&t);
	/* a value that is neither choice: an error, the template freed */
	fd = open(path, O_WRONLY | O_TRUNC);
	OK(fd >= 0 && write(fd, bad, strlen(bad)) == (ssize_t)strlen(bad));
	if (fd >= 0)
		close(fd);
	INT_EQ(template_load(path, &t), -1);
	template_free(&t);
	unlink(path);
}

static void
test_sign(void)
{
	test_written_dates();
	test_template_format();
}
