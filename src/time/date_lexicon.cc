// DateLexicon: loading data/<lang>/dates.tsv, finding date expressions in a
// sentence's tokens, and the tense of a verb group (see dyad/dates.h).
//
// Finding is a left-to-right scan: at each token, the entries of the
// lexicon starting with its folded form (one hash lookup) are tried in a
// fixed order of shapes (direction + weekday or period, weekday with or
// without a calendar day, period + direction, day offset, "il y a" / "ago"
// amounts, calendar dates); the first shape that matches is taken and the
// scan resumes after it.
#include <charconv>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/fold.h"
#include "base/tsv.h"
#include "dyad/dates.h"

namespace dyad {
namespace {

enum Kind : uint8_t {
  kWeekday,
  kMonth,
  kOrdinal,
  kDayOffset,
  kPeriod,
  kDirection,
  kDirectionAfter,
  kNumber,
  kAgoBefore,
  kAgoAfter,
  kDayPrep,
  kMonthPrep,
  kYearPrep,
  kDaypart,
  kDayLink,
  kClauseBreak,
  kBound,
  kKindCount,
};

struct KindName {
  std::string_view name;
  Kind kind;
};
constexpr KindName kKinds[] = {
    {"weekday", kWeekday},       {"month", kMonth},
    {"ordinal", kOrdinal},       {"day_offset", kDayOffset},
    {"period", kPeriod},         {"direction", kDirection},
    {"direction_after", kDirectionAfter},
    {"number", kNumber},         {"ago_before", kAgoBefore},
    {"ago_after", kAgoAfter},    {"day_prep", kDayPrep},
    {"month_prep", kMonthPrep},  {"year_prep", kYearPrep},
    {"daypart", kDaypart},       {"day_link", kDayLink},
    {"clause_break", kClauseBreak}, {"bound", kBound},
};
constexpr std::string_view kOtherKinds =
    "ordinal_suffix, month_prefix, order, numeric, capitalized, past_tag, "
    "future_tag, future_word, perfect_aux";

struct Entry {
  Kind kind;
  int value = 0;
  std::vector<std::string> rest;  // the words after the first, folded
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>{}(s);
  }
};

bool ParseInt(std::string_view s, int* out) {
  if (!s.empty() && s.front() == '+') s.remove_prefix(1);
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// The value of a run of ASCII digits (at most 4), or -1.
int Digits(std::string_view s) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

bool Contains(const std::vector<std::string>& v, std::string_view s) {
  for (const std::string& x : v) {
    if (x == s) return true;
  }
  return false;
}

// The lexicon's content (DateLexicon::Impl).
struct DateWords {
  std::unordered_map<std::string, std::vector<Entry>, StringHash,
                     std::equal_to<>>
      by_first;
  std::vector<std::string> ordinal_suffixes, month_prefixes;
  bool day_month = false, month_day = false;
  bool numeric_day_first = false, capitalized_months = false;
  std::vector<std::string> past_tags, future_tags, future_words, perfect_aux;

  Status Add(int64_t line, const std::vector<std::string_view>& f);
};

}  // namespace

struct DateLexicon::Impl : DateWords {};

Status DateWords::Add(int64_t line,
                              const std::vector<std::string_view>& f) {
  if (f.size() < 2) {
    return Status::InvalidArgument(
        "expected kind <TAB> value <TAB> forms, got " +
        std::to_string(f.size()) + " field(s)");
  }
  const std::string_view kind = f[0], value = f[1];
  std::vector<std::string> forms;
  if (f.size() >= 3) {
    for (std::string_view form : SplitList(f[2])) {
      if (form != "-") forms.push_back(Fold(form));
    }
  }
  auto strings = [&](std::vector<std::string>* out) {
    for (std::string& s : forms) out->push_back(std::move(s));
    return Status::Ok();
  };
  if (kind == "ordinal_suffix") return strings(&ordinal_suffixes);
  if (kind == "month_prefix") return strings(&month_prefixes);
  if (kind == "past_tag") return strings(&past_tags);
  if (kind == "future_tag") return strings(&future_tags);
  if (kind == "future_word") return strings(&future_words);
  if (kind == "perfect_aux") return strings(&perfect_aux);
  if (kind == "order") {
    for (std::string_view v : SplitList(value)) {
      if (v == "day_month") {
        day_month = true;
      } else if (v == "month_day") {
        month_day = true;
      } else {
        return Status::InvalidArgument("order '" + std::string(v) +
                                       "': expected day_month or month_day");
      }
    }
    return Status::Ok();
  }
  if (kind == "numeric") {
    if (value != "day_month") {
      return Status::InvalidArgument("numeric '" + std::string(value) +
                                     "': expected day_month");
    }
    numeric_day_first = true;
    return Status::Ok();
  }
  if (kind == "capitalized") {
    if (value != "months") {
      return Status::InvalidArgument("capitalized '" + std::string(value) +
                                     "': expected months");
    }
    capitalized_months = true;
    return Status::Ok();
  }
  const KindName* k = nullptr;
  for (const KindName& kn : kKinds) {
    if (kn.name == kind) k = &kn;
  }
  if (!k) {
    std::string known;
    for (const KindName& kn : kKinds) known += std::string(kn.name) + ", ";
    return Status::InvalidArgument("unknown kind '" + std::string(kind) +
                                   "'; known: " + known +
                                   std::string(kOtherKinds));
  }
  int v = 0;
  if (k->kind == kPeriod) {
    if (value == "day") {
      v = static_cast<int>(DatePrecision::kDay);
    } else if (value == "week") {
      v = static_cast<int>(DatePrecision::kWeek);
    } else if (value == "month") {
      v = static_cast<int>(DatePrecision::kMonth);
    } else if (value == "year") {
      v = static_cast<int>(DatePrecision::kYear);
    } else {
      return Status::InvalidArgument("period '" + std::string(value) +
                                     "': expected day, week, month or year");
    }
  } else if (value != "-") {
    if (!ParseInt(value, &v)) {
      return Status::InvalidArgument("value '" + std::string(value) +
                                     "' of " + std::string(kind) +
                                     " is not a number");
    }
    int lo = -100000, hi = 100000;
    if (k->kind == kWeekday) lo = 1, hi = 7;
    if (k->kind == kMonth) lo = 1, hi = 12;
    if (k->kind == kOrdinal) lo = 1, hi = 31;
    if (k->kind == kDirection || k->kind == kDirectionAfter) lo = -1, hi = 1;
    if (k->kind == kNumber) lo = 1, hi = 1000;
    if (k->kind == kDayOffset) lo = -31, hi = 31;
    if (v < lo || v > hi) {
      return Status::InvalidArgument(
          std::string(kind) + " value " + std::to_string(v) +
          " out of range [" + std::to_string(lo) + ", " + std::to_string(hi) +
          "]");
    }
  }
  (void)line;
  for (const std::string& form : forms) {
    Entry e{k->kind, v, {}};
    std::string first;
    for (std::string_view w : SplitList(form, ' ')) {
      if (first.empty()) {
        first = std::string(w);
      } else {
        e.rest.emplace_back(w);
      }
    }
    if (first.empty()) continue;
    if (!e.rest.empty()) {
      // The morphology may have merged the words into one token ("prior
      // to", "alors que"): its folded form is the whole phrase.
      by_first[form].push_back(Entry{k->kind, v, {}});
    }
    by_first[first].push_back(std::move(e));
  }
  return Status::Ok();
}

DateLexicon::DateLexicon(std::unique_ptr<Impl> impl)
    : impl_(std::move(impl)) {}
DateLexicon::~DateLexicon() = default;

Result<std::unique_ptr<DateLexicon>> DateLexicon::Parse(
    std::string_view content, std::string_view origin) {
  auto impl = std::make_unique<Impl>();
  DYAD_RETURN_IF_ERROR(ParseTsv(
      content, origin,
      [&](int64_t line, const std::vector<std::string_view>& f) {
        return impl->Add(line, f);
      }));
  return std::unique_ptr<DateLexicon>(new DateLexicon(std::move(impl)));
}

Result<std::unique_ptr<DateLexicon>> DateLexicon::Load(
    const std::string& path) {
  auto impl = std::make_unique<Impl>();
  DYAD_RETURN_IF_ERROR(
      ReadTsv(path, [&](int64_t line, const std::vector<std::string_view>& f) {
        return impl->Add(line, f);
      }));
  return std::unique_ptr<DateLexicon>(new DateLexicon(std::move(impl)));
}

namespace {

// One sentence under the scan: folded forms and the lexicon entries that
// start at each token.
class Scanner {
 public:
  using Impl = DateWords;
  Scanner(const Impl& lex, const Sentence& s, std::string_view text)
      : lex_(lex), s_(s), text_(text), n_(s.tokens.size()) {
    folded_.resize(n_);
    entries_.resize(n_, nullptr);
    for (size_t i = 0; i < n_; ++i) {
      const Token& t = s.tokens[i];
      if (t.analysis) {
        folded_[i] = t.analysis->folded_form;
      } else {
        if (owned_.empty()) owned_.resize(n_);
        owned_[i] = Fold(Text(i));
        folded_[i] = owned_[i];
      }
      auto it = lex.by_first.find(folded_[i]);
      if (it != lex.by_first.end()) entries_[i] = &it->second;
    }
  }

