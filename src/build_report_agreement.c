/* One agreement's section of the nämnd report: what it is and its
 * sources, its purpose, the year's economy, its goals beside their
 * outcomes, the other outcomes reported, and the follow-up meetings and
 * activities of the year. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "build_common.h"
#include "build_report_int.h"
#include "calc.h"
#include "doc.h"
#include "format.h"
#include "limit.h"
#include "mem.h"
#include "model.h"
#include "utf8.h"

/* A small fixed set a nämnd knows (review s22: seven terms beside the
 * organisations' own, no legend): a yearly target not judgeable yet, on
 * part of the year or in a year the agreement covers in part, "Bedöms
 * senare"; an outcome without a target to judge it by "Följs upp i
 * text", as a goal without a measure is; the less obvious ones explained
 * under the table (status_legend). */
const char *const report_status_names[] = {
	[GOAL_MET] = "Uppnått",
	[GOAL_NOT_MET] = "Ej uppnått",
	[GOAL_NOT_REPORTED] = "Ej rapporterat",
	[GOAL_NO_TARGET] = "Följs upp i text",
	[GOAL_UNJUDGED] = "Kan inte bedömas",
	/* a yearly target in a year the agreement covers in part: no full
	 * year's outcome can come, so not "Helårsutfall saknas" (review H,
	 * Vallby 2023 Nystart, July-December); the sentence under the
	 * table says why it is not judged */
	[GOAL_WHOLE_YEAR] = "Gäller helår",
	[GOAL_PART_JUDGED] = "Uppnått (mätbar del)",
	/* the agreement's last part year: said why under the table */
	[GOAL_ENDED] = "Kan inte bedömas",
	[GOAL_NOT_YET] = "Helårsutfall saknas",
};
_Static_assert(sizeof(report_status_names) / sizeof(report_status_names[0]) == GOAL_NOT_YET + 1,
    "a goal status without its name");

/* "gällde" of the report's year and the years before it, which are
 * past at the report's date; "gäller" of a later year, which still
 * holds (review r8: "Överenskommelsen gällde 1 juli–31 december 2023
 * ... Överenskommelsen gäller 1 januari–30 juni 2028" in one note of
 * the 2028 report). */
const char *
report_held(const struct rep *r, int year)
{
	return year <= r->year ? "gällde" : "gäller";
}

/* The text in lower case (utf8_lower: "Ändamålet" as "ändamålet"), in
 * the arena. */
static char *
lowered(struct arena *a, const char *t)
{
	size_t n = strlen(t), i = 0, k;
	char *s = arena_alloc(a, n * 2 + 1), *o = s;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(t + i, n - i, &cp);
		if (k == 0) {
			*o++ = t[i++];
			continue;
		}
		o += utf8_encode(utf8_lower(cp), o);
		i += k;
	}
	*o = '\0';
	return s;
}

/* Whether a lower-cased text holds one of the lower-case words at the
 * start of a word ("syfte" in "Syftet med", not in "ansyfte"). */
static bool
has_word(const char *t, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++) {
		const char *s;

		for (s = t; (s = strstr(s, words[i])) != NULL; s++)
			if (s == t || s[-1] == ' ' || s[-1] == '(' || s[-1] == '"' ||
			    s[-1] == '-' || s[-1] == '\n')
				return true;
	}
	return false;
}

/* Whether a section's heading names the purpose: "Syfte", "Bakgrund och
 * syfte", "Ändamål", "Mål med överenskommelsen" (not "Mål" alone: the
 * goals). */
static bool
purpose_heading(const char *h)
{
	static const char *const words[] = { "syfte", "ändamål", "mål med", "målet med",
		"målsättning med", NULL };

	return has_word(h, words);
}

/* Whether a paragraph under a purpose heading states the purpose in
 * words ("Syftet med ...", "Partnerskapet syftar till", "ändamålet",
 * "har som mål att"). */
static bool
states_purpose(const char *t)
{
	static const char *const words[] = { "syfte", "syftar", "ändamål", "har som mål att",
		"har som syfte", "målet med", "mål med", NULL };

	return has_word(t, words);
}

/* Whether a paragraph anywhere in the agreement states the agreement's
 * own purpose: it starts "Syftet"/"Ändamålet", or says "syftet med" or
 * "ändamålet med" the agreement, partnership or work, "överenskommelsens
 * syfte", "... syftar till", "har som mål att".  Not a law's purpose in
 * a background ("Syftet med lagen är ...") nor "i syfte att" in a duty. */
static bool
states_own_purpose(const char *t)
{
	static const char *const starts[] = { "syfte", "ändamål", NULL };
	static const char *const subjects[] = { "överenskommelse", "partnerskap", "samverkan",
		"samarbete", "verksamhet", "insats", "projekt", "iop", NULL };
	static const char *const heads[] = { "syftet med ", "ändamålet med ", "målet med ", NULL };
	static const char *const after[] = { "syfte", "syftar", "övergripande syfte", NULL };
	static const char *const words[] = { "har som mål att", "har som syfte att",
		"har till syfte att", "har till ändamål att", NULL };
	size_t i, j, k;

	for (i = 0; starts[i] != NULL; i++)
		if (strncmp(t, starts[i], strlen(starts[i])) == 0)
			return true;
	if (has_word(t, words))
		return true;
	for (j = 0; subjects[j] != NULL; j++) {
		size_t m = strlen(subjects[j]);
		const char *s;

		for (i = 0; heads[i] != NULL; i++)
			for (s = t; (s = strstr(s, heads[i])) != NULL; s++)
				if (strncmp(s + strlen(heads[i]), subjects[j], m) == 0)
					return true;
		/* "Överenskommelsens syfte", "Partnerskapet syftar till" */
		for (s = t; (s = strstr(s, subjects[j])) != NULL; s++) {
			const char *e = s + m;

			while (*e != '\0' && *e != ' ')
				e++;
			for (k = 0; *e == ' ' && after[k] != NULL; k++)
				if (strncmp(e + 1, after[k], strlen(after[k])) == 0)
					return true;
		}
	}
	return false;
}

/* Whether a paragraph says what the parties mean to do or reach ("ska",
 * "vill", "för att", "verkar för"), not only how things are: under a
 * heading "Bakgrund och syfte" the background comes first ("... driver
 * sedan 2022 en familjecentral ..."), the aim after it ("Partnerskapet
 * ska ge ..."). */
static bool
states_aim(const char *t)
{
	static const char *const words[] = { "ska ", "skall ", "vill ", "för att ", "verkar för",
		"syftar", "bidra", "arbetar för", NULL };

	return has_word(t, words);
}

/* The paragraph that states the agreement's purpose, and whether it is
 * one (*is_purpose; false: the first paragraph, to be shown as what the
 * agreement is about, not as its purpose).  In order: under the first
 * heading that names the purpose, its first paragraph that says
 * "syfte"/"ändamål", else its first that states an aim (a background
 * paragraph before it is no purpose), else, under a heading of purpose
 * alone ("Syfte"), its first paragraph; then the first paragraph
 * anywhere that states the agreement's own purpose; then the first
 * paragraph.  NULL: no paragraph at all.  Quoted as written. */
const struct block *
report_purpose_block(struct arena *a, const struct block *text, bool *is_purpose)
{
	/* sections nest no deeper than the elements may (LIMIT_DEPTH) */
	const struct block *b, *stack[LIMIT_DEPTH], *own = NULL, *first = NULL;
	size_t n = 0;

	*is_purpose = true;
	for (b = text; b != NULL || n > 0; ) {
		if (b == NULL) {
			b = stack[--n]->next;
			continue;
		}
		if (b->kind == BLOCK_P) {
			char *t = lowered(a, rich_plain(a, &b->text));

			if (first == NULL)
				first = b;
			if (own == NULL && states_own_purpose(t))
				own = b;
		}
		if (b->kind == BLOCK_SECTION) {
			static const char *const background[] = { "bakgrund", NULL };
			char *h = lowered(a, rich_plain(a, &b->text));
			const struct block *c, *aim = NULL, *head = NULL;

			if (purpose_heading(h)) {
				for (c = b->children; c != NULL; c = c->next)
					if (c->kind == BLOCK_P) {
						char *t = lowered(a, rich_plain(a, &c->text));

						if (states_purpose(t))
							return c;
						if (aim == NULL && states_aim(t))
							aim = c;
						if (head == NULL)
							head = c;
					}
				if (aim != NULL)
					return aim;
				/* "Bakgrund och syfte" with background only
				 * is no purpose */
				if (head != NULL && !has_word(h, background))
					return head;
			}
			if (b->children != NULL && n < LIMIT_DEPTH) {
				stack[n++] = b;
				b = b->children;
				continue;
			}
		}
		b = b->next;
	}
	if (own != NULL)
		return own;
	*is_purpose = false;
	return first;
}

