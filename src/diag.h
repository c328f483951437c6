/* Diagnostics: one catalogue of messages, one emitter, the contexts that
 * say where messages go and count the worst of them, and the exit status
 * a level stands for.  Any module may include this header. */
#ifndef IOPDOC_DIAG_H
#define IOPDOC_DIAG_H

#include <stdbool.h>
#include <stddef.h>

enum diag_level {
	DIAG_OK = 0,
	DIAG_NOTE,	/* information; never fails a run, not even --strict */
	DIAG_WARNING,	/* the document is rendered; --strict makes it an error */
	DIAG_ERROR,	/* the input is wrong: nothing is rendered */
	DIAG_SYSERR,	/* the machine or the installation is wrong */
};

/* Exit statuses of the program, documented in man/iopdoc.1 (EXIT STATUS). */
enum exit_status {
	EXIT_OK = 0,		/* all rendered; maybe warnings */
	EXIT_INPUT = 1,		/* an input file has errors (or warnings with --strict) */
	EXIT_USAGE = 2,		/* the command line is wrong */
	EXIT_SYSTEM = 3,	/* a file, font or template could not be read or written */
	EXIT_BUSY = 4,		/* another build holds the output tree */
	EXIT_STOPPED = 5,	/* a build was stopped by TERM, INT or HUP */
	EXIT_MEMORY = 6,	/* out of memory (mem.c ends the process) */
};