  std::vector<DateMention> FindAll() {
    std::vector<DateMention> out;
    size_t floor = 0;  // left extensions stop at the previous mention
    for (size_t i = 0; i < n_;) {
      DateMention m;
      if (TryAt(i, floor, &m)) {
        m.span = {s_.tokens[m.first_token].begin,
                  s_.tokens[m.end_token - 1].end};
        m.bound = Match(m.first_token, kBound) > 0 ||
                  MatchEnding(m.first_token, floor, kBound) > 0;
        floor = i = m.end_token;
        out.push_back(m);
      } else {
        ++i;
      }
    }
    return out;
  }

  // Length of the longest entry of `kind` at token i (0: none); with
  // `exact`, only entries of that many tokens.
  size_t Match(size_t i, Kind kind, int* value = nullptr,
               size_t exact = 0) const {
    if (i >= n_ || !entries_[i]) return 0;
    size_t best = 0;
    for (const Entry& e : *entries_[i]) {
      if (e.kind != kind || 1 + e.rest.size() <= best) continue;
      if (exact != 0 && 1 + e.rest.size() != exact) continue;
      if (i + 1 + e.rest.size() > n_) continue;
      bool ok = true;
      for (size_t k = 0; k < e.rest.size() && ok; ++k) {
        ok = folded_[i + 1 + k] == e.rest[k];
      }
      if (!ok) continue;
      best = 1 + e.rest.size();
      if (value) *value = e.value;
    }
    return best;
  }

