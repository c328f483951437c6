/* The typographic pass (issue 14): Swedish quotes, dashes and no-break
 * spaces over a document's text before layout, as Svenska skrivregler
 * and a kommun's own documents have them.  One job: text in, text out;
 * it knows nothing of pages or fonts.  Included by the builders that
 * finish a document (build_agreement.c, build_followup.c) and the unit
 * tests. */
#ifndef IOPDOC_TYPO_H
#define IOPDOC_TYPO_H

#include <stdbool.h>

struct doc;

/* s (UTF-8) set as Swedish prints it, in memory the caller frees:
 *  - straight quotes '"' to U+201D on both sides, "'" to U+2019 (in
 *    another language, english: U+201C/U+201D and U+2018/U+2019 by
 *    their side of the word);
 *  - an en dash (U+2013) in a range of numbers or years ("2017-2018",
 *    "10 – 20" to "2017–2018", "10–20"; the two ends decide: years
 *    1900-2100 or numbers below 1000 without a leading 0, the second
 *    larger, no third group) and of months ("jan - okt" to "jan–okt"),
 *    and for a lone hyphen between words (" - " to " – ");
 *  - U+00A0 NO-BREAK SPACE where a line must not break: inside amounts'
 *    digit groups ("600 000"), between a number and its unit ("kr",
 *    "%", "st", "tkr", "mnkr", "timmar", "tim", ...; "2%" to "2 %"),
 *    a day and its month ("31 januari"), "org. nr", "nr", "§" and the
 *    like before a number, a register's letters and number ("KS
 *    2021/456"), a phone number's groups ("031-390 06 12"), a postal
 *    code ("581 83"), and before a spaced dash ("2027-01-01 –").
 * Never touched: URLs and e-mail addresses, ISO dates, organisations-
 * and personnummer, phone numbers' hyphens, diarienummer, compounds
 * with a hyphen. */
char	*typo_apply(const char *s, bool swedish);
/* The pass over every text of d that is printed (paragraphs, headings,
 * list items, cells, captions, signature blocks, charts, the running
 * header and footer), each node in its own language. */
void	 typo_doc(struct doc *d);

#endif