static const char *
goal_target(struct rep *r, const struct goal *g)
{
	if (g->comparison == CMP_MELLAN || g->has_percent || g->scale != SCALE_NONE)
		return report_goal_target_more(r, g);
	if ((g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && g->has_value) {
		char num[64];

		number_format(g->value, num, sizeof(num));
		/* the stated target only, also in a part year: the goal is
		 * judged on it (README "Goals") */
		return arena_printf(r->bd.a, "%s %s%s%s%s",
		    model_comparison_word(g->comparison), num,
		    report_unit(g->unit) != NULL ? " " : "",
		    report_unit(g->unit) != NULL ? g->unit : "",
		    g->per == PER_YEAR && g->has_per ? " per år" : "");
	}
	if (g->comparison == CMP_OKA || g->comparison == CMP_MINSKA || g->comparison == CMP_BIBEHALLA)
		return arena_printf(r->bd.a, "%s jämfört med %d", model_comparison_word(g->comparison),
		    r->year - 1);
	return "–";
}

/* The Målvärde column's words, for the goals the message names. */
const char *
report_goal_target(struct rep *r, const struct goal *g)
{
	return goal_target(r, g);
}

/* An outcome's figure with its unit; in the goal table (measure_unit)
 * a plain count ("st") names what it counts by the outcome's measure, as
 * the Övriga utfall's Mått column does (review s27, Linköping 2019: "71
 * (1 januari–31 oktober)" beside "14 deltagare"; the XML says "nya
 * Språkvänspår", unit "st"). */
static const char *
outcome_text(struct rep *r, const struct outcome *o, bool measure_unit)
{
	struct buf b = { NULL, 0, 0 };
	const char *s;

	if (o == NULL)
		return "–";
	report_add_count(&b, o->value);
	report_outcome_ratio(&b, o);
	if (report_unit(o->unit) != NULL)
		buf_printf(&b, " %s", o->unit);
	else if (measure_unit && o->unit != NULL && o->measure != NULL && *o->measure != '\0')
		buf_printf(&b, " %s", o->measure);
	report_outcome_percent(&b, o);
	if (o->has_women || o->has_men || o->has_other || o->has_not_stated) {
		/* only the parts given: an absent figure is not a zero */
		const char *sep = " (";

		if (o->has_women) {
			report_add_part(&b, sep, o->women, o->children ? "flickor" : "kvinnor");
			sep = ", ";
		}
		if (o->has_men) {
			report_add_part(&b, sep, o->men, o->children ? "pojkar" : "män");
			sep = ", ";
		}
		if (o->has_other) {
			/* what the category means (review H, Sjöberg 2024: "2 annat") */
			report_add_part(&b, sep, o->other, "annat kön");
			sep = ", ";
		}
		if (o->has_not_stated)
			report_add_part(&b, sep, o->not_stated, "har inte angett kön");
		buf_addc(&b, ')');
	}
	/* part of the year: the period column says which (review s26) */
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

/* The figure and unit alone, for the tables with a Mått column. */
static const char *
outcome_text_plain(struct rep *r, const struct outcome *o)
{
	return outcome_text(r, o, false);
}

/* The Utfall cell of a goal: a change on the year before shows that
 * year's figure it is judged against, "102 träffar (2022: 88 träffar)" (review
 * r20: "Uppnått" beside 102 with no 2022 figure in the row). */
static const char *
outcome_beside(struct rep *r, const struct goal *g, const struct outcome *now,
    const struct outcome *before)
{
	struct buf b = { NULL, 0, 0 };
	const char *s = outcome_text(r, now, true), *t;

	/* part of the year, in a table without a period column: which
	 * part, in words ("71 (1 januari–31 oktober)"; review s26) */
	if (now != NULL && (now->to.m != 12 || now->to.d != 31)) {
		const char *span = report_day_span(r, now->from, now->to);
		size_t len = strlen(s);

		s = s[len - 1] == ')' ? arena_printf(r->bd.a, "%.*s; %s)", (int)(len - 1), s, span) :
		    arena_printf(r->bd.a, "%s (%s)", s, span);
	}
	if (now == NULL || before == NULL || (g->comparison != CMP_OKA &&
	    g->comparison != CMP_MINSKA && g->comparison != CMP_BIBEHALLA))
		return s;
	report_add_count(&b, before->value);
	report_outcome_ratio(&b, before);
	if (report_unit(before->unit) != NULL)
		buf_printf(&b, " %s", before->unit);
	t = arena_printf(r->bd.a, "%s%s%d: %s%s", s, s[strlen(s) - 1] == ')' ? "; " : " (",
	    r->year - 1, b.data, s[strlen(s) - 1] == ')' ? "" : ")");
	buf_free(&b);
	return t;
}

/* Whether a party's Ekonomi remark says the part of the year the
 * agreement covers (a monthly amount counts the months already). */
static bool
part_year_row(const struct year_amount *ya)
{
	return ya->partial && ya->valued && (ya->base != 0 || ya->monthly == 0);
}

/* The words of party p's part year (report_adjust_prorated); NULL when
 * its row says no part year. */
static const char *
part_tail(struct rep *r, const struct agreement *ag, const struct party *p)
{
	struct year_amount ya;
	struct buf scratch = { NULL, 0, 0 };
	const char *s;

	if (calc_party_year(ag, p, r->year, &ya) != CALC_OK || !part_year_row(&ya))
		return NULL;
	/* the money paid on its days named in the row, with its kronor,
	 * when the row lists its parts (review s26: said once) */
	r->econ_items = report_econ_items(r, ag, p, &ya, NULL, &scratch);
	buf_free(&scratch);
	s = report_adjust_prorated(r, ag, p, &ya);
	r->econ_items = false;
	return s;
}

/* The part year's words once for each group of parties that share them,
 * under the table: "Ekdala kommun, Bruksby kommun, Region Exempelland och
 * Samordningsförbundet Ekdala betalade inget ut 2025 (…). För Föreningen
 * Steget Ekdala är beloppet budgeten för 2025.", never the same sentence
 * in every row (review r20, Bruksby 2025); n parties have a figure,
 * nparts of them a part year. */
static void
part_groups(struct rep *r, const struct agreement *ag, size_t n, size_t nparts, struct buf *once)
{
	const struct party *p, *q;
	const char *tail, *other;

	/* in the report's order of the parties, the own kommun first */
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		struct buf names = { NULL, 0, 0 };
		size_t count = 0, k = 0;
		bool seen = false;

		if ((tail = part_tail(r, ag, p)) == NULL)
			continue;
		for (q = report_party_next(r, ag, NULL); q != p && !seen;
		    q = report_party_next(r, ag, q))
			seen = (other = part_tail(r, ag, q)) != NULL && strcmp(other, tail) == 0;
		if (seen)
			continue;
		for (q = p; q != NULL; q = report_party_next(r, ag, q))
			count += (other = part_tail(r, ag, q)) != NULL && strcmp(other, tail) == 0;
		for (q = p; q != NULL; q = report_party_next(r, ag, q))
			if ((other = part_tail(r, ag, q)) != NULL && strcmp(other, tail) == 0) {
				buf_printf(&names, "%s%s", k == 0 ? "" : k + 1 == count ? " och " : ", ",
				    q->name);
				k++;
			}
		report_part_sentence(once, count == nparts && nparts == n ? "alla parter" :
		    names.data, tail);
		buf_free(&names);
	}
}

static void
economy(struct rep *r, const struct agreement *ag, const struct ag_amounts *am)
{
	const struct party *p;
	struct year_amount ya;
	struct doc_table *tb;
	struct buf once = { NULL, 0, 0 }, under = { NULL, 0, 0 };
	size_t n = 0, row = 1, nparts = 0, nparties = 0;
	const char *split = NULL;
	bool same_split = true, estimated = false;

	report_heading(r, arena_printf(r->bd.a, "Ekonomi %d", r->year), 3, false);
	r->part_year_said = false;
	/* report_add_up_amounts has computed every amount: none overflows here */
	for (p = ag->parties; p != NULL; p = p->next) {
		nparties++;
		if (calc_party_year(ag, p, r->year, &ya) != CALC_OK)
			continue;
		n++;
		nparts += part_year_row(&ya);
		/* the year split, when every party's is the same */
		same_split &= split == NULL || strcmp(split, report_adjust_year_split(r, ag, &ya)) == 0;
		split = report_adjust_year_split(r, ag, &ya);
	}
	/* said once, under the table, not word for word in each row
	 * (review r20: Norrvik, Ekby UBN) */
	r->year_split_once = n > 1 && same_split && split != NULL && split[0] != '\0';
	r->part_year_under = nparts > 1;
	if (n == 0) {
		report_text(r, "Överenskommelsen anger inga belopp.");
		return;
	}
	/* every party a row: one without a budget for the year too */
	tb = build_table(&r->bd, 3, nparties + 2);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Part", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, arena_printf(r->bd.a, "Belopp %d", r->year), true,
	    DALIGN_RIGHT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Anmärkning", true, DALIGN_LEFT, 0);
	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p)) {
		struct buf note = { NULL, 0, 0 };
		const struct budget *bg;
		bool in_kind = false;

		if (calc_party_year(ag, p, r->year, &ya) != CALC_OK) {
			build_cell_text(&r->bd, tb, row, 0, arena_printf(r->bd.a, "%s (%s)", p->name,
			    report_party_label(r, ag, p)), false, DALIGN_LEFT, 0);
			build_cell_text(&r->bd, tb, row++, 1, "inget belopp angivet", false,
			    DALIGN_RIGHT, 0);
			continue;
		}
		for (bg = ag->budgets; bg != NULL; bg = bg->next)
			in_kind |= bg->party == p && bg->kind == BUDGET_IN_KIND;
		in_kind &= report_econ_pays_nothing(ag, p, &ya);
		/* the row's parts a line each, "Post: belopp (grund)"; what
		 * holds for the table once under it (review s26) */
		r->econ_under = &under;
		r->econ_items = report_econ_items(r, ag, p, &ya, in_kind ? "Insats i verksamheten" :
		    NULL, &note);
		if (r->econ_items && note.len > 0)
			buf_adds(&note, LINE_SEP);
		if (in_kind && !r->econ_items)
			buf_adds(&note, "insats i verksamheten, ingen utbetalning. ");
		report_adjust_note(r, &note, ag, p, &ya);
		report_econ_priced(r, &note, ag, p, ya.base_year);
		report_econ_monthly(r, &note, ag, p, &ya);
		report_econ_not_valued(&note, ag, p, ya.base_year, !ya.valued);
		report_econ_stated(r, &note, ag, p, ya.base_year, false);
		/* the part of the year once: in the row when one party's and
		 * the row says it in sentences, else under the table, once
		 * for each way of counting it */
		if (part_year_row(&ya) && nparts == 1 && r->econ_items) {
			struct buf u = { NULL, 0, 0 };

			buf_printf(&u, "Överenskommelsen %s %s. ", report_held(r, ya.to.y),
			    report_adjust_part_span(r, ya.from, ya.to));
			report_part_sentence(&u, NULL, report_adjust_prorated(r, ag, p, &ya));
			/* first under the table: the part of the year before
			 * what holds for it */
			if (under.data != NULL)
				buf_adds(&u, under.data);
			buf_free(&under);
			under = u;
		} else if (part_year_row(&ya) && nparts == 1) {
			buf_printf(&note, "Överenskommelsen %s %s. ", report_held(r, ya.to.y),
			    report_adjust_part_span(r, ya.from, ya.to));
			report_part_sentence(&note, NULL, report_adjust_prorated(r, ag, p, &ya));
		}
		if (part_year_row(&ya) && nparts > 1 && once.data == NULL)
			buf_printf(&once, "Överenskommelsen %s %s", report_held(r, ya.to.y),
			    report_adjust_part_span(r, ya.from, ya.to));
		r->part_year_said |= part_year_row(&ya);
		build_cell_text(&r->bd, tb, row, 0, arena_printf(r->bd.a, "%s (%s)", p->name,
		    report_party_label(r, ag, p)), false, DALIGN_LEFT, 0);
		/* an estimate marked as on page 1 (review s27) */
		estimated |= report_party_estimated(ag, p, &ya);
		build_cell_text(&r->bd, tb, row, 1, ya.valued ? arena_printf(r->bd.a, "%s%s",
		    build_money(&r->bd, ya.amount, false), report_party_estimated(ag, p, &ya) ?
		    " (uppskattat)" : "") :
		    report_party_lists_not_valued(ag, p, ya.base_year) ? REPORT_NOT_VALUED :
		    r->bd.t->label_budget_no_amount, false, DALIGN_RIGHT, 0);
		r->econ_items = false;
		/* no line break nor space at the end */
		while (note.len >= 3 && strcmp(note.data + note.len - 3, LINE_SEP) == 0)
			note.data[note.len -= 3] = '\0';
		if (note.data != NULL && note.len > 0) {
			/* drop the trailing space; start with a capital */
			if (note.data[note.len - 1] == ' ')
				note.data[--note.len] = '\0';
			if (note.data[0] == 'i' || note.data[0] == 'b')
				note.data[0] = (char)(note.data[0] - 'a' + 'A');
			build_cell_text(&r->bd, tb, row, 2, arena_strdup(r->bd.a, note.data), false,
			    DALIGN_LEFT, 0);
		}
		buf_free(&note);
		row++;
	}
	r->econ_under = NULL;
	tb->rows[row]->total = true;
	build_cell_text(&r->bd, tb, row, 0, "Summa", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, row, 1, am->has_kommun || am->has_ideburen ||
	    am->has_other_public ?
	    arena_printf(r->bd.a, "%s%s", build_money(&r->bd, am->total, false),
	    estimated ? " (uppskattat)" : "") : REPORT_NOT_VALUED, true, DALIGN_RIGHT, 0);
	build_table_block(&r->bd, tb)->keep_together = true;
	if (once.data != NULL) {
		buf_adds(&once, ". ");
		if (r->year_split_once)
			buf_printf(&once, "%s ", split);
		part_groups(r, ag, n, nparts, &once);
		/* no space after the last full stop */
		once.data[--once.len] = '\0';
	} else if (r->year_split_once)
		buf_adds(&once, split);
	/* why money paid in a part year counts whole: the rule, once, in the
	 * Bilaga (review s28: no payment-date justification per party) */
	/* one note under the table: what holds for it, each said once */
	if (under.data != NULL) {
		under.data[--under.len] = '\0';	/* the last space */
		if (once.data != NULL)
			buf_addc(&once, ' ');
		buf_adds(&once, under.data);
	}
	if (once.data != NULL)
		report_text(r, arena_strdup(r->bd.a, once.data));
	buf_free(&under);
	r->year_split_once = false;
	r->part_year_under = false;
	buf_free(&once);
	if (report_econ_stated_whole(r, ag) != NULL)
		report_text(r, arena_printf(r->bd.a, "Överenskommelsen %s.",
		    report_econ_stated_whole(r, ag)));
	/* budgets the payment terms do not pay in their year (review s22) */
	if (report_adjust_unpaid_budget(r, ag) != NULL)
		report_text(r, report_adjust_unpaid_budget(r, ag));
	report_compare_funding(r, ag);
	report_econ_lines(r, ag);
	report_econ_pools(r, ag);
	report_econ_costs(r, ag, am);
}

