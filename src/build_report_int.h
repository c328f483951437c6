/* For the nämnd report's builder only: included by build_report.c and
 * its modules (build_report_year.c, build_report_agreement.c), never by
 * anything outside it, whose interface is build.h (build_report).  The
 * state of building one report, what the report shows of an agreement's
 * year, and the pieces of text every part is made of. */
#ifndef IOPDOC_BUILD_REPORT_INT_H
#define IOPDOC_BUILD_REPORT_INT_H

/* One term in the report for help listed without a value (valued="no"):
 * an amount cell, a chart's bar without a figure (review s22: "ej
 * värderat", "inte värderade i kronor" and "inget belopp angivet" mixed). */
#define REPORT_NOT_VALUED	"inte värderat i kronor"

#include <stdbool.h>
#include <stddef.h>

#include "build.h"
#include "build_common.h"
#include "calc.h"
#include "model.h"

/* An agreement's amounts for the year, by kind of party: the nämnd's
 * kommun, other public bodies (build_report_public.c), idéburna. */
struct ag_amounts {
	long long	 kommun, ideburen, total;
	bool		 has_kommun, has_ideburen;	/* none is not shown as 0 */
	bool		 kommun_not_valued;	/* the kommun lists help valued="no" only */
	bool		 ideburen_not_valued;	/* an idéburen party does */
	long long	 other_public;		/* regions, other bodies, other kommuner */
	bool		 has_other_public, other_public_not_valued;
	/* by enum rep_money, bits: REP_ANNUAL a party's amount counts more
	 * of a whole year's budget than the agreement covers of its
	 * (agreement) year (year_amount.beyond_cover), REP_NOT_ANNUAL one
	 * does not, or only in part (the summary's
	 * figures and chart say "helårsbelopp", "delvis helårsbelopp");
	 * REP_UNPAID money counted on its payment days has none this year */
	unsigned	 annual_for_part[3];
};

struct rep {
	struct builder			 bd;
	const struct report_input	*in;
	int				 year;
	const struct namnd_ref		*namnd;
	const struct agreement		**ags;		/* of the report */
	struct ag_amounts		*amounts;	/* of each of ags */
	long long			 kommun, ideburen;	/* of all ags */
	long long			 other_public;		/* of all ags */
	size_t				 nags;
	/* the agreement's Ekonomi table has said the part of the year it
	 * covers: said once per agreement section (review 2) */
	bool				 part_year_said;
	/* every party's remark would split the year over agreement years
	 * alike: said once under the Ekonomi table, not in each row */
	bool				 year_split_once;
	/* more than one row has a part year: its rule, with the money
	 * paid on its days, is said under the Ekonomi table, not in a row */
	bool				 part_year_under;
	/* the Ekonomi table being built: what holds for the table, said
	 * once under it (each sentence once; NULL outside the table), and
	 * whether the row being built lists its parts a line each
	 * (report_econ_items) */
	struct buf			*econ_under;
	bool				 econ_items;
	/* the rules part years were counted by, for the Bilaga's method
	 * note (build_report_duties.c): bits of the parts, final report */
	unsigned			 method_parts;
	bool				 method_final;
};

#define REP_ANNUAL	1u
#define REP_NOT_ANNUAL	2u
#define REP_UNPAID	4u
/* a part year's amount counted by days where the agreement gives none
 * (year_amount.days_assumed), and one that is not: "(beräknat efter
 * dagar)", "(delvis beräknat efter dagar)" */
#define REP_DAYS_ASSUMED	8u
#define REP_DAYS_STATED		16u
/* build_report_econ.c: " (helårsbelopp)", " (delvis helårsbelopp)",
 * " (beräknat efter dagar)" or "" for those bits. */
const char	*report_annual_mark(unsigned);

/* build_report_public.c: whose sum a party's money is added to. */
enum rep_money { REP_MONEY_KOMMUN, REP_MONEY_OTHER_PUBLIC, REP_MONEY_IDEBUREN };
struct money_slot {
	long long	*ag_sum, *all_sum;
	bool		*has, *not_valued;
};
enum rep_money	 report_party_money(const struct rep *, const struct agreement *,
		    const struct party *);
const char	*report_party_label(const struct rep *, const struct agreement *,
		    const struct party *);
/* The parties in the report's order (own kommun, other public, idéburna):
 * the first for NULL, NULL after the last; and their names in a line. */
const struct party *report_party_next(const struct rep *, const struct agreement *,
		    const struct party *);
const char	*report_parties(struct rep *, const struct agreement *);
void		 report_money_slot(struct rep *, struct ag_amounts *, enum rep_money,
		    struct money_slot *);
