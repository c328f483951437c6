/* Tagged PDF on libharu 2.3.0: BDC/EMC written into the page content
 * streams, and the structure tree built from libharu's internal objects
 * once every page is drawn (so each element is written once, compactly,
 * with its marked content known).  See shared/design/PDF-ARCHIVAL.md §4.
 *
 * Every box is either content of a structure node or an artifact; the
 * marked-content sequences follow the drawing order, the structure tree
 * the layout's reading order, and the parent tree ties the two. */
#include <stdio.h>
#include <string.h>

#include <hpdf.h>
#include <hpdf_consts.h>
#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include "layout.h"
#include "mem.h"
#include "pdf_tag.h"
#include "pdfa.h"

static const char *const role_names[] = {
	[SR_DOCUMENT] = "Document", [SR_H1] = "H1", [SR_H2] = "H2", [SR_H3] = "H3",
	[SR_P] = "P", [SR_L] = "L", [SR_LI] = "LI", [SR_LBL] = "Lbl", [SR_LBODY] = "LBody",
	[SR_TABLE] = "Table", [SR_TR] = "TR", [SR_TH] = "TH", [SR_TD] = "TD",
	[SR_FIGURE] = "Figure", [SR_TOC] = "TOC", [SR_TOCI] = "TOCI", [SR_DIV] = "Div",
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
	int			 cur_node;
	enum artifact_kind	 cur_art;
};

struct pdf_tagger *
tag_new(HPDF_Doc pdf, const struct layout *l)
{
	struct pdf_tagger *T = xcalloc(1, sizeof(*T));

	T->pdf = pdf;
	T->l = l;
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
	for (i = 0; i < T->l->nnodes; i++)
		free(T->nodes[i].refs);
	for (i = 0; i < T->l->npages; i++)
		free(T->page_nodes[i]);
	free(T->nodes);
	free(T->page_nodes);
	free(T->page_n);
	free(T->page_cap);
	free(T);
}

/* Raw operators go only where libharu's own state allows them: outside
 * text objects and path construction. */
static int
write_op(struct pdf_tagger *T, const char *op)
{
	HPDF_PageAttr attr = (HPDF_PageAttr)T->page->attr;

	if (attr->gmode != HPDF_GMODE_PAGE_DESCRIPTION)
		return -1;
	return HPDF_Stream_WriteStr(attr->stream, op) == HPDF_OK ? 0 : -1;
}

