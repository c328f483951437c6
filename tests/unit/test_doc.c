/* Unit tests of the document control (issue 12, DOC): the reader,
 * checks, builder and layout of decisions, version, history and
 * annexes.  Included by unit.c, which has the harness and headers. */

/* The first node of kind in reading order below top, or NULL. */
static const struct doc_node *
test_doc_find(const struct doc_node *top, enum doc_kind kind)
{
	const struct doc_node *n;

	for (n = doc_next(top, top); n != NULL; n = doc_next(n, top))
		if (n->kind == kind)
			return n;
	return NULL;
}

/* The third heading level is a heading beside the body text, one step
 * of a family with H1 and H2 (issue 14: h3 was 11.5 pt bold beside 11
 * pt body, read as a bold paragraph start): at least a twelfth larger
 * than the body, a point below H2, and in the heading colour with
 * space above it, in the built-in values and the shipped template. */
static void
test_heading_steps(void)
{
	const char *paths[2] = { NULL, "templates/default.ini" };
	struct builder bd;
	struct agreement ag;
	struct doc_node *h;
	struct template t;
	struct doc d;
	size_t i;

	for (i = 0; i < 2; i++) {
		INT_EQ(template_load(paths[i], &t), 0);
		OK(t.size_h3 >= t.size_body * 13 / 12);
		OK(t.size_h2 - t.size_h3 >= 1);
		OK(t.size_h1 - t.size_h2 >= 1);
		memset(&bd, 0, sizeof(bd));
		memset(&ag, 0, sizeof(ag));
		bd.t = &t;
		bd.ag = &ag;
		memset(&d, 0, sizeof(d));
		d.arena = arena_new();
		bd.doc = &d;
		bd.a = d.arena;
		h = build_heading(&bd, 3, true);
		OK(h != NULL && h->size == t.size_h3);
		OK(h != NULL && memcmp(&h->color, &t.color_heading, sizeof(h->color)) == 0);
		OK(h != NULL && h->space_before >= t.paragraph_space);
		arena_free(d.arena);
		template_free(&t);
	}
}

/* The cover page (title-page="yes", issue 14): no running header or
 * footer on it (the next page has them), the status in Swedish words,
 * the title tagged H1, and its content spread over the page (it was a
 * block from a fifth of the page down, the lower half empty). */
static void
test_cover(void)
{
	struct agreement *ag = NULL;
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct doc *d;
	size_t i, k;
	int heads[2] = { 0, 0 }, status = 0, h1 = 0;
	float low = 1e9f, high = 0, body;

	INT_EQ(xml_read_agreement("tests/bad/good-layout-cover.xml", &ag), 0);
	if (ag == NULL)
		return;
	INT_EQ(validate_agreement(ag), 0);
	template_load(NULL, &t);
	d = build_agreement(ag, &t);
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	OK(l.npages >= 2);
	for (i = 0; i < l.npages && i < 2; i++)
		for (k = 0; k < l.pages[i].n; k++) {
			const struct box *b = &l.pages[i].boxes[k];

			if (b->kind != BOX_TEXT)
				continue;
			if (b->node < 0) {
				heads[i] += b->artifact == ART_HEADER || b->artifact == ART_FOOTER;
				continue;
			}
			if (i != 0)
				continue;
			status += b->text != NULL && strcmp(b->text, "Undertecknad") == 0;
			h1 += l.nodes[b->node].role == SR_H1 && b->text != NULL &&
			    strstr(b->text, "Överenskommelse") != NULL;
			if (b->y < low)
				low = b->y;
			if (b->y > high)
				high = b->y;
		}
	INT_EQ(heads[0], 0);
	OK(heads[1] > 0);
	INT_EQ(status, 1);
	OK(h1 > 0);
	/* from the top third of the text area to its lowest fifth */
	body = t.page_height - t.margin_top - t.margin_bottom;
	OK(high > t.margin_bottom + body * 2 / 3);
	OK(low < t.margin_bottom + body / 5);
	layout_free(&l);
	template_free(&t);
	agreement_free(ag);
}

