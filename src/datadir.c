/* Finding iopdoc's own files from the program's place: the checkout, a
 * DESTDIR or relocated install (<bindir>/../share/iopdoc, whatever it
 * was compiled for), then the data directory compiled in. */
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "datadir.h"
#include "mem.h"

/* The folder levels searched for the checkout: the program itself lies
 * at its top, a sanitizer or bench build two levels below it
 * (build/asan/iopdoc, build/plain/iopdoc). */
#define CHECKOUT_LEVELS 3

/* The file every checkout and every data directory holds. */
#define DATADIR_MARK "templates/default.ini"

static bool	 looked;		/* the places below are known */
static char	 program_dir[PATH_MAX];	/* "" when /proc/self/exe says nothing */
static char	 checkout[PATH_MAX];	/* "" when installed */

static bool
readable(const char *path)
{
	return access(path, R_OK) == 0;
}

/* The program's folder and the checkout, once per process. */
static void
look(void)
{
	char dir[PATH_MAX];
	ssize_t n;
	int level;

	if (looked)
		return;
	looked = true;
	n = readlink("/proc/self/exe", dir, sizeof(dir) - 1);
	if (n <= 0)
		return;
	dir[n] = '\0';
	if (strrchr(dir, '/') == NULL || strrchr(dir, '/') == dir)
		return;
	*strrchr(dir, '/') = '\0';
	memcpy(program_dir, dir, strlen(dir) + 1);
	for (level = 0; level < CHECKOUT_LEVELS; level++) {
		struct buf b = { NULL, 0, 0 };
		bool found;
		char *slash;

		buf_printf(&b, "%s/%s", dir, DATADIR_MARK);
		found = readable(b.data);
		buf_free(&b);
		if (found) {
			memcpy(checkout, dir, strlen(dir) + 1);
			return;
		}
		if ((slash = strrchr(dir, '/')) == NULL || slash == dir)
			return;
		*slash = '\0';
	}
}

const char *
datadir_checkout(void)
{
	look();
	return checkout[0] != '\0' ? checkout : NULL;
}

/* Tries dir/rel: the path when it is readable (*found), noted in where. */
static void
try_place(const char *dir, const char *rel, char **found, struct buf *where)
{
	struct buf b = { NULL, 0, 0 };

	if (*found != NULL)
		return;
	buf_printf(&b, "%s/%s", dir, rel);
	if (where != NULL)
		buf_printf(where, "%s%s", where->len > 0 ? ", " : "", b.data);
	if (readable(b.data))
		*found = b.data;
	else
		buf_free(&b);
}

/* The length of the program's folder's parent, <bindir>/.. (PREFIX):
 * the folder is a real path (/proc/self/exe), so its parent is the text
 * before its last slash. */
static size_t
prefix_len(void)
{
	return (size_t)(strrchr(program_dir, '/') - program_dir);
}

char *
datadir_find(const char *rel, struct buf *where)
{
	char *found = NULL;

	look();
	if (checkout[0] != '\0')
		try_place(checkout, rel, &found, where);
	if (program_dir[0] != '\0') {
		/* <bindir>/../share/iopdoc */
		struct buf share = { NULL, 0, 0 };

		buf_printf(&share, "%.*s/share/iopdoc", (int)prefix_len(), program_dir);
		try_place(share.data, rel, &found, where);
		buf_free(&share);
	}
#ifdef IOPDOC_DATADIR
	try_place(IOPDOC_DATADIR, rel, &found, where);
#endif
	return found;
}

char *
datadir_config(const char *name, struct buf *where)
{
	char *found = NULL;

	look();
	if (checkout[0] != '\0')
		return NULL;
	if (program_dir[0] != '\0') {
		/* PREFIX/etc beside <bindir>, as make install's SYSCONFDIR:
		 * /etc for /usr (FHS), and DESTDIR/etc for DESTDIR/usr */
		struct buf etc = { NULL, 0, 0 };
		size_t len = prefix_len();

		if (len >= 4 && strncmp(program_dir + len - 4, "/usr", 4) == 0)
			len -= 4;
		buf_printf(&etc, "%.*s/etc", (int)len, program_dir);
		try_place(etc.data, name, &found, where);
		buf_free(&etc);
	}
#ifdef IOPDOC_SYSCONFDIR
	try_place(IOPDOC_SYSCONFDIR, name, &found, where);
#endif
	return found;
}
