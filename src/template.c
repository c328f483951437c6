/* Reading templates: "[section]" headers and "key = value" lines, "#"
 * comments.  Lengths take mm, cm or pt; colours are #rrggbb. */
#include <sys/stat.h>

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "fsutil.h"
#include "mem.h"
#include "ini.h"
#include "template.h"

enum setting_type { T_LENGTH, T_NUMBER, T_COLOR, T_STRING, T_PATH, T_ALIGN, T_DATE_FORM, T_YES_NO };

struct setting {
	const char		*section, *key;
	enum setting_type	 type;
	size_t			 offset;
	const char		*value;		/* built-in default */
	double			 min, max;	/* T_LENGTH (pt), T_NUMBER */
};

#define S(sec, key, type, field, def) \
	{ sec, key, type, offsetof(struct template, field), def, 0, 0 }
/* A number or length with its range, checked when the template is read:
 * libharu refuses a page or font size outside its own (and says only
 * "error 0x1050"), and NaN passes every comparison unless refused here. */
#define N(sec, key, type, field, def, lo, hi) \
	{ sec, key, type, offsetof(struct template, field), def, lo, hi }
#define MM(x)	((x) * 72.0 / 25.4)

static const struct setting settings[] = {
	/* 2 inches to 200 inches (5080 mm): libharu's largest page */
	N("page", "width", T_LENGTH, page_width, "210mm", 144, 14400),
	N("page", "height", T_LENGTH, page_height, "297mm", 144, 14400),
	N("page", "margin-top", T_LENGTH, margin_top, "28mm", 0, MM(1000)),
	N("page", "margin-bottom", T_LENGTH, margin_bottom, "25mm", 0, MM(1000)),
	N("page", "margin-left", T_LENGTH, margin_left, "25mm", 0, MM(1000)),
	N("page", "margin-right", T_LENGTH, margin_right, "25mm", 0, MM(1000)),
	N("page", "header-offset", T_LENGTH, header_offset, "14mm", 0, MM(1000)),
	N("page", "footer-offset", T_LENGTH, footer_offset, "12mm", 0, MM(1000)),
	/* built in: the margins (template_load) */
	N("page", "table-margin-left", T_LENGTH, table_margin_left, "25mm", 0, MM(1000)),
	N("page", "table-margin-right", T_LENGTH, table_margin_right, "25mm", 0, MM(1000)),
	S("fonts", "regular", T_PATH, font[FACE_REGULAR], "../fonts/IopdocSans-Regular.ttf"),
	S("fonts", "bold", T_PATH, font[FACE_BOLD], "../fonts/IopdocSans-Bold.ttf"),
	S("fonts", "italic", T_PATH, font[FACE_ITALIC], "../fonts/IopdocSans-Italic.ttf"),
	S("fonts", "bold-italic", T_PATH, font[FACE_BOLD_ITALIC], "../fonts/IopdocSans-BoldItalic.ttf"),
	N("sizes", "body", T_NUMBER, size_body, "11", 4, 72),
	N("sizes", "leading", T_NUMBER, leading, "1.3", 0.8, 4),
	N("sizes", "title", T_NUMBER, size_title, "20", 4, 300),
	N("sizes", "subtitle", T_NUMBER, size_subtitle, "13", 4, 300),
	N("sizes", "effort", T_NUMBER, size_effort, "26", 4, 300),
	N("sizes", "h1", T_NUMBER, size_h1, "15", 4, 300),
	N("sizes", "h2", T_NUMBER, size_h2, "13", 4, 300),
	N("sizes", "h3", T_NUMBER, size_h3, "12", 4, 300),
	N("sizes", "small", T_NUMBER, size_small, "8.5", 4, 300),
	N("sizes", "table", T_NUMBER, size_table, "10", 4, 300),
	N("sizes", "caption", T_NUMBER, size_caption, "10.5", 4, 300),
	N("sizes", "draft", T_NUMBER, size_draft, "110", 4, 600),
	N("sizes", "paragraph-space", T_NUMBER, paragraph_space, "6", 0, 300),
	N("sizes", "heading-space", T_NUMBER, heading_space, "12", 0, 300),
	N("sizes", "list-indent", T_NUMBER, list_indent, "18", 0, 300),
	S("layout", "align", T_ALIGN, align, "justify"),
	S("layout", "hyphenate", T_YES_NO, hyphenate, "yes"),
	S("layout", "hyphenation", T_PATH, hyphenation, ""),
	S("layout", "hyphenation-exceptions", T_PATH, hyphenation_exceptions, ""),
	S("layout", "title-page", T_YES_NO, title_page, "no"),
	S("layout", "caption-bold", T_YES_NO, caption_bold, "yes"),
	S("layout", "participants-natural", T_YES_NO, participants_natural, "no"),
	S("colors", "text", T_COLOR, color_text, "#000000"),
	S("colors", "heading", T_COLOR, color_heading, "#1F3864"),
	S("colors", "rule", T_COLOR, color_rule, "#7F7F7F"),
	S("colors", "draft", T_COLOR, color_draft, "#D9D9D9"),
	S("colors", "table-header", T_COLOR, color_table_head, "#E7EBF3"),
	S("colors", "muted", T_COLOR, color_muted, "#404040"),
	S("colors", "caption", T_COLOR, color_caption, "#000000"),
	S("labels", "toc", T_STRING, label_toc, "Innehåll"),
	S("labels", "draft", T_STRING, label_draft, "UTKAST"),
	S("labels", "place-date", T_STRING, label_place_date, "Ort och datum"),
	S("labels", "signature", T_STRING, label_signature, "Underskrift"),
	S("labels", "name", T_STRING, label_name, "Namnförtydligande"),
	S("labels", "for-party", T_STRING, label_for, "För {party}"),
	S("labels", "signatures-continued", T_STRING, label_for_continued, "(forts.)"),
	S("labels", "orgnr", T_STRING, label_orgnr, "org. nr"),
	S("labels", "diarienummer", T_STRING, label_diarienummer, "Diarienummer:"),
	S("labels", "date", T_STRING, label_date, "Datum:"),
	S("labels", "handlaggare", T_STRING, label_handlaggare, "Handläggare:"),
	S("labels", "unit", T_STRING, label_unit, "Organisation:"),
	S("labels", "parties", T_STRING, label_parties, "Parter"),
	S("labels", "budget-item", T_STRING, label_budget_item, "Post"),
	S("labels", "budget-quantity", T_STRING, label_budget_quantity, "Omfattning"),
	S("labels", "budget-amount", T_STRING, label_budget_amount, "Belopp per år"),
	S("labels", "budget-description", T_STRING, label_budget_description, "Beskrivning"),
	S("labels", "budget-total", T_STRING, label_budget_total, "Totalt"),
	S("labels", "summary-party", T_STRING, label_summary_party, "Part"),
	S("labels", "summary-amount", T_STRING, label_summary_amount, "Belopp per år"),
	S("labels", "summary-share", T_STRING, label_summary_share, "Andel"),
	S("labels", "summary-total", T_STRING, label_summary_total, "Summa"),
	S("labels", "summary-caption", T_STRING, label_summary_caption, "Parternas bidrag"),
	S("labels", "table-continued", T_STRING, label_table_continued, "(forts.)"),
	S("labels", "decision", T_STRING, label_decision, "Beslut:"),
	S("labels", "decision-diarienummer", T_STRING, label_decision_dnr, "dnr"),
	S("labels", "version", T_STRING, label_version, "Version:"),
	S("labels", "history-version", T_STRING, label_history_version, "Version"),
	S("labels", "history-date", T_STRING, label_history_date, "Datum"),
	S("labels", "history-change", T_STRING, label_history_change, "Ändring"),
	S("labels", "history-by", T_STRING, label_history_by, "Av"),
	S("labels", "annex", T_STRING, label_annex, "Bilaga {number}. {title}"),
	S("labels", "annex-list", T_STRING, label_annex_list, "Bilagor:"),
	S("labels", "annex-not-attached", T_STRING, label_annex_not_attached, "(bifogas ej)"),
	S("header", "left", T_STRING, header_left, "{effort}"),
	S("header", "right", T_STRING, header_right, "{diarienummer}"),
	S("footer", "left", T_STRING, footer_left, "{title}"),
	S("footer", "right", T_STRING, footer_right, "Sida {page} av {pages}"),
	S("logo", "file", T_PATH, logo, ""),
	N("logo", "width", T_LENGTH, logo_width, "35mm", MM(1), MM(1000)),
	S("logo", "alt", T_STRING, logo_alt, "Kommunens logotyp"),
	S("letterhead", "line1", T_STRING, letterhead[0], ""),
	S("letterhead", "line2", T_STRING, letterhead[1], ""),
	S("letterhead", "line3", T_STRING, letterhead[2], ""),
	S("letterhead", "line4", T_STRING, letterhead[3], ""),
	S("labels", "budget-not-valued", T_STRING, label_budget_not_valued, "ej värderat"),
	S("labels", "budget-caption-money", T_STRING, label_budget_caption_money, "Bidrag från {party}"),
	S("labels", "budget-caption-in-kind", T_STRING, label_budget_caption_in_kind, "Insatser från {party}"),
	S("labels", "budget-caption-mixed", T_STRING, label_budget_caption_mixed,
	    "Bidrag och insatser från {party}"),
	S("labels", "budget-price", T_STRING, label_budget_price, "Pris"),
	S("labels", "budget-count", T_STRING, label_budget_count, "Antal"),
	S("labels", "budget-estimate", T_STRING, label_budget_estimate, "uppskattat"),
	S("labels", "budget-ceiling", T_STRING, label_budget_ceiling, "högst"),
	S("format", "date-form", T_DATE_FORM, date_form, "words"),
	S("format", "followup-date-form", T_DATE_FORM, followup_date_form, "iso"),
	S("format", "stated-remark", T_YES_NO, stated_remark, "no"),
	S("format", "typography", T_YES_NO, typography, "yes"),
	S("labels", "stated-remark", T_STRING, label_stated_remark, "Raderna summerar till {sum}."),
	S("labels", "stated-remark-column", T_STRING, label_stated_remark_column, "kolumnen ”{column}”"),
	S("labels", "stated-remark-group", T_STRING, label_stated_remark_group, "under ”{group}”"),
	S("labels", "actors", T_STRING, label_actors, "Övriga aktörer"),
	S("labels", "approved-by", T_STRING, label_approved, "Godkänd av"),
	S("labels", "report-period", T_STRING, label_report_period, "Rapportperiod:"),
	S("labels", "budget-amount-month", T_STRING, label_budget_amount_month, "Belopp per månad"),
	S("labels", "costs-amount", T_STRING, label_costs_amount, "Kostnad"),
	S("labels", "costs-total", T_STRING, label_costs_total, "Summa kostnader"),
	S("labels", "financing-item", T_STRING, label_financing_item, "Finansiär"),
	S("labels", "financing-amount", T_STRING, label_financing_amount, "Belopp"),
	S("labels", "financing-total", T_STRING, label_financing_total, "Summa finansiering"),
	S("labels", "budget-no-amount", T_STRING, label_budget_no_amount, "inget belopp angivet"),
	S("labels", "status", T_STRING, label_status, "Status:"),
	S("labels", "status-draft", T_STRING, label_status_draft, "Utkast"),
	S("labels", "status-final", T_STRING, label_status_final, "Slutlig"),
	S("labels", "status-signed", T_STRING, label_status_signed, "Undertecknad"),
	S("report", "technical-appendix", T_YES_NO, report_technical_appendix, "no"),
	S("report", "first-page-header", T_YES_NO, report_first_page_header, "no"),
	/* signature blocks: room to sign above the signature line, and the
	 * label under the title's line */
	N("sizes", "signature-space", T_LENGTH, signature_space, "20mm", MM(8), MM(60)),
	S("labels", "title", T_STRING, label_title, "Befattning"),
	/* a follow-up's record head and participants table */
	S("labels", "prepared-by", T_STRING, label_prepared_by, "Upprättad av:"),
	S("labels", "place", T_STRING, label_place, "Plats:"),
	S("labels", "concerns", T_STRING, label_concerns, "Avser:"),
	S("labels", "participants", T_STRING, label_participants, "Deltagare"),
	S("labels", "participant-name", T_STRING, label_participant_name, "Namn"),
	S("labels", "participant-organisation", T_STRING, label_participant_org, "Organisation"),
	S("labels", "participant-role", T_STRING, label_participant_role, "Roll"),
	/* a meeting record's sign-off: its secretary, its adjusters, or
	 * who took the notes */
	S("labels", "minutes-secretary", T_STRING, label_minutes_secretary, "Vid anteckningarna"),
	S("labels", "minutes-adjuster", T_STRING, label_minutes_adjuster, "Justeras"),
	S("labels", "noted-by", T_STRING, label_noted_by, "Antecknat av"),
};

