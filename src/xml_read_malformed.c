/* A file that is not well-formed XML, said in our words with what to
 * write (issue 15): libxml2's parser texts ("StartTag: invalid element
 * name", "Opening and ending tag mismatch: p line 22 and section") are
 * English and name the parser's state, not the handläggare's mistake.
 * The kinds a hand-edited file has are rewritten from the error's code
 * and fields; any other keeps libxml2's text. */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <libxml/xmlerror.h>

#include "diag.h"
#include "xml_read_int.h"

/* The same printf arguments to the English or the Swedish text, as the
 * messages' language is; both formats literal, so the compiler checks
 * them. */
#define SAY(en, sv, ...) \
	(diag_swedish() ? snprintf(out, size, sv, __VA_ARGS__) : \
	    snprintf(out, size, en, __VA_ARGS__))
/* A text without conversions, in the language chosen. */
#define SAY_TEXT(en, sv) snprintf(out, size, "%s", diag_word(en, sv))

/* The characters of HTML's named entities a Word or web text brings
 * most often: named with their number, which XML reads. */
static const struct {
	const char *name;
	int code;
	const char *en, *sv;
} html_entities[] = {
	{ "nbsp", 160, "a no-break space", "ett hårt mellanslag" },
	{ "ndash", 8211, "a dash", "ett tankstreck" },
	{ "mdash", 8212, "a long dash", "ett långt tankstreck" },
	{ "hellip", 8230, "an ellipsis", "en ellips" },
	{ "shy", 173, "a soft hyphen", "ett mjukt bindestreck" },
	{ "laquo", 171, "a quotation mark", "ett citattecken" },
	{ "raquo", 187, "a quotation mark", "ett citattecken" },
	{ "rsquo", 8217, "an apostrophe", "en apostrof" },
};

static void
undeclared_entity(const char *name, char *out, size_t size)
{
	size_t i;

	for (i = 0; i < sizeof(html_entities) / sizeof(html_entities[0]); i++)
		if (strcmp(name, html_entities[i].name) == 0) {
			SAY("&%s; is not known in XML: write the character itself, or its number (&#%d; for %s); "
			    "XML knows only &amp; &lt; &gt; &quot; &apos;",
			    "&%s; finns inte i XML: skriv tecknet självt, eller dess nummer (&#%d; för %s); "
			    "XML känner bara &amp; &lt; &gt; &quot; &apos;",
			    name, html_entities[i].code,
			    diag_swedish() ? html_entities[i].sv : html_entities[i].en);
			return;
		}
	SAY("&%s; is not known in XML: write the character itself, or its number (&#NNNN;); "
	    "XML knows only &amp; &lt; &gt; &quot; &apos;",
	    "&%s; finns inte i XML: skriv tecknet självt, eller dess nummer (&#NNNN;); "
	    "XML känner bara &amp; &lt; &gt; &quot; &apos;", name);
}

