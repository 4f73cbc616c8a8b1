// EventStore's queries: the filters of EventQuery as a WHERE clause with
// bound parameters, the one-a-day merge, the event listing and the
// aggregations.
#include <cctype>
#include <string>
#include <vector>

#include "dyad/event_store.h"
#include "store/event_rows.h"
#include "store/sql.h"

namespace dyad {

using store::SqlStatement;
using store::SqlValue;

namespace {

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

bool IsCode(std::string_view s, size_t max_len) {
  if (s.empty() || s.size() > max_len) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') {
      return false;
    }
  }
  return true;
}

bool IsIsoDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!IsDigits(s.substr(0, 4)) || !IsDigits(s.substr(5, 2)) ||
      !IsDigits(s.substr(8, 2))) {
    return false;
  }
  const int month = std::stoi(std::string(s.substr(5, 2)));
  const int day = std::stoi(std::string(s.substr(8, 2)));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The filters as "cond AND cond ..." with their parameters in order.
struct Where {
  std::string sql = "1";
  std::vector<SqlValue> args;

  void Add(std::string_view cond, std::initializer_list<SqlValue> values) {
    sql += " AND ";
    sql += cond;
    args.insert(args.end(), values);
  }
  // `column` starts with `prefix` (a range, so the column's index serves).
  void AddPrefix(std::string_view column, const std::string& prefix) {
    std::string cond = "(";
    cond.append(column).append(" >= ? AND ").append(column).append(" < ?)");
    Add(cond, {prefix, prefix + "\xff"});
  }
};

Where BuildWhere(const EventQuery& q) {
  Where w;
  if (!q.from.empty()) w.Add("date >= ?", {q.from});
  if (!q.to.empty()) w.Add("date <= ?", {q.to});
  if (!q.country.empty()) {
    const std::string c = Upper(q.country);
    w.Add("(src_country = ? OR tgt_country = ?)", {c, c});
  }
  if (!q.actor.empty()) {
    const std::string a = Upper(q.actor);
    w.Add(
        "((src_cameo >= ? AND src_cameo < ?) OR "
        "(tgt_cameo >= ? AND tgt_cameo < ?))",
        {a, a + "\xff", a, a + "\xff"});
  }
  if (!q.source.empty()) w.AddPrefix("src_cameo", Upper(q.source));
  if (!q.target.empty()) w.AddPrefix("tgt_cameo", Upper(q.target));
  if (!q.root.empty()) w.Add("cameo_root = ?", {q.root});
  if (!q.code.empty()) w.AddPrefix("cameo", q.code);
  if (!q.plover.empty()) w.Add("plover_type = ?", {Upper(q.plover)});
  if (!q.place.empty()) {
    if (IsDigits(q.place)) {
      w.Add("loc_geonames_id = ?", {static_cast<int64_t>(std::stoll(q.place))});
    } else {
      w.Add("(loc_name = ? COLLATE NOCASE OR loc_text = ? COLLATE NOCASE)",
            {q.place, q.place});
    }
  }
  if (q.negated) {
    w.Add("negated = ?", {static_cast<int64_t>(*q.negated ? 1 : 0)});
  }
  if (!q.doc.empty()) w.Add("doc_id = ?", {q.doc});
  return w;
}

// "WITH base AS (...)": the matching events, each with `mentions` and
// `articles`; under one_a_day, the first event of each date, source, target
// and code, counting the events it stands for.
std::string BaseCte(const EventQuery& q, const Where& w) {
  if (!q.one_a_day) {
    return "WITH base AS (SELECT *, 1 AS mentions, 1 AS articles FROM events "
           "WHERE " +
           w.sql + ") ";
  }
  return "WITH base AS (SELECT e.*, g.n AS mentions, g.a AS articles FROM "
         "(SELECT min(id) AS first, count(*) AS n, count(DISTINCT doc_id) AS "
         "a FROM events WHERE " +
         w.sql +
         " GROUP BY date, coalesce(src_cameo, src_name, ''), "
         "coalesce(tgt_cameo, tgt_name, ''), cameo) AS g "
         "JOIN events AS e ON e.id = g.first) ";
}

