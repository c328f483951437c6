/* Unit tests of general tables (<table>): Swedish figures read and
 * written, blanks, and a table read, checked, built and laid out with
 * the structure a screen reader needs.  Included by unit.c, after its
 * helpers (fixed_advance). */
#include "table.h"

static long long
figure(const char *s)
{
	struct table_number n;

	return table_number_parse(s, &n) == 0 ? n.micros : -999;
}

static void
test_table_numbers(void)
{
	struct table_number n;
	char s[64];

	INT_EQ(figure("1 200"), 1200000000LL);
	INT_EQ(figure("1" NBSP "200"), 1200000000LL);
	INT_EQ(figure("1\xE2\x80\x89" "200"), 1200000000LL);	/* thin space */
	INT_EQ(figure("1 200 kr"), 1200000000LL);
	INT_EQ(figure("1 200 kronor"), 1200000000LL);
	INT_EQ(figure("1.200"), 1200000000LL);
	INT_EQ(figure("12.5"), 12500000LL);
	INT_EQ(figure("\xE2\x88\x92" "3"), -3000000LL);	/* U+2212 */
	INT_EQ(figure("-3"), -3000000LL);
	INT_EQ(figure("120 000"), 120000000000LL);
	INT_EQ(table_number_parse("12,5 %", &n), 0);
	INT_EQ(n.micros, 12500000LL);
	INT_EQ(n.decimals, 1);
	STR_EQ(n.unit, "%");
	OK(n.spaced);
	INT_EQ(figure("ca 40"), -999);
	INT_EQ(figure("uppgift saknas"), -999);
	INT_EQ(figure("40 st per vecka"), -999);
	INT_EQ(figure("12 34"), -999);		/* no digit group of three */
	INT_EQ(figure("1234567890123"), -999);	/* past 12 digits */
	OK(table_blank(""));
	OK(table_blank("–"));
	OK(table_blank("—"));
	OK(table_blank("______"));
	OK(!table_blank("0"));
	OK(!table_blank("uppgift saknas"));
	table_number_format(1990000000LL, 0, NULL, s, sizeof(s));
	STR_EQ(s, "1 990");
	table_number_parse("100 %", &n);
	table_number_format(99900000LL, 1, &n, s, sizeof(s));
	STR_EQ(s, "99,9 %");
	table_number_format(-10000000LL, 0, NULL, s, sizeof(s));
	STR_EQ(s, "-10");
}

static const char table_xml[] =
    "<agreement id=\"t\" kind=\"iop\" status=\"final\">\n"
    "<title>Överenskommelse</title>\n"
    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>"
    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>\n"
    "<period from=\"2024-01-01\" to=\"2024-12-31\"/>\n"
    "<text><table><caption>Platser</caption>\n"
    "<column header=\"yes\"/><column kind=\"integer\"/><column kind=\"integer\" width=\"20%\"/>\n"
    "<header><row><cell>Lokal</cell><cell span=\"2\">Antal</cell></row>\n"
    "<row><cell/><cell>Vardag</cell><cell>Helg</cell></row></header>\n"
    "<group label=\"Norr\"><row><cell>Ryd</cell><cell>20</cell><cell>–</cell></row>\n"
    "<sum label-cell=\"1\"><cell>Summa</cell><cell>20</cell><cell/></sum></group>\n"
    "<row><cell>Berga</cell><cell>5</cell><cell>7</cell></row>\n"
    "<total label-cell=\"1\"><cell>Totalt</cell><cell>25</cell><cell>7</cell></total>\n"
    "<note>Källa: föreningen.</note></table>\n"
    "<signatures><signatory party=\"k\"/><signatory party=\"f\"/></signatures></text>\n"
    "</agreement>\n";

static void
test_table_structure(void)
{
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct input in;
	struct doc *d;
	const struct block *b;
	size_t i, captions = 0, row_heads = 0, spans = 0, th = 0, td = 0, rows = 0;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("table.xml", table_xml, strlen(table_xml), &in), 0);
	if (in.agreement == NULL)
		return;
	INT_EQ(validate_agreement(in.agreement), 0);
	b = in.agreement->text;
	INT_EQ(b->kind, BLOCK_TABLE);
	INT_EQ(table_width(b->table), 3);
	INT_EQ(b->table->columns[2].width, 20);
	INT_EQ(b->table->columns[0].row_header, 1);
	template_load(NULL, &t);
	d = build_agreement(in.agreement, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	for (i = 0; i < l.nnodes; i++) {
		const struct struct_node *n = &l.nodes[i];

		if (n->role == SR_CAPTION) {
			captions++;
			INT_EQ(l.nodes[n->parent].role, SR_TABLE);
		}
		rows += n->role == SR_TR;
		th += n->role == SR_TH;
		td += n->role == SR_TD;
		row_heads += n->role == SR_TH && n->scope == SCOPE_ROW;
		spans += n->colspan == 2;
	}
	INT_EQ(captions, 1);
	INT_EQ(rows, 7);		/* 2 header rows, the label, 2 rows, sum, total */
	/* header cells (one spans), the label, 2 row heads, and the sum's
	 * and total's label cells in the header column (finding 15) */
	INT_EQ(th, 5 + 1 + 2 + 2);
	INT_EQ(row_heads, 5);
	INT_EQ(spans, 1);
	INT_EQ(td, 2 * 2 + 2 + 2);	/* the rows' figures, the sum's and total's figures */
	layout_free(&l);
	template_free(&t);
	input_free(&in);
}

