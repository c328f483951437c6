/* The program's own fonts, for a template kept outside templates/: a
 * kommun copies default.ini to /srv/iop/mall.ini and its
 * "../fonts/IopdocSans-Regular.ttf" no longer leads anywhere; they come
 * from the checkout's fonts/ or the installed data directory's. */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "datadir.h"
#include "template.h"

/* The file name part of a path. */
static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

char *
template_program_font(const char *value, struct buf *where)
{
	struct buf rel = { NULL, 0, 0 };
	char *found;

	if (strchr(value, '/') == NULL)
		return NULL;
	buf_printf(&rel, "fonts/%s", base_name(value));
	found = datadir_find(rel.data, where);
	buf_free(&rel);
	return found;
}

bool
template_font_places(const char *path, struct buf *where)
{
	struct buf rel = { NULL, 0, 0 };

	if (path == NULL || strncmp(base_name(path), "IopdocSans-", 11) != 0)
		return false;
	buf_printf(&rel, "fonts/%s", base_name(path));
	free(datadir_find(rel.data, where));
	buf_free(&rel);
	return true;
}
