import Testing

@testable import SLIKit

@Suite("Resolving a locality")
struct ResolveLocalityTests {
    @Test(arguments: [
        ("St Helens", "E08000013"), ("st helens", "E08000013"), ("ST. HELENS", "E08000013"),
        ("Saint Helens", "E08000013"), ("E08000013", "E08000013"), (" e08000013 ", "E08000013"),
        ("cheshire west & chester", "E06000050"), ("Cheshire West and Chester", "E06000050"),
        ("CWAC", "E06000050"), ("cw&c", "E06000050"), ("Blackburn w/ Darwen", "E06000008"),
        ("blackburn with darwen", "E06000008"), ("Blackburn", "E06000008"), ("  Wigan ", "E08000010"),
        ("cheshire-east", "E06000049"),
    ])
    func findsALocalityByCodeNameOrAlias(text: String, code: String) throws {
        #expect(try RepositoryCatalog.northWest().resolveLocality(text).code == code)
    }

    @Test(arguments: [
        ("Boltn", "no locality \"Boltn\" in North West England; did you mean Bolton?"),
        ("Wigam", "no locality \"Wigam\" in North West England; did you mean Wigan?"),
        ("Liverpol", "no locality \"Liverpol\" in North West England; did you mean Liverpool?"),
        (
            "Cheshire",
            "no locality \"Cheshire\" in North West England; did you mean Cheshire East or Cheshire West and Chester?"
        ),
        ("Burry", "no locality \"Burry\" in North West England; did you mean Bury?"),
        ("Xyzzy", "no locality \"Xyzzy\" in North West England; give one of its 23 locality names or ONS codes"),
        ("", "no locality \"\" in North West England; give one of its 23 locality names or ONS codes"),
    ])
    func suggestsTheClosestNamesForAnUnknownOne(text: String, message: String) throws {
        let region = try RepositoryCatalog.northWest()
        let error = try #require(throws: CatalogError.self) { try region.resolveLocality(text) }
        #expect(error.description == message)
    }
}
