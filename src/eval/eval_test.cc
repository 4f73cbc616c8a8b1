#include "dyad/eval.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace dyad {
namespace {

EvalActor A(std::string country, std::string org = "",
            std::string sector = "") {
  return EvalActor{std::move(country), std::move(org), std::move(sector)};
}

EvalEvent E(std::optional<EvalActor> src, std::optional<EvalActor> tgt,
            std::string cameo, std::vector<std::string> alt = {},
            bool negated = false) {
  return EvalEvent{std::move(src), std::move(tgt), std::move(cameo),
                   std::move(alt), negated};
}

EvalSentence S(std::vector<EvalEvent> gold, std::vector<EvalEvent> emitted,
               std::string lang = "fr") {
  EvalSentence s;
  s.id = "s";
  s.lang = std::move(lang);
  s.gold = std::move(gold);
  s.emitted = std::move(emitted);
  return s;
}

TEST(EvalTest, SameRootAndDyadMatches) {
  auto m = ScoreSentence(S({E(A("SYR"), A("TUR"), "190")},
                           {E(A("SYR"), A("TUR"), "195")}));
  EXPECT_EQ(m.event.tp, 1) << "195 has root 19 like 190";
  EXPECT_EQ(m.strict.tp, 0) << "strict wants the full code";
}

TEST(EvalTest, AlternateCodesCountForRootAndStrict) {
  auto gold = E(A("USA"), A("RUS"), "020", {"02", "10", "1056"});
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("USA"), A("RUS"), "100")})).event.tp,
            1)
      << "root 10 is an alt's root";
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("USA"), A("RUS"), "1056")})).strict.tp,
            1)
      << "an alt's full code is strict-correct";
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("USA"), A("RUS"), "111")})).event.tp,
            0)
      << "root 11 is neither the code's nor an alt's";
}

TEST(EvalTest, OrgKeyWinsOverCountry) {
  auto gold = E(A("", "UN", "IGO"), A("ISR"), "020");
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("USA", "UN"), A("ISR"), "020")}))
                .event.tp,
            1)
      << "key is org when set, whatever the country";
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("USA"), A("ISR"), "020")})).event.tp,
            0);
}

TEST(EvalTest, NullActorMatchesOnlyNull) {
  auto gold = E(std::nullopt, A("PAK"), "173");
  EXPECT_EQ(ScoreSentence(S({gold}, {E(std::nullopt, A("PAK"), "173")}))
                .event.tp,
            1);
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("PAK"), A("PAK"), "173")})).event.tp,
            0)
      << "a named source does not match a null one";
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A(""), A("PAK"), "173")})).event.tp, 1)
      << "an actor with a null key matches a null actor";
}

TEST(EvalTest, ConsultationsMaySwapButVisitsMayNot) {
  EXPECT_EQ(ScoreSentence(S({E(A("TUR"), A("RUS"), "040")},
                            {E(A("RUS"), A("TUR"), "040")}))
                .event.tp,
            1)
      << "040 talks: direction free";
  EXPECT_EQ(ScoreSentence(S({E(A("TUR"), A("RUS"), "042")},
                            {E(A("RUS"), A("TUR"), "042")}))
                .event.tp,
            0)
      << "042 visit: the visitor is the source";
  EXPECT_EQ(ScoreSentence(S({E(A("TUR"), A("RUS"), "043")},
                            {E(A("RUS"), A("TUR"), "043")}))
                .event.tp,
            0)
      << "043 host: direction matters";
  EXPECT_EQ(ScoreSentence(S({E(A("TUR"), A("RUS"), "190")},
                            {E(A("RUS"), A("TUR"), "190")}))
                .event.tp,
            0)
      << "no swap outside consultations";
}

TEST(EvalTest, NegationMustAgreeBothWays) {
  auto neg = E(A("ISR"), A("LBN"), "190", {}, true);
  auto pos = E(A("ISR"), A("LBN"), "190");
  EXPECT_EQ(ScoreSentence(S({neg}, {pos})).event.tp, 0)
      << "gold negated needs an emitted negated";
  EXPECT_EQ(ScoreSentence(S({pos}, {neg})).event.tp, 0)
      << "emitted negated matches only negated gold";
  EXPECT_EQ(ScoreSentence(S({neg}, {neg})).event.tp, 1);
  EXPECT_EQ(ScoreSentence(S({neg}, {pos})).type.tp, 0)
      << "negation agreement holds in every variant";
}

TEST(EvalTest, StrictComparesSectors) {
  auto gold = E(A("FRA", "", "COP"), A("FRA", "", "CVL"), "175");
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("FRA", "", "COP"),
                                       A("FRA", "", "CVL"), "175")}))
                .strict.tp,
            1);
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("FRA", "", "GOV"),
                                       A("FRA", "", "CVL"), "175")}))
                .strict.tp,
            0)
      << "GOV is not COP";
  EXPECT_EQ(ScoreSentence(S({gold}, {E(A("FRA", "", "GOV"),
                                       A("FRA", "", "CVL"), "175")}))
                .event.tp,
            1)
      << "event F1 ignores sectors";
}

