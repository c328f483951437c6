/* The XML reader's heads: an agreement's (its parties, goals, target
 * groups, economy and budgets, terms and follow-up duty) and a
 * follow-up's (its participants, activities, outcomes and next goals),
 * from the tree into the model. */
#include <stdlib.h>
#include <string.h>

#include "mem.h"
#include "model.h"
#include "xml_read_int.h"

/* ---------- the head ---------- */

static enum per
parse_per(const char *s)
{
	if (s == NULL || strcmp(s, "year") == 0)
		return PER_YEAR;
	if (strcmp(s, "half-year") == 0)
		return PER_HALF_YEAR;
	return PER_PERIOD;
}

static void
read_parties(struct reader *r, xmlNode *n)
{
	struct agreement *ag = r->ag;
	struct party **tail = &ag->parties;
	xmlNode *c, *k;

	for (c = tree_child(n, "party"); c != NULL; c = tree_next(c)) {
		struct party *p = arena_alloc(r->arena, sizeof(*p));
		struct contact **ct = &p->contacts;

		p->index = ag->nparties++;
		p->line = tree_line(c);
		p->id = tree_attr(r, c, "id");
		p->role = tree_attr_is(r, c, "role", "public") ? ROLE_PUBLIC : ROLE_IDEBUREN;
		p->kind_text = tree_attr(r, c, "kind");
		p->public_kind = tree_attr_is(r, c, "kind", "region") ? PUBLIC_REGION :
		    tree_attr_is(r, c, "kind", "other") ? PUBLIC_OTHER : PUBLIC_KOMMUN;
		p->name_line = p->acting_line = p->line;
		p->name = tree_child_text_at(r, c, "name", &p->name_line);
		p->shortname = tree_child_text(r, c, "short");
		if ((k = tree_child(c, "orgnr")) != NULL) {
			p->orgnr = tree_text(r, k);
			p->orgnr_line = tree_line(k);
		}
		p->acting = tree_child_text_at(r, c, "acting", &p->acting_line);
		for (k = tree_child(c, "contact"); k != NULL; k = tree_next(k)) {
			struct contact *con;

			if (!tree_is(k, "contact"))
				continue;
			con = arena_alloc(r->arena, sizeof(*con));
			con->line = tree_line(k);
			con->label = tree_attr(r, k, "label");
			con->name = tree_child_text(r, k, "name");
			con->email = tree_child_text(r, k, "email");
			con->phone = tree_child_text(r, k, "phone");
			*ct = con;
			ct = &con->next;
		}
		sign_read_party(r, c, p);
		logo_read_party(r, c, p);
		*tail = p;
		tail = &p->next;
	}
}

static void
read_goals(struct reader *r, xmlNode *n, struct goal **tail)
{
	xmlNode *c;
	int i;

	for (c = tree_child(n, "goal"); c != NULL; c = tree_next(c)) {
		struct goal *g = arena_alloc(r->arena, sizeof(*g));
		char *s;

		g->line = tree_line(c);
		g->id = tree_attr(r, c, "id");
		g->text = tree_text(r, c);
		g->measure = tree_attr(r, c, "measure");
		g->unit = tree_attr(r, c, "unit");
		if ((s = tree_attr(r, c, "kind")) != NULL)
			for (i = 0; i < GOAL_KIND_COUNT; i++)
				if (strcmp(s, model_goal_kind_name((enum goal_kind)i)) == 0)
					g->kind = (enum goal_kind)i;
		if ((s = tree_attr(r, c, "comparison")) != NULL)
			for (i = CMP_NONE + 1; i < COMPARISON_COUNT; i++)
				if (strcmp(s, model_comparison_name((enum comparison)i)) == 0)
					g->comparison = (enum comparison)i;
		g->value = tree_attr_ll(r, c, "value", &g->has_value);
		if ((s = tree_attr(r, c, "per")) != NULL) {
			g->has_per = true;
			g->per = parse_per(s);
		}
		g->year = tree_attr_int(r, c, "year");
		tree_attr_date(r, c, "from", "goal period start", &g->from);
		tree_attr_date(r, c, "to", "goal period end", &g->to);
		goals_read_goal(r, c, g);
		*tail = g;
		tail = &g->next;
	}
}

