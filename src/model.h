/* The agreement and follow-up model: plain C structs filled by the XML
 * reader, linked by corpus.c, checked by validate.c, computed with by
 * calc.c and turned into documents by the build_*.c files.  It knows
 * nothing of XML or PDF.  Everything of a document hangs off one arena,
 * freed with agreement_free() or followup_free(). */
#ifndef IOPDOC_MODEL_H
#define IOPDOC_MODEL_H

#include <stdbool.h>
#include <stddef.h>

#include "diag.h"
#include "format.h"
#include "model_table.h"
#include "model_columns.h"
#include "written_date.h"

struct arena;

/* Inline style bits of a run of text. */
enum run_style {
	RUN_EM = 1 << 0,	/* <em> */
	RUN_STRONG = 1 << 1,	/* <strong> */
};

/* A run of text in one style; whitespace is already normalised. */
struct run {
	struct run	*next;
	char		*text;	/* UTF-8 */
	unsigned	 style;	/* enum run_style bits */
	long		 line;
};

struct rich {
	struct run	*first, *last;
};

struct contact {
	struct contact	*next;
	char		*label, *name, *email, *phone;
	long		 line;
	char		*title;		/* "Verksamhetschef", or NULL */
};

/* Whom an organisation acts through, outermost first: the nämnd, then
 * its förvaltning ("genom kommunstyrelsen, genom ..."). */
#define ACTING_MAX	4
struct acting_chain {
	char	*text[ACTING_MAX];
	long	 line[ACTING_MAX];
	size_t	 n;
	char	*as[ACTING_MAX];	/* joining words as written ("här företrädd av"); NULL: "genom" */
};

/* An organisation named with a role that is not a party (aktör). */
struct actor {
	struct actor		*next;
	char			*id, *role, *name, *legal_form, *orgnr;
	struct acting_chain	 acting;
	long			 line, name_line, legal_form_line, orgnr_line;
};

enum party_role { ROLE_PUBLIC, ROLE_IDEBUREN };
/* <party kind="…">: what kind of public body a public party is; a
 * nämnd report counts only a kommun's money as the kommun's. */
enum public_kind { PUBLIC_KOMMUN, PUBLIC_REGION, PUBLIC_OTHER };

/* When a party's short name prints in parentheses after its name:
 * AUTO unless the name is it or begins with it. */
enum short_print { SHORT_PRINT_AUTO, SHORT_PRINT_YES, SHORT_PRINT_NO };
/* <logo> of a party: printed in the row of party logos that heads an
 * agreement's first page. */
struct party_logo {
	char		*file;		/* as written, relative to the XML's folder */
	char		*path;		/* the file to open: the XML's folder joined */
	char		*alt;		/* the figure's text for screen readers */
	double		 height_mm;	/* printed height; checked 5-40 */
	long		 line;
};

struct party {
	struct party	*next;
	size_t		 index;		/* position in the parties list */
	char		*id, *name, *shortname, *orgnr, *acting;
	enum party_role	 role;
	struct contact	*contacts;
	long		 line, name_line, orgnr_line, acting_line;
	char		*legal_form;	/* "ideell förening", or NULL */
	long		 legal_form_line;
	struct acting_chain acting_chain;	/* acting is its first */
	enum short_print short_print;	/* <short print="…"> */
	struct party_logo *logo;	/* NULL: none */
	enum public_kind public_kind;	/* PUBLIC_KOMMUN unless kind= says */
	char		*kind_text;	/* kind= as written; NULL: not given */
};

/* <termination-for-breach>: a party in breach is told (in writing, or
 * in any form) and has cure_days to put it right; then the other party
 * may end the agreement at once or with the notice period.  Data only. */
enum breach_notice { BREACH_NOTICE_WRITTEN, BREACH_NOTICE_ANY };
enum breach_effect { BREACH_EFFECT_IMMEDIATE, BREACH_EFFECT_NOTICE_PERIOD };
struct breach_term {
	bool			 present;
	long long		 cure_days;	/* checked 1-365 */
	char			*cure_days_text;	/* as written, for messages */
	enum breach_notice	 notice;
	enum breach_effect	 effect;
	long			 line;
};

enum per { PER_YEAR, PER_HALF_YEAR, PER_PERIOD, PER_MONTH };	/* MONTH: budgets only */

/* What a budget line says of its own economy, beside its amount. */
enum line_kind { LINE_KIND_BUDGET, LINE_KIND_MONEY, LINE_KIND_IN_KIND };