  // Length of an entry of `kind` ending just before token `end`, not
  // reaching before `floor` (0: none).
  size_t MatchEnding(size_t end, size_t floor, Kind kind) const {
    for (size_t len = 1; len <= 3 && len <= end - floor; ++len) {
      if (Match(end - len, kind, nullptr, len) == len) return len;
    }
    return 0;
  }

 private:
  std::string_view Text(size_t i) const { return s_.tokens[i].Text(text_); }
  bool Is(size_t i, std::string_view f) const {
    return i < n_ && folded_[i] == f;
  }

  // A day of the month: 3, 3rd, 1er, premier.
  bool DayAt(size_t i, int* day) const {
    if (i >= n_) return false;
    std::string_view f = folded_[i];
    size_t d = 0;
    while (d < f.size() && f[d] >= '0' && f[d] <= '9') ++d;
    if (d >= 1 && d <= 2) {
      const std::string_view suffix = f.substr(d);
      if (!suffix.empty() && !Contains(lex_.ordinal_suffixes, suffix)) {
        return false;
      }
      const int v = Digits(f.substr(0, d));
      if (v < 1 || v > 31) return false;
      *day = v;
      return true;
    }
    int v = 0;
    if (Match(i, kOrdinal, &v) == 1) {
      *day = v;
      return true;
    }
    return false;
  }

  // A four-digit year of 1900..2100.
  bool YearAt(size_t i, int* year) const {
    if (i >= n_ || folded_[i].size() != 4) return false;
    const int v = Digits(folded_[i]);
    if (v < 1900 || v > 2100) return false;
    *year = v;
    return true;
  }

  // A month name (or "mi-mars": *prefixed set).
  size_t MonthAt(size_t i, int* month, bool* prefixed) const {
    *prefixed = false;
    if (i >= n_) return 0;
    size_t len = Match(i, kMonth, month);
    if (len) {
      if (lex_.capitalized_months && !StartsUpper(Text(i))) return 0;
      return len;
    }
    for (const std::string& p : lex_.month_prefixes) {
      std::string_view f = folded_[i];
      if (f.size() > p.size() && f.substr(0, p.size()) == p) {
        auto it = lex_.by_first.find(f.substr(p.size()));
        if (it == lex_.by_first.end()) continue;
        for (const Entry& e : it->second) {
          if (e.kind == kMonth && e.rest.empty()) {
            *month = e.value;
            *prefixed = true;
            return 1;
          }
        }
      }
    }
    return 0;
  }

