/* The message catalogue, the one emitter that prints it as
 * "file:line: level: message", and the diagnostics contexts that say
 * where the lines go (standard error, or a buffer) and count the worst
 * level of each stretch of work. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "utf8.h"

/* Each message in English and in Swedish: the same printf conversions in
 * the same order (tests/unit keeps them in step).  A Swedish text not yet
 * written (NULL) falls back to the English one. */
struct msg_def {
	enum diag_level	 level;
	const char	*text;	/* printf format, English */
	const char	*sv;	/* printf format, Swedish */
};

static const struct msg_def msgs[MSG__COUNT] = {
	[MSG_READ_FAILED] = { DIAG_SYSERR, "cannot read %s: %s" },
	[MSG_WRITE_FAILED] = { DIAG_SYSERR, "cannot write %s: %s" },
	[MSG_FILE_TOO_LARGE] = { DIAG_ERROR, "the file is larger than %d MB, the most iopdoc reads" },
	[MSG_LIMIT_DEPTH] = { DIAG_ERROR, "the elements are nested more than %d deep, the most iopdoc reads" },
	[MSG_LIMIT_TEXT] = { DIAG_ERROR, "<%s> holds more than %d KB of text, the most iopdoc reads in one element" },
	[MSG_LIMIT_BUDGET_LINES] = { DIAG_ERROR, "the document has more than %d budget lines, the most iopdoc reads" },
	[MSG_LIMIT_PARTIES] = { DIAG_ERROR, "the agreement has more than %d parties, the most iopdoc reads" },
	[MSG_TEMPLATE_READ] = { DIAG_SYSERR, "cannot read the template %s: %s" },
	[MSG_TEMPLATE_SYNTAX] = { DIAG_SYSERR, "template: expected \"[section]\" or \"key = value\"" },
	[MSG_TEMPLATE_KEY] = { DIAG_SYSERR, "template: unknown setting \"%s\" in [%s]" },
	[MSG_TEMPLATE_VALUE] = { DIAG_SYSERR, "template: \"%s\" is not a valid value for %s (%s)" },
	[MSG_TEMPLATE_PATH] = { DIAG_SYSERR, "template: \"%s\" (%s) lies outside the template's folder and the fonts folder beside it" },
	[MSG_FONT_LOAD] = { DIAG_SYSERR, "cannot load the font %s (%s)" },
	[MSG_HYPH_PATTERNS] = { DIAG_NOTE, "no Swedish hyphenation patterns (%s): text is set without hyphenation; install Debian's hyphen-sv or name a pattern file in the template, [layout] hyphenation" },
	[MSG_HYPH_EXCEPTIONS] = { DIAG_NOTE, "hyphenation exceptions (%s): the words of that file are left to the patterns; check the template's [layout] hyphenation-exceptions" },
	[MSG_IMAGE] = { DIAG_SYSERR, "the image %s cannot be used: %s" },
	[MSG_PDF_LIBRARY] = { DIAG_SYSERR, "the PDF library failed with error 0x%04X (detail %u) while %s" },
	[MSG_NO_INPUT] = { DIAG_SYSERR, "no XML files found in %s" },
	[MSG_BUSY] = { DIAG_SYSERR, "another iopdoc build is writing %s (process %s); try again when it is done, or use --wait" },
	[MSG_STOPPED] = { DIAG_SYSERR, "stopped by %s: %s outputs were not rendered this time; the next build renders them, and until then an earlier PDF of them stays as it was" },
	[MSG_INPUT_CHANGED] = { DIAG_ERROR, "the file changed while the build was reading it; its outputs keep their last PDF and the next build renders them" },
	[MSG_WORKER_DIED] = { DIAG_SYSERR, "the worker process rendering %s stopped unexpectedly (%s); that output failed, the others are rendered, and the next build tries it again" },
	[MSG_WORKER] = { DIAG_WARNING, "cannot start a worker process (%s); going on with fewer" },
	[MSG_OUTPUT_DIR] = { DIAG_SYSERR, "the output %s must be a folder when several files are rendered" },
	[MSG_OUTPUT_IS_INPUT] = { DIAG_ERROR, "the PDF would be written over %s, an input file; name another PDF with -o" },
	[MSG_OUTPUT_TWICE] = { DIAG_ERROR, "the PDF would be written to %s, where the PDF of %s already goes; render one of the two on its own with -o, or rename one file" },
	[MSG_LOCK_FILE] = { DIAG_SYSERR, "the lock file %s is %s, not a plain file; remove it, and the next build makes a new one" },
	[MSG_MANIFEST_FILE] = { DIAG_WARNING, "the build's record %s cannot be used (%s); every output is checked and rendered again" },
	[MSG_MANIFEST_LINE] = { DIAG_WARNING, "this line of the build's record is ignored: %s" },
	[MSG_SCAN_NAME] = { DIAG_ERROR, "the name holds a control character or a byte that is not UTF-8 (shown as \\t, \\n or \\xNN); the build does not read it: rename it" },
	[MSG_BUILD_DIR_NAME] = { DIAG_SYSERR, "the %s folder %s: its path holds a control character or a byte that is not UTF-8 (shown as \\t, \\n or \\xNN), which the build's record and the PDFs cannot carry; nothing is built: rename it" },
	[MSG_SCAN_LINK] = { DIAG_WARNING, "a symbolic link: the build does not follow links (one can lead round in a loop or out of the input folder); put the file or folder itself here" },
	[MSG_SCAN_DEPTH] = { DIAG_ERROR, "the folder lies more than %d levels below the input folder; the build does not read it: move its files higher up" },
	[MSG_SCAN_LOOP] = { DIAG_ERROR, "the folder is %s again (a folder mounted inside itself?); the build reads it once" },
	[MSG_INPUT_EMPTY] = { DIAG_SYSERR, "the input folder %s holds no XML files, but the last build made %zu outputs from it (a share that is not mounted?); nothing is rendered or removed, and the PDFs stay as they were" },
	[MSG_PRUNE_REFUSED] = { DIAG_WARNING, "--prune kept %zu outputs nothing read this run makes: their inputs were not read (see above), and an output whose inputs were not read is not gone; they are kept until a build reads them" },
	[MSG_STOPPED_EARLY] = { DIAG_SYSERR, "stopped by %s while reading the input folder: nothing was rendered or removed this time, and every PDF stays as it was" },
	[MSG_JOB_TIMEOUT] = { DIAG_SYSERR, "rendering %s took more than %d seconds (--job-timeout), so its worker process was stopped; that output failed and keeps its last PDF, the others are rendered, and the next build tries it again" },
	[MSG_XML_ENCODING] = { DIAG_ERROR, "the file is not valid UTF-8; save it as UTF-8 or declare its encoding, e.g. <?xml version=\"1.0\" encoding=\"windows-1252\"?>" },
	[MSG_XML_ENCODING_BOM] = { DIAG_ERROR, "the file begins with the byte order mark of %s but declares encoding=\"%s\"; save it as UTF-8 with encoding=\"UTF-8\" in its first line" },
	[MSG_XML_ENCODING_BOM_INVALID] = { DIAG_ERROR, "the file begins with the byte order mark of UTF-8, but this line is not UTF-8; open the file in an editor and save it again as UTF-8" },
	[MSG_XML_ENCODING_BYTE] = { DIAG_ERROR, "byte 0x%02X on this line is not a character in %s, the encoding the file is read in; correct the character, or save the file as UTF-8 with encoding=\"UTF-8\" in its first line" },
	[MSG_XML_ENCODING_UTF8] = { DIAG_ERROR, "the file declares encoding=\"%s\", but its text is UTF-8 (\"%s\" would be read as \"%s\"); change the declaration to encoding=\"UTF-8\"" },
	[MSG_XML_ENCODING_UNKNOWN] = { DIAG_ERROR, "the file declares encoding=\"%s\", which iopdoc does not know; save it as UTF-8 with encoding=\"UTF-8\" in its first line" },
	[MSG_XML_MALFORMED] = { DIAG_ERROR, "malformed XML: %s" },
	[MSG_XML_DOCTYPE] = { DIAG_ERROR, "a DOCTYPE or entity declaration is not allowed in iopdoc files" },
	[MSG_XML_ROOT] = { DIAG_ERROR, "the document element is <%s>; expected <%s>" },
	[MSG_SCHEMA] = { DIAG_ERROR, "%s" },
	[MSG_DATE_INVALID] = { DIAG_ERROR, "%s is not a date that exists (%s)" },
	[MSG_PERIOD_ORDER] = { DIAG_ERROR, "the period ends (%s) before it starts (%s)" },
	[MSG_PERIOD_TOO_LONG] = { DIAG_ERROR, "the period runs %d calendar years (%s to %s), more than the %d an agreement may run: check the years in from and to" },
	[MSG_ORGNR_LUHN] = { DIAG_ERROR, "organisationsnummer %s of %s has a wrong check digit: the last digit should be %d" },
	[MSG_DUP_PARTY] = { DIAG_ERROR, "two parties have the id \"%s\"" },
	[MSG_DUP_NAMND] = { DIAG_ERROR, "the agreement names the responsible nämnd \"%s\" twice (line %s): name each nämnd once" },
	[MSG_UNKNOWN_PARTY] = { DIAG_ERROR, "no party has the id \"%s\" (%s)" },
	[MSG_NO_PUBLIC_PARTY] = { DIAG_WARNING, "no party has role=\"public\": an IOP is made with a kommun or region" },
	[MSG_PARTY_KIND_NOT_PUBLIC] = { DIAG_ERROR, "%s has role=\"ideburen\" but kind=\"%s\": kind tells what kind of public body a role=\"public\" party is; drop it" },
	[MSG_PARTY_KIND_HINT] = { DIAG_WARNING, "%s looks like %s, but the party has no kind, so nämnd reports count its money as the kommun's: add kind=\"%s\" (or kind=\"kommun\" if it is a kommun)" },
	[MSG_DUP_GOAL] = { DIAG_ERROR, "two goals have the id \"%s\"" },
	[MSG_GOAL_VALUE] = { DIAG_WARNING, "goal \"%s\" says \"%s\" but gives no value to compare with" },
	[MSG_ADJ_PERCENT] = { DIAG_ERROR, "an adjustment of kind \"percent\" needs a percent attribute" },
	[MSG_ADJ_OVERFLOW] = { DIAG_ERROR, "the adjustment makes %s's amount for %d larger than %s, the most iopdoc can compute" },
	[MSG_ADJ_INDEX] = { DIAG_ERROR, "an adjustment of kind \"index\" needs the name of the index (index=\"OPI\")" },
	[MSG_MONTH] = { DIAG_ERROR, "month %ld does not exist; use 1 to 12" },
	[MSG_BUDGET_TOTAL] = { DIAG_WARNING, "stated total %s for %s differs from the computed total %s; the PDF prints the stated total" },
	[MSG_STATED_TOTAL] = { DIAG_WARNING, "stated total %s differs from the computed total %s (%s)" },
	[MSG_STATED_TOTAL_OF] = { DIAG_WARNING, "stated total %s of %s differs from the computed total %s (%s)" },
	[MSG_STATED_TOTAL_PART_YEARS] = { DIAG_NOTE, "stated total %s per year is not checked: the period %s – %s covers no budget year in full, and the budgets of a part year are for that part" },
	[MSG_BUDGET_YEAR] = { DIAG_WARNING, "the budget is for %d, outside the agreement's period %s to %s" },
	[MSG_SIGNATURES_COUNT] = { DIAG_ERROR, "the text has %d <signatures> blocks; an agreement needs exactly one" },
	[MSG_NO_SIGNATORY] = { DIAG_WARNING, "party %s has no signatory" },
	[MSG_DUP_SIGNATORY] = { DIAG_WARNING, "the signatories of %s are not next to each other, so each gets a \"För …\" line of its own: put them together" },
	[MSG_SIGNED_MISSING] = { DIAG_ERROR, "the agreement is marked signed, but the signatory for %s has no %s" },
	[MSG_SIGN_DATE_IN_DRAFT] = { DIAG_WARNING, "a draft carries a signing date for %s" },
	[MSG_TOC_COUNT] = { DIAG_ERROR, "the text has %d tables of contents; at most one is allowed" },
	[MSG_EMPTY_TEXT] = { DIAG_ERROR, "<%s> is empty" },
	[MSG_DUP_ID] = { DIAG_ERROR, "the id \"%s\" is also used by %s" },
	[MSG_SAME_AGREEMENT] = { DIAG_WARNING, "the same agreement as %s (the same diarienummer %s, the same parties, periods that overlap): a report counts it once, from %s; remove the copy that is out of date" },
	[MSG_IN_NO_REPORT] = { DIAG_WARNING, "the agreement \"%s\" names no responsible nämnd, so it is in no nämnd's yearly report%s: add <responsible-namnd id=\"ID\" kommun=\"%s\" source=\"%s\">%s</responsible-namnd> before <period>, with the id the nämnd's other agreements use" },
	[MSG_NAMND_INFERRED] = { DIAG_NOTE, "the agreement names no responsible nämnd: %s is the one its <responsible-namnd> marks source=\"inferred\"; the yearly report says so in its Bilaga" },
	[MSG_FU_NO_AGREEMENT] = { DIAG_ERROR, "no agreement has the id \"%s\": give its file too, or keep it in the input folder" },
	[MSG_FU_AGREEMENT_BAD] = { DIAG_ERROR, "the agreement \"%s\" (%s) has errors: correct it first" },
	[MSG_FU_BEFORE_PERIOD] = { DIAG_ERROR, "the follow-up is dated %s, before the agreement's period begins (%s)" },
	[MSG_GENDER_SPLIT] = { DIAG_ERROR, "the outcome \"%s\" is %lld, but its split by gender adds up to %lld (%s)" },
	[MSG_UNKNOWN_GOAL] = { DIAG_ERROR, "\"%s\" is not the id of a goal of agreement %s" },
	[MSG_UNMATCHED_MEASURE] = { DIAG_NOTE, "the measure \"%s\" is no goal's measure in agreement %s: it is reported as an outcome without a goal" },
	[MSG_OUTCOME_OUTSIDE] = { DIAG_ERROR, "the outcome period %s to %s lies outside the agreement's period %s to %s" },
	[MSG_OUTCOME_FUTURE] = { DIAG_ERROR, "the outcome period ends %s, after the month of the follow-up's own date %s" },
	[MSG_NEXT_YEAR] = { DIAG_WARNING, "the delmål are set for %d, but the follow-up is from %d" },
	[MSG_NO_NAMND] = { DIAG_ERROR, "no agreement names the nämnd \"%s\" as responsible (known: %s)" },
	[MSG_REPORT_SUM_OVERFLOW] = { DIAG_ERROR, "the report's amounts for %d add up to more than %s, the most iopdoc can compute, when %s's %s is added" },
	[MSG_REPORT_EMPTY] = { DIAG_ERROR, "no agreement of %s is valid in %d" },
	[MSG_RF_NO_NAMND] = { DIAG_ERROR, "the report file names no nämnd: add namnd=\"ID\" to <namnd-report> (known: %s)" },
	[MSG_RF_NO_YEAR] = { DIAG_ERROR, "the report file names no year: add year=\"YYYY\" to <namnd-report>, the year the report is about" },
	[MSG_RF_UNKNOWN_NAMND] = { DIAG_ERROR, "no agreement names the nämnd \"%s\" as responsible (known: %s): namnd= of the report file must be one of them" },
	[MSG_RF_TWICE] = { DIAG_ERROR, "a second report file for %s %d; the first is %s: keep one of them" },
	[MSG_RF_AUTHOR_NO_NAME] = { DIAG_ERROR, "an <author> without <name>: give the name of the handläggare who wrote the report" },
	[MSG_RF_DATE_EARLY] = { DIAG_WARNING, "the report is dated %s, before the end of %d, the year it reports on: is the date or the year wrong?" },
	[MSG_RF_MEETING_EARLY] = { DIAG_WARNING, "the nämnd's meeting %s is before the report's date %s: is one of them wrong?" },
	[MSG_RF_YEAR_UNCOVERED] = { DIAG_WARNING, "no agreement of %s is valid in %d: no report of that year uses this report file" },
	[MSG_RF_IGNORED] = { DIAG_WARNING, "the report file %s has errors: the report of %s %d is written without it (no diarienummer, date, author or texts of its own)" },
	[MSG_RF_MISSING] = { DIAG_NOTE, "no report file for %s %d: the report is marked as a draft (UTKAST on every page) and has no diarienummer, date, author or förslag till beslut; see README \"The report file\"" },
	[MSG_RF_MISSING_ALL] = { DIAG_NOTE, "%zu of the %zu reports have no report file: they are marked as drafts (UTKAST on every page) and have no diarienummer, date, author or förslag till beslut; see README \"The report file\"" },
	[MSG_GLYPH] = { DIAG_ERROR, "the character %s (U+%04lX) cannot be shown with the template's fonts" },
	[MSG_TOO_MANY_CHARS] = { DIAG_ERROR, "the document uses more than %d different characters in one font style" },
	[MSG_PAGE_LIMIT] = { DIAG_ERROR, "the document would have more than %d pages" },
	[MSG_SIGNATURE_TALL] = { DIAG_ERROR, "this signature block is taller than a page: shorten its texts (for, name, title, organisation, place)" },
	[MSG_PDF_RELEASE] = { DIAG_SYSERR, "the PDF library loaded is libharu %s, but iopdoc was built for libharu %s: install that release or build iopdoc again (see README, \"libharu releases\")" },
	[MSG_LIST_DEPTH] = { DIAG_ERROR, "this list is nested more than %d lists deep" },
	[MSG_OUT_OF_MEMORY] = { DIAG_SYSERR, "out of memory: %zu bytes asked for by %s could not be allocated" },
	[MSG_TABLE_ROW_CELLS] = { DIAG_ERROR, "this row of %s covers %zu columns (spans counted), but the table has %zu (%s): add or remove cells, or correct a span" },
	[MSG_TABLE_SPAN] = { DIAG_ERROR, "a cell of %s spans %zu columns from column %zu, past the table's %zu columns" },
	[MSG_TABLE_WIDTHS] = { DIAG_ERROR, "the widths of the columns of %s add up to %s %%, more than 100 %%" },
	[MSG_TABLE_SUM] = { DIAG_WARNING, "%s: %s states %s in column \"%s\", the rows add up to %s" },
	[MSG_TABLE_SUM_ROUNDING] = { DIAG_NOTE, "%s: %s states %s in column \"%s\", the rows add up to %s, a difference the rounding of the rows explains" },
	[MSG_TABLE_SUM_SKIP] = { DIAG_NOTE, "%s: column \"%s\" is not added up for %s: %s" },
	[MSG_TABLE_SUM_STATED] = { DIAG_NOTE, "%s: %s states \"%s\" in column \"%s\", which is no figure iopdoc can read, so it is not checked" },
	[MSG_DECISION_AFTER_DATE] = { DIAG_NOTE, "the decision of %s is dated %s, after the agreement's date %s: if it approved the agreement, check the dates" },
	[MSG_DECISION_AFTER_PERIOD] = { DIAG_WARNING, "the decision of %s is dated %s, after the period ends (%s): check the year" },
	[MSG_VERSION_NOT_LAST] = { DIAG_WARNING, "the version is %s, but the last change in <history> is version %s: add the change, or correct the version" },
	[MSG_HISTORY_ORDER] = { DIAG_WARNING, "the change to version %s is dated %s, before the change above it (%s): list the changes in the order they were made" },
	[MSG_BLOCK_WITHOUT_DATA] = { DIAG_ERROR, "<%s/> prints the agreement's <%s>, but the agreement has none: add it %s, or remove the block" },
	[MSG_DUP_ANNEX] = { DIAG_ERROR, "two annexes have the %s \"%s\"" },
	[MSG_ANNEX_EMPTY] = { DIAG_WARNING, "annex %s is attached but holds nothing after its title: add its text, or mark it attached=\"no\"" },
	[MSG_ANNEX_TEXT_NOT_ATTACHED] = { DIAG_WARNING, "annex %s is marked attached=\"no\" but holds text, which is not printed: remove the text, or mark the annex attached" },
	[MSG_ANNEX_BLOCK] = { DIAG_ERROR, "<%s> cannot stand in annex %s: it belongs in the agreement's <text>" },
	[MSG_FU_PERIOD_OUTSIDE] = { DIAG_ERROR, "the report period %s to %s lies outside the agreement's period %s to %s" },
	[MSG_GOAL_RANGE_MISSING] = { DIAG_ERROR, "goal \"%s\" says \"mellan\" but does not give both min and max" },
	[MSG_GOAL_RANGE_ORDER] = { DIAG_ERROR, "goal \"%s\" runs from min %lld to max %lld: min must not be larger than max" },
	[MSG_GOAL_RANGE_CMP] = { DIAG_ERROR, "goal \"%s\" gives min or max, which only comparison=\"mellan\" takes" },
	[MSG_GOAL_RANGE_VALUE] = { DIAG_ERROR, "goal \"%s\" says \"mellan\" and gives a value: a range takes min and max only" },
	[MSG_GOAL_PERCENT_CMP] = { DIAG_ERROR, "goal \"%s\" gives a percent, which needs comparison=\"minst\" or \"hogst\"" },
	[MSG_GOAL_PERCENT_VALUE] = { DIAG_ERROR, "goal \"%s\" gives both a value and a percent: a share goal takes the percent only" },
	[MSG_OUTCOME_PERCENT_NO_OF] = { DIAG_ERROR, "the outcome \"%s\" states a percent but no \"of\" to compute it from" },
	[MSG_OUTCOME_OF_ZERO] = { DIAG_ERROR, "the outcome \"%s\" is a share of 0: \"of\" must be at least 1" },
	[MSG_OUTCOME_RATIO] = { DIAG_WARNING, "the outcome \"%s\" states %s %%, but %lld of %lld is %s %%" },
	[MSG_OUTCOME_OVER_OF] = { DIAG_WARNING, "the outcome \"%s\" is %lld of %lld, more than the whole" },
	[MSG_DUP_ASSESSMENT] = { DIAG_WARNING, "goal \"%s\" is assessed twice in this follow-up" },
	[MSG_ASSESSMENT_DIFFERS] = { DIAG_NOTE, "the assessment \"%s\" of goal \"%s\" differs from what its outcome %lld gives (%s); the report prints both" },
	[MSG_REPORT_DUE_FORM] = { DIAG_ERROR, "a report deadline takes either month and day (every year) or date (once)" },
	[MSG_REPORT_DUE_DAY] = { DIAG_ERROR, "day %d does not exist in month %d" },
	[MSG_REPORT_DUE_LEAP] = { DIAG_NOTE, "a deadline on 29 February every year: in the three years of four without that day the report gives 28 February and says so; if the agreement means the last day of February, this is it" },
	[MSG_DATE_DAY_ZERO] = { DIAG_WARNING, "the date \"%s\": Swedish writes the day without a leading zero (dagen skrivs utan inledande nolla): write \"%s\"; the PDF prints the date as written" },
	[MSG_PAYMENT_MONTHS_BOTH] = { DIAG_ERROR, "month and months are given together: write every payment month in months (\"1 7\")" },
	[MSG_LINE_NO_AMOUNT] = { DIAG_ERROR, "the budget line \"%s\" has no amount: write amount=\"…\" in whole kronor, or kind=\"in-kind\" valued=\"no\" for help that the agreement lists without a value" },
	[MSG_LINE_NOT_VALUED_AMOUNT] = { DIAG_ERROR, "the budget line \"%s\" says valued=\"no\" but has amount=\"%s\": remove one of them" },
	[MSG_LINE_MONEY_NOT_VALUED] = { DIAG_ERROR, "the budget line \"%s\" is money (%s) but says valued=\"no\": only help in kind can be listed without a value; write kind=\"in-kind\" on the line" },
	[MSG_LINE_PAYMENT_MONTHS] = { DIAG_WARNING, "the budget line \"%s\" is paid %s, but payment-months names %d distinct month(s): a line paid %s is paid in %d" },
	[MSG_LINE_PAYMENT_REPEAT] = { DIAG_WARNING, "the budget line \"%s\" names a month twice in payment-months" },
	[MSG_LINE_PAY_NO_DAY] = { DIAG_WARNING, "the budget line \"%s\" is for %d, but the payment terms pay it in months %s, none of them in the period in %d; it is counted in %d: say when it is paid, e.g. payment=\"once\" payment-months=\"%d\" on the line" },
	[MSG_LINE_PRICE_NEEDED] = { DIAG_ERROR, "the budget line \"%s\" has %s but no unit-price: a quantity, ceiling or estimate belongs to a line priced per unit" },
	[MSG_LINE_PRICE_AMOUNT] = { DIAG_WARNING, "the budget line \"%s\" states %s, but its unit-price times its quantity is %s" },
	[MSG_LINE_OVER_CEILING] = { DIAG_WARNING, "the budget line \"%s\" has %s %s, more than its ceiling %s" },
	[MSG_POOL_DUP_SHARE] = { DIAG_WARNING, "the pool names party %s twice" },
	[MSG_POOL_YEAR] = { DIAG_WARNING, "the pool is for %d, outside the agreement's period %s to %s" },
	[MSG_BUDGET_STATED_NOT_VALUED] = { DIAG_WARNING, "stated total %s for %s, but no line of the budget has a value (all are valued=\"no\")" },
	[MSG_DUP_ACTOR] = { DIAG_ERROR, "two actors have the id \"%s\"" },
	[MSG_ACTOR_PARTY_ID] = { DIAG_ERROR, "the actor \"%s\" has a party's id: give the actor an id of its own" },
	[MSG_ACTOR_NOT_PARTY] = { DIAG_ERROR, "\"%s\" is an actor, not a party (%s): only a party has a budget or signs; name a party, or make the actor one of <parties>" },
	[MSG_FU_SIGNATURES_COUNT] = { DIAG_ERROR, "the text has %d <signatures> blocks; a follow-up has at most one" },
	[MSG_FU_APPROVED_BEFORE] = { DIAG_WARNING, "the follow-up is approved %s, before its own date %s" },
	[MSG_DATE_FORM_WORDS] = { DIAG_WARNING, "the date \"%s\" is written in words, so form=\"iso\" does not change it: it prints as written; write it YYYY-MM-DD to print it ISO" },
	[MSG_LEGAL_FORM_EMPTY] = { DIAG_WARNING, "<legal-form> is empty, so no legal form is printed: write it (\"ideell förening\") or leave the element out" },
	[MSG_ADJ_PARTY] = { DIAG_ERROR, "the adjustment is for party \"%s\", which is not a party of the agreement" },
	[MSG_ADJ_BUDGET_PARTY] = { DIAG_ERROR, "an adjustment inside a budget applies to that budget only: party=\"%s\" does not belong there (put the adjustment in <economy> with party=, or drop the attribute)" },
	[MSG_ADJ_CONFLICT] = { DIAG_ERROR, "the adjustments at lines %ld and %ld both apply to the budget line at line %ld; keep them apart with party= or applies-to=, or give the budget its own <adjustment>" },
	[MSG_ADJ_COMPONENT_KIND] = { DIAG_ERROR, "an adjustment of kind \"percent\" has no <component>: a mixed index is kind=\"index\"" },
	[MSG_ADJ_COMPONENT_COUNT] = { DIAG_ERROR, "a mixed index needs 2 to 5 <component> elements, this one has %zu; one index is written index=\"%s\" on the adjustment" },
	[MSG_ADJ_COMPONENT_TWICE] = { DIAG_ERROR, "the index \"%s\" is a component twice" },
	[MSG_ADJ_WEIGHTS] = { DIAG_ERROR, "the weights of the mixed index add up to %s %%, not 100 %%" },
	[MSG_ADJ_VALUE_INDEX] = { DIAG_ERROR, "the value's index %s is not %s" },
	[MSG_ADJ_VALUE_TWICE] = { DIAG_ERROR, "a second %s value of %s from %s (the first is at line %ld); a definitive value may replace a preliminary one, not another of the same status" },
	[MSG_ADJ_UNUSED] = { DIAG_NOTE, "the adjustment applies to no budget line: it covers %s%s%s, and no budget has such a line; check applies-to and party" },
	[MSG_YEAR_START] = { DIAG_ERROR, "year-start \"%02d-%02d\" is not a day that begins a year every year (29 February and days that do not exist are not)" },
	[MSG_FIRST_YEAR_NO_BUDGET] = { DIAG_WARNING, "the period starts in %s %s, but the first budget of %s is for %s: the yearly report counts nothing for %s before that; if the budget holds from the start, write year=\"%d\" on it" },
	[MSG_LINE_PRICED_NO_AMOUNT] = { DIAG_WARNING, "the budget line \"%s\" has a unit-price but neither amount nor estimate, so nothing is counted for it: give amount=\"…\" or estimate=\"…\" when the source states one" },
	[MSG_DATE_MONTH_CASE] = { DIAG_ERROR, "the date \"%s\": Swedish writes the month lower case (månadens namn skrivs med liten bokstav): write \"%s\"" },
	[MSG_TABLE_SUM_RATES] = { DIAG_WARNING, "%s: %s states %s in column \"%s\", the rows add up to %s, more than 100 %%; if the column holds rates or averages, not shares of a whole, write sum=\"no\" on its <column>" },
	/* issue 12, LOGO */
	[MSG_BREACH_CURE_DAYS] = { DIAG_ERROR, "cure-days=\"%s\": the days a party in breach has to put it right are 1 to 365; write the number of days the agreement gives" },
	[MSG_BREACH_NO_NOTICE] = { DIAG_WARNING, "termination for breach takes effect=\"notice-period\", but <terms> has no <notice months>: add the notice period, or write effect=\"immediate\"" },
	[MSG_LOGO_READ] = { DIAG_ERROR, "cannot read the logo %s: %s" },
	[MSG_LOGO_IMAGE] = { DIAG_ERROR, "the logo %s cannot be used: %s" },
	[MSG_LOGO_HEIGHT] = { DIAG_ERROR, "the logo's height %g mm is outside %d to %d mm" },
	[MSG_LOGO_ABSOLUTE] = { DIAG_ERROR, "the logo \"%s\" is named by an absolute path: name it relative to the XML file's folder, e.g. logotyper/kommun.png" },
	[MSG_LOGO_ALT] = { DIAG_ERROR, "the logo of %s has an empty alt: say whose logo it is, e.g. \"Åsbro kommuns logotyp\"" },
	/* issue 12, FIN */
	[MSG_BUDGET_NO_PARTY] = { DIAG_ERROR, "the budget has no party=\"…\": a party's contribution names the party that pays it; write party=\"…\" (or party=\"…\" on each <column>), or type=\"costs\" if the table is what the whole effort costs" },
	[MSG_FINANCING_SHORT] = { DIAG_WARNING, "the financing%s (%s) does not cover the costs (%s, line %ld): %s is missing" },
	[MSG_FINANCING_OVER] = { DIAG_WARNING, "the financing%s (%s) is more than the costs (%s, line %ld), by %s" },
	[MSG_FINANCING_TWICE] = { DIAG_ERROR, "%s has both a budget (line %ld) and a line in the financing%s: its money would count twice; keep it in one of them" },
	[MSG_FINANCING_SECOND] = { DIAG_ERROR, "a second financing%s (the first is at line %ld): a party's line would count in both; put every party's line in one <financing>" },
	[MSG_COSTS_COLUMNS] = { DIAG_ERROR, "a costs budget has one amount column, not <columns>: write one <budget type=\"costs\" year=\"…\"> per year; the financing of each year is compared with it" },
	[MSG_SIGNATORY_NO_PARTY] = { DIAG_ERROR, "the signatory names no party: in an agreement each signatory signs for a party; write party=\"…\"" },
	[MSG_FU_SIGNATORY_NO_FOR] = { DIAG_ERROR, "the signatory names no party and has no <for>: write the party it signs for (party=\"…\"), or the role it signs in, e.g. <for>Justerare</for>" },
	[MSG_COLUMN_BASIS] = { DIAG_ERROR, "column \"%s\" needs exactly one of year=\"…\", party=\"…\" and total=\"yes\"" },
	[MSG_COLUMN_DUP_ID] = { DIAG_ERROR, "a second column with the id \"%s\" in this budget (the first is at line %ld)" },
	[MSG_COLUMNS_MIXED] = { DIAG_ERROR, "the columns mix years (line %ld) and parties (line %ld): write one budget per party with a column per year, or one budget per year with a column per party" },
	[MSG_COLUMNS_BUDGET_YEAR] = { DIAG_ERROR, "a budget with a column per year has no year=\"%d\" of its own: each column says its year" },
	[MSG_COLUMNS_BUDGET_PARTY] = { DIAG_ERROR, "a budget with a column per party has no party=\"%s\" of its own: each column names its party" },
	[MSG_COLUMN_TWICE] = { DIAG_ERROR, "a second column for %s (the first is at line %ld): each year or party has one column" },
	[MSG_COLUMN_TOTAL_TWICE] = { DIAG_ERROR, "a second total column (the first is at line %ld)" },
	[MSG_COLUMN_NOT_VALUED_MONEY] = { DIAG_ERROR, "column \"%s\" says valued=\"no\" but is of money: only help in kind is listed without a value; add kind=\"in-kind\" to the column" },
	[MSG_COLUMN_LINE_ATTR] = { DIAG_ERROR, "%s on a line of a budget with <columns>: write each figure as <amount column=\"…\"> under the line (a price per unit needs a budget of its own)" },
	[MSG_COLUMN_UNKNOWN] = { DIAG_ERROR, "no column of this budget has the id \"%s\"; its columns are %s" },
	[MSG_COLUMN_AMOUNT_TWICE] = { DIAG_ERROR, "a second amount in column \"%s\" (the first is at line %ld)" },
	[MSG_COLUMN_AMOUNT_NOT_VALUED] = { DIAG_ERROR, "an amount of %s in column \"%s\", which lists help without a value (valued=\"no\")" },
	[MSG_COLUMN_NO_COLUMNS] = { DIAG_ERROR, "<amount column=\"%s\"> in a budget without <columns>: write the amount as amount=\"…\" on the line, or add <columns>" },
	[MSG_COLUMN_STATED_ATTR] = { DIAG_ERROR, "stated=\"…\" on the total of a budget with <columns>: state each column's total as <amount column=\"…\"> in <total>" },
	[MSG_COLUMN_ROW_TOTAL] = { DIAG_WARNING, "the line's stated total %s (column \"%s\") differs from the sum of its columns %s; the PDF prints the stated total" },
	[MSG_COLUMN_TOTAL] = { DIAG_WARNING, "stated total %s of column \"%s\" differs from the column's sum %s; the PDF prints the stated total" },
	[MSG_COLUMN_YEAR] = { DIAG_WARNING, "column \"%s\" is for %d, outside the agreement's period %s to %s" },
	[MSG_COLUMN_PARTY] = { DIAG_ERROR, "no party has the id \"%s\" (budget column \"%s\")" },
	[MSG_RF_BEFORE_SOURCE] = { DIAG_WARNING, "the report is dated %s, before the follow-up it uses, %s dated %s (%s): check the report's <date>, or whether the follow-up belongs to the report" },
	[MSG_RF_INCOMPLETE] = { DIAG_NOTE, "%s; see README \"The report file\"" },
	[MSG_RF_TEXT_COUNT] = { DIAG_WARNING, "the <%s> text says %s, but the report of %s %d covers %s; the text is printed as written: check it" },
	[MSG_FU_KIND_FROM_TITLE] = { DIAG_NOTE, "the title names the record \"%s\" where kind=\"%s\" says %s: the record head prints the title's \"%s\" as the kind; give kind-text=\"%s\" to name it yourself" },
	/* issue 15, NEW: the skeletons of iopdoc new (xml_read_placeholder.c) */
	[MSG_PLACEHOLDER] = { DIAG_ERROR, "placeholder not filled: %s",
	    "platshållaren är inte ifylld: %s" },
};

