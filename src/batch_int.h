/* The nightly build's shared state: the input files, the jobs, the last
 * run's manifest, the workers and the run that holds them.  For the
 * nightly build's modules (batch*.c) only; everyone else includes
 * batch.h. */
#ifndef IOPDOC_BATCH_INT_H
#define IOPDOC_BATCH_INT_H

#include <sys/types.h>

#include <signal.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "batch.h"
#include "buf.h"
#include "diag.h"
#include "fsutil.h"
#include "pdfstat.h"
#include "plan.h"
#include "strmap.h"
#include "template.h"

/* A hash not known: no file hashes to it, so it never matches
 * (batch_manifest.c). */
extern const char manifest_unknown_hash[65];

enum job_kind { JOB_AGREEMENT, JOB_FOLLOWUP, JOB_REPORT, JOB__COUNT };
enum job_state { JOB_UNCHANGED, JOB_RENDER, JOB_KEPT };

/* The folder of each kind of output, below the output folder, is
 * plan_kind_dirs[kind] (plan.h): the job kinds are the plan's
 * (batch_plan.c asserts it). */

/* An input file of the tree. */
struct infile {
	char		*path;
	char		 hash[65];
	long long	 size, mtime;		/* mtime in nanoseconds */
	bool		 changed;		/* new, or not as recorded */
	enum diag_level	 level;
	struct buf	 messages;		/* from reading and checking */
	bool		 shown;			/* its messages were printed this run */
	struct plan_file *pf;			/* what the plan knows of it, or NULL */
};

/* A party's logo file an agreement prints (batch_logo.c). */
struct logofile {
	char		*path;			/* as the agreement's summary has it */
	char		 hash[65];		/* manifest_unknown_hash: not usable */
	long long	 size, mtime;		/* -1 when not usable */
	bool		 changed;		/* not as recorded */
	bool		 used;			/* by an agreement of this run */
};

/* An output and what it is made from. */
struct job {
	enum job_kind	 kind;
	char		*out;			/* relative: "agreements/x.pdf" */
	char		*namnd;			/* report: the nämnd's id */
	int		 year;			/* report */
	char		**inputs;		/* paths, in a fixed order */
	char		**hashes;		/* of each input as checked (not owned) */
	/* read only to check the others as the plan did (the follow-ups
	 * that set delmål an outcome names), not rendered from */
	bool		*ref;
	size_t		 ninputs;
	char		 dephash[65];
	enum job_state	 state;
	const char	*reason;
	/* the outcome */
	char		 pdfhash[65];		/* of the PDF written, or kept */
	char		 csvhash[65];		/* a report's CSV's, "" when none */
	enum diag_level	 level;
	long		 pages, bytes, usec;	/* pages 0: not known */
	char		*messages;
	bool		 done;
};

/* What the last run recorded. */
struct old_out {
	char		*out, *dephash;
	char		 pdfhash[65];		/* of the PDF it wrote */
	int		 pdf_check;		/* 0 not yet, 1 as recorded, -1 not */
	bool		 pdf_missing;		/* found missing by the check */
	struct pdfstat	 st;			/* of the PDF when its hash was checked */
	long		 pages;			/* of the PDF; 0: not recorded */
	bool		 has_st;
	char		**inputs;
	size_t		 ninputs;
	bool		 seen;			/* planned again this run */
	bool		 pruned;		/* its PDF was removed */
	/* its last PDF kept (an input has errors or was not read) and no
	 * job made for it this run */
	bool		 kept;
	char		 csvhash[65];		/* a report's CSV's; "" when not recorded */
	int		 csv_check;		/* 0 not yet, 1 as recorded, -1 not */
	bool		 csv_missing;		/* found missing by the check */
};

struct manifest {
	char		 prog[65], tpl[65];
	char		 opts[32];		/* options that change what passes */
	struct infile	*files;			/* path, hash, size, mtime */
	size_t		 nfiles;
	struct logofile	*logos;			/* sorted by path */
	size_t		 nlogos;
	struct old_out	*outs;
	size_t		 nouts;
	struct strmap	 by_out;		/* out -> outs[] */
	char		**failed;
	size_t		 nfailed;
	struct plan_cache *sums;		/* each file's routing summary */
};

/* A worker process: forked before anything is read, so that it carries
 * none of the tree's data (one that replaces a dead worker shares the
 * parent's pages); jobs reach it whole through its pipe. */
struct worker {
	pid_t		pid;
	int		to, from;	/* jobs out, results in */
	long		job;		/* the job it works on, or -1 */
	struct timespec	started;	/* of that job */
};

