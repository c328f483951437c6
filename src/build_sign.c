/* Issue 12's SIGN part of the builders: what a stated figure's table
 * says of the computed one, the parties' and actors' title-block lines,
 * a follow-up's signing and approval. */
#include <string.h>

#include "build_sign.h"
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
