/* Meaning checks of an agreement's document control: its decisions
 * against its date and period, its version against its history, and
 * its annexes (ids, numbers, what they hold) and the blocks that print
 * the history and the annex list.  Part of validate_agreement. */
#include <string.h>

#include "diag.h"
#include "format.h"
#include "model.h"
#include "validate_doc.h"

static void
check_decisions(const struct agreement *ag)
{
	const struct decision *d;
	char when[16], limit[16];

	for (d = ag->decisions; d != NULL; d = d->next) {
		if (d->date.y == 0)
			continue;
		date_format_iso(d->date, when, sizeof(when));
		/* after the end: a mistyped year (a later change is decided
		 * while the agreement runs) */
		if (ag->to.y != 0 && date_compare(d->date, ag->to) > 0) {
			date_format_iso(ag->to, limit, sizeof(limit));
			diag(ag->path, d->line, MSG_DECISION_AFTER_PERIOD, d->body, when, limit);
		} else if (ag->date.y != 0 && date_compare(d->date, ag->date) > 0) {
			/* normal for a later change, odd for the approval */
			date_format_iso(ag->date, limit, sizeof(limit));
			diag(ag->path, d->line, MSG_DECISION_AFTER_DATE, d->body, when, limit);
		}
	}
}

static void
check_history(const struct agreement *ag)
{
	const struct version_change *v, *last = NULL;
	char when[16], before[16];

	for (v = ag->history; v != NULL; v = v->next) {
		if (last != NULL && v->date.y != 0 && last->date.y != 0 &&
		    date_compare(v->date, last->date) < 0) {
			date_format_iso(v->date, when, sizeof(when));
			date_format_iso(last->date, before, sizeof(before));
			diag(ag->path, v->line, MSG_HISTORY_ORDER, v->version, when, before);
		}
		last = v;
	}
	if (ag->version != NULL && last != NULL && strcmp(ag->version, last->version) != 0)
		diag(ag->path, ag->version_line, MSG_VERSION_NOT_LAST, ag->version, last->version);
}

/* The blocks that print data the agreement lacks (saying where that
 * data goes: <history> in the head, <annexes> after <text>), and those
 * an annex cannot hold (annex: NULL in the text). */
static int
check_blocks(const struct agreement *ag, const struct block *b, const struct annex *annex)
{
	int errors = 0;

	for (; b != NULL; b = b->next) {
		if (b->kind == BLOCK_VERSION_HISTORY && ag->history == NULL) {
			diag(ag->path, b->line, MSG_BLOCK_WITHOUT_DATA, "version-history", "history",
			    diag_word("in the head, after <decision> and <version>, before <purpose> and <parties>",
			    "i huvudet, efter <decision> och <version>, före <purpose> och <parties>"));
			errors++;
		}
		if (b->kind == BLOCK_ANNEX_LIST && ag->annexes == NULL) {
			diag(ag->path, b->line, MSG_BLOCK_WITHOUT_DATA, "annex-list", "annexes",
			    diag_word("after <text>", "efter <text>"));
			errors++;
		}
		if (annex != NULL && (b->kind == BLOCK_SIGNATURES || b->kind == BLOCK_TOC)) {
			diag(ag->path, b->line, MSG_ANNEX_BLOCK,
			    b->kind == BLOCK_TOC ? "toc" : "signatures", annex->number);
			errors++;
		}
		/* what count_blocks (validate.c) checks in the text */
		if (annex != NULL && b->kind == BLOCK_SECTION && rich_empty(&b->text)) {
			diag(ag->path, b->line, MSG_EMPTY_TEXT, "heading");
			errors++;
		}
		if (annex != NULL && b->kind == BLOCK_PAYMENT && b->payment->month > 12) {
			diag(ag->path, b->line, MSG_MONTH, (long)b->payment->month);
			errors++;
		}
		errors += check_blocks(ag, b->children, annex);
	}
	return errors;
}

static int
check_annexes(const struct agreement *ag)
{
	const struct annex *a, *b;
	int errors = 0;

	for (a = ag->annexes; a != NULL; a = a->next) {
		for (b = ag->annexes; b != a; b = b->next) {
			if (strcmp(a->id, b->id) == 0) {
				diag(ag->path, a->line, MSG_DUP_ANNEX, "id", a->id);
				errors++;
			}
			if (strcmp(a->number, b->number) == 0) {
				diag(ag->path, a->line, MSG_DUP_ANNEX, diag_word("number", "nummer"), a->number);
				errors++;
			}
		}
		if (a->attached && a->text == NULL)
			diag(ag->path, a->line, MSG_ANNEX_EMPTY, a->number);
		if (!a->attached && a->unread_line != 0)
			diag(ag->path, a->unread_line, MSG_ANNEX_TEXT_NOT_ATTACHED, a->number);
		errors += check_blocks(ag, a->text, a);
	}
	return errors;
}

int
validate_doc_control(const struct agreement *ag)
{
	int errors;

	check_decisions(ag);
	check_history(ag);
	errors = check_blocks(ag, ag->text, NULL);
	errors += check_annexes(ag);
	return errors;
}
