/* The agreement's document control in print (build_doc.c): decisions
 * and version in the title block, the version history table, the annex
 * list and the annexes after the agreement.  Included by
 * build_agreement.c only. */
#ifndef IOPDOC_BUILD_DOC_H
#define IOPDOC_BUILD_DOC_H

#include <stdbool.h>

struct block;
struct builder;

/* The registry lines "Beslut: …" and "Version …" at bd->at; top: the
 * first registry line of the title block (space above it).  Whether
 * it printed any. */
bool	build_doc_title_lines(struct builder *, bool top);
/* <version-history/> and <annex-list/> at bd->at. */
void	build_doc_block(struct builder *, const struct block *);
/* Each attached annex on a new page: its heading, then its text. */
void	build_doc_annexes(struct builder *);

#endif
