// EventStore: opening, the schema, and Put(). Queries are in event_query.cc.
#include "dyad/event_store.h"

#include <sqlite3.h>

#include <ctime>
#include <filesystem>
#include <string>

#include "store/event_rows.h"
#include "store/sql.h"

namespace dyad {

using store::ExecSql;
using store::SqlError;
using store::SqlStatement;
using store::SqlValue;
using store::TextOrNull;

namespace {

constexpr int kBusyTimeoutMs = 10000;

std::string UtcNow() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y%m%d%H%M%S", &tm);
  return buf;
}

// Reads the schema version and creates the schema in an empty database.
Status PrepareSchema(sqlite3* db, const std::string& path) {
  DYAD_RETURN_IF_ERROR(ExecSql(db, "BEGIN IMMEDIATE"));
  auto fail = [&](Status s) {
    ExecSql(db, "ROLLBACK").IgnoreError();
    return s;
  };
  SqlStatement version(db, "PRAGMA user_version");
  Result<bool> row = version.Step();
  if (!row.ok()) return fail(row.status());
  const int64_t v = *row ? version.Int(0) : 0;
  SqlStatement tables(db, "SELECT count(*) FROM sqlite_master");
  row = tables.Step();
  if (!row.ok()) return fail(row.status());
  const int64_t n_tables = *row ? tables.Int(0) : 0;
  if (v == 0 && n_tables == 0) {
    DYAD_RETURN_IF_ERROR(ExecSql(db, store::kSchemaSql));
    DYAD_RETURN_IF_ERROR(ExecSql(
        db,
        ("PRAGMA user_version = " + std::to_string(EventStore::kSchemaVersion))
            .c_str()));
  } else if (v != EventStore::kSchemaVersion) {
    return fail(Status::DataLoss(
        path + ": " +
        (v == 0 ? std::string("an SQLite database but not a dyad one")
                : "a dyad database of schema version " + std::to_string(v)) +
        "; this dyad reads version " +
        std::to_string(EventStore::kSchemaVersion) +
        ": give another --db path (a new file is created)"));
  }
  return ExecSql(db, "COMMIT");
}

struct PutStatements {
  explicit PutStatements(sqlite3* db)
      : find(db,
             "SELECT status, text, lang, date, reason FROM documents "
             "WHERE id = ?"),
        drop_events(db, "DELETE FROM events WHERE doc_id = ?"),
        put_doc(db,
                "INSERT INTO documents (id, status, reason, detail, lang, "
                "date, title, url, origin, line, text, events, stored_at) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                "?13) ON CONFLICT (id) DO UPDATE SET status = ?2, "
                "reason = ?3, detail = ?4, lang = ?5, date = ?6, title = ?7, "
                "url = ?8, origin = ?9, line = ?10, text = ?11, events = ?12, "
                "stored_at = ?13"),
        put_event(
            db, std::string("INSERT INTO events (") + store::kEventColumns +
                    ") VALUES (?" +
                    [] {
                      std::string q;
                      for (int i = 1; i < store::kEventColumnCount; ++i)
                        q += ", ?";
                      return q;
                    }() +
                    ")") {}

  Status status() const {
    for (const SqlStatement* s : {&find, &drop_events, &put_doc, &put_event}) {
      if (!s->status().ok()) return s->status();
    }
    return Status::Ok();
  }

  SqlStatement find, drop_events, put_doc, put_event;
};