struct build_run {
	const struct batch_options	*o;
	struct worker			*workers;
	int				 nworkers;
	struct template			 t;
	char				 prog[65], tpl[65];
	struct infile			*files;
	size_t				 nfiles, files_cap;
	struct infile			**by_path;	/* files, sorted by path */
	struct logofile			*logos;		/* the parties' logos */
	size_t				 nlogos, logos_cap;
	struct strmap			 logo_index;	/* path -> logos[] */
	struct job			*jobs;
	size_t				 njobs, jobs_cap;
	struct manifest			 old;
	int				 lock;		/* fd; workers close it */
	/* What the scan could not or would not read: the outputs made from
	 * it keep their last PDF, and nothing is pruned. */
	char				**unread;
	char				**unread_msgs;	/* the message of each */
	size_t				 nunread, unread_cap, unread_msgs_cap;
	size_t				 unread_errors;	/* not links */
	bool				 progress;
	/* Outputs (documents) rendered, unchanged, failed (a render that
	 * failed, or one kept for an input with errors); input files with
	 * errors or not read: two units, counted apart. */
	size_t				 rendered, unchanged, failed;
	size_t				 bad_inputs;
};

/* What a lock on the output tree came to. */
enum lock_result { LOCK_TAKEN, LOCK_BUSY, LOCK_FAILED };

/* batch.c: the run. */
extern volatile sig_atomic_t batch_stop_signal;	/* TERM, INT or HUP seen */
void	batch_catch_stop(void (*handler)(int));
char	*batch_path_join(const char *, const char *);
long	batch_usec_since(const struct timespec *);

/* batch_lock.c: the lock on the output tree and what a killed run left. */
enum lock_result lock_take(const struct batch_options *, int *fd);
void	lock_clean_leftovers(const char *dir);

/* batch_digest.c: the hashes of files, PDFs and the environment. */
int	digest_file(const char *path, char out[65]);
int	digest_pdf(const char *path, char out[65]);
void	digest_parsed(const char *data, size_t len, void *ctx);
void	digest_env(struct build_run *);

/* batch_manifest.c: the record of the last run and of this one. */
const char *manifest_opts(const struct batch_options *);
void	manifest_read(const char *outdir, struct manifest *);
int	manifest_write(struct build_run *);
/* Writes m's lines to af once they are more than a little, and empties m. */
void	manifest_flush(struct atomic_file *, struct buf *m);
void	manifest_free(struct manifest *);
struct old_out *manifest_out(const struct manifest *, const char *out);
bool	manifest_damaged(const struct manifest *);
const struct infile *manifest_file(const struct manifest *, const char *path);
const struct logofile *manifest_logo(const struct manifest *, const char *path);
bool	manifest_pdf_ok(const char *outdir, struct old_out *);
/* A report's CSV beside its PDF (report_csv.h): whether an output has
 * one, and whether the one on disk is the one recorded (true for other
 * outputs). */
bool	manifest_has_csv(const char *out);
bool	manifest_csv_ok(const char *outdir, struct old_out *);

/* batch_scan.c: the scan of the input tree. */
void	scan_tree(struct build_run *, const char *dir);
void	scan_index(struct build_run *);
const struct infile *scan_file(const struct build_run *, const char *path);
bool	scan_under_unread(const struct build_run *, const char *path);
void	scan_not_read(struct build_run *, const char *path, enum msg_id, const char *why);
char	*scan_printable(const char *);
bool	scan_name_ok(const char *);

/* batch_logo.c: the parties' logo files, inputs of their agreement's PDF. */
struct sha256;
bool	batch_logos_hold(struct build_run *);
void	batch_logos_collect(struct build_run *);
void	batch_logos_digest(struct build_run *, const struct job *, struct sha256 *);
bool	batch_logos_changed(struct build_run *, const struct job *);
void	batch_logos_lines(const struct build_run *, struct buf *m, struct atomic_file *);
void	batch_logos_free(struct build_run *);

/* batch_plan.c: reading and checking (through plan.c), planning,
 * deciding.  Named batch_plan_ apart from plan.h's plan_. */
void	batch_plan_read_and_check(struct build_run *);
/* The summaries' manifest lines, added to m and written as it fills. */
void	batch_plan_summaries(const struct build_run *, struct buf *m, struct atomic_file *);
struct job *batch_plan_add_job(struct build_run *, enum job_kind, const char *base);
void	batch_plan_outputs(struct build_run *);
void	batch_plan_decide(struct build_run *);

/* batch_worker.c: the worker processes, and doing one job. */
void	worker_do_job(const struct build_run *, const struct job *, struct job *result);
int	worker_send(const struct worker *, const struct job *, long index);
int	worker_receive(struct worker *, struct job *);
int	worker_spawn(struct build_run *, int k);
void	worker_start_all(struct build_run *);
void	worker_end(struct worker *, bool kill_it, char *why, size_t size);
void	worker_stop_all(struct build_run *);

/* batch_exec.c: handing the jobs to the workers. */
void	exec_jobs(struct build_run *);

/* batch_log.c: the JSON log, --verbose lines and the progress line. */
void	log_job(const struct build_run *, const struct job *, const char *status, const char *note);
void	log_input(const struct build_run *, const struct infile *);
void	log_unread(const struct build_run *, const char *path, const char *messages);
void	log_begin(const struct build_run *);
void	log_end(const struct build_run *);
/* The JSON log's line ends: ",\n" between elements of its array. */
void	log_element(struct buf *);
void	log_progress(const struct build_run *, size_t done, size_t total, const char *current);

#endif
