/* Issue 12's SIGN part of the builders: what a stated figure's table
 * says of the computed one, the parties' and actors' title-block lines,
 * a follow-up's signing and approval. */
#include <string.h>

#include "buf.h"
#include "build_sign.h"
#include "doc.h"
#include "format.h"
#include "mem.h"

struct doc_node *
build_sign_remark(struct builder *bd, const char *sum, long line)
{
	const struct template *t = bd->t;
	struct doc_node *b;

	/* "Raderna summerar till {sum}." */
	b = build_plain(bd, build_fill(bd, t->label_stated_remark, "{sum}", sum), FACE_ITALIC,
	    t->size_small, line);
	b->color = t->color_muted;
	b->space_before = 2;
	b->table_note = true;	/* under its table's left edge */
	return b;
}

void
build_sign_stated_remark(struct builder *bd, long long stated, long long computed, bool kronor,
    long line)
{
	if (!bd->t->stated_remark || stated == computed)
		return;
	build_sign_remark(bd, build_money(bd, computed, kronor), line);
}

void
build_sign_organisation(struct builder *bd, struct doc_node *b, const char *legal_form,
    long legal_form_line, const struct acting_chain *chain)
{
	size_t i;

	if (legal_form != NULL)
		doc_span(bd->doc, &b->text, arena_printf(bd->a, ", %s", legal_form),
		    FACE_REGULAR, legal_form_line);
	for (i = 0; i < chain->n; i++)
		doc_span(bd->doc, &b->text, arena_printf(bd->a, ", %s %s",
		    chain->as[i] != NULL ? chain->as[i] : "genom", chain->text[i]),
		    FACE_REGULAR, chain->line[i]);
}

void
build_sign_actors(struct builder *bd)
{
	const struct template *t = bd->t;
	const struct actor *a;
	struct doc_node *b;

	if (bd->ag->actors == NULL)
		return;
	b = build_plain(bd, t->label_actors, FACE_BOLD, t->size_small, bd->ag->actors->line);
	b->color = t->color_muted;
	b->space_before = 6;
	b->space_after = 2;
	b->keep_with_next = true;
	for (a = bd->ag->actors; a != NULL; a = a->next) {
		b = build_para(bd, DOC_PARA, t->size_body);
		b->align = DALIGN_LEFT;
		b->space_after = 2;
		doc_span(bd->doc, &b->text, a->name, FACE_BOLD, a->name_line);
		build_sign_organisation(bd, b, a->legal_form, a->legal_form_line, &a->acting);
		if (a->orgnr != NULL)
			doc_span(bd->doc, &b->text,
			    arena_printf(bd->a, ", %s" NBSP "%s", build_sign_no_break(bd, t->label_orgnr),
			    a->orgnr),
			    FACE_REGULAR, a->orgnr_line);
		doc_span(bd->doc, &b->text, arena_printf(bd->a, " (%s)", a->role),
		    FACE_REGULAR, a->line);
	}
}

void
build_sign_approval(struct builder *bd, const struct followup *f)
{
	const struct template *t = bd->t;
	const struct approval *a = f->approval;
	struct doc_node *b;
	char date[128];

	if (a == NULL || a->body == NULL)
		return;
	written_date_format(a->date, &a->date_as, t->followup_date_form, date, sizeof(date));
	b = build_para(bd, DOC_PARA, t->size_body);
	b->align = DALIGN_LEFT;
	b->space_before = 4;
	doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", t->label_approved), FACE_REGULAR,
	    a->line);
	doc_span(bd->doc, &b->text, a->body, FACE_REGULAR, a->body_line);
	if (date[0] != '\0')
		doc_span(bd->doc, &b->text, arena_printf(bd->a, " %s", date), FACE_REGULAR, a->line);
	if (a->paragraph != NULL)
		doc_span(bd->doc, &b->text, arena_printf(bd->a, ", %s", a->paragraph),
		    FACE_REGULAR, a->paragraph_line);
}

