/* The agreement document: title block, the text with its sections, lists
 * and budget tables, and the signature block, built from the model with
 * the template's labels and sizes.  Computes nothing itself: totals and
 * shares come from calc.c. */
#include <stdio.h>
#include <string.h>

#include "build.h"
#include "build_common.h"
#include "build_doc.h"
#include "build_econ.h"
#include "build_sign.h"
#include "calc.h"
#include "doc.h"
#include "format.h"
#include "mem.h"
#include "model.h"
#include "stated.h"
#include "template.h"
#include "typo.h"

/* ---------- title block ---------- */

static bool
has_letterhead(const struct template *t)
{
	size_t i;

	for (i = 0; i < 4; i++)
		if (t->letterhead[i] != NULL && t->letterhead[i][0] != '\0')
			return true;
	return false;
}

/* The kommun a cover names: the public party that is a responsible
 * nämnd's kommun; else the first nämnd's kommun (a party that is a
 * förvaltning, "Socialförvaltningen i Lund", is not the kommun: Lund's
 * nämnd says kommun="Lunds kommun"); else the first public party.  NULL
 * when there is none; *line, the line that says it. */
static const char *
cover_kommun(const struct agreement *ag, long *line)
{
	const struct party *p;
	const struct namnd_ref *n;

	for (p = ag->parties; p != NULL; p = p->next)
		for (n = ag->namnd; p->role == ROLE_PUBLIC && n != NULL; n = n->next)
			if (n->kommun != NULL && strcmp(n->kommun, p->name) == 0) {
				*line = p->name_line;
				return p->name;
			}
	for (n = ag->namnd; n != NULL; n = n->next)
		if (n->kommun != NULL && n->kommun[0] != '\0') {
			*line = n->line;
			return n->kommun;
		}
	for (p = ag->parties; p != NULL; p = p->next)
		if (p->role == ROLE_PUBLIC) {
			*line = p->name_line;
			return p->name;
		}
	return NULL;
}

