/// Python's `str.isupper()` for text outside ASCII.
enum PythonCase {
    /// True when `text` has at least one upper-case character and no lower-case or title-case one
    /// (CPython: `Py_UNICODE_ISLOWER`, `Py_UNICODE_ISTITLE`, `Py_UNICODE_ISUPPER`, which read the
    /// derived properties Lowercase and Uppercase and the category Lt).
    static func isUpper(_ text: String) -> Bool {
        var cased = false
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase || properties.generalCategory == .titlecaseLetter { return false }
            if properties.isUppercase { cased = true }
        }
        return cased
    }
}