#define NSETTINGS (sizeof(settings) / sizeof(settings[0]))

/* A decimal number (strtod's "nan", "inf" and hex forms are no
 * template's numbers), and what follows it. */
static int
parse_number(const char *v, double *out, const char **unit)
{
	char *end;
	double d;

	if (!(isdigit((unsigned char)v[0]) || (v[0] == '-' && isdigit((unsigned char)v[1])) ||
	    (v[0] == '.' && isdigit((unsigned char)v[1]))) || strpbrk(v, "xX") != NULL)
		return -1;
	errno = 0;
	d = strtod(v, &end);
	if (end == v || errno != 0 || !isfinite(d))
		return -1;
	while (*end == ' ')
		end++;
	*unit = end;
	*out = d;
	return 0;
}

/* In points; within [lo, hi] (NaN is not). */
static int
parse_length(const char *v, float *out, double lo, double hi)
{
	const char *unit;
	double d;

	if (parse_number(v, &d, &unit) != 0)
		return -1;
	if (strcmp(unit, "mm") == 0)
		d *= 72.0 / 25.4;
	else if (strcmp(unit, "cm") == 0)
		d *= 72.0 / 2.54;
	else if (strcmp(unit, "pt") != 0 && *unit != '\0')
		return -1;
	/* a thousandth of a point either way is the range's end (5080mm
	 * is 14400.000000000002pt), kept inside it for libharu */
	if (!(d >= lo - 0.001 && d <= hi + 0.001))
		return -1;
	*out = (float)fmin(fmax(d, lo), hi);
	return 0;
}