bool		 report_has_other_public(const struct rep *);
const char	*report_other_public_sum(struct rep *);
const char	*report_other_public_cell(struct rep *, const struct ag_amounts *);
const char	*report_money_ore(struct rep *, double);
/* A run of monthly money whose first or last month the agreement covers
 * in part, counted by its days, in whole months and days (review s28:
 * "31 500 kr per månad i knappt 4,7 månader"): the whole months
 * whole_first–whole_last (whole 0: none) and the part months' days, from
 * day … to day of their month (days 0: none).  False when the run's
 * count is not made so. */
struct month_split {
	int	whole, whole_first, whole_last;
	int	first_month, first_from, first_to, first_days, first_of;
	int	last_month, last_to, last_days, last_of;
};
bool		 report_month_split(const struct agreement *, int year, const struct year_month *,
		    struct month_split *);
/* "21 339 kr för 11–31 augusti + 4 × 31 500 kr för september–december" at
 * rate kr a month, the parts joined by join. */
void		 report_month_split_words(struct rep *, struct buf *, const struct month_split *,
		    double rate, const char *join);

/* Goals that speak of the year: the agreement's (for the year or for
 * every year) and the delmål follow-ups set for it. */
struct goal_row {
	const struct goal	*goal;
	const struct outcome	*now, *before;
	const struct followup	*source;
	enum goal_status	 status;
};

/* build_report_goals.c: whether the row is a goal without a measure or
 * target (qualitative), without an outcome and not assessed in the
 * year: it has no outcome to report, and is to be followed up in text
 * ("tre mål saknar mätbart målvärde och ska följas upp i text"), not
 * counted among the goals without a reported outcome. */
bool		 report_goal_in_text(const struct rep *, const struct agreement *,
		    const struct goal_row *);
/* Whether the row is a change on the year before (öka, minska,
 * bibehålla) that cannot be judged because that year is before its
 * agreement's start: no outcome for it could exist ("kan inte bedömas
 * eftersom det jämför med 2021, före överenskommelsens start"), not
 * "saknas". */
bool		 report_goal_before_start(const struct rep *, const struct agreement *,
		    const struct goal_row *);
/* build_report_message.c: a goal's first sentence in quotes,
 * "”Sammanlagt matchas minst 25 par för halvåret 2019”", when at most
 * 120 code points; false otherwise. */
bool		 report_goal_text_name(const char *text, char *out, size_t size);
/* build_report_goals.c: under the goal table, each goal whose target is
 * reached but which holds a condition no outcome measures (GOAL_PART_JUDGED):
 * "Delmålet ”…” är delvis bedömt. Utfallet når målvärdet, men villkoret
 * ”…” mäts inte."; the number of such goals (0: nothing added). */
size_t		 report_part_judged_notes(struct rep *, const struct goal_row *, size_t n,
		    bool add);
/* build_report_message.c: a goal named in a sentence by its kind and its
 * text when short ("delmålet ”Sammanlagt matchas …”"), else by its
 * measure ("delmålet om deltagare"), appended to b; "Delmålet …" when
 * capital. */
void		 report_goal_named(struct buf *b, const struct goal *, bool capital);
/* The length of s without the full stops and spaces that close it: a
 * text quoted inside a sentence of the report's own. */
int		 report_len_without_stop(const char *s);
/* Whether the row is a count per year in a year its agreement covers
 * in part, below the stated target (GOAL_WHOLE_YEAR): not judged for
 * the part, counted apart from the goals met ("ett mål gäller helår och
 * bedöms inte för del av året"), or in the year the agreement ends
 * within (GOAL_ENDED: not judged at all).  from, to (each may be NULL)
 * get the part. */
bool		 report_goal_whole_year(const struct rep *, const struct agreement *,
		    const struct goal_row *, struct date *from, struct date *to);

/* Each follow-up kind's word in running text ("dialogmöte"). */
extern const char *const report_kind_names[];
/* The kind as the follow-up writes it (kind-text), else the word above. */
const char		*report_kind_word(const struct followup *);

/* build_report_goals.c: the unit as the report prints it, NULL for none
 * and for "st" (styck: the number stands plain, "71", not "71 st"). */
const char	*report_unit(const char *);
/* build_report_goals.c: a count grouped in thousands ("1 912"). */
void		 report_add_count(struct buf *, long long);
/* sep, the count grouped, a space and word: ", 1 020 kvinnor" */
void		 report_add_part(struct buf *, const char *sep, long long, const char *word);

/* build_report.c: the one order of the report's agreements, everywhere
 * (alphabetical by the name the report uses, as Swedish sorts). */
