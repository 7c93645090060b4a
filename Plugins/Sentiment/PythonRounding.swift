/// Python's `round(x, digits)` for floats, bit for bit.
///
/// CPython rounds the exact binary value of `x` to `digits` decimal places, ties to even (with
/// `_Py_dg_dtoa`), then reads the decimal back as the nearest double. Multiplying by `10^digits`
/// and calling `rounded()` is not the same: the product is itself rounded, so values within an ulp
/// of a half go the wrong way. Here the integer part `k` of `x * 10^digits` and the comparison with
/// `k + 0.5` are made exact with fused multiply-adds (the sign of a single rounding of an exact
/// value is exact), and `k / 10^digits` is one correctly rounded division, as the read-back is.
/// Values whose scaled fraction is clearly away from a half or an integer skip the exact steps.
enum PythonRounding {
    /// `round(x, digits)` as CPython computes it, for `digits` in 0...15 and `|x| < 2^40`.
    @inline(__always)
    static func round(_ x: Double, digits: Int) -> Double {
        guard x.isFinite, x != 0 else { return x }
        let scale = digits == 4 ? 10_000.0 : (digits == 3 ? 1_000.0 : powersOfTen[digits])
        let product = x * scale
        var k: Double
        if abs(product) < 1e15 {   // floor without a libm call
            k = Double(Int64(product))
            if k > product { k -= 1 }
        } else {
            k = product.rounded(.down)
        }
        // Fast path: the product is within a few ulps of x × scale, so unless its fraction is
        // within 1e-6 of an integer or of a half, rounding it gives the exact answer.
        let fraction = product - k
        if abs(fraction - 0.5) > 1e-6 && fraction > 1e-6 && fraction < 1 - 1e-6 && abs(product) < 1e9 {
            let rounded = fraction > 0.5 ? k + 1 : k
            return rounded == 0 ? (x < 0 ? -0.0 : 0.0) : rounded / scale
        }
        // Make k = floor(x * scale) exactly: the product above may have rounded across an integer.
        if (-k).addingProduct(x, scale) < 0 { k -= 1 }
        if (-(k + 1)).addingProduct(x, scale) >= 0 { k += 1 }
        let toHalf = (-(k + 0.5)).addingProduct(x, scale)   // sign of x * scale - (k + 1/2), exactly
        if toHalf > 0 || (toHalf == 0 && Int64(k) & 1 != 0) { k += 1 }
        let result = k / scale
        return result == 0 ? (x < 0 ? -0.0 : 0.0) : result
    }

    private static let powersOfTen: [Double] = (0...15).map { digits in
        var value = 1.0
        for _ in 0..<digits { value *= 10 }
        return value
    }
}
