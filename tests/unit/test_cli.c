/* The help in both languages (issue 15): cli_help() prints each text of
 * cli.c's tables in the language diag_swedish() says, the Swedish one
 * written for every text, other than the English one, and the option
 * column the same but for the value's name (FIL for FILE), with the
 * texts in one column in both languages. */
#include <stdlib.h>

#include "cli.h"

/* cli_help(cmd) in Swedish or English, in a string the caller frees. */
static char *
cli_help_text(enum cli_cmd cmd, bool sv)
{
	char *text = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&text, &size);

	if (f == NULL)
		return NULL;
	diag_set_swedish(sv);
	cli_help(f, cmd);
	diag_set_swedish(false);
	if (fclose(f) != 0) {
		free(text);
		return NULL;
	}
	return text;
}

/* Whether line (up to its '\n') is a line of text. */
static bool
cli_has_line(const char *text, const char *line, size_t len)
{
	const char *p = text;

	for (; *p != '\0'; p = strchr(p, '\n') + 1) {
		size_t n = strcspn(p, "\n");

		if (n == len && memcmp(p, line, len) == 0)
			return true;
		if (p[n] == '\0')
			break;
	}
	return false;
}

/* An option line: "  -v, --verbose ..." or "      --input DIR ...". */
static bool
cli_option_line(const char *line)
{
	return strncmp(line, "  -", 3) == 0 || strncmp(line, "      --", 8) == 0;
}

/* The option line's long option ("--verbose"), its short one ("-v, " or
 * four spaces) and whether it names a value, in out; where its help
 * text begins, in characters, in *col; the text itself in *help. */
static void
cli_option_column(const char *line, char *out, size_t n, size_t *col, const char **help)
{
	const char *name = line + 6, *p;
	size_t len = strcspn(name, " [\n"), chars = 0;

	snprintf(out, n, "%.4s%.*s%s", line + 2, (int)len, name,
	    name[len] == '[' ? "[=VALUE]" : name[len] == ' ' && name[len + 1] != ' ' ? " VALUE" : "");
	/* the text begins after the column's last run of spaces */
	for (p = line; *p != '\n' && *p != '\0'; p++) {
		if (p > line + 6 && p[-1] == ' ' && p[-2] == ' ' && *p != ' ')
			break;
		if (((unsigned char)*p & 0xC0) != 0x80)
			chars++;
	}
	*col = chars;
	*help = p;
}

static void
test_cli_help(void)
{
	int c, bad = 0;

	for (c = CMD_NONE; c < CMD__COUNT; c++) {
		char *en = cli_help_text((enum cli_cmd)c, false);
		char *sv = cli_help_text((enum cli_cmd)c, true);
		const char *p, *q;
		size_t options = 0;

		OK(en != NULL && sv != NULL);
		if (en == NULL || sv == NULL) {
			free(en);
			free(sv);
			continue;
		}
		OK(utf8_valid(sv, strlen(sv)));
		OK(strncmp(en, "usage: iopdoc ", 14) == 0);
		OK(strncmp(sv, "användning: iopdoc ", 20) == 0);
		/* every line of the Swedish help is written for it: none is
		 * an English line (an empty one aside) */
		for (p = sv; *p != '\0'; p += strcspn(p, "\n") + (p[strcspn(p, "\n")] != '\0')) {
			size_t n = strcspn(p, "\n");

			if (n > 0 && cli_has_line(en, p, n)) {
				fprintf(stderr, "help of %s: the Swedish line is the English one: %.*s\n",
				    cli_command_name((enum cli_cmd)c), (int)n, p);
				bad++;
			}
		}
		/* the option lines, one for one */
		p = en;
		q = sv;
		for (;;) {
			char a[64], b[64];
			size_t cola, colb;
			const char *ha, *hb;

			while (*p != '\0' && !cli_option_line(p))
				p += strcspn(p, "\n") + (p[strcspn(p, "\n")] != '\0');
			while (*q != '\0' && !cli_option_line(q))
				q += strcspn(q, "\n") + (q[strcspn(q, "\n")] != '\0');
			if (*p == '\0' || *q == '\0') {
				OK(*p == '\0' && *q == '\0');
				break;
			}
			cli_option_column(p, a, sizeof(a), &cola, &ha);
			cli_option_column(q, b, sizeof(b), &colb, &hb);
			STR_EQ(b, a);
			INT_EQ(cola, 31);
			INT_EQ(colb, 31);
			OK(strcspn(hb, "\n") > 0);
			if (strcspn(ha, "\n") == strcspn(hb, "\n") && strncmp(ha, hb, strcspn(ha, "\n")) == 0) {
				fprintf(stderr, "help of %s: %s has the same text in both languages\n",
				    cli_command_name((enum cli_cmd)c), a);
				bad++;
			}
			options++;
			p += strcspn(p, "\n") + (p[strcspn(p, "\n")] != '\0');
			q += strcspn(q, "\n") + (q[strcspn(q, "\n")] != '\0');
		}
		/* every command has options, the overview none */
		OK(c == CMD_NONE ? options == 0 : options >= 2);
		free(en);
		free(sv);
	}
	INT_EQ(bad, 0);

	/* the value's name of the messages follows the language too */
	STR_EQ(cli_opt_arg(OPT_TEMPLATE), "FILE");
	diag_set_swedish(true);
	STR_EQ(cli_opt_arg(OPT_TEMPLATE), "FIL");
	STR_EQ(cli_opt_arg(OPT_YEAR), "ÅR");
	STR_EQ(cli_opt_arg(OPT_HELP), "");
	diag_set_swedish(false);
	STR_EQ(cli_opt_arg(OPT_INPUT), "DIR");
	OK(!diag_swedish());
}
