// EventStore: storing, replacing, idempotence, every filter, every
// aggregation, one-a-day, and bad paths.
#include "dyad/event_store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace dyad {
namespace {

namespace fs = std::filesystem;

Actor MakeActor(const std::string& cameo, const std::string& country,
                const std::string& sector, uint32_t begin) {
  Actor a;
  a.name = cameo + " name";
  a.text = cameo + " text";
  a.span = {begin, begin + 5};
  a.country = country;
  a.sector = sector;
  a.cameo = cameo;
  return a;
}

Event MakeEvent(const std::string& doc, int n, const std::string& date,
                const std::string& src, const std::string& tgt,
                const std::string& cameo, double goldstein, int quad) {
  Event e;
  e.event_id = doc + "-" + std::to_string(n);
  e.doc_id = doc;
  e.sentence = n;
  e.span = {static_cast<uint32_t>(n * 10), static_cast<uint32_t>(n * 10 + 9)};
  e.date = date;
  e.date_precision = date.empty() ? "" : "day";
  if (!src.empty())
    e.source = MakeActor(src, src.substr(0, 3), src.substr(3), 0);
  if (!tgt.empty())
    e.target = MakeActor(tgt, tgt.substr(0, 3), tgt.substr(3), 6);
  e.cameo = cameo;
  e.plover_type = cameo.substr(0, 2) == "19" ? "ASSAULT" : "CONSULT";
  e.goldstein = goldstein;
  e.quad_class = quad;
  e.trigger_text = "attacked";
  e.trigger_span = {2, 10};
  e.confidence = 0.8;
  e.rule = "test#1";
  return e;
}

DocumentRecord Coded(const std::string& id, const std::string& text,
                     std::vector<Event> events) {
  DocumentRecord r;
  r.doc.id = id;
  r.doc.text = text;
  r.doc.lang = "fr";
  r.doc.date = "2020-02-17";
  r.doc.url = "https://example.org/" + id;
  r.coded = true;
  for (Event& e : events) {
    e.doc_id = id;
    r.contexts.push_back(
        {0, static_cast<uint32_t>(std::min<size_t>(text.size(), 10))});
  }
  r.events = std::move(events);
  return r;
}

class EventStoreTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_store_test_" + std::to_string(getpid()) + "_" +
            testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    auto s = EventStore::Open((dir_ / "events.sqlite").string(), true);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
  }
  void TearDown() override {
    store_.reset();
    fs::remove_all(dir_);
  }

  // Three documents: a Turkish-Syrian exchange over two days and a month
  // later, with a location, a negated event and an undated one.
  PutCounts PutSample() {
    std::vector<Event> a = {
        MakeEvent("a", 0, "2020-02-17", "SYRMIL", "TURMIL", "190", -10, 4),
        MakeEvent("a", 1, "2020-02-17", "SYRMIL", "TURMIL", "190", -10, 4),
        MakeEvent("a", 2, "2020-02-18", "TURGOV", "SYRGOV", "111", -2, 3)};
    a[2].negated = true;
    Location idlib;
    idlib.name = "Idlib";
    idlib.text = "Idleb";
    idlib.country = "SYR";
    idlib.lat = 35.93;
    idlib.lon = 36.63;
    idlib.geonames_id = 169389;
    a[0].location = idlib;
    std::vector<Event> b = {
        MakeEvent("b", 0, "2020-02-17", "SYRMIL", "TURMIL", "190", -10, 4),
        MakeEvent("b", 1, "2020-03-20", "RUSGOV", "TURGOV", "040", 1, 1),
        MakeEvent("b", 2, "", "FRAGOV", "", "010", 0, 1)};
    PutCounts counts;
    EXPECT_TRUE(store_
                    ->Put({Coded("a", "Le texte de a, assez long.", a),
                           Coded("b", "Le texte de b, assez long.", b)},
                          &counts)
                    .ok());
    return counts;
  }

  int64_t CountOf(const EventQuery& q) {
    auto n = store_->Count(q);
    EXPECT_TRUE(n.ok()) << n.status().ToString();
    return n.ok() ? *n : -1;
  }

  fs::path dir_;
  std::unique_ptr<EventStore> store_;
};

