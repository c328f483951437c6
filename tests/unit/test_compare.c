/* Unit tests of issue 13's comparisons (RCMP): the value axis of a chart
 * (layout_chart_ticks), the funding table, the outcome trends and the
 * one-bar rule (build_report_compare.c), included by unit.c. */
#include "corpus.h"

/* Each max gives the steps a reader expects, worked out by hand: a nice
 * step, whole, 2 to 6 of them, the last tick at or past max. */
static void
test_chart_ticks(void)
{
	static const struct {
		double	max, step;
		int	n;
	} cases[] = {
		{ 900000, 200000, 5 },	/* 0, 200 000, ... 1 000 000 */
		{ 450000, 100000, 5 },
		{ 300000, 100000, 3 },
		{ 60, 20, 3 },
		{ 52, 20, 3 },
		{ 12, 5, 3 },		/* not 2,5: a tick is a whole number */
		{ 3, 1, 3 },
		{ 1, 1, 1 },
		{ 1840, 500, 4 },
		{ 250, 50, 5 },
		{ 25000, 5000, 5 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		double step = 0;
		int n = layout_chart_ticks(cases[i].max, &step);

		INT_EQ(n, cases[i].n);
		INT_EQ((long long)step, (long long)cases[i].step);
		INT_EQ(step * n >= cases[i].max, 1);
	}
	/* nothing to show: one step of 1, no division by zero */
	{
		double step = 0;

		INT_EQ(layout_chart_ticks(0, &step), 1);
		INT_EQ((long long)step, 1);
	}
}

/* The text of a table cell, its spans joined, NBSPs as spaces, in buf. */
static const char *
compare_cell(const struct doc_table *tb, size_t row, size_t col, char *out, size_t size)
{
	const struct doc_span *s;
	size_t n = 0;
	const char *p;

	out[0] = '\0';
	for (s = tb->cells[row * tb->ncols + col]->text.first; s != NULL; s = s->next)
		for (p = s->text; *p != '\0' && n + 1 < size; p++) {
			if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) {
				out[n++] = ' ';
				p++;
				continue;
			}
			out[n++] = *p;
		}
	out[n] = '\0';
	return out;
}

/* The funding table of an agreement from 2023-07-01 to 2025-12-31: the
 * kommun's 2023 budget of 100 000 kr stands for its part year (not
 * prorated), its 2024 budget of 120 000 kr for 2024 and 2025; the
 * förening's first budget is 2024's, so 2023 has no figure ("–", never
 * 0) and its whole period is "ofullständig", with the missing year said
 * under the table.  Figures worked out by hand. */
