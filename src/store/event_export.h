// Writers for stored events: the API's event JSON, CSV, GDELT 2.0 event
// rows, PLOVER JSON and the actor network as GraphML. Each appends to a
// string the caller owns (so an export streams event by event); stateless
// and thread-safe. Internal to the store (src/store/); used by `dyad query`,
// `dyad export` and `dyad serve`. The mappings are documented in
// docs/ARCHITECTURE.md ("Store, query, export, serve").
#ifndef DYAD_STORE_EVENT_EXPORT_H_
#define DYAD_STORE_EVENT_EXPORT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dyad/event_store.h"

namespace dyad {

// The event record (docs/event-record.md) plus "mentions" and "context"
// ({"text": the sentence, "begin": its byte offset}), then '\n'.
void AppendStoredEventJson(const StoredEvent& e, std::string* out);

// CSV (RFC 4180, header line first): one row per event, flat columns.
void AppendCsvHeader(std::string* out);
void AppendCsvRow(const StoredEvent& e, std::string* out);
// One CSV field, quoted when it needs to be.
void AppendCsvField(std::string_view s, std::string* out);

// GDELT 2.0 event table: 61 tab-separated columns (no header, as GDELT's
// files), in the order of GDELT's codebook; what dyad does not know is empty.
inline constexpr int kGdeltColumnCount = 61;
void AppendGdeltRow(const StoredEvent& e, std::string* out);

// One PLOVER JSON object per line. Events without a PLOVER type (CAMEO 01x
// public statements) have no PLOVER form: false, nothing appended.
bool AppendPloverJson(const StoredEvent& e, std::string* out);

// The actor network: a directed GraphML graph whose nodes are actor codes
// and whose edges are dyads with their event count and mean Goldstein.
void AppendGraphMl(const std::vector<DyadRow>& dyads, std::string* out);

}  // namespace dyad

#endif  // DYAD_STORE_EVENT_EXPORT_H_
