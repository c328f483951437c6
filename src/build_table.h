/* The builder of general tables (<table>): the model's table
 * (model_table.h) as a DOC_TABLE with its caption, followed by its
 * notes.  Included by build_common.c, whose text walk meets tables in
 * agreements and follow-ups alike. */
#ifndef IOPDOC_BUILD_TABLE_H
#define IOPDOC_BUILD_TABLE_H

#include "build_common.h"

/* The table at bd->at, and its notes under it in the small size. */
void	build_table_model(struct builder *, const struct table *);

#endif
