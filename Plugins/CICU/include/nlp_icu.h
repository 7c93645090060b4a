// A small C facade over system libicu for the segmenter.
//
// ICU renames its functions by macro (ubrk_open is ubrk_open_72), which Swift cannot see through,
// and a Swift module that sees both Foundation and the ICU headers fails to compile. So this header
// exposes no ICU types: Swift sees opaque handles and plain integers only.
#ifndef NLP_ICU_H
#define NLP_ICU_H

#include <stdint.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Which boundaries a breaker finds.
typedef enum {
    NLP_BREAK_SENTENCE = 0,
    NLP_BREAK_WORD = 1
} nlp_break_kind;

/// Word-break rule status ranges (ICU's UWordBreak values).
enum {
    NLP_WORD_NONE_LIMIT = 100,
    NLP_WORD_NUMBER_LIMIT = 200,
    NLP_WORD_LETTER_LIMIT = 300,
    NLP_WORD_KANA_LIMIT = 400,
    NLP_WORD_IDEO_LIMIT = 500
};

/// An ICU break iterator over UTF-8 text. Not thread-safe: one per thread.
typedef struct nlp_breaker nlp_breaker;

/// Opens a breaker for `locale` (e.g. "en", "en_US", "de"). On failure returns NULL and writes
/// ICU's error name into `error` (at most `error_capacity` bytes, NUL-terminated).
nlp_breaker *nlp_breaker_open(nlp_break_kind kind, const char *locale, char *error, size_t error_capacity);

/// Closes a breaker.
void nlp_breaker_close(nlp_breaker *breaker);

/// Points the breaker at `length` bytes of UTF-8 (not copied: the bytes must outlive iteration).
/// Returns 0 on success, or an ICU error code.
int32_t nlp_breaker_set_text(nlp_breaker *breaker, const uint8_t *utf8, int64_t length);

/// Fills up to `capacity` boundaries after the current one into `offsets` (UTF-8 byte offsets), and
/// for word breakers their rule status into `statuses` (may be NULL). Returns how many were written;
/// fewer than `capacity` means the end of text was reached.
int32_t nlp_breaker_next_batch(nlp_breaker *breaker, int32_t *offsets, int32_t *statuses, int32_t capacity);

/// The general category of a code point, as ICU's UCharCategory value.
int32_t nlp_char_type(uint32_t code_point);

/// Whether a code point is alphabetic (ICU u_isalpha / UCHAR_ALPHABETIC).
int32_t nlp_is_alphabetic(uint32_t code_point);

/// Whether a code point is upper case (UCHAR_UPPERCASE).
int32_t nlp_is_uppercase(uint32_t code_point);

/// Whether a code point is lower case (UCHAR_LOWERCASE).
int32_t nlp_is_lowercase(uint32_t code_point);

/// Checks that `locale` names a known language (ISO 639) and, if it has one, a known region
/// (ISO 3166 or a UN M.49 number), e.g. "en", "en_US", "en-GB", "de". Returns 1 when valid; otherwise
/// returns 0 and writes the reason into `error` (at most `error_capacity` bytes, NUL-terminated).
int32_t nlp_locale_check(const char *locale, char *error, size_t error_capacity);

/// Writes the search key of `length` bytes of UTF-8 into `out`: canonical decomposition (NFD),
/// nonspacing marks removed (so diacritics are ignored), then, when `fold` is non-zero, full case
/// folding. Returns the number of UTF-8 bytes written, or -1 when the text is longer than 255
/// UTF-16 units, `out` is too small, or the input is not valid UTF-8.
int32_t nlp_search_key(const uint8_t *utf8, int32_t length, int32_t fold, uint8_t *out, int32_t capacity);

/// The ICU version, e.g. "72.1".
const char *nlp_icu_version(void);

#ifdef __cplusplus
}
#endif

#endif
