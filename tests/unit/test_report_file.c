/* Unit tests of the report file (<namnd-report>, model_report.h): what
 * the reader fills in, and the checks of validate_report.c against the
 * agreements of a corpus; included by unit.c. */
#include "corpus.h"
#include "model_report.h"

static char *
report_file_temp(const char *body)
{
	struct buf x = { NULL, 0, 0 };
	char *path;

	buf_printf(&x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n%s\n", body);
	path = write_temp(x.data, x.len);
	buf_free(&x);
	return path;
}

static void
test_report_file_read(void)
{
	char *path = report_file_temp(
	    "<namnd-report namnd=\"linkoping-arbetsmarknadsnamnden\" year=\"2023\">"
	    "<title>Årsrapport 2023: IOP</title><diarienummer>AMN 2024/0012</diarienummer>"
	    "<date>15 februari 2024</date>"
	    "<author><name>Anna Andersson</name><unit>Förvaltningen</unit></author>"
	    "<author><name>Erik Lind</name><phone>013-20 60 00</phone></author>"
	    "<meeting>2024-03-12</meeting>"
	    "<proposal><p>Nämnden godkänner.</p></proposal>"
	    "<analysis><p>Ett <em>och</em> två.</p><list><item>a</item><item>b</item></list></analysis>"
	    "</namnd-report>");
	struct input in;
	const struct report_info *ri;
	char title[64];

	INT_EQ(xml_read(path, &in), 0);
	INT_EQ(in.type, INPUT_REPORT);
	ri = in.report;
	if (ri != NULL) {
		STR_EQ(ri->namnd, "linkoping-arbetsmarknadsnamnden");
		INT_EQ(ri->year, 2023);
		STR_EQ(ri->title, "Årsrapport 2023: IOP");
		STR_EQ(report_info_title(ri, title, sizeof(title)), "Årsrapport 2023: IOP");
		STR_EQ(ri->diarienummer, "AMN 2024/0012");
		/* a date in words: the date, and the words as written */
		INT_EQ(ri->date.y * 10000 + ri->date.m * 100 + ri->date.d, 20240215);
		STR_EQ(ri->date_as.words, "15 februari 2024");
		INT_EQ(ri->meeting.y * 10000 + ri->meeting.m * 100 + ri->meeting.d, 20240312);
		OK(ri->meeting_as.words == NULL);
		OK(ri->authors != NULL && ri->authors->next != NULL && ri->authors->next->next == NULL);
		STR_EQ(ri->authors->name, "Anna Andersson");
		STR_EQ(ri->authors->unit, "Förvaltningen");
		OK(ri->authors->title == NULL && ri->authors->email == NULL);
		STR_EQ(ri->authors->next->phone, "013-20 60 00");
		/* the texts as blocks: not given is NULL */
		OK(ri->proposal != NULL && ri->proposal->kind == BLOCK_P && ri->proposal->next == NULL);
		OK(ri->introduction == NULL && ri->conclusions == NULL);
		OK(ri->analysis != NULL && ri->analysis->kind == BLOCK_P &&
		    ri->analysis->next != NULL && ri->analysis->next->kind == BLOCK_LIST);
		INT_EQ(validate_report_own(in.report), 0);
		input_free(&in);
	}
	unlink(path);
	free(path);
	/* without the file's own <title>: "Årsrapport YEAR" */
	{
		struct report_info *none = report_info_new("x.xml");

		none->year = 2019;
		STR_EQ(report_info_title(none, title, sizeof(title)), "Årsrapport 2019");
		report_info_free(none);
	}
}

/* The checks: messages captured, each with the file's line. */
static void
test_report_file_checks(void)
{
	struct corpus c = { NULL, 0, 0 };
	struct buf msgs = { NULL, 0, 0 };
	struct diag_ctx ctx;
	char *good = report_file_temp("<namnd-report namnd=\"linkoping-arbetsmarknadsnamnden\" year=\"2023\">"
	    "<date>2024-02-15</date><meeting>2024-03-12</meeting></namnd-report>");
	char *twice = report_file_temp("<namnd-report namnd=\"linkoping-arbetsmarknadsnamnden\" year=\"2023\">"
	    "</namnd-report>");
	char *unknown = report_file_temp("<namnd-report namnd=\"nowhere\" year=\"2023\">\n"
	    "<date>2023-05-01</date>\n<author><title>T</title></author></namnd-report>");
	long ag, g, t, u;
	const bool usable[8] = { true, true, true, true, true, true, true, true };

	diag_open(&ctx, &msgs);
	ag = corpus_add(&c, "input/linkoping-ikf-inkludering.xml");
	g = corpus_add(&c, good);
	t = corpus_add(&c, twice);
	u = corpus_add(&c, unknown);
	OK(ag == 0 && g == 1 && t == 2 && u == 3);
	if (ag == 0 && g == 1 && t == 2 && u == 3) {
		buf_reset(&msgs);
		INT_EQ(validate_report(&c, 1, NULL), 0);
		OK(msgs.len == 0);
		/* the second for the same nämnd and year: one error, naming the first */
		INT_EQ(validate_report(&c, 2, NULL), 1);
		OK(msgs.data != NULL && strstr(msgs.data, "a second report file for "
		    "linkoping-arbetsmarknadsnamnden 2023; the first is ") != NULL &&
		    strstr(msgs.data, good) != NULL);
		buf_reset(&msgs);
		/* unknown nämnd and an author without name: two errors, and the
		 * date inside the year a warning, each on its line */
		INT_EQ(validate_report(&c, 3, NULL), 2);
		OK(msgs.data != NULL && strstr(msgs.data, ":2: error: no agreement names the nämnd "
		    "\"nowhere\" as responsible (known: linkoping-arbetsmarknadsnamnden)") != NULL);
		OK(msgs.data != NULL && strstr(msgs.data, ":4: error: an <author> without <name>") != NULL);
		OK(msgs.data != NULL && strstr(msgs.data, ":3: warning: the report is dated 2023-05-01, "
		    "before the end of 2023") != NULL);
		/* the report finds the first usable file of its nämnd and year;
		 * none usable: a warning for each with errors */
		OK(report_file_for(&c, usable, "linkoping-arbetsmarknadsnamnden", 2023, true) ==
		    c.docs[1].report);
		OK(report_file_for(&c, usable, "linkoping-arbetsmarknadsnamnden", 2024, false) == NULL);
	}
	diag_close(&ctx, DIAG_KEEP_APART);
	buf_free(&msgs);
	corpus_free(&c);
	unlink(good);
	unlink(twice);
	unlink(unknown);
	free(good);
	free(twice);
	free(unknown);
}