/* The signature blocks (build_sign_signatures); intro: the first node
 * of the signatures' own text (their <p> before the blocks, "Denna
 * överenskommelse har upprättats i två exemplar …"), NULL when they
 * have none. */
static void
signatures_at(struct builder *bd, const struct signatory *list, const struct agreement *ag,
    struct doc_node *intro)
{
	const struct template *t = bd->t;
	struct doc_signatures *sg = arena_alloc(bd->a, sizeof(*sg));
	struct doc_node *b;
	const struct signatory *s;
	const struct party *party_of, *prev_party = NULL;
	struct doc_node *parent = bd->at != NULL ? bd->at : &bd->doc->root, *k, *before[2];
	size_t i = 0, nb = 0;
	bool own = false;	/* a heading or an intro of their own */

	/* The intro ("Detta avtal har upprättats i två exemplar …"), or the
	 * text's last paragraph when there is neither an intro nor a heading
	 * of their own, stays on the page of the first row of blocks (with
	 * the heading over it, which keeps with what follows already): never
	 * a page of signatures alone.  The last
	 * two paragraphs before the blocks, in a section they follow too. */
	/* a section of the signatures' own ("14 Underskrifter", its heading
	 * alone): the text before it is the previous section's (review of
	 * the merge: Samverkan 2021's blocks alone on page 10 under their
	 * heading) */
	if (parent->first != NULL && parent->first == parent->last &&
	    parent->first->kind == DOC_HEADING && parent->parent != NULL) {
		struct doc_node *p;

		for (p = parent->parent->first; p != NULL && p->next != parent; p = p->next)
			continue;
		if (p != NULL && p->kind == DOC_SECTION) {
			parent->first->keep_with_next = true;
			parent = p;
			/* The heading leads the blocks: it and the first row
			 * are the least the signatures open a page with, and
			 * the text before is the previous section's, free to
			 * stay on its page (review 2: Linköping Stadsmission's
			 * last lines of § 13 pulled over with "14
			 * Underskrifter", leaving page 9 two fifths empty) */
			own = true;
		}
	}
	/* An intro of their own stays with the first row (its last
	 * paragraph keeps with the blocks); the text before it is not
	 * pulled along: the intro and the blocks may open a page, the
	 * page before keeping its text (review 2: Umeå's "Bilagor till
	 * överenskommelsen" moved with the signatures, page 3 a third
	 * empty) */
	if (intro != NULL) {
		struct doc_node *n, *lastp = NULL;

		for (n = intro; n != NULL; n = n->next)
			if (n->kind == DOC_PARA)
				lastp = n;
		if (lastp != NULL && lastp->next == NULL) {
			lastp->keep_with_next = true;
			own = true;
		}
	}
	while (parent->last != NULL && (parent->last->kind == DOC_SECTION ||
	    parent->last->kind == DOC_LIST || parent->last->kind == DOC_ITEM) &&
	    parent->last->last != NULL)
		parent = parent->last;
	before[0] = before[1] = NULL;
	for (k = own ? NULL : parent->first; k != NULL; k = k->next) {
		before[0] = before[1];
		before[1] = k;
	}
	/* a table last (a budget, the text's end): its last rows go with
	 * the blocks (layout_table.c keeps its last row with what follows) */
	if (before[1] != NULL && before[1]->kind == DOC_TABLE)
		before[1]->keep_with_next = true;
	/* the paragraph before the last keeps with it by a keep that gives
	 * way (keep_soft) when keeping it leaves the page before over a
	 * quarter empty: a note kept with its table would take the table
	 * along (review J2: Ekby vinterhärbärge's page 2 57 % full, the
	 * table "Parternas bidrag 2025", its note, the last paragraph and
	 * the blocks on page 3) */
	for (nb = 2; nb > 0; nb--)
		if (before[nb - 1] != NULL && (before[nb - 1]->kind == DOC_PARA ||
		    (nb == 2 && before[1]->kind == DOC_ITEM)) &&
		    (nb == 2 || before[1]->kind == DOC_PARA)) {
			if (nb == 1 && !before[0]->keep_with_next)
				before[0]->keep_soft = true;
			else
				before[nb - 1]->keep_with_next = true;
		}
	for (s = list; s != NULL; s = s->next)
		sg->n++;
	sg->sig = arena_alloc(bd->a, (sg->n + 1) * sizeof(struct doc_signatory));
	for (s = list; s != NULL; s = s->next, i++) {
		struct doc_signatory *d = &sg->sig[i];
		const char *party;
		char date[128] = "";

		/* an agreement's signatories are linked; a follow-up's name
		 * its agreement's parties */
		party_of = s->party != NULL || ag == NULL ? s->party : agreement_party(ag, s->party_id);
		party = party_of != NULL ? party_of->name : s->party_id;

		if (s->for_text != NULL)
			doc_span(bd->doc, &d->for_text, s->for_text, FACE_BOLD, s->for_line);
		else {
			/* "För {party}" */
			doc_span(bd->doc, &d->for_text, build_fill(bd, t->label_for, "{party}", party),
			    FACE_BOLD, s->line);
		}
		written_date_format(s->date, &s->date_as,
		    bd->ag != NULL ? t->date_form : t->followup_date_form, date, sizeof(date));
		if (s->date_partial != NULL)
			/* "Linköping den    2025", "Linköping, 2025-__-__" */
			d->place_date = s->place == NULL ? s->date_partial :
			    arena_printf(bd->a, "%s%s%s", s->place,
			    strncmp(s->date_partial, "den", 3) == 0 ? " " : ", ", s->date_partial);
		else if (s->place != NULL && date[0] != '\0')
			d->place_date = arena_printf(bd->a, "%s, %s", s->place, date);
		else if (date[0] != '\0')
			d->place_date = arena_strdup(bd->a, date);
		else if (s->place != NULL && s->year != 0)
			d->place_date = arena_printf(bd->a, "%s %d-", s->place, s->year);
		else if (s->place != NULL)
			d->place_date = s->place;
		d->name = s->name;
		d->title = s->title;
		d->organisation = s->organisation;
		d->place_line = s->place_line;
		d->name_line = s->name_line;
		d->title_line = s->title_line;
		d->organisation_line = s->organisation_line;
		d->group = 1;
		if (i > 0 && party_of != NULL && prev_party == party_of) {
			size_t first = i - 1;

			while (sg->sig[first].group == 0)
				first--;
			sg->sig[first].group++;
			d->group = 0;
		}
		prev_party = party_of;
	}
	b = doc_add(bd->doc, bd->at, DOC_SIGNATURES);
	b->sigs = sg;
	b->size = t->size_body;
	b->leading = t->leading;
	b->space_before = 12;
	b->space_after = 6;
	b->color = t->color_text;
	b->keep_together = true;
}

