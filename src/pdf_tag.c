/* Tagged PDF on libharu 2.3.0: BDC/EMC written into the page content
 * streams through the seam (pdf_hpdf.h), and the structure tree written
 * once every page is drawn (so each element is written once, compactly,
 * with its marked content known).  See shared/design/PDF-ARCHIVAL.md §4.
 *
 * Every box is either content of a structure node or an artifact; the
 * marked-content sequences follow the drawing order, the structure tree
 * the layout's reading order, and the parent tree ties the two. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>

#include "buf.h"
#include "layout.h"
#include "mem.h"
#include "pdf_hpdf.h"
#include "pdf_pack.h"
#include "pdf_tag.h"
#include "pdfa.h"
#include "utf8.h"

static const char *const role_names[] = {
	[SR_DOCUMENT] = "Document", [SR_H1] = "H1", [SR_H2] = "H2", [SR_H3] = "H3",
	[SR_P] = "P", [SR_L] = "L", [SR_LI] = "LI", [SR_LBL] = "Lbl", [SR_LBODY] = "LBody",
	[SR_TABLE] = "Table", [SR_TR] = "TR", [SR_TH] = "TH", [SR_TD] = "TD",
	[SR_FIGURE] = "Figure", [SR_TOC] = "TOC", [SR_TOCI] = "TOCI", [SR_DIV] = "Div",
	[SR_CAPTION] = "Caption",
	[SR_SECT] = "Sect",
};

static const char *const artifact_props[] = {
	[ART_LAYOUT] = "/Type /Layout",
	[ART_HEADER] = "/Type /Pagination /Subtype /Header",
	[ART_FOOTER] = "/Type /Pagination /Subtype /Footer",
	[ART_WATERMARK] = "/Type /Pagination /Subtype /Watermark",
};

/* A marked-content sequence of a node: its page and MCID. */
struct mc_ref {
	size_t	page;
	int	mcid;
};

struct node_state {
	struct mc_ref	*refs;
	size_t		 nrefs, cap;
	bool		 has_extent;
	size_t		 extent_page;
	float		 x0, y0, x1, y1;
};

struct pdf_tagger {
	HPDF_Doc		 pdf;
	const struct layout	*l;
	struct node_state	*nodes;
	int			**page_nodes;	/* per page: node of each MCID */
	size_t			*page_n, *page_cap;
	/* the page in hand */
	HPDF_Page		 page;
	size_t			 pageno;
	int			 open;		/* 0 none, 1 content, 2 artifact */
	unsigned		 root_id;	/* the placeholder StructTreeRoot */
	size_t			 nnodes, npages;	/* the layout may be gone when freed */
	unsigned		*page_ids;	/* object numbers of the pages */
	int			 cur_node;
	enum artifact_kind	 cur_art;
};

struct pdf_tagger *
tag_new(HPDF_Doc pdf, const struct layout *l)
{
	struct pdf_tagger *T = xcalloc(1, sizeof(*T));

	T->pdf = pdf;
	T->l = l;
	T->nnodes = l->nnodes;
	T->npages = l->npages;
	T->nodes = xcalloc(l->nnodes + 1, sizeof(*T->nodes));
	T->page_nodes = xcalloc(l->npages + 1, sizeof(*T->page_nodes));
	T->page_n = xcalloc(l->npages + 1, sizeof(*T->page_n));
	T->page_cap = xcalloc(l->npages + 1, sizeof(*T->page_cap));
	return T;
}

void
tag_free(struct pdf_tagger *T)
{
	size_t i;

	if (T == NULL)
		return;
	for (i = 0; i < T->nnodes; i++)
		free(T->nodes[i].refs);
	for (i = 0; i < T->npages; i++)
		free(T->page_nodes[i]);
	free(T->nodes);
	free(T->page_nodes);
	free(T->page_n);
	free(T->page_cap);
	free(T->page_ids);
	free(T);
}

/* Raw operators go only where libharu's own state allows them: outside
 * text objects and path construction. */
static int
write_op(struct pdf_tagger *T, const char *op)
{
	return hpdfx_page_ops(T->page, op);
}

void
tag_page(struct pdf_tagger *T, HPDF_Page page, size_t pageno)
{
	T->page = page;
	T->pageno = pageno;
	T->open = 0;
	hpdfx_add_number(page, "StructParents", (int32_t)pageno);
}

bool
tag_differs(const struct pdf_tagger *T, const struct box *b)
{
	if (b->node >= 0)
		return T->open != 1 || T->cur_node != b->node;
	return T->open != 2 || T->cur_art != b->artifact;
}

