// SqlStatement: a prepared SQLite statement with bound parameters, and
// SqlValue, a parameter. Internal to the store (src/store/); the public API
// is dyad/event_store.h.
//
// Errors become Status values carrying sqlite3_errmsg(). A statement belongs
// to one connection and one thread.
#ifndef DYAD_STORE_SQL_H_
#define DYAD_STORE_SQL_H_

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/status.h"

namespace dyad::store {

// NULL, an integer, a real or a text.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

// "" → NULL, anything else → the text.
inline SqlValue TextOrNull(std::string_view s) {
  if (s.empty()) return std::monostate{};
  return std::string(s);
}

// Runs statements without results ("BEGIN", "PRAGMA ...").
Status ExecSql(sqlite3* db, const char* sql);

// Unavailable (or DataLoss for a corrupt or foreign file) with `what` and
// SQLite's message.
Status SqlError(sqlite3* db, std::string_view what);

class SqlStatement {
 public:
  SqlStatement(sqlite3* db, std::string_view sql);
  ~SqlStatement();
  SqlStatement(const SqlStatement&) = delete;
  SqlStatement& operator=(const SqlStatement&) = delete;

  // Non-OK when the statement did not compile (a bug: the SQL is ours).
  const Status& status() const { return status_; }

  // Binds parameters 1..n in order (after a Reset()).
  void Bind(int index, const SqlValue& value);
  void BindAll(const std::vector<SqlValue>& values);

  // Steps once: true with a row, false when done; an error otherwise.
  Result<bool> Step();
  // Steps a statement without result rows to its end.
  Status Run();
  // Rewinds and clears the bindings for another use.
  void Reset();

  bool IsNull(int col) const;
  int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;  // "" for NULL

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQL_H_