static int
parse_color(const char *v, struct color *c)
{
	unsigned int r, g, b;
	int i;

	if (strlen(v) != 7 || v[0] != '#')
		return -1;
	for (i = 1; i < 7; i++)
		if (!isxdigit((unsigned char)v[i]))
			return -1;
	if (sscanf(v + 1, "%2x%2x%2x", &r, &g, &b) != 3)
		return -1;
	c->r = (float)r / 255.0f;
	c->g = (float)g / 255.0f;
	c->b = (float)b / 255.0f;
	return 0;
}

/* Paths in a template are relative to the template's own folder. */
static char *
resolve_path(const char *tpl_path, const char *v)
{
	const char *slash;
	struct buf b = { NULL, 0, 0 };

	if (*v == '\0')
		return NULL;
	if (v[0] == '/' || tpl_path == NULL || (slash = strrchr(tpl_path, '/')) == NULL)
		return xstrdup(v);
	buf_add(&b, tpl_path, (size_t)(slash - tpl_path) + 1);
	buf_adds(&b, v);
	return b.data;
}

/* The folder of a path ("." when it has none), made absolute and free of
 * symbolic links; NULL when it does not exist. */
static char *
real_dir(const char *path, const char *suffix)
{
	const char *slash = strrchr(path, '/');
	struct buf b = { NULL, 0, 0 };
	char *r;

	if (slash == NULL)
		buf_adds(&b, ".");
	else if (slash == path)
		buf_adds(&b, "/");
	else
		buf_add(&b, path, (size_t)(slash - path));
	if (suffix != NULL)
		buf_adds(&b, suffix);
	r = realpath(b.data, NULL);
	buf_free(&b);
	return r;
}

