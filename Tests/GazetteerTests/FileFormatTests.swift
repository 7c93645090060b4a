import Testing
import NLPCore
@testable import Gazetteer

@Suite("File format") struct FileFormatTests {
    @Test func badLinesAreAllReportedWithFileAndLine() throws {
        let bad = """
            # comment
            id\ttype\tname\taliases
            ok\tGPE\tGood Place\t
            \tGPE\tNo Id\t
            two words\tGPE\tSpaced Id\t
            lower\tplace\tBad Type\t
            extra\tGPE\tToo Many\ta\tb
            ok\tGPE\tDuplicate\t
            dots\tGPE\t...\t
            """
        do {
            _ = try GazetteerHarness(bad)
            Issue.record("expected the load to fail")
        } catch let error as StageError {
            let message = error.message
            #expect(message.contains("6 problems"))
            #expect(message.contains("list0.tsv:4: empty 'id'"))
            #expect(message.contains("list0.tsv:5: id 'two words' contains a space"))
            #expect(message.contains("list0.tsv:6: type 'place' must be written in capitals"))
            #expect(message.contains("list0.tsv:7: 5 cells but the header has 4 columns"))
            #expect(message.contains("list0.tsv:8: id 'ok' is already defined on line 3 of this file"))
            #expect(message.contains("list0.tsv:9: the name '...' of 'dots' has no letters or digits to match"))
        }
    }

    @Test func headerMustNameTheRequiredColumns() throws {
        #expect(throws: StageError.self) { try GazetteerHarness("identifier\tkind\tlabel\nx\tGPE\tX\n") }
    }

    @Test func columnsMayComeInAnyOrderAndExtraOnesAreAttributes() throws {
        let harness = try GazetteerHarness("name\tid\tcountry\ttype\nOdesa\todesa\tUA\tGPE\n", attributes: ["country"])
        let mention = try #require(try harness.mentions("They shelled Odesa.").first)
        #expect(mention.id == "odesa")
        #expect(mention.attributes.first?.1 == "UA")
    }

    @Test func aLaterFileReplacesAnEntityWithTheSameId() throws {
        let general = "id\ttype\tname\taliases\nturkey\tGPE\tTurkey\tTurkiye\n"
        let domain = "id\ttype\tname\taliases\nturkey\tGPE\tTürkiye\tTurkey|Republic of Türkiye\n"
        let harness = try GazetteerHarness([general, domain])
        let mentions = try harness.mentions("Turkey, Türkiye and Turkiye.")
        #expect(mentions.map(\.canonical) == ["Türkiye", "Türkiye", "Türkiye"])
        #expect(harness.warnings.isEmpty)
    }

    @Test func ambiguousAliasesAreReportedAndResolvedByTheDocumentedRule() throws {
        let list = """
            id\ttype\tname\taliases
            georgia\tGPE\tGeorgia\tSakartvelo
            georgia-us\tGPE\tState of Georgia\tGeorgia
            jordan-river\tLOC\tJordan River\tJordan
            jordan\tGPE\tHashemite Kingdom of Jordan\tJordan
            """
        let harness = try GazetteerHarness(list)
        // "Georgia" is the canonical name of one entity only: it keeps the alias.
        // "Jordan" is nobody's canonical name: the entity defined last keeps it.
        #expect(try harness.links("Georgia and Jordan.") == ["Georgia→georgia", "Jordan→jordan"])
        #expect(harness.warnings.count == 2)
        #expect(harness.warnings.contains { $0.contains("list0.tsv:3: alias 'Georgia' of 'georgia-us' is also an alias of 'georgia' (") && $0.hasSuffix("'georgia' keeps it") })
    }
}
