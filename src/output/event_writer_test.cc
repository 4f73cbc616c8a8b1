#include "dyad/event_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

// The example of docs/event-record.md, built by hand.
Event SeedEvent() {
  Event e;
  e.event_id = "d41d8cd9-3";
  e.doc_id = "seed";
  e.sentence = 6;
  e.span = {1240, 1391};
  e.date = "2020-02-17";
  e.date_precision = "day";
  e.source = Actor{"Syrian Arab Army",
                   "l'armée syrienne",
                   {1268, 1284},
                   "SYR",
                   "",
                   "MIL",
                   "SYRMIL",
                   ""};
  e.target = Actor{"Turkish Armed Forces",
                   "l'armée turque",
                   {1333, 1347},
                   "TUR",
                   "",
                   "MIL",
                   "TURMIL",
                   ""};
  e.cameo = "190";
  e.plover_type = "ASSAULT";
  e.goldstein = -10.0;
  e.quad_class = 4;
  e.location = Location{"Idlib", "Idleb", "SYR", 35.93, 36.63, 169389};
  e.trigger_text = "a lancé des attaques contre";
  e.trigger_span = {1285, 1312};
  e.confidence = 0.82;
  e.rule = "fr/verbs:attaquer#3";
  return e;
}

TEST(EventWriterTest, WritesEveryContractField) {
  std::string out;
  AppendEventJson(SeedEvent(), &out);
  ASSERT_EQ(out.back(), '\n') << "one object per line";
  auto j = nlohmann::json::parse(out);
  EXPECT_EQ(j["event_id"], "d41d8cd9-3");
  EXPECT_EQ(j["doc_id"], "seed");
  EXPECT_EQ(j["sentence"], 6);
  EXPECT_EQ(j["span"], nlohmann::json::array({1240, 1391}));
  EXPECT_EQ(j["date"], "2020-02-17");
  EXPECT_EQ(j["date_precision"], "day");
  EXPECT_EQ(j["source"]["cameo"], "SYRMIL");
  EXPECT_EQ(j["source"]["text"], "l'armée syrienne");
  EXPECT_TRUE(j["source"]["org"].is_null()) << "empty org is null";
  EXPECT_TRUE(j["source"]["id"].is_null());
  EXPECT_EQ(j["target"]["country"], "TUR");
  EXPECT_EQ(j["cameo"], "190");
  EXPECT_EQ(j["cameo_root"], "19");
  EXPECT_EQ(j["plover"]["type"], "ASSAULT");
  EXPECT_TRUE(j["plover"]["mode"].is_null());
  EXPECT_DOUBLE_EQ(j["goldstein"].get<double>(), -10.0);
  EXPECT_TRUE(j["goldstein"].is_number_float()) << "Goldstein stays a float";
  EXPECT_EQ(j["quad_class"], 4);
  EXPECT_EQ(j["location"]["name"], "Idlib");
  EXPECT_DOUBLE_EQ(j["location"]["lat"].get<double>(), 35.93);
  EXPECT_EQ(j["location"]["geonames_id"], 169389);
  EXPECT_EQ(j["trigger"]["text"], "a lancé des attaques contre");
  EXPECT_EQ(j["trigger"]["span"], nlohmann::json::array({1285, 1312}));
  EXPECT_EQ(j["negated"], false);
  EXPECT_EQ(j["modality"], "asserted");
  EXPECT_TRUE(j["fatalities"].is_null());
  EXPECT_DOUBLE_EQ(j["confidence"].get<double>(), 0.82);
  EXPECT_EQ(j["rule"], "fr/verbs:attaquer#3");
}

TEST(EventWriterTest, AbsentActorsAndPlaceAreNull) {
  Event e = SeedEvent();
  e.target.reset();
  e.location.reset();
  e.date.clear();
  e.fatalities = 14;
  e.negated = true;
  std::string out;
  AppendEventJson(e, &out);
  auto j = nlohmann::json::parse(out);
  EXPECT_TRUE(j["target"].is_null()) << "no target named: null, not {}";
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_EQ(j["fatalities"], 14);
  EXPECT_EQ(j["negated"], true);
}

TEST(EventWriterTest, EscapesQuotesControlsAndKeepsUtf8) {
  std::string out;
  AppendJsonString("« a\"b\\c\n\t\x01 »", &out);
  EXPECT_EQ(out, "\"« a\\\"b\\\\c\\n\\t\\u0001 »\"")
      << "UTF-8 passes through, controls are \\u-escaped";
  auto back = nlohmann::json::parse(out).get<std::string>();
  EXPECT_EQ(back, "« a\"b\\c\n\t\x01 »") << "round trip";
}

TEST(EventWriterTest, NonFiniteNumbersBecomeNull) {
  Event e = SeedEvent();
  e.confidence = std::numeric_limits<double>::quiet_NaN();
  std::string out;
  AppendEventJson(e, &out);
  auto j = nlohmann::json::parse(out);  // must still be valid JSON
  EXPECT_TRUE(j["confidence"].is_null());
}

TEST(EventWriterTest, TableRowShowsDyadCodeAndTrigger) {
  std::string out;
  AppendEventTableHeader(&out);
  AppendEventTableRow(SeedEvent(), &out);
  EXPECT_NE(out.find("SYRMIL l'armée syrienne"), std::string::npos);
  EXPECT_NE(out.find("TURMIL l'armée turque"), std::string::npos);
  EXPECT_NE(out.find("190"), std::string::npos);
  EXPECT_NE(out.find("a lancé des attaques contre"), std::string::npos);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 2);
}

TEST(EventWriterTest, TableRowIsOneLineWhateverTheSourceTextsLineBreaks) {
  Event e = SeedEvent();
  e.trigger_text = "a lancé\ndes   attaques\r\ncontre";
  e.source->text = "l'armée\nsyrienne";
  std::string out;
  AppendEventTableRow(e, &out);
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
  EXPECT_NE(out.find("a lancé des attaques contre"), std::string::npos);
  EXPECT_NE(out.find("SYRMIL l'armée syrienne"), std::string::npos);
}

}  // namespace
}  // namespace dyad