static void
test_compare_funding(void)
{
	struct namnd_ref namnd = { NULL, "Åby kommun", "Socialnämnden", false, 0 };
	struct template t;
	struct doc d;
	struct rep r;
	struct agreement *ag;
	const struct doc_node *n, *table = NULL, *note = NULL;
	const struct doc_table *tb;
	char cell[128];

	ag = adjust_read_xml("<period from=\"2023-07-01\" to=\"2025-12-31\"/>",
	    "<economy><budget party=\"k\" year=\"2023\" kind=\"money\"><line amount=\"100000\"><label>A</label></line></budget>"
	    "<budget party=\"k\" year=\"2024\" kind=\"money\"><line amount=\"120000\"><label>A</label></line></budget>"
	    "<budget party=\"f\" year=\"2024\" kind=\"in-kind\"><line amount=\"50000\"><label>B</label></line></budget></economy>");
	if (ag == NULL)
		return;
	test_doc_begin(&t, &d);
	memset(&r, 0, sizeof(r));
	r.namnd = &namnd;
	r.year = 2025;
	r.bd.doc = &d;
	r.bd.t = &t;
	r.bd.a = d.arena;
	report_compare_funding(&r, ag);
	for (n = d.root.first; n != NULL; n = n->next) {
		if (n->kind == DOC_TABLE && table == NULL)
			table = n;
		else if (table != NULL && n->kind != DOC_TABLE && note == NULL)
			note = n;
	}
	OK(table != NULL);
	if (table != NULL) {
		tb = table->table;
		INT_EQ(tb->ncols, 5);
		INT_EQ(tb->nrows, 4);
		STR_EQ(compare_cell(tb, 0, 1, cell, sizeof(cell)), "2023 (del av år)");
		STR_EQ(compare_cell(tb, 0, 2, cell, sizeof(cell)), "2024");
		STR_EQ(compare_cell(tb, 0, 4, cell, sizeof(cell)), "Hela perioden 2023–2025");
		STR_EQ(compare_cell(tb, 1, 0, cell, sizeof(cell)), "Kommunen (kommunen)");
		STR_EQ(compare_cell(tb, 1, 1, cell, sizeof(cell)), "100 000 kr");
		STR_EQ(compare_cell(tb, 1, 2, cell, sizeof(cell)), "120 000 kr");
		STR_EQ(compare_cell(tb, 1, 3, cell, sizeof(cell)), "120 000 kr");
		STR_EQ(compare_cell(tb, 1, 4, cell, sizeof(cell)), "340 000 kr");
		STR_EQ(compare_cell(tb, 2, 1, cell, sizeof(cell)), "–");
		STR_EQ(compare_cell(tb, 2, 2, cell, sizeof(cell)), "50 000 kr");
		STR_EQ(compare_cell(tb, 2, 4, cell, sizeof(cell)), "ofullständig");
		STR_EQ(compare_cell(tb, 3, 1, cell, sizeof(cell)), "100 000 kr");
		STR_EQ(compare_cell(tb, 3, 2, cell, sizeof(cell)), "170 000 kr");
		STR_EQ(compare_cell(tb, 3, 4, cell, sizeof(cell)), "ofullständig");
	}
	OK(note != NULL && note->text.first != NULL &&
	    strstr(note->text.first->text, "Föreningen saknar belopp för 2023.") != NULL);
	OK(note != NULL && note->text.first != NULL &&
	    strstr(note->text.first->text, "Del av år 2023 (2023-07-01 – 2023-12-31)") != NULL);
	/* within one calendar year: no table */
	agreement_free(ag);
	ag = adjust_read_xml("<period from=\"2025-01-01\" to=\"2025-12-31\"/>",
	    "<economy><budget party=\"k\" year=\"2025\" kind=\"money\"><line amount=\"100000\"><label>A</label></line></budget></economy>");
	if (ag != NULL) {
		const struct doc_node *before = d.last;

		report_compare_funding(&r, ag);
		OK(d.last == before);
		agreement_free(ag);
	}
	arena_free(d.arena);
	template_free(&t);
}

/* The funding table's note of agreement ag in report year: *table the
 * table, the text after it returned (NULL: none). */
static const char *
compare_note(struct rep *r, struct doc *d, const struct agreement *ag, int year,
    const struct doc_table **table)
{
	const struct doc_node *n, *before = d->last, *tb = NULL;

	r->year = year;
	report_compare_funding(r, ag);
	*table = NULL;
	for (n = before != NULL ? before->next : d->root.first; n != NULL; n = n->next) {
		if (n->kind == DOC_TABLE && tb == NULL) {
			tb = n;
			*table = n->table;
		} else if (tb != NULL && n->kind != DOC_TABLE)
			return n->text.first != NULL ? n->text.first->text : NULL;
	}
	return NULL;
}

/* Notes said once for the parties they concern (review 17): an
 * agreement 2025-11-01 – 2027-10-31 with budgets for 2025 and 2026
 * only.  2027 counts 2026's whole amount for ten months: the period is
 * not added up, said once for both parties, and 2027's amount is an
 * assumption, said in the column's head and the note.  With a percent
 * adjustment the later years' uprating is said. */
