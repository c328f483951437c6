/* iopdoc: the command line only.  Parses the options of each command
 * with getopt_long from cli.c's tables (one meaning per option across
 * the commands), names each mistake in one line (cli_error), and calls
 * the command's run_* function (run.c), which does the work. */
#include <getopt.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "batch.h"
#include "cli.h"
#include "config.h"
#include "diag.h"
#include "limit.h"
#include "mem.h"
#include "run.h"
#include "skeleton.h"

#ifndef IOPDOC_VERSION
#define IOPDOC_VERSION "0"
#endif

/* Every value the command line can give, whichever command it is for;
 * cli_getopt_table lets through only the options of the command parsed. */
struct values {
	const char	*output, *template, *namnd;
	const char	*config;	/* --config FILE */
	const char	**inputs;
	size_t		 ninputs;
	char		**files;
	int		 nfiles;
	long		 year, jobs, job_timeout, due_days, within;
	struct date	 today;
	bool		 strict, verbose, quiet, all, force, dry_run, prune, wait, csv;
	enum log_format	 log_format;
	bool		 due_bare;	/* the last option was --due without =DAYS */
};

/* The whole number value of option name into *out; a mistake's message
 * when it is none or lies outside min..max. */
static int
number_option(enum cli_cmd cmd, const char *name, const char *value, long min, long max,
    long *out)
{
	char *end;
	long n = strtol(value, &end, 10);

	if (*value == '\0' || *end != '\0' || n < min || n > max)
		return cli_error(cmd, CLI_NUMBER, name, min, max, value);
	*out = n;
	return 0;
}

/* The one-line message of getopt_long's '?' or ':' for the option it
 * just read from word (the argument optind named before the call: with
 * "-" leading the option string getopt permutes nothing); returns
 * EXIT_USAGE. */
static int
mistake(enum cli_cmd cmd, int c, const char *word)
{
	enum cli_opt_id id = cli_opt_of(optopt);
	const char *meant;
	const char *eq = strchr(word, '=');
	char spelled[80], matches[256];
	int other;

	/* a short option as typed; a byte that is no printable ASCII (a
	 * "-ö" is two bytes) by the word it stands in */
	if (optopt > ' ' && optopt < 0x7f)
		snprintf(spelled, sizeof(spelled), "-%c", optopt);
	else if (optopt >= OPT_HELP)
		snprintf(spelled, sizeof(spelled), "--%s", cli_opt_long(id));
	else
		snprintf(spelled, sizeof(spelled), "%s", word);
	if (c == ':')
		return cli_error(cmd, CLI_MISSING_VALUE, spelled, cli_opt_arg(id));
	if (optopt >= OPT_HELP)		/* "--force=yes" */
		return cli_error(cmd, CLI_UNWANTED_VALUE, spelled, eq != NULL ? eq + 1 : "");
	if (optopt != 0) {		/* a short option this command does not take */
		for (other = 0; id != 0 && other < CMD__COUNT; other++)
			if (other != (int)cmd && cli_takes((enum cli_cmd)other, id))
				return cli_error(cmd, CLI_OTHER_COMMANDS_OPTION, spelled,
				    cli_command_name(cmd), cli_command_name((enum cli_cmd)other));
		return cli_error(cmd, CLI_UNKNOWN_OPTION, spelled);
	}
	/* a long option: ambiguous, another command's, or unknown */
	snprintf(spelled, sizeof(spelled), "%.*s", (int)strcspn(word, "="), word);
	if (strncmp(word, "--", 2) == 0 && cli_prefix_matches(cmd, word, matches, sizeof(matches)) > 1)
		return cli_error(cmd, CLI_AMBIGUOUS_OPTION, spelled, matches);
	if ((other = cli_option_owner(cmd, word)) != CMD_NONE)
		return cli_error(cmd, CLI_OTHER_COMMANDS_OPTION, spelled, cli_command_name(cmd),
		    cli_command_name((enum cli_cmd)other));
	if ((meant = cli_suggest_option(cmd, word)) != NULL)
		return cli_error(cmd, CLI_UNKNOWN_OPTION_MEANT, spelled, meant);
	return cli_error(cmd, CLI_UNKNOWN_OPTION, spelled);
}

/* One value of option id (as spelled) into v; 0, or EXIT_USAGE after
 * its message. */
