/* Builders: turn checked models into document trees for the layout
 * engine.  Included by run.c and batch.c (and the tests). */
#ifndef IOPDOC_BUILD_H
#define IOPDOC_BUILD_H

#include <stdbool.h>
#include <stddef.h>

struct agreement;
struct buf;
struct corpus;
struct doc;
struct followup;
struct report_info;
struct template;

/* The agreement document, in the agreement's arena. */
struct doc	*build_agreement(struct agreement *, const struct template *);

/* A follow-up as its own document, in the follow-up's arena. */
struct doc	*build_followup(struct followup *, const struct template *);

/* A follow-up's opening as printed: the kind line, the title (the
 * meeting's or report's subject) and words of the written title that go
 * under it (the parties a partssamtal's title names), or NULL. */
struct followup_head_text {
	const char	*kind, *title, *under;
};
struct arena;
void		 followup_head_text(struct arena *, const char *title, const char *kind,
		    const char *subject, bool has_subtitle, struct followup_head_text *);

/* What a yearly nämnd report is made from. */
struct report_input {
	struct corpus	*corpus;
	const bool	*usable;	/* per corpus document: read and checked clean */
	const char	**failed;	/* input files left out for their errors */
	size_t		 nfailed;
	const char	*namnd;		/* the nämnd's id */
	int		 year;
	/* the nämnd's report file for the year (model_report.h), checked
	 * clean; NULL: none, and the report prints only what the data say */
	const struct report_info *info;
	/* not NULL: build_report also fills it with the report's figures
	 * as CSV (report_csv.h), for the caller to write beside the PDF */
	struct buf	*csv;
};

/* The report for one nämnd and one calendar year, in an arena of its own
 * (the caller frees doc->arena).  NULL, after reporting, when no usable
 * agreement names the nämnd or none is valid that year. */
struct doc	*build_report(const struct report_input *, const struct template *);

/* Whether a follow-up records a meeting of kind (the <meeting kind> of
 * the agreement's duty), as the report counts them; also used by
 * iopdoc due (due.c). */
bool		 report_followup_is_kind(const struct followup *, const char *kind);

#endif