static void
test_compare_funding_once(void)
{
	struct namnd_ref namnd = { NULL, "Åby kommun", "Socialnämnden", false, 0 };
	struct template t;
	struct doc d;
	struct rep r;
	struct agreement *ag;
	const struct doc_table *tb;
	const char *note;
	char cell[128];

	ag = adjust_read_xml("<period from=\"2025-11-01\" to=\"2027-10-31\"/>",
	    "<economy><budget party=\"k\" year=\"2025\" kind=\"money\"><line amount=\"50000\"><label>A</label></line></budget>"
	    "<budget party=\"k\" year=\"2026\" kind=\"money\"><line amount=\"300000\"><label>A</label></line></budget>"
	    "<budget party=\"f\" year=\"2025\" kind=\"in-kind\"><line amount=\"20000\"><label>B</label></line></budget>"
	    "<budget party=\"f\" year=\"2026\" kind=\"in-kind\"><line amount=\"120000\"><label>B</label></line></budget></economy>");
	if (ag == NULL)
		return;
	test_doc_begin(&t, &d);
	memset(&r, 0, sizeof(r));
	r.namnd = &namnd;
	r.bd.doc = &d;
	r.bd.t = &t;
	r.bd.a = d.arena;
	note = compare_note(&r, &d, ag, 2027, &tb);
	OK(tb != NULL);
	if (tb != NULL) {
		STR_EQ(compare_cell(tb, 0, 2, cell, sizeof(cell)), "2026");
		STR_EQ(compare_cell(tb, 0, 3, cell, sizeof(cell)), "2027 (del av år, antaget)");
		STR_EQ(compare_cell(tb, 1, 3, cell, sizeof(cell)), "300 000 kr");
		STR_EQ(compare_cell(tb, 1, 4, cell, sizeof(cell)), "ej summerat");
	}
	OK(note != NULL && strstr(note, "Hela perioden summeras inte: 2027 räknas med helt "
	    "årsbelopp fast överenskommelsen bara gäller 1 januari–31 oktober.") != NULL);
	OK(note != NULL && strstr(note, "ej summerat") == NULL);
	OK(note != NULL && strstr(note, "Överenskommelsen anger ingen budget för 2027; beloppet är "
	    "2026 års, antaget att gälla också 2027.") != NULL);
	/* 2026's report: 2027 is a later year, assumed for every party */
	note = compare_note(&r, &d, ag, 2026, &tb);
	OK(note != NULL && strstr(note, "Hela perioden räknar också åren efter 2026: "
	    "överenskommelsen anger ingen budget för 2027, och 2026 års belopp antas gälla också "
	    "det året.") != NULL);
	agreement_free(ag);
	/* 300 000 kr of 2022 uprated 2 % a year from 2023; the förening's
	 * 90 000 kr in kind of 2022 is not uprated and assumed later */
	ag = adjust_read_xml("<period from=\"2022-01-01\" to=\"2025-12-31\"/>",
	    "<economy><adjustment kind=\"percent\" percent=\"2\" from=\"2023-01-01\"/>"
	    "<budget party=\"k\" year=\"2022\" kind=\"money\"><line amount=\"300000\"><label>A</label></line></budget>"
	    "<budget party=\"f\" year=\"2022\" kind=\"in-kind\"><line amount=\"90000\"><label>B</label></line></budget></economy>");
	if (ag != NULL) {
		note = compare_note(&r, &d, ag, 2023, &tb);
		OK(tb != NULL && strcmp(compare_cell(tb, 0, 2, cell, sizeof(cell)), "2023") == 0);
		/* 300 000 + 306 000 + 312 120 + 318 362 */
		OK(tb != NULL && strcmp(compare_cell(tb, 1, 3, cell, sizeof(cell)),
		    "1 236 482 kr") == 0);
		OK(note != NULL && strstr(note, "Hela perioden räknar också åren efter 2023 med "
		    "överenskommelsens belopp, uppräknat med 2\xc2\xa0% per år; för Föreningen anger "
		    "överenskommelsen ingen budget för 2024 och 2025, och 2022 års belopp antas gälla "
		    "också de åren.") != NULL);
		OK(note != NULL && strstr(note, "För Föreningen anger överenskommelsen ingen budget "
		    "för 2023; beloppet är 2022 års, antaget att gälla också 2023.") != NULL);
		agreement_free(ag);
	}
	arena_free(d.arena);
	template_free(&t);
}

