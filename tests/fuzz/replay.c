/* Replays inputs through the fuzz target without libFuzzer: make check
 * builds it with gcc, ASan and UBSan and runs every file of
 * tests/fuzz/regress (inputs the fuzzer once broke iopdoc with) and the
 * seeds.  A crash, leak or sanitizer report fails the run. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fsutil.h"
#include "xml_read.h"

int	LLVMFuzzerInitialize(int *, char ***);
int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
main(int argc, char **argv)
{
	int i, failed = 0;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		unsigned char *data;
		size_t len;

		if (read_file_limited(argv[i], 64UL * 1024 * 1024, &data, &len) != 0) {
			fprintf(stderr, "replay: cannot read %s\n", argv[i]);
			failed++;
			continue;
		}
		LLVMFuzzerTestOneInput(data, len);
		free(data);
	}
	/* the target keeps its template and reference corpus for the run */
	xml_read_cleanup();
	printf("fuzz replay: %d passed, %d failed\n", argc - 1 - failed, failed);
	return failed != 0;
}