/* Each goal kind's heading word, in the order the table groups them. */
static const char *const kind_heads[] = {
	[GOAL_MAL] = "Mål",
	[GOAL_DELMAL] = "Delmål",
	[GOAL_EFFEKTMAL] = "Effektmål",
	[GOAL_LARANDEMAL] = "Lärandemål",
};
_Static_assert(sizeof(kind_heads) / sizeof(kind_heads[0]) == GOAL_KIND_COUNT,
    "a goal kind without its heading");

/* A goal with no outcome for the year and no assessment: named in one
 * sentence after the table, not a row of dashes. */
static bool
unreported(struct rep *r, const struct agreement *ag, const struct goal_row *row)
{
	return row->status == GOAL_NOT_REPORTED && report_assessment_text(r, ag, row->goal) == NULL;
}

/* How a goal is named in running text: by its full text, quoted, its
 * final full stop left out ("”Minst 40 ungdomar får sommarjobb”"), never
 * cut; a goal without a text by its measure and target, as the table
 * would show them: "om ungdomar med sommarjobb (minst 40 per år)". */
static const char *
goal_in_text(struct rep *r, const struct goal *g)
{
	const char *target;
	size_t len;

	if (g->text != NULL && *g->text != '\0')
		return arena_printf(r->bd.a, "\xE2\x80\x9D%.*s\xE2\x80\x9D",
		    report_len_without_stop(g->text), g->text);
	if (g->measure == NULL || *g->measure == '\0')
		return NULL;
	target = goal_target(r, g);
	if (strcmp(target, "–") == 0)
		return arena_printf(r->bd.a, "om %s", g->measure);
	/* the target as written, not the year's figure of a count per week
	 * ("(2 080 per år, …)") nor a part year's ("(för 1 juli–…)") */
	len = strcspn(target, "(;");
	while (len > 0 && target[len - 1] == ' ')
		len--;
	return arena_printf(r->bd.a, "om %s (%.*s)", g->measure, (int)len, target);
}

/* One goal without outcome in a sentence: "Inget utfall rapporterat
 * för 2023 för målet ”…”."; more, a sentence with their count and a
 * list of their texts (goal_bullets): "Inget utfall rapporterat för
 * 2022 för tre av målen:" (review s28, Sjöberg 2025: "… för målen ”A”
 * och ”B” samt effektmålet ”C”" read as one long list sentence).
 * Nothing in the report is numbered: each goal goes by its text. */
#define UNREPORTED_IN_SENTENCE	1

/* A goal left out of the table: one without an outcome to report
 * (in_text: without a measure or target, followed up in text,
 * report_goal_in_text), else one with a measure and no outcome. */
static bool
left_out(struct rep *r, const struct agreement *ag, const struct goal_row *row, bool in_text)
{
	return unreported(r, ag, row) && report_goal_in_text(r, ag, row) == in_text;
}

/* The lead (no final stop) and the goals a bullet each, in the table's
 * kind order; goals of several kinds each kind under a short lead of
 * its own ("Mål:", "Lärandemål:"), not a tag after every line (review
 * s28, Linköping 2019: "… (mål)", "… (lärandemål)"). */
