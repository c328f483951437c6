/* Measuring text through struct metrics, and setting it into lines:
 * words (cut where wider than the line, broken after inner hyphens and
 * slashes) to line-breaking items for linebreak.c, and its breaks back
 * to runs of text.  Part of the layout engine (layout_int.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "layout_int.h"
#include "linebreak.h"
#include "mem.h"
#include "utf8.h"

/* Loosest spacing a justified line is set with: spaces 1 + 0.6 x 4 times
 * their natural width. */
#define JUSTIFY_MAX	4.0f

static int
advance(struct lay *L, enum face face, uint32_t cp, long line)
{
	int w = L->m->advance(L->m->ctx, face, cp);
	size_t i;

	if (w >= 0)
		return w;
	for (i = 0; i < L->nreported; i++)
		if (L->reported[i] == cp)
			return 500;
	if (L->nreported < sizeof(L->reported) / sizeof(L->reported[0]))
		L->reported[L->nreported++] = cp;
	{
		char ch[8] = { 0 }, shown[16];

		utf8_encode(cp, ch);
		if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0))
			snprintf(shown, sizeof(shown), "(control)");
		else
			snprintf(shown, sizeof(shown), "\"%s\"", ch);
		diag(L->doc->path, line, MSG_GLYPH, shown, (unsigned long)cp);
	}
	L->errors++;
	return 500;
}

float
layout_text_measure(struct lay *L, const char *s, size_t len, enum face face, float size, long line)
{
	float w = 0;
	uint32_t cp;
	size_t k;

	while (len > 0) {
		k = utf8_decode(s, len, &cp);
		if (k == 0)
			k = 1;
		w += (float)advance(L, face, cp, line);
		s += k;
		len -= k;
	}
	return w * size / 1000.0f;
}

float
layout_text_width(const struct metrics *m, const char *s, enum face face, float size)
{
	float w = 0;
	size_t len = strlen(s), k;
	uint32_t cp;

	while (len > 0) {
		int a;

		k = utf8_decode(s, len, &cp);
		if (k == 0)
			k = 1;
		a = m->advance(m->ctx, face, cp);
		w += (float)(a >= 0 ? a : 500);
		s += k;
		len -= k;
	}
	return w * size / 1000.0f;
}

struct piece {
	const char	*s;
	size_t		 len;
	enum face	 face;
};

struct items {
	struct lb_item	*it;
	struct piece	*pc;
	size_t		 n, cap;
};

static void
add_item(struct items *v, enum lb_type type, float w, float st, float sh, int pen,
    const char *s, size_t len, enum face face)
{
	xgrow((void **)&v->it, &v->cap, v->n + 1, sizeof(*v->it));
	{
		size_t cap = v->cap;

		v->pc = xrealloc(v->pc, cap * sizeof(*v->pc));
	}
	v->it[v->n].type = type;
	v->it[v->n].width = w;
	v->it[v->n].stretch = st;
	v->it[v->n].shrink = sh;
	v->it[v->n].penalty = pen;
	v->pc[v->n].s = s;
	v->pc[v->n].len = len;
	v->pc[v->n].face = face;
	v->n++;
}

static int
is_letter(uint32_t cp)
{
	return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
	    (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7);
}

static int
next_is_letter(const char *s, size_t len)
{
	uint32_t cp;

	return utf8_decode(s, len, &cp) > 0 && is_letter(cp);
}

/* A word: one box, with break chances after inner hyphens and slashes,
 * and cut into pieces when it is wider than the line. */
static void
add_word(struct lay *L, struct items *v, const char *s, size_t len, enum face face,
    float size, float width, long line)
{
	size_t start = 0, i = 0, k;
	uint32_t cp, prev = 0;
	float w = 0;

	while (i < len) {
		float cw;

		k = utf8_decode(s + i, len - i, &cp);
		if (k == 0)
			k = 1;
		cw = (float)advance(L, face, cp, line) * size / 1000.0f;
		if (w + cw > width && i > start) {
			/* Wider than the line: cut here. */
			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, 0, NULL, 0, face);
			start = i;
			w = 0;
		}
		w += cw;
		i += k;
		/* A break after "-" or "/" only between letters: "Integration-
		 * och", never inside 2019-01-01 or 1/2. */
		if ((cp == '-' || cp == '/' || cp == 0x2013) && i - start > 2 && i < len &&
		    is_letter(prev) && next_is_letter(s + i, len - i)) {
			add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
			add_item(v, LB_PENALTY, 0, 0, 0, 50, NULL, 0, face);
			start = i;
			w = 0;
		}
		prev = cp;
	}
	if (i > start)
		add_item(v, LB_BOX, w, 0, 0, 0, s + start, i - start, face);
}

