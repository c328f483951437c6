/* iopdoc: the command line only.  Parses the options of each command
 * and calls its run_* function (run.c), which does the work. */
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "diag.h"
#include "limit.h"
#include "mem.h"
#include "run.h"

#ifndef IOPDOC_VERSION
#define IOPDOC_VERSION "0"
#endif

static void
usage(FILE *f)
{
	fputs("usage: iopdoc agreement [-o OUT] [options] FILE|DIR ...\n"
	    "       iopdoc followup [-o OUT] [--input DIR] [options] FILE|DIR ...\n"
	    "       iopdoc report (--year YEAR --namnd ID | --all) [-o OUT] [options] [FILE|DIR ...]\n"
	    "       iopdoc check [--input DIR] [--strict] FILE|DIR ...\n"
	    "       iopdoc build [--input DIR] [-o DIR] [-j N] [--force] [--dry-run] [--prune]\n"
	    "                    [--wait] [--quiet | --verbose] [--log-format=json] [-t FILE]\n"
	    "                    [--job-timeout SECONDS] [--due[=DAYS]]\n"
	    "       iopdoc due [--within DAYS] [--today YYYY-MM-DD] [--input DIR] [--strict]\n"
	    "                  [--format=csv] [FILE|DIR ...]\n"
	    "       iopdoc --version | --help | --list-messages\n"
	    "options: -t, --template FILE  --strict  -v\n"
	    "\n"
	    "agreement  render agreements to PDF; a folder means every agreement in it\n"
	    "followup   render follow-ups; their agreements are looked up in the files\n"
	    "           given and in --input folders (default: input/)\n"
	    "report     render the yearly report of one nämnd, or of every nämnd and\n"
	    "           year with data (--all), from the files given (default: input/)\n"
	    "check      validate without writing anything\n"
	    "build      the nightly run: every agreement, follow-up and nämnd report of\n"
	    "           --input (default input/) into -o (default output/), incrementally;\n"
	    "           --due[=DAYS] then prints what is due, as iopdoc due does\n"
	    "due        list what the agreements say must happen within DAYS days\n"
	    "           (default 30) of --today (default: today) and what is overdue:\n"
	    "           follow-up meetings and written reports not on file, payments,\n"
	    "           review and notice dates, agreements ending; one line each,\n"
	    "           \"YYYY-MM-DD  Name (id)  what  [FÖRSENAD N dagar]\", under\n"
	    "           \"Försenat\" and \"Inom DAYS dagar\".  Nothing is printed when\n"
	    "           nothing is due (exit status as check's); --format=csv: the same\n"
	    "           as CSV for Excel; see README, \"What is due\"\n"
	    "-o names the PDF (one document) or the output folder (default: output/)\n", f);
}

/* The whole number value of option name into *out, or -1 with a message
 * when it is none or lies outside min..max. */
static int
number_option(const char *name, const char *value, long min, long max, long *out)
{
	char *end;
	long n = strtol(value, &end, 10);

	if (*value == '\0' || *end != '\0' || n < min || n > max) {
		diag(NULL, 0, MSG_OPTION_RANGE, name, min, max, value);
		return -1;
	}
	*out = n;
	return 0;
}

/* The options of agreement, followup, report and check; the files stay
 * in argv.  Returns their count, -1 for a wrong command line, -2 for a
 * value out of range (the message is out). */