int
tag_switch(struct pdf_tagger *T, const struct box *b)
{
	char op[96];

	if (T->open != 0 && write_op(T, "EMC\n") != 0)
		return -1;
	T->open = 0;
	if (b->node >= 0 && (size_t)b->node < T->l->nnodes) {
		struct node_state *n = &T->nodes[b->node];
		size_t p = T->pageno;
		int mcid = (int)T->page_n[p];

		xgrow((void **)&T->page_nodes[p], &T->page_cap[p], T->page_n[p] + 1, sizeof(int));
		T->page_nodes[p][T->page_n[p]++] = b->node;
		xgrow((void **)&n->refs, &n->cap, n->nrefs + 1, sizeof(*n->refs));
		n->refs[n->nrefs].page = p;
		n->refs[n->nrefs].mcid = mcid;
		n->nrefs++;
		snprintf(op, sizeof(op), "/%s <</MCID %d>> BDC\n",
		    role_names[T->l->nodes[b->node].role], mcid);
		T->open = 1;
		T->cur_node = b->node;
	} else {
		snprintf(op, sizeof(op), "/Artifact <<%s>> BDC\n", artifact_props[b->artifact]);
		T->open = 2;
		T->cur_art = b->artifact;
	}
	return write_op(T, op);
}

bool
tag_wants_extent(const struct pdf_tagger *T, int node)
{
	return node >= 0 && (size_t)node < T->l->nnodes && T->l->nodes[node].role == SR_FIGURE;
}

void
tag_extent(struct pdf_tagger *T, int node, float x0, float y0, float x1, float y1)
{
	struct node_state *n;

	if (node < 0 || (size_t)node >= T->l->nnodes)
		return;
	n = &T->nodes[node];
	if (!n->has_extent) {
		n->has_extent = true;
		n->extent_page = T->pageno;
		n->x0 = x0, n->y0 = y0, n->x1 = x1, n->y1 = y1;
	} else if (n->extent_page == T->pageno) {
		/* a figure's box on its first page: readers use it to show
		 * where the figure is */
		n->x0 = x0 < n->x0 ? x0 : n->x0;
		n->y0 = y0 < n->y0 ? y0 : n->y0;
		n->x1 = x1 > n->x1 ? x1 : n->x1;
		n->y1 = y1 > n->y1 ? y1 : n->y1;
	}
}

int
tag_end_page(struct pdf_tagger *T)
{
	if (T->open != 0 && write_op(T, "EMC\n") != 0)
		return -1;
	T->open = 0;
	return 0;
}

/* A PDF text string as hex: pdfa_utf16's bytes (within PDF/A's limit). */
static void
hex_text(struct buf *b, const char *utf8)
{
	struct buf bytes = { NULL, 0, 0 };
	size_t i;

	pdfa_utf16(&bytes, utf8);
	buf_addc(b, '<');
	for (i = 0; i < bytes.len; i++)
		buf_printf(b, "%02X", (unsigned char)bytes.data[i]);
	buf_addc(b, '>');
	buf_free(&bytes);
}

int
tag_finish(struct pdf_tagger *T, HPDF_Page *pages)
{
	HPDF_Dict root, mark;
	size_t i;

	if (T->l->nnodes == 0)
		return -1;
	/* The tree itself is written as text when the file is packed
	 * (tag_pack_extra): thousands of libharu dictionaries would cost a
	 * kilobyte of memory each.  Here only a placeholder for the root,
	 * which the catalog refers to, and the pages' object numbers. */
	if ((root = hpdfx_dict(T->pdf, true)) == NULL ||
	    hpdfx_add_name(root, "Type", "StructTreeRoot") != 0 ||
	    hpdfx_add_dict(hpdfx_catalog(T->pdf), "StructTreeRoot", root) != 0)
		return -1;
	T->root_id = hpdfx_object_number(root);
	T->page_ids = xcalloc(T->l->npages + 1, sizeof(unsigned));
	for (i = 0; i < T->l->npages; i++)
		T->page_ids[i] = hpdfx_object_number(pages[i]);
	if ((mark = hpdfx_dict(T->pdf, false)) == NULL ||
	    hpdfx_add_bool(mark, "Marked", true) != 0)
		return -1;
	return hpdfx_add_dict(hpdfx_catalog(T->pdf), "MarkInfo", mark);
}

/* A cell's table attributes: a TH's scope, a span's ColSpan. */
static void
table_attributes(struct buf *b, const struct struct_node *sn)
{
	buf_adds(b, " /A <</O /Table");
	if (sn->role == SR_TH)
		buf_adds(b, sn->scope == SCOPE_ROW ? " /Scope /Row" : " /Scope /Column");
	if (sn->colspan > 1)
		buf_printf(b, " /ColSpan %zu", sn->colspan);
	buf_adds(b, ">>");
}

/* pdf_pack's callback: the elements (numbers first .. first + n - 1, in
 * the layout's reading order), the parent tree (first + n) and the root. */