static void
read_target_groups(struct reader *r, xmlNode *n)
{
	struct target_group **tail = &r->ag->target_groups;
	xmlNode *c;
	int i;

	for (c = tree_child(n, "target-group"); c != NULL; c = tree_next(c)) {
		struct target_group *t = arena_alloc(r->arena, sizeof(*t));
		char *s = tree_attr(r, c, "kind");

		t->line = tree_line(c);
		t->text = tree_text(r, c);
		for (i = 0; s != NULL && i < TARGET_KIND_COUNT; i++)
			if (strcmp(s, model_target_kind_name((enum target_kind)i)) == 0)
				t->kind = (enum target_kind)i;
		*tail = t;
		tail = &t->next;
	}
}

struct budget *
head_budget(struct reader *r, xmlNode *n)
{
	struct budget *b = arena_alloc(r->arena, sizeof(*b));
	struct budget **tail;
	struct budget_line **lt = &b->lines;
	xmlNode *c, *t;
	char *s;

	b->line = tree_line(n);
	b->party_id = tree_attr(r, n, "party");
	b->type = tree_is(n, "financing") ? BUDGET_FINANCING :
	    tree_attr_is(r, n, "type", "costs") ? BUDGET_COSTS : BUDGET_CONTRIBUTION;
	b->year = tree_attr_int(r, n, "year");
	b->per = parse_per(tree_attr(r, n, "per"));
	budget_read_per_month(r, n, b);
	if ((s = tree_attr(r, n, "kind")) != NULL)
		b->kind = strcmp(s, "money") == 0 ? BUDGET_MONEY :
		    strcmp(s, "in-kind") == 0 ? BUDGET_IN_KIND : BUDGET_MIXED;
	b->kronor = tree_attr_is(r, n, "currency", "kronor");
	b->label_heading = tree_attr(r, n, "label-heading");
	b->quantity_heading = tree_attr(r, n, "quantity-heading");
	b->amount_heading = tree_attr(r, n, "amount-heading");
	tree_rich(r, tree_child(n, "caption"), &b->caption);
	tree_rich(r, tree_child(n, "description"), &b->description);
	if ((s = tree_attr(r, n, "prorate")) != NULL) {
		b->has_prorate = true;
		b->prorate = strcmp(s, "yes") == 0;
	}
	if ((t = tree_child(n, "adjustment")) != NULL && tree_is(t, "adjustment")) {
		b->adjustment = arena_alloc(r->arena, sizeof(*b->adjustment));
		b->adjustment->budget = b;
		adjust_read(r, t, b->adjustment, true);
	}
	for (c = tree_first(n->children); c != NULL; c = tree_next(c)) {
		struct budget_line *l;

		if (!tree_is(c, "line"))
			continue;
		l = arena_alloc(r->arena, sizeof(*l));
		l->line = tree_line(c);
		econ_read_line(r, c, l);
		l->party_id = tree_attr(r, c, "party");	/* <financing> only */
		tree_rich(r, tree_child(c, "label"), &l->label);
		l->quantity = tree_child_text(r, c, "quantity");
		tree_rich(r, tree_child(c, "description"), &l->description);
		*lt = l;
		lt = &l->next;
		b->nlines++;
	}
	if ((t = tree_child(n, "total")) != NULL) {
		b->total_line = tree_line(t);
		b->total_label = tree_attr(r, t, "label");
		b->stated_total = tree_attr_ll(r, t, "stated", &b->has_stated_total);
	}
	columns_read(r, n, b);
	/* costs and financing tables count in no party's money */
	tail = b->type == BUDGET_COSTS ? &r->ag->cost_budgets :
	    b->type == BUDGET_FINANCING ? &r->ag->financings : &r->ag->budgets;
	while (*tail != NULL)
		tail = &(*tail)->next;
	*tail = b;
	return b;
}

/* <termination-for-breach>: cure-days kept as written (its range is
 * validate_terms.c's); notice and effect default to what the schema
 * says. */