static int
take(enum cli_cmd cmd, enum cli_opt_id id, const char *spelled, const char *arg, struct values *v)
{
	v->due_bare = false;
	switch (id) {
	case OPT_OUTPUT: v->output = arg; break;
	case OPT_TEMPLATE: v->template = arg; break;
	case OPT_CONFIG: v->config = arg; break;
	case OPT_INPUT:
		v->inputs = xrealloc(v->inputs, (v->ninputs + 1) * sizeof(*v->inputs));
		v->inputs[v->ninputs++] = arg;
		break;
	case OPT_NAMND: v->namnd = arg; break;
	case OPT_STRICT: v->strict = true; break;
	case OPT_VERBOSE: v->verbose = true; break;
	case OPT_QUIET: v->quiet = true; break;
	case OPT_ALL: v->all = true; break;
	case OPT_FORCE: v->force = true; break;
	case OPT_DRY_RUN: v->dry_run = true; break;
	case OPT_PRUNE: v->prune = true; break;
	case OPT_WAIT: v->wait = true; break;
	case OPT_YEAR:
		return number_option(cmd, spelled, arg, LIMIT_YEAR_MIN, LIMIT_YEAR_MAX, &v->year);
	case OPT_JOBS:
		return number_option(cmd, spelled, arg, 1, LIMIT_JOBS, &v->jobs);
	case OPT_JOB_TIMEOUT:
		return number_option(cmd, spelled, arg, 1, LIMIT_JOB_TIMEOUT_MAX, &v->job_timeout);
	case OPT_WITHIN:
		return number_option(cmd, spelled, arg, 0, LIMIT_DUE_DAYS, &v->within);
	case OPT_DUE:
		if (arg == NULL) {
			v->due_days = DUE_DEFAULT_DAYS;
			v->due_bare = true;
			return 0;
		}
		return number_option(cmd, spelled, arg, 0, LIMIT_DUE_DAYS, &v->due_days);
	case OPT_TODAY:
		if (date_parse(arg, &v->today) != 0)
			return cli_error(cmd, CLI_DATE, spelled, arg);
		break;
	case OPT_LOG_FORMAT:
		if (strcmp(arg, "json") == 0)
			v->log_format = LOG_JSON;
		else if (strcmp(arg, "text") == 0)
			v->log_format = LOG_TEXT;
		else
			return cli_error(cmd, CLI_CHOICE, spelled, "json or text", arg);
		break;
	case OPT_FORMAT:
		if (strcmp(arg, "csv") == 0 || strcmp(arg, "text") == 0)
			v->csv = strcmp(arg, "csv") == 0;
		else
			return cli_error(cmd, CLI_CHOICE, spelled, "text or csv", arg);
		break;
	default:	/* OPT_HELP: answered before parsing */
		break;
	}
	return 0;
}

/* Parses the options of cmd (argv[0] is the command's name) into v, the
 * files in v->files (in v's own array); 0, or EXIT_USAGE after the
 * mistake's one line. */
static int
parse(enum cli_cmd cmd, int argc, char **argv, struct values *v)
{
	char shortopts[64];
	struct option longopts[OPT__END - OPT_HELP + 1];
	int c, li, at;

	cli_getopt_table(cmd, shortopts, longopts);
	v->files = xmalloc((size_t)argc * sizeof(*v->files));
	opterr = 0;
	optind = 1;
	for (;;) {
		enum cli_opt_id id;
		char spelled[80];

		li = -1;	/* stays -1 for a short option */
		at = optind;
		if ((c = getopt_long(argc, argv, shortopts, longopts, &li)) == -1)
			break;
		if (c == 1) {
			/* "--due 7": the days belong joined to --due */
			if (cmd == CMD_BUILD && v->due_bare && optarg[strspn(optarg, "0123456789")] == '\0')
				return cli_error(cmd, CLI_DUE_JOINED, optarg);
			v->files[v->nfiles++] = optarg;
			continue;
		}
		if (c == '?' || c == ':')
			return mistake(cmd, c, argv[at]);
		id = cli_opt_of(c);
		if (li >= 0)
			snprintf(spelled, sizeof(spelled), "--%s", longopts[li].name);
		else
			snprintf(spelled, sizeof(spelled), "-%c", c);
		if (take(cmd, id, spelled, optarg, v) != 0)
			return EXIT_USAGE;
	}
	for (; optind < argc; optind++)		/* after -- */
		v->files[v->nfiles++] = argv[optind];
	return 0;
}