static void
goal_bullets(struct rep *r, const char *lead, const struct goal *const *goals, size_t n)
{
	size_t has[GOAL_KIND_COUNT] = { 0 };
	size_t kind, i, kinds = 0;
	bool single = true;
	struct doc_node *list = NULL, *it;

	for (i = 0; i < n; i++)
		if (goal_in_text(r, goals[i]) != NULL && has[goals[i]->kind]++ == 0)
			kinds++;
	for (kind = 0; kind < GOAL_KIND_COUNT; kind++)
		single &= has[kind] <= 1;
	/* one goal of each kind: its kind the lead-in of its line
	 * ("Delmål: Varje elev …"), not a lead over one line */
	single &= kinds > 1;
	report_text(r, arena_printf(r->bd.a, "%s%s", lead, kinds > 1 && !single ? "." :
	    ":"))->keep_with_next = true;
	for (kind = 0; kind < GOAL_KIND_COUNT; kind++) {
		if (has[kind] == 0)
			continue;
		if (kinds > 1 && !single)
			report_text(r, arena_printf(r->bd.a, "%s:", kind_heads[kind]))->keep_with_next =
			    true;
		if (list == NULL || !single)
			list = build_list_node(&r->bd);
		for (i = 0; i < n; i++) {
			const char *t = goal_in_text(r, goals[i]);

			if (goals[i]->kind != kind || t == NULL)
				continue;
			/* a list item needs no quotation marks */
			if (strncmp(t, "\xE2\x80\x9D", 3) == 0)
				t = arena_printf(r->bd.a, "%.*s", (int)strlen(t) - 6, t + 3);
			it = build_item(&r->bd, list);
			it->align = DALIGN_LEFT;
			it->label = "\xE2\x80\xA2";
			if (single)
				doc_span(r->bd.doc, &it->text, arena_printf(r->bd.a, "%s: ",
				    kind_heads[kind]), FACE_REGULAR, 0);
			doc_span(r->bd.doc, &it->text, t, FACE_REGULAR, 0);
		}
	}
}

/* The goals' kind in lower case when the goals left out are of one
 * kind ("delmål": "för två av delmålen"), else "mål". */
static const char *
kind_word(struct rep *r, const struct goal_row *rows, size_t n, const struct agreement *ag,
    bool in_text)
{
	size_t i;
	int kind = -1;
	char *word;

	for (i = 0; i < n; i++) {
		if (!left_out(r, ag, &rows[i], in_text) || goal_in_text(r, rows[i].goal) == NULL)
			continue;
		if (kind >= 0 && kind != (int)rows[i].goal->kind)
			return "mål";
		kind = (int)rows[i].goal->kind;
	}
	word = arena_strdup(r->bd.a, kind_heads[kind < 0 ? GOAL_MAL : kind]);
	report_lower_first(word);
	return word;
}

static void
unreported_sentence(struct rep *r, const struct agreement *ag, const struct goal_row *rows,
    size_t n, bool in_text)
{
	struct buf b = { NULL, 0, 0 };
	size_t i, kind, kinds = 0, groups = 0, all = 0;

	for (kind = 0; kind < GOAL_KIND_COUNT; kind++)
		for (i = 0; i < n; i++)
			if (rows[i].goal->kind == kind && left_out(r, ag, &rows[i], in_text)) {
				kinds++;
				break;
			}
	for (i = 0; i < n; i++)
		all += left_out(r, ag, &rows[i], in_text) && goal_in_text(r, rows[i].goal) != NULL;
	if (all == 0)
		return;
	if (all > UNREPORTED_IN_SENTENCE) {
		const struct goal **list = xcalloc(all, sizeof(*list));
		size_t k = 0;
		char words[32];

		format_count_words(words, sizeof(words), (long long)all, true);
		/* without an outcome or an assessment no follow-up of the
		 * year speaks of them: said once, in the sentence that
		 * names them (review r20: "följs upp i text" and then
		 * "Ingen uppföljning …" read as a contradiction) */
		if (in_text && all == n)
			buf_printf(&b, "Underlaget har ingen uppföljning för %d av de %s målen, som "
			    "%s saknar mätbart målvärde och ska följas upp i text", r->year, words,
			    all == 2 ? "båda" : "alla");
		else if (in_text)
			buf_printf(&b, "Underlaget har ingen uppföljning för %d av de %s mål som "
			    "saknar mätbart målvärde och ska följas upp i text", r->year, words);
		else if (all == n)
			buf_printf(&b, "Inget utfall rapporterat för %d för något av de %s %sen",
			    r->year, words, kind_word(r, rows, n, ag, in_text));
		else
			buf_printf(&b, "Inget utfall rapporterat för %d för %s av %sen", r->year,
			    words, kind_word(r, rows, n, ag, in_text));
		for (i = 0; i < n; i++)
			if (left_out(r, ag, &rows[i], in_text) && goal_in_text(r, rows[i].goal) != NULL)
				list[k++] = rows[i].goal;
		goal_bullets(r, arena_strdup(r->bd.a, b.data), list, k);
		buf_free(&b);
		free(list);
		return;
	}
	if (!in_text)
		buf_printf(&b, "Inget utfall rapporterat för %d för ", r->year);
	for (kind = 0; kind < GOAL_KIND_COUNT; kind++) {
		size_t total = 0, m = 0;
		char *word;

		for (i = 0; i < n; i++)
			total += rows[i].goal->kind == kind && left_out(r, ag, &rows[i], in_text) &&
			    goal_in_text(r, rows[i].goal) != NULL;
		if (total == 0)
			continue;
		word = arena_strdup(r->bd.a, kind_heads[kind]);
		if (!in_text || groups > 0)
			report_lower_first(word);
		buf_printf(&b, "%s%s%s", groups == 0 ? "" : groups + 1 == kinds ? " samt " : ", ",
		    word, total == 1 ? "et" : "en");
		groups++;
		for (i = 0; i < n; i++) {
			const struct goal *g = rows[i].goal;
			const char *t = goal_in_text(r, g);

			if (g->kind != kind || !left_out(r, ag, &rows[i], in_text) || t == NULL)
				continue;
			buf_printf(&b, "%s%s", m == 0 ? " " : m + 1 == total ? " och " : ", ", t);
			m++;
		}
	}
	if (in_text)
		buf_printf(&b, " %s och ska följas upp i text; underlaget har ingen sådan "
		    "uppföljning för %d", all == 1 ? "saknar mätbart målvärde" :
		    "saknar mätbara målvärden", r->year);
	buf_addc(&b, '.');
	report_text(r, arena_strdup(r->bd.a, b.data));
	buf_free(&b);
}

/* Whose the Bedömning column is: the assessments come from written
 * reports (the organisation's own), from meetings (the parties'), or
 * from both.  *nsources and sources[] (room for n) get the follow-ups
 * they come from, each once, in date order. */
enum assessor { ASSESSOR_ORGANISATION, ASSESSOR_PARTIES, ASSESSOR_MIXED };

static enum assessor
assessment_sources(struct rep *r, const struct agreement *ag, const struct goal_row *rows,
    size_t n, const struct followup **sources, size_t *nsources)
{
	size_t i, k, reports = 0, meetings = 0;

	*nsources = 0;
	for (i = 0; i < n; i++) {
		const struct followup *f = report_assessment_source(r, ag, rows[i].goal);

		if (f == NULL)
			continue;
		for (k = 0; k < *nsources && sources[k] != f; k++)
			continue;
		if (k < *nsources)
			continue;
		/* in date order */
		for (k = *nsources; k > 0 && date_compare(sources[k - 1]->date, f->date) > 0; k--)
			sources[k] = sources[k - 1];
		sources[k] = f;
		(*nsources)++;
		if (followup_is_meeting(f))
			meetings++;
		else
			reports++;
	}
	return meetings == 0 ? ASSESSOR_ORGANISATION : reports == 0 ? ASSESSOR_PARTIES :
	    ASSESSOR_MIXED;
}

static const char *const assessor_columns[] = {
	[ASSESSOR_ORGANISATION] = "Organisationens bedömning",
	[ASSESSOR_PARTIES] = "Parternas bedömning",
	[ASSESSOR_MIXED] = "Bedömning i uppföljningen",
};

/* Under a goal table, the less obvious Status words its rows use, one
 * sentence each, in one paragraph: "”Bedöms senare” betyder att målet
 * gäller ett helt år och bedöms när utfallet för ett helt år finns."
 * (Uppnått (mätbar del) and Kan inte bedömas have their own sentences
 * naming the goal.)  NULL when none. */