static void
read_breach_term(struct reader *r, xmlNode *n, struct breach_term *b)
{
	bool has;

	b->present = true;
	b->line = tree_line(n);
	b->cure_days = tree_attr_ll(r, n, "cure-days", &has);
	b->cure_days_text = tree_attr(r, n, "cure-days");
	b->notice = tree_attr_is(r, n, "notice", "any") ? BREACH_NOTICE_ANY : BREACH_NOTICE_WRITTEN;
	b->effect = tree_attr_is(r, n, "effect", "notice-period") ?
	    BREACH_EFFECT_NOTICE_PERIOD : BREACH_EFFECT_IMMEDIATE;
}

static void
read_economy(struct reader *r, xmlNode *n)
{
	struct agreement *ag = r->ag;
	xmlNode *c;

	ag->prorate = tree_attr_is(r, n, "prorate", "yes");
	ag->has_prorate = tree_attr(r, n, "prorate") != NULL;
	adjust_read_year_start(r, n);
	for (c = tree_first(n->children); c != NULL; c = tree_next(c)) {
		if (tree_is(c, "stated-total")) {
			ag->stated_total = tree_attr_ll(r, c, "amount", &ag->has_stated_total);
			ag->stated_total_per = parse_per(tree_attr(r, c, "per"));
			ag->stated_total_line = tree_line(c);
			ag->stated_total_of = tree_attr_is(r, c, "of", "public") ? STATED_PUBLIC :
			    tree_attr_is(r, c, "of", "money") ? STATED_MONEY : STATED_ALL;
		} else if (tree_is(c, "adjustment")) {
			adjust_read(r, c, adjust_next_slot(r), false);
		} else if (tree_is(c, "budget") || tree_is(c, "financing"))
			head_budget(r, c);
		else if (tree_is(c, "pool"))
			econ_read_pool(r, c);
	}
}

void
head_agreement(struct reader *r, xmlNode *root)
{
	struct agreement *ag = r->ag;
	xmlNode *c;
	char *s;

	ag->line = tree_line(root);
	ag->id = tree_attr(r, root, "id");
	ag->kind = tree_attr_is(r, root, "kind", "samverkan") ? KIND_SAMVERKAN : KIND_IOP;
	s = tree_attr(r, root, "status");
	ag->status = s == NULL ? STATUS_DRAFT : strcmp(s, "signed") == 0 ? STATUS_SIGNED :
	    strcmp(s, "final") == 0 ? STATUS_FINAL : STATUS_DRAFT;
	ag->title_page = tree_attr_is(r, root, "title-page", "yes");

	for (c = tree_first(root->children); c != NULL; c = tree_next(c)) {
		if (tree_is(c, "title")) {
			ag->title = tree_text(r, c);
			ag->title_line = tree_line(c);
		} else if (tree_is(c, "subtitle")) {
			ag->subtitle = tree_text(r, c);
			ag->subtitle_line = tree_line(c);
		} else if (tree_is(c, "effort")) {
			ag->effort = tree_text(r, c);
			ag->effort_line = tree_line(c);
		} else if (tree_is(c, "diarienummer")) {
			ag->diarienummer = tree_text(r, c);
			ag->diarienummer_line = tree_line(c);
		}
		else if (tree_is(c, "date")) {
			ag->date_line = tree_line(c);
			sign_written_date(r, c, "document date", &ag->date, &ag->date_as);
		} else if (tree_is(c, "handlaggare")) {
			ag->handlaggare = tree_text(r, c);
			ag->handlaggare_line = tree_line(c);
		} else if (tree_is(c, "unit")) {
			ag->unit = tree_text(r, c);
			ag->unit_line = tree_line(c);
		}
		else if (tree_is(c, "parties"))
			read_parties(r, c);
		else if (tree_is(c, "actors"))
			sign_read_actors(r, c);
		else if (tree_is(c, "responsible-namnd")) {
			struct namnd_ref *nr = arena_alloc(r->arena, sizeof(*nr)), **tail;

			nr->line = tree_line(c);
			nr->id = tree_attr(r, c, "id");
			nr->kommun = tree_attr(r, c, "kommun");
			nr->inferred = tree_attr_is(r, c, "source", "inferred");
			nr->name = tree_text(r, c);
			for (tail = &ag->namnd; *tail != NULL; tail = &(*tail)->next)
				continue;
			*tail = nr;
		} else if (tree_is(c, "period")) {
			ag->period_line = tree_line(c);
			tree_attr_date(r, c, "from", "period start", &ag->from);
			tree_attr_date(r, c, "to", "period end", &ag->to);
		} else if (tree_is(c, "terms")) {
			xmlNode *t;

			if ((t = tree_child(c, "notice")) != NULL)
				ag->notice_months = tree_attr_int(r, t, "months");
			if ((t = tree_child(c, "renewal")) != NULL)
				ag->renewal_months = tree_attr_int(r, t, "months");
			if ((t = tree_child(c, "review")) != NULL)
				tree_attr_date(r, t, "by", "review date", &ag->review_by);
			ag->immediate_termination = tree_child(c, "immediate-termination") != NULL;
			if ((t = tree_child(c, "termination-for-breach")) != NULL)
				read_breach_term(r, t, &ag->breach);
		} else if (tree_is(c, "followup")) {
			struct followup_duty *f = &ag->followup;

			f->present = true;
			f->line = tree_line(c);
			f->meetings_per_year = tree_attr_int(r, c, "meetings-per-year");
			f->meeting_kind = tree_attr(r, c, "meeting-kind");
			f->reports_per_year = tree_attr_int(r, c, "reports-per-year");
			f->reports_in_period = tree_attr_int(r, c, "reports-in-period");
			tree_attr_date(r, c, "reports-by", "report date", &f->reports_by);
			f->report_to = tree_attr(r, c, "report-to");
			duties_read(r, c, f);
		} else if (tree_is(c, "target-groups"))
			read_target_groups(r, c);
		else if (tree_is(c, "goals"))
			read_goals(r, c, &ag->goals);
		else if (tree_is(c, "purpose"))
			ag->purpose = tree_text(r, c);
		else if (tree_is(c, "economy"))
			read_economy(r, c);
		else
			head_doc_control(r, c);
	}
	/* no effort name: the agreement is called by its partners, not by a
	 * title such as "Överenskommelse om samverkan" that every one has */
	if (ag->effort == NULL) {
		const struct party *p;
		size_t n = 0, k = 0;

		for (p = ag->parties; p != NULL; p = p->next)
			n += p->role == ROLE_IDEBUREN && p->name != NULL && *p->name != '\0';
		for (p = ag->parties; p != NULL; p = p->next) {
			if (p->role != ROLE_IDEBUREN || p->name == NULL || *p->name == '\0')
				continue;
			ag->partners_name = k == 0 ? p->name : arena_printf(r->arena, "%s%s%s",
			    ag->partners_name, k + 1 == n ? " och " : ", ", p->name);
			k++;
		}
	}
}