void
tag_page(struct pdf_tagger *T, HPDF_Page page, size_t pageno)
{
	T->page = page;
	T->pageno = pageno;
	T->open = 0;
	HPDF_Dict_AddNumber(page, "StructParents", (HPDF_INT32)pageno);
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

/* The attributes a reader needs: header cells' scope, a figure's box. */
static void
attributes(struct pdf_tagger *T, HPDF_Dict e, size_t i)
{
	const struct struct_node *sn = &T->l->nodes[i];
	const struct node_state *n = &T->nodes[i];
	HPDF_Dict a;

	if (sn->lang != NULL)
		HPDF_Dict_Add(e, "Lang", HPDF_String_New(T->pdf->mmgr, sn->lang, NULL));
	if (sn->role == SR_TH && (a = HPDF_Dict_New(T->pdf->mmgr)) != NULL) {
		HPDF_Dict_AddName(a, "O", "Table");
		HPDF_Dict_AddName(a, "Scope", "Column");
		HPDF_Dict_Add(e, "A", a);
	}
	if (sn->role == SR_FIGURE) {
		HPDF_Array bbox;

		HPDF_Dict_Add(e, "Alt", pdfa_text(T->pdf, sn->alt != NULL ? sn->alt : ""));
		if (n->has_extent && (a = HPDF_Dict_New(T->pdf->mmgr)) != NULL &&
		    (bbox = HPDF_Array_New(T->pdf->mmgr)) != NULL) {
			HPDF_Dict_AddName(a, "O", "Layout");
			HPDF_Array_AddReal(bbox, n->x0);
			HPDF_Array_AddReal(bbox, n->y0);
			HPDF_Array_AddReal(bbox, n->x1);
			HPDF_Array_AddReal(bbox, n->y1);
			HPDF_Dict_Add(a, "BBox", bbox);
			HPDF_Dict_Add(e, "A", a);
		}
	}
}

int
tag_finish(struct pdf_tagger *T, HPDF_Page *pages)
{
	const struct layout *l = T->l;
	HPDF_Dict root, ptree, mark, *elems;
	HPDF_Array nums;
	size_t i, k, *nchildren, **children;
	int rc = -1;

	if (l->nnodes == 0)
		return -1;
	elems = xcalloc(l->nnodes, sizeof(*elems));
	nchildren = xcalloc(l->nnodes, sizeof(*nchildren));
	children = xcalloc(l->nnodes, sizeof(*children));
	for (i = 1; i < l->nnodes; i++)
		if (l->nodes[i].parent >= 0 && (size_t)l->nodes[i].parent < i)
			nchildren[l->nodes[i].parent]++;
	for (i = 0; i < l->nnodes; i++)
		children[i] = xcalloc(nchildren[i] + 1, sizeof(size_t));
	memset(nchildren, 0, l->nnodes * sizeof(*nchildren));
	for (i = 1; i < l->nnodes; i++) {
		size_t p = l->nodes[i].parent >= 0 && (size_t)l->nodes[i].parent < i ?
		    (size_t)l->nodes[i].parent : 0;

		children[p][nchildren[p]++] = i;
	}

	/* Indirect objects first: an element is referred to by its parent's
	 * /K, its children's /P and the parent tree. */
	if ((root = HPDF_Dict_New(T->pdf->mmgr)) == NULL ||
	    HPDF_Xref_Add(T->pdf->xref, root) != HPDF_OK)
		goto done;
	HPDF_Dict_AddName(root, "Type", "StructTreeRoot");
	for (i = 0; i < l->nnodes; i++) {
		if ((elems[i] = HPDF_Dict_New(T->pdf->mmgr)) == NULL ||
		    HPDF_Xref_Add(T->pdf->xref, elems[i]) != HPDF_OK)
			goto done;
		HPDF_Dict_AddName(elems[i], "S", role_names[l->nodes[i].role]);
	}
	for (i = 0; i < l->nnodes; i++) {
		const struct node_state *n = &T->nodes[i];
		HPDF_Dict e = elems[i];
		size_t pg = n->nrefs > 0 ? n->refs[0].page : 0;

		HPDF_Dict_Add(e, "P", i == 0 ? root : elems[l->nodes[i].parent >= 0 &&
		    (size_t)l->nodes[i].parent < i ? (size_t)l->nodes[i].parent : 0]);
		if (n->nrefs > 0)
			HPDF_Dict_Add(e, "Pg", pages[pg]);
		if (n->nrefs == 1 && nchildren[i] == 0)
			HPDF_Dict_AddNumber(e, "K", n->refs[0].mcid);
		else if (n->nrefs + nchildren[i] > 0) {
			HPDF_Array kids = HPDF_Array_New(T->pdf->mmgr);

			if (kids == NULL)
				goto done;
			/* an item's own text comes before what is nested in it */
			for (k = 0; k < n->nrefs; k++) {
				if (n->refs[k].page == pg) {
					HPDF_Array_AddNumber(kids, n->refs[k].mcid);
				} else {
					HPDF_Dict mcr = HPDF_Dict_New(T->pdf->mmgr);

					if (mcr == NULL)
						goto done;
					HPDF_Dict_AddName(mcr, "Type", "MCR");
					HPDF_Dict_Add(mcr, "Pg", pages[n->refs[k].page]);
					HPDF_Dict_AddNumber(mcr, "MCID", n->refs[k].mcid);
					HPDF_Array_Add(kids, mcr);
				}
			}
			for (k = 0; k < nchildren[i]; k++)
				HPDF_Array_Add(kids, elems[children[i][k]]);
			HPDF_Dict_Add(e, "K", kids);
		}
		attributes(T, e, i);
	}

	/* The parent tree: for each page, the element of each MCID. */
	if ((ptree = HPDF_Dict_New(T->pdf->mmgr)) == NULL ||
	    HPDF_Xref_Add(T->pdf->xref, ptree) != HPDF_OK ||
	    (nums = HPDF_Array_New(T->pdf->mmgr)) == NULL)
		goto done;
	for (i = 0; i < l->npages; i++) {
		HPDF_Array owners = HPDF_Array_New(T->pdf->mmgr);

		if (owners == NULL)
			goto done;
		for (k = 0; k < T->page_n[i]; k++)
			HPDF_Array_Add(owners, elems[T->page_nodes[i][k]]);
		HPDF_Array_AddNumber(nums, (HPDF_INT32)i);
		HPDF_Array_Add(nums, owners);
	}
	HPDF_Dict_Add(ptree, "Nums", nums);
	HPDF_Dict_Add(root, "K", elems[0]);
	HPDF_Dict_Add(root, "ParentTree", ptree);
	HPDF_Dict_AddNumber(root, "ParentTreeNextKey", (HPDF_INT32)l->npages);
	HPDF_Dict_Add(T->pdf->catalog, "StructTreeRoot", root);
	if ((mark = HPDF_Dict_New(T->pdf->mmgr)) == NULL)
		goto done;
	HPDF_Dict_AddBoolean(mark, "Marked", HPDF_TRUE);
	HPDF_Dict_Add(T->pdf->catalog, "MarkInfo", mark);
	rc = 0;
done:
	for (i = 0; i < l->nnodes; i++)
		free(children[i]);
	free(children);
	free(nchildren);
	free(elems);
	return rc;
}