/* How often a line is paid (payment="…"); LINE_PAY_NONE: not said. */
enum line_payment { LINE_PAY_NONE, LINE_PAY_ONCE, LINE_PAY_YEARLY, LINE_PAY_HALF_YEARLY,
	LINE_PAY_QUARTERLY, LINE_PAY_MONTHLY };

struct line_econ {
	enum line_kind		 kind;		/* BUDGET: the budget's kind */
	bool			 has_amount;	/* amount="…" is written */
	bool			 not_valued;	/* valued="no": listed, no value */
	char			*nature;	/* "IOP-ersättning", as written; or NULL */
	enum line_payment	 payment;
	unsigned		 payment_months;	/* bit m (1-12): paid in month m */
	int			 npayment_months;	/* months written, repeats counted */
	/* priced per unit: unit-price="450" unit="natt" quantity="1200" */
	bool			 has_unit_price, has_count, has_ceiling, has_estimate;
	long long		 unit_price;	/* kr per unit */
	char			*unit;		/* "natt"; or NULL */
	long long		 count;		/* units (quantity="…") */
	long long		 ceiling;	/* kr, takbelopp */
	long long		 estimate;	/* kr, uppskattad kostnad */
	char			*condition;	/* "om inte styrgruppen beslutar annat"; or NULL */
	char			*recipient;	/* id of the party that receives it; or NULL */
};

/* A sum not yet allocated at signing, to be shared among some parties
 * (<pool> in <economy>): never part of a party's total. */
struct econ_share {
	struct econ_share	*next;
	char			*party_id;
	long			 line;
};

struct econ_pool {
	struct econ_pool	*next;
	long long		 amount;	/* kr */
	int			 year;		/* 0: every year of the period */
	char			*description;	/* as written; or NULL */
	struct econ_share	*shares;	/* the parties it may go to */
	long			 line;
};

struct budget_line {
	struct budget_line	*next;
	struct rich		 label;
	char			*quantity;	/* "30 h/vecka (1 200 h/år)" */
	struct rich		 description;
	long long		 amount;	/* kr; 0 when !valued */
	long			 line;
	struct line_econ	 econ;		/* the line's own economy (ECON) */
	char			*party_id;	/* a <financing> line's party; else NULL */
	struct party		*party;		/* by econ_derive, or NULL */
	struct column_amount	*amounts;	/* <amount column="…">: a budget with columns */
};

/* What <stated-total> adds up (of="…"): every party and kind, the public
 * parties' budgets, or money without help in kind. */
enum stated_scope { STATED_ALL, STATED_PUBLIC, STATED_MONEY };

enum budget_kind { BUDGET_UNSPECIFIED, BUDGET_MONEY, BUDGET_IN_KIND, BUDGET_MIXED };

/* A party's contribution (<budget>), the costs of the whole effort
 * (<budget type="costs">) or what each party pays toward them
 * (<financing>).  Costs and financing tables are kept apart from the
 * contributions (agreement.cost_budgets, .financings); econ_derive.c
 * turns each financing's lines into data-only contributions. */
enum budget_type { BUDGET_CONTRIBUTION, BUDGET_COSTS, BUDGET_FINANCING };

struct budget {
	struct budget		*next;
	char			*party_id;
	struct party		*party;		/* by agreement_link, or NULL */
	int			 year;		/* 0: every year of the period */
	enum per		 per;
	bool			 per_stated;	/* per="…" written: an amount per
						 * year, not for the year's part */
	enum budget_kind	 kind;
	struct rich		 caption, description;
	struct budget_line	*lines;
	size_t			 nlines;
	char			*total_label;	/* NULL: the template's */
	bool			 has_stated_total;
	long long		 stated_total;	/* kr */
	bool			 kronor;	/* amounts written "kronor", not "kr" */
	char			*label_heading, *quantity_heading, *amount_heading;
	bool			 printed;	/* placed in the text */
	long			 line, total_line;
	struct adjustment	*adjustment;	/* its own, replacing the economy's */
	bool			 has_prorate, prorate;	/* prorate="…" on the budget */
	enum budget_type	 type;
	struct budget		*derived_from;	/* the <financing> it was made from; NULL: written */
	struct budget_columns	*columns;	/* <columns>: printed, counted through
						 * the budgets derived from it */
	const struct budget	*source;	/* derived: the budget with columns it is
						 * one column of; never printed */
};

enum adjustment_kind { ADJ_NONE, ADJ_PERCENT, ADJ_INDEX };