/* ---------- a follow-up's head ---------- */

static void
read_activities(struct reader *r, xmlNode *n)
{
	struct activity **tail = &r->fu->activities;
	xmlNode *c, *p;

	for (c = tree_child(n, "activity"); c != NULL; c = tree_next(c)) {
		struct activity *a = arena_alloc(r->arena, sizeof(*a));
		struct activity_place **pt = &a->places;

		a->line = tree_line(c);
		a->name = tree_child_text(r, c, "name");
		a->participants_per_time = tree_attr(r, c, "participants-per-time");
		for (p = tree_child(c, "place"); p != NULL; p = tree_next(p)) {
			struct activity_place *pl = arena_alloc(r->arena, sizeof(*pl));

			pl->line = tree_line(p);
			pl->name = tree_text(r, p);
			pl->frequency = tree_attr(r, p, "frequency");
			pl->per_week = tree_attr_int(r, p, "per-week");
			*pt = pl;
			pt = &pl->next;
		}
		*tail = a;
		tail = &a->next;
	}
}

static void
read_outcomes(struct reader *r, xmlNode *n, struct outcome ***tail)
{
	struct date from = { 0, 0, 0 }, to = { 0, 0, 0 };
	xmlNode *c;

	tree_attr_date(r, n, "from", "outcome period start", &from);
	tree_attr_date(r, n, "to", "outcome period end", &to);
	for (c = tree_child(n, "outcome"); c != NULL; c = tree_next(c)) {
		struct outcome *o = arena_alloc(r->arena, sizeof(*o));
		bool has;

		o->line = tree_line(c);
		o->period_line = tree_line(n);
		o->from = from;
		o->to = to;
		o->measure = tree_attr(r, c, "measure");
		o->unit = tree_attr(r, c, "unit");
		o->goal_id = tree_attr(r, c, "goal");
		o->text = tree_text(r, c);
		o->value = tree_attr_ll(r, c, "value", &has);
		o->women = tree_attr_ll(r, c, "women", &o->has_women);
		o->men = tree_attr_ll(r, c, "men", &o->has_men);
		o->other = tree_attr_ll(r, c, "other", &o->has_other);
		o->children = tree_attr_is(r, c, "gender-words", "flickor-pojkar");
		goals_read_outcome(r, c, n, o);
		**tail = o;
		*tail = &o->next;
	}
}

