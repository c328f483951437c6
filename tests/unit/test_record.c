/* Unit tests of issue 14's signature pages and follow-up record head:
 * a follow-up's <place> as read, the template's signature settings;
 * included by unit.c (after write_temp). */

/* A follow-up's <place>, the record head's Plats: read as written, NULL
 * when not given. */
static void
test_followup_place(void)
{
	const char *with = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<followup id=\"f\" agreement=\"a\" kind=\"styrgrupp\"><title>Styrgrupp</title>"
	    "<date>2024-05-14</date><place>Sjöbergs kommunhus, rum Lärkan</place>"
	    "<text><p>Text.</p></text></followup>\n";
	const char *without = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<followup id=\"f\" agreement=\"a\" kind=\"styrgrupp\"><title>Styrgrupp</title>"
	    "<date>2024-05-14</date><text><p>Text.</p></text></followup>\n";
	struct input in;
	char *path;

	path = write_temp(with, strlen(with));
	INT_EQ(xml_read(path, &in), 0);
	INT_EQ(in.type, INPUT_FOLLOWUP);
	if (in.followup != NULL) {
		STR_EQ(in.followup->place, "Sjöbergs kommunhus, rum Lärkan");
		INT_EQ(in.followup->place_line, 2);
		input_free(&in);
	}
	unlink(path);
	free(path);
	path = write_temp(without, strlen(without));
	INT_EQ(xml_read(path, &in), 0);
	if (in.followup != NULL) {
		OK(in.followup->place == NULL);
		input_free(&in);
	}
	unlink(path);
	free(path);
}

/* The signature blocks' template settings: 20 mm to sign and the
 * "Befattning" label by default; a signing space outside 8-60 mm
 * refused. */
static void
test_template_signature(void)
{
	struct template t;
	const char *good = "[sizes]\nsignature-space = 25mm\n[labels]\ntitle = Titel\n";
	const char *bad = "[sizes]\nsignature-space = 2mm\n";
	char *path;

	INT_EQ(template_load(NULL, &t), 0);
	OK(fabsf(t.signature_space - 20 * 72 / 25.4f) < 0.01f);
	STR_EQ(t.label_title, "Befattning");
	STR_EQ(t.label_place_date, "Ort och datum");
	STR_EQ(t.label_prepared_by, "Upprättad av:");
	STR_EQ(t.label_participants, "Deltagare");
	template_free(&t);
	path = write_temp(good, strlen(good));
	INT_EQ(template_load(path, &t), 0);
	OK(fabsf(t.signature_space - 25 * 72 / 25.4f) < 0.01f);
	STR_EQ(t.label_title, "Titel");
	template_free(&t);
	unlink(path);
	free(path);
	path = write_temp(bad, strlen(bad));
	INT_EQ(template_load(path, &t), -1);
	template_free(&t);
	unlink(path);
	free(path);
}


/* The participants table (Namn | Organisation | Roll) is as wide as its
 * content, at the text's left margin, not stretched over the frame with
 * an empty column (review J2: "Roll" alone in a wide column). */
static void
test_followup_participants_width(void)
{
	const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<followup id=\"f\" agreement=\"a\" kind=\"styrgrupp\"><title>Styrgrupp</title>"
	    "<date>2024-05-14</date><participants>"
	    "<participant><name>Eva Ek</name><organisation>Kommunen</organisation></participant>"
	    "<participant><name>Bo Al</name><organisation>Klubben</organisation>"
	    "<role>ordf.</role></participant></participants>"
	    "<text><p>Text.</p></text></followup>\n";
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct input in;
	/* the text's measure narrower than the tables' frame, as in
	 * templates/default.ini */
	const char *ini = "[page]\nmargin-left = 40mm\nmargin-right = 40mm\n"
	    "table-margin-left = 25mm\ntable-margin-right = 25mm\n";
	struct doc *d;
	float nx = -1, ny = 0, width = 0, left = 0;
	size_t i;
	char *path;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("deltagare.xml", xml, strlen(xml), &in), 0);
	if (in.followup == NULL)
		return;
	path = write_temp(ini, strlen(ini));
	INT_EQ(template_load(path, &t), 0);
	unlink(path);
	free(path);
	d = build_followup(in.followup, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	OK(l.npages >= 1);
	for (i = 0; l.npages >= 1 && i < l.pages[0].n; i++) {
		const struct box *b = &l.pages[0].boxes[i];

		if (b->kind == BOX_TEXT && strcmp(b->text, "Namn") == 0) {
			nx = b->x;
			ny = b->y;
		}
	}
	OK(nx >= 0);
	/* the header row's shading: the table's width */
	for (i = 0; l.npages >= 1 && i < l.pages[0].n; i++) {
		const struct box *b = &l.pages[0].boxes[i];

		if (b->kind == BOX_RECT && b->x <= nx && nx <= b->x + b->x2 &&
		    b->y <= ny && ny <= b->y + b->y2) {
			width = b->x2;
			left = b->x;
		}
	}
	OK(width > 0);
	/* three short columns: still from the text's margin to the
	 * frame's right edge, as in every follow-up (review s31) */
	OK(fabsf(width - (t.page_width - t.margin_left - t.table_margin_right)) < 0.5f);
	/* under the heading "Deltagare", at the text's margin */
	OK(fabsf(left - t.margin_left) < 0.5f);
	layout_free(&l);
	template_free(&t);
	input_free(&in);
}

