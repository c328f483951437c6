/* Unit tests of the schema's messages (xml_read_schema.c, issue 15): the
 * "did you mean" distance, the words of enumerated values, and the
 * messages in both languages; included by unit.c. */
#include "xml_read_schema.h"

static void
test_schema_distance(void)
{
	static const char *const head[] = { "subtitle", "effort", "date", "purpose", NULL };
	static const char *const period[] = { "from", "to", NULL };
	static const char *const section[] = { "p", "list", "section", "table", NULL };

	INT_EQ(schema_edit_distance("purpse", "purpose"), 1);
	INT_EQ(schema_edit_distance("paragrah", "paragraph"), 1);
	INT_EQ(schema_edit_distance("ab", "ba"), 1);		/* a swap is one slip */
	INT_EQ(schema_edit_distance("kitten", "sitting"), 3);
	INT_EQ(schema_edit_distance("", "abc"), 3);
	INT_EQ(schema_edit_distance("same", "same"), 0);
	STR_EQ(schema_nearest("purpse", head), "purpose");
	STR_EQ(schema_nearest("frm", period), "from");
	OK(schema_nearest("insats", head) == NULL);
	OK(schema_nearest("xyz", period) == NULL);
	/* "to" is not offered for "x": as much typed anew as corrected */
	OK(schema_nearest("x", period) == NULL);
	/* a common name of an allowed element */
	STR_EQ(schema_nearest("paragraph", section), "p");
	STR_EQ(schema_nearest("paragrah", section), "p");
	OK(schema_nearest("paragraph", period) == NULL);
}

static void
test_schema_words(void)
{
	static const char yes_no[] = "'yes', 'no'";
	static const char comparison[] =
	    "'minst', 'hogst', 'oka', 'minska', 'bibehalla', 'mellan'";
	static const char per[] = "'year', 'half-year', 'period'";

	STR_EQ(schema_value_canonical("ja", yes_no), "yes");
	STR_EQ(schema_value_canonical("Nej", yes_no), "no");
	STR_EQ(schema_value_canonical("YES", yes_no), "yes");
	STR_EQ(schema_value_canonical("högst", comparison), "hogst");
	STR_EQ(schema_value_canonical("at-most", comparison), "hogst");
	STR_EQ(schema_value_canonical("öka", comparison), "oka");
	STR_EQ(schema_value_canonical("bibehålla", comparison), "bibehalla");
	STR_EQ(schema_value_canonical("halvår", per), "half-year");
	STR_EQ(schema_value_canonical("halvar", per), "half-year");
	STR_EQ(schema_value_canonical("half year", per), "half-year");
	/* a word of a value the place does not allow stands for nothing */
	OK(schema_value_canonical("månad", per) == NULL);
	OK(schema_value_canonical("maybe", yes_no) == NULL);
	/* one word, different values by the place */
	STR_EQ(schema_value_canonical("slutlig", "'draft', 'final', 'signed'"), "final");
	STR_EQ(schema_value_canonical("slutlig", "'preliminary', 'definitive'"), "definitive");
	STR_EQ(schema_value_canonical("kommun", "'public', 'ideburen'"), "public");
	STR_EQ(schema_value_canonical("kommun", "'kommun', 'region', 'other'"), "kommun");
	STR_EQ(schema_value_swedish("draft"), "utkast");
	OK(schema_value_swedish("minst") == NULL);
}

/* Every enumeration of the schema: each value stands for itself (it has
 * its words) and its Swedish word for it alone among its neighbours. */