static struct doc_node *
status_legend(struct rep *r, const struct agreement *ag, const struct goal_row *rows, size_t n)
{
	struct buf b = { NULL, 0, 0 };
	struct doc_node *p;
	bool later = false, partial = false, no_target = false, sp = false;
	size_t i;

	for (i = 0; i < n; i++) {
		if (unreported(r, ag, &rows[i]))
			continue;
		later |= rows[i].status == GOAL_WHOLE_YEAR;
		partial |= rows[i].status == GOAL_NOT_YET;
		no_target |= rows[i].status == GOAL_NO_TARGET;
	}
	/* one line for both: the report is written after its year, and an
	 * outcome for part of it below the year's target is not judged
	 * (review s23: "Bedöms senare" for an agreement that ended; review
	 * s28: two words a reader could not tell apart) */
	if (partial) {
		buf_adds(&b, "”Helårsutfall saknas” betyder att målet gäller ett helt år men att "
		    "utfallet bara gäller del av året och inte når helårets målvärde.");
		sp = true;
	}
	if (later) {
		buf_printf(&b, "%s”Gäller helår” betyder att målvärdet gäller ett helt år men att "
		    "överenskommelsen bara gällde del av året. Målet bedöms därför inte för året.",
		    sp ? " " : "");
		sp = true;
	}
	if (no_target)
		buf_printf(&b, "%s”Följs upp i text” betyder att målet inte har något målvärde att "
		    "jämföra utfallet med.", sp ? " " : "");
	if (b.data == NULL)
		return NULL;
	p = report_text(r, arena_strdup(r->bd.a, b.data));
	buf_free(&b);
	return p;
}

/* Under a table with a Bedömning column, once: which column is whose.
 * "Status visar om utfallet når målvärdet; bedömningen är
 * organisationens egen (resultatrapport 2024-03-20)." */
static struct doc_node *
assessment_note(struct rep *r, enum assessor who, const struct followup **sources,
    size_t nsources)
{
	struct buf b = { NULL, 0, 0 };
	struct doc_node *p;
	size_t k;

	buf_adds(&b, "Status visar om utfallet når målvärdet; ");
	if (who == ASSESSOR_ORGANISATION)
		buf_adds(&b, nsources == 1 ? "bedömningen är organisationens egen (" :
		    "bedömningarna är organisationens egna (");
	else if (who == ASSESSOR_PARTIES)
		buf_adds(&b, nsources == 1 ? "bedömningen är parternas (" :
		    "bedömningarna är parternas (");
	else
		buf_adds(&b, "bedömningarna är de som uppföljningarna gör (");
	for (k = 0; k < nsources; k++) {
		char *kind = arena_strdup(r->bd.a, report_kind_word(sources[k])), d[16];

		report_lower_first(kind);
		date_format_iso(sources[k]->date, d, sizeof(d));
		buf_printf(&b, "%s%s %s", k == 0 ? "" : k + 1 == nsources ? " och " : ", ", kind, d);
	}
	buf_adds(&b, ").");
	p = report_text(r, arena_strdup(r->bd.a, b.data));
	buf_free(&b);
	return p;
}

/* A measure joins a goal chart when its largest bar is at least this
 * fraction of the chart's largest: 96 participants beside 3 000 visits
 * on one axis is a bar too short to read, so each gets a chart of its
 * own scale. */
#define CHART_SCALE_RATIO	5.0

/* Whether the goal is charted: a count with a value to reach (a share
 * is a percent, on no count's axis; it stays in the table). */
static bool
charted(const struct goal *g)
{
	return (g->comparison == CMP_MINST || g->comparison == CMP_HOGST) && g->has_value &&
	    !g->has_percent;
}

/* The target a chart sets beside the outcome: the year's as the
 * agreement states it, in a year it covers in part too (the status is
 * judged against it, never against a prorated one). */
static bool
chart_target(const struct goal *g, long long *target)
{
	return calc_goal_year_target(g, target);
}

/* The larger of a charted goal's outcome and yearly target: what sets
 * its chart's scale. */
static double
chart_magnitude(const struct goal_row *row)
{
	long long target;
	double m = row->now != NULL ? (double)row->now->value : 0;

	if (chart_target(row->goal, &target) && (double)target > m)
		m = (double)target;
	return m;
}

/* "Målvärde och utfall": each charted goal's outcome beside its yearly
 * target, in the agreement's order.  Measures of much the same size
 * share a chart; one of a very different size gets its own (its title
 * naming its measures), so no bar is too short to read.  A chart with
 * fewer than two outcomes is left out: targets alone compare nothing,
 * and one outcome beside its target repeats the goal table. */
static void
goal_charts(struct rep *r, const struct goal_row *rows, size_t n)
{
	size_t *group, i, j, ngroups = 0, gi;
	double *top;

	if (n == 0)
		return;
	group = xcalloc(n, sizeof(*group));
	top = xcalloc(n, sizeof(*top));
	/* largest first: each goal joins the first chart whose largest bar
	 * it comes near, else starts one of its own */
	for (;;) {
		size_t best = n;

		for (i = 0; i < n; i++)
			if (charted(rows[i].goal) && group[i] == 0 &&
			    (best == n || chart_magnitude(&rows[i]) > chart_magnitude(&rows[best])))
				best = i;
		if (best == n)
			break;
		/* a goal of nothing but zeros goes in the first chart */
		for (j = 0; j < ngroups; j++)
			if (chart_magnitude(&rows[best]) * CHART_SCALE_RATIO >= top[j] ||
			    chart_magnitude(&rows[best]) <= 0)
				break;
		if (j == ngroups)
			top[ngroups++] = chart_magnitude(&rows[best]);
		group[best] = j + 1;
	}
	/* the charts in the order of their first goal */
	for (i = 0; i < n; i++) {
		struct doc_chart *ch;
		struct buf title = { NULL, 0, 0 };
		size_t k = 0, rowsof = 0, outcomes = 0;

		if (group[i] == 0 || top[group[i] - 1] < 0)
			continue;
		gi = group[i];
		top[gi - 1] = -1;	/* built */
		for (j = i; j < n; j++)
			if (group[j] == gi) {
				rowsof++;
				outcomes += rows[j].now != NULL;
			}
		/* one outcome beside its target is what the table beside it
		 * says: a chart compares two at least (review r7) */
		if (outcomes < 2)
			continue;
		ch = build_chart_new(&r->bd, "Målvärde och utfall", rowsof, 2);
		ch->series[0] = "Utfall";
		ch->series[1] = "Målvärde";
		buf_adds(&title, "Målvärde och utfall");
		for (j = i; j < n; j++) {
			const struct goal *g = rows[j].goal;
			long long target;
			char name[160];

			if (group[j] != gi)
				continue;
			/* a goal without a measure by its text's first clause, never
			 * by its id */
			report_goal_short_name(g->measure, g->text, 40, name, sizeof(name));
			ch->labels[k] = g->measure != NULL ? report_upper_first(r, g->measure) :
			    arena_strdup(r->bd.a, name);
			buf_printf(&title, "%s%s", k == 0 ? ": " : k + 1 == rowsof ? " och " : ", ", name);
			/* an outcome of part of the year says which part; a
			 * target per week, month or quarter that its year's is
			 * the förvaltning's conversion (review r7, Sjöberg) */
			{
				bool part = rows[j].now != NULL &&
				    (rows[j].now->to.m != 12 || rows[j].now->to.d != 31);
				bool scaled = g->scale != SCALE_NONE && chart_target(g, &target);
				char to[16];

				if (part)
					date_format_iso(rows[j].now->to, to, sizeof(to));
				if (part || scaled)
					ch->labels[k] = arena_printf(r->bd.a, "%s (%s%s%s%s)",
					    ch->labels[k], part ? "utfall t.o.m. " : "", part ? to : "",
					    part && scaled ? "; " : "",
					    scaled ? "målvärde omräknat per år" : "");
			}
			ch->values[k * 2] = rows[j].now != NULL ? (double)rows[j].now->value : 0;
			ch->present[k * 2] = rows[j].now != NULL;
			/* a count per week, month or quarter: the year's; none
			 * computed is no bar, never one of 0 */
			ch->present[k * 2 + 1] = chart_target(g, &target);
			ch->values[k * 2 + 1] = ch->present[k * 2 + 1] ? (double)target : 0;
			k++;
		}
		/* several charts: each title names its measures */
		if (ngroups > 1)
			ch->title = arena_strdup(r->bd.a, title.data);
		buf_free(&title);
		report_chart(r, ch);
	}
	free(group);
	free(top);
}

/* The goals the agreement judges over more than a year (horizon="long"),
 * apart from the year's: "De långsiktiga effektmålen följs upp på längre
 * sikt, inte år för år:" and their texts in a list; one in a sentence. */
static void
long_goals(struct rep *r, const struct agreement *ag)
{
	const struct goal **list;
	size_t n = report_long_goals(r, ag, &list), i, kinds = 0;
	bool seen[GOAL_KIND_COUNT] = { false };
	char *word;

	if (n == 0) {
		free(list);
		return;
	}
	for (i = 0; i < n; i++)
		if (!seen[list[i]->kind]) {
			seen[list[i]->kind] = true;
			kinds++;
		}
	/* one kind names it: "effektmålen"; several say "målen" */
	word = arena_strdup(r->bd.a, kinds == 1 ? kind_heads[list[0]->kind] : "Mål");
	report_lower_first(word);
	if (n == 1 && goal_in_text(r, list[0]) != NULL) {
		report_text(r, arena_printf(r->bd.a, "Det långsiktiga %set %s följs upp på längre "
		    "sikt, inte år för år.", word, goal_in_text(r, list[0])));
		free(list);
		return;
	}
	goal_bullets(r, arena_printf(r->bd.a, "De långsiktiga %sen följs upp på längre sikt, "
	    "inte år för år", word), list, n);
	free(list);
}