int		 report_ag_cmp(const struct agreement *, const struct agreement *);
void		 report_sort_agreements(struct rep *);
/* build_report_year.c: what the report shows of an agreement's year. */
const char	*report_short_name(const struct agreement *);
const char	*report_diarienummer(struct rep *, const struct agreement *);
/* Two agreements of the report with one name (renewed under it) are told
 * apart wherever the report names them: report_short_name gives each its
 * period's years ("Nystart arbetsträning 2020–2023"), and its diarienummer
 * where those are alike too.  Set once the report's agreements and arena
 * are known; cleared when it is built. */
void		 report_names_set(const struct rep *);
void		 report_names_clear(void);
/* One agreement read twice (corpus_same_agreement: a copy left beside
 * its new version) counted once among r->ags: the copy corpus_counts_over
 * chooses stays, in its place (build_report.c).  check, report and build
 * warn of it (validate_same_agreement). */
void		 report_drop_copies(struct rep *);
bool		 report_next_followup(const struct rep *, const struct agreement *, size_t *i,
		    const struct followup **);
size_t		 report_goal_rows(const struct rep *, const struct agreement *, struct goal_row **);
/* A party group's words for a part year as a sentence, with a space
 * after: "Ekdala kommun betalade inget ut 2025 (…). ", "För alla parter
 * räknas beloppet …. "; who NULL: "Beloppet är budgeten för 2023. " */
const char	*report_shared_with(struct rep *, const struct agreement *, size_t *count,
		    bool *own_kommun);
/* Page 1 on agreements other nämnder report too: "Överenskommelsen delas
 * med socialnämnden, Ekdala kommun, som också redovisar den." (name NULL:
 * the report's only agreement), "Steget delas med …", "Två av
 * överenskommelserna delas med andra nämnder, som också redovisar dem."
 * (nshared > 1: with unused); nothing when nshared is 0. */
void		 report_msg_shared(struct buf *, const char *name, const char *with,
		    size_t nshared);
/* The report's agreements that another nämnd of the same kommun reports
 * too, whose kommun money each report counts in full: how many, their
 * kommun money (*amount), the first's other nämnder (*with) and index
 * (*first). */
/* Whether agreement i's kommun (else idéburna) money of the year rests
 * on a line's estimate: its figures say "(uppskattat)" wherever they
 * stand. */
bool		 report_estimated(const struct rep *, size_t i, bool kommun);
struct budget_line;
size_t		 report_lines_missing(const struct rep *, const struct agreement *,
		    const struct party *, const struct budget_line **, size_t max);
bool		 report_party_estimated(const struct agreement *, const struct party *,
		    const struct year_amount *);
size_t		 report_shared_own(struct rep *, long long *amount, const char **with,
		    size_t *first);
void		 report_part_sentence(struct buf *, const char *who, const char *words);
size_t		 report_long_goals(const struct rep *, const struct agreement *,
		    const struct goal ***);
/* The goal's outcome ending in year, as the goal table picks it: the one
 * that names the goal or has its measure, whose period ends last; from
 * (when not NULL) gets its follow-up. */
const struct outcome *report_goal_outcome(const struct rep *, const struct agreement *,
		    const struct goal *, int year, const struct followup **from);
/* The one year a goal is tied to (its year, from and to in one year, or
 * the <next-goals year> that sets it), 0 for a goal of every year. */
int		 report_goal_year(const struct rep *, const struct agreement *,
		    const struct goal *);
/* build_report_agreement.c: the Målvärde column's words ("minst 24
 * deltagare per år", "–"). */
const char	*report_goal_target(struct rep *, const struct goal *);
/* build_report_agreement.c: "gällde" of the report's year or an
 * earlier one (past at the report's date), "gäller" of a later one. */
const char	*report_held(const struct rep *, int year);
/* build_report_agreement.c: the paragraph of the agreement's text
 * that states its purpose; *is_purpose false when none does and it is
 * the first paragraph (shown as "Om överenskommelsen"). */
const struct block *report_purpose_block(struct arena *, const struct block *text,
		    bool *is_purpose);
/* The Status column's words, by enum goal_status. */
extern const char *const report_status_names[];
bool		 report_in_year(const struct followup *, int year);
bool		 report_has_followup_in_year(const struct rep *, const struct agreement *);
bool		 report_party_lists_not_valued(const struct agreement *, const struct party *, int year);
bool		 report_add_up_amounts(struct rep *);
char		*report_fulfilment(struct rep *, const struct agreement *);
/* A follow-up is the year's source unless dated after the year without
 * speaking of it; one dated in another year than it speaks of gets
 * "(avser 2023)" (report_avser: the words, or NULL).  The title beside a kind's word when it says more
 * (NULL: it holds the word).  A goal's short name for a sentence: its
 * measure, else its text's first clause of at most max code points
 * ("…" when cut), into out of size bytes. */