static void
test_schema_enumerations_covered(void)
{
	FILE *f = fopen("src/schema/iopdoc.xsd", "r");
	char line[512], set[2048] = "", values[32][64];
	const char *p, *q, *sv;
	size_t n = 0, i, sets = 0, bad = 0;

	OK(f != NULL);
	if (f == NULL)
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		if ((p = strstr(line, "<xs:enumeration value=\"")) != NULL && n < 32) {
			p += 23;
			q = strchr(p, '"');
			snprintf(values[n], sizeof(values[n]), "%.*s", (int)(q - p), p);
			snprintf(set + strlen(set), sizeof(set) - strlen(set), "%s'%s'",
			    n > 0 ? ", " : "", values[n]);
			n++;
		} else if (strstr(line, "</xs:restriction>") != NULL && n > 0) {
			for (i = 0; i < n; i++) {
				p = schema_value_canonical(values[i], set);
				sv = schema_value_swedish(values[i]);
				if (p == NULL || strcmp(p, values[i]) != 0 ||
				    (sv != NULL && ((p = schema_value_canonical(sv, set)) == NULL ||
				    strcmp(p, values[i]) != 0))) {
					fprintf(stderr, "enumeration {%s}: %s has no words of its own\n",
					    set, values[i]);
					bad++;
				}
			}
			sets++;
			n = 0;
			set[0] = '\0';
		}
	}
	fclose(f);
	OK(sets >= 30);
	INT_EQ(bad, 0);
}

static const char schema_msg_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<agreement id=\"a\" kind=\"iop\" status=\"utkast\">\n"
    "  <title>Överenskommelse</title>\n"
    "  <parties>\n"
    "    <party id=\"kommun\" role=\"offentlig\"><name>K</name></party>"
    "<party id=\"f\" role=\"idéburen\"><name>F</name></party>\n"
    "  </parties>\n"
    "  <period from=\"2019-1-1\" to=\"2021-12-31\"/>\n"
    "  <economy><stated-total amount=\"800 000\" per=\"år\"/></economy>\n"
    "  <text><p>x</p>\n<paragrah>y</paragrah></text>\n"
    "</agreement>\n";

static int
schema_count_lines(const char *s)
{
	int n = 0;

	for (; *s != '\0'; s++)
		n += *s == '\n';
	return n;
}

/* What reading schema_msg_xml says, in Swedish or in English. */
static char *
schema_messages(bool swedish)
{
	struct diag_ctx ctx;
	struct buf said = { NULL, 0, 0 };
	struct input in;

	diag_set_swedish(swedish);
	diag_open(&ctx, &said);
	INT_EQ(xml_read_memory("m.xml", schema_msg_xml, strlen(schema_msg_xml), &in), -1);
	diag_close(&ctx, DIAG_KEEP_APART);
	diag_set_swedish(false);
	return said.data;
}

static void
test_schema_messages(void)
{
	char *en = schema_messages(false), *sv = schema_messages(true);

	OK(en != NULL && sv != NULL);
	if (en == NULL || sv == NULL)
		goto done;
	/* the element's line, our words, what to write */
	OK(strstr(en, "m.xml:10: error: <paragrah> is not allowed here in <text>: "
	    "did you mean <p>?") != NULL);
	OK(strstr(sv, "m.xml:10: fel: <paragrah> får inte stå här i <text>: "
	    "menade du <p>?") != NULL);
	OK(strstr(en, "m.xml:7: error: <period from=\"2019-1-1\">: write the date as "
	    "YYYY-MM-DD, e.g. 2019-01-01") != NULL);
	OK(strstr(sv, "m.xml:7: fel: <period from=\"2019-1-1\">: skriv datum som "
	    "ÅÅÅÅ-MM-DD, t.ex. 2019-01-01") != NULL);
	OK(strstr(en, "m.xml:8: error: <stated-total amount=\"800 000\">: write the amount "
	    "in whole kronor, digits only, without spaces, decimals or \"kr\": 800000") != NULL);
	OK(strstr(sv, "m.xml:8: fel: <stated-total amount=\"800 000\">: skriv belopp i hela "
	    "kronor med bara siffror, utan mellanslag, decimaler eller \"kr\": 800000") != NULL);
	/* utkast, offentlig and år are words of allowed values: no message */
	OK(strstr(en, "status") == NULL && strstr(en, "role") == NULL && strstr(en, "per=") == NULL);
	/* nothing else, and no libxml2 wording */
	OK(strstr(en, "Element '") == NULL && strstr(sv, "Element '") == NULL);
	INT_EQ(schema_count_lines(en), 3);
	INT_EQ(schema_count_lines(sv), 3);
done:
	free(en);
	free(sv);
}

static void
test_schema_all(void)
{
	test_schema_distance();
	test_schema_words();
	test_schema_enumerations_covered();
	test_schema_messages();
}