/* An <author>; the first is also the follow-up's author_name and
 * author_title, which the PDF's Author and older code read. */
static void
read_author(struct reader *r, xmlNode *n, struct followup_author ***tail)
{
	struct followup *f = r->fu;
	struct followup_author *a = arena_alloc(r->arena, sizeof(*a));

	a->line = tree_line(n);
	a->name = tree_child_text(r, n, "name");
	a->title = tree_child_text(r, n, "title");
	if (f->authors == NULL) {
		f->author_line = a->line;
		f->author_name = a->name;
		f->author_title = a->title;
	}
	**tail = a;
	*tail = &a->next;
}

void
head_followup(struct reader *r, xmlNode *root)
{
	struct followup *f = r->fu;
	struct outcome **otail = &f->outcomes;
	struct followup_author **atail = &f->authors;
	xmlNode *c, *k;
	char *s = tree_attr(r, root, "kind");
	int i;

	f->line = tree_line(root);
	f->id = tree_attr(r, root, "id");
	f->agreement_id = tree_attr(r, root, "agreement");
	f->kind_text = tree_attr(r, root, "kind-text");
	for (i = 0; s != NULL && i < FOLLOWUP_KIND_COUNT; i++)
		if (strcmp(s, model_followup_kind_name((enum followup_kind)i)) == 0)
			f->kind = (enum followup_kind)i;
	for (c = tree_first(root->children); c != NULL; c = tree_next(c)) {
		if (tree_is(c, "title")) {
			f->title = tree_text(r, c);
			f->title_line = tree_line(c);
		} else if (tree_is(c, "date")) {
			f->date_line = tree_line(c);
			sign_written_date(r, c, "follow-up date", &f->date, &f->date_as);
		} else if (tree_is(c, "place")) {
			f->place = tree_text(r, c);
			f->place_line = tree_line(c);
		} else if (tree_is(c, "author"))
			read_author(r, c, &atail);
		else if (tree_is(c, "subtitle")) {
			f->subtitle = tree_text(r, c);
			f->subtitle_line = tree_line(c);
		} else if (tree_is(c, "period")) {
			f->period_line = tree_line(c);
			tree_attr_date(r, c, "from", "report period start", &f->period_from);
			tree_attr_date(r, c, "to", "report period end", &f->period_to);
		} else if (tree_is(c, "approval"))
			sign_read_approval(r, c);
		else if (tree_is(c, "participants")) {
			struct participant **pt = &f->participants;

			for (k = tree_child(c, "participant"); k != NULL; k = tree_next(k)) {
				struct participant *p = arena_alloc(r->arena, sizeof(*p));

				p->line = tree_line(k);
				p->name = tree_child_text(r, k, "name");
				p->organisation = tree_child_text(r, k, "organisation");
				p->role = tree_child_text(r, k, "role");
				p->signs = tree_attr_is(r, k, "signs", "sekreterare") ? SIGNS_SECRETARY :
				    tree_attr_is(r, k, "signs", "justerare") ? SIGNS_ADJUSTER : SIGNS_NONE;
				*pt = p;
				pt = &p->next;
			}
		} else if (tree_is(c, "activities"))
			read_activities(r, c);
		else if (tree_is(c, "outcomes"))
			read_outcomes(r, c, &otail);
		else if (tree_is(c, "assessments"))
			goals_read_assessments(r, c);
		else if (tree_is(c, "next-goals")) {
			f->next_year = tree_attr_int(r, c, "year");
			read_goals(r, c, &f->next_goals);
		} else if (tree_is(c, "summary"))
			f->summary = tree_text(r, c);
	}
}