struct index_value {
	struct index_value	*next;
	struct date		 from;
	double			 percent;
	long			 line;
	char			*index;		/* NULL: the adjustment's own */
	bool			 preliminary;	/* status="preliminary" */
};

/* What an adjustment applies to: lines paid in money, help in kind, or
 * both (issue 12: an organisation's hours are not uprated by default). */
enum adjust_scope { ADJ_TO_MONEY, ADJ_TO_IN_KIND, ADJ_TO_ALL };

/* One index of a mixed index: 90 % OPI + 10 % KPI. */
struct index_component {
	struct index_component	*next;
	char			*index;
	double			 weight;	/* percent */
	long			 line;
};

struct adjustment {
	enum adjustment_kind	 kind;
	double			 percent;	/* ADJ_PERCENT: per year */
	bool			 has_percent;
	char			*index;		/* ADJ_INDEX: "OPI" */
	struct date		 from;
	struct date		 from_also;	/* another start the text gives
						 * (from-also); y 0: none */
	struct index_value	*values;
	long			 line;
	struct adjustment	*next;		/* the economy's next one, or NULL */
	char			*party_id;	/* party="…": that party's only */
	struct party		*party;		/* by agreement_link, or NULL */
	enum adjust_scope	 applies_to;
	struct index_component	*components;	/* a mixed index, or NULL */
	size_t			 ncomponents;
	struct budget		*budget;	/* a budget's own: that budget */
};

enum goal_kind { GOAL_MAL, GOAL_DELMAL, GOAL_EFFEKTMAL, GOAL_LARANDEMAL };
#define GOAL_KIND_COUNT		(GOAL_LARANDEMAL + 1)
enum comparison { CMP_NONE, CMP_MINST, CMP_HOGST, CMP_OKA, CMP_MINSKA, CMP_BIBEHALLA,
	CMP_MELLAN };
#define COMPARISON_COUNT	(CMP_MELLAN + 1)

/* A goal's per="week|month|quarter": per is PER_YEAR, the report scales
 * the value to a year (52, 12, 4 times). */
enum goal_scale { SCALE_NONE, SCALE_WEEK, SCALE_MONTH, SCALE_QUARTER };

struct goal {
	struct goal		*next;
	char			*id, *text, *measure, *unit;
	enum goal_kind		 kind;
	enum comparison		 comparison;
	bool			 has_value;
	long long		 value;
	enum per		 per;
	bool			 has_per;
	int			 year;
	struct date		 from, to;
	long			 line;
	/* a range (CMP_MELLAN, min <= max), a share in tenths of a percent
	 * (minst 75 % of ...: 750), the count's scale to a year */
	bool			 has_min, has_max, has_percent;
	long long		 min, max;
	int			 percent_tenths;
	enum goal_scale		 scale;
	/* horizon="long": judged over more than a year, not in a year's
	 * goals (the report lists it apart) */
	bool			 long_term;
	/* unmeasured="…": a condition of the goal no outcome measures, as
	 * written (NULL: none); a target reached is "Delvis bedömt" */
	char			*unmeasured;
};

enum target_kind { TARGET_PRIMARY, TARGET_SECONDARY, TARGET_DIRECT, TARGET_INDIRECT };
#define TARGET_KIND_COUNT	(TARGET_INDIRECT + 1)

struct target_group {
	struct target_group	*next;
	enum target_kind	 kind;
	char			*text;
	long			 line;
};

enum duty_per { DUTY_WEEK, DUTY_MONTH, DUTY_QUARTER, DUTY_HALF_YEAR, DUTY_YEAR, DUTY_PERIOD };

/* A meeting kind of the follow-up duty, as written, and how often. */
struct duty_meeting {
	struct duty_meeting	*next;
	char			*kind;		/* "styrgrupp", "driftmöte" */
	int			 count;
	enum duty_per		 per;
	long			 line;
};

/* A report deadline: every year on month-day, or once on date. */
struct report_due {
	struct report_due	*next;
	int			 month, day;	/* 0: not given */
	struct date		 date;		/* y 0: not given */
	long			 line;
};

struct followup_duty {
	bool	 present;
	int	 meetings_per_year;	/* 0: not stated */
	char	*meeting_kind;
	int	 reports_per_year;
	int	 reports_in_period;
	struct date reports_by;
	char	*report_to;
	long	 line;
	struct duty_meeting	*meetings;	/* <meeting>s, in order */
	struct report_due	*report_dues;	/* <report-due>s, in order */
};

