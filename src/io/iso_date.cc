// NormalizeIsoDate: ISO 8601 extended dates and date-times to "YYYY-MM-DD".
#include <string>
#include <string_view>

#include "dyad/document_reader.h"

namespace dyad {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Parses exactly `n` digits at s[*pos] into *value and advances *pos.
bool Digits(std::string_view s, size_t* pos, int n, int* value) {
  if (s.size() - *pos < static_cast<size_t>(n)) return false;
  int v = 0;
  for (int i = 0; i < n; ++i) {
    const char c = s[*pos + i];
    if (!IsDigit(c)) return false;
    v = v * 10 + (c - '0');
  }
  *pos += n;
  *value = v;
  return true;
}

bool Consume(std::string_view s, size_t* pos, char c) {
  if (*pos < s.size() && s[*pos] == c) {
    ++*pos;
    return true;
  }
  return false;
}

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

// "HH:MM[:SS[(.|,)f+]][Z|(+|-)HH[[:]MM]]" starting at *pos; true when it
// runs exactly to the end of `s`.
bool ParseTime(std::string_view s, size_t pos) {
  int hour = 0, minute = 0, second = 0, zh = 0, zm = 0;
  if (!Digits(s, &pos, 2, &hour) || hour > 23) return false;
  if (!Consume(s, &pos, ':') || !Digits(s, &pos, 2, &minute) || minute > 59) {
    return false;
  }
  if (Consume(s, &pos, ':')) {
    if (!Digits(s, &pos, 2, &second) || second > 60) return false;  // leap s
    if (Consume(s, &pos, '.') || Consume(s, &pos, ',')) {
      const size_t start = pos;
      while (pos < s.size() && IsDigit(s[pos])) ++pos;
      if (pos == start) return false;
    }
  }
  if (pos == s.size()) return true;  // local time
  if (Consume(s, &pos, 'Z') || Consume(s, &pos, 'z')) return pos == s.size();
  if (!Consume(s, &pos, '+') && !Consume(s, &pos, '-')) return false;
  if (!Digits(s, &pos, 2, &zh) || zh > 23) return false;
  if (pos == s.size()) return true;  // "+01"
  Consume(s, &pos, ':');             // "+01:00" or the common "+0100"
  if (!Digits(s, &pos, 2, &zm) || zm > 59) return false;
  return pos == s.size();
}

}  // namespace

bool NormalizeIsoDate(std::string_view in, std::string* out) {
  // Surrounding blanks are tolerated; anything else must be ISO 8601.
  while (!in.empty() && (in.front() == ' ' || in.front() == '\t')) {
    in.remove_prefix(1);
  }
  while (!in.empty() && (in.back() == ' ' || in.back() == '\t' ||
                         in.back() == '\r' || in.back() == '\n')) {
    in.remove_suffix(1);
  }
  size_t pos = 0;
  int year = 0, month = 0, day = 0;
  if (!Digits(in, &pos, 4, &year) || !Consume(in, &pos, '-') ||
      !Digits(in, &pos, 2, &month) || !Consume(in, &pos, '-') ||
      !Digits(in, &pos, 2, &day)) {
    return false;
  }
  if (month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
    return false;
  }
  if (pos != in.size()) {
    const char sep = in[pos];
    if (sep != 'T' && sep != 't' && sep != ' ') return false;
    if (!ParseTime(in, pos + 1)) return false;
  }
  // The date part is kept as written: a local publication date is what the
  // reader of the article saw, so no conversion to UTC.
  out->assign(in.substr(0, 10));
  return true;
}

}  // namespace dyad
