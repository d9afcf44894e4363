import GRDB

/// The schema, as append-only named migrations.
///
/// Never edit a migration that has shipped: add a new one. Every invariant the ledger relies on
/// is in SQL: NOT NULL columns, foreign keys with cascades, a unique content hash per article,
/// CHECKed vocabularies, and amounts as exact decimal text plus integer minor units (never REAL).
enum Migrations {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1-articles") { db in
            try db.execute(
                sql: """
                    CREATE TABLE article (
                        id TEXT PRIMARY KEY NOT NULL,
                        sequence INTEGER NOT NULL UNIQUE,
                        contentHash TEXT NOT NULL UNIQUE CHECK (length(contentHash) > 0),
                        url TEXT, title TEXT, publishedAt TEXT, outlet TEXT, pair TEXT,
                        text TEXT NOT NULL,
                        storyID TEXT NOT NULL
                    );
                    CREATE INDEX article_story ON article(storyID);
                    CREATE TABLE sentence (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        idx INTEGER NOT NULL,
                        start INTEGER NOT NULL, "end" INTEGER NOT NULL CHECK ("end" >= start),
                        text TEXT NOT NULL,
                        isHeading BOOLEAN NOT NULL, isFurniture BOOLEAN NOT NULL,
                        PRIMARY KEY (articleID, idx)
                    ) WITHOUT ROWID;
                    """)
        }
        m.registerMigration("v1-entities") { db in
            try db.execute(
                sql: """
                    CREATE TABLE entity (
                        id TEXT PRIMARY KEY NOT NULL,
                        name TEXT NOT NULL,
                        type TEXT NOT NULL CHECK (type IN ('PERSON','ORG','GPE','LOC','FAC','EVENT','LAW','NORP',
                            'PRODUCT','WORK_OF_ART')),
                        country TEXT,
                        lexiconID TEXT,
                        aliases TEXT NOT NULL,
                        isTypeTentative BOOLEAN NOT NULL
                    );
                    CREATE INDEX entity_type_country ON entity(type, country);
                    CREATE TABLE entityKey (
                        key TEXT NOT NULL,
                        entityID TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
                        PRIMARY KEY (key, entityID)
                    ) WITHOUT ROWID;
                    CREATE INDEX entityKey_entity ON entityKey(entityID);
                    CREATE TABLE entityRedirect (
                        fromID TEXT PRIMARY KEY NOT NULL,
                        toID TEXT NOT NULL REFERENCES entity(id) ON DELETE CASCADE
                    );
                    CREATE TABLE articleEntity (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        localID TEXT NOT NULL,
                        entityID TEXT NOT NULL REFERENCES entity(id),
                        payload TEXT NOT NULL,
                        PRIMARY KEY (articleID, localID)
                    );
                    CREATE INDEX articleEntity_entity ON articleEntity(entityID);
                    CREATE TABLE mention (
                        articleID TEXT NOT NULL,
                        localID TEXT NOT NULL,
                        ordinal INTEGER NOT NULL,
                        text TEXT NOT NULL,
                        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                        sentence INTEGER NOT NULL,
                        rule TEXT NOT NULL,
                        PRIMARY KEY (articleID, localID, ordinal),
                        FOREIGN KEY (articleID, localID) REFERENCES articleEntity(articleID, localID) ON DELETE CASCADE
                    ) WITHOUT ROWID;
                    """)
        }
        m.registerMigration("v1-facts") { db in
            try db.execute(
                sql: """
                    CREATE TABLE fact (
                        id TEXT PRIMARY KEY NOT NULL,
                        kind TEXT NOT NULL CHECK (kind IN ('agreement','commitment','event','project')),
                        label TEXT NOT NULL,
                        subtype TEXT NOT NULL,
                        date TEXT,
                        dateStart INTEGER, dateEnd INTEGER,
                        amountValue TEXT, amountMinor INTEGER, amountCurrency TEXT,
                        count INTEGER CHECK (count IS NULL OR count >= 0),
                        umbrellaID TEXT REFERENCES fact(id) ON DELETE SET NULL,
                        status TEXT CHECK (status IS NULL OR status IN ('pledged','planned','approved','committed',
                            'signed','under_implementation','completed','delivered','handed_over','stalled',
                            'suspended','cancelled')),
                        statusDate TEXT,
                        sectors TEXT NOT NULL,
                        body TEXT NOT NULL
                    );
                    CREATE INDEX fact_kind ON fact(kind, subtype, status);
                    CREATE INDEX fact_umbrella ON fact(umbrellaID);
                    CREATE TABLE factParticipant (
                        factID TEXT NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
                        role TEXT NOT NULL CHECK (role IN ('party','signatory','witness','actor','beneficiary','place')),
                        entityID TEXT NOT NULL REFERENCES entity(id),
                        PRIMARY KEY (factID, role, entityID)
                    ) WITHOUT ROWID;
                    CREATE INDEX factParticipant_entity ON factParticipant(entityID);
                    CREATE TABLE factKey (
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL,
                        factID TEXT NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
                        PRIMARY KEY (kind, key, factID)
                    ) WITHOUT ROWID;
                    CREATE TABLE articleFact (
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        localID TEXT NOT NULL,
                        factID TEXT NOT NULL REFERENCES fact(id),
                        kind TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        PRIMARY KEY (articleID, localID)
                    );
                    CREATE INDEX articleFact_fact ON articleFact(factID);
                    CREATE TABLE evidence (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        factID TEXT NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        sentenceIndex INTEGER NOT NULL,
                        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                        sentence TEXT NOT NULL CHECK (length(sentence) > 0),
                        rule TEXT NOT NULL
                    );
                    CREATE INDEX evidence_fact ON evidence(factID);
                    CREATE TABLE statusAssertion (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        factID TEXT NOT NULL REFERENCES fact(id) ON DELETE CASCADE,
                        status TEXT NOT NULL CHECK (status IN ('pledged','planned','approved','committed','signed',
                            'under_implementation','completed','delivered','handed_over','stalled','suspended',
                            'cancelled')),
                        date TEXT,
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        sentence TEXT NOT NULL,
                        sentenceIndex INTEGER NOT NULL
                    );
                    CREATE INDEX statusAssertion_fact ON statusAssertion(factID);
                    """)
        }
        m.registerMigration("v1-stories") { db in
            try db.execute(
                sql: """
                    CREATE TABLE storyProfile (
                        articleID TEXT PRIMARY KEY NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        storyID TEXT NOT NULL,
                        date TEXT,
                        signature BLOB NOT NULL,
                        lead TEXT NOT NULL
                    );
                    CREATE INDEX storyProfile_story ON storyProfile(storyID);
                    CREATE TABLE storyBand (
                        band INTEGER NOT NULL,
                        articleID TEXT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                        PRIMARY KEY (band, articleID)
                    ) WITHOUT ROWID;
                    CREATE TABLE leadTerm (
                        term TEXT PRIMARY KEY NOT NULL,
                        documentCount INTEGER NOT NULL CHECK (documentCount > 0)
                    ) WITHOUT ROWID;
                    """)
        }
        m.registerMigration("v1-search") { db in
            try db.execute(
                sql: """
                    CREATE VIRTUAL TABLE searchIndex USING fts5(
                        kind UNINDEXED, refID UNINDEXED, articleID UNINDEXED, body,
                        tokenize = 'porter unicode61 remove_diacritics 2'
                    );
                    """)
        }
        return m
    }
}
