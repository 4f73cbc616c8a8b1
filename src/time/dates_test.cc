// Golden tests of date expressions: sentences in French and English, each
// with the date its expression must resolve to (publication date, tense
// direction) and a one-line reason. They go through the real analysis
// (segmenter and morphology) and data/<lang>/dates.tsv.
#include <gtest/gtest.h>

#include "dyad/analyzer.h"
#include "dyad/dates.h"

namespace dyad {
namespace {

class DatesTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto a = Analyzer::Create({DYAD_SOURCE_DATA_DIR, {"fr", "en"}});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analyzer_ = std::move(a).value().release();
    for (const char* lang : {"fr", "en"}) {
      auto l = DateLexicon::Load(std::string(DYAD_SOURCE_DATA_DIR) + "/" +
                                 lang + "/dates.tsv");
      ASSERT_TRUE(l.ok()) << l.status().ToString();
      (std::string(lang) == "fr" ? fr_ : en_) = std::move(l).value().release();
    }
  }

  // The date mentions of `text` (all sentences), as "words=date/precision"
  // resolved against `pub` in direction `dir`, joined with "; ".
  std::string Dates(const std::string& lang, const std::string& text,
                    const std::string& pub, TimeDirection dir) {
    doc_ = Document{};
    doc_.lang = lang;
    doc_.text = text;
    AnalyzedDocument ad;
    EXPECT_TRUE(analyzer_->Analyze(doc_, &ad).ok());
    const DateLexicon* lex = lang == "fr" ? fr_ : en_;
    std::string out;
    for (const Sentence& s : ad.sentences) {
      for (const DateMention& m : lex->Find(s, doc_.text)) {
        if (!out.empty()) out += "; ";
        out += doc_.text.substr(m.span.begin, m.span.end - m.span.begin);
        const ResolvedDate r = ResolveDate(m, pub, dir);
        out += "=" + (r.ok() ? r.date + "/" +
                                   std::string(DatePrecisionName(r.precision))
                             : std::string("null"));
      }
    }
    return out;
  }

  static Analyzer* analyzer_;
  static DateLexicon* fr_;
  static DateLexicon* en_;
  Document doc_;
};

Analyzer* DatesTest::analyzer_ = nullptr;
DateLexicon* DatesTest::fr_ = nullptr;
DateLexicon* DatesTest::en_ = nullptr;

constexpr auto kPast = TimeDirection::kPast;
constexpr auto kFuture = TimeDirection::kFuture;
constexpr auto kNearest = TimeDirection::kNearest;

struct Case {
  const char* lang;
  const char* text;
  const char* pub;  // publication date, "" = unknown
  TimeDirection dir;
  const char* want;  // "words=date/precision; ..." ("" = no date found)
  const char* reason;
};

