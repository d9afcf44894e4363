import GRDB
enum CorridorLedgerSQLitePlaceholder {}
