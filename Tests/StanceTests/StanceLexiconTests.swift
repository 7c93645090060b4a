import NLPCore
import Testing
@testable import Stance

/// The lexicon file format: forms, listed irregular forms, and errors located by line.
@Suite struct StanceLexiconTests {
    @Test func regularAndListedForms() throws {
        var lexicon = StanceLexicon()
        try lexicon.add("# comment\n\ncriticize\toppose\t0.8\tverb\nstand|stands|stood|standing with\tsupport\t0.9\tverb\n"
                        + "sanction against\toppose\t0.8\tnoun\n", path: "x.tsv")
        #expect(lexicon.entryCount == 3)
        for word in ["criticize", "criticizes", "criticized", "criticizing", "stood", "sanctions"] {
            #expect(lexicon.byFirstWord[word] != nil, "\(word)")
        }
        #expect(lexicon.byFirstWord["criticized"]?.first?.isPastForm == true)
        #expect(lexicon.byFirstWord["stood"]?.first?.isPastForm == true)
        #expect(lexicon.byFirstWord["stands"]?.first?.isPastForm == false)
        #expect(lexicon.byFirstWord["stood"]?.first?.words == ["stood", "with"])
    }

    @Test func badLinesNameTheirFileAndLine() {
        for (text, message) in [
            ("condemn\toppose\t0.9\n", "x.tsv:1: expected 4 tab-separated fields"),
            ("\ncondemn\tagainst\t0.9\tverb\n", "x.tsv:2: polarity 'against' is not support or oppose"),
            ("condemn\toppose\t2\tverb\n", "x.tsv:1: weight '2' is not a number in (0, 1]"),
            ("condemn\toppose\t0.9\tadverb\n", "x.tsv:1: kind 'adverb' is not one of verb, noun, mutual, urge, evaluative"),
        ] {
            var lexicon = StanceLexicon()
            #expect(throws: StanceLexicon.LoadError.self) { try lexicon.add(text, path: "x.tsv") }
            do {
                try lexicon.add(text, path: "x.tsv")
            } catch {
                #expect("\(error)".hasPrefix(message), "\(error)")
            }
        }
    }

    @Test func theStageNamesAMissingLexicon() {
        #expect(throws: StageError.self) {
            _ = try StanceStage(options: .init(lexicon: "/nonexistent/stance.tsv"), context: .init())
        }
    }

    @Test func extraLexiconsAddCues() throws {
        let path = StanceHarness.root + "/.build/stance-extra-test.tsv"
        try "lionize\tsupport\t0.7\tverb\n".write(toFile: path, atomically: true, encoding: .utf8)
        let harness = try StanceHarness(options: .init(extraLexicons: [path]))
        #expect(try harness.describe("Japan lionized India.") == ["Japan → India: support (lionized)"])
    }
}
