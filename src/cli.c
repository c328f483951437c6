/* The command line's words (cli.h): commands, options, help texts and
 * the one-line messages for a wrong command line. */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "diag.h"
#include "limit.h"

/* The messages, English and Swedish side by side so that the catalogue
 * of issue 15 can take them over as they stand.  Each is one line; a
 * value the user typed is quoted with ' '. */
static const struct {
	const char *en, *sv;
} cli_msgs[CLI__COUNT] = {
	[CLI_NO_COMMAND] = {
		"name a command: agreement, followup, report, check, build, due or new",
		"ange ett kommando: agreement, followup, report, check, build, due eller new" },
	[CLI_UNKNOWN_COMMAND] = {
		"unknown command '%s'",
		"okänt kommando '%s'" },
	[CLI_UNKNOWN_COMMAND_MEANT] = {
		"unknown command '%s' (did you mean '%s'?)",
		"okänt kommando '%s' (menade du '%s'?)" },
	[CLI_UNKNOWN_OPTION] = {
		"unknown option '%s'",
		"okänd flagga '%s'" },
	[CLI_UNKNOWN_OPTION_MEANT] = {
		"unknown option '%s' (did you mean '%s'?)",
		"okänd flagga '%s' (menade du '%s'?)" },
	[CLI_OTHER_COMMANDS_OPTION] = {
		"%s is not an option of %s (it is one of %s)",
		"%s är ingen flagga för %s (den hör till %s)" },
	[CLI_AMBIGUOUS_OPTION] = {
		"option '%s' is ambiguous: %s",
		"flaggan '%s' kan vara flera: %s" },
	[CLI_MISSING_VALUE] = {
		"%s needs a value (%s)",
		"%s behöver ett värde (%s)" },
	[CLI_UNWANTED_VALUE] = {
		"%s takes no value, not '%s'",
		"%s tar inget värde, inte '%s'" },
	[CLI_NUMBER] = {
		"%s needs a whole number from %ld to %ld, not '%s'",
		"%s behöver ett heltal från %ld till %ld, inte '%s'" },
	[CLI_DATE] = {
		"%s needs a date YYYY-MM-DD that exists, not '%s'",
		"%s behöver ett datum ÅÅÅÅ-MM-DD som finns, inte '%s'" },
	[CLI_CHOICE] = {
		"%s needs %s, not '%s'",
		"%s behöver %s, inte '%s'" },
	[CLI_REPORT_WHICH] = {
		"report needs --namnd ID and --year YEAR, or --all",
		"report behöver --namnd ID och --year ÅR, eller --all" },
	[CLI_YEAR_NEEDS_NAMND] = {
		"--year needs --namnd ID: the nämnd whose report it is",
		"--year behöver --namnd ID: nämnden vars rapport det är" },
	[CLI_NAMND_NEEDS_YEAR] = {
		"--namnd needs --year YEAR: the year the report is about",
		"--namnd behöver --year ÅR: året som rapporten gäller" },
	[CLI_ALL_ALONE] = {
		"--all makes every nämnd's report of every year: leave out --namnd and --year, or --all",
		"--all gör varje nämnds rapport för varje år: ta bort --namnd och --year, eller --all" },
	[CLI_QUIET_VERBOSE] = {
		"--quiet and --verbose cannot be used together",
		"--quiet och --verbose kan inte användas samtidigt" },
	[CLI_DUE_JSON] = {
		"--due prints text and would break the JSON log: run 'iopdoc due' apart",
		"--due skriver text och skulle förstöra JSON-loggen: kör 'iopdoc due' för sig" },
	[CLI_NO_FILES] = {
		"%s needs a file or folder to read",
		"%s behöver en fil eller mapp att läsa" },
	[CLI_NO_ARGUMENTS] = {
		"build takes no files, not '%s': name the folder with --input DIR",
		"build tar inga filer, inte '%s': ange mappen med --input MAPP" },
	[CLI_DUE_JOINED] = {
		"--due takes its days joined to it: --due=%s",
		"--due tar sina dagar direkt efter sig: --due=%s" },
	[CLI_HINT] = {
		"Run 'iopdoc help %s' for help.",
		"Skriv 'iopdoc help %s' för hjälp." },
	[CLI_HINT_COMMAND] = {
		"Run 'iopdoc help' for help.",
		"Skriv 'iopdoc help' för hjälp." },
	/* issue 15, NEW: iopdoc new */
	[CLI_NEW_WHICH] = {
		"new needs the document to write: agreement, followup or report",
		"new behöver dokumentet som ska skrivas: agreement, followup eller report" },
	[CLI_NEW_KIND] = {
		"new writes an agreement, followup or report, not '%s'",
		"new skriver agreement, followup eller report, inte '%s'" },
	[CLI_NEW_KIND_MEANT] = {
		"new writes an agreement, followup or report, not '%s' (did you mean '%s'?)",
		"new skriver agreement, followup eller report, inte '%s' (menade du '%s'?)" },
	[CLI_NEW_FILES] = {
		"new writes one file, not '%s' too",
		"new skriver en fil, inte också '%s'" },
	[CLI_NEW_EXISTS] = {
		"%s exists: give another file name, or --force to write over it",
		"%s finns redan: ange ett annat filnamn, eller --force för att skriva över den" },
};