bool		 report_is_source(const struct rep *, const struct followup *);
const char	*report_avser(const struct rep *, const struct followup *);
const char	*report_title_beside_kind(const char *title, const char *kind);
void		 report_goal_short_name(const char *measure, const char *text, size_t max,
		    char *out, size_t size);
void		 report_lower_first(char *);
/* A budget line's label as an item's name, how it is counted apart:
 * "Verksamhetsbidrag" and "räknas per dag" (build_report_econ.c). */
const char	*report_item_name(struct rep *, const char *label, const char **how);
const char	*report_body_genitive(struct rep *);
/* s with its first letter a capital, for a row label (arena copy). */
const char	*report_upper_first(struct rep *, const char *);
/* The agreement's follow-ups keep accepts (report_is_source,
 * report_counts_in_year), in date order; *out the caller's to free. */
bool		 report_counts_in_year(const struct rep *, const struct followup *);
size_t		 report_followups_dated(const struct rep *, const struct agreement *,
		    bool (*keep)(const struct rep *, const struct followup *),
		    const struct followup ***out);

/* build_report.c: pieces of text. */
struct doc_node	*report_heading(struct rep *, const char *text, int level, bool toc);
/* "Årsrapport 2024: idéburna offentliga partnerskap": the title without
 * a report file's <title> (model_report.h's REPORT_DEFAULT_TITLE). */
const char	*report_default_title(struct arena *, int year);
struct doc_node	*report_text(struct rep *, const char *);
struct doc_node	*report_labelled(struct rep *, const char *label, const char *value);

/* build_report_goals.c: the target of a range, a share or a count per
 * week, month or quarter ("mellan 150 och 200 deltagare", "minst 75 %",
 * "minst 10 besök per vecka (omräknat av förvaltningen: 10 × 52 veckor =
 * 520 per år)"); an outcome's " av
 * 55" and its percent (as stated, else computed); the year's latest
 * assessment of a goal ("Bedömning: Delvis uppfyllt. ..."; NULL: none);
 * the cumulative outcomes ending in the year, apart. */
struct buf;
const char	*report_goal_target_more(struct rep *, const struct goal *);
void		 report_outcome_ratio(struct buf *, const struct outcome *);
void		 report_outcome_percent(struct buf *, const struct outcome *);
/* Every percent the report prints, from its tenths: one decimal,
 * none when whole ("42,7 %", "50 %"); a computed share of a count is
 * its tenths rounded half up (calc_outcome_percent_tenths), a stated one
 * printed as stated (review s26). */
void		 report_percent_tenths(struct buf *, long long tenths);
const char	*report_assessment_text(struct rep *, const struct agreement *, const struct goal *);
/* The latest assessment of goal g among the year's follow-ups (the
 * Bedömning column's and the summary's); *from, when not NULL, the
 * follow-up that makes it. */
const struct assessment *report_assessment_from(const struct rep *, const struct agreement *,
		    const struct goal *, const struct followup **from);
/* The follow-up whose assessment of the goal the report shows, or NULL. */
const struct followup *report_assessment_source(const struct rep *, const struct agreement *,
		    const struct goal *);
void		 report_cumulative_outcomes(struct rep *, const struct agreement *,
		    const char *(*text)(struct rep *, const struct outcome *));

/* build_report_duties.c: a follow-up duty the year fell short of, in
 * the part of the year the agreement covers: meetings of a kind (kind
 * as written; NULL: follow-up meetings of any kind) or written reports. */
struct duty_gap {
	const char	*kind;
	size_t		 done;		/* held, or filed for the year */
	int		 required;	/* asked for in the year */
	bool		 reports;	/* written reports, not meetings */
	struct date	 by;		/* reports due under the period: by
					 * this day; y 0: in the year */
	/* meetings: the operational ones left out of the count ("månatliga
	 * driftmöten"), or NULL */
	const char	*besides;
	/* meetings per week or month, short: said apart, as a count ("inget
	 * av 52 driftmöten"), after the other kinds */
	bool		 apart;
};
/* The agreement's gaps of the year, at most max; 0: none. */
size_t		 report_duty_gaps(struct rep *, const struct agreement *, struct duty_gap *,
		    size_t max);
/* build_report_goals.c: the level of the year's latest assessment of g
 * (false: none). */
bool		 report_assessment_level(const struct rep *, const struct agreement *,
		    const struct goal *, enum assessment_level *);
/* build_report_message.c: the summary's text, before its tables. */
void		 report_message(struct rep *);
/* "Att uppmärksamma": per agreement what the nämnd should note, after
 * the year's key figures. */
void		 report_attention(struct rep *);
/* The report file's förslag till beslut under its heading, first after
 * the title block as in a tjänsteskrivelse (nothing without one). */