static void
build_items(struct lay *L, struct items *v, const struct doc_text *t, float size,
    float width, int justify)
{
	const struct doc_span *sp;

	for (sp = t->first; sp != NULL; sp = sp->next) {
		const char *s = sp->text, *w;
		float space = layout_text_measure(L, " ", 1, sp->face, size, sp->line);

		while (*s != '\0') {
			if (*s == ' ' || *s == '\n' || *s == '\t') {
				/* One glue for a run of spaces, none at the start. */
				if (v->n > 0 && v->it[v->n - 1].type != LB_GLUE)
					add_item(v, LB_GLUE, space, justify ? space * 0.6f : 0,
					    justify ? space * 0.3f : 0, 0, " ", 1, sp->face);
				s++;
				continue;
			}
			for (w = s; *s != '\0' && *s != ' ' && *s != '\n' && *s != '\t'; s++)
				continue;
			add_word(L, v, w, (size_t)(s - w), sp->face, size, width, sp->line);
		}
	}
	/* Drop a trailing space, then end the paragraph: fill glue and a
	 * forced break. */
	if (v->n > 0 && v->it[v->n - 1].type == LB_GLUE)
		v->n--;
	add_item(v, LB_GLUE, 0, 1e6f, 0, 0, NULL, 0, FACE_REGULAR);
	add_item(v, LB_PENALTY, 0, 0, 0, LB_FORCE, NULL, 0, FACE_REGULAR);
}

size_t
layout_text_set(struct lay *L, const struct doc_text *t, float size, float width,
    enum doc_align align, struct tline **out)
{
	struct items v = { NULL, NULL, 0, 0 };
	size_t *breaks, nlines, k, start = 0;
	float *ratios;
	struct tline *lines;
	int justify = align == DALIGN_JUSTIFY;

	*out = NULL;
	if (t->first == NULL)
		return 0;
	build_items(L, &v, t, size, width, justify);
	breaks = xcalloc(v.n + 1, sizeof(*breaks));
	ratios = xcalloc(v.n + 1, sizeof(*ratios));
	nlines = linebreak(v.it, v.n, width, !justify, breaks, ratios);
	lines = arena_alloc(L->a, (nlines + 1) * sizeof(*lines));

	for (k = 0; k < nlines; k++) {
		size_t end = breaks[k], i, nf = 0;
		int last = k + 1 == nlines;
		float r = ratios[k], x = 0, natural = 0, shift = 0;
		struct fragment *fr;
		struct buf_s { char *p; size_t n, cap; } text = { NULL, 0, 0 };

		/* A line too loose to justify (before a word cut because it is
		 * wider than the line, say) is set flush left instead of
		 * with gaping spaces. */
		if (!justify || (last && r > 0) || r > JUSTIFY_MAX)
			r = 0;
		/* Skip glue and penalties at the line start. */
		while (start < end && v.it[start].type != LB_BOX)
			start++;
		fr = arena_alloc(L->a, (end - start + 1) * sizeof(*fr));
		for (i = start; i < end; i++)
			if (v.it[i].type != LB_PENALTY)
				natural += v.it[i].width;
		if (align == DALIGN_RIGHT)
			shift = width - natural;
		else if (align == DALIGN_CENTER)
			shift = (width - natural) / 2;
		x = shift;
		for (i = start; i < end; i++) {
			const struct lb_item *it = &v.it[i];
			const struct piece *pc = &v.pc[i];
			float gw;

			if (it->type == LB_PENALTY || (it->type == LB_GLUE && pc->s == NULL))
				continue;
			if (it->type == LB_BOX) {
				if (nf == 0 || fr[nf - 1].face != pc->face) {
					if (nf > 0) {
						fr[nf - 1].text = arena_strndup(L->a, text.p, text.n);
						text.n = 0;
					}
					fr[nf].face = pc->face;
					fr[nf].x = x;
					fr[nf].width = 0;
					fr[nf].word_space = 0;
					nf++;
				}
				xgrow((void **)&text.p, &text.cap, text.n + pc->len + 2, 1);
				memcpy(text.p + text.n, pc->s, pc->len);
				text.n += pc->len;
				x += it->width;
				continue;
			}
			/* Glue: a space in the fragment before it. */
			gw = it->width + (r > 0 ? r * it->stretch : r * it->shrink);
			if (nf > 0) {
				xgrow((void **)&text.p, &text.cap, text.n + 2, 1);
				text.p[text.n++] = ' ';
				fr[nf - 1].word_space = gw - it->width;
			}
			x += gw;
		}
		/* Keep the breaking space at the line end: readers that follow
		 * the text order then see words apart. */
		if (nf > 0 && end < v.n && v.it[end].type == LB_GLUE && v.pc[end].s != NULL) {
			xgrow((void **)&text.p, &text.cap, text.n + 2, 1);
			text.p[text.n++] = ' ';
		}
		if (nf > 0)
			fr[nf - 1].text = arena_strndup(L->a, text.p != NULL ? text.p : "", text.n);
		free(text.p);
		lines[k].frag = fr;
		lines[k].n = nf;
		start = end + 1;
	}
	free(breaks);
	free(ratios);
	free(v.it);
	free(v.pc);
	*out = lines;
	return nlines;
}