std::string PeriodSql(Period p) {
  switch (p) {
    case Period::kDay:
      return "date";
    case Period::kWeek:  // the Monday of the date's week
      return "date(date, 'weekday 0', '-6 days')";
    case Period::kMonth:
      return "substr(date, 1, 7)";
  }
  return "date";
}

// Prepares `sql` (after the base CTE of `q`), binds the filters then
// `extra`, and calls `row` for each result row.
template <typename RowFn>
Status Run(sqlite3* db, const EventQuery& q, const std::string& sql,
           std::vector<SqlValue> extra, RowFn row) {
  DYAD_RETURN_IF_ERROR(q.Validate());
  Where w = BuildWhere(q);
  SqlStatement st(db, BaseCte(q, w) + sql);
  DYAD_RETURN_IF_ERROR(st.status());
  w.args.insert(w.args.end(), extra.begin(), extra.end());
  st.BindAll(w.args);
  for (;;) {
    Result<bool> r = st.Step();
    if (!r.ok()) return r.status();
    if (!*r) return Status::Ok();
    if (!row(st)) return Status::Ok();
  }
}

}  // namespace

bool ParsePeriod(std::string_view name, Period* period) {
  if (name == "day") {
    *period = Period::kDay;
  } else if (name == "week") {
    *period = Period::kWeek;
  } else if (name == "month") {
    *period = Period::kMonth;
  } else {
    return false;
  }
  return true;
}

std::string_view PeriodName(Period period) {
  switch (period) {
    case Period::kDay:
      return "day";
    case Period::kWeek:
      return "week";
    case Period::kMonth:
      return "month";
  }
  return "day";
}

Status EventQuery::Validate() const {
  auto bad = [](std::string_view field, std::string_view value,
                std::string_view want) {
    return Status::InvalidArgument(std::string(field) + " '" +
                                   std::string(value.substr(0, 80)) +
                                   "' is not " + std::string(want));
  };
  if (!from.empty() && !IsIsoDate(from)) {
    return bad("from", from, "a date; write it as YYYY-MM-DD");
  }
  if (!to.empty() && !IsIsoDate(to)) {
    return bad("to", to, "a date; write it as YYYY-MM-DD");
  }
  if (!from.empty() && !to.empty() && from > to) {
    return Status::InvalidArgument("from " + from + " is after to " + to +
                                   "; swap them");
  }
  if (!country.empty() && (country.size() != 3 || !IsCode(country, 3))) {
    return bad("country", country, "an ISO 3166-1 alpha-3 code such as SYR");
  }
  if (!actor.empty() && !IsCode(actor, 32)) {
    return bad("actor", actor, "a CAMEO actor code (prefix) such as TURMIL");
  }
  if (!source.empty() && !IsCode(source, 32)) {
    return bad("source", source, "a CAMEO actor code (prefix) such as TUR");
  }
  if (!target.empty() && !IsCode(target, 32)) {
    return bad("target", target, "a CAMEO actor code (prefix) such as SYRMIL");
  }
  if (!root.empty() && (root.size() != 2 || !IsDigits(root))) {
    return bad("root", root, "a CAMEO root: two digits such as 19");
  }
  if (!code.empty() &&
      (code.size() < 2 || code.size() > 4 || !IsDigits(code))) {
    return bad("code", code, "a CAMEO event code: 2 to 4 digits such as 190");
  }
  if (!plover.empty() && !IsCode(plover, 32)) {
    return bad("plover", plover, "a PLOVER event type such as ASSAULT");
  }
  if (place.size() > 200) {
    return bad("place", place, "a place name (at most 200 bytes)");
  }
  if (doc.size() > 1000) {
    return bad("doc", doc, "a document id (at most 1000 bytes)");
  }
  if (limit < -1) {
    return Status::InvalidArgument("limit must be 0 or more");
  }
  if (offset < 0) {
    return Status::InvalidArgument("offset must be 0 or more");
  }
  return Status::Ok();
}

