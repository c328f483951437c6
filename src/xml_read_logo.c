/* A party's <logo>: its file joined to the XML file's folder, its alt
 * text and height.  Whether the file is a usable image is
 * validate_logo.c's to say. */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "model.h"
#include "xml_read_int.h"

/* The printed height when the XML gives none: a co-branded row at the
 * head of a letter is 12 to 20 mm high. */
#define LOGO_DEFAULT_HEIGHT_MM	15.0

/* file relative to the folder of the XML at xml_path; an absolute file
 * is kept as written (validate_logo.c refuses it). */
static char *
logo_join(struct arena *a, const char *xml_path, const char *file)
{
	const char *slash = xml_path != NULL ? strrchr(xml_path, '/') : NULL;

	if (file[0] == '/' || slash == NULL)
		return arena_strdup(a, file);
	return arena_printf(a, "%.*s/%s", (int)(slash - xml_path), xml_path, file);
}

void
logo_read_party(struct reader *r, xmlNode *party, struct party *p)
{
	xmlNode *n = tree_child(party, "logo");
	struct party_logo *l;
	char *height;

	if (n == NULL)
		return;
	l = arena_alloc(r->arena, sizeof(*l));
	l->line = tree_line(n);
	l->file = tree_attr(r, n, "file");
	if (l->file == NULL)
		l->file = arena_strdup(r->arena, "");
	l->path = logo_join(r->arena, r->path, l->file);
	l->alt = tree_attr(r, n, "alt");
	height = tree_attr(r, n, "height");
	l->height_mm = height != NULL ? strtod(height, NULL) : LOGO_DEFAULT_HEIGHT_MM;
	p->logo = l;
}