Status PutOne(const DocumentRecord& r, const std::string& now,
              PutStatements* st, PutCounts* counts) {
  const Document& doc = r.doc;
  const std::string status = r.coded ? "coded" : "skipped";
  st->find.Reset();
  st->find.Bind(1, doc.id);
  Result<bool> found = st->find.Step();
  if (!found.ok()) return found.status();
  if (*found) {
    if (st->find.Text(0) == status && st->find.Text(1) == doc.text &&
        st->find.Text(2) == doc.lang && st->find.Text(3) == doc.date &&
        st->find.Text(4) == (r.coded ? "" : r.reason)) {
      ++counts->unchanged;
      return Status::Ok();
    }
    ++counts->replaced;
  } else {
    ++counts->added;
  }
  st->find.Reset();  // release the read cursor before writing
  st->drop_events.Reset();
  st->drop_events.Bind(1, doc.id);
  DYAD_RETURN_IF_ERROR(st->drop_events.Run());

  const std::vector<SqlValue> doc_values = {
      doc.id,
      status,
      r.coded ? SqlValue() : TextOrNull(r.reason),
      r.coded ? SqlValue() : TextOrNull(r.detail),
      TextOrNull(doc.lang),
      TextOrNull(doc.date),
      TextOrNull(doc.title),
      TextOrNull(doc.url),
      TextOrNull(doc.origin),
      doc.line > 0 ? SqlValue(doc.line) : SqlValue(),
      doc.text.empty() && !r.coded ? SqlValue() : SqlValue(doc.text),
      static_cast<int64_t>(r.coded ? r.events.size() : 0),
      now};
  st->put_doc.Reset();
  st->put_doc.BindAll(doc_values);
  DYAD_RETURN_IF_ERROR(st->put_doc.Run());
  if (!r.coded) return Status::Ok();

  for (size_t i = 0; i < r.events.size(); ++i) {
    Event e = r.events[i];
    e.doc_id = doc.id;  // the key the events hang on
    Span ctx;
    std::string_view ctx_text;
    if (i < r.contexts.size()) {
      ctx = r.contexts[i];
      if (ctx.begin <= ctx.end && ctx.end <= doc.text.size()) {
        ctx_text =
            std::string_view(doc.text).substr(ctx.begin, ctx.end - ctx.begin);
      } else {
        ctx = Span{};
      }
    }
    st->put_event.Reset();
    store::BindEvent(e, ctx, ctx_text, &st->put_event);
    DYAD_RETURN_IF_ERROR(st->put_event.Run());
    ++counts->events;
  }
  return Status::Ok();
}

}  // namespace

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path,
                                                     bool create) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path.empty()) {
    return Status::InvalidArgument(
        "no database path; give one with --db FILE.sqlite");
  }
  if (!create && !fs::exists(path, ec)) {
    return Status::NotFound(path +
                            ": no such database; create one with "
                            "'dyad code --db " +
                            path + " FILES...'");
  }
  if (fs::is_directory(path, ec)) {
    return Status::InvalidArgument(path +
                                   " is a directory; give a database file "
                                   "such as events.sqlite");
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) |
                    SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    Status s = Status::Unavailable(
        path + ": cannot open the database (" +
        (db ? sqlite3_errmsg(db) : "out of memory") +
        "); check that its directory exists and is writable");
    sqlite3_close(db);
    return s;
  }
  std::unique_ptr<EventStore> store(new EventStore(db, path));
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db, 0);
  // journal_mode=WAL needs a readable database: a foreign file fails here.
  SqlStatement wal(db, "PRAGMA journal_mode = WAL");
  Result<bool> row = wal.Step();
  if (!row.ok()) {
    return Status(row.status().code(), path + ": " + row.status().message());
  }
  if (!*row || wal.Text(0) != "wal") {
    return Status::Unavailable(
        path + ": cannot use a write-ahead log (journal mode " +
        (*row ? wal.Text(0) : "?") + "); put the database on a local disk");
  }
  wal.Reset();
  DYAD_RETURN_IF_ERROR(ExecSql(db, "PRAGMA synchronous = NORMAL"));
  DYAD_RETURN_IF_ERROR(ExecSql(db, "PRAGMA foreign_keys = ON"));
  if (Status s = PrepareSchema(db, path); !s.ok()) {
    if (s.code() == StatusCode::kDataLoss && s.message().rfind(path, 0) == 0) {
      return s;
    }
    return Status(s.code(), path + ": " + s.message());
  }
  return store;
}

EventStore::~EventStore() { sqlite3_close_v2(db_); }

Status EventStore::Put(const std::vector<DocumentRecord>& batch,
                       PutCounts* counts) {
  PutCounts local;
  PutStatements st(db_);
  DYAD_RETURN_IF_ERROR(st.status());
  DYAD_RETURN_IF_ERROR(ExecSql(db_, "BEGIN IMMEDIATE"));
  const std::string now = UtcNow();
  for (const DocumentRecord& r : batch) {
    if (Status s = PutOne(r, now, &st, &local); !s.ok()) {
      st.find.Reset();
      ExecSql(db_, "ROLLBACK").IgnoreError();
      return Status(s.code(), path_ + ": cannot store document '" + r.doc.id +
                                  "': " + s.message());
    }
  }
  st.find.Reset();
  if (Status s = ExecSql(db_, "COMMIT"); !s.ok()) {
    ExecSql(db_, "ROLLBACK").IgnoreError();
    return Status(s.code(), path_ + ": " + s.message());
  }
  if (counts) {
    counts->added += local.added;
    counts->replaced += local.replaced;
    counts->unchanged += local.unchanged;
    counts->events += local.events;
  }
  return Status::Ok();
}

}  // namespace dyad
