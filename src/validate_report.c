/* The checks of a report file (model_report.h): its nämnd and year,
 * that the nämnd is one an agreement names, one file per nämnd and year,
 * its authors' names, its dates, alone and against the follow-ups the
 * report uses, and what it leaves out.  README "The report file". */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "calc.h"
#include "corpus.h"
#include "diag.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "model_report.h"
#include "utf8.h"
#include "validate.h"

/* Whether any agreement was read with the report file, with or without
 * errors: none means it was checked alone, and its nämnd cannot be
 * looked for. */
static bool
any_agreement(const struct corpus *c)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->docs[i].type == INPUT_AGREEMENT)
			return true;
	return false;
}

/* The nämnd ids the checked agreements of the corpus name, "a, b". */
static void
known_namnds(const struct corpus *c, const bool *valid, struct buf *known)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;
		const struct namnd_ref *nr;

		if (c->docs[i].type != INPUT_AGREEMENT || (valid != NULL && !valid[i]))
			continue;
		for (nr = ag->namnd; nr != NULL; nr = nr->next) {
			const char *id = nr->id, *at;
			size_t len = strlen(id);
			bool seen = false;

			/* each once, compared as a whole item of the list */
			for (at = known->data; at != NULL && (at = strstr(at, id)) != NULL; at += len)
				if ((at == known->data || at[-1] == ' ') &&
				    (at[len] == ',' || at[len] == '\0'))
					seen = true;
			if (!seen)
				buf_printf(known, "%s%s", known->len > 0 ? ", " : "", id);
		}
	}
}

static const struct namnd_ref *
find_namnd(const struct corpus *c, const bool *valid, const char *id, bool *covered, int year)
{
	const struct namnd_ref *found = NULL;
	size_t i;

	*covered = false;
	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;
		const struct namnd_ref *nr;

		if (c->docs[i].type != INPUT_AGREEMENT || (valid != NULL && !valid[i]) ||
		    (nr = report_agreement_namnd(ag, id)) == NULL)
			continue;
		found = nr;
		if (report_has_agreement(ag, id, year))
			*covered = true;
	}
	return found;
}

/* The checks a report file needs no other file for. */
static int
validate_report_alone(struct report_info *ri, const char *known)
{
	const struct report_author *a;
	int errors = 0;
	char d1[32], d2[32];

	if (ri->namnd == NULL) {
		diag(ri->path, ri->namnd_line, MSG_RF_NO_NAMND, known);
		errors++;
	}
	if (ri->year == 0) {
		diag(ri->path, ri->namnd_line, MSG_RF_NO_YEAR);
		errors++;
	}
	for (a = ri->authors; a != NULL; a = a->next)
		if (a->name == NULL) {
			diag(ri->path, a->line, MSG_RF_AUTHOR_NO_NAME);
			errors++;
		}
	/* A yearly report is written after its year; one dated inside it
	 * is likely a slip of the date or of year=. */
	if (ri->date.y != 0 && ri->year != 0 && ri->date.y <= ri->year) {
		date_format_iso(ri->date, d1, sizeof(d1));
		diag(ri->path, ri->date_line, MSG_RF_DATE_EARLY, d1, ri->year);
	}
	if (ri->date.y != 0 && ri->meeting.y != 0 && date_compare(ri->meeting, ri->date) < 0) {
		date_format_iso(ri->meeting, d1, sizeof(d1));
		date_format_iso(ri->date, d2, sizeof(d2));
		diag(ri->path, ri->meeting_line, MSG_RF_MEETING_EARLY, d1, d2);
	}
	return errors;
}

/* A warning for each follow-up the report uses (a source of one of its
 * agreements, model_report.h) that is dated after the report: the report
 * would describe a document that did not exist on its date. */