/* A chart of fewer than two bars is left out (the table says it): one
 * stacked row is one bar, a side-by-side row of two figures two bars, a
 * row with one figure missing one. */
static void
test_compare_one_bar(void)
{
	struct template t;
	struct doc d;
	struct rep r;
	struct doc_chart *ch;

	test_doc_begin(&t, &d);
	memset(&r, 0, sizeof(r));
	r.bd.doc = &d;
	r.bd.t = &t;
	r.bd.a = d.arena;
	ch = build_chart_new(&r.bd, "Finansiering", 1, 2);
	ch->labels[0] = "A";
	ch->series[0] = "Kommunen";
	ch->series[1] = "Idéburna parter";
	ch->values[0] = 100;
	ch->values[1] = 50;
	ch->present[0] = ch->present[1] = true;
	ch->stacked = true;
	INT_EQ(report_chart(&r, ch), false);
	OK(d.root.first == NULL);
	ch->stacked = false;
	ch->present[1] = false;
	INT_EQ(report_chart(&r, ch), false);
	OK(d.root.first == NULL);
	ch->present[1] = true;
	INT_EQ(report_chart(&r, ch), true);
	OK(d.root.first != NULL && d.root.first->kind == DOC_CHART);
	OK(strstr(ch->alt, "A: Kommunen 100, Idéburna parter 50.") != NULL);
	arena_free(d.arena);
	template_free(&t);
}

static const char *
compare_target(struct rep *r, const struct goal *g)
{
	(void)r;
	(void)g;
	return "målet";
}

/* A follow-up of agreement t with the outcomes given, in a temporary
 * file added to the corpus. */
static void
compare_add_followup(struct corpus *c, int year, const char *to, const char *outcomes)
{
	char xml[2048];
	char *path;

	snprintf(xml, sizeof(xml),
	    "<followup id=\"f%d\" agreement=\"t\" kind=\"verksamhetsrapport\"><title>R</title>"
	    "<date>%d-12-31</date><outcomes from=\"%d-01-01\" to=\"%s\">%s</outcomes>"
	    "<text><p>x</p></text></followup>", year, year, year, to, outcomes);
	path = write_temp(xml, strlen(xml));
	OK(corpus_add(c, path) >= 0);
	unlink(path);
	free(path);
}

/* "Utfall per år": a goal with outcomes in 2023 and 2024 (the latter up
 * to 30 June) and a measure without a goal in all three years, in the
 * 2025 report: both rows, the goal's 2025 "–", the measure's target "–"
 * (it has none), figures grouped, "–" for a year without; a measure
 * reported in one year only has no row. */
