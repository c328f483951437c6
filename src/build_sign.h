/* The builders' part for issue 12's SIGN: stated totals' remarks, the
 * parties' and actors' lines of the title block, a follow-up's signing
 * and approval.  Included by the build_*.c files only. */
#ifndef IOPDOC_BUILD_SIGN_H
#define IOPDOC_BUILD_SIGN_H

#include "build_common.h"

/* With the template's [format] stated-remark = yes, and stated differing
 * from computed: a small paragraph "Raderna summerar till 260 000 kr."
 * under the table just built, at bd->at. */
void	build_sign_stated_remark(struct builder *, long long stated, long long computed,
	    bool kronor, long line);

#endif