/* Whether argv (before a --) asks for help. */
static bool
asks_help(int argc, char **argv)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return true;
	return false;
}

/* agreement, followup, report, check: options and files in any order. */
static int
documents(enum cli_cmd cmd, struct values *v, const struct config *cfg)
{
	static const enum run_command runs[] = {
		[CMD_AGREEMENT] = RUN_AGREEMENT, [CMD_FOLLOWUP] = RUN_FOLLOWUP,
		[CMD_REPORT] = RUN_REPORT, [CMD_CHECK] = RUN_CHECK,
	};
	struct run_options o;

	if (cmd == CMD_REPORT && v->all && (v->namnd != NULL || v->year != 0))
		return cli_error(cmd, CLI_ALL_ALONE);
	if (cmd == CMD_REPORT && !v->all && v->namnd == NULL && v->year == 0)
		return cli_error(cmd, CLI_REPORT_WHICH);
	if (cmd == CMD_REPORT && !v->all && v->namnd == NULL)
		return cli_error(cmd, CLI_YEAR_NEEDS_NAMND);
	if (cmd == CMD_REPORT && !v->all && v->year == 0)
		return cli_error(cmd, CLI_NAMND_NEEDS_YEAR);
	if (cmd != CMD_REPORT && v->nfiles == 0)
		return cli_error(cmd, CLI_NO_FILES, cli_command_name(cmd));
	memset(&o, 0, sizeof(o));
	o.cmd = runs[cmd];
	o.output = v->output;
	o.template = v->template;
	o.namnd = v->namnd;
	o.inputs = v->inputs;
	o.ninputs = v->ninputs;
	o.args = v->files;
	o.nargs = (size_t)v->nfiles;
	o.year = (int)v->year;
	o.all = v->all;
	o.strict = v->strict;
	o.verbose = v->verbose;
	o.config_template = cfg->template;
	o.default_input = cfg->input;
	return run_documents(&o);
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

/* iopdoc build: options only, no files; what they leave out comes from
 * the config file, else input/ and output/ here. */
static int
build(struct values *v, const struct config *cfg)
{
	struct batch_options b;
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	int rc;

	if (v->nfiles > 0)
		return cli_error(CMD_BUILD, CLI_NO_ARGUMENTS, v->files[0]);
	if (v->quiet && v->verbose)
		return cli_error(CMD_BUILD, CLI_QUIET_VERBOSE);
	if (v->due_days >= 0 && v->log_format == LOG_JSON)
		return cli_error(CMD_BUILD, CLI_DUE_JSON);
	memset(&b, 0, sizeof(b));
	b.input = v->ninputs > 0 ? v->inputs[v->ninputs - 1] : cfg->input != NULL ? cfg->input : "input";
	b.output = v->output != NULL ? v->output : cfg->output != NULL ? cfg->output : "output";
	b.jobs = v->jobs > 0 ? (int)v->jobs : cfg->jobs > 0 ? (int)cfg->jobs : cores > 0 ? (int)cores : 1;
	b.job_timeout = v->job_timeout;
	b.force = v->force;
	b.dry_run = v->dry_run;
	b.prune = v->prune;
	b.wait = v->wait;
	b.quiet = v->quiet;
	b.verbose = v->verbose;
	b.strict = v->strict;
	b.log_format = v->log_format;
	rc = run_build(&b, v->template, cfg->template);
	if (v->due_days >= 0) {
		/* the same list as iopdoc due over the build's input, its
		 * files' messages left to the build's own */
		struct run_options o;
		const char *dirs[1] = { b.input };

		memset(&o, 0, sizeof(o));
		o.cmd = RUN_CHECK;
		o.inputs = dirs;
		o.ninputs = 1;
		o.strict = b.strict;
		run_due(&o, system_today(), (int)v->due_days, false, true);
	}
	return rc;
}

/* iopdoc due: its own options, then the files. */
static int
due(struct values *v, const struct config *cfg)
{
	struct run_options o;

	memset(&o, 0, sizeof(o));
	o.default_input = cfg->input;
	o.cmd = RUN_CHECK;
	o.inputs = v->inputs;
	o.ninputs = v->ninputs;
	o.strict = v->strict;
	o.args = v->files;
	o.nargs = (size_t)v->nfiles;
	return run_due(&o, v->today, (int)v->within, v->csv, false);
}

/* iopdoc new KIND [FILE]: the skeleton of KIND to FILE or standard
 * output (issue 15). */
static int
new_document(struct values *v)
{
	enum skeleton_kind kind;
	const char *path, *meant;
	int rc;

	if (v->nfiles == 0)
		return cli_error(CMD_NEW, CLI_NEW_WHICH);
	if ((kind = skeleton_kind(v->files[0])) == SKELETON_NONE) {
		if ((meant = cli_suggest_skeleton(v->files[0])) != NULL)
			return cli_error(CMD_NEW, CLI_NEW_KIND_MEANT, v->files[0], meant);
		return cli_error(CMD_NEW, CLI_NEW_KIND, v->files[0]);
	}
	if (v->nfiles > 2)
		return cli_error(CMD_NEW, CLI_NEW_FILES, v->files[2]);
	path = v->nfiles == 2 ? v->files[1] : NULL;
	rc = skeleton_write(kind, path, v->force);
	if (rc == SKELETON_EXISTS)
		return cli_error(CMD_NEW, CLI_NEW_EXISTS, path);
	return rc == 0 ? EXIT_OK : EXIT_SYSTEM;
}

/* One command, its options parsed; argv[0] is its name. */
static int
command(enum cli_cmd cmd, int argc, char **argv)
{
	struct values v;
	struct config cfg;
	int rc;

	if (asks_help(argc, argv)) {
		cli_help(stdout, cmd);
		return EXIT_OK;
	}
	memset(&v, 0, sizeof(v));
	v.due_days = -1;
	v.within = DUE_DEFAULT_DAYS;
	v.today = system_today();
	v.log_format = LOG_TEXT;
	if ((rc = parse(cmd, argc, argv, &v)) == 0 && config_load(v.config, &cfg) != 0)
		rc = EXIT_SYSTEM;
	else if (rc == 0) {
		if (cmd == CMD_BUILD)
			rc = build(&v, &cfg);
		else if (cmd == CMD_DUE)
			rc = due(&v, &cfg);
		else if (cmd == CMD_NEW)
			rc = new_document(&v);
		else
			rc = documents(cmd, &v, &cfg);
		config_free(&cfg);
	}
	free(v.files);
	free(v.inputs);
	return rc;
}

/* iopdoc help [COMMAND]: on standard output. */
static int
help(int argc, char **argv)
{
	enum cli_cmd cmd;
	const char *meant;

	if (argc < 3) {
		cli_help(stdout, CMD_NONE);
		return EXIT_OK;
	}
	if ((cmd = cli_command(argv[2])) != CMD_NONE) {
		cli_help(stdout, cmd);
		return EXIT_OK;
	}
	if ((meant = cli_suggest_command(argv[2])) != NULL)
		return cli_error(CMD_NONE, CLI_UNKNOWN_COMMAND_MEANT, argv[2], meant);
	return cli_error(CMD_NONE, CLI_UNKNOWN_COMMAND, argv[2]);
}

int
main(int argc, char *argv[])
{
	enum cli_cmd cmd;
	const char *a, *meant;

	/* Past a file-size limit (ulimit -f) write() fails with EFBIG and
	 * the PDF is reported as not written, instead of a silent death. */
	signal(SIGXFSZ, SIG_IGN);
	/* every message in the language the environment asks for: Swedish
	 * unless it says C, POSIX or another language (diag.h) */
	diag_set_swedish(diag_env_swedish());
	if (argc < 2)
		return cli_error(CMD_NONE, CLI_NO_COMMAND);
	a = argv[1];
	if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
		puts("iopdoc " IOPDOC_VERSION);
		return EXIT_OK;
	}
	if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "help") == 0)
		return help(argc, argv);
	if (strcmp(a, "--list-messages") == 0) {
		diag_list();
		cli_list_messages();
		return EXIT_OK;
	}
	if ((cmd = cli_command(a)) != CMD_NONE)
		return command(cmd, argc - 1, argv + 1);
	if (a[0] == '-')
		return cli_error(CMD_NONE, CLI_UNKNOWN_OPTION, a);
	if ((meant = cli_suggest_command(a)) != NULL)
		return cli_error(CMD_NONE, CLI_UNKNOWN_COMMAND_MEANT, a, meant);
	return cli_error(CMD_NONE, CLI_UNKNOWN_COMMAND, a);
}
