#include "store/sql.h"

#include <algorithm>
#include <cstring>

namespace dyad::store {

Status ExecSql(sqlite3* db, const char* sql) {
  if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
    std::string what(sql, std::min<size_t>(std::strlen(sql), 40));
    return SqlError(db, what.append(" failed"));
  }
  return Status::Ok();
}

Status SqlError(sqlite3* db, std::string_view what) {
  const int code = sqlite3_errcode(db);
  std::string msg = std::string(what) + ": " + sqlite3_errmsg(db);
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) {
    return Status::DataLoss(msg + " (not a dyad database, or damaged)");
  }
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    return Status::Unavailable(msg +
                               " (another process holds the database; retry)");
  }
  if (code == SQLITE_FULL) {
    return Status::ResourceExhausted(msg + " (free some disk space)");
  }
  return Status::Unavailable(msg);
}

SqlStatement::SqlStatement(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_,
                         nullptr) != SQLITE_OK) {
    const int code = sqlite3_errcode(db);
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT ||
        code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_IOERR) {
      status_ = SqlError(db, "cannot read the database");
    } else {
      status_ = Status::Internal(std::string("cannot prepare '")
                                     .append(sql)
                                     .append("': ")
                                     .append(sqlite3_errmsg(db)));
    }
    stmt_ = nullptr;
  }
}

SqlStatement::~SqlStatement() { sqlite3_finalize(stmt_); }

void SqlStatement::Bind(int index, const SqlValue& value) {
  if (!stmt_) return;
  if (const auto* i = std::get_if<int64_t>(&value)) {
    sqlite3_bind_int64(stmt_, index, *i);
  } else if (const auto* d = std::get_if<double>(&value)) {
    sqlite3_bind_double(stmt_, index, *d);
  } else if (const auto* s = std::get_if<std::string>(&value)) {
    sqlite3_bind_text(stmt_, index, s->data(), static_cast<int>(s->size()),
                      SQLITE_TRANSIENT);
  } else {
    sqlite3_bind_null(stmt_, index);
  }
}

void SqlStatement::BindAll(const std::vector<SqlValue>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    Bind(static_cast<int>(i + 1), values[i]);
  }
}

Result<bool> SqlStatement::Step() {
  if (!stmt_) return status_;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return SqlError(db_, "cannot read or write the database");
}

Status SqlStatement::Run() {
  for (;;) {
    Result<bool> row = Step();
    if (!row.ok()) return row.status();
    if (!*row) return Status::Ok();
  }
}

void SqlStatement::Reset() {
  if (!stmt_) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

bool SqlStatement::IsNull(int col) const {
  return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}

int64_t SqlStatement::Int(int col) const {
  return sqlite3_column_int64(stmt_, col);
}

double SqlStatement::Real(int col) const {
  return sqlite3_column_double(stmt_, col);
}

std::string SqlStatement::Text(int col) const {
  const auto* p =
      reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!p) return std::string();
  return std::string(p, static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

}  // namespace dyad::store