// 2020-02-15 is a Saturday; 2020-02-17 a Monday.
const Case kCases[] = {
    // French.
    {"fr", "Il se rendra lundi à Moscou.", "2020-02-15", kFuture,
     "lundi=2020-02-17/day", "future tense: the next Monday"},
    {"fr", "L'armée a bombardé Idleb lundi.", "2020-02-15", kPast,
     "lundi=2020-02-10/day", "past tense: the last Monday"},
    {"fr", "Lundi, des combats ont eu lieu.", "2020-02-17", kPast,
     "Lundi=2020-02-17/day",
     "past on a Monday: 'lundi' is the publication day itself"},
    {"fr", "Il se rendra lundi à Moscou.", "2020-02-17", kFuture,
     "lundi=2020-02-24/day", "future on a Monday: the Monday after"},
    {"fr", "Des frappes ont eu lieu jeudi.", "2020-02-15", kNearest,
     "jeudi=2020-02-13/day", "unknown tense: the nearest Thursday"},
    {"fr", "Il est arrivé lundi dernier.", "2020-02-17", kNearest,
     "lundi dernier=2020-02-10/day",
     "'dernier' excludes the publication day"},
    {"fr", "Le sommet aura lieu mardi prochain.", "2020-02-15", kNearest,
     "mardi prochain=2020-02-18/day", "'prochain': the next Tuesday"},
    {"fr", "Hier, avant-hier et demain.", "2020-02-15", kNearest,
     "Hier=2020-02-14/day; avant-hier=2020-02-13/day; demain=2020-02-16/day",
     "relative days"},
    {"fr", "Ce matin, l'armée a frappé.", "2020-02-15", kPast,
     "Ce matin=2020-02-15/day", "'ce matin' is the publication day"},
    {"fr", "Hier soir, des tirs ont visé la base.", "2020-02-15", kPast,
     "Hier soir=2020-02-14/day", "a part of the day stays in the span"},
    {"fr", "Il a été arrêté le 3 mars.", "2020-02-15", kPast,
     "le 3 mars=2019-03-03/day",
     "no year, past: the last 3 March before publication"},
    {"fr", "Il sera jugé le 3 mars.", "2020-02-15", kFuture,
     "le 3 mars=2020-03-03/day", "no year, future: the next 3 March"},
    {"fr", "Il est venu mardi 4 février 2020 à Paris.", "", kPast,
     "mardi 4 février 2020=2020-02-04/day",
     "absolute date resolves without a publication date"},
    {"fr", "Il est venu le 1er janvier.", "2020-02-15", kPast,
     "le 1er janvier=2020-01-01/day", "1er is the first day"},
    {"fr", "Accord signé le 3 janv. 2020 et le 4 févr. 2020.", "", kPast,
     "le 3 janv. 2020=2020-01-03/day; le 4 févr. 2020=2020-02-04/day",
     "abbreviated months with their dot"},
    {"fr", "Les élections ont eu lieu en 2019.", "", kPast,
     "en 2019=2019-01-01/year", "'en' + year: year precision"},
    {"fr", "Il compte 2019 soldats.", "2020-02-15", kPast, "",
     "a number before a noun is not a year"},
    {"fr", "Les combats ont repris en mars.", "2020-02-15", kPast,
     "en mars=2019-03-01/month",
     "bare month, past: the last March not in the future"},
    {"fr", "Les combats reprendront en mars.", "2020-02-15", kFuture,
     "en mars=2020-03-01/month", "bare month, future: the next March"},
    {"fr", "La planète mars.", "2020-02-15", kPast, "",
     "a month name without a day, year or 'en' is not a date"},
    {"fr", "Il a parlé la semaine dernière.", "2020-02-15", kPast,
     "la semaine dernière=2020-02-03/week",
     "last week: its Monday, week precision"},
    {"fr", "Le mois dernier et l'an dernier.", "2020-02-15", kPast,
     "Le mois dernier=2020-01-01/month; l'an dernier=2019-01-01/year",
     "relative month and year"},
    {"fr", "L'année prochaine.", "2020-02-15", kFuture,
     "L'année prochaine=2021-01-01/year", "next year"},
    {"fr", "Il y a trois jours, l'armée a frappé.", "2020-02-15", kPast,
     "Il y a trois jours=2020-02-12/day", "'il y a' + amount"},
    {"fr", "Le traité du 17/02/2020.", "", kPast,
     "du 17/02/2020=2020-02-17/day", "numeric date, day first"},
    {"fr", "Le traité du 03/04/2020.", "", kPast,
     "du 03/04/2020=2020-04-03/day",
     "French numeric dates are always day first"},
    {"fr", "Publié le 2020-02-17.", "", kPast, "le 2020-02-17=2020-02-17/day",
     "ISO date"},
    {"fr", "Il reviendra lundi.", "", kFuture, "lundi=null",
     "a weekday needs the publication date"},
    {"fr", "Le 31 février 2020.", "", kPast, "Le 31 février 2020=null",
     "an impossible day resolves to nothing"},
    {"fr", "À la mi-mars, les troupes ont avancé.", "2020-04-15", kPast,
     "mi-mars=2020-03-01/month", "mi- + month"},
    {"fr", "Il y a eu sept morts.", "2020-02-15", kPast, "",
     "'sept' without a dot is seven, not September"},
    {"fr", "Idleb a été bombardée en septembre dernier.", "2020-02-15",
     kNearest, "en septembre dernier=2019-09-01/month",
     "month + 'dernier': the last September before this month"},
    {"fr", "Le sommet aura lieu en février prochain.", "2020-02-15", kNearest,
     "en février prochain=2021-02-01/month",
     "month + 'prochain' excludes the publication month"},
    // English.
    {"en", "He will visit Moscow on Monday.", "2020-02-15", kFuture,
     "on Monday=2020-02-17/day", "future: the next Monday"},
    {"en", "Troops shelled the town on Monday.", "2020-02-15", kPast,
     "on Monday=2020-02-10/day", "past: the last Monday"},
    {"en", "The talks happened last Thursday.", "2020-02-15", kPast,
     "last Thursday=2020-02-13/day", "'last' + weekday"},
    {"en", "He said it yesterday, not today or tomorrow.", "2020-02-15",
     kPast, "yesterday=2020-02-14/day; today=2020-02-15/day; "
     "tomorrow=2020-02-16/day", "relative days"},
    {"en", "A rocket hit the base last night.", "2020-02-15", kPast,
     "last night=2020-02-14/day", "last night is the day before"},
    {"en", "The strike came on March 3.", "2020-04-01", kPast,
     "on March 3=2020-03-03/day", "month day"},
    {"en", "The deal was signed on March 3, 2019.", "", kPast,
     "on March 3, 2019=2019-03-03/day", "month day, year"},
    {"en", "It ended on 3 March 2020.", "", kPast,
     "on 3 March 2020=2020-03-03/day", "day month year"},
    {"en", "On Tuesday, March 3, the army moved.", "2020-03-05", kPast,
     "On Tuesday, March 3=2020-03-03/day",
     "weekday, comma and date are one expression"},
    {"en", "They met on Sept. 5, 2019 and in Sept 2019.", "", kPast,
     "on Sept. 5, 2019=2019-09-05/day; in Sept 2019=2019-09-01/month",
     "abbreviations with and without the dot"},
    {"en", "The vote took place in March.", "2020-02-15", kPast,
     "in March=2019-03-01/month", "bare month after 'in'"},
    {"en", "Protesters march in the capital.", "2020-02-15", kPast, "",
     "lower-case 'march' is a verb"},
    {"en", "He may resign.", "2020-02-15", kPast, "",
     "the modal 'may' is not May"},
    {"en", "Elections were held in 2019.", "", kPast, "in 2019=2019-01-01/year",
     "'in' + year: year precision"},
    {"en", "The army sent 2019 soldiers.", "", kPast, "",
     "a number before a noun is not a year"},
    {"en", "Fighting resumed last week.", "2020-02-15", kPast,
     "last week=2020-02-03/week", "last week: its Monday"},
    {"en", "Talks begin next month.", "2020-02-15", kFuture,
     "next month=2020-03-01/month", "next month"},
    {"en", "Prices rose earlier this month.", "2020-02-15", kPast,
     "this month=2020-02-01/month", "'earlier this month': this month"},
    {"en", "Two days ago, troops entered the town.", "2020-02-15", kPast,
     "Two days ago=2020-02-13/day", "amount + ago"},
    {"en", "The report is dated on 3/4.", "2020-02-15", kPast, "",
     "3/4 is ambiguous (US or British order): avoided"},
    {"en", "The report is dated 3/4/2020.", "", kPast, "",
     "an ambiguous numeric date with a year is avoided too"},
    {"en", "The report is dated 14/3/2020.", "", kPast,
     "14/3/2020=2020-03-14/day", "a part over 12 is the day"},
    {"en", "It was filed on 2020-02-17.", "", kPast,
     "on 2020-02-17=2020-02-17/day", "ISO date"},
    {"en", "The 1st of March was calm.", "2020-04-01", kPast,
     "The 1st of March=2020-03-01/day", "ordinal day 'of' month"},
    {"en", "He will arrive on Monday night.", "2020-02-15", kFuture,
     "on Monday night=2020-02-17/day", "daypart after a weekday"},
    {"fr", "Ils se rassembleront ce samedi 22 février.", "2020-02-15", kFuture,
     "ce samedi 22 février=2020-02-22/day",
     "direction + weekday + day: one calendar date"},
    {"en", "Turkey attacked Syria last September.", "2020-02-15", kNearest,
     "last September=2019-09-01/month", "'last' + month"},
};

