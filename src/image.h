/* Images checked before the PDF back end embeds them: PNG (decoded once
 * with libpng) and JPEG (its markers walked), within the limits of
 * limit.h.  Knows nothing of PDF. */
#ifndef IOPDOC_IMAGE_H
#define IOPDOC_IMAGE_H

#include <stddef.h>

enum image_type { IMAGE_UNKNOWN, IMAGE_PNG, IMAGE_JPEG };

struct image_info {
	enum image_type	type;
	unsigned long	width, height;	/* pixels */
};

enum image_type	image_type_of(const unsigned char *, size_t);

enum image_problem {
	IMAGE_OK,
	IMAGE_NOT_IMAGE,	/* neither PNG nor JPEG */
	IMAGE_DAMAGED,		/* cut short, bad checksum or data */
	IMAGE_TOO_MANY_PIXELS,	/* a side over LIMIT_IMAGE_SIDE */
	IMAGE_INTERLACED,	/* an interlaced PNG: libharu cannot embed it */
};

/* IMAGE_OK when the bytes are a whole PNG or JPEG that libharu can embed,
 * within LIMIT_IMAGE_SIDE pixels a side; info has what was found. */
enum image_problem	image_check(const unsigned char *, size_t, struct image_info *);

/* A PNG's pixels, 8 bits a component, gray (1) or RGB (3), any alpha
 * laid over white: PDF/A-2b wants no transparency, and libharu then
 * embeds raw pixels instead of running its own PNG reader.  An image
 * wider than max_width pixels (0: no limit) is shrunk by a whole factor,
 * averaging, to at most that.  *pixels (the caller frees it) holds
 * info->width * info->height * *components bytes. */
enum image_problem	image_png_pixels(const unsigned char *, size_t, struct image_info *,
			    unsigned long max_width, unsigned char **pixels, int *components);

/* How many PNGs this process has decoded into pixels. */
unsigned long		image_png_decodes(void);

/* The problem in words for a message: "it is damaged or cut short". */
void		image_problem_text(enum image_problem, const struct image_info *, char *, size_t);

#endif