TEST_F(EventStoreTest, StoresAndReadsBackEveryField) {
  PutSample();
  EventQuery q;
  q.doc = "a";
  auto events = store_->Find(q);
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 3u);
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ(e.event.event_id, "a-0");
  EXPECT_EQ(e.event.doc_id, "a");
  EXPECT_EQ(e.event.source->cameo, "SYRMIL");
  EXPECT_EQ(e.event.source->country, "SYR");
  EXPECT_EQ(e.event.source->org, "");
  EXPECT_EQ(e.event.target->span.begin, 6u);
  EXPECT_EQ(e.event.cameo, "190");
  EXPECT_EQ(e.event.plover_type, "ASSAULT");
  EXPECT_DOUBLE_EQ(e.event.goldstein, -10);
  ASSERT_TRUE(e.event.location.has_value());
  EXPECT_EQ(e.event.location->geonames_id, 169389);
  EXPECT_EQ(e.event.trigger_span.end, 10u);
  EXPECT_EQ(e.context_text, "Le texte d");
  EXPECT_EQ(e.doc_url, "https://example.org/a");
  EXPECT_EQ(e.stored_at.size(), 14u);
  EXPECT_EQ(e.mentions, 1);
  EXPECT_FALSE((*events)[1].event.location.has_value());
  EXPECT_TRUE((*events)[2].event.negated);
}

TEST_F(EventStoreTest, SameDocumentAgainIsNotDuplicated) {
  PutCounts first = PutSample();
  EXPECT_EQ(first.added, 2);
  EXPECT_EQ(first.events, 6);
  PutCounts again = PutSample();
  EXPECT_EQ(again.added, 0);
  EXPECT_EQ(again.unchanged, 2);
  EXPECT_EQ(again.events, 0);
  auto totals = store_->Totals();
  ASSERT_TRUE(totals.ok());
  EXPECT_EQ(totals->documents, 2);
  EXPECT_EQ(totals->events, 6);
}

TEST_F(EventStoreTest, ChangedTextReplacesTheEvents) {
  PutSample();
  PutCounts counts;
  ASSERT_TRUE(store_
                  ->Put({Coded("a", "Un autre texte.",
                               {MakeEvent("a", 0, "2020-02-19", "USAGOV",
                                          "IRNGOV", "042", 1.9, 1)})},
                        &counts)
                  .ok());
  EXPECT_EQ(counts.replaced, 1);
  EXPECT_EQ(counts.added, 0);
  EventQuery q;
  q.doc = "a";
  auto events = store_->Find(q);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].event.cameo, "042");
  EXPECT_EQ(store_->Totals()->events, 4);
}

TEST_F(EventStoreTest, SkippedDocumentsAreKeptWithTheirReason) {
  DocumentRecord r;
  r.doc.id = "bad.jsonl:3";
  r.reason = "bad JSON";
  r.detail = "unexpected end";
  PutCounts counts;
  ASSERT_TRUE(store_->Put({r}, &counts).ok());
  ASSERT_TRUE(store_->Put({r}, &counts).ok());
  EXPECT_EQ(counts.added, 1);
  EXPECT_EQ(counts.unchanged, 1);
  auto t = store_->Totals();
  EXPECT_EQ(t->skipped, 1);
  EXPECT_EQ(t->coded, 0);
}