  // An amount of time: a number word or digits.
  size_t AmountAt(size_t i, int* amount) const {
    if (size_t len = Match(i, kNumber, amount)) return len;
    if (i < n_) {
      const int v = Digits(folded_[i]);
      if (v >= 1 && v <= 1000) {
        *amount = v;
        return 1;
      }
    }
    return 0;
  }

  // Extends [first, end) over a following daypart ("lundi soir").
  size_t Daypart(size_t end) const { return end + Match(end, kDaypart); }

  // Extends the mention's start over a preposition of `kind` before it.
  void LeadIn(DateMention* m, size_t floor, Kind kind) const {
    m->first_token -= MatchEnding(m->first_token, floor, kind);
  }

  void SetRange(DateMention* m, size_t first, size_t end) const {
    m->first_token = static_cast<uint32_t>(first);
    m->end_token = static_cast<uint32_t>(end);
  }

  // A weekday at token w (the mention starting at `first`, before a
  // direction marker): alone, or with the calendar day after it.
  bool WeekdayAt(size_t first, size_t w, int direction, size_t floor,
                 DateMention* m) const {
    int weekday = 0, after = 0;
    size_t j = w + Match(w, kWeekday, &weekday);
    DateMention cal;
    if (Calendar(Is(j, ",") ? j + 1 : j, j, &cal) && cal.day != 0) {
      *m = cal;
      m->weekday = weekday;
      m->first_token = static_cast<uint32_t>(first);
      LeadIn(m, floor, kDayPrep);
      return true;
    }
    *m = DateMention();
    m->kind = DateMention::Kind::kWeekday;
    m->weekday = weekday;
    m->direction = direction;
    if (size_t dl = direction == 0 ? Match(j, kDirectionAfter, &after) : 0) {
      m->direction = after;
      j += dl;
    }
    SetRange(m, first, Daypart(j));
    LeadIn(m, floor, kDayPrep);
    return true;
  }

  bool TryAt(size_t i, size_t floor, DateMention* m) const {
    int v = 0, v2 = 0;
    // "last Monday", "cette semaine", "next week".
    if (size_t dl = Match(i, kDirection, &v)) {
      if (Match(i + dl, kWeekday)) return WeekdayAt(i, i + dl, v, floor, m);
      bool prefixed = false;
      if (size_t ml = MonthAt(i + dl, &v2, &prefixed); ml && !prefixed) {
        m->kind = DateMention::Kind::kCalendar;
        m->month = v2;
        m->direction = v;
        SetRange(m, i, i + dl + ml);
        return true;
      }
      if (size_t pl = Match(i + dl, kPeriod, &v2)) {
        m->kind = DateMention::Kind::kPeriod;
        m->unit = static_cast<DatePrecision>(v2);
        m->offset = v;
        SetRange(m, i, i + dl + pl);
        return true;
      }
    }
    // "lundi", "lundi dernier", "mardi 4 février 2020", "Tuesday, March 3".
    if (Match(i, kWeekday)) return WeekdayAt(i, i, 0, floor, m);
    // "la semaine dernière", "l'an prochain".
    if (size_t pl = Match(i, kPeriod, &v)) {
      if (size_t dl = Match(i + pl, kDirectionAfter, &v2)) {
        m->kind = DateMention::Kind::kPeriod;
        m->unit = static_cast<DatePrecision>(v);
        m->offset = v2;
        SetRange(m, i, i + pl + dl);
        LeadIn(m, floor, kDayPrep);
        return true;
      }
    }
    // "hier", "ce matin", "the day before yesterday".
    if (size_t ol = Match(i, kDayOffset, &v)) {
      m->kind = DateMention::Kind::kDayOffset;
      m->offset = v;
      SetRange(m, i, Daypart(i + ol));
      return true;
    }
    // "il y a trois jours", "two weeks ago".
    if (size_t al = Match(i, kAgoBefore)) {
      if (size_t nl = AmountAt(i + al, &v)) {
        if (size_t pl = Match(i + al + nl, kPeriod, &v2)) {
          m->kind = DateMention::Kind::kAgo;
          m->offset = v;
          m->unit = static_cast<DatePrecision>(v2);
          SetRange(m, i, i + al + nl + pl);
          return true;
        }
      }
    }
    if (size_t nl = AmountAt(i, &v)) {
      if (size_t pl = Match(i + nl, kPeriod, &v2)) {
        if (size_t al = Match(i + nl + pl, kAgoAfter)) {
          m->kind = DateMention::Kind::kAgo;
          m->offset = v;
          m->unit = static_cast<DatePrecision>(v2);
          SetRange(m, i, i + nl + pl + al);
          return true;
        }
      }
    }
    if (Calendar(i, floor, m)) {
      if (m->day != 0) LeadIn(m, floor, kDayPrep);
      return true;
    }
    return false;
  }

