/* Where iopdoc finds its own files (templates/default.ini, fonts/): in
 * the checkout it was built in, else in the data directory it was
 * installed with.  Included by run.c, template_fonts.c and config.c. */
#ifndef IOPDOC_DATADIR_H
#define IOPDOC_DATADIR_H

#include "buf.h"

/* The checkout the program runs from: the program's folder, or the one
 * or two above it (build/asan/iopdoc), that holds templates/default.ini;
 * NULL when the program runs installed.  Static storage. */
const char	*datadir_checkout(void);

/* The file rel ("fonts/IopdocSans-Bold.ttf") in the checkout, else in
 * the data directory: <the program's folder>/../share/iopdoc (a DESTDIR
 * or relocated install), then IOPDOC_DATADIR as compiled in.  A new
 * string (the caller frees it), or NULL when in none; each place looked
 * is added to where (may be NULL), separated by ", ". */
char	*datadir_find(const char *rel, struct buf *where);

#endif