/* p is root or lies below it. */
static bool
within(const char *root, const char *p)
{
	size_t n;

	if (root == NULL || p == NULL)
		return false;
	n = strlen(root);
	return strncmp(root, p, n) == 0 &&
	    (p[n] == '\0' || p[n] == '/' || (n == 1 && root[0] == '/'));
}

/* A template's files (fonts, logo) must lie in its own folder or in the
 * fonts folder beside it, symbolic links followed: a template handed
 * round cannot make iopdoc read other files into a PDF.  A file whose
 * folder does not exist passes: it cannot be read at all, and loading it
 * says so.  Returns 0 or -1. */
static int
confined(const char *tpl_path, const char *value, const char *full)
{
	char *root = real_dir(tpl_path, NULL), *fonts = real_dir(tpl_path, "/../fonts");
	char *target = realpath(full, NULL);
	int ok;

	if (value[0] == '/')
		ok = 0;
	else if (target != NULL)
		ok = within(root, target) || within(fonts, target);
	else {
		/* missing: judge by its folder (the name itself is no link) */
		char *dir = real_dir(full, NULL);
		const char *base = strrchr(full, '/') != NULL ? strrchr(full, '/') + 1 : full;

		ok = dir == NULL || (strcmp(base, "..") != 0 && strcmp(base, ".") != 0 &&
		    (within(root, dir) || within(fonts, dir)));
		free(dir);
	}
	free(root);
	free(fonts);
	free(target);
	return ok ? 0 : -1;
}