static long
write_tree(void *ctx, unsigned first, char ***out, char **replace)
{
	struct pdf_tagger *T = ctx;
	const struct layout *l = T->l;
	size_t n = l->nnodes, i, k, *nchildren, **children;
	char **bodies = xcalloc(n + 2, sizeof(char *));
	struct buf b = { NULL, 0, 0 };
	unsigned ptree = first + (unsigned)n;

	nchildren = xcalloc(n, sizeof(*nchildren));
	children = xcalloc(n, sizeof(*children));
	for (i = 1; i < n; i++)
		nchildren[l->nodes[i].parent >= 0 && (size_t)l->nodes[i].parent < i ?
		    (size_t)l->nodes[i].parent : 0]++;
	for (i = 0; i < n; i++)
		children[i] = xcalloc(nchildren[i] + 1, sizeof(size_t));
	memset(nchildren, 0, n * sizeof(*nchildren));
	for (i = 1; i < n; i++) {
		size_t p = l->nodes[i].parent >= 0 && (size_t)l->nodes[i].parent < i ?
		    (size_t)l->nodes[i].parent : 0;

		children[p][nchildren[p]++] = i;
	}
	for (i = 0; i < n; i++) {
		const struct struct_node *sn = &l->nodes[i];
		const struct node_state *ns = &T->nodes[i];
		size_t pg = ns->nrefs > 0 ? ns->refs[0].page : 0;
		unsigned parent = i == 0 ? T->root_id : first + (unsigned)(sn->parent >= 0 &&
		    (size_t)sn->parent < i ? sn->parent : 0);

		b.len = 0;
		buf_printf(&b, "<</S /%s /P %u 0 R", role_names[sn->role], parent);
		if (ns->nrefs > 0)
			buf_printf(&b, " /Pg %u 0 R", T->page_ids[pg]);
		if (ns->nrefs == 1 && nchildren[i] == 0)
			buf_printf(&b, " /K %d", ns->refs[0].mcid);
		else if (ns->nrefs + nchildren[i] > 0) {
			buf_adds(&b, " /K [");
			/* an item's own text comes before what is nested in it */
			for (k = 0; k < ns->nrefs; k++)
				if (ns->refs[k].page == pg)
					buf_printf(&b, "%s%d", k > 0 ? " " : "", ns->refs[k].mcid);
				else
					buf_printf(&b, "%s<</Type /MCR /Pg %u 0 R /MCID %d>>", k > 0 ? " " : "",
					    T->page_ids[ns->refs[k].page], ns->refs[k].mcid);
			for (k = 0; k < nchildren[i]; k++)
				buf_printf(&b, "%s%u 0 R", ns->nrefs + k > 0 ? " " : "",
				    first + (unsigned)children[i][k]);
			buf_addc(&b, ']');
		}
		if (sn->lang != NULL)	/* xs:language: letters, digits, hyphens */
			buf_printf(&b, " /Lang (%s)", sn->lang);
		if (sn->role == SR_TH || (sn->role == SR_TD && sn->colspan > 1))
			table_attributes(&b, sn);
		if (sn->role == SR_FIGURE) {
			buf_adds(&b, " /Alt ");
			hex_text(&b, sn->alt != NULL ? sn->alt : "");
			if (ns->has_extent)
				buf_printf(&b, " /A <</O /Layout /BBox [%.2f %.2f %.2f %.2f]>>",
				    ns->x0, ns->y0, ns->x1, ns->y1);
		}
		buf_adds(&b, ">>");
		bodies[i] = xstrdup(b.data);
	}
	/* the parent tree: for each page, the element of each MCID */
	b.len = 0;
	buf_adds(&b, "<</Nums [");
	for (i = 0; i < l->npages; i++) {
		buf_printf(&b, "%s%zu [", i > 0 ? " " : "", i);
		for (k = 0; k < T->page_n[i]; k++)
			buf_printf(&b, "%s%u 0 R", k > 0 ? " " : "",
			    first + (unsigned)T->page_nodes[i][k]);
		buf_addc(&b, ']');
	}
	buf_adds(&b, "]>>");
	bodies[n] = xstrdup(b.data);
	b.len = 0;
	buf_printf(&b, "<</Type /StructTreeRoot /K %u 0 R /ParentTree %u 0 R /ParentTreeNextKey %zu>>",
	    first, ptree, l->npages);
	*replace = xstrdup(b.data);
	buf_free(&b);
	for (i = 0; i < n; i++)
		free(children[i]);
	free(children);
	free(nchildren);
	*out = bodies;
	return (long)n + 1;
}

void
tag_pack_extra(struct pdf_tagger *T, struct pack_extra *extra)
{
	extra->replace_num = T->root_id;
	extra->write = write_tree;
	extra->ctx = T;
}