/* A table with no text column and no given widths (a date and a kronor
 * column): the columns share the text width, as its rules do, rather
 * than bunch at the left; the kronor figures end at the right margin. */
static const char table_datekr_xml[] =
    "<agreement id=\"t\" kind=\"iop\" status=\"final\">\n"
    "<title>Överenskommelse</title>\n"
    "<date>2024-01-10</date>\n"
    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>\n"
    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>\n"
    "<period from=\"2024-01-01\" to=\"2024-12-31\"/>\n"
    "<text><table>\n"
    "<column kind=\"date\"/><column kind=\"kronor\"/>\n"
    "<header><row><cell>Datum</cell><cell>Belopp</cell></row></header>\n"
    "<row><cell>2024-01-31</cell><cell>150 000 kr</cell></row>\n"
    "<row><cell>2024-07-31</cell><cell>4 000 000 kr</cell></row>\n"
    "<total><cell>Summa</cell><cell>4 150 000 kr</cell></total></table>\n"
    "<signatures><signatory party=\"k\"/><signatory party=\"f\"/></signatures></text>\n"
    "</agreement>\n";

static void
test_table_fills_width(void)
{
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct input in;
	struct doc *d;
	const struct page *p;
	float right = 0, end = 0;
	size_t i;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("datekr.xml", table_datekr_xml, strlen(table_datekr_xml), &in), 0);
	if (in.agreement == NULL)
		return;
	INT_EQ(validate_agreement(in.agreement), 0);
	template_load(NULL, &t);
	d = build_agreement(in.agreement, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	OK(l.npages >= 1);
	p = &l.pages[0];
	for (i = 0; l.npages >= 1 && i < p->n; i++) {
		const struct box *b = &p->boxes[i];

		if (b->kind == BOX_LINE && b->x2 > right)
			right = b->x2;
		if (b->kind == BOX_TEXT && strncmp(b->text, "4", 1) == 0 &&
		    strstr(b->text, "150") != NULL)
			end = b->x + layout_text_width(&m, b->text, b->face, b->size);
	}
	OK(end > 0);
	/* right-aligned in the last column, inside its padding */
	OK(end > right - 10 && end <= right + 0.5f);
	layout_free(&l);
	template_free(&t);
	input_free(&in);
}

/* A table whose longest words do not fit side by side (30 figure
 * columns) is set in smaller type, down to 6 pt (README: "Widths and
 * type size"), and stays within the text width. */
static void
test_table_small_type(void)
{
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct input in;
	struct doc *d;
	struct buf x = { NULL, 0, 0 };
	float right = 0, end = 0, small = 100;
	size_t i, c;

	buf_adds(&x, "<agreement id=\"t\" kind=\"iop\" status=\"final\">\n"
	    "<title>Överenskommelse</title>\n<date>2024-01-10</date>\n"
	    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>\n"
	    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>\n"
	    "<period from=\"2024-01-01\" to=\"2024-12-31\"/>\n<text><table>\n");
	for (c = 0; c < 30; c++)
		buf_adds(&x, "<column kind=\"integer\"/>");
	buf_adds(&x, "\n<row>");
	for (c = 0; c < 30; c++)
		buf_adds(&x, "<cell>123 456</cell>");
	buf_adds(&x, "</row></table>\n"
	    "<signatures><signatory party=\"k\"/><signatory party=\"f\"/></signatures></text>\n"
	    "</agreement>\n");
	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("wide.xml", x.data, x.len, &in), 0);
	buf_free(&x);
	if (in.agreement == NULL)
		return;
	INT_EQ(validate_agreement(in.agreement), 0);
	template_load(NULL, &t);
	d = build_agreement(in.agreement, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	OK(l.npages >= 1);
	for (i = 0; l.npages >= 1 && i < l.pages[0].n; i++) {
		const struct box *b = &l.pages[0].boxes[i];

		if (b->kind == BOX_LINE && b->x2 > right)
			right = b->x2;
		if (b->kind == BOX_TEXT && b->node >= 0 && l.nodes[b->node].role == SR_TD) {
			if (b->size < small)
				small = b->size;
			if (b->x + layout_text_width(&m, b->text, b->face, b->size) > end)
				end = b->x + layout_text_width(&m, b->text, b->face, b->size);
		}
	}
	OK(small >= 6.0f - 0.001f && small < t.size_table);
	OK(end > 0 && end <= right + 0.5f);
	layout_free(&l);
	template_free(&t);
	input_free(&in);
}

