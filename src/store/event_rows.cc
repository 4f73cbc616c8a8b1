#include "store/event_rows.h"

namespace dyad::store {

const char kSchemaSql[] = R"sql(
CREATE TABLE documents (
  id TEXT PRIMARY KEY NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('coded', 'skipped')),
  reason TEXT,            -- skip reason ("bad JSON"), NULL when coded
  detail TEXT,
  lang TEXT, date TEXT, title TEXT, url TEXT,
  origin TEXT, line INTEGER,
  text TEXT,              -- NULL when the reader could not use the input
  events INTEGER NOT NULL DEFAULT 0,
  stored_at TEXT NOT NULL -- UTC YYYYMMDDHHMMSS
);
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  event_id TEXT NOT NULL, sentence INTEGER NOT NULL,
  span_begin INTEGER NOT NULL, span_end INTEGER NOT NULL,
  date TEXT, date_precision TEXT,
  src_name TEXT, src_text TEXT, src_begin INTEGER, src_end INTEGER,
  src_country TEXT, src_org TEXT, src_sector TEXT, src_cameo TEXT, src_id TEXT,
  tgt_name TEXT, tgt_text TEXT, tgt_begin INTEGER, tgt_end INTEGER,
  tgt_country TEXT, tgt_org TEXT, tgt_sector TEXT, tgt_cameo TEXT, tgt_id TEXT,
  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL,
  plover_type TEXT, plover_mode TEXT,
  goldstein REAL NOT NULL, quad_class INTEGER NOT NULL,
  loc_name TEXT, loc_text TEXT, loc_country TEXT,
  loc_lat REAL, loc_lon REAL, loc_geonames_id INTEGER,
  trigger_text TEXT NOT NULL, trigger_begin INTEGER, trigger_end INTEGER,
  negated INTEGER NOT NULL, modality TEXT NOT NULL, fatalities INTEGER,
  confidence REAL NOT NULL, rule TEXT NOT NULL,
  context_begin INTEGER, context_end INTEGER, context_text TEXT
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_date ON events (date);
CREATE INDEX events_src ON events (src_cameo);
CREATE INDEX events_tgt ON events (tgt_cameo);
CREATE INDEX events_src_country ON events (src_country);
CREATE INDEX events_tgt_country ON events (tgt_country);
CREATE INDEX events_cameo ON events (cameo);
CREATE INDEX events_root ON events (cameo_root);
CREATE INDEX events_plover ON events (plover_type);
CREATE INDEX events_place ON events (loc_name COLLATE NOCASE);
CREATE INDEX events_geonames ON events (loc_geonames_id);
)sql";

const char kEventColumns[] =
    "doc_id, event_id, sentence, span_begin, span_end, date, date_precision, "
    "src_name, src_text, src_begin, src_end, src_country, src_org, "
    "src_sector, src_cameo, src_id, "
    "tgt_name, tgt_text, tgt_begin, tgt_end, tgt_country, tgt_org, "
    "tgt_sector, tgt_cameo, tgt_id, "
    "cameo, cameo_root, plover_type, plover_mode, goldstein, quad_class, "
    "loc_name, loc_text, loc_country, loc_lat, loc_lon, loc_geonames_id, "
    "trigger_text, trigger_begin, trigger_end, negated, modality, fatalities, "
    "confidence, rule, context_begin, context_end, context_text";

namespace {

void BindActor(const std::optional<Actor>& a, int* i, SqlStatement* stmt) {
  if (!a) {
    for (int k = 0; k < 9; ++k) stmt->Bind((*i)++, std::monostate{});
    return;
  }
  stmt->Bind((*i)++, TextOrNull(a->name));
  stmt->Bind((*i)++, a->text);
  stmt->Bind((*i)++, static_cast<int64_t>(a->span.begin));
  stmt->Bind((*i)++, static_cast<int64_t>(a->span.end));
  stmt->Bind((*i)++, TextOrNull(a->country));
  stmt->Bind((*i)++, TextOrNull(a->org));
  stmt->Bind((*i)++, TextOrNull(a->sector));
  stmt->Bind((*i)++, TextOrNull(a->cameo));
  stmt->Bind((*i)++, TextOrNull(a->id));
}

std::optional<Actor> ReadActor(const SqlStatement& s, int* col) {
  const int c = *col;
  *col += 9;
  if (s.IsNull(c + 1)) return std::nullopt;
  Actor a;
  a.name = s.Text(c);
  a.text = s.Text(c + 1);
  a.span = {static_cast<uint32_t>(s.Int(c + 2)),
            static_cast<uint32_t>(s.Int(c + 3))};
  a.country = s.Text(c + 4);
  a.org = s.Text(c + 5);
  a.sector = s.Text(c + 6);
  a.cameo = s.Text(c + 7);
  a.id = s.Text(c + 8);
  return a;
}

}  // namespace