/* A nämnd responsible for the agreement: it reports the agreement in its
 * yearly report.  Regional agreements and ones two nämnder share name
 * several (distinct ids), in document order. */
struct namnd_ref {
	char	*id, *kommun, *name;
	bool	 inferred;	/* routing, not stated by the text */
	long	 line;
	struct namnd_ref *next;
};

enum frequency { FREQ_ONCE, FREQ_YEARLY, FREQ_HALF_YEARLY, FREQ_QUARTERLY, FREQ_MONTHLY };

struct payment {
	enum frequency	 frequency;
	int		 month;		/* 0: not stated */
	int		 months[12];	/* months="1 7": several payment months */
	size_t		 nmonths;
	bool		 electronic;
	bool		 payout;	/* the kommun pays out; else invoicing */
	long		 line;
};

struct signatory {
	struct signatory	*next;
	char			*party_id;
	struct party		*party;		/* by agreement_link, or NULL */
	char			*for_text, *name, *title, *organisation, *place;
	struct date		 date;
	struct date_writing	 date_as;	/* as written: words or ISO */
	int			 year;	/* printed in advance: "Lund 2018-" */
	/* a date printed in advance in part, as written, its spaces
	 * no-break ("2025-__-__", "den    2025"); NULL: none */
	char			*date_partial;
	long			 line, for_line, name_line, title_line;
	long			 organisation_line, place_line;
};

enum block_kind {
	BLOCK_P,
	BLOCK_LIST,
	BLOCK_ITEM,
	BLOCK_SECTION,
	BLOCK_BUDGET,
	BLOCK_BUDGET_SUMMARY,
	BLOCK_PAYMENT,
	BLOCK_ADDRESS,
	BLOCK_REFERENCE,
	BLOCK_SIGNATURES,
	BLOCK_TOC,
	BLOCK_PAGE_BREAK,
	BLOCK_TABLE,
	BLOCK_VERSION_HISTORY,	/* the agreement's history as a table */
	BLOCK_ANNEX_LIST,	/* the list of the agreement's annexes */
};

enum list_kind { LIST_BULLET, LIST_NUMBER, LIST_LETTER, LIST_DASH };

struct budget_summary {
	struct rich	 caption;
	char		*party_heading, *amount_heading, *share_heading;
	char		*description_heading, *total_label;
	bool		 descriptions, shares;
	int		 year;	/* 0: the budgets without a year, or all */
	bool		 kronor;
};

/* A block of the printed text.  Which fields are used depends on kind. */
struct block {
	struct block		*next;
	struct block		*children, *last_child;
	enum block_kind		 kind;
	long			 line;
	struct rich		 text;		/* P, ITEM, SECTION heading, REFERENCE value */
	char			*lang;		/* P, ITEM: another language; NULL: Swedish */
	char			*number;	/* SECTION: as printed; NULL: none */
	bool			 in_toc;	/* SECTION */
	char			*label;		/* REFERENCE label, TOC title */
	enum list_kind		 list_kind;	/* LIST */
	int			 list_start;	/* LIST */
	char			**lines;	/* ADDRESS */
	long			*line_numbers;	/* ADDRESS: of each line */
	size_t			 nlines;
	struct budget		*budget;	/* BUDGET */
	struct budget_summary	*summary;	/* BUDGET_SUMMARY */
	struct payment		*payment;	/* PAYMENT */
	struct table		*table;		/* TABLE */
	/* VERSION_HISTORY: the column headings; NULL: the template's */
	char			*headings[4];
};

/* A decision (beslut) that approved the agreement or a later change. */
struct decision {
	struct decision	*next;
	char		*body;		/* "Kommunstyrelsen" */
	struct date	 date;
	char		*paragraph;	/* "§ 123", as written; NULL: none */
	char		*diarienummer;	/* "KS 2021/456"; NULL: none */
	char		*text;		/* what was decided; NULL: not said */
	long		 line;
};

/* One change in the document's version history. */
struct version_change {
	struct version_change	*next;
	char			*version, *by, *text;	/* by: NULL: not said */
	struct date		 date;
	long			 line;
};

/* An annex (bilaga): attached, printed after the agreement; else only
 * named, a document that is not attached. */
struct annex {
	struct annex	*next;
	char		*id, *number, *title;	/* number as printed: "1", "A" */
	bool		 attached;
	struct block	*text;			/* its blocks; NULL if not attached */
	long		 line, title_line;
	long		 unread_line;	/* not attached: its first block's line (not read), or 0 */
};