TEST_F(EventStoreTest, EveryFilter) {
  PutSample();
  EventQuery q;
  EXPECT_EQ(CountOf(q), 6);
  q = {};
  q.from = "2020-02-18";
  EXPECT_EQ(CountOf(q), 2);
  q.to = "2020-02-18";
  EXPECT_EQ(CountOf(q), 1);
  q = {};
  q.country = "tur";  // case ignored
  EXPECT_EQ(CountOf(q), 5);
  q = {};
  q.actor = "TURGOV";
  EXPECT_EQ(CountOf(q), 2);
  q = {};
  q.actor = "TUR";  // a prefix
  EXPECT_EQ(CountOf(q), 5);
  q = {};
  q.source = "SYR";
  q.target = "TURMIL";
  EXPECT_EQ(CountOf(q), 3);
  q = {};
  q.root = "19";
  EXPECT_EQ(CountOf(q), 3);
  q = {};
  q.code = "11";
  EXPECT_EQ(CountOf(q), 1);
  q = {};
  q.plover = "assault";
  EXPECT_EQ(CountOf(q), 3);
  q = {};
  q.place = "idlib";
  EXPECT_EQ(CountOf(q), 1);
  q.place = "Idleb";  // the words of the text
  EXPECT_EQ(CountOf(q), 1);
  q.place = "169389";
  EXPECT_EQ(CountOf(q), 1);
  q = {};
  q.negated = true;
  EXPECT_EQ(CountOf(q), 1);
  q.negated = false;
  EXPECT_EQ(CountOf(q), 5);
  q = {};
  q.doc = "b";
  EXPECT_EQ(CountOf(q), 3);
  // A filter value is data, never SQL.
  q = {};
  q.place = "x' OR 1=1 --";
  EXPECT_EQ(CountOf(q), 0);
}

TEST_F(EventStoreTest, PagingAndOrder) {
  PutSample();
  EventQuery q;
  q.limit = 2;
  q.offset = 1;
  auto page = store_->Find(q);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->size(), 2u);
  EXPECT_EQ((*page)[0].event.date, "2020-02-17");
  q.limit = -1;
  q.offset = 0;
  auto all = store_->Find(q);
  ASSERT_EQ(all->size(), 6u);
  EXPECT_EQ(all->back().event.date, "");  // undated last
  EXPECT_EQ((*all)[4].event.date, "2020-03-20");
}

TEST_F(EventStoreTest, BadFiltersAreRefusedWithWhatToWrite) {
  EventQuery q;
  q.from = "17/02/2020";
  Status s = store_->Count(q).status();
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(s.message().find("YYYY-MM-DD"), std::string::npos);
  q = {};
  q.root = "1";
  EXPECT_FALSE(q.Validate().ok());
  q = {};
  q.code = "19a";
  EXPECT_FALSE(q.Validate().ok());
  q = {};
  q.country = "SYRIA";
  EXPECT_FALSE(q.Validate().ok());
  q = {};
  q.from = "2020-03-01";
  q.to = "2020-02-01";
  EXPECT_FALSE(q.Validate().ok());
  q = {};
  q.offset = -1;
  EXPECT_FALSE(q.Validate().ok());
}

TEST_F(EventStoreTest, OneADayMergesAndCountsMentions) {
  PutSample();
  EventQuery q;
  q.one_a_day = true;
  // a-0, a-1 and b-0: same date, dyad and code → one event, 3 mentions.
  EXPECT_EQ(CountOf(q), 4);
  q.root = "19";
  auto events = store_->Find(q);
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].mentions, 3);
  EXPECT_EQ((*events)[0].articles, 2);
  EXPECT_EQ((*events)[0].event.event_id, "a-0");  // the first stored
}

TEST_F(EventStoreTest, Timeline) {
  PutSample();
  auto days = store_->Timeline({}, Period::kDay);
  ASSERT_TRUE(days.ok());
  ASSERT_EQ(days->size(), 3u);  // the undated event is not counted
  EXPECT_EQ((*days)[0].period, "2020-02-17");
  EXPECT_EQ((*days)[0].events, 3);
  EXPECT_EQ((*days)[0].quad[3], 3);
  EXPECT_EQ((*days)[1].quad[2], 1);
  auto weeks = store_->Timeline({}, Period::kWeek);
  ASSERT_TRUE(weeks.ok());
  ASSERT_EQ(weeks->size(), 2u);
  EXPECT_EQ((*weeks)[0].period, "2020-02-17");  // a Monday
  EXPECT_EQ((*weeks)[0].events, 4);
  EXPECT_EQ((*weeks)[1].period, "2020-03-16");  // 2020-03-20's Monday
  auto months = store_->Timeline({}, Period::kMonth);
  ASSERT_EQ(months->size(), 2u);
  EXPECT_EQ((*months)[0].period, "2020-02");
  EventQuery dedup;
  dedup.one_a_day = true;
  EXPECT_EQ((*store_->Timeline(dedup, Period::kDay))[0].events, 1);
}