static void
goals(struct rep *r, const struct agreement *ag)
{
	struct goal_row *rows;
	size_t n = report_goal_rows(r, ag, &rows), i, nassessed = 0;
	size_t nunreported = 0, nshown, nkinds = 0, kind, row, npart, nstart = 0;
	bool grouped;
	size_t per_kind[GOAL_KIND_COUNT] = { 0 };
	struct doc_table *tb;
	struct doc_node *tbn, *legend;
	const struct followup **sources = NULL;
	size_t nsources = 0;
	enum assessor who = ASSESSOR_MIXED;

	report_heading(r, arena_printf(r->bd.a, "Mål och utfall %d", r->year), 3, false);
	if (n == 0) {
		report_text(r, ag->goals == NULL ? "Överenskommelsen anger inga mål." :
		    "Överenskommelsen anger inga mål för året.");
		long_goals(r, ag);
		free(rows);
		return;
	}
	/* the authors' assessments, where any, in a column of their own */
	for (i = 0; i < n; i++) {
		nassessed += report_assessment_text(r, ag, rows[i].goal) != NULL;
		/* and those of the agreement's last part year: a sentence
		 * each after the table too */
		nstart += report_goal_before_start(r, ag, &rows[i]) ||
		    rows[i].status == GOAL_ENDED;
		if (unreported(r, ag, &rows[i]))
			nunreported++;
		else
			nkinds += per_kind[rows[i].goal->kind]++ == 0;
	}
	nshown = n - nunreported;
	/* body text: in bold it read as a heading; said where there are
	 * goals to follow up only, "Överenskommelsen anger inga mål." says
	 * enough where none, and not where the sentences under it name
	 * every goal as without outcome ("Inget utfall rapporterat för 2025
	 * för något av de tre målen:" right after it, review s28) */
	if (!report_has_followup_in_year(r, ag)) {
		size_t listed = 0;

		for (i = 0; i < n; i++)
			listed += unreported(r, ag, &rows[i]) && goal_in_text(r, rows[i].goal) != NULL;
		if (listed < n)
			report_text(r, arena_printf(r->bd.a, "Ingen uppföljning rapporterad för %d.",
			    r->year));
	}
	/* the first column is always "Målformulering" (one term for one
	 * thing: review r7); a kind other than plain mål gets a row naming
	 * it, as each kind does when there are several */
	grouped = nkinds > 1 || (nkinds == 1 && per_kind[GOAL_MAL] == 0);
	if (nshown > 0) {
		/* grouped by kind, a row naming each kind */
		tb = build_table(&r->bd, nassessed > 0 ? 5 : 4, nshown + 1 + (grouped ? nkinds : 0));
		/* the Status column as wide as its words, a small fixed set
		 * ("Bedöms senare" no longer wraps as "Bedöms för helår" did) */
		tb->fixed[3] = true;
		if (nassessed > 0) {
			/* the column says whose judgement it is, the note under
			 * the table where it is from */
			sources = xcalloc(n, sizeof(*sources));
			who = assessment_sources(r, ag, rows, n, sources, &nsources);
			build_cell_text(&r->bd, tb, 0, 4, assessor_columns[who], true, DALIGN_LEFT, 0);
		}
		build_cell_text(&r->bd, tb, 0, 0, "Målformulering", true, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, 0, 1, "Målvärde", true, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, 0, 2, "Utfall", true, DALIGN_LEFT, 0);
		build_cell_text(&r->bd, tb, 0, 3, "Status", true, DALIGN_LEFT, 0);
		row = 1;
		for (kind = 0; kind < GOAL_KIND_COUNT; kind++) {
			if (per_kind[kind] == 0)
				continue;
			if (grouped) {
				struct doc_node *c = build_cell(tb, row, 0);
				size_t col;

				tb->rows[row]->group_label = true;
				c->colspan = tb->ncols;
				c->row_head = true;
				c->align = DALIGN_LEFT;
				for (col = 1; col < tb->ncols; col++)
					build_cell(tb, row, col)->covered = true;
				doc_span(r->bd.doc, &c->text, kind_heads[kind], FACE_BOLD, 0);
				row++;
			}
			for (i = 0; i < n; i++) {
				const struct goal *g = rows[i].goal;

				if (g->kind != kind || unreported(r, ag, &rows[i]))
					continue;
				build_cell_text(&r->bd, tb, row, 0, g->text, false, DALIGN_LEFT, g->line);
				build_cell_text(&r->bd, tb, row, 1, goal_target(r, g), false, DALIGN_LEFT, 0);
				build_cell_text(&r->bd, tb, row, 2, outcome_beside(r, g, rows[i].now,
				    rows[i].before), false, DALIGN_LEFT, 0);
				build_cell_text(&r->bd, tb, row, 3, report_status_names[rows[i].status],
				    rows[i].status == GOAL_MET || rows[i].status == GOAL_NOT_MET,
				    DALIGN_LEFT, 0);
				if (nassessed > 0) {
					const char *a = report_assessment_text(r, ag, g);

					build_cell_text(&r->bd, tb, row, 4, a != NULL ? a : "–", false,
					    DALIGN_LEFT, 0);
				}
				row++;
			}
		}
		tbn = build_table_block(&r->bd, tb);
		tbn->keep_together = true;
		/* the notes and the sentence on the goals left out go with the
		 * table */
		npart = report_part_judged_notes(r, rows, n, false);
		/* the legend kept with the table, whatever follows it */
		legend = status_legend(r, ag, rows, n);
		if (legend != NULL) {
			tbn->keep_with_next = true;
			tbn = legend;
		}
		tbn->keep_with_next = nunreported > 0 || nsources > 0 || npart > 0 || nstart > 0;
		if (nsources > 0)
			assessment_note(r, who, sources, nsources)->keep_with_next =
			    nunreported > 0 || npart > 0 || nstart > 0;
		free(sources);
		/* a target reached beside a condition not measured */
		report_part_judged_notes(r, rows, n, true);
		/* a change on a year before the agreement's start: why it
		 * is not judged, not "saknas" (review r20, Vallby 2022) */
		for (i = 0; i < n; i++)
			if (report_goal_before_start(r, ag, &rows[i]) &&
			    goal_in_text(r, rows[i].goal) != NULL)
				report_text(r, arena_printf(r->bd.a, "Målet %s kan inte bedömas "
				    "eftersom det jämför med %d, före överenskommelsens start.",
				    goal_in_text(r, rows[i].goal), r->year - 1))->keep_with_next =
				    nunreported > 0;
		/* a whole year's goal in the year the agreement ends: nothing
		 * judges it later (not "Bedöms senare"), and no target for the
		 * part is stated */
		for (i = 0; i < n; i++)
			if (rows[i].status == GOAL_ENDED && goal_in_text(r, rows[i].goal) != NULL)
				report_text(r, arena_printf(r->bd.a, "Målet %s gäller helår och kan "
				    "inte bedömas eftersom överenskommelsen slutade %04d-%02d-%02d. "
				    "Utfallet gäller bara del av året.", goal_in_text(r, rows[i].goal),
				    ag->to.y, ag->to.m, ag->to.d))->keep_with_next = nunreported > 0;
	}
	if (nunreported > 0) {
		unreported_sentence(r, ag, rows, n, false);
		unreported_sentence(r, ag, rows, n, true);
	}
	long_goals(r, ag);

	goal_charts(r, rows, n);
	report_compare_trends(r, ag, goal_target);
	free(rows);
}

/* Whether an outcome answers one of the year's goals (shown there). */
static bool
answers_goal(const struct goal_row *rows, size_t n, const struct outcome *o)
{
	size_t i;

	if (o->goal != NULL)
		return true;
	for (i = 0; i < n; i++)
		if (rows[i].goal->measure != NULL && utf8_casecmp(rows[i].goal->measure, o->measure) == 0)
			return true;
	return false;
}

/* Whether the split chart leaves outcome o out: another of its measure
 * in the year, split too, overlaps its period and ends later (review
 * r8: Lund 2019 drew 28 matchade deltagare for January–February and 54
 * for January–June, the first inside the second). The table keeps
 * both. */
static bool
split_superseded(const struct rep *r, const struct agreement *ag, const struct goal_row *rows,
    size_t nrows, const struct outcome *o)
{
	const struct followup *f;
	const struct outcome *p;
	size_t i = 0;

	while (report_next_followup(r, ag, &i, &f))
		for (p = f->outcomes; p != NULL; p = p->next)
			if (p != o && p->to.y == r->year && !p->cumulative &&
			    !answers_goal(rows, nrows, p) && (p->has_women || p->has_men) &&
			    p->measure != NULL && o->measure != NULL &&
			    utf8_casecmp(p->measure, o->measure) == 0 &&
			    date_compare(p->from, o->to) <= 0 && date_compare(o->from, p->to) <= 0 &&
			    date_compare(p->to, o->to) > 0)
				return true;
	return false;
}