enum agreement_kind { KIND_IOP, KIND_SAMVERKAN };
enum agreement_status { STATUS_DRAFT, STATUS_FINAL, STATUS_SIGNED };

struct agreement {
	struct arena		*arena;
	const char		*path;		/* input file, for messages */
	char			*id;
	enum agreement_kind	 kind;
	enum agreement_status	 status;
	bool			 title_page;
	char			*title, *subtitle, *effort, *diarienummer;
	char			*handlaggare, *unit;
	char			*purpose;	/* for reports; NULL: quote "Syfte" */
	bool			 prorate;	/* prorate part-year amounts by days */
	bool			 has_prorate;	/* <economy prorate> is written */
	long			 title_line, subtitle_line, effort_line, diarienummer_line;
	long			 handlaggare_line, unit_line;
	struct date		 date;
	struct date_writing	 date_as;	/* as written: words or ISO */
	long			 date_line;
	struct party		*parties;
	size_t			 nparties;
	struct actor		*actors;	/* not parties, in order */
	char			*partners_name;	/* derived, without an effort:
						 * the idéburna parties' names
						 * ("A och B"), what the report
						 * calls the agreement */
	struct namnd_ref	*namnd;		/* the first; NULL: none named */
	struct date		 from, to;
	long			 period_line;
	int			 notice_months;
	int			 renewal_months;	/* <renewal>: renewed unless
							 * notice is given; 0 none */
	struct date		 review_by;
	bool			 immediate_termination;
	struct breach_term	 breach;
	struct followup_duty	 followup;
	struct target_group	*target_groups;
	struct goal		*goals;
	bool			 has_stated_total;
	long long		 stated_total;
	enum per		 stated_total_per;
	long			 stated_total_line;
	enum stated_scope	 stated_total_of;	/* <stated-total of> (FIX4) */
	struct adjustment	 adjustment;	/* the first; more by next */
	struct budget		*budgets;	/* head and text, in document order */
	struct budget		*cost_budgets;	/* type="costs": counted in no party's money */
	struct budget		*financings;	/* <financing>, in document order */
	struct signatory	*signatories;
	struct block		*text;		/* the printed body */
	long			 line;
	/* validate_agreement's: the errors but those of the party logos,
	 * which concern its own PDF only (a follow-up goes by these), the
	 * logos' apart, and the worst message but the logos' (its reports
	 * and follow-ups go by that: they print no party logo) */
	int			 errors, logo_errors;
	enum diag_level		 checked_level;
	struct decision		*decisions;
	char			*version;	/* the current version; NULL: none */
	struct date		 version_date;	/* y 0: not stated */
	long			 version_line, history_line;
	struct version_change	*history;	/* in document order */
	struct annex		*annexes;	/* in document order */
	long			 annexes_line;
	struct econ_pool	*pools;		/* <pool> in <economy>, in order */
	/* <economy year-start="07-01">: budget years are agreement years
	 * from that day; 0: calendar years */
	int			 year_start_m, year_start_d;
	long			 economy_line;
	/* budgets with <columns>, by next: out of budgets, which holds the
	 * one-column budgets econ_columns_derive makes of them */
	struct budget		*columned;
};

/* ---------- follow-ups ---------- */

/* A participant's part in signing the minutes (signs=): the secretary
 * ("Vid anteckningarna") or an adjuster ("Justeras"). */
enum participant_signs { SIGNS_NONE, SIGNS_SECRETARY, SIGNS_ADJUSTER };

struct participant {
	struct participant	*next;
	char			*name, *organisation, *role;
	enum participant_signs	 signs;
	long			 line;
};

struct activity_place {
	struct activity_place	*next;
	char			*name, *frequency;
	int			 per_week;	/* 0: not a count */
	long			 line;
};

struct activity {
	struct activity		*next;
	char			*name, *participants_per_time;
	struct activity_place	*places;
	long			 line;
};

/* An outcome (utfall) for the period of its <outcomes>. */
struct outcome {
	struct outcome	*next;
	char		*measure, *unit, *text, *goal_id;
	struct goal	*goal;		/* by corpus_link, or NULL */
	long long	 value;
	bool		 has_women, has_men, has_other;
	long long	 women, men, other;
	bool		 children;	/* gender-words="flickor-pojkar": women and men are girls and boys */
	struct date	 from, to;	/* the period it covers */
	long		 line, period_line;
	/* kön ej angivet; a ratio "41 av 55 (75 %)": value of `of`, the
	 * percent as stated in tenths; totals since the start (cumulative),
	 * never added to a year's */
	bool		 has_not_stated, has_of, has_percent, cumulative;
	long long	 not_stated, of;
	int		 percent_tenths;
};

