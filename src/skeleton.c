/* iopdoc new (skeleton.h): writes a skeleton, compiled into the program
 * from templates/new/ so that an installed iopdoc always has them; the
 * placeholders it holds are xml_read_placeholder.c's to find. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "diag.h"
#include "fsutil.h"
#include "skeleton.h"

/* The skeletons, generated from templates/new/ by the build (embed.c). */
extern const unsigned char	skeleton_agreement[], skeleton_followup[], skeleton_report[];
extern const size_t		skeleton_agreement_len, skeleton_followup_len, skeleton_report_len;

static const struct {
	const char		*name;
	const unsigned char	*text;
	const size_t		*len;
} skeletons[SKELETON__COUNT] = {
	[SKELETON_AGREEMENT] = { "agreement", skeleton_agreement, &skeleton_agreement_len },
	[SKELETON_FOLLOWUP] = { "followup", skeleton_followup, &skeleton_followup_len },
	[SKELETON_REPORT] = { "report", skeleton_report, &skeleton_report_len },
};

enum skeleton_kind
skeleton_kind(const char *word)
{
	int k;

	for (k = 0; k < SKELETON__COUNT; k++)
		if (strcmp(word, skeletons[k].name) == 0)
			return (enum skeleton_kind)k;
	return SKELETON_NONE;
}

const char *
skeleton_kind_list(void)
{
	return "agreement, followup or report";
}

int
skeleton_write(enum skeleton_kind kind, const char *path, bool force)
{
	const unsigned char *text = skeletons[kind].text;
	size_t len = *skeletons[kind].len;
	struct stat st;

	if (path == NULL || strcmp(path, "-") == 0) {
		if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0) {
			diag(NULL, 0, MSG_WRITE_FAILED, "standard output", strerror(errno));
			return -1;
		}
		return 0;
	}
	/* lstat: a link, even one to nowhere, is something the user has */
	if (!force && lstat(path, &st) == 0)
		return SKELETON_EXISTS;
	return write_file_atomic(path, text, len);
}