enum msg_id {
	/* system and installation */
	MSG_READ_FAILED,
	MSG_WRITE_FAILED,
	MSG_FILE_TOO_LARGE,
	MSG_LIMIT_DEPTH,
	MSG_LIMIT_TEXT,
	MSG_LIMIT_BUDGET_LINES,
	MSG_LIMIT_PARTIES,
	MSG_TEMPLATE_READ,
	MSG_TEMPLATE_SYNTAX,
	MSG_TEMPLATE_KEY,
	MSG_TEMPLATE_VALUE,
	MSG_TEMPLATE_PATH,
	MSG_FONT_LOAD,
	MSG_HYPH_PATTERNS,
	MSG_HYPH_EXCEPTIONS,
	MSG_IMAGE,
	MSG_PDF_LIBRARY,
	MSG_NO_INPUT,
	MSG_BUSY,
	MSG_WORKER,
	MSG_WORKER_DIED,
	MSG_INPUT_CHANGED,
	MSG_STOPPED,
	MSG_OUTPUT_DIR,
	MSG_OUTPUT_IS_INPUT,
	MSG_OUTPUT_TWICE,
	MSG_LOCK_FILE,
	MSG_MANIFEST_FILE,
	MSG_MANIFEST_LINE,
	/* the build's scan of the input folder and its workers */
	MSG_SCAN_NAME,
	MSG_BUILD_DIR_NAME,
	MSG_SCAN_LINK,
	MSG_SCAN_DEPTH,
	MSG_SCAN_LOOP,
	MSG_INPUT_EMPTY,
	MSG_PRUNE_REFUSED,
	MSG_STOPPED_EARLY,
	MSG_JOB_TIMEOUT,
	/* XML and schema */
	MSG_XML_ENCODING,
	MSG_XML_ENCODING_BOM,
	MSG_XML_ENCODING_BOM_INVALID,
	MSG_XML_ENCODING_BYTE,
	MSG_XML_ENCODING_UTF8,
	MSG_XML_ENCODING_UNKNOWN,
	MSG_XML_MALFORMED,
	MSG_XML_DOCTYPE,
	MSG_XML_ROOT,
	MSG_SCHEMA,
	/* meaning */
	MSG_DATE_INVALID,
	MSG_PERIOD_ORDER,
	MSG_PERIOD_TOO_LONG,
	MSG_ORGNR_LUHN,
	MSG_DUP_PARTY,
	MSG_DUP_NAMND,
	MSG_UNKNOWN_PARTY,
	MSG_NO_PUBLIC_PARTY,
	MSG_PARTY_KIND_NOT_PUBLIC,
	MSG_PARTY_KIND_HINT,
	MSG_DUP_GOAL,
	MSG_GOAL_VALUE,
	MSG_ADJ_PERCENT,
	MSG_ADJ_INDEX,
	MSG_ADJ_OVERFLOW,
	MSG_MONTH,
	MSG_BUDGET_TOTAL,
	MSG_STATED_TOTAL,
	MSG_STATED_TOTAL_OF,
	MSG_STATED_TOTAL_PART_YEARS,
	MSG_BUDGET_YEAR,
	MSG_SIGNATURES_COUNT,
	MSG_NO_SIGNATORY,
	MSG_DUP_SIGNATORY,
	MSG_SIGNED_MISSING,
	MSG_SIGN_DATE_IN_DRAFT,
	MSG_TOC_COUNT,
	MSG_EMPTY_TEXT,
	MSG_DUP_ID,
	MSG_SAME_AGREEMENT,
	MSG_IN_NO_REPORT,
	MSG_NAMND_INFERRED,
	MSG_FU_NO_AGREEMENT,
	MSG_FU_AGREEMENT_BAD,
	MSG_FU_BEFORE_PERIOD,
	MSG_GENDER_SPLIT,
	MSG_UNKNOWN_GOAL,
	MSG_UNMATCHED_MEASURE,
	MSG_OUTCOME_OUTSIDE,
	MSG_OUTCOME_FUTURE,
	MSG_NEXT_YEAR,
	MSG_NO_NAMND,
	MSG_REPORT_EMPTY,
	MSG_REPORT_SUM_OVERFLOW,
	/* the report file (validate_report.c, run.c) */
	MSG_RF_NO_NAMND,
	MSG_RF_NO_YEAR,
	MSG_RF_UNKNOWN_NAMND,
	MSG_RF_TWICE,
	MSG_RF_AUTHOR_NO_NAME,
	MSG_RF_DATE_EARLY,
	MSG_RF_MEETING_EARLY,
	MSG_RF_YEAR_UNCOVERED,
	MSG_RF_IGNORED,
	MSG_RF_MISSING,
	MSG_RF_MISSING_ALL,
	/* rendering */
	MSG_GLYPH,
	MSG_TOO_MANY_CHARS,
	MSG_PAGE_LIMIT,
	MSG_SIGNATURE_TALL,
	MSG_LIST_DEPTH,
	MSG_PDF_RELEASE,
	/* the machine */
	MSG_OUT_OF_MEMORY,
	/* tables (validate_table.c) */
	MSG_TABLE_ROW_CELLS,
	MSG_TABLE_SPAN,
	MSG_TABLE_WIDTHS,
	MSG_TABLE_SUM,
	MSG_TABLE_SUM_ROUNDING,
	MSG_TABLE_SUM_SKIP,
	MSG_TABLE_SUM_STATED,
	/* document control: decisions, version, history, annexes */
	MSG_DECISION_AFTER_DATE,
	MSG_DECISION_AFTER_PERIOD,
	MSG_VERSION_NOT_LAST,
	MSG_HISTORY_ORDER,
	MSG_BLOCK_WITHOUT_DATA,
	MSG_DUP_ANNEX,
	MSG_ANNEX_EMPTY,
	MSG_ANNEX_TEXT_NOT_ATTACHED,
	MSG_ANNEX_BLOCK,
	/* goals, outcomes and follow-up duties (validate_goals.c) */
	MSG_FU_PERIOD_OUTSIDE,
	MSG_GOAL_RANGE_MISSING,
	MSG_GOAL_RANGE_ORDER,
	MSG_GOAL_RANGE_CMP,
	MSG_GOAL_RANGE_VALUE,
	MSG_GOAL_PERCENT_CMP,
	MSG_GOAL_PERCENT_VALUE,
	MSG_OUTCOME_PERCENT_NO_OF,
	MSG_OUTCOME_OF_ZERO,
	MSG_OUTCOME_RATIO,
	MSG_OUTCOME_OVER_OF,
	MSG_DUP_ASSESSMENT,
	MSG_ASSESSMENT_DIFFERS,
	MSG_REPORT_DUE_FORM,
	MSG_REPORT_DUE_DAY,
	MSG_REPORT_DUE_LEAP,
	MSG_DATE_DAY_ZERO,
	MSG_PAYMENT_MONTHS_BOTH,
	/* the economy of issue 12 (validate_econ.c) */
	MSG_LINE_NO_AMOUNT,
	MSG_LINE_NOT_VALUED_AMOUNT,
	MSG_LINE_MONEY_NOT_VALUED,
	MSG_BUDGET_STATED_NOT_VALUED,
	MSG_LINE_PAYMENT_MONTHS,
	MSG_LINE_PAYMENT_REPEAT,
	MSG_LINE_PAY_NO_DAY,
	MSG_LINE_PRICE_NEEDED,
	MSG_LINE_PRICE_AMOUNT,
	MSG_LINE_OVER_CEILING,
	MSG_POOL_DUP_SHARE,
	MSG_POOL_YEAR,
	/* issue 12, SIGN */
	MSG_DATE_FORM_WORDS,
	MSG_DUP_ACTOR,
	MSG_ACTOR_PARTY_ID,
	MSG_ACTOR_NOT_PARTY,
	MSG_FU_SIGNATURES_COUNT,
	MSG_FU_APPROVED_BEFORE,
	/* issue 12, FIX */
	MSG_LEGAL_FORM_EMPTY,
	/* issue 12, ECONA */
	MSG_ADJ_PARTY,
	MSG_ADJ_BUDGET_PARTY,
	MSG_ADJ_CONFLICT,
	MSG_ADJ_COMPONENT_KIND,
	MSG_ADJ_COMPONENT_COUNT,
	MSG_ADJ_COMPONENT_TWICE,
	MSG_ADJ_WEIGHTS,
	MSG_ADJ_VALUE_INDEX,
	MSG_ADJ_VALUE_TWICE,
	MSG_YEAR_START,
	MSG_FIRST_YEAR_NO_BUDGET,
	MSG_ADJ_UNUSED,
	MSG_LINE_PRICED_NO_AMOUNT,
	MSG_DATE_MONTH_CASE,
	MSG_TABLE_SUM_RATES,
	/* issue 12, LOGO */
	MSG_BREACH_CURE_DAYS,
	MSG_BREACH_NO_NOTICE,
	MSG_LOGO_READ,
	MSG_LOGO_IMAGE,
	MSG_LOGO_HEIGHT,
	MSG_LOGO_ABSOLUTE,
	MSG_LOGO_ALT,
	/* issue 12, FIN: costs budgets and financing tables */
	MSG_BUDGET_NO_PARTY,
	MSG_FINANCING_SHORT,
	MSG_FINANCING_OVER,
	MSG_FINANCING_TWICE,
	MSG_FINANCING_SECOND,
	MSG_COSTS_COLUMNS,
	MSG_SIGNATORY_NO_PARTY,
	MSG_FU_SIGNATORY_NO_FOR,
	/* issue 12, COLS: budgets with several money columns */
	MSG_COLUMN_BASIS,
	MSG_COLUMN_DUP_ID,
	MSG_COLUMNS_MIXED,
	MSG_COLUMNS_BUDGET_YEAR,
	MSG_COLUMNS_BUDGET_PARTY,
	MSG_COLUMN_TWICE,
	MSG_COLUMN_TOTAL_TWICE,
	MSG_COLUMN_NOT_VALUED_MONEY,
	MSG_COLUMN_LINE_ATTR,
	MSG_COLUMN_UNKNOWN,
	MSG_COLUMN_AMOUNT_TWICE,
	MSG_COLUMN_AMOUNT_NOT_VALUED,
	MSG_COLUMN_NO_COLUMNS,
	MSG_COLUMN_STATED_ATTR,
	MSG_COLUMN_ROW_TOTAL,
	MSG_COLUMN_TOTAL,
	MSG_COLUMN_YEAR,
	MSG_COLUMN_PARTY,
	/* the report file against its sources; what it leaves out */
	MSG_RF_BEFORE_SOURCE,
	MSG_RF_INCOMPLETE,
	MSG_RF_TEXT_COUNT,
	MSG_FU_KIND_FROM_TITLE,
	/* INST (issue 15): the config file, and iopdoc's own files not found */
	MSG_CONFIG_READ,
	MSG_CONFIG_SYNTAX,
	MSG_CONFIG_KEY,
	MSG_CONFIG_JOBS,
	MSG_CONFIG_EMPTY,
	MSG_TEMPLATE_NOT_FOUND,
	MSG_FONT_NOT_FOUND,
	/* issue 15, SCHEMA: the schema's errors as our messages (xml_read_schema.c) */
	MSG_SCHEMA_DATE,
	MSG_SCHEMA_DATE_WORDS,
	MSG_SCHEMA_AMOUNT,
	MSG_SCHEMA_AMOUNT_FORM,
	MSG_SCHEMA_AMOUNT_NEGATIVE,
	MSG_SCHEMA_FIGURE,
	MSG_SCHEMA_WHOLE,
	MSG_SCHEMA_PERCENT,
	MSG_SCHEMA_SHARE,
	MSG_SCHEMA_YEAR,
	MSG_SCHEMA_COUNT,
	MSG_SCHEMA_MONTHS,
	MSG_SCHEMA_NUMBER,
	MSG_SCHEMA_ORGNR,
	MSG_SCHEMA_IDENT,
	MSG_SCHEMA_LANG,
	MSG_SCHEMA_EMPTY,
	MSG_SCHEMA_TOO_LONG,
	MSG_SCHEMA_ENUM,
	MSG_SCHEMA_ENUM_NEAR,
	MSG_SCHEMA_ELEMENT,
	MSG_SCHEMA_ELEMENT_NEAR,
	MSG_SCHEMA_ELEMENT_END,
	MSG_SCHEMA_MISSING_ELEMENT,
	MSG_SCHEMA_MISSING_ATTR,
	MSG_SCHEMA_ATTR,
	MSG_SCHEMA_ATTR_NEAR,
	MSG_SCHEMA_ATTR_NONE,
	MSG_SCHEMA_TEXT,
	MSG_SCHEMA_OTHER,
	/* issue 15, NEW: a skeleton's placeholder left as iopdoc new wrote it */
	MSG_PLACEHOLDER,
	/* issue 15: no files named, and the default folder is not there */
	MSG_NO_DEFAULT_INPUT,
	MSG_RF_NO_AGREEMENTS,
	MSG__COUNT
};

