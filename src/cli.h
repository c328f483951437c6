/* The command line's words: the commands and their options, the help
 * each prints, and the one-line messages for a wrong command line.
 * main.c parses with getopt_long from these tables; nothing else reads
 * them.  The messages stand in one table (cli.c, cli_msgs) in English
 * and Swedish so that they can move into the message catalogue whole
 * (issue 15); the help's texts stand in both languages beside them. */
#ifndef IOPDOC_CLI_H
#define IOPDOC_CLI_H

#include <getopt.h>
#include <stdbool.h>
#include <stdio.h>

/* The commands, in the order help lists them. */
enum cli_cmd {
	CMD_AGREEMENT, CMD_FOLLOWUP, CMD_REPORT, CMD_CHECK, CMD_BUILD, CMD_DUE,
	CMD_NEW,	/* issue 15, NEW: iopdoc new */
	CMD__COUNT,
	CMD_NONE = -1
};

/* Every option of every command.  One option has one meaning and one
 * spelling across the commands: -v is --verbose wherever it is taken.
 * The values are above any character, so that getopt_long's short
 * options (their characters) and these never meet. */
enum cli_opt_id {
	OPT_HELP = 256, OPT_OUTPUT, OPT_TEMPLATE, OPT_INPUT, OPT_STRICT,
	OPT_VERBOSE, OPT_QUIET, OPT_YEAR, OPT_NAMND, OPT_ALL, OPT_JOBS,
	OPT_JOB_TIMEOUT, OPT_FORCE, OPT_DRY_RUN, OPT_PRUNE, OPT_WAIT,
	OPT_LOG_FORMAT, OPT_DUE, OPT_WITHIN, OPT_TODAY, OPT_FORMAT,
	OPT_CONFIG,	/* INST: every command's --config FILE */
	OPT__END
};

/* The messages of a wrong command line (cli_msgs in cli.c). */
enum cli_msg {
	CLI_NO_COMMAND,
	CLI_UNKNOWN_COMMAND,
	CLI_UNKNOWN_COMMAND_MEANT,
	CLI_UNKNOWN_OPTION,
	CLI_UNKNOWN_OPTION_MEANT,
	CLI_OTHER_COMMANDS_OPTION,
	CLI_AMBIGUOUS_OPTION,
	CLI_MISSING_VALUE,
	CLI_UNWANTED_VALUE,
	CLI_NUMBER,
	CLI_DATE,
	CLI_CHOICE,
	CLI_REPORT_WHICH,
	CLI_YEAR_NEEDS_NAMND,
	CLI_NAMND_NEEDS_YEAR,
	CLI_ALL_ALONE,
	CLI_QUIET_VERBOSE,
	CLI_DUE_JSON,
	CLI_NO_FILES,
	CLI_NO_ARGUMENTS,
	CLI_DUE_JOINED,
	CLI_HINT,
	CLI_HINT_COMMAND,
	/* issue 15, NEW: iopdoc new */
	CLI_NEW_WHICH,
	CLI_NEW_KIND,
	CLI_NEW_KIND_MEANT,
	CLI_NEW_FILES,
	CLI_NEW_EXISTS,
	CLI__COUNT
};

/* The command named name, or CMD_NONE. */
enum cli_cmd	cli_command(const char *name);
const char	*cli_command_name(enum cli_cmd);

/* Whether cmd takes option id. */
bool	cli_takes(enum cli_cmd cmd, enum cli_opt_id id);

/* getopt_long's option string and table for cmd, in the caller's
 * arrays (shortopts of at least 64 bytes, longopts of OPT__END - OPT_HELP
 * + 1 entries). */
void	cli_getopt_table(enum cli_cmd cmd, char *shortopts, struct option *longopts);

/* The option id of getopt_long's return value c (a character of a short
 * option or an id), or 0. */
enum cli_opt_id	cli_opt_of(int c);

/* The option's long spelling ("--output"), its short one ('o' or 0). */
const char	*cli_opt_long(enum cli_opt_id);
int	cli_opt_short(enum cli_opt_id);
/* The name of the option's value in the language set ("FILE", in
 * Swedish "FIL"), or "". */
const char	*cli_opt_arg(enum cli_opt_id);

/* Prints the message id (printf arguments as its text wants) as
 * "iopdoc: TEXT" and then the hint line naming cmd's help (CMD_NONE:
 * the overview's), both on standard error; returns EXIT_USAGE. */
int	cli_error(enum cli_cmd cmd, enum cli_msg id, ...);

/* For an unknown word given as a command: the command it most likely
 * means (a near spelling, a prefix, or the Swedish word), or NULL. */
const char	*cli_suggest_command(const char *word);

/* For an unknown word given to iopdoc new: the document it most likely
 * means (agreement, followup or report: a near spelling, a prefix, or
 * the Swedish word), or NULL. */
const char	*cli_suggest_skeleton(const char *word);

/* The long option of cmd closest to the unknown "--word[=value]" (its
 * "--" included), or NULL. */
const char	*cli_suggest_option(enum cli_cmd cmd, const char *word);

/* The command other than cmd that takes the long option "--word", or
 * CMD_NONE. */
enum cli_cmd	cli_option_owner(enum cli_cmd cmd, const char *word);

/* Writes into out (size n) the long options of cmd that "--word" is a
 * prefix of, comma-separated; returns how many there are. */
int	cli_prefix_matches(enum cli_cmd cmd, const char *word, char *out, size_t n);

/* The overview (cmd CMD_NONE) or one command's help, on f, in the
 * language diag_swedish() says (main() sets it before any help). */
void	cli_help(FILE *f, enum cli_cmd cmd);

/* Every message of the table, one a line "usage: TEXT" (for
 * iopdoc --list-messages and tests/docs.sh). */
void	cli_list_messages(void);

/* Levenshtein distance with transpositions (optimal string alignment)
 * of a and b, at most 64 bytes each are compared. */
int	cli_distance(const char *a, const char *b);

#endif
