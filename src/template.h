/* The template: page geometry, fonts, sizes, colours, labels, header and
 * footer texts, logo.  Read from an INI-style file that a municipality
 * edits without recompiling; every key has a built-in default.  Included
 * by run.c, batch.c, render.c, the document builders, layout and the PDF
 * device. */
#ifndef IOPDOC_TEMPLATE_H
#define IOPDOC_TEMPLATE_H

#include <stdbool.h>

#include "buf.h"
#include "written_date.h"

enum text_align { ALIGN_JUSTIFY, ALIGN_LEFT };

enum face { FACE_REGULAR, FACE_BOLD, FACE_ITALIC, FACE_BOLD_ITALIC, FACE__COUNT };

struct color {
	float	r, g, b;	/* 0..1 */
};

struct template {
	char		*path;		/* the file read, or NULL: defaults */
	/* page, pt */
	float		 page_width, page_height;
	float		 margin_top, margin_bottom, margin_left, margin_right;
	float		 header_offset, footer_offset;	/* edge to baseline */
	/* the frame tables and the running heads span: at most the
	 * margins, which set the running text's measure (not given: the
	 * margins themselves) */
	float		 table_margin_left, table_margin_right;
	/* fonts: resolved file names */
	char		*font[FACE__COUNT];
	/* sizes, pt; leading is a factor of the size */
	float		 size_body, leading, size_title, size_subtitle, size_effort;
	float		 size_h1, size_h2, size_h3, size_small, size_table, size_draft;
	float		 size_caption;	/* every table's caption, pt */
	bool		 caption_bold;
	bool		 participants_natural;	/* a follow-up's participants table as wide
						 * as its names, not the text's width */
	float		 paragraph_space, list_indent, heading_space;
	enum text_align	 align;
	/* Swedish hyphenation (hyph.h): on or off, and the pattern file;
	 * NULL or "": Debian's places */
	bool		 hyphenate;
	/* every agreement opens with a cover page, not only those with
	 * title-page="yes" */
	bool		 title_page;
	char		*hyphenation;
	char		*hyphenation_exceptions;	/* a kommun's own words */
	struct color	 color_text, color_heading, color_rule, color_draft;
	struct color	 color_table_head, color_muted;
	struct color	 color_caption;
	/* labels */
	char		*label_toc, *label_draft, *label_place_date, *label_signature;
	/* the cover page's status line: the label and the three statuses */
	char		*label_status, *label_status_draft, *label_status_final;
	char		*label_status_signed;
	char		*label_name, *label_for, *label_orgnr, *label_diarienummer;
	/* after a party's "För …" over its blocks continued on a new page */
	char		*label_for_continued;
	char		*label_date, *label_handlaggare, *label_unit, *label_parties;
	char		*label_budget_item, *label_budget_quantity, *label_budget_amount;
	char		*label_budget_description, *label_budget_total;
	char		*label_summary_party, *label_summary_amount, *label_summary_share;
	char		*label_summary_total;
	char		*label_summary_caption;
	char		*label_stated_remark_column, *label_stated_remark_group;	/* a summary the author gave no caption */
	char		*label_table_continued;	/* after a caption repeated over a table's
					 * rows on a later page */
	/* document control: decisions, version, history, annexes */
	char		*label_decision, *label_decision_dnr, *label_version;
	char		*label_history_version, *label_history_date;
	char		*label_history_change, *label_history_by;
	char		*label_annex, *label_annex_list, *label_annex_not_attached;
	/* header and footer: {title} {effort} {diarienummer} {date} {page} {pages} */
	char		*header_left, *header_right, *footer_left, *footer_right;
	/* logo on the first page, PNG or JPEG; NULL: none */
	char		*logo;
	float		 logo_width;
	char		*logo_alt;	/* the logo in words, for screen readers */
	/* [letterhead] line1..line4: the sender's name, förvaltning and
	 * address at the head of the first page; "" : no line */
	char		*letterhead[4];
	/* the economy (issue 12): a budget line listed without a value */
	char		*label_budget_not_valued;
	/* a party's budget without a caption of its own: "Bidrag från
	 * {party}", by the budget's kind */
	char		*label_budget_caption_money, *label_budget_caption_in_kind;
	char		*label_budget_caption_mixed;
	/* a line priced per unit: its columns, and the words before an
	 * estimate and a ceiling */
	char		*label_budget_price, *label_budget_count;
	char		*label_budget_estimate, *label_budget_ceiling;
	char		*label_budget_amount_month;	/* per="month" budgets */
	/* a budget type="costs" and a <financing>: their default headings */
	char		*label_costs_amount, *label_costs_total;
	char		*label_financing_item, *label_financing_amount, *label_financing_total;
	/* [format]: how ISO-written dates print (agreements; follow-ups),
	 * and whether a stated total that differs from its rows gets a
	 * visible remark ("Raderna summerar till …", label_stated_remark
	 * with {sum}) */
	enum date_form	 date_form, followup_date_form;
	bool		 stated_remark;
	/* [format] typography: the Swedish typographic pass (typo.h) over
	 * agreements' and follow-ups' text before layout */
	bool		 typography;
	char		*label_stated_remark;
	char		*label_actors;	/* "Övriga aktörer" */
	char		*label_approved;	/* "Godkänd av" */
	char		*label_report_period;	/* "Rapportperiod:" before a follow-up's period */
	char		*label_budget_no_amount;	/* a priced line with neither amount nor estimate */
	/* [report] technical-appendix: the yearly report ends with "Teknisk
	 * bilaga: filer" (its files' paths and ids, the files left out) */
	bool		 report_technical_appendix;
	/* the running header on the report's first page, under which its
	 * title block says the same; no: footer only there */
	bool		 report_first_page_header;
	/* signature blocks: room to sign (pt) over the signature line, the
	 * label under the title's line ("Befattning") */
	float		 signature_space;
	char		*label_title;
	/* a follow-up's record head ("Upprättad av", "Plats") and its
	 * participants table: heading and column labels */
	char		*label_prepared_by, *label_place, *label_participants;
	char		*label_concerns;	/* "Avser:" before the agreement a follow-up follows up */
	char		*label_participant_name, *label_participant_org;
	char		*label_participant_role;
	/* a meeting record's sign-off: "Vid anteckningarna", "Justeras",
	 * "Antecknat av" */
	char		*label_minutes_secretary, *label_minutes_adjuster, *label_noted_by;
};

/* Reads a template file over the defaults (path NULL: defaults only).
 * Returns 0, or -1 after reporting.  template_free() frees it. */
int	template_load(const char *path, struct template *);
void	template_free(struct template *);

/* The program's own copy of one of the default fonts named by value
 * ("../fonts/IopdocSans-Bold.ttf"), for a template kept outside
 * templates/: the checkout's fonts/, else the data directory's
 * (datadir.h); NULL when there is none.  Each place looked is added to
 * where (may be NULL).  The caller frees it. */
char	*template_program_font(const char *value, struct buf *where);
/* Whether path names one of the program's own fonts (IopdocSans-*);
 * when it does, the places they are looked for are added to where. */
bool	template_font_places(const char *path, struct buf *where);

/* Replace {name} fields; the caller frees the result. */
struct template_fields {
	const char	*title, *effort, *diarienummer, *date;
	int		 page, pages;
};
char	*template_expand(const char *pattern, const struct template_fields *);

#endif