/* One of the program's default fonts, named as default.ini names it,
 * that is not beside a template kept elsewhere comes from the program's
 * fonts folder; any other missing file is reported when it is loaded. */
static int
default_font_fallback(const struct setting *s, const char *value, void *field)
{
	char *own;

	if (strcmp(s->section, "fonts") != 0 || strcmp(value, s->value) != 0 ||
	    access(*(char **)field, R_OK) == 0 || (own = template_program_font(value, NULL)) == NULL)
		return 0;
	free(*(char **)field);
	*(char **)field = own;
	return 0;
}

static int
apply(struct template *t, const struct setting *s, const char *value, const char *tpl_path)
{
	char *base = (char *)t;
	void *field = base + s->offset;

	switch (s->type) {
	case T_LENGTH:
		return parse_length(value, field, s->min, s->max);
	case T_NUMBER: {
		const char *unit;
		double d;

		if (parse_number(value, &d, &unit) != 0 || *unit != '\0' || !(d >= s->min && d <= s->max))
			return -1;
		*(float *)field = (float)d;
		return 0;
	}
	case T_COLOR:
		return parse_color(value, field);
	case T_ALIGN:
		if (strcmp(value, "justify") == 0)
			*(enum text_align *)field = ALIGN_JUSTIFY;
		else if (strcmp(value, "left") == 0)
			*(enum text_align *)field = ALIGN_LEFT;
		else
			return -1;
		return 0;
	case T_DATE_FORM:
		if (strcmp(value, "words") == 0)
			*(enum date_form *)field = DATE_FORM_WORDS;
		else if (strcmp(value, "iso") == 0)
			*(enum date_form *)field = DATE_FORM_ISO;
		else
			return -1;
		return 0;
	case T_YES_NO:
		if (strcmp(value, "yes") != 0 && strcmp(value, "no") != 0)
			return -1;
		*(bool *)field = strcmp(value, "yes") == 0;
		return 0;
	case T_STRING:
		free(*(char **)field);
		*(char **)field = xstrdup(value);
		return 0;
	case T_PATH:
		free(*(char **)field);
		*(char **)field = resolve_path(tpl_path, value);
		if (*(char **)field != NULL && confined(tpl_path, value, *(char **)field) != 0)
			return -2;
		return default_font_fallback(s, value, field);
	}
	return -1;
}

/* What a value of the setting looks like, with its range. */
static void
type_hint(const struct setting *s, char *out, size_t size)
{
	switch (s->type) {
	case T_LENGTH:
		snprintf(out, size, "a length such as 25mm, 2.5cm or 71pt, from %.0fmm to %.0fmm",
		    s->min * 25.4 / 72, s->max * 25.4 / 72);
		break;
	case T_NUMBER:
		snprintf(out, size, "a number from %g to %g", s->min, s->max);
		break;
	case T_COLOR: snprintf(out, size, "a colour such as #1F3864"); break;
	case T_ALIGN: snprintf(out, size, "justify or left"); break;
	case T_DATE_FORM: snprintf(out, size, "words or iso"); break;
	case T_YES_NO: snprintf(out, size, "yes or no"); break;
	default: snprintf(out, size, "text"); break;
	}
}

/* The line a setting was given on, else the fallback (0: no line). */
static long
setting_line(const long *line_of, const char *section, const char *key, long fallback)
{
	size_t i;

	for (i = 0; i < NSETTINGS; i++)
		if (line_of[i] != 0 && strcmp(settings[i].section, section) == 0 &&
		    strcmp(settings[i].key, key) == 0)
			return line_of[i];
	return fallback;
}

