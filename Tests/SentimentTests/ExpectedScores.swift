import Sentiment
import Testing

/// Texts covering every rule of vaderSentiment, with the scores that vaderSentiment 3.3.2 gives
/// them (`SentimentIntensityAnalyzer().polarity_scores(text)` under Python 3.11, copied here):
/// compound, pos, neu, neg.
enum Expected {
    static let lexicon: [Case] = [
        Case("The book was good.", 0.4404, 0.492, 0.508, 0.0),
        Case("The book was bad.", -0.5423, 0.0, 0.462, 0.538),
        Case("A table.", 0.0, 0.0, 1.0, 0.0),
        Case("good", 0.4404, 1.0, 0.0, 0.0),
    ]

    static let booster: [Case] = [
        Case("The book was very good.", 0.4927, 0.444, 0.556, 0.0),
        Case("The book was extremely bad.", -0.5849, 0.0, 0.513, 0.487),
        Case("The book was slightly good.", 0.3832, 0.395, 0.605, 0.0),
        Case("The book was barely bad.", -0.4951, 0.0, 0.555, 0.445),
        Case("It was really very good.", 0.5379, 0.465, 0.535, 0.0),
        Case("It was hugely somewhat really good.", 0.4902, 0.389, 0.611, 0.0),
    ]

    static let negation: [Case] = [
        Case("The book was not good.", -0.3412, 0.0, 0.624, 0.376),
        Case("The book isn't good.", -0.3412, 0.0, 0.555, 0.445),
        Case("It isnt good", -0.3412, 0.0, 0.454, 0.546),
        Case("It is not really very good.", -0.427, 0.0, 0.639, 0.361),
        Case("Not that it was ever good.", 0.4404, 0.367, 0.633, 0.0),
        Case("Never good.", -0.3412, 0.0, 0.294, 0.706),
        Case("It was never so good.", 0.6626, 0.525, 0.475, 0.0),
        Case("It was never this good.", 0.6084, 0.498, 0.502, 0.0),
        Case("Without doubt good.", 0.6136, 0.834, 0.166, 0.0),
        Case("Without a doubt, excellent idea.", 0.7013, 0.659, 0.341, 0.0),
        Case("Without any doubt, good", 0.6136, 0.715, 0.285, 0.0),
        Case("It is no good.", -0.3412, 0.0, 0.555, 0.445),
        Case("No fun or joy.", -0.6979, 0.0, 0.257, 0.743),
        Case("No fun nor joy.", -0.0435, 0.35, 0.276, 0.373),
        Case("no", -0.296, 0.0, 0.0, 1.0),
        Case("There is no problem.", 0.3089, 0.429, 0.571, 0.0),
        Case("Nothing good came of it.", -0.3412, 0.0, 0.624, 0.376),
        Case("He didn't like it", -0.2755, 0.0, 0.587, 0.413),
        Case("He doesn\u{2019}t like it", 0.3612, 0.455, 0.545, 0.0),
    ]

    static let but: [Case] = [
        Case("The plot was good, but the characters are uncompelling.", -0.1027, 0.173, 0.619, 0.208),
        Case("It was great but bad.", -0.4939, 0.248, 0.291, 0.461),
        Case("Good, great, but great and good.", 0.9325, 0.875, 0.125, 0.0),
        Case("nice BUT bad", -0.5927, 0.248, 0.131, 0.621),
        Case("good but good", 0.7003, 0.853, 0.147, 0.0),
        Case("bad, but good, but bad", -0.4854, 0.3, 0.156, 0.545),
    ]

    static let caps: [Case] = [
        Case("The book was GOOD.", 0.5622, 0.548, 0.452, 0.0),
        Case("The book was VERY good.", 0.6028, 0.495, 0.505, 0.0),
        Case("THE BOOK WAS GOOD.", 0.4404, 0.492, 0.508, 0.0),
        Case("The book was VERY bad.", -0.6732, 0.0, 0.469, 0.531),
        Case("Today SUX!", -0.5461, 0.0, 0.221, 0.779),
        Case("It is NOT good.", -0.3412, 0.0, 0.555, 0.445),
    ]

    static let punctuation: [Case] = [
        Case("The book was good!", 0.4926, 0.516, 0.484, 0.0),
        Case("The book was good!!!", 0.5826, 0.557, 0.443, 0.0),
        Case("The book was good!!!!!!", 0.6209, 0.576, 0.424, 0.0),
        Case("Was the book good??", 0.504, 0.521, 0.479, 0.0),
        Case("Was the book good???", 0.533, 0.534, 0.466, 0.0),
        Case("Was the book good????", 0.594, 0.563, 0.437, 0.0),
        Case("Was the book good?", 0.4404, 0.492, 0.508, 0.0),
        Case("Good?! Bad?!", -0.3703, 0.395, 0.0, 0.605),
        Case("The book!", 0.0, 0.0, 1.0, 0.0),
    ]

