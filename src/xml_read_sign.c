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

	if (s == NULL)
		return;
	if (written_date_parse(s, d, &words) != 0) {
		diag(r->path, tree_line(n), MSG_DATE_INVALID, s, what);
		r->errors++;
		return;
	}
	if (words)
		w->words = arena_strdup(r->arena, s);
	if (tree_attr_is(r, n, "form", "iso"))
		w->form = DATE_FORM_ISO;
	else if (tree_attr_is(r, n, "form", "words"))
		w->form = DATE_FORM_WORDS;
	if (words && w->form == DATE_FORM_ISO)
		diag(r->path, tree_line(n), MSG_DATE_FORM_WORDS, s);
}
