extension Region {
    /// The sub-region with `id`, or `nil`.
    public func subRegion(id: String) -> SubRegion? {
        subRegions.first { $0.id == id }
    }

    /// The localities of the sub-region with `id`, in the order the region file lists them.
    public func localities(inSubRegion id: String) -> [Locality] {
        localities.filter { $0.subRegion == id }
    }
}
