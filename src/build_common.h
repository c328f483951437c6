/* What the document builders share: the builder state, styled
 * paragraphs, tables, and the text body (sections, paragraphs, lists,
 * addresses) that agreements and follow-ups have in common.  Included by
 * the build_*.c files only. */
#ifndef IOPDOC_BUILD_COMMON_H
#define IOPDOC_BUILD_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "model.h"
#include "template.h"

struct builder {
	struct doc		*doc;
	struct agreement	*ag;		/* agreement builds only */
	const struct template	*t;
	struct arena		*a;
	/* Blocks only one kind of document has (budgets, signatures). */
	void			(*special)(struct builder *, const struct block *,
				    int depth, float indent);
};

enum face		 build_face(unsigned style, bool bold);
void			 build_rich(struct builder *, struct doc_text *, const struct rich *, bool bold);
/* A paragraph of the body style, justified as the template says. */
struct doc_block	*build_para(struct builder *, enum doc_role, float size);
/* A left-aligned paragraph of one text in one face. */
struct doc_block	*build_plain(struct builder *, const char *, enum face, float size, long line);
/* "1 077 600 kr" (or "kronor"), in the arena. */
char			*build_money(struct builder *, long long kr, bool kronor);
struct doc_table	*build_table(struct builder *, size_t ncols, size_t nrows);
struct doc_cell		*build_cell(struct doc_table *, size_t row, size_t col);
void			 build_cell_text(struct builder *, struct doc_table *, size_t row,
			    size_t col, const char *, bool bold, enum doc_align, long line);
/* An empty heading of level 1-3 in the template's heading style, kept
 * with what follows; the caller adds its text and outline. */
struct doc_block	*build_heading(struct builder *, int level, bool in_toc);
/* A caption paragraph kept with the table after it. */
void			 build_caption(struct builder *, const struct rich *);
struct doc_block	*build_table_block(struct builder *, struct doc_table *);
/* A list with its nested blocks. */
void			 build_list(struct builder *, const struct block *list, int depth, float indent);
/* The printed body: sections at depth, indented by indent pt. */
void			 build_text(struct builder *, const struct block *, int depth, float indent);

#endif
