/* The commands behind the command line: main.c parses the options and
 * calls one run_* function, which reads, links, checks and renders and
 * returns the exit status.  Included by main.c only. */
#ifndef IOPDOC_RUN_H
#define IOPDOC_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "format.h"

struct batch_options;

enum run_command { RUN_AGREEMENT, RUN_FOLLOWUP, RUN_REPORT, RUN_CHECK };

/* agreement, followup, report and check, as parsed from the command line
 * (the strings are the caller's). */
struct run_options {
	enum run_command cmd;
	const char	*output;	/* -o: file or folder; NULL: output/ */
	const char	*template;	/* --template; NULL: found (iopdoc(1), ENVIRONMENT) */
	const char	*namnd;		/* report --namnd */
	const char	**inputs;	/* --input: where follow-ups find agreements */
	size_t		 ninputs;
	char		**args;		/* the files and folders given */
	size_t		 nargs;
	int		 year;		/* report --year */
	bool		 all;		/* report --all */
	bool		 strict, verbose;
	/* the config file's (config.h): its template, used when neither
	 * --template nor $IOPDOC_TEMPLATE names one, and its input folder,
	 * read where input/ would be; NULL: none */
	const char	*config_template, *default_input;
};

/* Runs agreement, followup, report or check; returns the exit status. */
int	run_documents(const struct run_options *);

/* Runs iopdoc build with the options given (b->template is filled from
 * template_given, $IOPDOC_TEMPLATE, config_template or the default);
 * returns the exit status. */
int	run_build(struct batch_options *b, const char *template_given,
	    const char *config_template);

/* iopdoc due: reads and checks the files given and the --input folders
 * (none of either: the config's input, else input/) as check does, and lists what is due from
 * today to today + within days and what is overdue (due.c) on standard
 * output (csv: as CSV, see due_list).  for_build: the --input folders are read with their
 * sub-folders, as the nightly build reads them, and the files' messages
 * are not printed (the build has printed them).  Returns the exit
 * status, check's. */
int	run_due(const struct run_options *, struct date today, int within, bool csv,
	    bool for_build);

#endif
