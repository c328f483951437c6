/* What the document builders share: the builder state, styled
 * paragraphs, tables, charts, and the text body (sections, paragraphs, lists,
 * addresses) that agreements and follow-ups have in common.  Included by
 * the build_*.c files (and build_report_int.h) only. */
#ifndef IOPDOC_BUILD_COMMON_H
#define IOPDOC_BUILD_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "model.h"
#include "template.h"

struct builder {
	struct doc		*doc;
	struct doc_node		*at;		/* where new blocks go; NULL: the document */
	struct agreement	*ag;		/* agreement builds only */
	const struct followup	*fu;		/* follow-up builds only */
	const struct template	*t;
	struct arena		*a;
	/* Blocks only one kind of document has (budgets, signatures). */
	void			(*special)(struct builder *, const struct block *, int depth);
};

enum face		 build_face(unsigned style, bool bold);
void			 build_rich(struct builder *, struct doc_text *, const struct rich *, bool bold);
/* A paragraph (or a title, heading or item: kind) of the body style,
 * justified as the template says, at bd->at. */
struct doc_node		*build_para(struct builder *, enum doc_kind, float size);
/* A left-aligned paragraph of one text in one face. */
struct doc_node		*build_plain(struct builder *, const char *, enum face, float size, long line);
/* A template label with its one {key} replaced by value ("För {party}");
 * the label itself when it has none. */
const char		*build_fill(struct builder *, const char *pattern, const char *key,
			    const char *value);
/* Marks the names the model knows (bd->ag's or bd->fu's parties,
 * actors, nämnder, unit, contacts, signatories, participants, authors)
 * as words never hyphenated: doc->nohyph. */
void			 build_names(struct builder *);
/* A list at bd->at, and an item of the body style in it. */
struct doc_node		*build_list_node(struct builder *);
struct doc_node		*build_item(struct builder *, struct doc_node *list);
/* "1 077 600 kr" (or "kronor"), in the arena. */
char			*build_money(struct builder *, long long kr, bool kronor);
/* "2019-01-01 – 2021-12-31" and "Kommunen, Föreningen", in the arena. */
const char		*build_period(struct builder *, struct date from, struct date to);
const char		*build_parties(struct builder *, const struct agreement *);
/* A bar chart of nrows rows of nseries values, all absent, for the
 * caller to fill; build_chart() puts it at bd->at, with its figures in
 * words for readers. */
struct doc_chart	*build_chart_new(struct builder *, const char *title, size_t nrows,
			    size_t nseries);
struct doc_node		*build_chart(struct builder *, struct doc_chart *);
struct doc_table	*build_table(struct builder *, size_t ncols, size_t nrows);
struct doc_node		*build_cell(struct doc_table *, size_t row, size_t col);
void			 build_cell_text(struct builder *, struct doc_table *, size_t row,
			    size_t col, const char *, bool bold, enum doc_align, long line);
/* An empty heading of level 1-3 in the template's heading style, kept
 * with what follows; the caller adds its text and outline. */
struct doc_node		*build_heading(struct builder *, int level, bool in_toc);
/* Puts the table, made apart, at bd->at. */
/* A table's caption in the template's one style for captions ([sizes]
 * caption, [layout] caption-bold); NULL or empty: none. */
void			 build_table_caption(struct builder *, struct doc_table *,
			    const struct rich *);
/* A caption of plain text (a template's label), in the same style. */
void			 build_table_caption_text(struct builder *, struct doc_table *,
			    const char *, long line);
struct doc_node		*build_table_block(struct builder *, struct doc_table *);
/* A list with its items and what they hold. */
void			 build_list(struct builder *, const struct block *list, int depth);
/* The printed body: sections at depth, at bd->at. */
void			 build_text(struct builder *, const struct block *, int depth);

#endif
