/// The words the example cycle's synthetic answers are made of.
enum ExampleText {
    /// The agencies that may contribute to a locality's self-assessment, the first two always; named as
    /// the workbook's Contributors sheet lists them (``WorkbookLayout/agencies``).
    static let agencies = [
        "Public health", "Maternity services", "Health visiting", "Clinical commissioning group (CCG)",
        "Children's services", "Child death overview panel (CDOP)", "Local safeguarding children board", "Police",
    ]

    /// Roles named as local leads (roles, never people: the example is synthetic).
    static let leads = [
        "Director of Public Health", "Head of Midwifery", "Health Visiting Service Manager", "CDOP Manager",
        "LSCB Business Manager", "Consultant in Public Health (Starting Well)", "Children's Services Commissioner",
        "Designated Nurse for Safeguarding",
    ]

    private static let partners = [
        "maternity services", "health visiting", "the CCG", "children's centres", "the LSCB", "the CDOP",
        "primary care", "the stop smoking service",
    ]

    /// Evidence text that fits a rating on the default 0-4 scale.
    static func evidence(rating: Int, year: Int, random: inout SeededGenerator) -> String? {
        let partner = partners.randomElement(using: &random) ?? "partners"
        let other = partners.filter { $0 != partner }.randomElement(using: &random) ?? "partners"
        let coverage = Int.random(in: 62...96, using: &random)
        switch rating {
        case ...0:
            return nil
        case 1:
            return
                "Agreed in the \(year) infant mortality action plan; a task and finish group with \(partner) starts this year."
        case 2:
            return "Started with \(partner); not yet in place across the whole locality. Gaps reviewed quarterly."
        case 3:
            return "In place across \(partner) and \(other); reported to the Health and Wellbeing Board."
        default:
            return
                "Embedded with \(partner) and \(other); the \(year - 1) audit found \(coverage)% coverage, reported annually."
        }
    }
}