void BindEvent(const Event& e, Span context, std::string_view context_text,
               SqlStatement* stmt) {
  int i = 1;
  stmt->Bind(i++, e.doc_id);
  stmt->Bind(i++, e.event_id);
  stmt->Bind(i++, static_cast<int64_t>(e.sentence));
  stmt->Bind(i++, static_cast<int64_t>(e.span.begin));
  stmt->Bind(i++, static_cast<int64_t>(e.span.end));
  stmt->Bind(i++, TextOrNull(e.date));
  stmt->Bind(i++, TextOrNull(e.date_precision));
  BindActor(e.source, &i, stmt);
  BindActor(e.target, &i, stmt);
  stmt->Bind(i++, e.cameo);
  stmt->Bind(i++, e.cameo_root());
  stmt->Bind(i++, TextOrNull(e.plover_type));
  stmt->Bind(i++, TextOrNull(e.plover_mode));
  stmt->Bind(i++, e.goldstein);
  stmt->Bind(i++, static_cast<int64_t>(e.quad_class));
  if (e.location) {
    const Location& l = *e.location;
    stmt->Bind(i++, TextOrNull(l.name));
    stmt->Bind(i++, l.text);
    stmt->Bind(i++, TextOrNull(l.country));
    stmt->Bind(i++, l.lat);
    stmt->Bind(i++, l.lon);
    stmt->Bind(i++, l.geonames_id == 0 ? SqlValue(std::monostate{})
                                       : SqlValue(l.geonames_id));
  } else {
    for (int k = 0; k < 6; ++k) stmt->Bind(i++, std::monostate{});
  }
  stmt->Bind(i++, e.trigger_text);
  stmt->Bind(i++, static_cast<int64_t>(e.trigger_span.begin));
  stmt->Bind(i++, static_cast<int64_t>(e.trigger_span.end));
  stmt->Bind(i++, static_cast<int64_t>(e.negated ? 1 : 0));
  stmt->Bind(i++, e.modality);
  stmt->Bind(
      i++, e.fatalities ? SqlValue(*e.fatalities) : SqlValue(std::monostate{}));
  stmt->Bind(i++, e.confidence);
  stmt->Bind(i++, e.rule);
  stmt->Bind(i++, static_cast<int64_t>(context.begin));
  stmt->Bind(i++, static_cast<int64_t>(context.end));
  stmt->Bind(i++, std::string(context_text));
}

void ReadEvent(const SqlStatement& s, int col, StoredEvent* out) {
  Event& e = out->event;
  e.doc_id = s.Text(col++);
  e.event_id = s.Text(col++);
  e.sentence = static_cast<int>(s.Int(col++));
  e.span.begin = static_cast<uint32_t>(s.Int(col++));
  e.span.end = static_cast<uint32_t>(s.Int(col++));
  e.date = s.Text(col++);
  e.date_precision = s.Text(col++);
  e.source = ReadActor(s, &col);
  e.target = ReadActor(s, &col);
  e.cameo = s.Text(col++);
  ++col;  // cameo_root: derived from cameo
  e.plover_type = s.Text(col++);
  e.plover_mode = s.Text(col++);
  e.goldstein = s.Real(col++);
  e.quad_class = static_cast<int>(s.Int(col++));
  if (!s.IsNull(col + 1)) {
    Location l;
    l.name = s.Text(col);
    l.text = s.Text(col + 1);
    l.country = s.Text(col + 2);
    l.lat = s.Real(col + 3);
    l.lon = s.Real(col + 4);
    l.geonames_id = s.Int(col + 5);
    e.location = std::move(l);
  } else {
    e.location.reset();
  }
  col += 6;
  e.trigger_text = s.Text(col++);
  e.trigger_span.begin = static_cast<uint32_t>(s.Int(col++));
  e.trigger_span.end = static_cast<uint32_t>(s.Int(col++));
  e.negated = s.Int(col++) != 0;
  e.modality = s.Text(col++);
  if (s.IsNull(col)) {
    e.fatalities.reset();
  } else {
    e.fatalities = s.Int(col);
  }
  ++col;
  e.confidence = s.Real(col++);
  e.rule = s.Text(col++);
  out->context.begin = static_cast<uint32_t>(s.Int(col++));
  out->context.end = static_cast<uint32_t>(s.Int(col++));
  out->context_text = s.Text(col++);
}

}  // namespace dyad::store