/* A text of the help in English and in Swedish; the one printed follows
 * diag_swedish(), as the messages do. */
struct words {
	const char *en, *sv;
};

static const char *
in_language(const struct words *w)
{
	return diag_swedish() ? w->sv : w->en;
}

/* Every option once: its long and short spelling and its value's name.
 * The short letters are the old ones (-o, -t, -j, -q, -v, -h): one
 * meaning each across the commands.  The value's name is Swedish in
 * Swedish (FIL, MAPP, ÅR), as the Swedish messages write it. */
static const struct opt_def {
	enum cli_opt_id	 id;
	const char	*lng;
	int		 shrt;
	int		 has_arg;
	struct words	 arg;
} opt_defs[] = {
	{ OPT_HELP, "help", 'h', no_argument, { NULL, NULL } },
	{ OPT_OUTPUT, "output", 'o', required_argument, { "OUT", "UT" } },
	{ OPT_TEMPLATE, "template", 't', required_argument, { "FILE", "FIL" } },
	{ OPT_INPUT, "input", 0, required_argument, { "DIR", "MAPP" } },
	{ OPT_STRICT, "strict", 0, no_argument, { NULL, NULL } },
	{ OPT_VERBOSE, "verbose", 'v', no_argument, { NULL, NULL } },
	{ OPT_QUIET, "quiet", 'q', no_argument, { NULL, NULL } },
	{ OPT_YEAR, "year", 0, required_argument, { "YEAR", "ÅR" } },
	{ OPT_NAMND, "namnd", 0, required_argument, { "ID", "ID" } },
	{ OPT_ALL, "all", 0, no_argument, { NULL, NULL } },
	{ OPT_JOBS, "jobs", 'j', required_argument, { "N", "N" } },
	{ OPT_JOB_TIMEOUT, "job-timeout", 0, required_argument, { "SECONDS", "SEKUNDER" } },
	{ OPT_FORCE, "force", 0, no_argument, { NULL, NULL } },
	{ OPT_DRY_RUN, "dry-run", 0, no_argument, { NULL, NULL } },
	{ OPT_PRUNE, "prune", 0, no_argument, { NULL, NULL } },
	{ OPT_WAIT, "wait", 0, no_argument, { NULL, NULL } },
	{ OPT_LOG_FORMAT, "log-format", 0, required_argument, { "json|text", "json|text" } },
	{ OPT_DUE, "due", 0, optional_argument, { "DAYS", "DAGAR" } },
	{ OPT_WITHIN, "within", 0, required_argument, { "DAYS", "DAGAR" } },
	{ OPT_TODAY, "today", 0, required_argument, { "YYYY-MM-DD", "ÅÅÅÅ-MM-DD" } },
	{ OPT_FORMAT, "format", 0, required_argument, { "text|csv", "text|csv" } },
	/* INST: the config file (config.h), taken by every command */
	{ OPT_CONFIG, "config", 0, required_argument, { "FILE", "FIL" } },
};
#define NOPTS (sizeof(opt_defs) / sizeof(opt_defs[0]))

#define MAX_CMD_OPTS 20

/* The option texts several commands share. */
#define HELP_TEMPLATE { \
	"the template (default $IOPDOC_TEMPLATE, the config's, else iopdoc's default.ini)", \
	"mallen (utan flaggan: $IOPDOC_TEMPLATE, konfigurationsfilens mall, eller iopdocs default.ini)" }
#define HELP_CONFIG { \
	"the config file (default $IOPDOC_CONFIG, else the installed one: /etc/iopdoc.conf for PREFIX=/usr, PREFIX/etc/iopdoc.conf otherwise)", \
	"konfigurationsfilen (utan flaggan: $IOPDOC_CONFIG, eller den installerade: /etc/iopdoc.conf för PREFIX=/usr, annars PREFIX/etc/iopdoc.conf)" }
