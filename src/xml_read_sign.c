/* The reader's part for dates as written, parties' legal forms, acting
 * chains and contacts' titles, actors that are not parties, and a
 * follow-up's signing and approval.  Part of the XML reader
 * (xml_read_int.h). */
#include <string.h>

#include "diag.h"
#include "mem.h"
#include "xml_read_int.h"

/* A printed date element (<date> of an agreement, a signatory, a
 * follow-up): ISO or words, with its form attribute.  An impossible or
 * malformed date is an error at its line. */
void
sign_written_date(struct reader *r, xmlNode *n, const char *what, struct date *d,
    struct date_writing *w)
{
	const char *s = tree_text(r, n);
	int words = 0;
	char fixed[64];

	if (s == NULL)
		return;
	if (written_date_parse(s, d, &words) != 0) {
		diag(r->path, tree_line(n), MSG_DATE_INVALID, s, diag_phrase(what));
		r->errors++;
		return;
	}
	if (words)
		w->words = arena_strdup(r->arena, s);
	/* printed as written all the same: the author's words */
	if (words && written_date_day_padded(s, fixed, sizeof(fixed)))
		diag(r->path, tree_line(n), MSG_DATE_DAY_ZERO, s, fixed);
	if (tree_attr_is(r, n, "form", "iso"))
		w->form = DATE_FORM_ISO;
	else if (tree_attr_is(r, n, "form", "words"))
		w->form = DATE_FORM_WORDS;
	if (words && w->form == DATE_FORM_ISO)
		diag(r->path, tree_line(n), MSG_DATE_FORM_WORDS, s);
}

/* Every <acting> child of n, outermost first (the schema allows four). */
static void
read_acting(struct reader *r, xmlNode *n, struct acting_chain *chain)
{
	xmlNode *k;

	for (k = tree_first(n->children); k != NULL; k = tree_next(k))
		if (tree_is(k, "acting") && chain->n < ACTING_MAX) {
			chain->line[chain->n] = tree_line(k);
			chain->as[chain->n] = tree_attr(r, k, "as");
			chain->text[chain->n++] = tree_text(r, k);
		}
}

/* A <legal-form> of n, or NULL: blank text is no legal form (it printed
 * ", ," between the name and the rest). */
static char *
read_legal_form(struct reader *r, xmlNode *n, long *line)
{
	char *s = tree_child_text_at(r, n, "legal-form", line);

	if (s != NULL && *s == '\0') {
		diag(r->path, *line, MSG_LEGAL_FORM_EMPTY);
		return NULL;
	}
	return s;
}

void
sign_read_party(struct reader *r, xmlNode *n, struct party *p)
{
	struct contact *con = p->contacts;
	xmlNode *k;

	p->legal_form_line = p->line;
	p->legal_form = read_legal_form(r, n, &p->legal_form_line);
	read_acting(r, n, &p->acting_chain);
	if ((k = tree_child(n, "short")) != NULL)
		p->short_print = tree_attr_is(r, k, "print", "yes") ? SHORT_PRINT_YES :
		    tree_attr_is(r, k, "print", "no") ? SHORT_PRINT_NO : SHORT_PRINT_AUTO;
	/* the contacts in the order read_parties made them */
	for (k = tree_first(n->children); k != NULL && con != NULL; k = tree_next(k))
		if (tree_is(k, "contact")) {
			con->title = tree_child_text(r, k, "title");
			con = con->next;
		}
}

void
sign_read_actors(struct reader *r, xmlNode *n)
{
	struct actor **tail = &r->ag->actors;
	xmlNode *c, *k;

	for (c = tree_first(n->children); c != NULL; c = tree_next(c)) {
		struct actor *a;

		if (!tree_is(c, "actor"))
			continue;
		a = arena_alloc(r->arena, sizeof(*a));
		a->line = a->name_line = a->legal_form_line = tree_line(c);
		a->id = tree_attr(r, c, "id");
		a->role = tree_attr(r, c, "role");
		a->name = tree_child_text_at(r, c, "name", &a->name_line);
		a->legal_form = read_legal_form(r, c, &a->legal_form_line);
		if ((k = tree_child(c, "orgnr")) != NULL) {
			a->orgnr = tree_text(r, k);
			a->orgnr_line = tree_line(k);
		}
		read_acting(r, c, &a->acting);
		*tail = a;
		tail = &a->next;
	}
}

void
sign_read_approval(struct reader *r, xmlNode *n)
{
	struct approval *a = arena_alloc(r->arena, sizeof(*a));
	xmlNode *d;

	a->line = a->body_line = a->paragraph_line = tree_line(n);
	a->body = tree_child_text_at(r, n, "body", &a->body_line);
	a->paragraph = tree_child_text_at(r, n, "paragraph", &a->paragraph_line);
	if ((d = tree_child(n, "date")) != NULL)
		sign_written_date(r, d, "approval date", &a->date, &a->date_as);
	r->fu->approval = a;
}