/* Every table's caption in one style, the template's ([sizes] caption,
 * [layout] caption-bold, [colors] caption), at its table's left edge and
 * tagged as its Caption: a budget's and a general table's alike (a
 * budget's was a plain paragraph at the text's indent, a table's bold
 * at the frame's edge: review J2). */
static const char table_captions_xml[] =
    "<agreement id=\"t\" kind=\"iop\" status=\"final\">\n"
    "<title>Överenskommelse</title>\n"
    "<date>2024-01-10</date>\n"
    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>\n"
    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>\n"
    "<period from=\"2024-01-01\" to=\"2024-12-31\"/>\n"
    "<text><section number=\"1.\"><heading>Ekonomi</heading>\n"
    "<budget party=\"k\" per=\"year\" kind=\"money\"><caption>Kommunens bidrag</caption>\n"
    "<line amount=\"100000\"><label>Lokal</label></line>\n"
    "<line amount=\"50000\"><label>Material</label></line></budget>\n"
    "<table><caption>Tider</caption><column/><column/>\n"
    "<header><row><cell>Dag</cell><cell>Tid</cell></row></header>\n"
    "<row><cell>Måndag</cell><cell>kl. 15–18</cell></row></table>\n"
    "</section>\n"
    "<signatures><signatory party=\"k\"/><signatory party=\"f\"/></signatures></text>\n"
    "</agreement>\n";

static void
test_table_captions(void)
{
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct input in;
	struct doc *d;
	size_t pg, i, n = 0, budget = 0, table = 0;
	float left = 1e9f;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("captions.xml", table_captions_xml, strlen(table_captions_xml), &in), 0);
	if (in.agreement == NULL)
		return;
	INT_EQ(validate_agreement(in.agreement), 0);
	template_load(NULL, &t);
	d = build_agreement(in.agreement, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	for (pg = 0; pg < l.npages; pg++)
		for (i = 0; i < l.pages[pg].n; i++) {
			const struct box *b = &l.pages[pg].boxes[i];

			if (b->kind == BOX_LINE && b->x < left)
				left = b->x;
		}
	for (pg = 0; pg < l.npages; pg++)
		for (i = 0; i < l.pages[pg].n; i++) {
			const struct box *b = &l.pages[pg].boxes[i];

			if (b->kind != BOX_TEXT || b->node < 0 || l.nodes[b->node].role != SR_CAPTION)
				continue;
			n++;
			budget += strncmp(b->text, "Kommunens", 9) == 0;
			table += strncmp(b->text, "Tider", 5) == 0;
			OK(b->face == (t.caption_bold ? FACE_BOLD : FACE_REGULAR));
			OK(b->size > t.size_caption - 0.01f && b->size < t.size_caption + 0.01f);
			OK(b->color.r == t.color_caption.r && b->color.b == t.color_caption.b);
			if (strncmp(b->text, "Kommunens", 9) == 0 || strncmp(b->text, "Tider", 5) == 0)
				OK(b->x > t.table_margin_left - 0.5f && b->x < t.table_margin_left + 0.5f);
		}
	INT_EQ(budget, 1);
	INT_EQ(table, 1);
	OK(n >= 2);
	layout_free(&l);
	template_free(&t);
	input_free(&in);
}

/* A table's note with blanks to fill in ("Datum: ______") is set at the
 * body size with room to write over its lines, not in the small size of
 * a note (Åsby's Bilaga 1: "Förening: ____ Underskrift: ____" at 8.5 pt);
 * a note without blanks stays small. */