Status EventStore::ForEach(const EventQuery& q,
                           const std::function<bool(const StoredEvent&)>& fn) {
  const std::string sql =
      std::string("SELECT base.id, ") +
      [] {
        // Every event column, qualified (documents has some of the names).
        std::string cols;
        std::string_view all = store::kEventColumns;
        while (!all.empty()) {
          size_t comma = all.find(',');
          std::string_view c = all.substr(0, comma);
          while (!c.empty() && c.front() == ' ') c.remove_prefix(1);
          cols += "base.";
          cols += c;
          cols += ", ";
          all.remove_prefix(comma == std::string_view::npos ? all.size()
                                                            : comma + 1);
        }
        return cols;
      }() +
      "base.mentions, base.articles, d.url, d.stored_at "
      "FROM base JOIN documents AS d ON d.id = base.doc_id "
      "ORDER BY base.date NULLS LAST, base.id LIMIT ? OFFSET ?";
  StoredEvent ev;
  constexpr int kMentions = 1 + store::kEventColumnCount;
  return Run(db_, q, sql, {q.limit, q.offset}, [&](const SqlStatement& st) {
    ev.row = st.Int(0);
    store::ReadEvent(st, 1, &ev);
    ev.mentions = st.Int(kMentions);
    ev.articles = st.Int(kMentions + 1);
    ev.doc_url = st.Text(kMentions + 2);
    ev.stored_at = st.Text(kMentions + 3);
    return fn(ev);
  });
}

Result<std::vector<StoredEvent>> EventStore::Find(const EventQuery& q) {
  std::vector<StoredEvent> out;
  Status s = ForEach(q, [&](const StoredEvent& e) {
    out.push_back(e);
    return true;
  });
  if (!s.ok()) return s;
  return out;
}

Result<int64_t> EventStore::Count(const EventQuery& q) {
  int64_t n = 0;
  Status s =
      Run(db_, q, "SELECT count(*) FROM base", {}, [&](const SqlStatement& st) {
        n = st.Int(0);
        return false;
      });
  if (!s.ok()) return s;
  return n;
}

Result<std::vector<PeriodRow>> EventStore::Timeline(const EventQuery& q,
                                                    Period period) {
  std::vector<PeriodRow> out;
  Status s =
      Run(db_, q,
          "SELECT " + PeriodSql(period) +
              " AS p, count(*), sum(quad_class = 1), sum(quad_class = 2), "
              "sum(quad_class = 3), sum(quad_class = 4), avg(goldstein) "
              "FROM base WHERE date IS NOT NULL GROUP BY p ORDER BY p",
          {}, [&](const SqlStatement& st) {
            PeriodRow r;
            r.period = st.Text(0);
            r.events = st.Int(1);
            for (int i = 0; i < 4; ++i) r.quad[i] = st.Int(2 + i);
            r.goldstein = st.Real(6);
            out.push_back(std::move(r));
            return true;
          });
  if (!s.ok()) return s;
  return out;
}

namespace {
DyadRow ReadDyad(const SqlStatement& st, bool with_period) {
  DyadRow r;
  int c = 0;
  if (with_period) r.period = st.Text(c++);
  r.source = st.Text(c++);
  r.target = st.Text(c++);
  r.events = st.Int(c++);
  r.goldstein = st.Real(c++);
  return r;
}
}  // namespace

