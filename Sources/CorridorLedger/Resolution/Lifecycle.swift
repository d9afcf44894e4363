public import CorridorModel

/// The lifecycle vocabulary (after AidData's): how statuses order, which one is current, and the
/// status a commitment's wording implies.
///
/// Statuses progress pledged → planned → approved → committed/signed → under implementation →
/// completed/delivered/handed over; stalled, suspended and cancelled can come at any point. A
/// record's current status is its latest dated assertion; assertions of the same date are
/// ordered by this progression, so re-ingesting in another order gives the same answer.
public enum Lifecycle {
    /// The position of a status in the progression.
    public static func rank(_ s: LifecycleStatus) -> Int {
        switch s {
        case .pledged: 0
        case .planned: 1
        case .approved: 2
        case .committed: 3
        case .signed: 4
        case .underImplementation: 5
        case .stalled: 6
        case .suspended: 7
        case .completed: 8
        case .delivered: 9
        case .handedOver: 10
        case .cancelled: 11
        }
    }

    /// The status a commitment's wording asserts.
    public static func status(for modality: Commitment.Modality) -> LifecycleStatus {
        switch modality {
        case .agreed, .committed: .committed
        case .pledged, .will, .vowed, .assured, .announced, .other: .pledged
        }
    }

    /// The current assertion of a history: the latest by date, then by progression.
    public static func current(_ history: [StatusAssertion]) -> StatusAssertion? {
        history.max { a, b in
            let da = a.date.map { $0.dayRange.upperBound } ?? Int.min
            let db = b.date.map { $0.dayRange.upperBound } ?? Int.min
            return (da, rank(a.status), a.articleID) < (db, rank(b.status), b.articleID)
        }
    }
}
