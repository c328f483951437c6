/* What only people know of a yearly nämnd report, from an optional
 * report file (<namnd-report namnd="ID" year="YEAR">, read by the
 * report-file reader): its registry data, who wrote it, the nämnd's
 * meeting and the texts written for it.  The report builder prints
 * what is given and leaves out what is not; the checks say what is
 * missing.  Included by model.h's users that read, check or print it. */
#ifndef IOPDOC_MODEL_REPORT_H
#define IOPDOC_MODEL_REPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"
#include "written_date.h"

/* A handläggare who wrote the report (several in the order written). */
struct report_author {
	struct report_author	*next;
	char			*name;		/* required */
	char			*title;		/* "Utvecklingsstrateg", or NULL */
	char			*unit;		/* "Arbetsmarknadsförvaltningen", or NULL */
	char			*email, *phone;	/* or NULL */
	char			*label;		/* "Controller": the line's label; NULL: "Handläggare" */
	long			 line;
};

struct report_info {
	struct arena		*arena;
	const char		*path;		/* the file, for messages */
	long			 line;		/* of <namnd-report> */
	char			*namnd;		/* the nämnd's id (namnd=) */
	int			 year;		/* the report's year (year=) */
	bool			 draft;		/* status="draft": work in progress */
	char			*title;		/* instead of "Årsrapport YEAR"; NULL: that */
	char			*diarienummer;	/* the report's own case number, or NULL */
	struct date		 date;		/* the report's date; y 0: not given */
	struct date		 meeting;	/* the nämnd's meeting; y 0: not given */
	struct report_author	*authors;	/* NULL: none given */
	/* Texts as <p> and <list> blocks (struct block, BLOCK_P and
	 * BLOCK_LIST); NULL: not given. */
	struct block		*proposal;	/* förslag till beslut */
	struct block		*introduction;	/* inledning */
	struct block		*analysis;	/* analys */
	struct block		*conclusions;	/* slutsatser */
	int			 errors;	/* found by its checks */
	/* as written (words or ISO), and where */
	struct date_writing	 date_as, meeting_as;
	long			 namnd_line, date_line, meeting_line;
};

/* A report file's model in a new arena (report_info_free frees both). */
struct report_info	*report_info_new(const char *path);
void			 report_info_free(struct report_info *);
/* A report's title without a report file's <title>, for its year. */
#define REPORT_DEFAULT_TITLE	"Årsrapport %d: idéburna offentliga partnerskap"
/* The report's title: <title>, else REPORT_DEFAULT_TITLE (in buf). */
const char		*report_info_title(const struct report_info *, char *buf, size_t size);

/* Which documents a nämnd's report of a year is made from, for the
 * report and for the checks of its report file alike.  An agreement is
 * the report's when the nämnd is responsible for it and it is valid some
 * part of the year.  A follow-up belongs to the years its <period>
 * covers (a resultatrapport for 2025 dated 2026-02-10 is 2025's only);
 * without a period, to the years its outcomes end in, and only without
 * those to the year it is dated (a meeting).  A follow-up of one of the
 * report's agreements is the year's source unless it is dated after the
 * year without speaking of it (a meeting of next spring).  An agreement
 * may name several nämnder: report_agreement_namnd finds the one of the
 * id (NULL: the agreement does not name it). */
const struct namnd_ref	*report_agreement_namnd(const struct agreement *, const char *namnd);
bool			 report_has_agreement(const struct agreement *, const char *namnd,
			    int year);
bool			 report_followup_in_year(const struct followup *, int year);
bool			 report_followup_is_source(const struct followup *, int year);

#endif
