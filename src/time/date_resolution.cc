// ResolveDate: calendar arithmetic on date mentions (see dyad/dates.h),
// with the C++20 calendar types (proleptic Gregorian, no time zones).
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "dyad/dates.h"

namespace dyad {
namespace {

namespace chr = std::chrono;

chr::year_month_day Ymd(const CivilDay& d) {
  return chr::year_month_day{chr::year{d.year},
                             chr::month{static_cast<unsigned>(d.month)},
                             chr::day{static_cast<unsigned>(d.day)}};
}

CivilDay FromYmd(const chr::year_month_day& ymd) {
  return {static_cast<int>(ymd.year()), static_cast<int>(unsigned(ymd.month())),
          static_cast<int>(unsigned(ymd.day()))};
}

chr::sys_days Days(const CivilDay& d) { return chr::sys_days{Ymd(d)}; }

CivilDay AddDays(const CivilDay& d, int n) {
  return FromYmd(chr::year_month_day{Days(d) + chr::days{n}});
}

// The first day of the month `n` months from d's month.
CivilDay AddMonths(const CivilDay& d, int n) {
  const int index = d.year * 12 + (d.month - 1) + n;
  const int y = index >= 0 ? index / 12 : (index - 11) / 12;
  return {y, index - y * 12 + 1, 1};
}

// 1 (Monday) .. 7 (Sunday).
int Weekday(const CivilDay& d) {
  return static_cast<int>(chr::weekday{Days(d)}.iso_encoding());
}

int DayDiff(const CivilDay& a, const CivilDay& b) {  // a - b in days
  return static_cast<int>((Days(a) - Days(b)).count());
}

bool Valid(int y, int m, int d) {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  return Ymd({y, m, d}).ok();
}

ResolvedDate Day(const CivilDay& d, DatePrecision p = DatePrecision::kDay) {
  if (!Valid(d.year, d.month, d.day)) return {};
  return {FormatCivilDay(d), p};
}

// A day and month without a year, from the publication date.
ResolvedDate DayMonth(const DateMention& m, const CivilDay& pub,
                      TimeDirection dir) {
  // Candidates around the publication year; a given weekday picks among
  // them ("mardi 4 février" is the 4 February that is a Tuesday).
  CivilDay best;
  int best_score = 1 << 30;
  for (int y = pub.year - 1; y <= pub.year + 1; ++y) {
    if (!Valid(y, m.month, m.day)) continue;  // 29 February
    const CivilDay c{y, m.month, m.day};
    const int diff = DayDiff(c, pub);
    int score = std::abs(diff);
    if (dir == TimeDirection::kPast && diff > 0) score += 1000;
    if (dir == TimeDirection::kFuture && diff < 0) score += 1000;
    if (diff < 0) score = score * 2;      // ties go to the past
    else score = score * 2 + 1;
    if (m.weekday != 0 && Weekday(c) != m.weekday) score += 1 << 20;
    if (score < best_score) {
      best_score = score;
      best = c;
    }
  }
  if (best.year == 0) return {};
  return Day(best);
}

// A month without a year.
ResolvedDate Month(int month, int direction, const CivilDay& pub,
                   TimeDirection dir) {
  int y = pub.year;
  const int diff = month - pub.month;  // in the publication year
  if (direction != 0) {  // "mars dernier" is before this month, strictly
    if (direction < 0 && diff >= 0) --y;
    if (direction > 0 && diff <= 0) ++y;
    return Day({y, month, 1}, DatePrecision::kMonth);
  }
  switch (dir) {
    case TimeDirection::kPast:
      if (diff > 0) --y;
      break;
    case TimeDirection::kFuture:
      if (diff < 0) ++y;
      break;
    case TimeDirection::kNearest:
      if (diff > 6) --y;
      if (diff < -6) ++y;
      break;
  }
  return Day({y, month, 1}, DatePrecision::kMonth);
}

ResolvedDate WeekdayDate(const DateMention& m, const CivilDay& pub,
                         TimeDirection dir) {
  const int today = Weekday(pub);
  const int back = (today - m.weekday + 7) % 7;  // 0..6 days back
  const int ahead = (m.weekday - today + 7) % 7;  // 0..6 days ahead
  int delta = 0;
  if (m.direction < 0) {
    delta = -(back == 0 ? 7 : back);
  } else if (m.direction > 0) {
    delta = ahead == 0 ? 7 : ahead;
  } else if (dir == TimeDirection::kPast) {
    delta = -back;  // on a Monday, "lundi" in the past is that Monday
  } else if (dir == TimeDirection::kFuture) {
    delta = ahead == 0 ? 7 : ahead;  // "se rendra lundi" on a Monday: next
  } else {
    delta = back <= ahead ? -back : ahead;
  }
  return Day(AddDays(pub, delta));
}

}  // namespace

bool ParseCivilDay(std::string_view s, CivilDay* out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  int v[3] = {0, 0, 0};
  const int start[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int f = 0; f < 3; ++f) {
    for (int i = 0; i < len[f]; ++i) {
      const char c = s[start[f] + i];
      if (c < '0' || c > '9') return false;
      v[f] = v[f] * 10 + (c - '0');
    }
  }
  if (!Valid(v[0], v[1], v[2])) return false;
  *out = {v[0], v[1], v[2]};
  return true;
}

std::string FormatCivilDay(const CivilDay& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year % 10000,
                d.month % 100, d.day % 100);
  return buf;
}