/* Opens the template for reading: only a regular file, as a FIFO named
 * as the template would wait for ever, a folder reads as nothing.
 * Returns NULL after reporting. */
static FILE *
open_template(const char *path)
{
	FILE *f;
	int k, fd;

	if ((k = open_regular(path, &fd)) != 0) {
		diag(NULL, 0, MSG_TEMPLATE_READ, path, read_error_text(k));
		return NULL;
	}
	if ((f = fdopen(fd, "r")) == NULL) {
		diag(NULL, 0, MSG_TEMPLATE_READ, path, strerror(errno));
		close(fd);
		return NULL;
	}
	return f;
}

/* The lines the template gave settings on: each setting's (0: not
 * given), and the last [page] and [logo] length read. */
struct given {
	long	 line_of[NSETTINGS];
	long	 page_line, logo_line;
};

/* Reads the template's lines into t, reporting each bad one; 0, or -1
 * when any was bad. */
static int
read_settings(const char *path, FILE *f, struct template *t, struct given *g)
{
	char line[4096], section[64] = "";
	long lineno = 0;
	size_t i;
	int rc = 0, k;

	while (fgets(line, sizeof(line), f) != NULL) {
		char *key, *value;
		enum ini_kind kind = ini_line(line, section, sizeof(section), &key, &value);

		lineno++;
		if (kind == INI_NONE || kind == INI_SECTION)
			continue;
		if (kind == INI_BAD) {
			diag(path, lineno, MSG_TEMPLATE_SYNTAX);
			rc = -1;
			continue;
		}
		for (i = 0; i < NSETTINGS; i++)
			if (strcmp(settings[i].section, section) == 0 &&
			    strcmp(settings[i].key, key) == 0)
				break;
		if (i == NSETTINGS) {
			diag(path, lineno, MSG_TEMPLATE_KEY, key, section);
			rc = -1;
			continue;
		}
		if ((k = apply(t, &settings[i], value, path)) != 0) {
			char what[160], hint[160];

			snprintf(what, sizeof(what), "[%s] %s", section, key);
			type_hint(&settings[i], hint, sizeof(hint));
			if (k == -2)
				diag(path, lineno, MSG_TEMPLATE_PATH, value, what);
			else
				diag(path, lineno, MSG_TEMPLATE_VALUE, value, what, hint);
			rc = -1;
			continue;
		}
		g->line_of[i] = lineno;
		if (settings[i].type == T_LENGTH && strcmp(section, "page") == 0)
			g->page_line = lineno;
		else if (settings[i].type == T_LENGTH && strcmp(section, "logo") == 0)
			g->logo_line = lineno;
	}
	return rc;
}

/* Each value is in range; together they must leave room for text.
 * Reports the first that does not (0, or -1). */
