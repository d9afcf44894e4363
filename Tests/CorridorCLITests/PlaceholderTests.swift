import Testing

/// Keeps the `CorridorCLITests` target buildable on branches where its real suites are not present.
struct PlaceholderTests {
    @Test func targetBuilds() {
        #expect(Bool(true))
    }
}