TEST_F(EventStoreTest, DyadsActorsCountries) {
  PutSample();
  auto by_month = store_->DyadsByPeriod({}, Period::kMonth);
  ASSERT_TRUE(by_month.ok());
  ASSERT_EQ(by_month->size(), 3u);
  EXPECT_EQ((*by_month)[0].period, "2020-02");
  EXPECT_EQ((*by_month)[0].source, "SYRMIL");
  EXPECT_EQ((*by_month)[0].events, 3);
  EXPECT_DOUBLE_EQ((*by_month)[0].goldstein, -10);

  auto dyads = store_->TopDyads({}, 2);
  ASSERT_TRUE(dyads.ok());
  ASSERT_EQ(dyads->size(), 2u);
  EXPECT_EQ((*dyads)[0].target, "TURMIL");
  EXPECT_EQ((*dyads)[0].events, 3);

  auto actors = store_->TopActors({}, 3);
  ASSERT_TRUE(actors.ok());
  ASSERT_EQ(actors->size(), 3u);
  EXPECT_EQ((*actors)[0].actor, "SYRMIL");  // 3, tied with TURMIL: by name
  EXPECT_EQ((*actors)[0].events, 3);
  EXPECT_EQ((*actors)[1].actor, "TURMIL");

  auto countries = store_->Countries({}, 10);
  ASSERT_TRUE(countries.ok());
  ASSERT_GE(countries->size(), 1u);
  EXPECT_EQ((*countries)[0].country, "SYR");
  EXPECT_EQ((*countries)[0].events, 3);  // a-0 (location), a-1, b-0
  ASSERT_TRUE((*countries)[0].lat.has_value());
  EXPECT_NEAR(*(*countries)[0].lat, 35.93, 1e-9);
}

TEST_F(EventStoreTest, NumberedIdsContinue) {
  EXPECT_EQ(*store_->MaxNumberedId("posted-"), 0);
  ASSERT_TRUE(
      store_
          ->Put({Coded("posted-7", "x", {}), Coded("posted-12", "y", {}),
                 Coded("postedX", "z", {})})
          .ok());
  EXPECT_EQ(*store_->MaxNumberedId("posted-"), 12);
}

TEST_F(EventStoreTest, ReopensAndSharesTheFileBetweenConnections) {
  PutSample();
  auto other = EventStore::Open(store_->path(), false);
  ASSERT_TRUE(other.ok()) << other.status().ToString();
  EXPECT_EQ((*other)->Totals()->events, 6);
}

TEST(EventStoreOpenTest, BadPathsSayWhatToDo) {
  auto missing = EventStore::Open("/nonexistent-dir/x/events.sqlite", true);
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("directory"), std::string::npos);

  auto absent = EventStore::Open("/tmp/dyad-no-such-db.sqlite", false);
  ASSERT_FALSE(absent.ok());
  EXPECT_EQ(absent.status().code(), StatusCode::kNotFound);
  EXPECT_NE(absent.status().message().find("dyad code --db"),
            std::string::npos);

  auto dir = EventStore::Open("/tmp", true);
  ASSERT_FALSE(dir.ok());

  const std::string junk = "/tmp/dyad-store-junk-" + std::to_string(getpid());
  std::ofstream(junk) << std::string(4096, 'x');
  auto not_db = EventStore::Open(junk, true);
  ASSERT_FALSE(not_db.ok());
  EXPECT_EQ(not_db.status().code(), StatusCode::kDataLoss);
  std::remove(junk.c_str());
}

}  // namespace
}  // namespace dyad