void		 report_proposal(struct rep *);
/* Its sentences, appended to b (a space first when b has text). */
struct buf;
/* A sum of the year as the summary's table adds it up (kr). */
struct msg_money {
	long long	 sum;		/* of the agreements with a figure */
	bool		 has, not_valued;	/* as struct ag_amounts */
	size_t		 nwith, nags;	/* agreements with a figure, of all */
	long long	 money, in_kind;	/* sum told apart; both or neither */
	bool		 has_money, has_in_kind;
	bool		 part;		/* an agreement covers part of the year */
	size_t		 npart;		/* how many of nags do */
	/* The kommun's figure resting on an assumption (one agreement's,
	 * named by assumed_in when the nämnd has several): an earlier
	 * year's yearly amount carried into a year without a budget
	 * (carried_from, else 0), a yearly amount counted whole for the
	 * part from-to of the year (whole_for_part). */
	int		 carried_from;
	bool		 whole_for_part;
	struct date	 from, to;
	const char	*assumed_in;
	/* the kommun's money counted on its payment days, of a part year or
	 * a year none falls in: report_adjust_paid's words; NULL: not so */
	const char	*paid;
	size_t		 norgs;		/* the idéburna's: one is said singular */
	bool		 estimated;	/* rests on a line's estimate */
	bool		 index_missing;	/* an uprating due this year without
					 * its index values: shown without it */
	bool		 days_assumed;	/* a part year counted by days where the
					 * agreement gives no amount for it */
	/* lines of a budget with year columns that have amounts in other
	 * years but none in this one: "”Lokalhyra”", "”A” och ”B”" */
	const char	*missing;
	size_t		 nmissing;
	const char	*mark;		/* other public money: report_annual_mark's */
	/* the kommun's money of a part last year counted a whole year's
	 * payments, all before the end (report_adjust_last_paid_whole) */
	bool		 paid_whole;
	struct date	 paid_whole_to;
};
/* "Kommunens finansiering var 1 250 000 kr (1 180 000 kr 2022)." or the
 * idéburna parties' "De idéburna organisationernas insatser var värda
 * …"; before NULL or without a figure: no comparison. */
void		 report_msg_money(struct buf *, bool kommun, int year, const struct msg_money *now,
		    const struct msg_money *before);
/* "Övrig offentlig finansiering var 200 000 kr, oförändrat jämfört med
 * 2026." (before NULL or without a figure: no comparison). */
void		 report_msg_other_public(struct buf *, int year, const struct msg_money *now,
		    const struct msg_money *before);
/* An agreement that began or ended within the year (from or to inside
 * it), for the money paragraph: "Mentor för kvinnor (från 1 mars) och
 * Nystart arbetsträning (från 1 juli) började gälla under året."; name
 * NULL: "Överenskommelsen" (the nämnd's only one). */
struct msg_span {
	const char	*name;
	struct date	 from, to;
	bool		 starts, ends;	/* within the year, not on 1 Jan / 31 Dec */
};
void		 report_msg_spans(struct buf *, const struct msg_span *, size_t n);
/* Goals by class: the computed status of the goal tables. */
enum msg_goal {
	MSG_GOAL_MET, MSG_GOAL_PARTLY,
	MSG_GOAL_PART_JUDGED,	/* a target reached, a condition not measured
				 * (unmeasured="…"): "delvis bedömt" */
	MSG_GOAL_NOT_MET, MSG_GOAL_NOT_YET,
	MSG_GOAL_NOT_REPORTED, MSG_GOAL_NO_TARGET, MSG_GOAL_UNJUDGED,
	MSG_GOAL_UNJUDGED_START,	/* a change on a year before the start */
	MSG_GOAL_IN_TEXT,	/* no measure or target: followed up in text */
	MSG_GOAL_WHOLE_YEAR,	/* a yearly count not judged in a part year */
	MSG_GOAL_ENDED,		/* the same in the year its agreement ends
				 * within: nothing judges it later */
	MSG_GOAL_LONG,		/* horizon="long": not one of the year's goals */
	MSG_GOAL_N
};
/* "Av elva mål för 2023 är sex uppnådda, två delvis uppnådda och tre
 * utan rapporterat utfall." */
/* The follow-ups' own judgements, by whose they are and by level (enum
 * assessment_level: uppfyllt, delvis, ej uppfyllt), said apart from the
 * status with whose they are: a written report's the organisation's own,
 * a meeting's the parties' together ("I sina rapporter bedömer
 * organisationerna själva två av målen som uppfyllda och ett som delvis
 * uppfyllt."). */
enum msg_assessor { MSG_BY_ORG, MSG_BY_PARTIES, MSG_BY_N };
struct msg_assessed {
	size_t		 level[MSG_BY_N][3];
	size_t		 nsources[MSG_BY_N];	/* reports, meetings judging */
	size_t		 norgs;		/* agreements whose reports judge */
};
void		 report_msg_goals(struct buf *, int year, size_t nags,
		    const size_t count[MSG_GOAL_N], const struct msg_assessed *);