/* A diagnostics context: a stretch of work whose messages are counted
 * together and written to one place.  Contexts nest, innermost last; one
 * is opened on the caller's stack and closed by the same function, on
 * every way out of it.  Outside every context messages go to standard
 * error and count nowhere.  worst may be read while the context is open
 * (the worst so far); the fields are diag.c's to write. */
struct buf;
struct diag_ctx {
	enum diag_level	 worst;	/* worst message reported in it, or passed on to it */
	struct buf	*to;	/* its messages are appended here; NULL: where
				 * the outer context's go (standard error at
				 * the bottom) */
	struct diag_ctx	*outer;
};

/* What closing a context does to the outer one.  Each caller says which,
 * by what the level is for. */
enum diag_pass {
	DIAG_PASS_ON,	/* the outer context's worst is raised by this one's:
			 * the messages are part of the work around it */
	DIAG_KEEP_APART,	/* the outer context is left as it was: the
				 * caller keeps the level in a record of its
				 * own (a file's summary, a job's result) or
				 * the messages were only to learn from */
};

/* Opens ctx inside the innermost open context: from now on diag()
 * reports into it, its worst starting at DIAG_OK.  to: see struct
 * diag_ctx. */
void		diag_open(struct diag_ctx *ctx, struct buf *to);

/* Closes ctx, which must be the innermost open context (anything else is
 * a programming error: the process aborts), and returns its worst. */
