/// English words that are also surnames (`May`, `Brown`, `Young`): a bare capitalised one at the
/// start of a sentence is far more often the word than the person, so they never link as surnames
/// on their own. Months, weekdays, and frequent function and content words.
enum CommonWords {
    private static let words: Set<[UInt8]> = Set("""
        january february march april may june july august september october november december
        monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
        the and but for not you all any can had her was one our out day get has him his how man new now old see two way who
        boy did its let put say she too use also back been call came come could each even find first from good great
        have here high just know last left like long look made make many more most much must name never next only
        over part people place right said same should show small some such take tell than that them then there these
        they thing think this time under very want water well were what when where which while white will with word
        work world would write year young your about after again against along always another around away
        because before below between both brown change close cook country down early earth end every
        face fall family father fine fire follow food form free friend front full green grow hall hand hard
        head hear help hill hold home house king land large late law lead learn light line little live
        lord love march mark might mill miles miss money moon morning mother move music near need night north
        note open order paper park pass play point power press price read red rich rise river road rock room rose
        rule run sale sea season second set ship short side sign south spring stand star start state stone story
        street strong summer sun sure table things through top tree trust turn under water west wind winter wood
        bell bird black bush carter church cross fox gold golden hunter king knight lamb little long love mason
        may miller new noble price rice rose short small smith stone swan street wall ward waters wells west white
        wise wood woods young field fields hope joy grant faith page post best bishop baker butler carpenter cooper
        fisher gardener hill house lane marsh moore parsons porter shepherd taylor turner walker weaver
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })

    /// Whether a normalised (lower-case) key is a common word.
    static func contains(_ key: [UInt8]) -> Bool { words.contains(key) }
}