static void
title_block(struct builder *bd)
{
	const struct template *t = bd->t;
	struct agreement *ag = bd->ag;
	struct doc_node *b;
	struct party *p;
	char date[128];
	bool first = true, cover = ag->title_page || t->title_page;

	bd->doc->cover = cover;
	/* A cover names the kommun over the title, unless the letterhead
	 * does (cover_kommun). */
	if (cover && !has_letterhead(t)) {
		long line;
		const char *kommun = cover_kommun(ag, &line);

		if (kommun != NULL) {
			b = build_plain(bd, kommun, FACE_BOLD, t->size_subtitle, line);
			b->color = t->color_muted;
			b->space_after = 10;
			b->cover_place = COVER_TITLE;
			first = false;
		}
	}
	if (ag->effort != NULL) {
		b = build_plain(bd, ag->effort, FACE_BOLD, t->size_effort, ag->effort_line);
		/* on a cover the title is the heading (H1), the effort over it
		 * a paragraph */
		b->kind = cover ? DOC_PARA : DOC_TITLE;
		b->color = t->color_heading;
		b->balance = true;
		b->leading = 1.15f;
		b->space_after = 4;
		if (first)
			b->cover_place = cover ? COVER_TITLE : COVER_FLOW;
		first = false;
	}
	b = build_plain(bd, ag->title, FACE_BOLD, t->size_title, ag->title_line);
	b->kind = ag->effort != NULL && !cover ? DOC_PARA : DOC_TITLE;
	b->color = t->color_heading;
	b->balance = true;
	b->leading = 1.2f;
	b->space_after = 4;
	if (first && cover)
		b->cover_place = COVER_TITLE;
	if (ag->subtitle != NULL) {
		b = build_plain(bd, ag->subtitle, cover ? FACE_ITALIC : FACE_REGULAR,
		    t->size_subtitle, ag->subtitle_line);
		b->balance = true;
		b->leading = 1.25f;
		b->space_after = 14;
	}

	/* The parties, with organisationsnummer and acting nämnd. */
	b = build_plain(bd, t->label_parties, FACE_BOLD, t->size_small, ag->line);
	b->color = t->color_muted;
	b->space_before = 6;
	b->space_after = 2;
	b->keep_with_next = true;
	for (p = ag->parties; p != NULL; p = p->next) {
		b = build_para(bd, DOC_PARA, t->size_body);
		b->align = DALIGN_LEFT;
		b->space_after = 2;
		doc_span(bd->doc, &b->text, p->name, FACE_BOLD, p->name_line);
		/* The short name, unless the name starts with it anyway
		 * (print="yes" or "no" decides for itself). */
		if (p->shortname != NULL && p->short_print != SHORT_PRINT_NO &&
		    (p->short_print == SHORT_PRINT_YES ||
		     strncmp(p->shortname, p->name, strlen(p->shortname)) != 0))
			doc_span(bd->doc, &b->text, arena_printf(bd->a, " (%s)", p->shortname),
			    FACE_REGULAR, p->line);
		build_sign_organisation(bd, b, p->legal_form, p->legal_form_line, &p->acting_chain);
		if (p->orgnr != NULL)
			doc_span(bd->doc, &b->text,
			    arena_printf(bd->a, ", %s" NBSP "%s", build_sign_no_break(bd, t->label_orgnr),
			    p->orgnr),
			    FACE_REGULAR, p->orgnr_line);
	}

	build_sign_actors(bd);

	/* Registry facts, as the kommun's documents print them; a cover
	 * adds the status, at its foot. */
	if (ag->diarienummer != NULL || ag->date.y != 0 || ag->handlaggare != NULL ||
	    ag->unit != NULL || cover) {
		struct { const char *label, *value; long line; } meta[5] = {
			{ t->label_diarienummer, ag->diarienummer, ag->diarienummer_line },
			{ t->label_date, NULL, ag->date_line },
			{ t->label_handlaggare, ag->handlaggare, ag->handlaggare_line },
			{ t->label_unit, ag->unit, ag->unit_line },
			{ t->label_status, NULL, ag->line },
		};
		size_t i;
		bool top = true;

		if (ag->date.y != 0) {
			written_date_format(ag->date, &ag->date_as, t->date_form, date, sizeof(date));
			meta[1].value = date;
		}
		if (cover)
			meta[4].value = ag->status == STATUS_DRAFT ? t->label_status_draft :
			    ag->status == STATUS_FINAL ? t->label_status_final : t->label_status_signed;
		for (i = 0; i < 5; i++) {
			if (meta[i].value == NULL)
				continue;
			b = build_para(bd, DOC_PARA, t->size_body);
			b->align = DALIGN_LEFT;
			b->space_after = 1;
			b->space_before = top ? 10 : 0;
			if (top && cover)
				b->cover_place = COVER_FOOT;
			top = false;
			doc_span(bd->doc, &b->text, arena_printf(bd->a, "%s ", meta[i].label),
			    FACE_BOLD, 0);
			doc_span(bd->doc, &b->text, arena_strdup(bd->a, meta[i].value),
			    FACE_REGULAR, meta[i].line);
		}
	}
	build_doc_title_lines(bd, ag->diarienummer == NULL && ag->date.y == 0 &&
	    ag->handlaggare == NULL && ag->unit == NULL && !cover);
	bd->doc->last->space_after = 18;
	if (cover)
		doc_add(bd->doc, bd->at, DOC_PAGE_BREAK);
}

/* ---------- tables ---------- */

static const struct budget *
party_budget(const struct agreement *ag, const struct party *p, int year)
{
	const struct budget *b;

	for (b = ag->budgets; b != NULL; b = b->next)
		if (b->party == p && (b->year == 0 || b->year == year))
			return b;
	return NULL;
}

