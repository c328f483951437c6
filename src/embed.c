/* Build tool: writes a C file that holds a data file as a byte array,
 * so that iopdoc carries its schema and needs no install path.
 * usage: embed NAME INPUT OUTPUT.c */
#include <stdio.h>

int
main(int argc, char *argv[])
{
	FILE *in, *out;
	size_t n = 0;
	int c;

	if (argc != 4) {
		fputs("usage: embed NAME INPUT OUTPUT.c\n", stderr);
		return 2;
	}
	if ((in = fopen(argv[2], "rb")) == NULL || (out = fopen(argv[3], "w")) == NULL) {
		perror("embed");
		return 1;
	}
	fprintf(out, "/* Generated from %s by embed; do not edit. */\n"
	    "#include <stddef.h>\n\nconst unsigned char %s[] = {", argv[2], argv[1]);
	while ((c = getc(in)) != EOF)
		fprintf(out, "%s0x%02x,", n++ % 16 == 0 ? "\n\t" : " ", c);
	fprintf(out, "\n\t0x00\n};\nconst size_t %s_len = %zu;\n", argv[1], n);
	fclose(in);
	return fclose(out) == 0 ? 0 : 1;
}
