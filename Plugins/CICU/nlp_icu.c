#include "nlp_icu.h"
#include <stdlib.h>
#include <string.h>
#include <stdio.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>
#include <unicode/ustring.h>
#include <unicode/unorm2.h>
#include <unicode/uloc.h>

struct nlp_breaker {
    UBreakIterator *iterator;
    UText *text;
    nlp_break_kind kind;
};

nlp_breaker *nlp_breaker_open(nlp_break_kind kind, const char *locale, char *error, size_t error_capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIteratorType type = kind == NLP_BREAK_SENTENCE ? UBRK_SENTENCE : UBRK_WORD;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &status);
    if (U_FAILURE(status) || iterator == NULL) {
        if (error && error_capacity) snprintf(error, error_capacity, "%s", u_errorName(status));
        return NULL;
    }
    nlp_breaker *breaker = calloc(1, sizeof(nlp_breaker));
    if (!breaker) {
        ubrk_close(iterator);
        if (error && error_capacity) snprintf(error, error_capacity, "out of memory");
        return NULL;
    }
    breaker->iterator = iterator;
    breaker->kind = kind;
    return breaker;
}

void nlp_breaker_close(nlp_breaker *breaker) {
    if (!breaker) return;
    if (breaker->iterator) ubrk_close(breaker->iterator);
    if (breaker->text) utext_close(breaker->text);
    free(breaker);
}

int32_t nlp_breaker_set_text(nlp_breaker *breaker, const uint8_t *utf8, int64_t length) {
    UErrorCode status = U_ZERO_ERROR;
    breaker->text = utext_openUTF8(breaker->text, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    ubrk_setUText(breaker->iterator, breaker->text, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    ubrk_first(breaker->iterator);
    return 0;
}

int32_t nlp_breaker_next_batch(nlp_breaker *breaker, int32_t *offsets, int32_t *statuses, int32_t capacity) {
    int32_t count = 0;
    while (count < capacity) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next == UBRK_DONE) break;
        offsets[count] = next;
        if (statuses) statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        count++;
    }
    return count;
}

int32_t nlp_char_type(uint32_t code_point) { return (int32_t)u_charType((UChar32)code_point); }
int32_t nlp_is_alphabetic(uint32_t code_point) { return u_hasBinaryProperty((UChar32)code_point, UCHAR_ALPHABETIC) ? 1 : 0; }
int32_t nlp_is_uppercase(uint32_t code_point) { return u_hasBinaryProperty((UChar32)code_point, UCHAR_UPPERCASE) ? 1 : 0; }
int32_t nlp_is_lowercase(uint32_t code_point) { return u_hasBinaryProperty((UChar32)code_point, UCHAR_LOWERCASE) ? 1 : 0; }

int32_t nlp_locale_check(const char *locale, char *error, size_t error_capacity) {
    char canonical[ULOC_FULLNAME_CAPACITY];
    char language[ULOC_LANG_CAPACITY];
    char country[ULOC_COUNTRY_CAPACITY];
    UErrorCode status = U_ZERO_ERROR;
    if (locale == NULL || locale[0] == 0) {
        if (error && error_capacity) snprintf(error, error_capacity, "the locale is empty");
        return 0;
    }
    uloc_canonicalize(locale, canonical, (int32_t)sizeof canonical, &status);
    int32_t languageLength = uloc_getLanguage(canonical, language, (int32_t)sizeof language, &status);
    uloc_getCountry(canonical, country, (int32_t)sizeof country, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) {
        if (error && error_capacity) snprintf(error, error_capacity, "malformed locale (%s)", u_errorName(status));
        return 0;
    }
    if (languageLength == 0 || uloc_getISO3Language(canonical)[0] == 0) {
        if (error && error_capacity) snprintf(error, error_capacity, "unknown language '%s'", languageLength ? language : locale);
        return 0;
    }
    if (country[0] != 0 && uloc_getISO3Country(canonical)[0] == 0) {
        int numeric = strlen(country) == 3 && country[0] >= '0' && country[0] <= '9'
            && country[1] >= '0' && country[1] <= '9' && country[2] >= '0' && country[2] <= '9';
        if (!numeric) {
            if (error && error_capacity) snprintf(error, error_capacity, "unknown region '%s'", country);
            return 0;
        }
    }
    return 1;
}

const char *nlp_icu_version(void) { return U_ICU_VERSION; }

int32_t nlp_search_key(const uint8_t *utf8, int32_t length, int32_t fold, uint8_t *out, int32_t capacity) {
    enum { units = 256 };
    UChar source[units], decomposed[units * 2], filtered[units * 2], folded[units * 2];
    UErrorCode status = U_ZERO_ERROR;
    int32_t sourceLength = 0;
    u_strFromUTF8(source, units, &sourceLength, (const char *)utf8, length, &status);
    if (U_FAILURE(status) || sourceLength >= units) return -1;
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    if (U_FAILURE(status)) return -1;
    int32_t decomposedLength = unorm2_normalize(nfd, source, sourceLength, decomposed, units * 2, &status);
    if (U_FAILURE(status)) return -1;
    int32_t filteredLength = 0;
    for (int32_t i = 0; i < decomposedLength;) {
        UChar32 c;
        U16_NEXT(decomposed, i, decomposedLength, c);
        if (u_charType(c) == U_NON_SPACING_MARK) continue;
        U16_APPEND_UNSAFE(filtered, filteredLength, c);
    }
    const UChar *result = filtered;
    int32_t resultLength = filteredLength;
    if (fold) {
        resultLength = u_strFoldCase(folded, units * 2, filtered, filteredLength, U_FOLD_CASE_DEFAULT, &status);
        if (U_FAILURE(status)) return -1;
        result = folded;
    }
    int32_t written = 0;
    u_strToUTF8((char *)out, capacity, &written, result, resultLength, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING || written > capacity) return written <= capacity && status == U_STRING_NOT_TERMINATED_WARNING ? written : -1;
    return written;
}
