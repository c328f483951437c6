# The benchmark floor (tests/bench/floor.c): what a first attempt at iopdoc
# would do.  Not wired into the main Makefile; use it from the top directory:
#
#   make -f tests/bench/floor.mk
#   tests/bench/floor input/linkoping-rk-sprakvanner.xml /tmp/floor.pdf
#
# or build by hand:
#
#   cc -std=c17 -O2 -Wall -Wextra $(xml2-config --cflags) \
#      -o tests/bench/floor tests/bench/floor.c -lhpdf $(xml2-config --libs)

FLOOR_CC     ?= cc
FLOOR_CFLAGS ?= -std=c17 -O2 -Wall -Wextra

tests/bench/floor: tests/bench/floor.c
	$(FLOOR_CC) $(FLOOR_CFLAGS) $$(xml2-config --cflags) -o $@ $< \
		-lhpdf $$(xml2-config --libs)