static void
test_compare_trends(void)
{
	struct namnd_ref namnd = { NULL, "Åby kommun", "Socialnämnden", false, 0 };
	struct corpus c = { NULL, 0, 0 };
	struct report_input in;
	struct template t;
	struct doc d;
	struct rep r;
	const struct doc_node *n;
	const struct doc_table *tb = NULL;
	bool usable[8] = { true, true, true, true, true, true, true, true };
	char cell[128], *path, xml[2048];

	snprintf(xml, sizeof(xml),
	    "<agreement id=\"t\" kind=\"iop\" status=\"final\"><title>Ö</title>"
	    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>"
	    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>"
	    "<period from=\"2023-01-01\" to=\"2025-12-31\"/><goals><goal id=\"g\" kind=\"delmal\" "
	    "measure=\"deltagare\" comparison=\"minst\" value=\"60\">Minst 60 deltagare</goal></goals>"
	    "<text><p>x</p></text></agreement>");
	path = write_temp(xml, strlen(xml));
	OK(corpus_add(&c, path) >= 0);
	unlink(path);
	free(path);
	compare_add_followup(&c, 2023, "2023-12-31",
	    "<outcome measure=\"deltagare\" value=\"52\">x</outcome><outcome measure=\"besök\" value=\"1200\">x</outcome>"
	    "<outcome measure=\"samtal\" value=\"9\">x</outcome>");
	compare_add_followup(&c, 2024, "2024-06-30",
	    "<outcome measure=\"deltagare\" value=\"31\">x</outcome><outcome measure=\"Besök\" value=\"700\">x</outcome>"
	    "<outcome measure=\"kurser\" value=\"3\">x</outcome>");
	compare_add_followup(&c, 2025, "2025-12-31",
	    "<outcome measure=\"besök\" value=\"1500\">x</outcome><outcome measure=\"samtal\" value=\"4\">x</outcome>"
	    "<outcome measure=\"möten\" value=\"5\">x</outcome>");
	if (c.n != 4) {
		corpus_free(&c);
		return;
	}
	corpus_link(&c);
	memset(&in, 0, sizeof(in));
	in.corpus = &c;
	in.usable = usable;
	test_doc_begin(&t, &d);
	memset(&r, 0, sizeof(r));
	r.in = &in;
	r.namnd = &namnd;
	r.year = 2025;
	r.bd.doc = &d;
	r.bd.t = &t;
	r.bd.a = d.arena;
	report_compare_trends(&r, c.docs[0].agreement, compare_target);
	for (n = d.root.first; n != NULL; n = n->next)
		if (n->kind == DOC_TABLE && tb == NULL)
			tb = n->table;
	OK(tb != NULL);
	if (tb != NULL) {
		INT_EQ(tb->ncols, 5);
		/* kurser (2024 only, not the report's year) and möten (2025
		 * only) have no row */
		INT_EQ(tb->nrows, 4);
		STR_EQ(compare_cell(tb, 0, 1, cell, sizeof(cell)), "2023");
		STR_EQ(compare_cell(tb, 0, 3, cell, sizeof(cell)), "2025");
		STR_EQ(compare_cell(tb, 1, 0, cell, sizeof(cell)), "deltagare");
		STR_EQ(compare_cell(tb, 1, 1, cell, sizeof(cell)), "52");
		STR_EQ(compare_cell(tb, 1, 2, cell, sizeof(cell)), "31 (t.o.m. 2024-06-30)");
		STR_EQ(compare_cell(tb, 1, 3, cell, sizeof(cell)), "–");
		STR_EQ(compare_cell(tb, 1, 4, cell, sizeof(cell)), "målet");
		STR_EQ(compare_cell(tb, 2, 0, cell, sizeof(cell)), "besök");
		STR_EQ(compare_cell(tb, 2, 1, cell, sizeof(cell)), "1 200");
		STR_EQ(compare_cell(tb, 2, 2, cell, sizeof(cell)), "700 (t.o.m. 2024-06-30)");
		STR_EQ(compare_cell(tb, 2, 3, cell, sizeof(cell)), "1 500");
		STR_EQ(compare_cell(tb, 2, 4, cell, sizeof(cell)), "–");
		STR_EQ(compare_cell(tb, 3, 0, cell, sizeof(cell)), "samtal");
		STR_EQ(compare_cell(tb, 3, 1, cell, sizeof(cell)), "9");
		STR_EQ(compare_cell(tb, 3, 2, cell, sizeof(cell)), "–");
		STR_EQ(compare_cell(tb, 3, 3, cell, sizeof(cell)), "4");
	}
	arena_free(d.arena);
	template_free(&t);
	corpus_free(&c);
}
