// The events table's columns, and an Event to and from one of its rows.
// Internal to the store (src/store/); the public API is dyad/event_store.h.
//
// An absent source, target or location is stored with its `*_text` column
// NULL (present ones have a text, possibly ""); empty optional strings are
// NULL, so filters and aggregations can test IS NULL.
#ifndef DYAD_STORE_EVENT_ROWS_H_
#define DYAD_STORE_EVENT_ROWS_H_

#include <string_view>

#include "dyad/event.h"
#include "dyad/event_store.h"
#include "store/sql.h"

namespace dyad::store {

// The CREATE statements of schema version 1.
extern const char kSchemaSql[];

// The event columns in row order (without the row id), comma-separated.
extern const char kEventColumns[];
inline constexpr int kEventColumnCount = 48;

// Binds parameters 1..kEventColumnCount of `stmt` to `e`.
void BindEvent(const Event& e, Span context, std::string_view context_text,
               SqlStatement* stmt);

// Reads the columns of kEventColumns starting at `col` into `out`.
void ReadEvent(const SqlStatement& stmt, int col, StoredEvent* out);

}  // namespace dyad::store

#endif  // DYAD_STORE_EVENT_ROWS_H_