#define HELP_HELP { "this help", "den här hjälpen" }
#define HELP_FOLLOWUPS_INPUT { \
	"where the follow-ups' agreements are (default: the config's input, else input/); may be repeated", \
	"var uppföljningarnas överenskommelser finns (utan flaggan: konfigurationsfilens input, eller input/); kan anges flera gånger" }

/* A command: its synopsis, its line in the overview, what it does, and
 * its options with what each does for it, each in both languages. */
static const struct cmd_def {
	const char	*name;
	struct words	 synopsis;
	struct words	 summary;
	struct words	 text;
	struct {
		enum cli_opt_id	 id;
		struct words	 help;
	} opts[MAX_CMD_OPTS];
} cmd_defs[CMD__COUNT] = {
	[CMD_AGREEMENT] = { "agreement",
	    { "[options] FILE|DIR ...", "[flaggor] FIL|MAPP ..." },
	    { "render agreements to PDF", "skapar PDF:er av överenskommelser" },
	    { "Renders each agreement given to PDF; a folder means every agreement in it.\n"
	      "One file and -o FILE.pdf writes that PDF; otherwise the PDFs go to\n"
	      "OUT/agreements/ (default output/agreements/) under the nightly build's names.\n",
	      "Skapar en PDF av varje överenskommelse som anges; en mapp betyder alla\n"
	      "överenskommelser i den.  En fil och -o FIL.pdf skriver den PDF:en; annars\n"
	      "hamnar PDF:erna i UT/agreements/ (utan -o: output/agreements/) med de namn\n"
	      "som nattbygget (iopdoc build) ger dem.\n" },
	    { { OPT_OUTPUT, { "the PDF (one document) or the output folder (default output/)",
		  "PDF:en (ett dokument) eller utdatamappen (utan flaggan: output/)" } },
	      { OPT_TEMPLATE, HELP_TEMPLATE },
	      { OPT_STRICT, { "treat warnings as errors: no PDF, exit status 1",
		  "behandla varningar som fel: ingen PDF, slutstatus 1" } },
	      { OPT_VERBOSE, { "say each PDF written, and the count at the end",
		  "visa varje PDF som skrivs, och antalet på slutet" } },
	      { OPT_CONFIG, HELP_CONFIG },
	      { OPT_HELP, HELP_HELP } } },
	[CMD_FOLLOWUP] = { "followup",
	    { "[options] FILE|DIR ...", "[flaggor] FIL|MAPP ..." },
	    { "render follow-ups to PDF", "skapar PDF:er av uppföljningar" },
	    { "Renders each follow-up given to PDF; a folder means every follow-up in it.\n"
	      "A follow-up's agreement is looked up among the files given, then in the\n"
	      "--input folders (default: the config file's input, else input/).\n",
	      "Skapar en PDF av varje uppföljning som anges; en mapp betyder alla\n"
	      "uppföljningar i den.  En uppföljnings överenskommelse söks bland filerna\n"
	      "som anges, sedan i mapparna som --input anger (utan --input:\n"
	      "konfigurationsfilens input, eller input/).\n" },
	    { { OPT_OUTPUT, { "the PDF (one document) or the output folder (default output/)",
		  "PDF:en (ett dokument) eller utdatamappen (utan flaggan: output/)" } },
	      { OPT_INPUT, HELP_FOLLOWUPS_INPUT },
	      { OPT_TEMPLATE, HELP_TEMPLATE },
	      { OPT_STRICT, { "treat warnings as errors: no PDF, exit status 1",
		  "behandla varningar som fel: ingen PDF, slutstatus 1" } },
	      { OPT_VERBOSE, { "say each PDF written, and the count at the end",
		  "visa varje PDF som skrivs, och antalet på slutet" } },
	      { OPT_CONFIG, HELP_CONFIG },
	      { OPT_HELP, HELP_HELP } } },
	[CMD_REPORT] = { "report",
	    { "(--namnd ID --year YEAR | --all) [options] [FILE|DIR ...]",
	      "(--namnd ID --year ÅR | --all) [flaggor] [FIL|MAPP ...]" },
	    { "render a nämnd's yearly report to PDF and CSV",
	      "skapar en nämnds årsrapport som PDF och CSV" },
	    { "Renders the yearly report of one nämnd for one year, or with --all of\n"
	      "every nämnd and year with data, from the files and folders given and the\n"
	      "--input folders (default: the config file's input, else input/), with\n"
	      "its figures as CSV beside it.\n",
	      "Skapar årsrapporten för en nämnd och ett år, eller med --all för varje\n"
	      "nämnd och år som har uppgifter, från filerna och mapparna som anges och\n"
	      "mapparna som --input anger (utan --input: konfigurationsfilens input, eller\n"
	      "input/), med rapportens siffror som CSV bredvid.\n" },
	    { { OPT_NAMND, { "the nämnd, by the id its agreements' <responsible-namnd> give",
		  "nämnden, med det id som dess överenskommelsers <responsible-namnd> anger" } },
	      { OPT_YEAR, { "the calendar year reported on (1900-2200)",
		  "kalenderåret som rapporten gäller (1900-2200)" } },
	      { OPT_ALL, { "every nämnd and every year one of its agreements is valid",
		  "varje nämnd och varje år som någon av dess överenskommelser gäller" } },
	      { OPT_OUTPUT, { "the PDF (one report) or the output folder (default output/)",
		  "PDF:en (en rapport) eller utdatamappen (utan flaggan: output/)" } },
	      { OPT_INPUT, { "a folder to read (default: the config's input, else input/, when no files are given); may be repeated",
		  "en mapp att läsa (när inga filer anges: konfigurationsfilens input, eller input/); kan anges flera gånger" } },
	      { OPT_TEMPLATE, HELP_TEMPLATE },
	      { OPT_STRICT, { "treat warnings as errors: such a file is left out, exit status 1",
		  "behandla varningar som fel: en sådan fil tas inte med, slutstatus 1" } },
	      { OPT_VERBOSE, { "say each PDF and CSV written",
		  "visa varje PDF och CSV som skrivs" } },
	      { OPT_CONFIG, HELP_CONFIG },
	      { OPT_HELP, HELP_HELP } } },
	[CMD_CHECK] = { "check",
	    { "[options] FILE|DIR ...", "[flaggor] FIL|MAPP ..." },
	    { "check documents without writing anything",
	      "kontrollerar dokument utan att skriva något" },
	    { "Checks agreements, follow-ups and report files, and lays each document\n"
	      "out as for rendering, without writing anything.\n",
	      "Kontrollerar överenskommelser, uppföljningar och rapportfiler, och provar\n"
	      "varje dokuments layout som när PDF:en skapas, utan att skriva något.\n" },
	    { { OPT_INPUT, { "where follow-ups' agreements are (default: the config's input, else input/); may be repeated",
		  "var uppföljningarnas överenskommelser finns (utan flaggan: konfigurationsfilens input, eller input/); kan anges flera gånger" } },
	      { OPT_TEMPLATE, { "the template whose fonts must have every character",
		  "mallen vars typsnitt måste ha varje tecken" } },
	      { OPT_STRICT, { "treat warnings as errors: exit status 1",
		  "behandla varningar som fel: slutstatus 1" } },
	      { OPT_VERBOSE, { "end with the count of files checked and failed",
		  "avsluta med antalet kontrollerade filer och antalet med fel" } },
	      { OPT_CONFIG, HELP_CONFIG },
	      { OPT_HELP, HELP_HELP } } },
	[CMD_BUILD] = { "build",
	    { "[options]", "[flaggor]" },
	    { "the nightly run: every document of a folder, incrementally",
	      "nattbygget: alla dokument i en mapp, bara det som har ändrats" },
	    { "Renders every agreement, follow-up and nämnd report of --input into the\n"
	      "output folder, only what changed since the last build, in parallel.\n",
	      "Skapar PDF:er i utdatamappen av alla överenskommelser, uppföljningar och\n"
	      "nämndrapporter i --input-mappen: bara det som har ändrats sedan förra\n"
	      "bygget, flera samtidigt.\n" },
	    { { OPT_INPUT, { "the folder read, with its sub-folders (default: the config's input, else input/)",
		  "mappen som läses, med dess undermappar (utan flaggan: konfigurationsfilens input, eller input/)" } },
	      { OPT_OUTPUT, { "the output folder (default: the config's output, else output/)",
		  "utdatamappen (utan flaggan: konfigurationsfilens output, eller output/)" } },
	      { OPT_TEMPLATE, HELP_TEMPLATE },
	      { OPT_JOBS, { "worker processes (1-256; default: one per processor)",
		  "antal arbetsprocesser (1-256; utan flaggan: en per processor)" } },
	      { OPT_JOB_TIMEOUT, { "stop a document's worker after this long (1-86400)",
		  "stoppa ett dokuments arbetsprocess efter så många sekunder (1-86400)" } },
	      { OPT_FORCE, { "render every output again",
		  "skapa varje utfil på nytt" } },
	      { OPT_DRY_RUN, { "say what would be rendered or removed, and do nothing",
		  "visa vad som skulle skapas eller tas bort, utan att göra det" } },
	      { OPT_PRUNE, { "remove outputs whose inputs are gone",
		  "ta bort utfiler vars indatafiler är borta" } },
	      { OPT_WAIT, { "wait for another build of the same output to end",
		  "vänta tills ett annat bygge till samma utdatamapp är klart" } },
	      { OPT_QUIET, { "print only errors, and the summary when something failed",
		  "visa bara fel, och sammanfattningen när något misslyckades" } },
	      { OPT_VERBOSE, { "print every file's messages and a line per output",
		  "visa varje fils meddelanden och en rad per utfil" } },
	      { OPT_STRICT, { "treat warnings as errors",
		  "behandla varningar som fel" } },
	      { OPT_LOG_FORMAT, { "the log on standard output: text (default) or json",
		  "loggens form på standard ut: text eller json (utan flaggan: text)" } },
	      { OPT_DUE, { "then list what is due within DAYS days (default 30), as iopdoc due",
		  "visa sedan vad som ska göras inom DAGAR dagar (utan värde: 30), som iopdoc due" } },
	      { OPT_CONFIG, HELP_CONFIG },
	      { OPT_HELP, HELP_HELP } } },
	[CMD_DUE] = { "due",
	    { "[options] [FILE|DIR ...]", "[flaggor] [FIL|MAPP ...]" },
	    { "list what the agreements say must happen soon, and what is overdue",
	      "visar vad överenskommelserna säger ska göras snart, och vad som är försenat" },
	    { "Lists follow-up meetings and written reports not on file, payments,\n"
	      "review and notice dates and agreements ending within DAYS days of\n"
	      "--today, and what is overdue; nothing when nothing is due.  Reads the\n"
	      "files and folders given and the --input folders (default: the config file's\n"
	      "input, else input/).\n",
	      "Visar det som ska ske inom DAGAR dagar från --today: uppföljningsmöten och\n"
	      "skriftliga rapporter som inte finns bland filerna, utbetalningar, datum för\n"
	      "omprövning och uppsägning, och överenskommelser som slutar; och det som är\n"
	      "försenat.  Ingenting visas när inget ska göras.  Läser filerna och mapparna\n"
	      "som anges och mapparna som --input anger (utan --input:\n"
	      "konfigurationsfilens input, eller input/).\n" },
	    { { OPT_WITHIN, { "the days ahead to list (0-3660, default 30)",
		  "hur många dagar framåt som visas (0-3660; utan flaggan: 30)" } },
	      { OPT_TODAY, { "the day to count from (default: today)",
		  "dagen att räkna från (utan flaggan: i dag)" } },
	      { OPT_INPUT, { "a folder to read; may be repeated",
		  "en mapp att läsa; kan anges flera gånger" } },
	      { OPT_STRICT, { "treat warnings as errors",
		  "behandla varningar som fel" } },
	      { OPT_FORMAT, { "text (default) or csv, for Excel",
		  "text eller csv, för Excel (utan flaggan: text)" } },
	      { OPT_CONFIG, HELP_CONFIG },
	      { OPT_HELP, HELP_HELP } } },
	/* issue 15, NEW */
	[CMD_NEW] = { "new",
	    { "agreement|followup|report [options] [FILE]",
	      "agreement|followup|report [flaggor] [FIL]" },
	    { "write a skeleton to fill in: an agreement, a follow-up or a report file",
	      "skriver en stomme att fylla i: en överenskommelse, en uppföljning eller en rapportfil" },
	    { "Writes a commented skeleton to FILE (none or -: standard output): an\n"
	      "agreement, a follow-up, or a nämnd's report file.  Each [FYLL I: ...],\n"
	      "0000-00-00, 000000-0000, 000000, fyll-i-... id and year 1900 in it is a\n"
	      "placeholder: iopdoc check names each one, and nothing renders, until\n"
	      "it is filled in.  An existing FILE is left as it is without --force.\n",
	      "Skriver en stomme med kommentarer till FIL (ingen eller -: standard ut):\n"
	      "en överenskommelse, en uppföljning eller en nämnds rapportfil.  Varje\n"
	      "[FYLL I: ...], 0000-00-00, 000000-0000, 000000, id fyll-i-... och år 1900\n"
	      "i den är en platshållare: iopdoc check pekar ut var och en, och ingen PDF\n"
	      "skapas förrän de är ifyllda.  En FIL som redan finns skrivs inte över\n"
	      "utan --force.\n" },
	    { { OPT_FORCE, { "write over FILE if it exists",
		  "skriv över FIL om den redan finns" } },
	      { OPT_HELP, HELP_HELP } } },
};