static void
test_doc_control(void)
{
	struct agreement *ag = NULL;
	const struct annex *an;
	const struct signatory *s;
	const struct doc_node *annex, *h, *table;
	struct template t;
	struct metrics m = { NULL, fixed_advance, NULL };
	struct layout l;
	struct doc *d;
	size_t i, nsig = 0, sect = 0;

	INT_EQ(xml_read_agreement("examples/exempel-bilagor-versioner.xml", &ag), 0);
	if (ag == NULL)
		return;
	/* the head: two decisions, version 2.0, three changes */
	OK(ag->decisions != NULL && ag->decisions->next != NULL &&
	    ag->decisions->next->next == NULL);
	STR_EQ(ag->decisions->body, "Kommunstyrelsen");
	STR_EQ(ag->decisions->paragraph, "§ 123");
	OK(ag->decisions->text == NULL);
	STR_EQ(ag->decisions->next->text, "beslut om förlängning");
	STR_EQ(ag->version, "2.0");
	INT_EQ(ag->version_date.m, 5);
	OK(ag->history != NULL && ag->history->next != NULL && ag->history->next->next != NULL);
	STR_EQ(ag->history->next->next->version, "2.0");
	/* two annexes, the second not attached; the first holds blocks */
	an = ag->annexes;
	OK(an != NULL && an->next != NULL && an->next->next == NULL);
	if (an == NULL || an->next == NULL)
		goto done;
	STR_EQ(an->number, "1");
	OK(an->attached && an->text != NULL && an->text->kind == BLOCK_P);
	OK(!an->next->attached && an->next->text == NULL);
	/* the annex's budget is the agreement's: it counts in totals */
	OK(ag->budgets != NULL && ag->budgets->printed);
	for (s = ag->signatories; s != NULL; s = s->next)
		nsig++;
	INT_EQ(nsig, 2);
	INT_EQ(validate_agreement(ag), 0);

	/* built: the attached annex is a DOC_ANNEX after a page break,
	 * its heading level 1 in the table of contents */
	template_load(NULL, &t);
	d = build_agreement(ag, &t);
	annex = test_doc_find(&d->root, DOC_ANNEX);
	OK(annex != NULL && annex->parent == &d->root);
	if (annex == NULL)
		goto done_template;
	OK(annex->next == NULL);	/* one attached annex, the last block */
	h = annex->first;
	OK(h != NULL && h->kind == DOC_HEADING && h->level == 1 && h->in_toc);
	if (h != NULL)
		STR_EQ(h->outline, "Bilaga 1. Budget och lokalkostnader");
	/* its section is a level below */
	h = test_doc_find(annex, DOC_SECTION);
	OK(h != NULL && h->first != NULL && h->first->kind == DOC_HEADING && h->first->level == 2);
	/* the version history: 3 changes and a header row, 4 columns */
	table = test_doc_find(&d->root, DOC_TABLE);
	OK(table != NULL && table->table->ncols == 4 && table->table->nrows == 4);
	if (table != NULL) {
		STR_EQ(table->table->cells[0]->text.first->text, "Version");
		STR_EQ(table->table->cells[3]->text.first->text, "Av");
		STR_EQ(table->table->cells[4]->text.first->text, "1.0");
	}
	/* laid out: one Sect, holding the annex's H1 */
	INT_EQ(layout_doc(d, &t, &m, &l), 0);
	for (i = 1; i < l.nnodes; i++) {
		if (l.nodes[i].role != SR_SECT)
			continue;
		sect++;
		OK(i + 1 < l.nnodes && l.nodes[i + 1].role == SR_H1 &&
		    l.nodes[i + 1].parent == (int)i);
	}
	INT_EQ(sect, 1);
	layout_free(&l);
done_template:
	template_free(&t);
done:
	agreement_free(ag);
}