void
validate_report_sources(const struct corpus *c, const bool *valid, const struct report_info *ri)
{
	char rd[32], fd[32];
	size_t i;

	if (ri->date.y == 0 || ri->namnd == NULL || ri->year == 0)
		return;
	date_format_iso(ri->date, rd, sizeof(rd));
	for (i = 0; i < c->n; i++) {
		const struct followup *f = c->docs[i].followup;
		struct buf named = { NULL, 0, 0 };

		if (c->docs[i].type != INPUT_FOLLOWUP || (valid != NULL && !valid[i]) ||
		    f->agreement == NULL || f->date.y == 0 ||
		    !report_has_agreement(f->agreement, ri->namnd, ri->year) ||
		    !report_followup_is_source(f, ri->year) || date_compare(f->date, ri->date) <= 0)
			continue;
		/* by kind as the file writes it, and title */
		buf_adds(&named, model_followup_kind_name(f->kind));
		if (f->title != NULL)
			buf_printf(&named, " \"%s\"", f->title);
		date_format_iso(f->date, fd, sizeof(fd));
		diag(ri->path, ri->date_line, MSG_RF_BEFORE_SOURCE, rd, named.data, fd, f->path);
		buf_free(&named);
	}
}

/* One note for what the report file leaves out of what the report
 * prints (by the report's own headings): the report renders without it,
 * and only the checks say so. */
static void
left_out(const struct report_info *ri)
{
	struct buf b = { NULL, 0, 0 };

	if (ri->proposal == NULL)
		buf_adds(&b, diag_word("no <proposal>: the report prints no Förslag till beslut",
		    "ingen <proposal>: rapporten får inget Förslag till beslut"));
	if (ri->date_line == 0)
		buf_printf(&b, diag_word("%sno <date>: the report prints no Datum",
		    "%singen <date>: rapporten får inget Datum"), b.len > 0 ? "; " : "");
	if (ri->diarienummer == NULL)
		buf_printf(&b, diag_word("%sno <diarienummer>: the report prints no Diarienummer",
		    "%singet <diarienummer>: rapporten får inget Diarienummer"), b.len > 0 ? "; " : "");
	if (ri->authors == NULL)
		buf_printf(&b, diag_word("%sno <author>: the report prints no Handläggare",
		    "%singen <author>: rapporten får ingen Handläggare"), b.len > 0 ? "; " : "");
	if (b.len > 0)
		diag(ri->path, ri->line, MSG_RF_INCOMPLETE, b.data);
	buf_free(&b);
}

/* The count words a text may give agreements in, two to twelve (one is
 * "en" or "ett", too common to read as a count). */
static const char *const count_words[] = {
	"två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv",
};

/* What a text calls agreements, word by word, NULL-ended; those marked
 * plural say more than one without a count. */
static const struct {
	const char	*words[4];
	bool		 plural;
} agreement_nouns[] = {
	{ { "idéburna", "offentliga", "partnerskap", NULL }, false },
	{ { "idéburna", "offentliga", "partnerskapen", NULL }, true },
	{ { "överenskommelser", NULL }, false },
	{ { "överenskommelserna", NULL }, true },
	{ { "partnerskap", NULL }, false },
	{ { "partnerskapen", NULL }, true },
	{ { "IOP", NULL }, false },
};

/* The count a word gives, 2 to 12 in words or 1 to 999 in digits; 0:
 * none. */
static int
count_of(const char *w)
{
	size_t i, len = strlen(w);

	for (i = 0; i < sizeof(count_words) / sizeof(count_words[0]); i++)
		if (utf8_casecmp(w, count_words[i]) == 0)
			return (int)i + 2;
	if (len == 0 || len > 3 || strspn(w, "0123456789") != len)
		return 0;
	return atoi(w);
}

/* Splits s in place into its words (letters, digits, bytes of UTF-8
 * letters; a no-break space parts them as a space does), at most max. */