TEST_F(DatesTest, GoldenExpressions) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Dates(c.lang, c.text, c.pub, c.dir), c.want)
        << c.reason << "\n  text: " << c.text;
  }
}

TEST_F(DatesTest, DatesAfterSinceOrUntilAreBounds) {
  // "depuis lundi", "since Monday", "jusqu'au 3 mars" bound the event's time
  // and must not be taken as its date; "lundi" alone is a date.
  const struct {
    const char* lang;
    const char* text;
    bool bound;
  } cases[] = {
      {"fr", "Depuis lundi, l'armée bombarde Idleb.", true},
      {"fr", "L'armée restera jusqu'au 3 mars.", true},
      {"fr", "Lundi, l'armée a bombardé Idleb.", false},
      {"en", "Since Monday, troops have shelled the town.", true},
      {"en", "Troops must leave by March 3.", true},
      {"en", "Troops must leave prior to March 3.", true},
      {"en", "On Monday, troops shelled the town.", false},
  };
  for (const auto& c : cases) {
    doc_ = Document{};
    doc_.lang = c.lang;
    doc_.text = c.text;
    AnalyzedDocument ad;
    ASSERT_TRUE(analyzer_->Analyze(doc_, &ad).ok());
    ASSERT_EQ(ad.sentences.size(), 1u);
    auto found = (std::string(c.lang) == "fr" ? fr_ : en_)
                     ->Find(ad.sentences[0], doc_.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].bound, c.bound) << c.text;
  }
}