/* A participant's part in signing the minutes (signs="sekreterare",
 * "justerare"): read as written, none when not given. */
static void
test_followup_participant_signs(void)
{
	const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<followup id=\"f\" agreement=\"a\" kind=\"styrgrupp\"><title>Styrgrupp</title>"
	    "<date>2024-05-14</date><participants>"
	    "<participant signs=\"sekreterare\"><name>Eva Ek</name></participant>"
	    "<participant signs=\"justerare\"><name>Bo Al</name></participant>"
	    "<participant><name>Ia Ur</name></participant></participants>"
	    "<text><p>Text.</p></text></followup>\n";
	struct input in;
	const struct participant *p;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("signs.xml", xml, strlen(xml), &in), 0);
	if (in.followup == NULL)
		return;
	p = in.followup->participants;
	OK(p != NULL && p->signs == SIGNS_SECRETARY);
	OK(p != NULL && p->next != NULL && p->next->signs == SIGNS_ADJUSTER);
	OK(p != NULL && p->next != NULL && p->next->next != NULL &&
	    p->next->next->signs == SIGNS_NONE);
	input_free(&in);
}

/* A follow-up's opening (review K1: the title at 16 pt as the section
 * headings, under the Datum/Avser block): the record's kind, then the
 * title as the page's largest text, then the record head's lines. */
static void
test_followup_opening(void)
{
	const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<followup id=\"f\" agreement=\"a\" kind=\"verksamhetsrapport\">"
	    "<title>Resultat 2025 för Klubben</title>"
	    "<date>2026-02-12</date><place>Kommunhuset</place>"
	    "<text><section number=\"1.\"><heading>Sammanfattning</heading><p>Text.</p>"
	    "</section></text></followup>\n";
	struct template t;
	struct input in;
	struct doc *d;
	const struct doc_node *n;
	int at = 0, kind_at = 0, title_at = 0, date_at = 0, place_at = 0;
	float title_size = 0, largest_other = 0;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("opening.xml", xml, strlen(xml), &in), 0);
	if (in.followup == NULL)
		return;
	INT_EQ(template_load(NULL, &t), 0);
	d = build_followup(in.followup, &t);
	for (n = d->root.first; n != NULL; n = n->next) {
		const char *first = n->text.first != NULL ? n->text.first->text : "";

		at++;
		if (n->kind == DOC_TITLE) {
			title_at = at;
			title_size = n->size;
		} else if (n->size > largest_other)
			largest_other = n->size;
		if (strcmp(first, "Verksamhetsrapport") == 0)
			kind_at = at;
		if (strncmp(first, "Datum:", 6) == 0)
			date_at = at;
		if (strncmp(first, "Plats:", 6) == 0)
			place_at = at;
	}
	OK(kind_at > 0 && title_at > kind_at);
	OK(date_at > title_at && place_at > date_at);
	/* larger than the section headings, the agreement's title size */
	OK(title_size > t.size_h1);
	OK(title_size > largest_other);
	OK(fabsf(title_size - t.size_title) < 0.01f);
	template_free(&t);
	input_free(&in);
}

/* A follow-up's kind line and title (review r31): the kind always
 * printed and never repeated in the title; a title that names its own
 * kind gives the kind line its words. */
