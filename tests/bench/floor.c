/* floor: the benchmark floor for iopdoc.
 *
 * What a first attempt at rendering an agreement would do: parse the XML
 * with libxml2, take the words of every text node in document order, and
 * write them with libharu in Debian's DejaVu Sans, loaded as it is (libharu
 * drops the unused glyph outlines but keeps every table), filling lines
 * greedily on A4 pages.  Nothing else: no headings, no layout, no font work
 * of its own.  iopdoc's speed and size are compared with it.
 *
 *   floor IN.xml OUT.pdf
 *
 * Build: see floor.mk.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#define FONT_PATH "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#define MM(x) ((x) * 72.0f / 25.4f)
#define MARGIN MM(25.0f)
#define FONT_SIZE 11.0f
#define LEADING (FONT_SIZE * 1.25f)

struct writer {
    HPDF_Doc pdf;
    HPDF_Font font;
    HPDF_Page page;
    float y;            /* baseline of the next line */
    float width;        /* text width between the margins */
    char line[4096];    /* the line being filled */
    size_t len;
};

static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void *data)
{
    (void)data;
    fprintf(stderr, "floor: libharu error 0x%04X, detail %u\n",
            (unsigned)error, (unsigned)detail);
    exit(1);
}

static void new_page(struct writer *w)
{
    w->page = HPDF_AddPage(w->pdf);
    HPDF_Page_SetSize(w->page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
    HPDF_Page_SetFontAndSize(w->page, w->font, FONT_SIZE);
    w->width = HPDF_Page_GetWidth(w->page) - 2 * MARGIN;
    w->y = HPDF_Page_GetHeight(w->page) - MARGIN - FONT_SIZE;
}

/* Write the current line, starting a new page when this one is full. */
static void flush_line(struct writer *w)
{
    if (w->len == 0)
        return;
    if (w->y < MARGIN)
        new_page(w);
    HPDF_Page_BeginText(w->page);
    HPDF_Page_TextOut(w->page, MARGIN, w->y, w->line);
    HPDF_Page_EndText(w->page);
    w->y -= LEADING;
    w->len = 0;
    w->line[0] = '\0';
}

/* Greedy filling: append the word if the line still fits, else break first. */
static void add_word(struct writer *w, const char *word, size_t n)
{
    char try[sizeof w->line];
    size_t sep = w->len ? 1 : 0;

    if (w->len + sep + n >= sizeof try) {
        flush_line(w);
        sep = 0;
        if (n >= sizeof try)
            n = sizeof try - 1;
    }
    memcpy(try, w->line, w->len);
    if (sep)
        try[w->len] = ' ';
    memcpy(try + w->len + sep, word, n);
    try[w->len + sep + n] = '\0';

    if (sep && HPDF_Page_TextWidth(w->page, try) > w->width) {
        flush_line(w);
        memcpy(w->line, word, n);
        w->len = n;
    } else {
        memcpy(w->line, try, w->len + sep + n);
        w->len += sep + n;
    }
    w->line[w->len] = '\0';
}

/* Every text node under node, in document order, split on whitespace. */
static void walk(struct writer *w, xmlNode *node)
{
    for (; node; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            const char *s = (const char *)node->content;
            while (*s) {
                s += strspn(s, " \t\r\n");
                size_t n = strcspn(s, " \t\r\n");
                if (n)
                    add_word(w, s, n);
                s += n;
            }
        } else if (node->type == XML_ELEMENT_NODE) {
            walk(w, node->children);
        }
    }
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: floor IN.xml OUT.pdf\n");
        return 2;
    }
    xmlDoc *doc = xmlReadFile(argv[1], NULL, XML_PARSE_NONET);
    if (!doc) {
        fprintf(stderr, "floor: cannot parse %s\n", argv[1]);
        return 1;
    }

    struct writer w = {0};
    w.pdf = HPDF_New(on_error, NULL);
    if (!w.pdf) {
        fprintf(stderr, "floor: HPDF_New failed\n");
        return 1;
    }
    HPDF_SetCompressionMode(w.pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(w.pdf);
    const char *name = HPDF_LoadTTFontFromFile(w.pdf, FONT_PATH, HPDF_TRUE);
    w.font = HPDF_GetFont(w.pdf, name, "UTF-8");
    new_page(&w);

    walk(&w, xmlDocGetRootElement(doc));
    flush_line(&w);

    HPDF_SaveToFile(w.pdf, argv[2]);
    HPDF_Free(w.pdf);
    xmlFreeDoc(doc);
    xmlCleanupParser();
    return 0;
}