TEST(EvalTest, BestOneToOneMatchingNotFirstCome) {
  // Emitted e0 could match g0 or g1; e1 only g0. A greedy first-come
  // matching gives e0→g0 and leaves e1 unmatched; the best gives 2.
  auto g0 = E(A("SYR"), A("TUR"), "190", {"111"});
  auto g1 = E(A("SYR"), A("TUR"), "111");
  auto e0 = E(A("SYR"), A("TUR"), "111");
  auto e1 = E(A("SYR"), A("TUR"), "190");
  EvalSentence s = S({g0, g1}, {e0, e1});
  EXPECT_EQ(ScoreSentence(s).event.tp, 2);
  auto pairs = MatchEvents(s);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs[0], std::make_pair(0, 1));
  EXPECT_EQ(pairs[1], std::make_pair(1, 0));
}

TEST(EvalTest, EachGoldMatchedAtMostOnce) {
  auto g = E(A("RUS"), A("UKR"), "190");
  auto m = ScoreSentence(S({g}, {g, g}));
  EXPECT_EQ(m.event.tp, 1) << "a duplicate emitted event is a false positive";
  EXPECT_EQ(m.event.emitted, 2);
  EXPECT_DOUBLE_EQ(m.event.precision(), 0.5);
  EXPECT_DOUBLE_EQ(m.event.recall(), 1.0);
}

TEST(EvalTest, EmptySentencesCountNothingAndDivideByNothing) {
  auto r = Score({S({}, {}), S({}, {E(A("USA"), A("CHN"), "010")}, "en")});
  EXPECT_EQ(r.sentences, 2);
  EXPECT_EQ(r.overall.event.gold, 0);
  EXPECT_EQ(r.overall.event.emitted, 1);
  EXPECT_EQ(r.overall.event.recall(), 0.0) << "no gold: recall 0, no NaN";
  EXPECT_EQ(r.by_lang["en"].event.emitted, 1);
  EXPECT_EQ((r.confusion[{"-", "01"}]), 1) << "a false positive's root";
}

TEST(EvalTest, ReadsGoldAndEmittedRecords) {
  auto gold = ReadGold("g.jsonl",
                       R"({"id": "a", "lang": "fr", "text": "x", "events": [)"
                       R"({"source": {"country": "SYR", "org": null, "sector": "MIL"},)"
                       R"( "target": null, "cameo": "190", "alt": ["195"], "negated": false}]})"
                       "\n\n"
                       R"({"id": "b", "lang": "en", "text": "y", "events": []})"
                       "\n");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold->size(), 2u);
  EXPECT_FALSE((*gold)[0].gold[0].target.has_value()) << "null target";
  EXPECT_EQ((*gold)[0].gold[0].alt, std::vector<std::string>{"195"});
  Status s = AddEmitted(
      "p.jsonl",
      R"({"doc_id": "a", "source": {"country": "SYR", "org": null, "sector": "MIL"}, "target": null, "cameo": "195", "negated": false})"
      "\n",
      &gold.value());
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(Score(*gold).overall.strict.tp, 1);
  Status bad = AddEmitted("p.jsonl", R"({"doc_id": "zzz", "cameo": "01"})",
                          &gold.value());
  EXPECT_FALSE(bad.ok()) << "an event of no gold sentence is a mix-up";
  auto broken = ReadGold("g.jsonl", "{\"id\": \"a\"}\nnot json\n");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.status().message().find("g.jsonl:1"), std::string::npos);
}

TEST(EvalTest, JsonReportHasTheDocumentedShape) {
  auto r = Score({S({E(A("SYR"), A("TUR"), "190")},
                    {E(A("SYR"), A("TUR"), "190")}),
                  S({E(A("USA"), A("RUS"), "111")}, {}, "en")});
  auto j = nlohmann::json::parse(ReportJson(r));
  for (const char* k : {"type", "dyad", "event", "strict"}) {
    for (const char* f : {"precision", "recall", "f1", "tp", "emitted", "gold"}) {
      EXPECT_TRUE(j[k].contains(f)) << k << "." << f;
    }
  }
  EXPECT_EQ(j["sentences"], 2);
  EXPECT_DOUBLE_EQ(j["event"]["recall"].get<double>(), 0.5);
  EXPECT_DOUBLE_EQ(j["by_lang"]["fr"]["event"]["f1"].get<double>(), 1.0);
  EXPECT_EQ(j["by_lang"]["en"]["event"]["gold"], 1);
}

}  // namespace
}  // namespace dyad
