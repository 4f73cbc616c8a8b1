// EventStore: coded documents and their events in an SQLite database, and
// the queries and aggregations `dyad query`, `dyad export` and `dyad serve`
// run on them.
//
// One EventStore is one SQLite connection (WAL journal, foreign keys on,
// synchronous=NORMAL: a committed batch survives the process being killed).
// It is NOT thread-safe: use one per thread (several connections to one file
// are fine: readers never block, writers wait for each other up to a busy
// timeout). Every value from outside is bound as a statement parameter.
//
// Documents are keyed by id. Put() stores a batch in one transaction: a
// document seen before with the same text, language, date and status is left
// as it is (its events are not duplicated); one whose text (or language, date
// or status) changed has its row and all its events replaced.
//
// The schema is versioned with PRAGMA user_version (see kSchemaVersion);
// Open() creates it in an empty file and refuses a file of another version
// or one that is not a dyad database, saying what to do.
#ifndef DYAD_EVENT_STORE_H_
#define DYAD_EVENT_STORE_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/status.h"

struct sqlite3;

namespace dyad {

// One input document and what coding it gave, as Put() stores it.
struct DocumentRecord {
  Document doc;  // text kept (stored, and compared on the next Put)
  bool coded = false;
  // For a skipped document: the reason's name ("bad JSON", "unsupported
  // language": SkipReasonName) and its detail.
  std::string reason;
  std::string detail;
  std::vector<Event> events;
  // Per event, the byte span of its sentence in doc.text (the context shown
  // with the event). Same size as `events`, or empty (no context stored).
  std::vector<Span> contexts;
};

struct PutCounts {
  int64_t added = 0;      // documents new to the store
  int64_t replaced = 0;   // documents whose text or status changed
  int64_t unchanged = 0;  // documents stored before exactly so
  int64_t events = 0;     // events written
};

// The filters of `dyad query`, `dyad export` and GET /v1/events; every field
// is optional (empty = no filter) and they combine with AND. Validate() says
// what is wrong with a value before it reaches a query.
struct EventQuery {
  std::string from, to;  // dates "YYYY-MM-DD", inclusive
  std::string country;   // source or target country (ISO 3166-1 alpha-3)
  std::string actor;     // source or target CAMEO actor code prefix
  std::string source;    // source actor code prefix ("TUR", "TURMIL")
  std::string target;    // target actor code prefix
  std::string root;      // CAMEO root ("19")
  std::string code;      // CAMEO event code prefix ("190")
  std::string plover;    // PLOVER type ("ASSAULT")
  std::string place;     // location name (ASCII case ignored) or GeoNames id
  std::optional<bool> negated;
  std::string doc;  // document id
  // One event per date, source, target and event code (the first stored);
  // its `mentions` counts the events it stands for.
  bool one_a_day = false;
  int64_t limit = -1;  // -1 = all
  int64_t offset = 0;

  // InvalidArgument naming the field and the expected form.
  Status Validate() const;
};

// An event read back, with what the store knows around it.
struct StoredEvent {
  int64_t row = 0;  // the store's event number (stable while stored)
  Event event;
  int64_t mentions = 1;  // > 1 only under one_a_day
  int64_t articles = 1;  // distinct documents among the mentions
  Span context;          // the sentence's span in its document
  std::string context_text;
  std::string doc_url;    // "" when the document gave none
  std::string stored_at;  // UTC "YYYYMMDDHHMMSS" when its document was stored
};

enum class Period { kDay, kWeek, kMonth };
// "day", "week", "month"; false for anything else.
bool ParsePeriod(std::string_view name, Period* period);
std::string_view PeriodName(Period period);

// Events per period ("2020-02-17"; a week is named by its Monday; a month
// "2020-02"). Events without a date are not counted.
struct PeriodRow {
  std::string period;
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};  // quad classes 1..4
  double goldstein = 0;            // mean
};

// A dyad (source and target actor codes), over a period or over everything
// (period "").
struct DyadRow {
  std::string period;
  std::string source, target;
  int64_t events = 0;
  double goldstein = 0;  // mean
};

struct ActorRow {
  std::string actor;  // CAMEO actor code
  int64_t events = 0;
};

// Events by location country, else source country; lat/lon are the mean of
// the event locations in that country (null when none has one).
struct CountryRow {
  std::string country;
  int64_t events = 0;
  std::optional<double> lat, lon;
};

struct StoreTotals {
  int64_t documents = 0;
  int64_t coded = 0;
  int64_t skipped = 0;
  int64_t events = 0;
};

class EventStore {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens (creating when `create` and absent) the database at `path`.
  // Returns NotFound when the file is absent and !create, Unavailable when
  // it cannot be opened or written, DataLoss when it is not a dyad database
  // or of another schema version; never a null store on success.
  static Result<std::unique_ptr<EventStore>> Open(const std::string& path,
                                                  bool create);
  ~EventStore();
  EventStore(const EventStore&) = delete;
  EventStore& operator=(const EventStore&) = delete;

  // Stores `batch` in one transaction (all or nothing). Adds to `*counts`
  // when given. On error nothing of the batch is stored.
  Status Put(const std::vector<DocumentRecord>& batch,
             PutCounts* counts = nullptr);

  // Events matching `q` (after Validate()), ordered by date (undated last),
  // then as stored; q.limit / q.offset page them. `fn` returns false to stop.
  Status ForEach(const EventQuery& q,
                 const std::function<bool(const StoredEvent&)>& fn);
  Result<std::vector<StoredEvent>> Find(const EventQuery& q);
  // How many events match (ignoring limit and offset; under one_a_day, the
  // merged events).
  Result<int64_t> Count(const EventQuery& q);

  // Aggregations over the events matching `q` (limit and offset ignored).
  Result<std::vector<PeriodRow>> Timeline(const EventQuery& q, Period period);
  // Mean Goldstein per dyad and period, by period then by events.
  Result<std::vector<DyadRow>> DyadsByPeriod(const EventQuery& q,
                                             Period period);
  // The `top` dyads with both actors coded, most events first (top < 0: all).
  Result<std::vector<DyadRow>> TopDyads(const EventQuery& q, int64_t top);
  // The `top` actors, as source or target, most events first.
  Result<std::vector<ActorRow>> TopActors(const EventQuery& q, int64_t top);
  Result<std::vector<CountryRow>> Countries(const EventQuery& q, int64_t top);

  Result<StoreTotals> Totals();
  // The largest N among document ids "<prefix>N" (0 when none), so that
  // numbered ids (the server's "posted-N") continue after a restart.
  Result<int64_t> MaxNumberedId(const std::string& prefix);

  const std::string& path() const { return path_; }

 private:
  EventStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

  sqlite3* db_;  // owned
  std::string path_;
};

}  // namespace dyad

#endif  // DYAD_EVENT_STORE_H_