static const char table_form_xml[] =
    "<agreement id=\"t\" kind=\"iop\" status=\"final\">\n"
    "<title>Överenskommelse</title>\n"
    "<date>2024-01-10</date>\n"
    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>\n"
    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>\n"
    "<period from=\"2024-01-01\" to=\"2024-12-31\"/>\n"
    "<text><table><column/><column kind=\"integer\"/>\n"
    "<header><row><cell>Plats</cell><cell>Antal</cell></row></header>\n"
    "<row><cell>__________</cell><cell>____</cell></row>\n"
    "<note>Källa: föreningens egna listor.</note>\n"
    "<note>Datum: __________</note></table>\n"
    "<signatures><signatory party=\"k\"/><signatory party=\"f\"/></signatures></text>\n"
    "</agreement>\n";

static void
test_table_form_note(void)
{
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct input in;
	struct doc *d;
	size_t pg, i, blank = 0, plain = 0;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("form.xml", table_form_xml, strlen(table_form_xml), &in), 0);
	if (in.agreement == NULL)
		return;
	INT_EQ(validate_agreement(in.agreement), 0);
	template_load(NULL, &t);
	d = build_agreement(in.agreement, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	for (pg = 0; pg < l.npages; pg++)
		for (i = 0; i < l.pages[pg].n; i++) {
			const struct box *b = &l.pages[pg].boxes[i];

			if (b->kind != BOX_TEXT)
				continue;
			if (strstr(b->text, "___") != NULL && b->node >= 0 &&
			    l.nodes[b->node].role != SR_TD && l.nodes[b->node].role != SR_TH) {
				blank++;
				OK(b->size > t.size_body - 0.01f);
			}
			if (strncmp(b->text, "Källa", 5) == 0) {
				plain++;
				OK(b->size < t.size_body);
			}
		}
	INT_EQ(blank, 1);
	INT_EQ(plain, 1);
	layout_free(&l);
	template_free(&t);
	input_free(&in);
}

/* A text column squeezed by figure columns to its longest word, its
 * text wanting many times that (Björkvik's "Beskrivning" beside four
 * year columns, four lines a row): the table is set a point smaller,
 * so that the text gets room; a table with room keeps its size. */
static void
test_table_squeezed(void)
{
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct input in;
	struct doc *d;
	struct buf x = { NULL, 0, 0 };
	float small = 100, big = 0;
	size_t i, pg;

	buf_adds(&x, "<agreement id=\"t\" kind=\"iop\" status=\"final\">\n"
	    "<title>Överenskommelse</title>\n<date>2024-01-10</date>\n"
	    "<parties><party id=\"k\" role=\"public\"><name>Kommunen</name></party>\n"
	    "<party id=\"f\" role=\"ideburen\"><name>Föreningen</name></party></parties>\n"
	    "<period from=\"2024-01-01\" to=\"2024-12-31\"/>\n<text><table>\n"
	    "<column/><column/><column kind=\"kronor\"/><column kind=\"kronor\"/>"
	    "<column kind=\"kronor\"/><column kind=\"kronor\"/>\n"
	    "<header><row><cell>Post</cell><cell>Beskrivning</cell><cell>2025</cell>"
	    "<cell>2026</cell><cell>2027</cell><cell>Totalt</cell></row></header>\n"
	    "<row><cell>Verksamhetsledare</cell><cell>Hyra enligt avtal med Björkviks "
	    "Folkets hus och lovaktiviteter</cell><cell>1 140 000 kr</cell><cell>1 165 000 kr</cell>"
	    "<cell>1 045 000 kr</cell><cell>3 350 000 kr</cell></row></table>\n"
	    "<table><column/><column kind=\"kronor\"/>\n"
	    "<header><row><cell>Post</cell><cell>Belopp</cell></row></header>\n"
	    "<row><cell>Lokal</cell><cell>100 000 kr</cell></row></table>\n"
	    "<signatures><signatory party=\"k\"/><signatory party=\"f\"/></signatures></text>\n"
	    "</agreement>\n");
	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("squeezed.xml", x.data, x.len, &in), 0);
	buf_free(&x);
	if (in.agreement == NULL)
		return;
	INT_EQ(validate_agreement(in.agreement), 0);
	template_load(NULL, &t);
	d = build_agreement(in.agreement, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	for (pg = 0; pg < l.npages; pg++)
		for (i = 0; i < l.pages[pg].n; i++) {
			const struct box *b = &l.pages[pg].boxes[i];

			if (b->kind != BOX_TEXT || b->node < 0 || l.nodes[b->node].role != SR_TD)
				continue;
			if (strstr(b->text, "350") != NULL && b->size < small)
				small = b->size;
			if (strstr(b->text, "100") != NULL && b->size > big)
				big = b->size;
		}
	OK(small < t.size_table - 0.5f && small > t.size_table - 1.01f);
	OK(big > t.size_table - 0.01f);
	layout_free(&l);
	template_free(&t);
	input_free(&in);
}