/* build_report_goals.c: the one class of a goal row every count of
 * goals uses (the summary, the key figures, the overview's cell): the
 * table's status, a goal without a measure or target and no follow-up
 * MSG_GOAL_IN_TEXT, a change on a year before the start apart. */
enum msg_goal	 report_goal_class(const struct rep *, const struct agreement *,
		    const struct goal_row *);
/* build_report_goals.c: the year's goals met (those met in their
 * measured part among them), judged (met or not met) and met in their
 * measured part only, by report_goal_class: the key figures' and the
 * CSV's one count. */
void		 report_goals_judged(const struct rep *, size_t *met, size_t *judged,
		    size_t *part);
/* The key figures' cell of it, in r's arena: "3 av 4", "1 av 1 (delvis
 * mätt)", "3 av 4 (1 delvis mätt)", "inget bedömt". */
const char	*report_judged_cell(struct rep *r, const struct rep *of);
/* Sentences of an agreement's item under "Att uppmärksamma", without
 * the name or a full stop, in lower case.  What is on file of the
 * duties short: "för 2023 finns ett av två dialogmöten och ingen
 * skriftlig rapport i underlaget"; gaps: n of them, the first nmeetings
 * meetings (several kinds as one: "inget av sex möten (avstämning 3,
 * styrgrupp 2, årsdialog 1)"), then the reports. */
void		 report_msg_on_file(struct buf *, int year, const struct duty_gap *, size_t n,
		    size_t nmeetings);
/* No follow-up for the year and none of what it requires on file: "för
 * 2023 krävdes ett dialogmöte och en skriftlig rapport, men ingen
 * uppföljning finns i underlaget"; said: the inledning has said so, and
 * the clause ends after the duties. */
void		 report_msg_nothing_on_file(struct buf *, int year, const struct duty_gap *,
		    size_t n, size_t nmeetings, bool said);
/* Whether the inledning says the agreement has no follow-up for the
 * year: "Underlaget har ingen uppföljning av överenskommelsen för 2027."
 * or "(…; ingen uppföljning för 2023)" in its list. */
bool		 report_intro_says_none(const struct rep *, const struct agreement *);
/* "överenskommelsen löper ut 2024-12-31" (an end in the year itself:
 * "överenskommelsen löpte ut 2023-12-31"); with a notice period and an
 * automatic renewal (<renewal>), the last day to give notice: "… och
 * förlängs automatiskt om den inte sägs upp senast 2024-09-30". */
void		 report_msg_ending(struct buf *, struct date to, int notice_months,
		    int renewal_months, int year);
/* The last day to give notice: months before the end, the end of a
 * month kept the end of a month. */
struct date	 report_notice_date(struct date to, int months);

/* build_report_duties.c: the written reports the year requires:
 * reports-per-year, in a year the agreement covers in part the year's
 * equal parts the part covers more than half of, and at least one, the
 * final report, in the year the agreement ends (calc_duty.c, as for
 * meetings: Norrvik from 1 September 2024, two per år, "efter varje
 * termin", owes the autumn termin's only; Ekby from 11 August 2025
 * likewise). */
int		 report_reports_required(const struct rep *, const struct agreement *);
int		 report_reports_due(const struct rep *, const struct agreement *, struct date *);
/* build_report_duties.c: the "Uppföljning" paragraph's duties, what the
 * agreement requires in one sentence and what is on file for the year
 * in another ("Överenskommelsen kräver ett driftmöte per vecka (52 per
 * år), två styrgruppsmöten och två skriftliga rapporter per år. För 2024
 * finns inget driftmöte, ett styrgruppsmöte och två skriftliga rapporter
 * i underlaget."), and the <report-due> deadlines. */
void		 report_duty_paragraph(struct rep *, const struct agreement *, struct buf *);
void		 report_duty_deadlines(struct rep *, const struct agreement *, struct buf *);
/* The Bilaga's "Så har belopp och möten räknats": the part-year rules
 * recorded while the duties were written; "" when none applied. */
void		 report_method_duties(unsigned, bool, struct buf *);
/* A meeting kind as a Swedish noun for count n ("styrgrupp": "ett
 * styrgruppsmöte", "två styrgruppsmöten"; "partssamtal"; "avstämning",
 * "avstämningar"), *neuter its gender; NULL for a kind not known, said
 * "möte (kind)" / "möten (kind)". */
const char	*report_meeting_noun(const char *kind, long long n, bool *neuter, char *out,
		    size_t size);