static size_t
split_words(char *s, char **words, size_t max)
{
	size_t n = 0;
	unsigned char *p = (unsigned char *)s;

	while (*p != '\0') {
		if (p[0] == 0xC2 && p[1] == 0xA0) {
			*p++ = '\0';
			*p++ = '\0';
			continue;
		}
		if (*p < 0x80 && !isalnum(*p) && *p != '-') {
			*p++ = '\0';
			continue;
		}
		if (n < max)
			words[n++] = (char *)p;
		while (*p != '\0' && !(p[0] == 0xC2 && p[1] == 0xA0) &&
		    (*p >= 0x80 || isalnum(*p) || *p == '-'))
			p++;
	}
	return n;
}

/* How many of the agreements k of the words at i names (the noun's
 * length; 0: none). */
static size_t
noun_at(char **words, size_t n, size_t i, size_t *k)
{
	size_t a, j;

	for (a = 0; a < sizeof(agreement_nouns) / sizeof(agreement_nouns[0]); a++) {
		for (j = 0; agreement_nouns[a].words[j] != NULL && i + j < n &&
		    utf8_casecmp(words[i + j], agreement_nouns[a].words[j]) == 0; j++)
			;
		if (agreement_nouns[a].words[j] == NULL) {
			*k = a;
			return j;
		}
	}
	return 0;
}

/* A warning for each paragraph of the kommun's own text that counts
 * agreements otherwise than the report: "fyra idéburna offentliga
 * partnerskap" beside three agreements, or "överenskommelserna" beside
 * one, each as written.  The text is the kommun's and printed as
 * written (review s26). */
static void
text_counts(const struct report_info *ri, const char *where, const struct block *bl,
    const char *name, size_t nags)
{
	struct buf said = { NULL, 0, 0 };
	char *plain, **words, covers[64];
	size_t n, i, len, k, max, nsaid;

	if (nags == 1)
		snprintf(covers, sizeof(covers), "%s", diag_word("one agreement", "en överenskommelse"));
	else
		snprintf(covers, sizeof(covers), diag_word("%zu agreements", "%zu överenskommelser"), nags);
	for (; bl != NULL; bl = bl->next) {
		text_counts(ri, where, bl->children, name, nags);
		if (bl->text.first == NULL)
			continue;
		plain = rich_plain(ri->arena, &bl->text);
		max = strlen(plain) / 2 + 2;
		words = xcalloc(max, sizeof(*words));
		n = split_words(plain, words, max);
		nsaid = 0;
		buf_reset(&said);
		for (i = 0; i < n; i++) {
			int count = i + 1 < n ? count_of(words[i]) : 0;

			if (count > 0 && (len = noun_at(words, n, i + 1, &k)) > 0 &&
			    (size_t)count != nags)
				len++;
			else if ((len = noun_at(words, n, i, &k)) > 0 && agreement_nouns[k].plural &&
			    nags == 1 && (i == 0 || count_of(words[i - 1]) == 0))
				;
			else
				continue;
			/* what it says, as written: "A", "A" and "B", … */
			if (nsaid > 0)
				buf_adds(&said, ", ");
			buf_addc(&said, '"');
			for (k = 0; k < len; k++)
				buf_printf(&said, "%s%s", k > 0 ? " " : "", words[i + k]);
			buf_addc(&said, '"');
			nsaid++;
			i += len - 1;
		}
		if (nsaid > 0)
			diag(ri->path, bl->line, MSG_RF_TEXT_COUNT, where, said.data, name, ri->year,
			    covers);
		free(words);
	}
	buf_free(&said);
}

/* The agreements the report of the file's nämnd and year covers, each
 * read twice once (corpus_same_agreement), and the warnings of its
 * texts that count them otherwise. */