static void
other_outcomes(struct rep *r, const struct agreement *ag)
{
	const struct followup *f;
	const struct outcome *o;
	struct goal_row *rows;
	size_t i = 0, n = 0, nsplit = 0, nchildren = 0, row = 1, k = 0;
	size_t nrows = report_goal_rows(r, ag, &rows);
	struct doc_table *tb;
	struct doc_chart *ch;

	while (report_next_followup(r, ag, &i, &f))
		for (o = f->outcomes; o != NULL; o = o->next)
			if (o->to.y == r->year && !o->cumulative && !answers_goal(rows, nrows, o)) {
				bool drawn = (o->has_women || o->has_men) &&
				    !split_superseded(r, ag, rows, nrows, o);

				n++;
				nsplit += drawn;
				nchildren += drawn && o->children;
			}
	if (n == 0) {
		free(rows);
		return;
	}
	report_heading(r, "Övriga utfall", 3, false);
	tb = build_table(&r->bd, 3, n + 1);
	tb->fixed[1] = true;
	build_cell_text(&r->bd, tb, 0, 0, "Mått", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 1, "Period", true, DALIGN_LEFT, 0);
	build_cell_text(&r->bd, tb, 0, 2, "Utfall", true, DALIGN_LEFT, 0);
	/* children's splits say flickor and pojkar; a chart of both says both */
	ch = nsplit > 0 ? build_chart_new(&r->bd, nchildren == 0 ? "Fördelning på kvinnor och män" :
	    nchildren == nsplit ? "Fördelning på flickor och pojkar" :
	    "Fördelning på kvinnor/flickor och män/pojkar", nsplit, 2) : NULL;
	if (ch != NULL) {
		ch->stacked = true;
		ch->series[0] = nchildren == 0 ? "Kvinnor" : nchildren == nsplit ? "Flickor" : "Kvinnor/flickor";
		ch->series[1] = nchildren == 0 ? "Män" : nchildren == nsplit ? "Pojkar" : "Män/pojkar";
	}
	for (i = 0; report_next_followup(r, ag, &i, &f); )
		for (o = f->outcomes; o != NULL; o = o->next) {
			if (o->to.y != r->year || o->cumulative || answers_goal(rows, nrows, o))
				continue;
			build_cell_text(&r->bd, tb, row, 0, report_upper_first(r, o->measure), false,
			    DALIGN_LEFT, o->line);
			build_cell_text(&r->bd, tb, row, 1, build_period(&r->bd, o->from, o->to), false,
			    DALIGN_LEFT, 0);
			build_cell_text(&r->bd, tb, row, 2, outcome_text_plain(r, o), false, DALIGN_LEFT, 0);
			row++;
			if (ch != NULL && (o->has_women || o->has_men) &&
			    !split_superseded(r, ag, rows, nrows, o)) {
				char span[96];

				/* part of the year: the period, short as the funding
				 * chart's, so two outcomes of one measure read apart
				 * (review s28: "Anmälda nyanlända (2019-01-01 –
				 * 2019-10-31)" wrapped): "(jan–okt)" */
				date_span_short(o->from, o->to, span, sizeof(span));
				ch->labels[k] = o->from.m == 1 && o->from.d == 1 && o->to.m == 12 &&
				    o->to.d == 31 && o->from.y == o->to.y ?
				    report_upper_first(r, o->measure) :
				    arena_printf(r->bd.a, "%s (%s)", report_upper_first(r, o->measure), span);
				ch->values[k * 2] = (double)o->women;
				ch->values[k * 2 + 1] = (double)o->men;
				ch->present[k * 2] = o->has_women;
				ch->present[k * 2 + 1] = o->has_men;
				k++;
			}
		}
	build_table_block(&r->bd, tb)->keep_together = true;
	if (ch != NULL)
		report_chart(r, ch);
	free(rows);
}

static void
meetings_and_activities(struct rep *r, const struct agreement *ag)
{
	const struct followup *f;
	const struct activity *a;
	size_t i = 0;
	struct buf b = { NULL, 0, 0 };
	const char **seen = NULL;	/* activity names listed so far */
	size_t nseen = 0, seen_cap = 0, k;
	struct doc_node *list = NULL;	/* the follow-ups', then the activities' */
	const struct followup **fs;
	size_t nfs;

	report_heading(r, "Uppföljning", 3, false);
	report_duty_paragraph(r, ag, &b);
	report_duty_deadlines(r, ag, &b);
	{
		struct year_amount ya;
		const struct party *p = ag->parties;

		/* the Ekonomi table has said it (once per agreement) */
		if (r->part_year_said)
			;
		else if (p != NULL && calc_party_year(ag, p, r->year, &ya) == CALC_OK && ya.partial)
			buf_printf(&b, " Överenskommelsen %s bara %s detta år.",
			    report_held(r, r->year), build_period(&r->bd, ya.from, ya.to));
		else if (ag->from.y == r->year || ag->to.y == r->year) {
			struct date jan1 = { r->year, 1, 1 }, dec31 = { r->year, 12, 31 };
			struct date from = date_compare(ag->from, jan1) > 0 ? ag->from : jan1;
			struct date to = date_compare(ag->to, dec31) < 0 ? ag->to : dec31;

			if (date_compare(from, jan1) != 0 || date_compare(to, dec31) != 0)
				buf_printf(&b, " Överenskommelsen %s bara %s detta år.",
				    report_held(r, r->year), build_period(&r->bd, from, to));
		}
	}
	nfs = report_followups_dated(r, ag, report_counts_in_year, &fs);
	/* the paragraph goes with the first follow-up of the list under
	 * it: never the list's first bullet alone at a page top */
	report_text(r, arena_strdup(r->bd.a, b.data))->keep_with_next = nfs > 0;
	buf_free(&b);
	for (k = 0; k < nfs; k++) {
		struct doc_node *it;
		char d[16], *kind_word;

		f = fs[k];
		date_format_iso(f->date, d, sizeof(d));
		/* mid-sentence, as on the Underlag line: "resultatrapport",
		 * not "Resultatrapport" (an all-capitals word stays) */
		kind_word = arena_strdup(r->bd.a, report_kind_word(f));
		report_lower_first(kind_word);
		if (list == NULL)
			list = build_list_node(&r->bd);
		it = build_item(&r->bd, list);
		it->align = DALIGN_LEFT;
		it->label = "\xE2\x80\xA2";
		it->space_after = 2;
		doc_span(r->bd.doc, &it->text, arena_printf(r->bd.a, "%s%s, %s: ", d,
		    report_avser(r, f) != NULL ? arena_printf(r->bd.a, " (%s)",
		    report_avser(r, f)) : "", kind_word), FACE_BOLD, 0);
		doc_span(r->bd.doc, &it->text, f->summary != NULL ? f->summary : f->title,
		    FACE_REGULAR, 0);
	}
	/* The activities reported during the year, each once. */
	for (i = 0; report_next_followup(r, ag, &i, &f); ) {
		if (!report_in_year(f, r->year))
			continue;
		for (a = f->activities; a != NULL; a = a->next) {
			const struct activity_place *pl;
			struct doc_node *it;

			for (k = 0; k < nseen && strcmp(seen[k], a->name) != 0; k++)
				continue;
			if (k < nseen)
				continue;
			xgrow((void **)&seen, &seen_cap, nseen + 1, sizeof(*seen));
			seen[nseen++] = a->name;
			if (nseen == 1) {
				report_heading(r, arena_printf(r->bd.a, "Aktiviteter %d", r->year), 3, false);
				list = build_list_node(&r->bd);
			}
			it = build_item(&r->bd, list);
			it->align = DALIGN_LEFT;
			it->label = "\xE2\x80\xA2";
			it->space_after = 2;
			/* the name is a lead-in, bold, when its places
			 * follow its colon; alone it is the item */
			doc_span(r->bd.doc, &it->text, a->name, a->places != NULL ? FACE_BOLD :
			    FACE_REGULAR, a->line);
			for (pl = a->places, k = 0; pl != NULL; pl = pl->next, k++)
				doc_span(r->bd.doc, &it->text, arena_printf(r->bd.a, "%s%s%s%s%s",
				    k == 0 ? ": " : "; ", pl->name, pl->frequency != NULL ? " (" : "",
				    pl->frequency != NULL ? pl->frequency : "",
				    pl->frequency != NULL ? ")" : ""), FACE_REGULAR, pl->line);
		}
	}
	free(seen);
	free(fs);
}

/* "överenskommelsen ”Inkludering på lika villkor” (2023-01-01),
 * dialogmöte 2023-05-16, verksamhetsrapport 2024-01-18 (avser 2023)": the
 * agreement and its follow-ups that are the year's sources, by kind,
 * title where it says more than the kind, and date, in date order. */