static void
budget_summary(struct builder *bd, const struct block *blk)
{
	const struct template *t = bd->t;
	const struct budget_summary *s = blk->summary;
	struct agreement *ag = bd->ag;
	int year = s->year != 0 ? s->year : calc_summary_year(ag);
	long long total = 0, whole;
	size_t ncols = 2, nrows = 2, row, scol = 0, dcol = 0;
	struct doc_table *tb;
	struct party *p;
	bool *has;
	char pct[32];
	long long *amounts;
	int *share;
	size_t k = 0;

	/* each party's row as its budgets' total rows print it; shares of
	 * what the rows add up to, made to add up to the Summa row's 100 % */
	for (p = ag->parties; p != NULL; p = p->next)
		k++;
	amounts = arena_alloc(bd->a, (k + 1) * sizeof(*amounts));
	has = arena_alloc(bd->a, (k + 1) * sizeof(*has));
	share = arena_alloc(bd->a, (k + 1) * sizeof(*share));
	for (k = 0, p = ag->parties; p != NULL; p = p->next, k++) {
		amounts[k] = stated_party_total(ag, p, year, &has[k]);
		total += amounts[k];
		nrows += has[k];
	}
	share_percents(amounts, k, total, share);
	if (!stated_agreement_total(ag, year, &whole))
		whole = total;
	if (s->shares)
		scol = ncols++;
	if (s->descriptions)
		dcol = ncols++;
	tb = build_table(bd, ncols, nrows);
	build_table_caption(bd, tb, &s->caption);
	/* a summary without a caption still says what it sums */
	if (rich_empty(&s->caption))
		build_table_caption_text(bd, tb, t->label_summary_caption, blk->line);
	tb->fixed[1] = true;
	if (s->shares)
		tb->fixed[scol] = true;
	build_cell_text(bd, tb, 0, 0, s->party_heading ? s->party_heading : t->label_summary_party,
	    true, DALIGN_LEFT, blk->line);
	build_cell_text(bd, tb, 0, 1, s->amount_heading ? s->amount_heading : t->label_summary_amount,
	    true, DALIGN_RIGHT, blk->line);
	if (s->shares)
		build_cell_text(bd, tb, 0, scol, s->share_heading ? s->share_heading :
		    t->label_summary_share, true, DALIGN_RIGHT, blk->line);
	if (s->descriptions)
		build_cell_text(bd, tb, 0, dcol, s->description_heading ? s->description_heading :
		    t->label_budget_description, true, DALIGN_LEFT, blk->line);
	for (row = 1, k = 0, p = ag->parties; p != NULL; p = p->next, k++) {
		long long amount = amounts[k];
		const struct budget *bg;

		if (!has[k])
			continue;
		build_cell_text(bd, tb, row, 0, p->name, false, DALIGN_LEFT, blk->line);
		build_cell_text(bd, tb, row, 1, party_valued(ag, p, year) ? build_money(bd, amount,
		    s->kronor) : t->label_budget_not_valued, false, DALIGN_RIGHT, blk->line);
		if (s->shares && party_valued(ag, p, year)) {
			percent_format(share[k], pct, sizeof(pct));
			build_cell_text(bd, tb, row, scol, arena_strdup(bd->a, pct), false,
			    DALIGN_RIGHT, blk->line);
		}
		if (s->descriptions && (bg = party_budget(ag, p, year)) != NULL) {
			struct doc_node *c = build_cell(tb, row, dcol);

			c->align = DALIGN_LEFT;
			build_rich(bd, &c->text, &bg->description, false);
		}
		row++;
	}
	tb->rows[row]->total = true;
	build_cell_text(bd, tb, row, 0, s->total_label ? s->total_label : t->label_summary_total,
	    true, DALIGN_LEFT, blk->line);
	build_cell_text(bd, tb, row, 1, build_money(bd, whole, s->kronor), true, DALIGN_RIGHT, blk->line);
	if (s->shares) {
		percent_format(total > 0 ? 100 : 0, pct, sizeof(pct));
		build_cell_text(bd, tb, row, scol, arena_strdup(bd->a, pct), true, DALIGN_RIGHT, blk->line);
	}
	build_table_block(bd, tb);
	build_sign_stated_remark(bd, whole, total, s->kronor, blk->line);
	build_econ_summary_months(bd, ag, year);
}