    static let kindOf: [Case] = [
        Case("The book was kind of good.", 0.3832, 0.343, 0.657, 0.0),
        Case("The book was sort of good.", 0.3832, 0.343, 0.657, 0.0),
        Case("The book was kinda good.", 0.3832, 0.395, 0.605, 0.0),
        Case("It was only kind of bad", -0.5849, 0.0, 0.569, 0.431),
        Case("kind", 0.5267, 1.0, 0.0, 0.0),
        Case("so kind of you", 0.0, 0.0, 1.0, 0.0),
    ]

    static let least: [Case] = [
        Case("This is the least good option.", -0.3412, 0.0, 0.675, 0.325),
        Case("At least it is good.", 0.4404, 0.42, 0.58, 0.0),
        Case("It is at least good.", 0.4404, 0.42, 0.58, 0.0),
        Case("The very least good.", 0.4902, 0.514, 0.486, 0.0),
        Case("least good", -0.3412, 0.0, 0.294, 0.706),
        Case("Roger Dodger is one of the least compelling variations on this theme.", -0.1695, 0.0, 0.868, 0.132),
    ]

    static let idioms: [Case] = [
        Case("That movie was the shit.", 0.6124, 0.5, 0.5, 0.0),
        Case("That movie was the bomb.", 0.6124, 0.5, 0.5, 0.0),
        Case("He is such a bad ass.", 0.6124, 0.556, 0.444, 0.0),
        Case("Oh yeah right, sure.", -0.2023, 0.306, 0.278, 0.417),
        Case("That was the kiss of death.", -0.6124, 0.0, 0.444, 0.556),
        Case("The cake was to die for.", -0.5994, 0.0, 0.562, 0.438),
        Case("I heard a beating heart.", 0.875, 0.75, 0.25, 0.0),
        Case("Meet at the bus stop.", 0.0, 0.0, 1.0, 0.0),
        Case("Honestly we were so happy.", 0.829, 0.721, 0.279, 0.0),
        Case("And we are this happy.", 0.657, 0.522, 0.478, 0.0),
        Case("VADER is such a badass!", 0.4003, 0.402, 0.598, 0.0),
        Case("I was cut the mustard", -0.2732, 0.0, 0.656, 0.344),
    ]

    static let emoji: [Case] = [
        Case("Catch utf-8 emoji such as \u{1F498} and \u{1F48B} and \u{1F601}", 0.875, 0.417, 0.583, 0.0),
        Case("I love it\u{1F600}", 0.7717, 0.691, 0.309, 0.0),
        Case("\u{1F600}abc", 0.3612, 0.714, 0.286, 0.0),
        Case("Trade\u{2122} mark \u{A9} 2004", 0.0, 0.0, 1.0, 0.0),
        Case("Great \u{1F44D}\u{1F3FB} job", 0.6249, 0.406, 0.594, 0.0),
        Case("\u{1F1FA}\u{1F1F8} flag", 0.0, 0.0, 1.0, 0.0),
        Case("\u{2764}\u{FE0F} you", 0.0, 0.0, 1.0, 0.0),
        Case("Make sure you :) or :D today!", 0.8633, 0.706, 0.294, 0.0),
    ]

    static let tokens: [Case] = [
        Case("It's 'good', isn't it?", 0.4404, 0.492, 0.508, 0.0),
        Case("ok.", 0.0, 0.0, 1.0, 0.0),
        Case("\"Good\"", 0.4404, 1.0, 0.0, 0.0),
        Case(":-)", 0.3182, 1.0, 0.0, 0.0),
        Case("a.b.c good", 0.4404, 0.744, 0.256, 0.0),
        Case("GOOD bad", 0.0343, 0.509, 0.0, 0.491),
        Case("\u{C9}T\u{C9} good", 0.4404, 0.744, 0.256, 0.0),
        Case("good\u{A0}bad", -0.1531, 0.453, 0.0, 0.547),
        Case("good\u{2003}movie", 0.4404, 0.744, 0.256, 0.0),
        Case("good\u{1C}bad", -0.1531, 0.453, 0.0, 0.547),
        Case("", 0.0, 0.0, 0.0, 0.0),
        Case("   ", 0.0, 0.0, 0.0, 0.0),
        Case("!!!", 0.0, 0.0, 1.0, 0.0),
        Case("\u{C9}t\u{E9} bad", -0.5423, 0.0, 0.222, 0.778),
        Case("\u{C9}T\u{C9} BAD", -0.5423, 0.0, 0.222, 0.778),
        Case("\u{C9}t\u{E9} BAD", -0.6408, 0.0, 0.191, 0.809),
    ]

    /// `_but_check` rescales the first equal value, not always the word's own: "acceptance" (2.0)
    /// is halved to 1.0, then "abilities" (1.0) finds it first and halves it again.
    static let butQuirk: [Case] = [
        Case("acceptance but abilities", 0.3612, 0.778, 0.222, 0.0),
        Case("Acceptance, but abilities.", 0.3612, 0.778, 0.222, 0.0),
    ]
}