/* Whether a follow-up records a meeting of the <meeting> kind. */
/* build_report_econ.c: "Insatsen lokaler är inte värderad i kronor. "
 * for a party's lines valued="no" in its budgets of base_year, added to
 * note; nothing when it has none. */
struct buf;
/* The summary's "Kommunens finansiering" (public) or "Idéburna organisationers
 * insatser": the year's sum, or "ej värderat" when the only help of the
 * year is listed without a value (never "0 kr" for it). */
const char	*report_econ_sum(struct rep *, bool public);
/* Whether "ingen utbetalning" is true of a party with an in-kind budget:
 * it has no money budget, and its amount is a value (help listed
 * without one has its own remark). */
struct year_amount;
/* build_report_adjust.c: the remark's words on the adjustment and the
 * agreement years; "2024" or "2024/25". */
void		 report_adjust_note(struct rep *, struct buf *, const struct agreement *,
		    const struct party *, const struct year_amount *);
/* "Delbeloppen är avrundade var för sig; tillsammans blir de 1 kr mer än
 * beloppet för 2027. ": the money paid and the monthly money, each
 * printed in whole kronor, where the year rounds them once. */
/* "med 2 % per år", "enligt 90 % OPI + 10 % KPI" */
void		 report_adjust_words(struct buf *, const struct adjustment *);
void		 report_adjust_later_steps(struct buf *, const struct adjustment *, int first,
		    int last);
/* Whether the amount rests on an earlier year's budget the agreement
 * does not carry forward itself (no budget without a year, no
 * adjustment): an assumption, said so.  *year the (agreement) year
 * without a budget, *base_year the one whose amount counts. */
/* Whether index value v is a preliminary one that a counted step of ja
 * rests on and no definitive value of its index and date replaces. */
bool		 report_adjust_standing_preliminary(const struct year_adjust *,
		    const struct index_value *);
bool		 report_adjust_assumed(const struct agreement *, const struct party *,
		    const struct year_amount *, int *year, int *base_year);
const char	*report_adjust_part_span(struct rep *, struct date, struct date);
/* "1 januari–31 oktober": an outcome's part of the year in words; "31
 * oktober" for a from of year 0. */
const char	*report_day_span(struct rep *, struct date, struct date);
/* The preliminary index values that the amounts of the period's years
 * rest on, "OPI 2,9 % från 2026-01-01 och KPI 1,8 % från 2026-01-01"
 * appended to b; returns how many. */
size_t		 report_adjust_period_preliminary(const struct agreement *, struct buf *);
/* build_report_econ.c: an agreement's stated total per year beside the
 * budgets' sum when they differ, without the subject; else NULL. */
const char	*report_econ_stated_whole(struct rep *, const struct agreement *);
const char	*report_adjust_year_split(struct rep *, const struct agreement *,
		    const struct year_amount *);
const char	*report_adjust_prorated(struct rep *, const struct agreement *,
		    const struct party *, const struct year_amount *);
/* Where all of a party's valued budgets of the year are money counted
 * on its payment days: "betalas ut i juli", or when none falls in the
 * year "inget utbetalt 2021; betalas ut i juli varje år, första gången
 * juli 2022"; NULL otherwise. */
const char	*report_adjust_paid(struct arena *, const struct year_amount *);
/* The year's budget lines the payment terms never pay within the period
 * that year, said under the Ekonomi table; NULL: none. */
const char	*report_adjust_unpaid_budget(struct rep *, const struct agreement *);
const char	*report_adjust_unpaid_clause(struct rep *, const struct agreement *);
const char	*report_adjust_from_also_clause(struct rep *, const struct agreement *);
/* The period's last, part year counted whole: every payment before the
 * end; and the sentence on the kommun's sum for the whole period. */
bool		 report_adjust_last_paid_whole(const struct agreement *,
		    const struct party *);
const char	*report_adjust_period_paid_whole(struct rep *, const struct agreement *);
const char	*report_budget_year(struct rep *, const struct agreement *, int year);
/* build_report_items.c: the row's parts in cell, one a line (LINE_SEP),
 * "Bidrag till lokalhyra, Norrby centrum: 87 394 kr (augusti)", adding
 * up to the row's amount ±1 kr a part; in_kind names the money counted
 * by days of help in kind ("Insats i verksamheten"), or NULL.  False,
 * cell untouched, when the parts cannot be so listed. */
bool		 report_econ_items(struct rep *, const struct agreement *,
		    const struct party *, const struct year_amount *, const char *in_kind,
		    struct buf *cell);
/* Sentence s under the Ekonomi table, once (r->econ_under); into note
 * when no table is being built. */
void		 report_econ_under(struct rep *, struct buf *note, const char *s);
bool		 report_econ_pays_nothing(const struct agreement *, const struct party *,
		    const struct year_amount *);