/* ---------- the text ---------- */

/* The blocks only agreements have. */
static void
agreement_block(struct builder *bd, const struct block *blk, int depth)
{
	switch (blk->kind) {
	case BLOCK_BUDGET:
		build_econ_budget(bd, blk->budget);
		break;
	case BLOCK_BUDGET_SUMMARY:
		budget_summary(bd, blk);
		break;
	case BLOCK_SIGNATURES:
		build_sign_block(bd, blk, depth, bd->ag->signatories, bd->ag);
		break;
	case BLOCK_VERSION_HISTORY:
	case BLOCK_ANNEX_LIST:
		build_doc_block(bd, blk);
		break;
	default:
		break;
	}
}

/* The parties' logos, in the order of <parties>, for the row at the
 * head of the first page. */
static void
party_logos(struct doc *d, const struct agreement *ag)
{
	const struct party *p;

	for (p = ag->parties; p != NULL; p = p->next)
		d->nlogos += p->logo != NULL;
	if (d->nlogos == 0)
		return;
	d->logos = arena_alloc(ag->arena, d->nlogos * sizeof(*d->logos));
	d->nlogos = 0;
	for (p = ag->parties; p != NULL; p = p->next)
		if (p->logo != NULL) {
			struct doc_logo *l = &d->logos[d->nlogos++];

			l->path = p->logo->path;
			l->alt = p->logo->alt;
			l->height = (float)(p->logo->height_mm * 72.0 / 25.4);
		}
}

struct doc *
build_agreement(struct agreement *ag, const struct template *t)
{
	struct builder bd;
	struct doc *d = arena_alloc(ag->arena, sizeof(*d));
	struct party *p;
	char date[64];

	d->arena = ag->arena;
	d->path = ag->path;
	/* Dated by the document itself, so the same XML gives the same
	 * PDF wherever and whenever it is checked out. */
	d->created = date_days(ag->date.y != 0 ? ag->date : ag->from) * 86400L;
	d->draft = ag->status == STATUS_DRAFT;
	d->title = ag->effort != NULL ?
	    arena_printf(ag->arena, "%s – %s", ag->title, ag->effort) : ag->title;
	/* the running footer: the agreement's own title; the header has
	 * the effort, and "title – effort" would be cut to fit */
	d->running_title = ag->title;
	d->effort = ag->effort != NULL ? ag->effort : ag->title;
	d->diarienummer = ag->diarienummer;
	if (ag->date.y != 0) {
		date_format_iso(ag->date, date, sizeof(date));
		d->date_text = arena_strdup(ag->arena, date);
	}
	d->subject = ag->subtitle;
	for (p = ag->parties; p != NULL; p = p->next) {
		d->author = d->author == NULL ? p->name :
		    arena_printf(ag->arena, "%s, %s", d->author, p->name);
	}
	d->keywords = arena_printf(ag->arena, "%s, %s%s%s",
	    ag->kind == KIND_IOP ? "IOP, idéburet offentligt partnerskap" : "överenskommelse om samverkan",
	    "överenskommelse",
	    ag->diarienummer != NULL ? ", " : "", ag->diarienummer != NULL ? ag->diarienummer : "");

	bd.doc = d;
	bd.at = NULL;
	bd.ag = ag;
	bd.fu = NULL;
	bd.t = t;
	bd.a = ag->arena;
	bd.special = agreement_block;
	party_logos(d, ag);
	build_names(&bd);
	title_block(&bd);
	build_text(&bd, ag->text, 0);
	build_doc_annexes(&bd);
	if (t->typography)
		typo_doc(d);
	return d;
}
