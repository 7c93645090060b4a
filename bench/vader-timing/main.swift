// vader-timing: times the `Sentiment` module's VADER over a list of sentences, the way
// bench/vader_parity.py times vaderSentiment's polarity_scores loop, and writes the scores.
//
//     vader-timing LEXICON EMOJI_LEXICON SENTENCES.json [PASSES]
//
// SENTENCES.json is a JSON array of strings. Prints one JSON object: the CPU and wall seconds of
// each pass over all sentences (one thread, one VADERScratch, lexicons loaded beforehand), and
// the scores of the last pass as [compound, pos, neu, neg] per sentence.
import Foundation
import Sentiment

@main
struct VADERTiming {
    static func main() throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 4 else {
            FileHandle.standardError.write(Data("usage: vader-timing LEXICON EMOJI_LEXICON SENTENCES.json [PASSES]\n".utf8))
            exit(64)
        }
        let vader = try VADER(lexiconPath: arguments[1], emojiLexiconPath: arguments[2])
        let sentences = try JSONDecoder().decode([String].self, from: Data(contentsOf: URL(fileURLWithPath: arguments[3])))
        let passes = arguments.count > 4 ? max(1, Int(arguments[4]) ?? 1) : 1
        let scratch = VADERScratch()
        var scores: [SentimentScores] = []
        scores.reserveCapacity(sentences.count)
        var timings: [[String: Double]] = []
        for _ in 0..<passes {
            scores.removeAll(keepingCapacity: true)
            let (cpu0, wall0) = (clock(CLOCK_THREAD_CPUTIME_ID), clock(CLOCK_MONOTONIC))
            for sentence in sentences { scores.append(vader.polarityScores(sentence[...], scratch: scratch)) }
            let (cpu1, wall1) = (clock(CLOCK_THREAD_CPUTIME_ID), clock(CLOCK_MONOTONIC))
            timings.append(["cpu": cpu1 - cpu0, "wall": wall1 - wall0])
        }
        let result: [String: Any] = [
            "sentences": sentences.count,
            "passes": timings,
            "scores": scores.map { [$0.compound, $0.pos, $0.neu, $0.neg] },
        ]
        FileHandle.standardOutput.write(try JSONSerialization.data(withJSONObject: result))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// Seconds on the given clock.
    static func clock(_ id: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(id, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
