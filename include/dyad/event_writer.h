// Event writers: serialise Events as JSON Lines (the record contract of
// docs/event-record.md) or as a readable fixed-width table.
//
// Writers append to a std::string the caller owns, so threads can format in
// parallel and the caller decides when to write. Stateless; thread-safe.
#ifndef DYAD_EVENT_WRITER_H_
#define DYAD_EVENT_WRITER_H_

#include <string>
#include <string_view>

#include "dyad/event.h"

namespace dyad {

// Appends one JSON object and a '\n'. Strings are escaped per RFC 8259; empty
// optional strings and absent actors / locations are written as null.
void AppendEventJson(const Event& event, std::string* out);

// Appends `s` as a JSON string literal (quotes included).
void AppendJsonString(std::string_view s, std::string* out);

// The header line and one row per event of the readable table.
void AppendEventTableHeader(std::string* out);
void AppendEventTableRow(const Event& event, std::string* out);

}  // namespace dyad

#endif  // DYAD_EVENT_WRITER_H_