static const struct opt_def *
opt_def(enum cli_opt_id id)
{
	size_t i;

	for (i = 0; i < NOPTS; i++)
		if (opt_defs[i].id == id)
			return &opt_defs[i];
	return NULL;
}

enum cli_cmd
cli_command(const char *name)
{
	int c;

	for (c = 0; c < CMD__COUNT; c++)
		if (strcmp(name, cmd_defs[c].name) == 0)
			return (enum cli_cmd)c;
	return CMD_NONE;
}

const char *
cli_command_name(enum cli_cmd cmd)
{
	return cmd >= 0 && cmd < CMD__COUNT ? cmd_defs[cmd].name : "iopdoc";
}

bool
cli_takes(enum cli_cmd cmd, enum cli_opt_id id)
{
	size_t i;

	for (i = 0; i < MAX_CMD_OPTS && cmd_defs[cmd].opts[i].id != 0; i++)
		if (cmd_defs[cmd].opts[i].id == id)
			return true;
	return false;
}

void
cli_getopt_table(enum cli_cmd cmd, char *shortopts, struct option *longopts)
{
	size_t i, n = 0, s = 0;

	/* "-": files come back in order as 1 (options and files may be
	 * mixed, whatever POSIXLY_CORRECT says); ":": getopt prints
	 * nothing and tells a missing value from an unknown option. */
	shortopts[s++] = '-';
	shortopts[s++] = ':';
	for (i = 0; i < MAX_CMD_OPTS && cmd_defs[cmd].opts[i].id != 0; i++) {
		const struct opt_def *d = opt_def(cmd_defs[cmd].opts[i].id);

		longopts[n++] = (struct option){ d->lng, d->has_arg, NULL, (int)d->id };
		if (d->shrt != 0) {
			shortopts[s++] = (char)d->shrt;
			if (d->has_arg != no_argument)
				shortopts[s++] = ':';
			if (d->has_arg == optional_argument)
				shortopts[s++] = ':';
		}
	}
	shortopts[s] = '\0';
	longopts[n] = (struct option){ NULL, 0, NULL, 0 };
}

