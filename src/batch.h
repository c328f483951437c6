/* The nightly build: every agreement, follow-up and nämnd report of an
 * input tree, rendered incrementally, in parallel, atomically, under a
 * lock.  Included by main.c, run.c, the build fuzz target and batch_int.h. */
#ifndef IOPDOC_BATCH_H
#define IOPDOC_BATCH_H

#include <stdbool.h>

enum log_format { LOG_TEXT, LOG_JSON };

struct batch_options {
	const char	*input;		/* default "input" */
	const char	*output;	/* default "output" */
	const char	*template;	/* resolved template file, or NULL */
	int		 jobs;		/* worker processes; 0: the number of cores */
	long		 job_timeout;	/* seconds; 0: LIMIT_JOB_SECONDS */
	bool		 force, dry_run, prune, wait, quiet, verbose, strict;
	enum log_format	 log_format;
};

/* Runs the build and returns the exit status. */
int	batch_run(const struct batch_options *);

/* The version of the build's record (.iopdoc-manifest) this iopdoc
 * writes and the highest it reads; the build fuzzer writes it too. */
#define BATCH_MANIFEST_VERSION	7

#endif