static void
validate_report_texts(const struct corpus *c, const bool *valid, const struct report_info *ri)
{
	const struct namnd_ref *nd = NULL;
	const char *name;
	size_t i, k, nags = 0;

	for (i = 0; i < c->n; i++) {
		const struct agreement *ag = c->docs[i].agreement;

		if (c->docs[i].type != INPUT_AGREEMENT || (valid != NULL && !valid[i]) ||
		    !report_has_agreement(ag, ri->namnd, ri->year))
			continue;
		if (nd == NULL)
			nd = report_agreement_namnd(ag, ri->namnd);
		for (k = 0; k < i; k++)
			if (c->docs[k].type == INPUT_AGREEMENT && (valid == NULL || valid[k]) &&
			    report_has_agreement(c->docs[k].agreement, ri->namnd, ri->year) &&
			    corpus_same_agreement(c->docs[k].agreement, ag))
				break;
		nags += k == i;
	}
	if (nags == 0)
		return;
	name = nd != NULL && nd->name != NULL ? nd->name : ri->namnd;
	text_counts(ri, "introduction", ri->introduction, name, nags);
	text_counts(ri, "analysis", ri->analysis, name, nags);
	text_counts(ri, "conclusions", ri->conclusions, name, nags);
}

int
validate_report_own(struct report_info *ri)
{
	ri->errors = validate_report_alone(ri, diag_word("see the agreements' <responsible-namnd id=\"...\">",
	    "se överenskommelsernas <responsible-namnd id=\"...\">"));
	return ri->errors;
}

int
validate_report(const struct corpus *c, size_t idx, const bool *valid)
{
	struct report_info *ri = c->docs[idx].report;
	const struct namnd_ref *nd;
	struct buf known = { NULL, 0, 0 };
	bool covered;
	size_t k;
	int errors;

	known_namnds(c, valid, &known);
	errors = validate_report_alone(ri, known.data != NULL ? known.data : diag_word("none", "inga"));
	if (ri->namnd != NULL) {
		nd = find_namnd(c, valid, ri->namnd, &covered, ri->year);
		if (nd == NULL && !any_agreement(c)) {
			/* nothing to compare with: a report file checked alone */
			diag(ri->path, ri->namnd_line, MSG_RF_NO_AGREEMENTS, ri->namnd);
			errors++;
		} else if (nd == NULL) {
			diag(ri->path, ri->namnd_line, MSG_RF_UNKNOWN_NAMND, ri->namnd,
			    known.data != NULL ? known.data : diag_word("none", "inga"));
			errors++;
		} else if (ri->year != 0 && !covered) {
			diag(ri->path, ri->namnd_line, MSG_RF_YEAR_UNCOVERED,
			    nd->name != NULL ? nd->name : nd->id, ri->year);
		}
	}
	buf_free(&known);
	validate_report_sources(c, valid, ri);
	if (ri->namnd != NULL && ri->year != 0)
		validate_report_texts(c, valid, ri);
	if (ri->namnd != NULL && ri->year != 0)
		for (k = 0; k < idx; k++) {
			const struct report_info *o = c->docs[k].report;

			if (c->docs[k].type == INPUT_REPORT && o->namnd != NULL &&
			    o->year == ri->year && strcmp(o->namnd, ri->namnd) == 0) {
				diag(ri->path, ri->namnd_line, MSG_RF_TWICE, ri->namnd, ri->year,
				    o->path);
				errors++;
				break;
			}
		}
	/* a file with errors is left out whole, which its errors say */
	if (errors == 0)
		left_out(ri);
	ri->errors = errors;
	return errors;
}

const struct report_info *
report_file_for(const struct corpus *c, const bool *usable, const char *namnd, int year,
    bool note)
{
	const struct report_info *found = NULL;
	bool bad = false;
	size_t i;

	for (i = 0; i < c->n; i++) {
		const struct report_info *ri = c->docs[i].report;

		if (c->docs[i].type != INPUT_REPORT || ri->namnd == NULL ||
		    ri->year != year || strcmp(ri->namnd, namnd) != 0)
			continue;
		if (usable[i] && found == NULL) {
			found = ri;
			continue;
		}
		if (!usable[i]) {
			diag(NULL, 0, MSG_RF_IGNORED, ri->path, namnd, year);
			bad = true;
		}
	}
	if (found == NULL && !bad && note)
		diag(NULL, 0, MSG_RF_MISSING, namnd, year);
	return found;
}