Result<std::vector<DyadRow>> EventStore::DyadsByPeriod(const EventQuery& q,
                                                       Period period) {
  std::vector<DyadRow> out;
  Status s =
      Run(db_, q,
          "SELECT " + PeriodSql(period) +
              " AS p, src_cameo, tgt_cameo, count(*) AS n, avg(goldstein) "
              "FROM base WHERE date IS NOT NULL AND src_cameo IS NOT NULL AND "
              "tgt_cameo IS NOT NULL GROUP BY p, src_cameo, tgt_cameo "
              "ORDER BY p, n DESC, src_cameo, tgt_cameo",
          {}, [&](const SqlStatement& st) {
            out.push_back(ReadDyad(st, true));
            return true;
          });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<DyadRow>> EventStore::TopDyads(const EventQuery& q,
                                                  int64_t top) {
  std::vector<DyadRow> out;
  Status s =
      Run(db_, q,
          "SELECT src_cameo, tgt_cameo, count(*) AS n, avg(goldstein) "
          "FROM base WHERE src_cameo IS NOT NULL AND tgt_cameo IS NOT NULL "
          "GROUP BY src_cameo, tgt_cameo ORDER BY n DESC, src_cameo, tgt_cameo "
          "LIMIT ?",
          {top}, [&](const SqlStatement& st) {
            out.push_back(ReadDyad(st, false));
            return true;
          });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<ActorRow>> EventStore::TopActors(const EventQuery& q,
                                                    int64_t top) {
  std::vector<ActorRow> out;
  Status s = Run(db_, q,
                 // Each event counted once as source and once as target: a
                 // join with two rows reads the events once (a UNION ALL of
                 // the base would materialise it).
                 "SELECT CASE side.k WHEN 0 THEN src_cameo ELSE tgt_cameo "
                 "END AS actor, count(*) AS n FROM base JOIN (SELECT 0 AS k "
                 "UNION ALL SELECT 1) AS side WHERE actor IS NOT NULL "
                 "GROUP BY actor ORDER BY n DESC, actor LIMIT ?",
                 {top}, [&](const SqlStatement& st) {
                   out.push_back({st.Text(0), st.Int(1)});
                   return true;
                 });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<CountryRow>> EventStore::Countries(const EventQuery& q,
                                                      int64_t top) {
  std::vector<CountryRow> out;
  Status s =
      Run(db_, q,
          "SELECT coalesce(loc_country, src_country) AS c, count(*) AS n, "
          "avg(CASE WHEN loc_country IS NOT NULL THEN loc_lat END), "
          "avg(CASE WHEN loc_country IS NOT NULL THEN loc_lon END) "
          "FROM base WHERE c IS NOT NULL GROUP BY c ORDER BY n DESC, c LIMIT ?",
          {top}, [&](const SqlStatement& st) {
            CountryRow r;
            r.country = st.Text(0);
            r.events = st.Int(1);
            if (!st.IsNull(2)) r.lat = st.Real(2);
            if (!st.IsNull(3)) r.lon = st.Real(3);
            out.push_back(std::move(r));
            return true;
          });
  if (!s.ok()) return s;
  return out;
}

Result<StoreTotals> EventStore::Totals() {
  StoreTotals t;
  SqlStatement docs(db_,
                    "SELECT count(*), ifnull(sum(status = 'coded'), 0), "
                    "ifnull(sum(status = 'skipped'), 0) FROM documents");
  DYAD_RETURN_IF_ERROR(docs.status());
  Result<bool> r = docs.Step();
  if (!r.ok()) return r.status();
  t.documents = docs.Int(0);
  t.coded = docs.Int(1);
  t.skipped = docs.Int(2);
  docs.Reset();
  SqlStatement events(db_, "SELECT count(*) FROM events");
  DYAD_RETURN_IF_ERROR(events.status());
  r = events.Step();
  if (!r.ok()) return r.status();
  t.events = events.Int(0);
  return t;
}

Result<int64_t> EventStore::MaxNumberedId(const std::string& prefix) {
  SqlStatement st(db_,
                  "SELECT ifnull(max(CAST(substr(id, ?3) AS INTEGER)), 0) "
                  "FROM documents WHERE id >= ?1 AND id < ?2");
  DYAD_RETURN_IF_ERROR(st.status());
  st.BindAll(
      {prefix, prefix + "\xff", static_cast<int64_t>(prefix.size() + 1)});
  Result<bool> r = st.Step();
  if (!r.ok()) return r.status();
  return st.Int(0);
}

}  // namespace dyad