enum diag_level	diag_close(struct diag_ctx *ctx, enum diag_pass);

/* Report a message into the innermost open context: its level (an error
 * for a warning with strict set) raises that context's worst, and the
 * line "file:line: level: message" goes to its destination.  file may be
 * NULL (no position), line 0 (no line). */
void	diag(const char *file, long line, enum msg_id, ...);

/* Warnings count as errors from now on (--strict): a setting of the
 * process, not of a context.  The line printed keeps the word
 * "warning" ("varning"). */
void	diag_set_strict(bool);

/* The exit status a level stands for. */
enum exit_status	diag_exit_status(enum diag_level);

/* Prints MSG_OUT_OF_MEMORY (n bytes, for caller) on standard error
 * without allocating, whatever context is open and wherever it writes;
 * mem.c's alone (the process ends next). */
void	diag_out_of_memory(size_t n, const char *caller);

/* Print the catalogue (level and text of every message), in the
 * language chosen. */
void	diag_list(void);

/* The language of every message (issue 15): Swedish by default, English
 * when asked for.  diag_env_swedish() reads the choice from the
 * environment: IOPDOC_LANG (sv or en) wins; else the first non-empty of
 * LC_ALL, LC_MESSAGES and LANG: "C", "POSIX" or a language other than
 * Swedish says English, "sv..." and "C.UTF-8" (Debian's when nobody
 * chose) say Swedish; nothing set says Swedish.  main() passes it to
 * diag_set_swedish() once at start; until then messages are English
 * (the unit tests'). */
bool	diag_env_swedish(void);
void	diag_set_swedish(bool on);
bool	diag_swedish(void);	/* the language set: cli.c's messages follow it */
/* A piece of a message built in code (a value's "%s"), in the language
 * set: en or sv, both static strings. */
const char	*diag_word(const char *en, const char *sv);
/* en in the language set: its Swedish when diag.c's table of phrases
 * passed between functions (the labels of dates) has it, else en. */
const char	*diag_phrase(const char *en);

/* The catalogue's printf format of a message, English or Swedish (NULL
 * while not written); for the tests that keep the two in step. */
const char	*diag_text(enum msg_id, bool sv);

#endif