std::string_view DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kWeek:
      return "week";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kNone:
      break;
  }
  return "";
}

std::string_view TenseName(Tense t) {
  switch (t) {
    case Tense::kPast:
      return "past";
    case Tense::kAnterior:
      return "anterior";
    case Tense::kFuture:
      return "future";
    case Tense::kUnknown:
      break;
  }
  return "unknown";
}

ResolvedDate ResolveDate(const DateMention& m, std::string_view publication,
                         TimeDirection dir) {
  CivilDay pub;
  const bool has_pub = ParseCivilDay(publication, &pub);
  if (m.kind == DateMention::Kind::kCalendar) {
    if (m.year != 0) {
      if (m.day != 0) {
        if (!Valid(m.year, m.month, m.day)) return {};
        return Day({m.year, m.month, m.day});
      }
      if (m.month != 0) {
        if (!Valid(m.year, m.month, 1)) return {};
        return Day({m.year, m.month, 1}, DatePrecision::kMonth);
      }
      if (!Valid(m.year, 1, 1)) return {};
      return Day({m.year, 1, 1}, DatePrecision::kYear);
    }
    if (!has_pub || m.month < 1 || m.month > 12) return {};
    if (m.day != 0) return DayMonth(m, pub, dir);
    return Month(m.month, m.direction, pub, dir);
  }
  if (!has_pub || m.offset < -10000 || m.offset > 10000) return {};
  switch (m.kind) {
    case DateMention::Kind::kWeekday:
      if (m.weekday < 1 || m.weekday > 7) return {};
      return WeekdayDate(m, pub, dir);
    case DateMention::Kind::kDayOffset:
      return Day(AddDays(pub, m.offset));
    case DateMention::Kind::kPeriod:
      switch (m.unit) {
        case DatePrecision::kWeek:
          return Day(AddDays(pub, 7 * m.offset - (Weekday(pub) - 1)),
                     DatePrecision::kWeek);
        case DatePrecision::kMonth:
          return Day(AddMonths(pub, m.offset), DatePrecision::kMonth);
        case DatePrecision::kYear:
          return Day({pub.year + m.offset, 1, 1}, DatePrecision::kYear);
        default:
          return Day(AddDays(pub, m.offset));
      }
    case DateMention::Kind::kAgo:
      switch (m.unit) {
        case DatePrecision::kWeek:
          return Day(AddDays(pub, -7 * m.offset), DatePrecision::kWeek);
        case DatePrecision::kMonth: {
          CivilDay d = AddMonths(pub, -m.offset);
          d.day = pub.day;
          while (!Valid(d.year, d.month, d.day)) --d.day;  // 31 → 30
          return Day(d, DatePrecision::kMonth);
        }
        case DatePrecision::kYear: {
          CivilDay d{pub.year - m.offset, pub.month, pub.day};
          if (!Valid(d.year, d.month, d.day)) d.day = 28;  // 29 February
          return Day(d, DatePrecision::kYear);
        }
        default:
          return Day(AddDays(pub, -m.offset));
      }
    case DateMention::Kind::kCalendar:
      break;
  }
  return {};
}

}  // namespace dyad
