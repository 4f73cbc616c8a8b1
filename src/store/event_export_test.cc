// The export writers: GDELT rows have exactly 61 columns in codebook order,
// GraphML is well-formed XML, CSV and the JSON forms parse back.
#include "store/event_export.h"

#include <gtest/gtest.h>
#include <libxml/parser.h>

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

StoredEvent Sample() {
  StoredEvent s;
  s.row = 42;
  Event& e = s.event;
  e.event_id = "seed-3";
  e.doc_id = "seed";
  e.sentence = 0;
  e.span = {10, 60};
  e.date = "2020-02-17";
  e.date_precision = "day";
  Actor src;
  src.name = "Syrian Arab Army";
  src.text = "l'armée \"syrienne\"";
  src.country = "SYR";
  src.sector = "MIL";
  src.cameo = "SYRMIL";
  e.source = src;
  Actor tgt = src;
  tgt.name = "Turkish Armed Forces, <land>";
  tgt.country = "TUR";
  tgt.cameo = "TURMIL";
  e.target = tgt;
  e.cameo = "1903";
  e.plover_type = "ASSAULT";
  e.goldstein = -10;
  e.quad_class = 4;
  Location l;
  l.name = "Idlib";
  l.text = "Idleb";
  l.country = "SYR";
  l.lat = 35.93;
  l.lon = 36.63;
  l.geonames_id = 169389;
  e.location = l;
  e.trigger_text = "a bombardé\tles";
  e.confidence = 0.8;
  e.rule = "fr/verbs:bombarder#1";
  s.mentions = 3;
  s.articles = 2;
  s.context = {0, 70};
  s.context_text = "L'armée syrienne a bombardé les positions turques.";
  s.doc_url = "https://example.org/a";
  s.stored_at = "20260101120000";
  return s;
}

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> out(1);
  for (char c : line) {
    if (c == sep) {
      out.emplace_back();
    } else {
      out.back().push_back(c);
    }
  }
  return out;
}

TEST(EventExportTest, GdeltRowHas61ColumnsInCodebookOrder) {
  std::string row;
  AppendGdeltRow(Sample(), &row);
  ASSERT_EQ(row.back(), '\n');
  row.pop_back();
  auto c = Split(row, '\t');
  ASSERT_EQ(c.size(), 61u);
  EXPECT_EQ(c[0], "42");                      // GLOBALEVENTID
  EXPECT_EQ(c[1], "20200217");                // SQLDATE
  EXPECT_EQ(c[2], "202002");                  // MonthYear
  EXPECT_EQ(c[3], "2020");                    // Year
  EXPECT_EQ(c[4], "2020.2110");               // FractionDate: (2*30+17)/365
  EXPECT_EQ(c[5], "SYRMIL");                  // Actor1Code
  EXPECT_EQ(c[7], "SYR");                     // Actor1CountryCode
  EXPECT_EQ(c[12], "MIL");                    // Actor1Type1Code
  EXPECT_EQ(c[15], "TURMIL");                 // Actor2Code
  EXPECT_EQ(c[25], "1");                      // IsRootEvent
  EXPECT_EQ(c[26], "1903");                   // EventCode
  EXPECT_EQ(c[27], "190");                    // EventBaseCode
  EXPECT_EQ(c[28], "19");                     // EventRootCode
  EXPECT_EQ(c[29], "4");                      // QuadClass
  EXPECT_EQ(c[30], "-10");                    // GoldsteinScale
  EXPECT_EQ(c[31], "3");                      // NumMentions
  EXPECT_EQ(c[33], "2");                      // NumArticles
  EXPECT_EQ(c[51], "4");                      // ActionGeo_Type: world city
  EXPECT_EQ(c[52], "Idlib");                  // ActionGeo_FullName
  EXPECT_EQ(c[56], "35.93");                  // ActionGeo_Lat
  EXPECT_EQ(c[58], "169389");                 // ActionGeo_FeatureID
  EXPECT_EQ(c[59], "20260101120000");         // DATEADDED
  EXPECT_EQ(c[60], "https://example.org/a");  // SOURCEURL

  StoredEvent bare;
  bare.event.cameo = "010";
  row.clear();
  AppendGdeltRow(bare, &row);
  row.pop_back();
  EXPECT_EQ(Split(row, '\t').size(), 61u);
}

TEST(EventExportTest, GraphMlIsWellFormed) {
  std::string xml;
  AppendGraphMl(
      {{"", "SYRMIL", "TURMIL", 4, -9.25}, {"", "TUR&GOV", "SYR<GOV>", 1, 2}},
      &xml);
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()),
                                "graph.xml", nullptr, XML_PARSE_NONET);
  ASSERT_NE(doc, nullptr) << xml;
  xmlNodePtr root = xmlDocGetRootElement(doc);
  EXPECT_STREQ(reinterpret_cast<const char*>(root->name), "graphml");
  xmlFreeDoc(doc);
  EXPECT_NE(xml.find("source=\"SYRMIL\" target=\"TURMIL\""), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"e_goldstein\">-9.25</data>"),
            std::string::npos);
  EXPECT_NE(xml.find("<node id=\"TUR&amp;GOV\">"), std::string::npos);
}

TEST(EventExportTest, CsvRowsMatchTheHeader) {
  std::string header, row;
  AppendCsvHeader(&header);
  AppendCsvRow(Sample(), &row);
  // The sample's quotes and commas are quoted: count fields with a parser.
  auto fields = [](const std::string& line) {
    size_t n = 1;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      if (c == ',' && !quoted) ++n;
    }
    return n;
  };
  EXPECT_EQ(fields(header), fields(row));
  EXPECT_NE(row.find("\"l'armée \"\"syrienne\"\"\""), std::string::npos);
}

TEST(EventExportTest, JsonFormsParse) {
  std::string api;
  AppendStoredEventJson(Sample(), &api);
  auto j = nlohmann::json::parse(api);
  EXPECT_EQ(j["mentions"], 3);
  EXPECT_EQ(j["context"]["begin"], 0);
  EXPECT_EQ(j["cameo_root"], "19");
  EXPECT_EQ(j["source"]["cameo"], "SYRMIL");

  std::string plover;
  ASSERT_TRUE(AppendPloverJson(Sample(), &plover));
  auto p = nlohmann::json::parse(plover);
  EXPECT_EQ(p["event"], "ASSAULT");
  EXPECT_EQ(p["actor_code"], "SYRMIL");
  EXPECT_EQ(p["recipient_country"], "TUR");
  EXPECT_EQ(p["location"]["geonames_id"], 169389);

  StoredEvent statement = Sample();
  statement.event.plover_type.clear();
  plover.clear();
  EXPECT_FALSE(AppendPloverJson(statement, &plover));
  EXPECT_TRUE(plover.empty());
}

}  // namespace
}  // namespace dyad
