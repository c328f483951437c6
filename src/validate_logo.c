/* The checks of the parties' logos: each file must be a whole PNG or
 * JPEG the PDF can embed (image.c's checks, the template logo's), with
 * a text for screen readers and a height that fits a letterhead.  The
 * messages name the <logo> element's line, so that the handläggare
 * finds which party's logo is wrong. */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

#include "diag.h"
#include "fsutil.h"
#include "image.h"
#include "limit.h"
#include "model.h"
#include "validate.h"

/* The image checks of one logo file; 1 after reporting a problem. */
static int
check_logo_file(const char *xml, const struct party_logo *l)
{
	unsigned char *data = NULL;
	size_t size = 0;
	struct image_info info;
	enum image_problem problem;
	char why[160];
	int err;

	err = read_file_limited(l->path, LIMIT_IMAGE_MB * 1024L * 1024, &data, &size);
	if (err == EFBIG) {
		snprintf(why, sizeof(why), "it is larger than %d MB, the most iopdoc embeds",
		    LIMIT_IMAGE_MB);
		diag(xml, l->line, MSG_LOGO_IMAGE, l->file, why);
		return 1;
	}
	if (err != 0) {
		diag(xml, l->line, MSG_LOGO_READ, l->file, read_error_text(err));
		return 1;
	}
	problem = image_check(data, size, &info);
	free(data);
	if (problem == IMAGE_OK)
		return 0;
	image_problem_text(problem, &info, why, sizeof(why));
	diag(xml, l->line, MSG_LOGO_IMAGE, l->file, why);
	return 1;
}

int
validate_logos(const struct agreement *ag)
{
	const struct party *p;
	int errors = 0;

	for (p = ag->parties; p != NULL; p = p->next) {
		const struct party_logo *l = p->logo;

		if (l == NULL)
			continue;
		if (l->alt == NULL || l->alt[0] == '\0') {
			diag(ag->path, l->line, MSG_LOGO_ALT, p->name);
			errors++;
		}
		if (!(l->height_mm >= LIMIT_LOGO_MIN_MM && l->height_mm <= LIMIT_LOGO_MAX_MM)) {
			diag(ag->path, l->line, MSG_LOGO_HEIGHT, l->height_mm,
			    LIMIT_LOGO_MIN_MM, LIMIT_LOGO_MAX_MM);
			errors++;
		}
		if (l->file[0] == '/') {
			diag(ag->path, l->line, MSG_LOGO_ABSOLUTE, l->file);
			errors++;
		} else
			errors += check_logo_file(ag->path, l);
	}
	return errors;
}
