public import Foundation

/// Placeholder until resources land.
public enum ResourceBundle {
    /// The folder that holds the bundled data files.
    public static var directory: URL? { Bundle.module.resourceURL?.appendingPathComponent("Resources") }
}