enum cli_opt_id
cli_opt_of(int c)
{
	size_t i;

	if (c > OPT_HELP - 1 && c < OPT__END)
		return (enum cli_opt_id)c;
	for (i = 0; i < NOPTS; i++)
		if (opt_defs[i].shrt != 0 && opt_defs[i].shrt == c)
			return opt_defs[i].id;
	return 0;
}

const char *
cli_opt_long(enum cli_opt_id id)
{
	const struct opt_def *d = opt_def(id);

	return d != NULL ? d->lng : "";
}

const char *
cli_opt_arg(enum cli_opt_id id)
{
	const struct opt_def *d = opt_def(id);

	return d != NULL && d->arg.en != NULL ? in_language(&d->arg) : "";
}

int
cli_opt_short(enum cli_opt_id id)
{
	const struct opt_def *d = opt_def(id);

	return d != NULL ? d->shrt : 0;
}

static const char *
cli_text(enum cli_msg id)
{
	return diag_swedish() ? cli_msgs[id].sv : cli_msgs[id].en;
}

/* Writes s to f with control characters as \xNN, so that a value typed
 * (or pasted) cannot break the message's one line. */
static void
put_clean(FILE *f, const char *s)
{
	for (; *s != '\0'; s++) {
		unsigned char c = (unsigned char)*s;

		if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\x%02X", c);
		else
			fputc(c, f);
	}
}