enum assessment_level { ASSESS_MET, ASSESS_PARTLY, ASSESS_NOT_MET };

/* The author's judgement of a goal (<assessment>). */
struct assessment {
	struct assessment	*next;
	char			*goal_id, *text;	/* text: NULL when none */
	enum assessment_level	 level;
	long			 line;
};

/* One author of a follow-up, in the order written. */
struct followup_author {
	struct followup_author	*next;
	char			*name, *title;
	long			 line;
};

enum followup_kind { FU_PARTSSAMTAL, FU_DIALOGMOTE, FU_STYRGRUPP, FU_VERKSAMHETSRAPPORT };
#define FOLLOWUP_KIND_COUNT	(FU_VERKSAMHETSRAPPORT + 1)

/* A follow-up's approval: "Godkänd av styrgruppen 12 mars 2024, § 45". */
struct approval {
	char			*body, *paragraph;	/* "styrgruppen", "§ 45" */
	struct date		 date;
	struct date_writing	 date_as;
	long			 line, body_line, paragraph_line;
};

struct followup {
	struct arena		*arena;
	const char		*path;
	char			*id, *agreement_id;
	struct agreement	*agreement;	/* by corpus_link, or NULL */
	enum followup_kind	 kind;
	char			*title, *author_name, *author_title, *summary;
	struct date		 date;
	struct date_writing	 date_as;	/* as written: words or ISO */
	struct participant	*participants;
	struct activity		*activities;
	struct outcome		*outcomes;
	int			 next_year;	/* delmål set for this year */
	struct goal		*next_goals;
	struct block		*text;
	long			 line, title_line, date_line, author_line;
	/* the head as the document writes it: kind_text ("Resultatrapport")
	 * prints in place of the kind's word; authors holds every author,
	 * the first also in author_name and author_title */
	char			*kind_text, *subtitle;
	struct followup_author	*authors;
	struct assessment	*assessments;
	struct date		 period_from, period_to;	/* y 0: no <period> */
	long			 subtitle_line, period_line;
	struct approval		*approval;	/* NULL: none */
	struct signatory	*signatories;	/* parties: the agreement's */
	char			*place;		/* where it was held; NULL: not given */
	long			 place_line;
};

/* A document read from a file: an agreement, a follow-up or a nämnd's
 * report file (model_report.h). */
enum input_type { INPUT_AGREEMENT, INPUT_FOLLOWUP, INPUT_REPORT };

struct report_info;

struct input {
	enum input_type		 type;
	struct agreement	*agreement;
	struct followup		*followup;
	struct report_info	*report;	/* INPUT_REPORT */
};

void			 input_free(struct input *);
const char		*input_path(const struct input *);
const char		*input_id(const struct input *);

struct agreement	*agreement_new(const char *path);
void			 agreement_free(struct agreement *);
struct followup		*followup_new(const char *path);
void			 followup_free(struct followup *);

/* True when the follow-up is a meeting (not a written report). */
bool			 followup_is_meeting(const struct followup *);

/* Append helpers for building rich text. */
void	rich_append(struct arena *, struct rich *, const char *text,
	    size_t len, unsigned style, long line);
/* The plain text of a rich text, in the arena. */
char	*rich_plain(struct arena *, const struct rich *);
bool	 rich_empty(const struct rich *);

struct party	*agreement_party(const struct agreement *, const char *id);
/* The names of the enums as the XML format spells them (the schema's
 * attribute values, ASCII): "mal", "hogst", "primary", "dialogmote".
 * CMP_NONE is "".  Static strings; one table each, in model.c. */
const char	*model_goal_kind_name(enum goal_kind);
const char	*model_comparison_name(enum comparison);
const char	*model_target_kind_name(enum target_kind);
const char	*model_followup_kind_name(enum followup_kind);
/* A comparison as the Swedish text writes it: "högst", "bibehålla". */
const char	*model_comparison_word(enum comparison);

/* Points each budget and signatory at the party it names (NULL when no
 * party has the id: validate_agreement reports it).  Silent; the reader
 * calls it, links across documents are corpus_link's. */
void		 agreement_link(struct agreement *);

#endif
