/// One area's counts behind the example's indicators, turned into indicator rows.
struct AreaFigures {
    var births: Int
    var infantDeaths: Int
    var neonatalDeaths: Int
    var stillbirths: Int
    var smokersAtDelivery: Int
    var breastfeedingStarted: Int
    var lowBirthWeightTerm: Int
    var under18Conceptions: Int
    var womenAged15To17: Int
    var suddenUnexpectedDeaths: Int
    /// Infant deaths reviewed with a modifiable factor; `nil` where child death reviews are not reported.
    var modifiableDeaths: Int?

    /// The area's rows, one per indicator, in a fixed order.
    func rows(area: String, period: String) -> [ExampleIndicators.Row] {
        var figures: [(String, Int, Int)] = [
            ("infant-mortality", infantDeaths, births),
            ("neonatal-mortality", neonatalDeaths, births),
            ("post-neonatal-mortality", infantDeaths - neonatalDeaths, births),
            ("stillbirths", stillbirths, births + stillbirths),
            ("smoking-at-delivery", smokersAtDelivery, births),
            ("breastfeeding-initiation", breastfeedingStarted, births),
            ("low-birth-weight-term", lowBirthWeightTerm, births),
            ("under-18-conceptions", under18Conceptions, womenAged15To17),
            ("sudden-unexpected-deaths", suddenUnexpectedDeaths, births),
        ]
        if let modifiableDeaths {
            figures.append(("cdop-modifiable-factors", modifiableDeaths, infantDeaths))
        }
        return figures.map {
            ExampleIndicators.Row(area: area, indicator: $0.0, period: period, numerator: $0.1, denominator: $0.2)
        }
    }
}
