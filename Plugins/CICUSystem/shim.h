// System libicu headers (Debian: libicu-dev), found through pkg-config.
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
