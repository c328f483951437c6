/* Unit tests of the report's choice of the agreement's purpose
 * (report_purpose_block, build_report_agreement.c) over texts made by
 * hand, as the examples hold them.  Included by unit.c after
 * build_report_int.h. */

/* A block of the kind with the text, in the arena, after *last (NULL:
 * the first). */
static struct block *
purpose_block(struct arena *a, enum block_kind kind, const char *text, struct block **last)
{
	struct block *b = arena_alloc(a, sizeof(*b));
	struct run *run = arena_alloc(a, sizeof(*run));

	b->kind = kind;
	run->text = arena_strdup(a, text);
	b->text.first = b->text.last = run;
	if (*last != NULL)
		(*last)->next = b;
	*last = b;
	return b;
}

/* The section's paragraphs (NULL-ended) as its children. */
static void
purpose_children(struct arena *a, struct block *section, const char *const *ps)
{
	struct block *last = NULL;

	for (; *ps != NULL; ps++) {
		purpose_block(a, BLOCK_P, *ps, &last);
		if (section->children == NULL)
			section->children = last;
	}
	section->last_child = last;
}

static const char *
purpose_chosen(struct arena *a, const struct block *text, bool *is_purpose)
{
	const struct block *p = report_purpose_block(a, text, is_purpose);

	return p == NULL ? "(none)" : rich_plain(a, &p->text);
}

static void
test_purpose_choice(void)
{
	struct arena *a = arena_new();
	struct block *last = NULL, *s1, *s2, *text;
	bool is;
	/* Kvarnby: "Bakgrund och syfte", background first, the aim after */
	static const char *const kvarnby[] = {
		"Kvarnby kommun, Region Sörmark och Föreningen Familjecentralen Kvarnby driver "
		"sedan 2022 en familjecentral i Kvarnby centrum.",
		"Partnerskapet ska ge blivande och nyblivna föräldrar ett samlat stöd nära hemmet.",
		NULL };
	/* Lund: a purpose heading whose first paragraph is background */
	static const char *const lund_bg[] = {
		"Från den 1 mars 2016 gäller Bosättningslagen. Syftet med lagen är att åstadkomma "
		"en jämnare fördelning av mottagandet.", NULL };
	static const char *const lund[] = {
		"I Lund bor invånare som en gång lämnat sina tidigare nätverk av familj och vänner.",
		"Kompis Sverige verkar för att sudda ut gränserna mellan nya och etablerade svenskar.",
		NULL };
	static const char *const named[] = {
		"Andelen elever i Norrby som blir behöriga till gymnasiet har legat under snittet.",
		"Syftet med överenskommelsen är att fler elever ska bli behöriga.", NULL };
	static const char *const only_bg[] = {
		"Föreningen har sedan 2019 drivit en mötesplats i Exempelby.", NULL };

	/* Kvarnby: the aim, not the background before it */
	s1 = purpose_block(a, BLOCK_SECTION, "Bakgrund och syfte", &last);
	purpose_children(a, s1, kvarnby);
	STR_EQ(purpose_chosen(a, s1, &is), kvarnby[1]);
	OK(is);

	/* Lund: the law's purpose in the background is not the agreement's;
	 * under "Syftet med partnerskapet ..." the aim, not the background */
	last = NULL;
	text = s1 = purpose_block(a, BLOCK_SECTION, "Bakgrund", &last);
	purpose_children(a, s1, lund_bg);
	s2 = purpose_block(a, BLOCK_SECTION, "Syftet med partnerskapet och verksamheten", &last);
	purpose_children(a, s2, lund);
	STR_EQ(purpose_chosen(a, text, &is), lund[1]);
	OK(is);

	/* a paragraph that says "Syftet med överenskommelsen" is chosen
	 * before one with only an aim */
	last = NULL;
	s1 = purpose_block(a, BLOCK_SECTION, "Bakgrund och syfte", &last);
	purpose_children(a, s1, named);
	STR_EQ(purpose_chosen(a, s1, &is), named[1]);
	OK(is);

	/* "Ändamål" as a heading, the paragraph under it as written */
	last = NULL;
	s1 = purpose_block(a, BLOCK_SECTION, "Ändamål", &last);
	purpose_children(a, s1, only_bg);
	STR_EQ(purpose_chosen(a, s1, &is), only_bg[0]);
	OK(is);

	/* "Mål" alone is the goals, not the purpose; a paragraph anywhere
	 * that states the agreement's purpose is */
	last = NULL;
	text = purpose_block(a, BLOCK_P, "Parterna är överens om följande.", &last);
	purpose_block(a, BLOCK_P, "Överenskommelsen har som mål att fler unga ska få "
	    "sommarjobb.", &last);
	s1 = purpose_block(a, BLOCK_SECTION, "Mål", &last);
	purpose_children(a, s1, only_bg);
	STR_EQ(purpose_chosen(a, text, &is), "Överenskommelsen har som mål att fler unga ska få "
	    "sommarjobb.");
	OK(is);

	/* no purpose stated: the first paragraph, not called the purpose;
	 * background only under "Bakgrund och syfte" is none, and "Syftet
	 * med lagen" is none */
	last = NULL;
	text = s1 = purpose_block(a, BLOCK_SECTION, "Bakgrund", &last);
	purpose_children(a, s1, lund_bg);
	s2 = purpose_block(a, BLOCK_SECTION, "Bakgrund och syfte", &last);
	purpose_children(a, s2, only_bg);
	STR_EQ(purpose_chosen(a, text, &is), lund_bg[0]);
	OK(!is);

	/* no paragraph at all */
	last = NULL;
	text = purpose_block(a, BLOCK_SECTION, "Syfte", &last);
	OK(report_purpose_block(a, text, &is) == NULL);
	OK(!is);
	arena_free(a);
}