void
build_sign_signatures(struct builder *bd, const struct signatory *list,
    const struct agreement *ag)
{
	signatures_at(bd, list, ag, NULL);
}

void
build_sign_block(struct builder *bd, const struct block *blk, int depth,
    const struct signatory *list, const struct agreement *ag)
{
	struct doc_node *parent = bd->at != NULL ? bd->at : &bd->doc->root;
	struct doc_node *mark = parent->last;

	build_text(bd, blk->children, depth);
	signatures_at(bd, list, ag, parent->last == mark ? NULL :
	    mark != NULL ? mark->next : parent->first);
}

void
build_sign_followup_block(struct builder *bd, const struct block *blk, int depth)
{
	if (blk->kind != BLOCK_SIGNATURES || bd->fu == NULL)
		return;
	build_sign_block(bd, blk, depth, bd->fu->signatories, bd->fu->agreement);
}

const char *
build_sign_no_break(struct builder *bd, const char *s)
{
	struct buf out = { NULL, 0, 0 };
	const char *r;

	for (; *s != '\0'; s++)
		if (*s == ' ')
			buf_adds(&out, NBSP);
		else
			buf_printf(&out, "%c", *s);
	r = arena_strdup(bd->a, out.data != NULL ? out.data : "");
	buf_free(&out);
	return r;
}
