import Foundation
import NLPCore
import NLPExternal
import Testing

/// The handshake: what a stage declares, and every way it can go wrong before a document runs.
@Suite struct HandshakeTests {
    @Test func aGoodHandshakeGivesTheDeclaredContractAndFillsDefaults() throws {
        let stage = try Support.stage(options: .object([JSONMember("level", .integer(3))]))
        #expect(stage.name == "test-stage")
        #expect(stage.requires.isEmpty)
        #expect(stage.produces == ["marks", "info"])
        #expect(stage.usesJSONLayers)
        #expect(stage.declaration.options.map(\.name) == ["greeting", "level", "ratio", "mode", "lexicon", "strict"])
        #expect(stage.declaration.options[3].type == .choice(["fast", "slow"]))
        #expect(stage.options == .object([
            JSONMember("greeting", .string("hi")), JSONMember("level", .integer(3)), JSONMember("mode", .string("fast")),
            JSONMember("ratio", .number(0.5)), JSONMember("strict", .bool(false)),
        ]))
    }

    private func startFailure(_ arguments: [String], command: [String]? = nil, startupTimeout: Double = 10,
                              options: JSONValue? = nil) -> StageError? {
        var settings = Support.options(arguments, startupTimeout: startupTimeout, options: options)
        if let command { settings.command = command }
        do {
            _ = try ExternalStage(options: settings, context: StageContext(baseDirectory: Support.fixtures))
            return nil
        } catch let error as StageError {
            return error
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test func aMissingProgramIsReportedAgainstTheCommand() throws {
        let error = try #require(startFailure([], command: ["no-such-program-xyz", "stage.py"]))
        #expect(error.message == "cannot run 'no-such-program-xyz': no such program in PATH")
        #expect(error.option == "command")
        let relative = try #require(startFailure([], command: ["./missing-stage"]))
        #expect(relative.message.hasPrefix("cannot run './missing-stage': no such file (relative to \(Support.fixtures))"))
    }

    @Test func aProcessThatExitsDuringTheHandshakeShowsItsStatusAndStderr() throws {
        let error = try #require(startFailure(["--handshake", "exit"]))
        #expect(error.message.hasPrefix("the process exited with status 3 during the handshake; its stderr ends with:"))
        #expect(error.message.contains("test_stage: cannot load the model"))
    }

    @Test func aSilentProcessHitsTheStartupTimeoutAndIsKilled() throws {
        let clock = ContinuousClock.now
        let error = try #require(startFailure(["--handshake", "silent"], startupTimeout: 0.5))
        #expect(error.message == "no handshake within 0.5 s (startup-timeout); the process was killed")
        #expect(ContinuousClock.now - clock < .seconds(5))
    }

    @Test(arguments: [
        ("not-json", "the handshake is invalid: its reply is not JSON (column 1: unexpected character, expected a value): 'Loading model... done'"),
        ("protocol-2", "the handshake is invalid: the stage speaks protocol 2; this nlp speaks protocol 1"),
        ("bad-name", "the handshake is invalid: 'name' must be kebab-case (lowercase letters, digits and single hyphens), not 'Test Stage'"),
        ("reserved-layer", "the handshake is invalid: 'produces': 'text' is reserved in output records (id, text, source, error)"),
        ("bad-option-type", "the handshake is invalid: option 'level': unknown type 'float'; valid types: string, integer, number, boolean, choice, string-list, path, path-list"),
        ("bad-default", "the handshake is invalid: option 'level': the default \"one\" is not a valid integer"),
    ])
    func anInvalidHandshakeSaysWhatIsWrong(mode: String, expected: String) throws {
        let error = try #require(startFailure(["--handshake", mode]))
        #expect(error.message.hasPrefix(expected), "\(error.message)")
        #expect(error.option == "command")
    }

    @Test func aStageCanRefuseItsOptionsNamingTheOption() throws {
        let error = try #require(startFailure(["--handshake", "refuse-options"]))
        #expect(error.message == "the stage refused its options: level must be at most 9")
        #expect(error.option == "options.level")
    }

    @Test func optionsAreCheckedAgainstTheDeclaredSchemaWithoutAPipelineFile() throws {
        let unknown = try #require(startFailure([], options: .object([JSONMember("levle", .integer(1))])))
        #expect(unknown.message == "unknown option 'levle' (valid options: greeting, level, ratio, mode, lexicon, strict)")
        #expect(unknown.option == "options.levle")
        let wrongType = try #require(startFailure([], options: .object([JSONMember("level", .string("high"))])))
        #expect(wrongType.message == "option 'level' must be a integer, not a string")
    }

    @Test func pathOptionsReachTheProcessAsAbsolutePaths() throws {
        let stage = try Support.stage(options: .object([JSONMember("lexicon", .string("lexicon.txt"))]))
        let (records, _) = try Support.run(["Some text here."], stages: [stage])
        let options = try #require((records[0]["info"] as? [String: Any])?["options"] as? [String: Any])
        #expect(options["lexicon"] as? String == Support.fixtures + "/lexicon.txt")
        #expect(options["lexicon-lines"] as? Int == 3)
    }
}