static int
parse_options(int argc, char **argv, struct run_options *o)
{
	int c = 0, nfiles = 0;
	bool only_files = false;

	for (; c < argc; c++) {
		const char *a = argv[c];
		bool more = c + 1 < argc;

		if (only_files || a[0] != '-' || a[1] == '\0') {
			argv[nfiles++] = argv[c];
			continue;
		}
		if (strcmp(a, "-o") == 0 && more)
			o->output = argv[++c];
		else if ((strcmp(a, "--template") == 0 || strcmp(a, "-t") == 0) && more)
			o->template = argv[++c];
		else if (strcmp(a, "--input") == 0 && more) {
			o->inputs = xrealloc(o->inputs, (o->ninputs + 1) * sizeof(*o->inputs));
			o->inputs[o->ninputs++] = argv[++c];
		} else if (strcmp(a, "--namnd") == 0 && more && o->cmd == RUN_REPORT)
			o->namnd = argv[++c];
		else if (strcmp(a, "--year") == 0 && more && o->cmd == RUN_REPORT) {
			long y;

			if (number_option(a, argv[++c], LIMIT_YEAR_MIN, LIMIT_YEAR_MAX, &y) != 0)
				return -2;
			o->year = (int)y;
		} else if (strcmp(a, "--all") == 0 && o->cmd == RUN_REPORT)
			o->all = true;
		else if (strcmp(a, "--strict") == 0)
			o->strict = true;
		else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0)
			o->verbose = true;
		else if (strcmp(a, "--") == 0)
			only_files = true;
		else
			return -1;
	}
	if (o->cmd == RUN_REPORT && !o->all && (o->namnd == NULL || o->year == 0))
		return -1;
	if (o->cmd == RUN_REPORT && o->all && (o->namnd != NULL || o->year != 0))
		return -1;
	return nfiles;
}

/* agreement, followup, report, check: options and files in any order. */
static int
documents(enum run_command cmd, int argc, char **argv)
{
	struct run_options o;
	int nargs, rc;

	memset(&o, 0, sizeof(o));
	o.cmd = cmd;
	if ((nargs = parse_options(argc, argv, &o)) < 0 || (nargs == 0 && cmd != RUN_REPORT)) {
		if (nargs != -2)
			usage(stderr);
		free(o.inputs);
		return EXIT_USAGE;
	}
	o.args = argv;
	o.nargs = (size_t)nargs;
	rc = run_documents(&o);
	free(o.inputs);
	return rc;
}

/* Today by the system clock, local time. */
static struct date
system_today(void)
{
	time_t now = time(NULL);
	struct tm tm;
	struct date d = { 1970, 1, 1 };

	if (localtime_r(&now, &tm) != NULL)
		d = (struct date){ tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday };
	return d;
}

/* iopdoc build: options only, no files. */
static int
build(int argc, char **argv)
{
	struct batch_options b;
	const char *given = NULL;
	int c, rc;
	long cores = sysconf(_SC_NPROCESSORS_ONLN), n, due_days = -1;

	memset(&b, 0, sizeof(b));
	b.input = "input";
	b.output = "output";
	b.jobs = cores > 0 ? (int)cores : 1;
	for (c = 0; c < argc; c++) {
		const char *a = argv[c];
		bool more = c + 1 < argc;

		if (strcmp(a, "--input") == 0 && more)
			b.input = argv[++c];
		else if ((strcmp(a, "-o") == 0 || strcmp(a, "--output") == 0) && more)
			b.output = argv[++c];
		else if ((strcmp(a, "--template") == 0 || strcmp(a, "-t") == 0) && more)
			given = argv[++c];
		else if ((strcmp(a, "-j") == 0 && more) || (strncmp(a, "-j", 2) == 0 && a[2] != '\0')) {
			/* -j N or -jN */
			if (number_option("-j", a[2] != '\0' ? a + 2 : argv[++c], 1, LIMIT_JOBS, &n) != 0)
				return EXIT_USAGE;
			b.jobs = (int)n;
		} else if (strcmp(a, "--job-timeout") == 0 && more) {
			if (number_option(a, argv[++c], 1, LIMIT_JOB_TIMEOUT_MAX, &n) != 0)
				return EXIT_USAGE;
			b.job_timeout = n;
		} else if (strcmp(a, "--force") == 0)
			b.force = true;
		else if (strcmp(a, "--dry-run") == 0)
			b.dry_run = true;
		else if (strcmp(a, "--prune") == 0)
			b.prune = true;
		else if (strcmp(a, "--wait") == 0)
			b.wait = true;
		else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0)
			b.quiet = true;
		else if (strcmp(a, "--verbose") == 0 || strcmp(a, "-v") == 0)
			b.verbose = true;
		else if (strcmp(a, "--strict") == 0)
			b.strict = true;
		else if (strcmp(a, "--log-format=json") == 0)
			b.log_format = LOG_JSON;
		else if (strcmp(a, "--log-format=text") == 0)
			b.log_format = LOG_TEXT;
		else if (strcmp(a, "--due") == 0)
			due_days = DUE_DEFAULT_DAYS;
		else if (strncmp(a, "--due=", 6) == 0) {
			if (number_option("--due", a + 6, 0, LIMIT_DUE_DAYS, &n) != 0)
				return EXIT_USAGE;
			due_days = n;
		} else
			goto usage;
	}
	if (b.quiet && b.verbose)
		goto usage;
	rc = run_build(&b, given);
	if (due_days >= 0) {
		/* the same list as iopdoc due over the build's input, its
		 * files' messages left to the build's own */
		struct run_options o;
		const char *dirs[1] = { b.input };

		memset(&o, 0, sizeof(o));
		o.cmd = RUN_CHECK;
		o.inputs = dirs;
		o.ninputs = 1;
		o.strict = b.strict;
		run_due(&o, system_today(), (int)due_days, false, true);
	}
	return rc;