static const char *
sources_line(struct rep *r, const struct agreement *ag)
{
	const struct followup **fs;
	struct buf b = { NULL, 0, 0 };
	size_t n = report_followups_dated(r, ag, report_is_source, &fs), k;
	char d[16];
	const char *s;

	/* an undated agreement is given no date: it says from when it holds */
	date_format_iso(ag->date.y != 0 ? ag->date : ag->from, d, sizeof(d));
	/* an agreement called by its partners has no name to quote */
	if (report_short_name(ag) == ag->partners_name)
		buf_printf(&b, "överenskommelsen (%s%s)", ag->date.y != 0 ? "" :
		    "odaterad, gäller från ", d);
	else
		buf_printf(&b, "överenskommelsen \xE2\x80\x9D%s\xE2\x80\x9D (%s%s)",
		    report_short_name(ag), ag->date.y != 0 ? "" : "odaterad, gäller från ", d);
	for (k = 0; k < n; k++) {
		char *kind = arena_strdup(r->bd.a, report_kind_word(fs[k]));
		const char *title = report_title_beside_kind(fs[k]->title, kind);

		report_lower_first(kind);
		date_format_iso(fs[k]->date, d, sizeof(d));
		buf_printf(&b, ", %s", kind);
		if (title != NULL)
			buf_printf(&b, " \xE2\x80\x9D%s\xE2\x80\x9D", title);
		buf_printf(&b, " %s", d);
		if (report_avser(r, fs[k]) != NULL)
			buf_printf(&b, " (%s)", report_avser(r, fs[k]));
	}
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	free(fs);
	return s;
}

/* Whether the heading has word as a word of its own, ignoring case. */
static bool
heading_has_word(const char *text, const char *word)
{
	const char *p = text;

	while (*p != '\0') {
		size_t len = strcspn(p, " -–(),.\xC2");

		if (len == 0) {
			p++;
			continue;
		}
		if (len == strlen(word)) {
			char w[64];

			memcpy(w, p, len);
			w[len] = '\0';
			if (utf8_casecmp(w, word) == 0)
				return true;
		}
		p += len;
	}
	return false;
}

/* Whether a title says no more than the heading: every word one of the
 * kind's ("Överenskommelse om idéburet offentligt partnerskap",
 * "IOP-avtal") or the heading's own, which names the agreement (Malmö:
 * "Överenskommelse om idéburet offentligt partnerskap för läxhjälp och
 * studiestöd" under "Läxhjälp och studiestöd för elever i årskurs 4–9
 * …" repeated the heading's words, s31). */
static bool
generic_title(const char *title, const char *heading)
{
	static const char *const kind_words[] = {
		"överenskommelse", "överenskommelsen", "om", "avtal", "avtalet", "idéburet",
		"idéburna", "offentligt", "offentliga", "partnerskap", "partnerskapet", "iop",
		"för", "ett",
	};
	const char *p = title;

	while (*p != '\0') {
		char word[64];
		size_t len = strcspn(p, " -–()\xC2"), i;

		if (len == 0) {
			p++;
			continue;
		}
		if (len >= sizeof(word))
			return false;
		memcpy(word, p, len);
		word[len] = '\0';
		for (i = 0; i < sizeof(kind_words) / sizeof(kind_words[0]); i++)
			if (utf8_casecmp(word, kind_words[i]) == 0)
				break;
		if (i == sizeof(kind_words) / sizeof(kind_words[0]) &&
		    (heading == NULL || !heading_has_word(heading, word)))
			return false;
		p += len;
	}
	return true;
}

/* "Delas med socialnämnden, Ekdala kommun, som också redovisar den i sin
 * årsrapport.": the other nämnder the agreement names, which report it
 * too (NULL: none).  A nämnd of the report's own kommun goes without
 * it; with one, the kommun's money is the whole kommun's, which nothing
 * in the agreement splits between the nämnder, and the sentence says so. */
/* The other nämnder the agreement names, as the sentences name them:
 * "socialnämnden, Ekdala kommun", "socialnämnden i Ekdala kommun och
 * socialnämnden i Bruksby kommun"; NULL when none.  *own_kommun: one
 * of them is of the report's own kommun. */
const char *
report_shared_with(struct rep *r, const struct agreement *ag, size_t *count, bool *own_kommun)
{
	const struct namnd_ref *nr;
	struct buf b = { NULL, 0, 0 };
	size_t n = 0, k = 0;
	const char *s;

	*own_kommun = false;
	/* the report's nämnd by id: r->namnd may be another agreement's */
	for (nr = ag->namnd; nr != NULL; nr = nr->next)
		n += strcmp(nr->id, r->namnd->id) != 0;
	if (count != NULL)
		*count = n;
	if (n == 0)
		return NULL;
	for (nr = ag->namnd; nr != NULL; nr = nr->next) {
		char *name;
		bool same;

		if (strcmp(nr->id, r->namnd->id) == 0)
			continue;
		name = arena_strdup(r->bd.a, nr->name);
		report_lower_first(name);
		same = nr->kommun != NULL && r->namnd->kommun != NULL &&
		    utf8_casecmp(nr->kommun, r->namnd->kommun) == 0;
		*own_kommun |= same;
		buf_printf(&b, "%s%s", k == 0 ? "" : k + 1 == n ? " och " : ", ", name);
		/* one: "socialnämnden, Ekdala kommun, som"; several read
		 * better without the commas: "socialnämnden i Ekdala kommun" */
		if (!same && nr->kommun != NULL)
			buf_printf(&b, n == 1 ? ", %s" : " i %s", nr->kommun);
		k++;
	}
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

static const char *
shared_sentence(struct rep *r, const struct agreement *ag)
{
	const struct party *p;
	struct buf b = { NULL, 0, 0 };
	size_t n;
	bool own_kommun, kommun_pays = false;
	const char *s, *with = report_shared_with(r, ag, &n, &own_kommun);

	if (with == NULL)
		return NULL;
	buf_printf(&b, "Delas med %s, som också redovisar den i %s.", with,
	    n == 1 ? "sin årsrapport" : "sina årsrapporter");
	for (p = ag->parties; p != NULL; p = p->next)
		kommun_pays |= p->role == ROLE_PUBLIC &&
		    report_party_money(r, ag, p) == REP_MONEY_KOMMUN;
	if (own_kommun && kommun_pays && r->namnd->kommun != NULL)
		buf_printf(&b, " Kommunens finansiering nedan gäller hela %s och är inte fördelad "
		    "mellan nämnderna.", r->namnd->kommun);
	s = arena_strdup(r->bd.a, b.data);
	buf_free(&b);
	return s;
}

void
report_agreement_section(struct rep *r, size_t k)
{
	const struct agreement *ag = r->ags[k];
	bool is_purpose = true;
	const struct block *p = ag->purpose == NULL ?
	    report_purpose_block(r->bd.a, ag->text, &is_purpose) : NULL;
	const char *shared;
	struct doc_node *b;

	/* agreements follow one another, each under its name, an H2 under
	 * "Redovisning per överenskommelse", its parts H3 (the heading is
	 * kept with its first lines) */
	report_heading(r, report_short_name(ag), 2, true)->space_before += k > 0 ? 10 : 0;
	/* the head lines stay together with the heading: never a name and
	 * one line of it at a page foot */
	/* the title only when it says more than the heading, as "Titel":
	 * "Överenskommelse: Överenskommelse om samverkan" said it twice
	 * (review r7) */
	if (!generic_title(ag->title, report_short_name(ag)) &&
	    utf8_casecmp(ag->title, report_short_name(ag)) != 0)
		report_labelled(r, "Titel", ag->title)->keep_with_next = true;
	report_labelled(r, "Parter", report_parties(r, ag))->keep_with_next = true;
	report_labelled(r, "Period", build_period(&r->bd, ag->from, ag->to))->keep_with_next = true;
	if (ag->diarienummer != NULL)
		report_labelled(r, "Diarienummer", report_diarienummer(r, ag))->keep_with_next = true;
	/* the heading and head lines go with the first heading and two
	 * lines of what follows (a paragraph's first two lines keep) */
	b = report_labelled(r, "Underlag", sources_line(r, ag));
	b->space_after = 8;
	b->keep_with_next = true;
	if ((shared = shared_sentence(r, ag)) != NULL)
		report_text(r, shared)->keep_with_next = true;
	if (ag->purpose != NULL || p != NULL)
		/* the first paragraph, when the agreement states no
		 * purpose, is what it is about, not its purpose (Kvarnby's
		 * background was shown as "Syfte", review r8) */
		report_heading(r, is_purpose ? "Syfte" : "Om överenskommelsen", 3, false);
	/* the head lines and the purpose go with the body's first heading
	 * and lines, never alone at a page foot (Språkbron in Vallby 2023),
	 * unless that leaves the page more than a quarter empty */
	if (ag->purpose != NULL)
		report_text(r, ag->purpose)->keep_soft = true;
	else if (p != NULL) {
		b = build_para(&r->bd, DOC_PARA, r->bd.t->size_body);

		build_rich(&r->bd, &b->text, &p->text, false);
		/* "... är att:" goes on in the list that follows */
		if (p->next != NULL && p->next->kind == BLOCK_LIST)
			build_list(&r->bd, p->next, 0);
		else
			b->keep_soft = true;
	}
	economy(r, ag, &r->amounts[k]);
	goals(r, ag);
	other_outcomes(r, ag);
	report_cumulative_outcomes(r, ag, outcome_text_plain);
	meetings_and_activities(r, ag);
}

/* report_csv.c: whether the year's outcome o answers one of the goal
 * rows (shown with its goal), as "Övriga utfall" decides. */
bool
report_outcome_answers_goal(const struct goal_row *rows, size_t n, const struct outcome *o)
{
	return answers_goal(rows, n, o);
}