  // Numeric dates in one token: 2020-02-17, 17/02/2020, 3/14.
  bool Numeric(size_t i, size_t floor, DateMention* m) const {
    std::string_view f = folded_[i];
    if (f.size() < 3 || f.size() > 10) return false;
    char sep = 0;
    for (char c : f) {
      if (c == '/' || c == '-' || c == '.') {
        if (sep && c != sep) return false;
        sep = c;
      } else if (c < '0' || c > '9') {
        return false;
      }
    }
    if (!sep) return false;
    int part[3] = {0, 0, 0};
    size_t len[3] = {0, 0, 0};
    int parts = 0;
    for (std::string_view rest = f;;) {
      const size_t p = rest.find(sep);
      if (parts == 3) return false;
      std::string_view piece = rest.substr(0, p);
      len[parts] = piece.size();
      part[parts++] = Digits(piece);
      if (part[parts - 1] < 0) return false;
      if (p == std::string_view::npos) break;
      rest.remove_prefix(p + 1);
    }
    int year = 0, a = 0, b = 0;  // a and b: the two small parts in order
    int day = 0, month = 0;
    if (parts == 3 && len[0] == 4) {  // year first: always Y-M-D
      year = part[0];
      month = part[1];
      day = part[2];
    } else if (parts == 3 && len[2] == 4 && sep != '-') {
      year = part[2];
      a = part[0];
      b = part[1];
    } else if (parts == 2 && sep == '/' && len[0] <= 2 && len[1] <= 2 &&
               MatchEnding(i, floor, kDayPrep)) {
      a = part[0];
      b = part[1];
    } else {
      return false;
    }
    if (a != 0 || b != 0) {
      if (a > 12 && b <= 12) {
        day = a, month = b;
      } else if (b > 12 && a <= 12) {
        month = a, day = b;
      } else if (parts == 3 && a <= 12 && b <= 12 && lex_.numeric_day_first) {
        day = a, month = b;
      } else {
        return false;  // ambiguous: 3/4 is March 4 or 3 April
      }
    }
    if (year != 0 && (year < 1900 || year > 2100)) return false;
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    m->kind = DateMention::Kind::kCalendar;
    m->year = year, m->month = month, m->day = day;
    SetRange(m, i, i + 1);
    return true;
  }