bool
malformed_text(const xmlError *err, char *out, size_t size)
{
	const char *m = err->message != NULL ? err->message : "";
	const char *s1 = err->str1, *s2 = err->str2;
	bool structural = true;

	switch (err->code) {
	case XML_ERR_ENTITYREF_SEMICOL_MISSING:
		structural = false;
		SAY_TEXT("an \"&\" that starts no entity; write it as &amp;",
		    "ett \"&\" som inte inleder någon entitet; skriv det som &amp;");
		break;
	case XML_ERR_UNDECLARED_ENTITY:
	case XML_WAR_UNDECLARED_ENTITY:
		structural = false;
		if (s1 != NULL)
			undeclared_entity(s1, out, size);
		else
			SAY_TEXT(m, m);
		break;
	case XML_ERR_NAME_REQUIRED:
		if (strncmp(m, "xmlParseEntityRef", 17) == 0) {
			structural = false;
			SAY_TEXT("an \"&\" that starts no entity; write it as &amp;",
			    "ett \"&\" som inte inleder någon entitet; skriv det som &amp;");
		} else if (strncmp(m, "StartTag", 8) == 0)
			SAY_TEXT("a \"<\" that starts no element: write it as &lt; in text",
			    "ett \"<\" som inte inleder något element: skriv det som &lt; i text");
		else
			SAY_TEXT("a tag's attributes cannot be read here: check their quotes, and that the tag ends with \">\"",
			    "taggens attribut kan inte läsas här: kontrollera deras citattecken, och att taggen slutar med \">\"");
		break;
	case XML_ERR_LT_IN_ATTRIBUTE:
		structural = false;
		SAY_TEXT("a \"<\" in an attribute's value: write it as &lt;",
		    "ett \"<\" i ett attributs värde: skriv det som &lt;");
		break;
	case XML_ERR_ATTRIBUTE_NOT_STARTED:
	case XML_ERR_ATTRIBUTE_WITHOUT_VALUE:
		SAY_TEXT("an attribute's value must be in quotes: name=\"value\"",
		    "ett attributs värde ska stå inom citattecken: namn=\"värde\"");
		break;
	case XML_ERR_ATTRIBUTE_REDEFINED:
		structural = false;
		SAY("the attribute %s is written twice in one element: keep one",
		    "attributet %s står två gånger i samma element: behåll ett", s1 != NULL ? s1 : "?");
		break;
	case XML_ERR_GT_REQUIRED:
		if (s1 != NULL)
			SAY("the tag <%s> of line %d does not end with \">\": check its attributes and their quotes",
			    "taggen <%s> på rad %d slutar inte med \">\": kontrollera dess attribut och deras citattecken",
			    s1, err->int1);
		else
			SAY_TEXT("the tag does not end with \">\": check its attributes and their quotes",
			    "taggen slutar inte med \">\": kontrollera dess attribut och deras citattecken");
		break;
	case XML_ERR_TAG_NAME_MISMATCH:
		if (s1 != NULL && s2 != NULL)
			SAY("</%s> closes <%s> of line %d: write </%s>, or add the end tags missing before it",
			    "</%s> avslutar <%s> på rad %d: skriv </%s>, eller lägg till sluttaggarna som saknas före den",
			    s2, s1, err->int1, s1);
		else
			SAY_TEXT(m, m);
		break;
	case XML_ERR_TAG_NOT_FINISHED:
		if (s1 != NULL)
			SAY("the file ends before <%s> of line %d is closed: add </%s>, or the file was cut short",
			    "filen slutar innan <%s> på rad %d har avslutats: lägg till </%s>, eller så har filen blivit avkortad",
			    s1, err->int1, s1);
		else
			SAY_TEXT(m, m);
		break;
	case XML_ERR_DOCUMENT_END:
		SAY_TEXT("something follows the document's last end tag: everything must be inside the document element",
		    "något står efter dokumentets sista sluttagg: allt ska stå inuti dokumentelementet");
		break;
	case XML_ERR_HYPHEN_IN_COMMENT:
		structural = false;
		SAY_TEXT("a comment holds \"--\", which XML does not allow between <!-- and -->: write it otherwise",
		    "en kommentar innehåller \"--\", som XML inte tillåter mellan <!-- och -->: skriv det på annat sätt");
		break;
	case XML_ERR_COMMENT_NOT_FINISHED:
		SAY_TEXT("a comment that begins with <!-- is not closed with -->",
		    "en kommentar som börjar med <!-- avslutas inte med -->");
		break;
	case XML_ERR_INVALID_CHAR:
		structural = false;
		if (err->int1 > 0 && err->int1 < 0x20)
			SAY("a control character (U+%04X) that XML does not allow: remove it",
			    "ett styrtecken (U+%04X) som XML inte tillåter: ta bort det", (unsigned)err->int1);
		else
			SAY_TEXT(m, m);
		break;
	default:
		SAY_TEXT(m, m);
		break;
	}
	return structural;
}
