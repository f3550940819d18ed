import ExampleCycleKit
import Testing

@testable import SpreadsheetKit

/// The attribute count that guards libxml2 from tags with many attributes: it skips most bytes, so these
/// tests check that it still finds every tag over the limit however the bytes are cut into chunks, and
/// never refuses one within it.
@Suite("Counting the attributes of start tags")
struct AttributeCounterTests {
    /// Whether `AttributeCounter` accepts `text` fed in chunks of the given sizes (cycled).
    static func accepts(_ text: String, chunks sizes: [Int]) -> Bool {
        var counter = AttributeCounter()
        let bytes = Array(text.utf8)
        var start = 0
        var turn = 0
        return bytes.withUnsafeBytes { all in
            while start < all.count {
                let end = min(start + sizes[turn % sizes.count], all.count)
                guard counter.scan(UnsafeRawBufferPointer(rebasing: all[start..<end])) else { return false }
                (start, turn) = (end, turn + 1)
            }
            return true
        }
    }

    /// Whether `text` has a start tag with more than the limit, counted plainly: the `=` outside quotes in
    /// each start tag, where a `<` anywhere ends what came before it.
    static func isOverTheLimit(_ text: String) -> Bool {
        var inTag = false
        var quote: Character?
        var count = 0
        var previous: Character = " "
        for character in text {
            defer { previous = character }
            if character == "<" {
                (inTag, quote) = (false, nil)
            } else if let open = quote {
                if character == open { quote = nil }
            } else if inTag {
                switch character {
                case "\"", "'": quote = character
                case "=": count += 1
                case ">": inTag = false
                default: break
                }
                if count > AttributeCounter.maximumAttributes { return true }
            } else if previous == "<", !"/!?".contains(character) {
                inTag = true
                count = 0
            }
        }
        return false
    }

    static func tag(attributes: Int, value: String = "") -> String {
        "<cell " + (0..<attributes).map { "a\($0)=\"\(value)\"" }.joined(separator: " ") + "/>"
    }

    static let chunkings: [[Int]] = [[1], [7], [31, 33], [97], [4096], [16_384], [1 << 20]]

    @Test(arguments: chunkings)
    func refusesATagJustOverTheLimitAndTakesOneAtIt(chunks: [Int]) {
        let filler = String(repeating: "<v>1</v>", count: 700)
        #expect(Self.accepts(filler + Self.tag(attributes: 1000) + filler, chunks: chunks))
        #expect(!Self.accepts(filler + Self.tag(attributes: 1001) + filler, chunks: chunks))
        // The shortest form (one-letter names, empty values, one space apart) right after another tag.
        let shortest = "<r><c " + (0..<1001).map { _ in "a=''" }.joined(separator: " ") + ">"
        #expect(!Self.accepts(filler + shortest + filler, chunks: chunks))
    }

    @Test(arguments: chunkings)
    func countsPastQuotedAngleBracketsAndLongText(chunks: [Int]) {
        let text = String(repeating: "long text & more ", count: 2000)
        let hidden = "<c x=\">\" y='\">' " + (0..<1001).map { "b\($0)=\">\"" }.joined(separator: " ") + "/>"
        #expect(!Self.accepts("<t>" + text + "</t>" + hidden + "<t>" + text, chunks: chunks))
        #expect(Self.accepts("<t>" + text + "</t><!-- a=1 b=2 -->" + Self.tag(attributes: 3) + text, chunks: chunks))
    }

    /// Found in review: a `<` in a comment followed by a quote, then a long stretch, once made the count
    /// take the real tag after it for a quoted value and pass over it (and, before the fast scan, a `>`
    /// in the comment did the same).
    @Test(arguments: chunkings)
    func aQuoteLeftOpenInACommentHidesNoTag(chunks: [Int]) {
        let quiet = String(repeating: " ", count: 5000)
        for comment in ["<!-- <a ' -->", "<!-- > <a ' -->", "<?pi <b \" ?>"] {
            #expect(!Self.accepts("<r>" + comment + quiet + Self.tag(attributes: 1001) + "</r>", chunks: chunks))
        }
    }

    /// Random documents of tags, text, comments and quoted `>`, in random chunks, against the plain count.
    @Test(arguments: 0..<40)
    func agreesWithThePlainCountOnRandomDocuments(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        var text = ""
        for _ in 0..<Int.random(in: 1...12, using: &generator) {
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: text += String(repeating: "words ", count: Int.random(in: 0...3000, using: &generator))
            case 1:
                text +=
                    ["<!-- note = \"x\" > -->", "<!-- <a ' -->", "<!-- > <b \" -->"].randomElement(using: &generator)
                    ?? ""
            case 2: text += "</row>"
            default:
                let attributes = [0, 1, 999, 1000, 1001, 1500].randomElement(using: &generator) ?? 0
                text += Self.tag(
                    attributes: attributes, value: ["", ">", "a'b", "x > y"].randomElement(using: &generator) ?? "")
            }
        }
        let chunks = (0..<5).map { _ in Int.random(in: 1...9000, using: &generator) }
        #expect(Self.accepts(text, chunks: chunks) == !Self.isOverTheLimit(text))
    }
}