int
cli_error(enum cli_cmd cmd, enum cli_msg id, ...)
{
	char text[1024];
	va_list ap;

	va_start(ap, id);
	vsnprintf(text, sizeof(text), cli_text(id), ap);
	va_end(ap);
	fputs("iopdoc: ", stderr);
	put_clean(stderr, text);
	fputc('\n', stderr);
	if (cmd == CMD_NONE)
		fprintf(stderr, "%s\n", cli_text(CLI_HINT_COMMAND));
	else {
		fprintf(stderr, cli_text(CLI_HINT), cmd_defs[cmd].name);
		fputc('\n', stderr);
	}
	return EXIT_USAGE;
}

int
cli_distance(const char *a, const char *b)
{
	enum { M = 64 };
	int d[M + 1][M + 1];
	size_t la = strlen(a), lb = strlen(b), i, j;

	if (la > M)
		la = M;
	if (lb > M)
		lb = M;
	for (i = 0; i <= la; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			int cost = tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]);
			int v = d[i - 1][j] + 1;

			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (d[i - 1][j - 1] + cost < v)
				v = d[i - 1][j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[la][lb];
}

/* Of names (n of them), the one nearest word: within a third of its
 * length (at least 1, at most 3 edits), or the only one word begins. */
static const char *
nearest(const char *word, const char *const *names, size_t n)
{
	const char *best = NULL, *prefixed = NULL;
	size_t i, len = strlen(word), prefixes = 0;
	int bestd = (int)(len / 3 > 3 ? 3 : len / 3 < 1 ? 1 : len / 3) + 1;

	for (i = 0; i < n; i++) {
		int dist = cli_distance(word, names[i]);

		if (dist < bestd) {
			bestd = dist;
			best = names[i];
		}
		if (len >= 2 && strncmp(names[i], word, len) == 0) {
			prefixes++;
			prefixed = names[i];
		}
	}
	if (best == NULL && prefixes == 1)
		best = prefixed;
	return best;
}