static void
test_followup_head_text(void)
{
	struct arena *a = arena_new();
	struct followup_head_text h;

	/* the parties between the kind and the subject go under the title */
	followup_head_text(a, "Partssamtal Linköpings kommun och Linköping Södra Röda "
	    "Korskrets, IOP Vi ses! Språkvänner i Linköping", "Partssamtal", "Språkvänner",
	    false, &h);
	STR_EQ(h.kind, "Partssamtal");
	STR_EQ(h.title, "IOP Vi ses! Språkvänner i Linköping");
	STR_EQ(h.under, "Linköpings kommun och Linköping Södra Röda Korskrets");
	/* a title with its own kind: its words, not kind=, on the kind line */
	followup_head_text(a, "Resultatrapport 2025 – Öppna fritidsgårdar Åsby",
	    "Verksamhetsrapport", "Öppna fritidsgårdar Åsby", false, &h);
	STR_EQ(h.kind, "Resultatrapport 2025");
	STR_EQ(h.title, "Öppna fritidsgårdar Åsby");
	OK(h.under == NULL);
	/* the kind's words, then the subject after "om", capitalised */
	followup_head_text(a, "Minnesanteckningar från dialogmöte om verksamhetsåret 2026",
	    "Minnesanteckningar från dialogmöte", "Skyddat boende", true, &h);
	STR_EQ(h.kind, "Minnesanteckningar från dialogmöte");
	STR_EQ(h.title, "Verksamhetsåret 2026");
	followup_head_text(a, "Minnesanteckningar från styrgruppsmöte, Steget",
	    "Minnesanteckningar från styrgruppsmöte", "Steget – stöd", false, &h);
	STR_EQ(h.kind, "Minnesanteckningar från styrgruppsmöte");
	STR_EQ(h.title, "Steget");
	followup_head_text(a, "Verksamhetsrapport för Mötesplats Flemingsberg, hösten 2025",
	    "Verksamhetsrapport", "Mötesplats Flemingsberg", false, &h);
	STR_EQ(h.kind, "Verksamhetsrapport");
	STR_EQ(h.title, "Mötesplats Flemingsberg, hösten 2025");
	/* a title that is all kind: the agreement's effort is the subject */
	followup_head_text(a, "Partssamtal 2019-10-25", "Partssamtal", "Språkvänner", false, &h);
	STR_EQ(h.kind, "Partssamtal 2019-10-25");
	STR_EQ(h.title, "Språkvänner");
	/* a title without a kind: kept whole, under the follow-up's kind */
	followup_head_text(a, "Uppföljning av Språkvänner hösten 2019", "Partssamtal",
	    "Språkvänner", false, &h);
	STR_EQ(h.kind, "Partssamtal");
	STR_EQ(h.title, "Uppföljning av Språkvänner hösten 2019");
	OK(h.under == NULL);
	/* a partssamtal's parties under the title only when it has no
	 * subtitle of its own: then they stay on the kind line */
	followup_head_text(a, "Partssamtal Linköpings kommun och Linköping Södra Röda "
	    "Korskrets, Språkvänner", "Partssamtal", NULL, true, &h);
	STR_EQ(h.kind, "Partssamtal Linköpings kommun och Linköping Södra Röda Korskrets");
	STR_EQ(h.title, "Språkvänner");
	OK(h.under == NULL);
	/* no title, no agreement: nothing invented */
	followup_head_text(a, "Partssamtal", "Partssamtal", NULL, false, &h);
	STR_EQ(h.kind, "Partssamtal");
	STR_EQ(h.title, "Partssamtal");
	arena_free(a);
}

/* A follow-up's title set in two lines at most: a long one steps down
 * from the title size, never below 4/5 of it. */
static void
test_followup_title_lines(void)
{
	const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<followup id=\"f\" agreement=\"a\" kind=\"partssamtal\">"
	    "<title>Partssamtal om det idéburna offentliga partnerskapet för Mötesplats "
	    "Sjöberg och dess verksamhet under hösten 2025 och våren 2026</title>"
	    "<date>2026-02-12</date><text><p>Text.</p></text></followup>\n";
	struct template t;
	struct input in;
	struct doc *d;
	const struct doc_node *n, *kind = NULL, *title = NULL;

	memset(&in, 0, sizeof(in));
	INT_EQ(xml_read_memory("lines.xml", xml, strlen(xml), &in), 0);
	if (in.followup == NULL)
		return;
	INT_EQ(template_load(NULL, &t), 0);
	d = build_followup(in.followup, &t);
	for (n = d->root.first; n != NULL; n = n->next) {
		if (n->kind == DOC_TITLE)
			title = n;
		else if (title == NULL)
			kind = n;
	}
	OK(kind != NULL && kind->text.first != NULL &&
	    strcmp(kind->text.first->text, "Partssamtal") == 0);
	OK(title != NULL && title->max_lines == 2);
	OK(title != NULL && fabsf(title->min_size - t.size_title * 0.8f) < 0.01f);
	OK(title != NULL && title->text.first != NULL &&
	    strncmp(title->text.first->text, "Det idéburna", 13) == 0);
	template_free(&t);
	input_free(&in);
}

static void
test_record(void)
{
	test_followup_head_text();
	test_followup_title_lines();
	test_followup_opening();
	test_followup_participant_signs();
	test_followup_participants_width();
	test_followup_place();
	test_template_signature();
}
