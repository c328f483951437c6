/* Whose money a nämnd report counts as the kommun's.  Public parties
 * are the kommun's, a region's or another public body's (<party
 * kind="…">); of several kommuner, the one named as the report's
 * nämnd's kommun is the nämnd's (else the one acting through a nämnd of
 * its name), and the others' money is counted with the other public
 * money. */
#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "build_report_int.h"
#include "mem.h"
#include "utf8.h"

/* Whether p is named as the report's nämnd's kommun. */
static bool
is_namnds_kommun(const struct rep *r, const struct party *p)
{
	return r->namnd != NULL && r->namnd->kommun != NULL && p->name != NULL &&
	    utf8_casecmp(p->name, r->namnd->kommun) == 0;
}

/* Whether p acts through a nämnd of the report's nämnd's name. */
static bool
acts_through_namnd(const struct rep *r, const struct party *p)
{
	size_t i;

	for (i = 0; r->namnd != NULL && i < p->acting_chain.n && r->namnd->name != NULL; i++)
		if (utf8_casecmp(p->acting_chain.text[i], r->namnd->name) == 0)
			return true;
	return false;
}

static bool
is_kommun(const struct party *p)
{
	return p->role == ROLE_PUBLIC && p->public_kind == PUBLIC_KOMMUN;
}

enum rep_money
report_party_money(const struct rep *r, const struct agreement *ag, const struct party *p)
{
	const struct party *q;
	bool any_named = false, any_acting = false;

	if (p->role != ROLE_PUBLIC)
		return REP_MONEY_IDEBUREN;
	if (p->public_kind != PUBLIC_KOMMUN)
		return REP_MONEY_OTHER_PUBLIC;
	for (q = ag->parties; q != NULL; q = q->next)
		if (is_kommun(q) && q != p)
			break;
	if (q == NULL)		/* the only kommun: the nämnd's */
		return REP_MONEY_KOMMUN;
	for (q = ag->parties; q != NULL; q = q->next) {
		any_named |= is_kommun(q) && is_namnds_kommun(r, q);
		any_acting |= is_kommun(q) && acts_through_namnd(r, q);
	}
	/* by name first: the socialnämnder of two kommuner have one name */
	if (any_named)
		return is_namnds_kommun(r, p) ? REP_MONEY_KOMMUN : REP_MONEY_OTHER_PUBLIC;
	return !any_acting || acts_through_namnd(r, p) ? REP_MONEY_KOMMUN :
	    REP_MONEY_OTHER_PUBLIC;
}

/* The parties in a report's order: the nämnd's own kommun first, then
 * the other public parties, then the idéburna, each in the agreement's
 * order (review s26: Bruksby's report listed Ekdala kommun first); the
 * first for p NULL, NULL after the last. */
const struct party *
report_party_next(const struct rep *r, const struct agreement *ag, const struct party *p)
{
	const struct party *q;
	int rank = p == NULL ? REP_MONEY_KOMMUN : (int)report_party_money(r, ag, p), k;

	for (k = rank; k <= REP_MONEY_IDEBUREN; k++)
		for (q = k == rank && p != NULL ? p->next : ag->parties; q != NULL; q = q->next)
			if ((int)report_party_money(r, ag, q) == k)
				return q;
	return NULL;
}

/* "Bruksby kommun, Ekdala kommun, Region Exempelland, Föreningen …": the
 * parties' names in the report's order. */
const char *
report_parties(struct rep *r, const struct agreement *ag)
{
	struct buf b = { NULL, 0, 0 };
	const struct party *p;
	const char *s;

	for (p = report_party_next(r, ag, NULL); p != NULL; p = report_party_next(r, ag, p))
		buf_printf(&b, "%s%s", b.len == 0 ? "" : ", ", p->name);
	s = arena_strdup(r->bd.a, b.data != NULL ? b.data : "");
	buf_free(&b);
	return s;
}

/* The word in parentheses after the party's name in the economy table. */
const char *
report_party_label(const struct rep *r, const struct agreement *ag, const struct party *p)
{
	if (p->role != ROLE_PUBLIC)
		return "idéburen part";
	switch (p->public_kind) {
	case PUBLIC_REGION:
		return "regionen";
	case PUBLIC_OTHER:
		return "offentlig part";
	case PUBLIC_KOMMUN:
		break;
	}
	return report_party_money(r, ag, p) == REP_MONEY_KOMMUN ? "kommunen" :
	    "samverkande kommun";
}

void
report_money_slot(struct rep *r, struct ag_amounts *am, enum rep_money m,
    struct money_slot *s)
{
	switch (m) {
	case REP_MONEY_KOMMUN:
		*s = (struct money_slot){ &am->kommun, &r->kommun, &am->has_kommun,
		    &am->kommun_not_valued };
		break;
	case REP_MONEY_OTHER_PUBLIC:
		*s = (struct money_slot){ &am->other_public, &r->other_public,
		    &am->has_other_public, &am->other_public_not_valued };
		break;
	case REP_MONEY_IDEBUREN:
		*s = (struct money_slot){ &am->ideburen, &r->ideburen, &am->has_ideburen,
		    &am->ideburen_not_valued };
		break;
	}
}

bool
report_has_other_public(const struct rep *r)
{
	size_t i;

	for (i = 0; i < r->nags; i++)
		if (r->amounts[i].has_other_public || r->amounts[i].other_public_not_valued)
			return true;
	return false;
}

/* "Övrig offentlig finansiering": as report_econ_sum for the kommun. */
const char *
report_other_public_sum(struct rep *r)
{
	bool has = false;
	unsigned annual = 0;
	size_t i;

	for (i = 0; i < r->nags; i++) {
		has |= r->amounts[i].has_other_public;
		annual |= r->amounts[i].annual_for_part[REP_MONEY_OTHER_PUBLIC];
	}
	if (!has)
		return REPORT_NOT_VALUED;
	/* money paid in a later year, as the kommun's line says it */
	if (r->other_public == 0 && (annual & REP_UNPAID))
		return arena_printf(r->bd.a, "%s (inget utbetalt)", build_money(&r->bd, 0, false));
	return arena_printf(r->bd.a, "%s%s", build_money(&r->bd, r->other_public, false),
	    report_annual_mark(annual));
}

/* The agreement's other public money for the year, for its row. */
const char *
report_other_public_cell(struct rep *r, const struct ag_amounts *am)
{
	/* money paid in a later year: the kommun's column's words */
	if (am->has_other_public && am->other_public == 0 &&
	    (am->annual_for_part[REP_MONEY_OTHER_PUBLIC] & REP_UNPAID))
		return "inget utbetalt";
	if (am->has_other_public)
		return build_money(&r->bd, am->other_public, false);
	return am->other_public_not_valued ? REPORT_NOT_VALUED : "–";
}