const char *
cli_suggest_command(const char *word)
{
	/* what a Swedish handläggare may type for each command */
	static const struct { const char *sv, *cmd; } swedish[] = {
		{ "avtal", "agreement" }, { "overenskommelse", "agreement" },
		{ "överenskommelse", "agreement" }, { "iop", "agreement" },
		{ "uppfoljning", "followup" }, { "uppföljning", "followup" },
		{ "follow-up", "followup" }, { "rapport", "report" },
		{ "arsrapport", "report" }, { "årsrapport", "report" },
		{ "kontroll", "check" }, { "kontrollera", "check" },
		{ "validate", "check" }, { "bygg", "build" }, { "bygga", "build" },
		{ "render", "agreement" }, { "forfaller", "due" },
		{ "förfaller", "due" }, { "hjalp", "help" }, { "hjälp", "help" },
		{ "ny", "new" }, { "nytt", "new" }, { "skapa", "new" }, { "mall", "new" },
	};
	const char *names[CMD__COUNT];
	size_t i;

	for (i = 0; i < sizeof(swedish) / sizeof(swedish[0]); i++)
		if (strcmp(word, swedish[i].sv) == 0)
			return swedish[i].cmd;
	for (i = 0; i < CMD__COUNT; i++)
		names[i] = cmd_defs[i].name;
	return nearest(word, names, CMD__COUNT);
}

const char *
cli_suggest_skeleton(const char *word)
{
	static const struct { const char *sv, *kind; } swedish[] = {
		{ "avtal", "agreement" }, { "overenskommelse", "agreement" },
		{ "överenskommelse", "agreement" }, { "iop", "agreement" },
		{ "uppfoljning", "followup" }, { "uppföljning", "followup" },
		{ "follow-up", "followup" }, { "rapport", "report" },
		{ "rapportfil", "report" }, { "arsrapport", "report" },
		{ "årsrapport", "report" }, { "namnd-report", "report" },
	};
	static const char *const kinds[] = { "agreement", "followup", "report" };
	size_t i;

	for (i = 0; i < sizeof(swedish) / sizeof(swedish[0]); i++)
		if (strcmp(word, swedish[i].sv) == 0)
			return swedish[i].kind;
	return nearest(word, kinds, sizeof(kinds) / sizeof(kinds[0]));
}

/* The name of "--word=value" without its dashes and value, in buf. */
static const char *
bare_option(const char *word, char *buf, size_t n)
{
	size_t len;

	while (*word == '-')
		word++;
	len = strcspn(word, "=");
	if (len >= n)
		len = n - 1;
	memcpy(buf, word, len);
	buf[len] = '\0';
	return buf;
}

const char *
cli_suggest_option(enum cli_cmd cmd, const char *word)
{
	static char spelled[64];
	const char *names[MAX_CMD_OPTS], *best;
	char bare[64];
	size_t i, n = 0;

	bare_option(word, bare, sizeof(bare));
	for (i = 0; i < MAX_CMD_OPTS && cmd_defs[cmd].opts[i].id != 0; i++)
		names[n++] = opt_def(cmd_defs[cmd].opts[i].id)->lng;
	if ((best = nearest(bare, names, n)) == NULL)
		return NULL;
	snprintf(spelled, sizeof(spelled), "--%s", best);
	return spelled;
}

enum cli_cmd
cli_option_owner(enum cli_cmd cmd, const char *word)
{
	char bare[64];
	int c;
	size_t i;

	bare_option(word, bare, sizeof(bare));
	for (c = 0; c < CMD__COUNT; c++)
		for (i = 0; c != (int)cmd && i < MAX_CMD_OPTS && cmd_defs[c].opts[i].id != 0; i++)
			if (strcmp(opt_def(cmd_defs[c].opts[i].id)->lng, bare) == 0)
				return (enum cli_cmd)c;
	return CMD_NONE;
}