static int
check_room(const char *path, const struct template *t, const struct given *g)
{
	const long *line_of = g->line_of;
	long page_line = g->page_line, logo_line = g->logo_line;

	/* The line is the last [page] length read: one of those to change. */
	if (t->margin_left + t->margin_right > t->page_width - 72 ||
	    t->margin_top + t->margin_bottom > t->page_height - 144 ||
	    t->header_offset >= t->page_height || t->footer_offset >= t->page_height) {
		diag(path, page_line, MSG_TEMPLATE_VALUE, "page", "[page]",
		    "margins that leave at least 1 inch across and 2 inches down for text, "
		    "header and footer offsets inside the page");
		return -1;
	}
	/* Tables may be wider than the running text, never narrower. */
	if (t->table_margin_left > t->margin_left || t->table_margin_right > t->margin_right) {
		int right = t->table_margin_left <= t->margin_left;

		diag(path, setting_line(line_of, "page", right ? "table-margin-right" :
		    "table-margin-left", page_line), MSG_TEMPLATE_VALUE,
		    right ? "table-margin-right" : "table-margin-left",
		    right ? "[page] table-margin-right" : "[page] table-margin-left",
		    "at most the margin on its side (margin-left, margin-right)");
		return -1;
	}
	/* The header and footer stand in the margins, between the paper's
	 * edge and the text (with their hairlines), never over the text. */
	if (t->header_offset < t->size_small ||
	    t->header_offset + 4 > t->margin_top ||
	    t->footer_offset < 2 || t->footer_offset + t->size_small + 2 > t->margin_bottom) {
		long at = setting_line(line_of, "page", "header-offset", 0);

		if (t->footer_offset < 2 || t->footer_offset + t->size_small + 2 > t->margin_bottom)
			at = setting_line(line_of, "page", "footer-offset", at);
		diag(path, at != 0 ? at : page_line, MSG_TEMPLATE_VALUE, "header-offset/footer-offset",
		    "[page] header-offset and footer-offset",
		    "the header's baseline inside the top margin, the footer's inside the bottom margin");
		return -1;
	}
	/* Each level of a list moves its text by list-indent: a quarter of
	 * the text width still leaves room for a few levels and the label. */
	if (t->list_indent > (t->page_width - t->margin_left - t->margin_right) / 4) {
		char value[32], hint[96];

		snprintf(value, sizeof(value), "%g", (double)t->list_indent);
		snprintf(hint, sizeof(hint), "at most a quarter of the text width, %.0f pt with these margins",
		    (double)((t->page_width - t->margin_left - t->margin_right) / 4));
		diag(path, setting_line(line_of, "sizes", "list-indent", page_line), MSG_TEMPLATE_VALUE,
		    value, "[sizes] list-indent", hint);
		return -1;
	}
	if (t->logo != NULL &&
	    t->logo_width > t->page_width - t->margin_left - t->margin_right) {
		diag(path, logo_line != 0 ? logo_line : page_line, MSG_TEMPLATE_VALUE, "width",
		    "[logo] width", "at most the width between the margins");
		return -1;
	}
	return 0;
}

int
template_load(const char *path, struct template *t)
{
	FILE *f;
	struct given g;
	size_t i;
	int rc;

	memset(t, 0, sizeof(*t));
	/* Defaults first: paths relative to a template beside fonts/. */
	for (i = 0; i < NSETTINGS; i++)
		apply(t, &settings[i], settings[i].value, path != NULL ? path : "templates/default.ini");
	if (path == NULL)
		return 0;
	t->path = xstrdup(path);
	if ((f = open_template(path)) == NULL)
		return -1;
	memset(&g, 0, sizeof(g));
	rc = read_settings(path, f, t, &g);
	fclose(f);
	/* table margins not given: the margins */
	if (setting_line(g.line_of, "page", "table-margin-left", 0) == 0)
		t->table_margin_left = t->margin_left;
	if (setting_line(g.line_of, "page", "table-margin-right", 0) == 0)
		t->table_margin_right = t->margin_right;
	if (rc == 0)
		rc = check_room(path, t, &g);
	return rc;
}

void
template_free(struct template *t)
{
	size_t i;

	for (i = 0; i < NSETTINGS; i++)
		if (settings[i].type == T_STRING || settings[i].type == T_PATH) {
			char **p = (char **)((char *)t + settings[i].offset);

			free(*p);
			*p = NULL;
		}
	free(t->path);
	t->path = NULL;
}

char *
template_expand(const char *p, const struct template_fields *f)
{
	struct buf b = { NULL, 0, 0 };

	buf_adds(&b, "");
	while (*p != '\0') {
		const char *end;

		if (*p != '{' || (end = strchr(p, '}')) == NULL) {
			buf_addc(&b, *p++);
			continue;
		}
#define FIELD(name) ((size_t)(end - p - 1) == strlen(name) && strncmp(p + 1, name, strlen(name)) == 0)
		if (FIELD("title"))
			buf_adds(&b, f->title ? f->title : "");
		else if (FIELD("effort"))
			buf_adds(&b, f->effort ? f->effort : "");
		else if (FIELD("diarienummer"))
			buf_adds(&b, f->diarienummer ? f->diarienummer : "");
		else if (FIELD("date"))
			buf_adds(&b, f->date ? f->date : "");
		else if (FIELD("page"))
			buf_printf(&b, "%d", f->page);
		else if (FIELD("pages"))
			buf_printf(&b, "%d", f->pages);
		else
			buf_add(&b, p, (size_t)(end - p) + 1);
#undef FIELD
		p = end + 1;
	}
	return b.data;
}
