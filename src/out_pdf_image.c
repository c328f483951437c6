/* The PDF device's one image, the template's logo: checked before
 * libharu sees it (image.c), its pixels decoded once per process. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <hpdf.h>

#include "diag.h"
#include "fsutil.h"
#include "hash.h"
#include "image.h"
#include "limit.h"
#include "mem.h"
#include "out_pdf.h"
#include "out_pdf_int.h"
#include "template.h"

/* ---------- images ---------- */

/* The logo's pixels, decoded once per process: a build renders hundreds
 * of documents with one template, and a large PNG cost seconds each time.
 * Keyed by path, the file's SHA-256 and the width wanted, so that a
 * changed file is decoded again. */
static struct {
	char		*path;
	char		 hash[65];
	unsigned long	 max_width;
	unsigned char	*pixels;
	struct image_info info;
	int		 components;
} logo_cache;

void
pdf_cache_free(void)
{
	free(logo_cache.path);
	free(logo_cache.pixels);
	memset(&logo_cache, 0, sizeof(logo_cache));
}

/* Checks the file is a whole PNG or JPEG of sane size before libharu sees
 * it (image.c), then hands libharu the very bytes that were checked: a
 * JPEG as it is, a PNG as pixels (from the cache when it has them). */
float
pdf_image_ratio(void *ctx, const char *path)
{
	struct pdf_device *d = ctx;
	unsigned char *data = NULL;
	size_t size = 0;
	struct image_info info;
	enum image_problem problem = IMAGE_NOT_IMAGE;
	unsigned char *pixels = NULL;
	char why[160], hash[65];
	int err, components = 0;
	/* 600 dpi at the printed width is all a printer uses */
	unsigned long max_width = (unsigned long)ceilf(d->t->logo_width / 72.0f * 600.0f);

	if (d->image != NULL && strcmp(d->image_path, path) == 0)
		return HPDF_Image_GetHeight(d->image) / (float)HPDF_Image_GetWidth(d->image);
	if ((err = read_file_limited(path, LIMIT_IMAGE_MB * 1024L * 1024, &data, &size)) != 0 &&
	    err != EFBIG) {
		diag(NULL, 0, MSG_READ_FAILED, path, read_error_text(err));
		return -1;
	}
	if (err == EFBIG)
		snprintf(why, sizeof(why), "it is larger than %d MB, the most iopdoc embeds",
		    LIMIT_IMAGE_MB);
	else if (image_type_of(data, size) == IMAGE_PNG) {
		sha256_hex(data, size, hash);
		if (logo_cache.pixels != NULL && strcmp(logo_cache.path, path) == 0 &&
		    strcmp(logo_cache.hash, hash) == 0 && logo_cache.max_width == max_width) {
			problem = IMAGE_OK;
			info = logo_cache.info;
			components = logo_cache.components;
		} else if ((problem = image_png_pixels(data, size, &info, max_width, &pixels,
		    &components)) == IMAGE_OK) {
			/* raw pixels, alpha laid over white: PDF/A-2b without
			 * transparency, and libharu's PNG reader never runs */
			pdf_cache_free();
			logo_cache.path = xstrdup(path);
			memcpy(logo_cache.hash, hash, sizeof(hash));
			logo_cache.max_width = max_width;
			logo_cache.pixels = pixels;
			logo_cache.info = info;
			logo_cache.components = components;
		}
	} else
		problem = image_check(data, size, &info);
	if (err == 0 && problem != IMAGE_OK)
		image_problem_text(problem, &info, why, sizeof(why));
	if (err != 0 || problem != IMAGE_OK) {
		free(data);
		diag(NULL, 0, MSG_IMAGE, path, why);
		return -1;
	}
	if (info.type == IMAGE_PNG)
		d->image = HPDF_LoadRawImageFromMem(d->pdf, logo_cache.pixels, (HPDF_UINT)info.width,
		    (HPDF_UINT)info.height, components == 3 ? HPDF_CS_DEVICE_RGB : HPDF_CS_DEVICE_GRAY, 8);
	else
		d->image = HPDF_LoadJpegImageFromMem(d->pdf, data, (HPDF_UINT)size);
	free(data);
	if (d->image == NULL || d->error != 0 || HPDF_Image_GetWidth(d->image) == 0) {
		d->error = 0;
		d->image = NULL;
		diag(NULL, 0, MSG_IMAGE, path, "the PDF library cannot embed it");
		return -1;
	}
	d->image_path = path;
	return HPDF_Image_GetHeight(d->image) / (float)HPDF_Image_GetWidth(d->image);
}
