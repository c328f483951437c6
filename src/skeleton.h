/* iopdoc new: the commented skeletons of an agreement, a follow-up and a
 * nämnd's report file (the files of templates/new/, compiled into the program),
 * written for a handläggare to fill in.  Included by run.c and main.c. */
#ifndef IOPDOC_SKELETON_H
#define IOPDOC_SKELETON_H

#include <stdbool.h>

/* The documents iopdoc new writes, in the order help lists them. */
enum skeleton_kind {
	SKELETON_AGREEMENT, SKELETON_FOLLOWUP, SKELETON_REPORT,
	SKELETON__COUNT,
	SKELETON_NONE = -1
};

/* The kind named word ("agreement", "followup", "report"), or
 * SKELETON_NONE. */
enum skeleton_kind	skeleton_kind(const char *word);

/* The kinds' names, "agreement, followup or report", for messages. */
const char	*skeleton_kind_list(void);

/* Writes the skeleton of kind to path (NULL or "-": standard output).
 * An existing path is left alone unless force: returns SKELETON_EXISTS
 * without a message, for the command line to name the mistake.  0 when
 * written, -1 after reporting a write that failed. */
#define SKELETON_EXISTS 1
int	skeleton_write(enum skeleton_kind kind, const char *path, bool force);

#endif