/* After the economy table: each public party's budget lines that give a
 * nature or a payment rhythm, in a table of their own (nothing when none
 * does). */
void		 report_econ_lines(struct rep *, const struct agreement *);
/* After them: each pool of the year, "Ofördelat 2025: 300 000 kr, att
 * fördelas mellan A och B.", apart from every party's amount. */
void		 report_econ_pools(struct rep *, const struct agreement *);
/* build_report_costs.c: the year's cost budget, one sentence. */
void		 report_econ_costs(struct rep *, const struct agreement *,
		    const struct ag_amounts *);
/* "Resor: 150 kr/resa, uppskattat 45 000 kr, högst 60 000 kr. " for a
 * party's base-year lines priced per unit with an estimate or ceiling,
 * and "Villkorat belopp: Bidrag, 35 000 kr, om inte …. " for each line
 * with a condition. */
void		 report_econ_priced(struct rep *, struct buf *note, const struct agreement *,
		    const struct party *, int base_year);
void		 report_econ_not_valued(struct buf *note, const struct agreement *,
		    const struct party *, int base_year, bool none_valued);
/* "Månadsbelopp 25 000 kr i 2 månader (november–december). " for a
 * party's budgets per="month"; nothing when it has none. */
void		 report_econ_monthly(struct rep *, struct buf *note, const struct agreement *,
		    const struct party *, const struct year_amount *);
/* "Överenskommelsen anger totalt 270 000 kr, 10 000 kr mer än posterna
 * (260 000 kr); rapporten räknar med posterna. " for each of a party's
 * base budgets whose stated total differs from its lines: the year's
 * amount counts the lines, and the stated total stands beside them.
 * clause: the same in lower case, for "Att uppmärksamma". */
void		 report_econ_stated(struct rep *, struct buf *note, const struct agreement *,
		    const struct party *, int base_year, bool clause);

/* build_report_compare.c (issue 13): what the report compares.  A
 * chart of two bars or more (false, nothing placed, for fewer: the table
 * says it); each party's money per year of the agreement's period, the
 * last five up to the report's year, and the whole period's sum
 * ("ofullständig" when a year has no figure), after the year's economy
 * table (nothing for a period within one calendar year); each goal's
 * outcomes in the years it has any, when more than one, with its target;
 * the nämnd's agreements of the year before, their amounts added up
 * (false when there are none), freed with report_last_year_free; a
 * year's follow-ups and measurable goals met; the summary's funding
 * chart, the kommun against the idéburna, last year beside this year. */
struct doc_chart;
bool		 report_chart(struct rep *, struct doc_chart *);
void		 report_compare_funding(struct rep *, const struct agreement *);
void		 report_compare_trends(struct rep *, const struct agreement *,
		    const char *(*target)(struct rep *, const struct goal *));
bool		 report_last_year(const struct rep *, struct rep *prev);
void		 report_last_year_free(struct rep *);
void		 report_year_counts(const struct rep *, size_t *fus, size_t *met,
		    size_t *measurable);
void		 report_compare_chart(struct rep *, const struct rep *prev);
/* Last year's column (col) of "2023 i siffror", its rows in the
 * summary's order, row 3 other public money when k is 1. */
struct doc_table;
void		 report_compare_last_column(struct rep *, struct doc_table *, size_t col,
		    size_t k, struct rep *last);

/* build_report_agreement.c: the section of the report's agreement k. */
void		 report_agreement_section(struct rep *, size_t k);
/* Whether an outcome answers one of the goal rows ("Övriga utfall" lists
 * those that do not). */
bool		 report_outcome_answers_goal(const struct goal_row *, size_t n,
		    const struct outcome *);

/* build_report_cover.c: the cover (page 1), with the report file's
 * facts when r->in->info is given; and a text of the report file under
 * its heading ("Inledning", "Analys", "Slutsatser"), nothing when the
 * file or the text is missing. */
enum report_text { REPORT_TEXT_INTRODUCTION, REPORT_TEXT_ANALYSIS, REPORT_TEXT_CONCLUSIONS };
void		 report_cover(struct rep *);
void		 report_file_text(struct rep *, enum report_text);
/* The PDF's title, author and keywords from the report file (after the
 * builder's defaults). */
void		 report_metadata(struct rep *, struct doc *);
/* The kommun's logo at the head of page 1 when the template has none:
 * the logo the report's agreements give the nämnd's kommun as a party,
 * when they all give the same file and it is one the PDF can embed;
 * never another kommun's (build_report_cover.c). */
void		 report_kommun_logo(struct rep *, struct doc *);
/* Whether the report is a draft: no report file (NULL), or one with
 * status="draft". */
bool		 report_is_draft(const struct report_info *);

#endif
