/* Issue 12's SIGN part of the builders: what a stated figure's table
 * says of the computed one, the parties' and actors' title-block lines,
 * a follow-up's signing and approval. */
#include <string.h>

#include "build_sign.h"
#include "doc.h"
#include "format.h"
#include "mem.h"

void
build_sign_stated_remark(struct builder *bd, long long stated, long long computed, bool kronor,
    long line)
{
	const struct template *t = bd->t;
	const char *pattern = t->label_stated_remark, *x;
	char *sum;
	struct doc_node *b;

	if (!t->stated_remark || stated == computed)
		return;
	sum = build_money(bd, computed, kronor);
	/* "Raderna summerar till {sum}." */
	if ((x = strstr(pattern, "{sum}")) != NULL)
		pattern = arena_printf(bd->a, "%.*s%s%s", (int)(x - pattern), pattern, sum, x + 5);
	b = build_plain(bd, pattern, FACE_ITALIC, t->size_small, line);
	b->color = t->color_muted;
	b->space_before = 2;
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
		doc_span(bd->doc, &b->text, arena_printf(bd->a, ", genom %s", chain->text[i]),
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
			    arena_printf(bd->a, ", %s" NBSP "%s", t->label_orgnr, a->orgnr),
			    FACE_REGULAR, a->orgnr_line);
		doc_span(bd->doc, &b->text, arena_printf(bd->a, " (%s)", a->role),
		    FACE_REGULAR, a->line);
	}
}
