import ReportKit

/// A piece of a portal page, escaped as it is built: text never becomes markup.
///
/// Element and attribute names come from the portal's own code; every text and attribute value goes
/// through ``Markup/escape(_:)``.
struct HTML: Sendable {
    /// The markup.
    let markup: String

    private init(markup: String) {
        self.markup = markup
    }

    /// `text`, escaped.
    static func text(_ text: String) -> HTML {
        HTML(markup: Markup.escape(text))
    }

    /// `<name attributes>children</name>`.
    static func element(_ name: String, _ attributes: [(String, String)] = [], _ children: [HTML] = []) -> HTML {
        HTML(markup: open(name, attributes) + children.map(\.markup).joined() + "</\(name)>")
    }

    /// `<name attributes>` with no content or closing tag (`input`, `meta`).
    static func void(_ name: String, _ attributes: [(String, String)]) -> HTML {
        HTML(markup: open(name, attributes))
    }

    /// The pieces one after another.
    static func group(_ pieces: [HTML]) -> HTML {
        HTML(markup: pieces.map(\.markup).joined())
    }

    private static func open(_ name: String, _ attributes: [(String, String)]) -> String {
        "<\(name)" + attributes.map { " \($0.0)=\"\(Markup.escape($0.1))\"" }.joined() + ">"
    }

    /// An element holding only `text`.
    static func tag(_ name: String, _ text: String) -> HTML {
        element(name, [], [.text(text)])
    }

    /// `<a href="href">label</a>`.
    static func link(_ href: String, _ label: String) -> HTML {
        element("a", [("href", href)], [.text(label)])
    }

    /// A table with a header row; each row's cells are given as pieces.
    static func table(_ headers: [String], _ rows: [[HTML]]) -> HTML {
        element(
            "table", [],
            [
                element("thead", [], [element("tr", [], headers.map { tag("th", $0) })]),
                element("tbody", [], rows.map { element("tr", [], $0.map { element("td", [], [$0]) }) }),
            ])
    }

    /// A POST form to `action` carrying the page's form token, with a submit button labelled `button`.
    static func form(
        _ action: String, token: String, button: String, multipart: Bool = false, _ fields: [HTML] = []
    ) -> HTML {
        var attributes = [("method", "post"), ("action", action)]
        if multipart { attributes.append(("enctype", "multipart/form-data")) }
        return element(
            "form", attributes,
            [void("input", [("type", "hidden"), ("name", PortalForm.tokenField), ("value", token)])] + fields
                + [element("button", [("type", "submit")], [.text(button)])])
    }

    /// A labelled input field.
    static func field(_ label: String, name: String, type: String = "text", value: String = "", required: Bool = true)
        -> HTML
    {
        var attributes = [("type", type), ("name", name), ("id", name)]
        if !value.isEmpty { attributes.append(("value", value)) }
        if required { attributes.append(("required", "required")) }
        return element("p", [], [element("label", [("for", name)], [.text(label)]), void("input", attributes)])
    }

    /// A labelled drop-down list of `(value, label)` options, the one whose value is `selected` chosen.
    static func select(_ label: String, name: String, options: [(String, String)], selected: String = "") -> HTML {
        select(label, name: name, options.map { option($0, selected: selected) })
    }

    /// A labelled drop-down list of options under group headings, the one whose value is `selected` chosen.
    static func select(
        _ label: String, name: String, groups: [(heading: String, options: [(String, String)])], selected: String
    ) -> HTML {
        select(
            label, name: name,
            groups.map { group in
                element("optgroup", [("label", group.heading)], group.options.map { option($0, selected: selected) })
            })
    }

    private static func select(_ label: String, name: String, _ choices: [HTML]) -> HTML {
        element(
            "p", [],
            [
                element("label", [("for", name)], [.text(label)]),
                element("select", [("name", name), ("id", name)], choices),
            ])
    }

    private static func option(_ option: (String, String), selected: String) -> HTML {
        let attributes = option.0 == selected ? [("value", option.0), ("selected", "selected")] : [("value", option.0)]
        return element("option", attributes, [.text(option.1)])
    }

    /// A paragraph marked as a problem.
    static func problem(_ text: String) -> HTML {
        element("p", [("class", "problem")], [.text(text)])
    }
}
