/* The program's own fonts, for a template kept outside templates/: a
 * kommun copies default.ini to /srv/iop/mall.ini and its
 * "../fonts/IopdocSans-Regular.ttf" no longer leads anywhere. */
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "template.h"

/* The folder levels above the program searched for fonts/: the program
 * itself lies at the top of the tree, a sanitizer build two levels
 * below it (build/asan/iopdoc). */
#define PROGRAM_FONT_LEVELS 3

/* The file name part of a path. */
static const char *
base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash != NULL ? slash + 1 : path;
}

char *
template_program_font(const char *value)
{
	char dir[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", dir, sizeof(dir) - 1);
	int level;

	if (n <= 0 || strchr(value, '/') == NULL)
		return NULL;
	dir[n] = '\0';
	for (level = 0; level < PROGRAM_FONT_LEVELS; level++) {
		char *slash = strrchr(dir, '/');
		struct buf b = { NULL, 0, 0 };

		if (slash == NULL || slash == dir)
			return NULL;
		*slash = '\0';
		buf_printf(&b, "%s/fonts/%s", dir, base_name(value));
		if (access(b.data, R_OK) == 0)
			return b.data;
		buf_free(&b);
	}
	return NULL;
}