static const char *const level_names[] = {
	[DIAG_OK] = "ok",
	[DIAG_NOTE] = "note",
	[DIAG_WARNING] = "warning",
	[DIAG_ERROR] = "error",
	[DIAG_SYSERR] = "error",
};

/* Characters that print as nothing or change what the terminal shows:
 * controls, and the invisible and bidirectional formatting characters (a
 * U+202E in a value would print the rest of the line backwards). */
static int
is_invisible(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x061C ||
	    (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
	    (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF ||
	    (cp >= 0xFFF9 && cp <= 0xFFFB);
}

/* Appends s with every invisible character written as <U+XXXX> and every
 * byte that is no UTF-8 as <0xXX>, so a message shows what the file has. */
static void
add_escaped(struct buf *out, const char *s)
{
	size_t n = strlen(s), k;
	uint32_t cp;

	while (n > 0) {
		k = utf8_decode(s, n, &cp);
		if (k == 0)
			buf_printf(out, "<0x%02X>", (unsigned)(unsigned char)*s);
		else if (is_invisible(cp))
			buf_printf(out, "<U+%04lX>", (unsigned long)cp);
		else
			buf_add(out, s, k);
		if (k == 0)
			k = 1;
		s += k;
		n -= k;
	}
}

static bool		strict;
/* Outside every context: standard error, and a worst nobody reads. */
static struct diag_ctx	bottom = { DIAG_OK, NULL, NULL };
static struct diag_ctx	*innermost = &bottom;

void
diag_open(struct diag_ctx *ctx, struct buf *to)
{
	ctx->worst = DIAG_OK;
	ctx->to = to;
	ctx->outer = innermost;
	innermost = ctx;
}

enum diag_level
diag_close(struct diag_ctx *ctx, enum diag_pass pass)
{
	static const char wrong[] = "iopdoc: internal error: diag_close() of a context "
	    "that is not the innermost open one\n";

	if (ctx != innermost || ctx == &bottom) {
		/* a level would go to the wrong context: stop, loudly */
		if (write(STDERR_FILENO, wrong, sizeof(wrong) - 1) < 0) {
			/* nowhere to say it */
		}
		abort();
	}
	innermost = ctx->outer;
	if (pass == DIAG_PASS_ON && ctx->worst > innermost->worst)
		innermost->worst = ctx->worst;
	return ctx->worst;
}

static bool		swedish;

void
diag_set_swedish(bool on)
{
	swedish = on;
}

/* The message's printf format in the language chosen. */
static const char *
diag_format(enum msg_id id)
{
	return swedish && msgs[id].sv != NULL ? msgs[id].sv : msgs[id].text;
}

void
diag(const char *file, long line, enum msg_id id, ...)
{
	enum diag_level level = msgs[id].level;
	const struct diag_ctx *dest;
	va_list ap;

	if (strict && level == DIAG_WARNING)
		level = DIAG_ERROR;
	if (level > innermost->worst)
		innermost->worst = level;

	{
		struct buf line_buf = { NULL, 0, 0 };
		char text[2048];

		if (file != NULL && line > 0) {
			add_escaped(&line_buf, file);
			buf_printf(&line_buf, ":%ld: ", line);
		} else if (file != NULL) {
			add_escaped(&line_buf, file);
			buf_adds(&line_buf, ": ");
		} else
			buf_adds(&line_buf, "iopdoc: ");
		buf_printf(&line_buf, "%s: ", level_names[msgs[id].level]);
		va_start(ap, id);
		vsnprintf(text, sizeof(text), diag_format(id), ap);
		va_end(ap);
		add_escaped(&line_buf, text);
		buf_addc(&line_buf, '\n');
		/* the innermost context that names a destination */
		for (dest = innermost; dest->to == NULL && dest->outer != NULL; dest = dest->outer)
			continue;
		if (dest->to != NULL)
			buf_adds(dest->to, line_buf.data);
		else
			fputs(line_buf.data, stderr);
		buf_free(&line_buf);
	}
}

void
diag_set_strict(bool on)
{
	strict = on;
}

enum exit_status
diag_exit_status(enum diag_level level)
{
	switch (level) {
	case DIAG_OK:
	case DIAG_NOTE:
	case DIAG_WARNING:
		return EXIT_OK;
	case DIAG_ERROR:
		return EXIT_INPUT;
	case DIAG_SYSERR:
		break;
	}
	return EXIT_SYSTEM;
}

void
diag_out_of_memory(size_t n, const char *caller)
{
	char text[512];
	int len;

	/* no buf, no stdio buffer: memory is what is missing */
	len = snprintf(text, sizeof(text), "iopdoc: error: ");
	len += snprintf(text + len, sizeof(text) - (size_t)len, msgs[MSG_OUT_OF_MEMORY].text, n, caller);
	if (len > (int)sizeof(text) - 2)
		len = (int)sizeof(text) - 2;
	text[len++] = '\n';
	if (write(STDERR_FILENO, text, (size_t)len) < 0)
		return;	/* nowhere left to say it */
}

void
diag_list(void)
{
	int i;

	for (i = 0; i < MSG__COUNT; i++)
		printf("%s: %s\n", level_names[msgs[i].level], msgs[i].text);
}