TEST(ResolveDateTest, WeekdayAroundThePublicationDay) {
  DateMention m;
  m.kind = DateMention::Kind::kWeekday;
  m.weekday = 1;  // Monday; 2020-02-15 is a Saturday
  EXPECT_EQ(ResolveDate(m, "2020-02-15", TimeDirection::kPast).date,
            "2020-02-10");
  EXPECT_EQ(ResolveDate(m, "2020-02-15", TimeDirection::kFuture).date,
            "2020-02-17");
  EXPECT_EQ(ResolveDate(m, "2020-02-15", TimeDirection::kNearest).date,
            "2020-02-17")
      << "two days ahead is nearer than five back";
  EXPECT_FALSE(ResolveDate(m, "", TimeDirection::kPast).ok())
      << "no publication date, no weekday";
  EXPECT_FALSE(ResolveDate(m, "2020-02-30", TimeDirection::kPast).ok())
      << "an invalid publication date counts as none";
}

TEST(ResolveDateTest, YearlessDayWithItsWeekdayPicksTheYear) {
  DateMention m;
  m.kind = DateMention::Kind::kCalendar;
  m.month = 2, m.day = 4, m.weekday = 2;  // "mardi 4 février": 2020
  EXPECT_EQ(ResolveDate(m, "2021-01-10", TimeDirection::kPast).date,
            "2020-02-04")
      << "4 February 2020 is a Tuesday, 2021's is not";
}

TEST(ResolveDateTest, MonthArithmeticCrossesYears) {
  DateMention m;
  m.kind = DateMention::Kind::kPeriod;
  m.unit = DatePrecision::kMonth;
  m.offset = -1;
  EXPECT_EQ(ResolveDate(m, "2020-01-20", TimeDirection::kPast).date,
            "2019-12-01");
  m.kind = DateMention::Kind::kAgo;
  m.offset = 1;
  EXPECT_EQ(ResolveDate(m, "2020-03-31", TimeDirection::kPast).date,
            "2020-02-29")
      << "a month before 31 March is the end of February";
}

TEST(DateLexiconTest, MalformedEntriesNameTheLine) {
  auto bad = DateLexicon::Parse("weekday\t9\tfoo\n", "x.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("x.tsv:1"), std::string::npos)
      << bad.status().ToString();
  auto unknown = DateLexicon::Parse("# c\n\nsiècle\t1\tx\n", "y.tsv");
  ASSERT_FALSE(unknown.ok());
  EXPECT_NE(unknown.status().message().find("y.tsv:3: unknown kind"),
            std::string::npos)
      << unknown.status().ToString();
  EXPECT_FALSE(DateLexicon::Load("/nonexistent/dates.tsv").ok());
}

TEST(DateLexiconTest, TokensWithoutMorphologyAreFolded) {
  auto lex = DateLexicon::Parse("weekday\t1\tlundi\n", "t");
  ASSERT_TRUE(lex.ok());
  const std::string text = "LUNDI";
  Sentence s;
  s.end = 5;
  s.tokens.push_back(Token{0, 5});
  auto found = (*lex)->Find(s, text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].weekday, 1);
}

}  // namespace
}  // namespace dyad
