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

/* The system-wide file name ("iopdoc.conf") of a program that runs
 * installed: in PREFIX/etc beside <bindir> (/etc for PREFIX /usr, so
 * that a package built with the default PREFIX still reads
 * /etc/iopdoc.conf), else in IOPDOC_SYSCONFDIR as compiled in.  A new
 * string, or NULL when in neither or when the program runs in its
 * checkout; each place looked is added to where (may be NULL). */
char	*datadir_config(const char *name, struct buf *where);

#endif
