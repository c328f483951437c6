/* Layout and PDF for one document. */
#include <string.h>

#include "diag.h"
#include "doc.h"
#include "layout.h"
#include "out_pdf.h"
#include "render.h"
#include "template.h"

enum diag_level
render_doc(struct doc *doc, const struct template *t, const char *out, size_t *pages,
    size_t *bytes)
{
	struct pdf_device *dev = NULL;
	struct diag_ctx ctx;
	struct layout lay;
	size_t size = 0;
	int tries = 0, rc;

	diag_open(&ctx, NULL);
	memset(&lay, 0, sizeof(lay));
	if (pages != NULL)
		*pages = 0;
	if (bytes != NULL)
		*bytes = 0;
again:
	if (pdf_open(t, &dev) != 0)
		goto done;
	if (layout_doc(doc, t, pdf_metrics(dev), &lay) != 0)
		goto done;
	if (pages != NULL)
		*pages = lay.npages;
	if (out == NULL || pdf_render(dev, doc, &lay) != 0)
		goto done;
	if (tries > 0)
		pdf_pad_fonts(dev);
	rc = pdf_save(dev, out, &size);
	if (rc == PDF_SAVE_RETRY && tries++ == 0) {
		/* a fresh document: libharu's failed one cannot be reused */
		layout_free(&lay);
		pdf_close(dev);
		dev = NULL;
		goto again;
	}
	if (rc == 0 && bytes != NULL)
		*bytes = size;
done:
	layout_free(&lay);
	pdf_close(dev);
	return diag_close(&ctx, DIAG_PASS_ON);
}
