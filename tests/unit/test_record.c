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

static void
test_record(void)
{
	test_followup_place();
	test_template_signature();
}
