/* The typographic pass (src/typo.c, issue 14 TT): Swedish quotes,
 * dashes and no-break spaces, and what it must leave alone.  Included
 * by unit.c. */
#include "typo.h"

#define TY_NDASH	"\xE2\x80\x93"
#define TY_RQ		"\xE2\x80\x9D"
#define TY_RS		"\xE2\x80\x99"

static void
typo_eq(const char *in, const char *want)
{
	char *got = typo_apply(in, true);

	STR_EQ(got, want);
	free(got);
}

static void
test_typo(void)
{
	char *got;

	/* quotes: ” on both sides, ’ for ' */
	typo_eq("projektet \"Språkvänner\" och IKF's", "projektet " TY_RQ "Språkvänner" TY_RQ
	    " och IKF" TY_RS "s");
	typo_eq("'citat'", TY_RS "citat" TY_RS);
	/* in another language: “ ” and ‘ ’ by their side */
	got = typo_apply("the \"Language friends\" project", false);
	STR_EQ(got, "the \xE2\x80\x9C" "Language friends" TY_RQ " project");
	free(got);
	/* URLs and e-mail addresses as written */
	typo_eq("https://ex.se/a'b\"c", "https://ex.se/a'b\"c");
	typo_eq("o'neil@ex.se", "o'neil@ex.se");
	typo_eq("www.ex.se/2017-2018", "www.ex.se/2017-2018");
	/* ranges: years, small numbers, months */
	typo_eq("2017-2018", "2017" TY_NDASH "2018");
	typo_eq("(2017-2018),", "(2017" TY_NDASH "2018),");
	typo_eq("10-20 deltagare", "10" TY_NDASH "20 deltagare");
	typo_eq("10 - 20 personer", "10" TY_NDASH "20 personer");
	typo_eq("10 " TY_NDASH " 20 personer", "10" TY_NDASH "20 personer");
	typo_eq("jan - okt", "jan" TY_NDASH "okt");
	typo_eq("jan" TY_NDASH "okt", "jan" TY_NDASH "okt");
	typo_eq("jan-okt", "jan" TY_NDASH "okt");
	/* a spaced dash between dates stays spaced, no break before it */
	typo_eq("2027-01-01 - 2027-06-30", "2027-01-01" NBSP TY_NDASH NBSP "2027-06-30");
	typo_eq("2027-01-01 " TY_NDASH " 2027-06-30", "2027-01-01" NBSP TY_NDASH NBSP "2027-06-30");
	typo_eq("11" TY_NDASH "31 augusti", "11" TY_NDASH "31" NBSP "augusti");
	typo_eq("augusti" TY_NDASH "31 december", "augusti" TY_NDASH "31" NBSP "december");
	typo_eq("1 jan - 31 okt", "1" NBSP "jan" NBSP TY_NDASH " 31" NBSP "okt");
	/* a lone hyphen between words */
	typo_eq("samverkan - inte konkurrens", "samverkan" NBSP TY_NDASH " inte konkurrens");
	/* not ranges */
	typo_eq("2025-01-01", "2025-01-01");
	typo_eq("212000-0449", "212000-0449");
	typo_eq("802011-3355", "802011-3355");
	typo_eq("19850101-1234", "19850101-1234");
	typo_eq("AMN-2019-00123", "AMN-2019-00123");
	typo_eq("IOP-överenskommelse", "IOP-överenskommelse");
	typo_eq("2018-2017", "2018-2017");
	typo_eq("20-10", "20-10");
	typo_eq("05-10", "05-10");
	typo_eq("1-2-3", "1-2-3");
	typo_eq("1850-1860", "1850-1860");
	typo_eq("2021-456", "2021-456");
	typo_eq("1 000 - 2 000 kr", "1" NBSP "000" NBSP TY_NDASH " 2" NBSP "000" NBSP "kr");
	/* phone numbers: one unbreakable unit, the hyphen kept */
	typo_eq("tel. 031-390 06 12.", "tel. 031-390" NBSP "06" NBSP "12.");
	typo_eq("08-123 45 67 eller", "08-123" NBSP "45" NBSP "67 eller");
	/* amounts, units */
	typo_eq("600 000 kr", "600" NBSP "000" NBSP "kr");
	typo_eq("1 077 600 kronor", "1" NBSP "077" NBSP "600" NBSP "kronor");
	typo_eq("187 200 kr.", "187" NBSP "200" NBSP "kr.");
	typo_eq("2% och 56 %", "2" NBSP "% och 56" NBSP "%");
	/* a unit written right after its number (review r31: "199st") */
	typo_eq("199st (89kvinnor/ 110män), 71st.", "199" NBSP "st (89kvinnor/ 110män), 71" NBSP "st.");
	typo_eq("kostar 500kr/år", "kostar 500" NBSP "kr/år");
	typo_eq("B12st 3h 2start", "B12st 3h 2start");	/* no unit, or none alone */
	typo_eq("12 st, 40 timmar, 3 tim, 5 tkr, 2,5 mnkr", "12" NBSP "st, 40" NBSP "timmar, 3" NBSP
	    "tim, 5" NBSP "tkr, 2,5" NBSP "mnkr");
	typo_eq("år 2019 100 deltagare", "år 2019 100 deltagare");
	typo_eq("600 000 kr/ år", "600" NBSP "000" NBSP "kr/ år");
	typo_eq("1 januari" TY_NDASH "30 juni", "1" NBSP "januari" TY_NDASH "30" NBSP "juni");
	/* dates in words, references */
	typo_eq("den 31 januari 2025", "den 31" NBSP "januari 2025");
	typo_eq("3 maj", "3" NBSP "maj");
	typo_eq("32 januari", "32 januari");
	typo_eq("org. nr 212000-1355", "org." NBSP "nr" NBSP "212000-1355");
	typo_eq("§ 94 och nr 3", "\xC2\xA7" NBSP "94 och nr" NBSP "3");
	/* a law's chapter and paragraph after their numbers (review of
	 * tests/unseen: "14 kap. 1 / § socialtjänstlagen") */
	typo_eq("(14 kap. 1 § socialtjänstlagen)", "(14" NBSP "kap." NBSP "1" NBSP "\xC2\xA7 socialtjänstlagen)");
	typo_eq("enligt 2 och 3 §§ i lagen", "enligt 2 och 3" NBSP "\xC2\xA7\xC2\xA7 i lagen");
	typo_eq("KS 2021/456", "KS" NBSP "2021/456");
	/* a reference and its number (review J1: "i bilaga" / "1.") */
	typo_eq("i bilaga 1.", "i bilaga" NBSP "1.");
	typo_eq("enligt avsnitt 3 och punkt 4", "enligt avsnitt" NBSP "3 och punkt" NBSP "4");
	typo_eq("Bilaga 2, kapitel 5, sidan 7", "Bilaga" NBSP "2, kapitel" NBSP "5, sidan" NBSP "7");
	typo_eq("bilagan 1", "bilagan" NBSP "1");
	typo_eq("581 83 Linköping", "581" NBSP "83 Linköping");
	/* spaces otherwise as written, line breaks kept */
	typo_eq("  a\nb  c ", "  a\nb  c ");
	typo_eq("", "");
	typo_eq("-", "-");
}

