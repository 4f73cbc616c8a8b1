// Dates: the date expressions of French and English news, and the date of
// each coded event.
//
// DateLexicon holds one language's date words, loaded from
// data/<lang>/dates.tsv (weekdays, months, "hier", "la semaine dernière",
// "il y a deux jours", tense tags...; format in the file's header). Its
// Find() reads a sentence's tokens (their folded forms: case and accents do
// not matter) and returns every DateMention in it: what the words say,
// before any calendar arithmetic ("lundi" = weekday 1, "le 3 mars" = day 3
// of month 3, year unknown). ResolveDate() then turns a mention into a day
// with a precision, given the publication date and the direction the
// event's tense points to (a weekday in the past is the last one, in the
// future the next one). Relative forms need the publication date; absolute
// ones with a year do not.
//
// EventDater sets `date` and `date_precision` of coded events: the date
// expression of the event's clause, else (for asserted events) the
// publication date, else null.
//
// Everything here is immutable after loading and thread-safe; finding costs
// one hash lookup per token, resolving is a few integer operations.
#ifndef DYAD_DATES_H_
#define DYAD_DATES_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analyzer.h"
#include "dyad/event.h"
#include "dyad/status.h"
#include "dyad/token.h"

namespace dyad {

// A day of the proleptic Gregorian calendar.
struct CivilDay {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool operator==(const CivilDay&) const = default;
};

// Parses exactly "YYYY-MM-DD" (a real day); false otherwise, *out unchanged.
bool ParseCivilDay(std::string_view iso, CivilDay* out);
// "YYYY-MM-DD".
std::string FormatCivilDay(const CivilDay& d);

enum class DatePrecision : uint8_t { kNone, kDay, kWeek, kMonth, kYear };
// "day", "week", "month", "year"; "" for kNone (the record's null).
std::string_view DatePrecisionName(DatePrecision p);

// The tense of an event's predicate, as far as its verb group tells.
enum class Tense : uint8_t {
  kUnknown,   // present, infinitive, noun without a verb...
  kPast,      // a annoncé, attaquait, said, has attacked
  kAnterior,  // pluperfect: before the time of the news (avait attaqué)
  kFuture,    // se rendra, will visit
};
std::string_view TenseName(Tense t);

// Where to look for a weekday or a yearless date from the publication date.
enum class TimeDirection : uint8_t {
  kNearest,  // present or unknown: the closest one
  kPast,     // the latest one on or before the publication date
  kFuture,   // the first one after it (a weekday: strictly after)
};

// A date expression as the text gives it.
struct DateMention {
  enum class Kind : uint8_t {
    kCalendar,   // year, month, day as written; any may be 0 (not given)
    kWeekday,    // "lundi", "last Monday"
    kDayOffset,  // "hier", "tomorrow": `offset` days from publication
    kPeriod,     // "la semaine dernière", "this month": `offset` units
    kAgo,        // "il y a deux jours", "a week ago": `offset` units back
  };
  Kind kind = Kind::kCalendar;
  Span span;                 // byte offsets into the document text
  uint32_t first_token = 0;  // token range in the sentence, end exclusive
  uint32_t end_token = 0;
  int year = 0, month = 0, day = 0;  // kCalendar
  int weekday = 0;  // 1 (Monday) .. 7, 0 = none; also beside a calendar day
  int offset = 0;   // kDayOffset: days; kPeriod: -1 last, 0 this, +1 next;
                    // kAgo: how many units back (positive)
  int direction = 0;  // kWeekday and a month alone: -1 "dernier"/"last",
                      // +1 "prochain"/"next", 0 = from the tense
  // After "depuis", "jusqu'au", "since", "until", "by": a bound of the
  // event's time, not its date (EventDater does not use it).
  bool bound = false;
  DatePrecision unit = DatePrecision::kDay;  // kPeriod, kAgo: the unit

  // True when the mention gives its date without the publication date.
  bool IsAbsolute() const { return kind == Kind::kCalendar && year != 0; }
};

// A resolved date: "YYYY-MM-DD" (the first day of a week, month or year
// named as such; for kAgo, the publication date moved back), and how precise.
struct ResolvedDate {
  std::string date;  // empty: unresolved
  DatePrecision precision = DatePrecision::kNone;
  bool ok() const { return !date.empty(); }
};

// Resolves `m` against the publication date `publication` ("YYYY-MM-DD" or
// empty). Relative mentions and yearless calendar dates resolve to nothing
// without a publication date; impossible dates (31 février) to nothing.
ResolvedDate ResolveDate(const DateMention& m, std::string_view publication,
                         TimeDirection direction);

// One language's date words (data/<lang>/dates.tsv).
class DateLexicon {
 public:
  // Loads the file at `path`. NotFound when it cannot be read;
  // InvalidArgument naming the line of a malformed entry.
  static Result<std::unique_ptr<DateLexicon>> Load(const std::string& path);
  // The same from content in memory; `origin` names it in messages.
  static Result<std::unique_ptr<DateLexicon>> Parse(std::string_view content,
                                                    std::string_view origin);
  ~DateLexicon();

  // The date expressions of `s` (tokens of `text`), in text order, not
  // overlapping. Tokens without morphology are folded on the fly.
  std::vector<DateMention> Find(const Sentence& s,
                                std::string_view text) const;

  // The tense of the verb group in tokens [first, end) of `s`.
  Tense TenseOf(const Sentence& s, size_t first, size_t end) const;

  // True when token `i` of `s` ends a clause (";", "mais", "qui", "but"...).
  bool IsClauseBreak(const Sentence& s, std::string_view text,
                     size_t i) const;

 private:
  struct Impl;
  explicit DateLexicon(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Sets the date of coded events from their sentence's date expressions, the
// tense of their predicate and the publication date.
class EventDater {
 public:
  // Loads data/<lang>/dates.tsv for each of `languages` from `data_dir`.
  static Result<std::unique_ptr<EventDater>> Create(
      const std::string& data_dir, const std::vector<std::string>& languages);
  ~EventDater();

  // For each event of `doc` (whose `sentence` and `trigger_span` index into
  // it): the date expression of its clause, else the nearest one of its
  // sentence when the event is asserted and in the past; a weekday or
  // yearless date resolved in the direction of the predicate's tense and
  // modality, and kept only if it agrees with it (a past event is not dated
  // after the publication date, a future one not before). Without one,
  // asserted events that are not anterior to the news take the publication
  // date ("day"); others stay null. Bounds ("depuis lundi") are never an
  // event's date. Appends the date mentions and the choices to `*explain`
  // when not null.
  void Date(const AnalyzedDocument& doc, std::vector<Event>* events,
            std::string* explain = nullptr) const;

  // The lexicon of `lang`, or null.
  const DateLexicon* lexicon(const std::string& lang) const;

 private:
  EventDater() = default;
  std::vector<std::string> languages_;
  std::vector<std::unique_ptr<DateLexicon>> lexicons_;
};

}  // namespace dyad

#endif  // DYAD_DATES_H_
