/* The build's plan from routing summaries: what each input file is (type,
 * id, level, what names and routes its outputs), read and checked one
 * agreement at a time, an agreement with its follow-ups as a small corpus
 * (plan.c), cached per file in the manifest (plan_cache.c), and the
 * outputs planned from the summaries alone: kind, name, inputs
 * (plan_out.c).  So the build holds no model of the tree.  Included by
 * plan.c, the plan_*.c files, the nightly build's modules (batch_int.h,
 * batch_manifest.c, batch_plan.c) and run.c, whose single commands name
 * their PDFs with the same plan (plan_corpus_outputs). */
#ifndef IOPDOC_PLAN_H
#define IOPDOC_PLAN_H

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "diag.h"

enum plan_type { PLAN_NONE, PLAN_AGREEMENT, PLAN_FOLLOWUP,
	PLAN_REPORT };	/* NONE: not read; REPORT: a report file (namnds[0].id, from_y) */

/* A nämnd an agreement names responsible (name and kommun name its
 * report), or a report file's (id only). */
struct plan_namnd {
	char		*id, *name, *kommun;
};

/* What routing needs of one input file, and what it was found to be.
 * Every string is owned by the summary (plan_sum_free). */
struct plan_sum {
	enum plan_type	 type;
	enum diag_level	 rlevel;	/* after reading */
	enum diag_level	 olevel;	/* after its own checks, as if its id were unique */
	enum diag_level	 level;		/* with the check that its id is unique */
	/* an agreement's level without the checks of its logo files, which
	 * only its own PDF prints: its nämnd reports go by it */
	enum diag_level	 tlevel;
	bool		 dup;		/* an earlier valid document has its id */
	long		 line;		/* of the document element, which carries the id */
	char		*id;
	char		*key;		/* the agreement id it belongs to (its own, or NULL) */
	/* an agreement */
	char		*name;		/* effort, else title: names its outputs */
	int		 from_y, to_y;	/* its period's years */
	bool		 report;	/* a nämnd and no errors: its years have reports */
	struct plan_namnd *namnds;	/* each in its nämnds' reports */
	size_t		 nnamnds;
	/* its parties' logo files, as their paths are read (joined to the
	 * XML's folder): inputs of its PDF, which prints them */
	char		**logos;
	size_t		 nlogos;
	/* a follow-up */
	int		 kind, y, m, d;	/* enum followup_kind; its date */
	int		 next_year;
	int		*years;		/* the years its outcome periods end in */
	char		**sets;		/* delmål ids it sets (<next-goals>) */
	char		**foreign;	/* goal ids its outcomes name, not its agreement's */
	size_t		 nyears, nsets, nforeign;
};

/* One input file as the plan sees it: the build owns the path; the rest
 * is the plan's (plan_file_free). */
struct plan_file {
	const char	*path;
	char		*key;		/* the group it is read with; NULL: alone */
	struct plan_sum	 sum;
	bool		 changed;	/* set by the caller: not as the last run recorded */
	bool		 known;		/* sum holds (read now, or cached) */
	bool		 fresh;		/* read and checked this run */
	char		 parsed[65];	/* hash of the bytes checked, "" if none */
	struct buf	 msgs;		/* of reading (an agreement: and checking) */
	struct buf	 own;		/* of a follow-up's own checks */
};

void	plan_file_free(struct plan_file *);

struct plan_cache;
struct strmap;

/* Brings the summary of every file (in file order) up to date: takes the
 * cached one of a file not changed, and reads and checks again the
 * groups where a file changed, came or went (gone: the paths the last
 * run read that are not there now), where a file has errors or
 * warnings (its messages are shown or logged every run), and where a follow-up's id stopped or
 * started repeating another's.  all (or no cache): read everything.
 * Returns -1 when *stop was set before it was done. */
int	plan_update(struct plan_file **, size_t n, const struct plan_cache *, bool all,
	    char *const *gone, size_t ngone, const volatile sig_atomic_t *stop);

/* The messages of a file read this run, in the order the checks of the
 * whole tree would make them, into out. */
void	plan_messages(const struct plan_file *const *, size_t n, size_t i, struct buf *out);

/* ---- the cache: summaries per file, in the manifest ---- */

/* A manifest line's fields after "sum" (the first is the path): 0 when
 * it is one plan_cache_line writes. */
int	plan_cache_add(struct plan_cache **, char **fields, size_t n);
/* The cached summary of path, or NULL. */
const struct plan_sum *plan_cache_get(const struct plan_cache *, const char *path);
void	plan_cache_free(struct plan_cache *);
/* The manifest line of a file's summary. */
void	plan_cache_line(struct buf *, const char *path, const struct plan_sum *);

void	plan_sum_copy(struct plan_sum *, const struct plan_sum *);
void	plan_sum_free(struct plan_sum *);

/* ---- the outputs ---- */

enum plan_kind { PLAN_OUT_AGREEMENT, PLAN_OUT_FOLLOWUP, PLAN_OUT_REPORT };

struct plan_out {
	enum plan_kind	 kind;
	char		*name;		/* "agreements/x.pdf" */
	char		*namnd;		/* a report's nämnd id */
	int		 year;		/* a report's */
	char		**inputs;	/* paths, in a fixed order */
	/* read only to check the others as the plan did (the follow-ups
	 * that set delmål an outcome names), not rendered from */
	bool		*ref;
	size_t		 ninputs;
	/* inputs -> their index, once there are many (a report's hundreds):
	 * only while they are added (plan_out_done frees it) */
	struct strmap	*index;
};

/* Adds path to o's inputs unless it is there already. */
void	plan_out_input(struct plan_out *, const char *path, bool ref);
/* Frees what only planning needed (the inputs' index). */
void	plan_out_done(struct plan_out *);

/* The outputs of the files (in file order) whose summaries hold; the
 * caller owns the array and every string of it. */
void	plan_outputs(const struct plan_file *const *, size_t n, struct plan_out **, size_t *nout);

/* The outputs of documents read and checked by the single commands
 * (agreement, followup, report), which hold them all in one corpus: each
 * document summarised as the build summarises a file, level[i] the worst
 * message about docs[i] (DIAG_ERROR or worse: no output of its own),
 * then planned by plan_outputs, so that every command names a document's
 * PDF as iopdoc build does.  Free them with plan_outputs_free. */
struct corpus;
void	plan_corpus_outputs(const struct corpus *, const enum diag_level *level,
	    struct plan_out **, size_t *nout);
void	plan_outputs_free(struct plan_out *, size_t n);

/* The folder of each kind of output. */
extern const char *const plan_kind_dirs[3];

#endif