usage:
	usage(stderr);
	return EXIT_USAGE;
}

/* iopdoc due: its own options, then the files. */
static int
due(int argc, char **argv)
{
	struct run_options o;
	struct date today = system_today();
	long within = DUE_DEFAULT_DAYS;
	int c, nfiles = 0, rc;
	bool csv = false;

	memset(&o, 0, sizeof(o));
	o.cmd = RUN_CHECK;
	for (c = 0; c < argc; c++) {
		const char *a = argv[c];
		bool more = c + 1 < argc;

		if (a[0] != '-' || a[1] == '\0')
			argv[nfiles++] = argv[c];
		else if (strcmp(a, "--within") == 0 && more) {
			if (number_option(a, argv[++c], 0, LIMIT_DUE_DAYS, &within) != 0)
				goto fail;
		} else if (strcmp(a, "--today") == 0 && more) {
			if (date_parse(argv[++c], &today) != 0) {
				diag(NULL, 0, MSG_OPTION_DATE, a, argv[c]);
				goto fail;
			}
		} else if (strcmp(a, "--input") == 0 && more) {
			o.inputs = xrealloc(o.inputs, (o.ninputs + 1) * sizeof(*o.inputs));
			o.inputs[o.ninputs++] = argv[++c];
		} else if (strcmp(a, "--strict") == 0)
			o.strict = true;
		else if (strcmp(a, "--format=csv") == 0)
			csv = true;
		else if (strcmp(a, "--format=text") == 0)
			csv = false;
		else {
			usage(stderr);
			goto fail;
		}
	}
	o.args = argv;
	o.nargs = (size_t)nfiles;
	rc = run_due(&o, today, (int)within, csv, false);
	free(o.inputs);
	return rc;
fail:
	free(o.inputs);
	return EXIT_USAGE;
}

int
main(int argc, char *argv[])
{
	static const struct { const char *name; enum run_command cmd; } cmds[] = {
		{ "agreement", RUN_AGREEMENT },
		{ "followup", RUN_FOLLOWUP },
		{ "report", RUN_REPORT },
		{ "check", RUN_CHECK },
	};
	size_t i;

	/* Past a file-size limit (ulimit -f) write() fails with EFBIG and
	 * the PDF is reported as not written, instead of a silent death. */
	signal(SIGXFSZ, SIG_IGN);
	if (argc < 2) {
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0) {
		puts("iopdoc " IOPDOC_VERSION);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--list-messages") == 0) {
		diag_list();
		return EXIT_OK;
	}
	if (strcmp(argv[1], "build") == 0)
		return build(argc - 2, argv + 2);
	if (strcmp(argv[1], "due") == 0)
		return due(argc - 2, argv + 2);
	for (i = 0; i < sizeof(cmds) / sizeof(cmds[0]); i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			return documents(cmds[i].cmd, argc - 2, argv + 2);
	usage(stderr);
	return EXIT_USAGE;
}