int
cli_prefix_matches(enum cli_cmd cmd, const char *word, char *out, size_t n)
{
	char bare[64];
	size_t i, len, used = 0;
	int count = 0;

	bare_option(word, bare, sizeof(bare));
	len = strlen(bare);
	if (n > 0)
		out[0] = '\0';
	for (i = 0; len > 0 && i < MAX_CMD_OPTS && cmd_defs[cmd].opts[i].id != 0; i++) {
		const char *name = opt_def(cmd_defs[cmd].opts[i].id)->lng;

		if (strncmp(name, bare, len) != 0)
			continue;
		if (used < n)
			used += (size_t)snprintf(out + used, n - used, "%s--%s", count > 0 ? ", " : "", name);
		count++;
	}
	return count;
}

/* Writes s to f and then spaces up to width characters (UTF-8: "ÅR" is
 * two characters, four bytes), so that the help's columns stand in line
 * in Swedish too. */
static void
put_padded(FILE *f, const char *s, size_t width)
{
	size_t chars = 0;
	const char *p;

	for (p = s; *p != '\0'; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			chars++;
	fputs(s, f);
	for (; chars < width; chars++)
		fputc(' ', f);
}

void
cli_help(FILE *f, enum cli_cmd cmd)
{
	static const struct words overview_usage = {
		"usage: iopdoc COMMAND [options] [FILE|DIR ...]\n"
		"       iopdoc help [COMMAND] | --help | --version | --list-messages\n"
		"\ncommands:\n",
		"användning: iopdoc KOMMANDO [flaggor] [FIL|MAPP ...]\n"
		"            iopdoc help [KOMMANDO] | --help | --version | --list-messages\n"
		"\nkommandon:\n" };
	static const struct words overview_end = {
		"\n'iopdoc help COMMAND' or 'iopdoc COMMAND --help' lists a command's options.\n"
		"Exit status: 0 done, 1 a file has errors, 2 a wrong command line,\n"
		"3 a file cannot be read or written, 4 another build is running,\n"
		"5 stopped by a signal, 6 out of memory (iopdoc(1), EXIT STATUS).\n",
		"\n'iopdoc help KOMMANDO' eller 'iopdoc KOMMANDO --help' visar ett kommandos flaggor.\n"
		"Slutstatus: 0 klart, 1 en fil har fel, 2 fel på kommandoraden,\n"
		"3 en fil kan inte läsas eller skrivas, 4 ett annat bygge pågår,\n"
		"5 stoppad av en signal, 6 slut på minne (iopdoc(1), EXIT STATUS).\n" };
	static const struct words usage = { "usage", "användning" };
	static const struct words options = { "options", "flaggor" };
	static const struct words build_end = {
		"\nbuild takes no files: --input names the folder it reads.\n",
		"\nbuild tar inga filer: --input anger mappen som läses.\n" };
	static const struct words any_order = {
		"\nOptions and files may come in any order; -- ends the options.\n",
		"\nFlaggor och filer får komma i vilken ordning som helst; -- avslutar flaggorna.\n" };
	size_t i;

	if (cmd == CMD_NONE) {
		fputs(in_language(&overview_usage), f);
		for (i = 0; i < CMD__COUNT; i++)
			fprintf(f, "  %-10s  %s\n", cmd_defs[i].name, in_language(&cmd_defs[i].summary));
		fputs(in_language(&overview_end), f);
		return;
	}
	fprintf(f, "%s: iopdoc %s %s\n\n%s\n%s:\n", in_language(&usage), cmd_defs[cmd].name,
	    in_language(&cmd_defs[cmd].synopsis), in_language(&cmd_defs[cmd].text),
	    in_language(&options));
	for (i = 0; i < MAX_CMD_OPTS && cmd_defs[cmd].opts[i].id != 0; i++) {
		const struct opt_def *d = opt_def(cmd_defs[cmd].opts[i].id);
		const char *arg = cli_opt_arg(d->id);
		char spell[64];

		if (d->has_arg == optional_argument)
			snprintf(spell, sizeof(spell), "--%s[=%s]", d->lng, arg);
		else
			snprintf(spell, sizeof(spell), "--%s%s%s", d->lng, *arg != '\0' ? " " : "", arg);
		fprintf(f, "  %c%c%c ", d->shrt != 0 ? '-' : ' ', d->shrt != 0 ? d->shrt : ' ',
		    d->shrt != 0 ? ',' : ' ');
		put_padded(f, spell, 24);
		fprintf(f, " %s\n", in_language(&cmd_defs[cmd].opts[i].help));
	}
	fputs(in_language(cmd == CMD_BUILD ? &build_end : &any_order), f);
}

void
cli_list_messages(void)
{
	int i;

	for (i = 0; i < CLI__COUNT; i++)
		printf("%s: %s\n", diag_swedish() ? "kommandorad" : "usage", cli_text((enum cli_msg)i));
}