/* Whether a span of d's text holds s. */
static int
typo_doc_has(const struct doc *d, const char *s)
{
	const struct doc_node *n;
	const struct doc_span *sp;

	for (n = doc_next(&d->root, &d->root); n != NULL; n = doc_next(n, &d->root))
		for (sp = n->text.first; sp != NULL; sp = sp->next)
			if (strstr(sp->text, s) != NULL)
				return 1;
	return 0;
}

/* The pass runs when the builder finishes the document, and only with
 * [format] typography = yes (the default); the document's properties
 * keep the title as written. */
static void
test_typo_doc(void)
{
	struct template t;
	struct agreement *ag = NULL;
	struct doc *doc;
	int on;

	INT_EQ(template_load(NULL, &t), 0);
	OK(t.typography);
	for (on = 1; on >= 0; on--) {
		t.typography = on;
		INT_EQ(xml_read_agreement("tests/bad/good-layout-typography.xml", &ag), 0);
		if (ag == NULL)
			break;
		INT_EQ(validate_agreement(ag), 0);
		doc = build_agreement(ag, &t);
		OK(doc != NULL);
		if (doc != NULL) {
			INT_EQ(typo_doc_has(doc, "IOP " TY_RQ "Språkvänner" TY_RQ " 2017" TY_NDASH "2018"), on);
			INT_EQ(typo_doc_has(doc, "IOP \"Språkvänner\" 2017-2018"), !on);
			INT_EQ(typo_doc_has(doc, "600" NBSP "000" NBSP "kr"), on);
			OK(strstr(doc->title, "IOP \"Språkvänner\" 2017-2018") != NULL);
		}
		agreement_free(ag);
		ag = NULL;
	}
	template_free(&t);
}