  // Calendar dates starting at token i; `floor` bounds the prepositions
  // looked for before i.
  bool Calendar(size_t i, size_t floor, DateMention* m) const {
    if (i >= n_) return false;
    *m = DateMention();
    m->kind = DateMention::Kind::kCalendar;
    int day = 0, month = 0, year = 0;
    bool prefixed = false;
    if (Numeric(i, floor, m)) return true;
    // "3 mars [2020]", "1st of March", "le 1er janvier".
    if (lex_.day_month && DayAt(i, &day)) {
      size_t j = i + 1;
      j += Match(j, kDayLink);
      if (size_t ml = MonthAt(j, &month, &prefixed); ml && !prefixed) {
        j += ml;
        if (YearAt(j, &year)) ++j;
        m->day = day, m->month = month, m->year = year;
        SetRange(m, i, Daypart(j));
        return true;
      }
    }
    size_t ml = MonthAt(i, &month, &prefixed);
    if (!ml) {
      // "en 2019": a year after a year preposition, not before a noun.
      if (YearAt(i, &year) && MatchEnding(i, floor, kYearPrep) &&
          (i + 1 >= n_ || (s_.tokens[i + 1].pos() != Pos::kNoun &&
                           s_.tokens[i + 1].pos() != Pos::kPropn))) {
        m->year = year;
        SetRange(m, i, i + 1);
        LeadIn(m, floor, kYearPrep);
        return true;
      }
      return false;
    }
    size_t j = i + ml;
    // "March 3", "March 3, 2020".
    if (lex_.month_day && !prefixed && DayAt(j, &day)) {
      ++j;
      if (YearAt(j, &year)) {
        ++j;
      } else if (Is(j, ",") && YearAt(j + 1, &year)) {
        j += 2;
      }
      m->day = day, m->month = month, m->year = year;
      SetRange(m, i, Daypart(j));
      return true;
    }
    // "mars 2020", "en mars", "mi-mars".
    const size_t prep = MatchEnding(i, floor, kMonthPrep);
    if (YearAt(j, &year)) {
      m->month = month, m->year = year;
      SetRange(m, i, j + 1);
      LeadIn(m, floor, kMonthPrep);
      return true;
    }
    // "mars dernier", "en septembre prochain".
    int dir = 0;
    const size_t dl = prefixed ? 0 : Match(j, kDirectionAfter, &dir);
    if (prep || prefixed || dl) {
      m->month = month;
      m->direction = dir;
      SetRange(m, i - prep, j + dl);
      return true;
    }
    return false;
  }

  const Impl& lex_;
  const Sentence& s_;
  std::string_view text_;
  size_t n_;
  std::vector<std::string_view> folded_;
  std::vector<std::string> owned_;
  std::vector<const std::vector<Entry>*> entries_;
};

}  // namespace

std::vector<DateMention> DateLexicon::Find(const Sentence& s,
                                           std::string_view text) const {
  return Scanner(*impl_, s, text).FindAll();
}

bool DateLexicon::IsClauseBreak(const Sentence& s, std::string_view text,
                                size_t i) const {
  if (i >= s.tokens.size()) return false;
  auto folded = [&](const Token& t, std::string* tmp) -> std::string_view {
    if (t.analysis) return t.analysis->folded_form;
    *tmp = Fold(t.Text(text));
    return *tmp;
  };
  std::string tmp;
  auto it = impl_->by_first.find(folded(s.tokens[i], &tmp));
  if (it == impl_->by_first.end()) return false;
  for (const Entry& e : it->second) {
    if (e.kind != kClauseBreak) continue;
    bool ok = i + 1 + e.rest.size() <= s.tokens.size();
    for (size_t k = 0; ok && k < e.rest.size(); ++k) {
      ok = folded(s.tokens[i + 1 + k], &tmp) == e.rest[k];
    }
    if (ok) return true;
  }
  return false;
}

Tense DateLexicon::TenseOf(const Sentence& s, size_t first,
                           size_t end) const {
  const Impl& x = *impl_;
  end = std::min(end, s.tokens.size());
  bool future = false, past = false, anterior = false;
  for (size_t k = first; k < end; ++k) {
    const Reading* r = s.tokens[k].chosen();
    if (!r) continue;
    bool is_past = false;
    for (const std::string& t : x.past_tags) is_past = is_past || r->HasTag(t);
    for (const std::string& t : x.future_tags) future = future || r->HasTag(t);
    if (Contains(x.future_words, r->folded_lemma)) future = true;
    bool perfect = false;
    if (Contains(x.perfect_aux, r->folded_lemma)) {
      for (size_t q = k + 1; q < end && !perfect; ++q) {
        const Reading* rq = s.tokens[q].chosen();
        perfect = rq && rq->HasTag("pp");
      }
    }
    if (perfect && is_past) {
      anterior = true;
    } else if (perfect || is_past) {
      past = true;
    }
  }
  if (future) return Tense::kFuture;
  if (anterior) return Tense::kAnterior;
  if (past) return Tense::kPast;
  // A past participle without an auxiliary ("l'autoroute, bloquée mardi",
  // "three soldiers killed Monday") reports what was done.
  for (size_t k = first; k < end; ++k) {
    const Reading* r = s.tokens[k].chosen();
    if (r && r->pos == Pos::kVerb && r->HasTag("pp")) return Tense::kPast;
  }
  return Tense::kUnknown;
}

}  // namespace dyad
