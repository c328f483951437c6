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
	    "<author label=\"Controller\"><name>Erik Lind</name><phone>013-20 60 00</phone></author>"
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
		/* the contact's role, the line's label; none: Handläggare */
		STR_EQ(ri->authors->next->label, "Controller");
		OK(ri->authors->label == NULL);
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
	/* without the file's own <title>: a report's title, as the one a
	 * report file gives reads (review s26 AA item 3: Linköping AMN
	 * 2023 "Årsrapport 2023: idéburna offentliga partnerskap", 2024
	 * "Årsrapport 2024" over "Idéburet offentligt partnerskap (IOP)") */
	{
		struct report_info *none = report_info_new("x.xml");

		none->year = 2019;
		STR_EQ(report_info_title(none, title, sizeof(title)),
		    "Årsrapport 2019: idéburna offentliga partnerskap");
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
		/* no errors; one note for what it leaves out, by what the
		 * report prints without it (not its date, which it has) */
		INT_EQ(validate_report(&c, 1, NULL), 0);
		OK(msgs.data != NULL && strstr(msgs.data, ":2: note: no <proposal>: the report prints "
		    "no Förslag till beslut; no <diarienummer>: the report prints no Diarienummer; "
		    "no <author>: the report prints no Handläggare; see iopdoc-xml(5)") != NULL);
		OK(msgs.data != NULL && strstr(msgs.data, "<date>") == NULL &&
		    strchr(msgs.data, '\n') == strrchr(msgs.data, '\n'));
		/* the second for the same nämnd and year: one error, naming the first */
		INT_EQ(validate_report(&c, 2, NULL), 1);
		OK(msgs.data != NULL && strstr(msgs.data, "a second report file for "
		    "linkoping-arbetsmarknadsnamnden 2023; the first is ") != NULL &&
		    strstr(msgs.data, good) != NULL);
		buf_reset(&msgs);
		/* unknown nämnd and an author without name: two errors, and the
		 * date inside the year a warning, each on its line; with errors
		 * no note for what it leaves out (it is left out whole) */
		INT_EQ(validate_report(&c, 3, NULL), 2);
		OK(msgs.data != NULL && strstr(msgs.data, "note:") == NULL);
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

/* The report's sources (model_report.h) against the report file's date:
 * a warning for a follow-up it uses dated after it, none for a follow-up
 * of next year the report leaves out; and a note for a missing <date>. */
static void
test_report_file_sources(void)
{
	struct corpus c = { NULL, 0, 0 };
	struct buf msgs = { NULL, 0, 0 };
	struct diag_ctx ctx;
	/* before the verksamhetsrapport 2023 (2024-01-18), before the
	 * dialogmöte of June 2024 (outcomes of 2024 only) */
	char *early = report_file_temp("<namnd-report namnd=\"linkoping-arbetsmarknadsnamnden\" year=\"2023\">\n"
	    "<diarienummer>AMN 2024/1</diarienummer>\n<date>2024-01-10</date>\n"
	    "<author><name>A</name></author><proposal><p>P.</p></proposal></namnd-report>");
	/* after the one, before the other: nothing to say of the dates */
	char *later = report_file_temp("<namnd-report namnd=\"linkoping-arbetsmarknadsnamnden\" year=\"2024\">\n"
	    "<diarienummer>AMN 2025/1</diarienummer>\n"
	    "<author><name>A</name></author><proposal><p>P.</p></proposal></namnd-report>");
	long ag, vr, dm, e, l;

	diag_open(&ctx, &msgs);
	ag = corpus_add(&c, "input/linkoping-ikf-inkludering.xml");
	vr = corpus_add(&c, "tests/report/examples/exempel-ikf-verksamhetsrapport-2023.xml");
	dm = corpus_add(&c, "tests/report/examples/exempel-ikf-dialogmote-2024-06.xml");
	e = corpus_add(&c, early);
	l = corpus_add(&c, later);
	corpus_link(&c);
	OK(ag == 0 && vr == 1 && dm == 2 && e == 3 && l == 4);
	if (ag == 0 && vr == 1 && dm == 2 && e == 3 && l == 4) {
		const struct followup *v = c.docs[1].followup, *d = c.docs[2].followup;

		/* the rule itself: a resultatrapport dated after its year is
		 * its year's source; a meeting of next year is not */
		OK(report_has_agreement(c.docs[0].agreement, "linkoping-arbetsmarknadsnamnden", 2023));
		OK(!report_has_agreement(c.docs[0].agreement, "linkoping-arbetsmarknadsnamnden", 2025));
		OK(report_followup_is_source(v, 2023) && !report_followup_in_year(v, 2024));
		OK(!report_followup_is_source(d, 2023) && report_followup_is_source(d, 2024));
		buf_reset(&msgs);
		INT_EQ(validate_report(&c, 3, NULL), 0);
		OK(msgs.data != NULL && strstr(msgs.data, ":4: warning: the report is dated 2024-01-10, "
		    "before the follow-up it uses, verksamhetsrapport \"EXEMPEL: Verksamhetsrapport 2023, ") != NULL &&
		    strstr(msgs.data, "dated 2024-01-18 (tests/report/examples/exempel-ikf-verksamhetsrapport-2023.xml): "
		    "check the report's <date>, or whether the follow-up belongs to the report") != NULL);
		OK(msgs.data != NULL && strstr(msgs.data, "dialogmote-2024-06") == NULL &&
		    strstr(msgs.data, "note:") == NULL);
		/* no <date>: nothing to compare, a note that the report has none */
		buf_reset(&msgs);
		INT_EQ(validate_report(&c, 4, NULL), 0);
		OK(msgs.data != NULL && strstr(msgs.data, "warning") == NULL &&
		    strstr(msgs.data, ":2: note: no <date>: the report prints no Datum; see iopdoc-xml(5)") != NULL);
	}
	diag_close(&ctx, DIAG_KEEP_APART);
	buf_free(&msgs);
	corpus_free(&c);
	unlink(early);
	unlink(later);
	free(early);
	free(later);
}
