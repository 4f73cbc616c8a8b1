#include "dyad/segmenter.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace dyad {
namespace {

namespace fs = std::filesystem;

// ---------------------------------------------------------------------------
// Helpers.

const Segmenter& Get(const std::string& lang) {
  static const auto* segmenters = [] {
    auto* map =
        new std::vector<std::pair<std::string, std::unique_ptr<Segmenter>>>;
    for (const char* l : {"fr", "en", "de"}) {
      auto s = Segmenter::Create(l, DYAD_SOURCE_DATA_DIR);
      EXPECT_TRUE(s.ok()) << s.status().ToString();
      map->emplace_back(l, std::move(s).value());
    }
    return map;
  }();
  for (const auto& [l, s] : *segmenters) {
    if (l == lang) return *s;
  }
  std::abort();
}

// Each sentence as its tokens joined by '|'.
std::vector<std::string> Render(std::string_view text,
                                const std::vector<Sentence>& sentences) {
  std::vector<std::string> out;
  for (const Sentence& s : sentences) {
    std::string line;
    for (const Token& t : s.tokens) {
      if (!line.empty()) line += '|';
      line += t.Text(text);
    }
    out.push_back(line);
  }
  return out;
}

bool IsSpaceLike(UChar32 c) {
  if (c < 0) return false;
  int8_t type = u_charType(c);
  return u_isUWhiteSpace(c) || type == U_CONTROL_CHAR || type == U_FORMAT_CHAR;
}

// "14 000", "1 234 567,5": the only tokens allowed to hold a space.
bool IsGroupedNumber(std::string_view token) {
  std::string digits;
  for (size_t i = 0; i < token.size();) {
    unsigned char c = token[i];
    if (c >= '0' && c <= '9') {
      digits += 'd';
      ++i;
    } else if (c == ' ') {
      digits += ' ';
      ++i;
    } else if (token.substr(i, 2) == "\xC2\xA0") {
      digits += ' ';
      i += 2;
    } else if (token.substr(i, 3) == "\xE2\x80\xAF" ||
               token.substr(i, 3) == "\xE2\x80\x89") {
      digits += ' ';
      i += 3;
    } else if (c == ',' || c == '.') {
      digits += ',';
      ++i;
    } else {
      return false;
    }
  }
  return digits.find(' ') != std::string::npos;
}

// The invariants every segmentation must satisfy. `valid_utf8`: also check
// that offsets fall on character boundaries and that every byte outside the
// tokens is whitespace, a control or a format character.
void CheckInvariants(std::string_view text,
                     const std::vector<Sentence>& sentences,
                     bool valid_utf8 = true) {
  uint32_t last_end = 0;
  std::vector<bool> covered(text.size(), false);
  for (const Sentence& s : sentences) {
    ASSERT_FALSE(s.tokens.empty());
    ASSERT_LT(s.begin, s.end);
    ASSERT_LE(s.end, text.size());
    ASSERT_GE(s.begin, last_end);
    ASSERT_EQ(s.tokens.front().begin, s.begin);
    ASSERT_EQ(s.tokens.back().end, s.end);
    ASSERT_LE(s.tokens.size(), 500u);
    for (const Token& t : s.tokens) {
      ASSERT_GE(t.begin, last_end) << "tokens overlap or go backwards";
      ASSERT_LT(t.begin, t.end) << "empty token";
      ASSERT_LE(t.end, s.end);
      ASSERT_EQ(t.analysis, nullptr);
      last_end = t.end;
      for (uint32_t k = t.begin; k < t.end; ++k) covered[k] = true;
      if (!valid_utf8) continue;
      std::string_view form = t.Text(text);
      ASSERT_TRUE(U8_IS_SINGLE(form[0]) || U8_IS_LEAD(form[0]))
          << "token starts inside a character: " << form;
      ASSERT_TRUE(t.end == text.size() || !U8_IS_TRAIL(text[t.end]))
          << "token ends inside a character: " << form;
      bool has_space = false;
      for (int32_t i = 0; i < static_cast<int32_t>(form.size());) {
        UChar32 c;
        U8_NEXT(form.data(), i, static_cast<int32_t>(form.size()), c);
        if (u_isUWhiteSpace(c)) has_space = true;
      }
      if (has_space) {
        ASSERT_TRUE(IsGroupedNumber(form))
            << "whitespace in token '" << form << "'";
      }
    }
  }
  if (!valid_utf8) return;
  for (int32_t i = 0; i < static_cast<int32_t>(text.size());) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    if (!covered[start]) {
      ASSERT_TRUE(IsSpaceLike(c))
          << "byte " << start << " (U+" << std::hex << c
          << ") is in no token: '" << text.substr(start, 20) << "'";
    }
  }
}

std::vector<Sentence> SegmentOrDie(const std::string& lang,
                                   std::string_view text) {
  std::vector<Sentence> out;
  Status status = Get(lang).Segment(text, &out);
  EXPECT_TRUE(status.ok()) << status.ToString();
  CheckInvariants(text, out);
  return out;
}

// ---------------------------------------------------------------------------
// Golden cases: our own sentences in the style of the news we read.

struct Golden {
  const char* lang;
  const char* text;
  // Expected sentences, tokens joined by '|'.
  std::vector<std::string> sentences;
  const char* reason;
};

const Golden kGolden[] = {
    // --- French elision.
    {"fr",
     "L'armée syrienne a bombardé la ville d'Idleb.",
     {"L'|armée|syrienne|a|bombardé|la|ville|d'|Idleb|."},
     "elided article and preposition are their own tokens, apostrophe kept"},
    {"fr",
     "Le régime d'Assad affirme qu'il n'a pas reculé.",
     {"Le|régime|d'|Assad|affirme|qu'|il|n'|a|pas|reculé|."},
     "qu' and n' split like l'"},
    {"fr",
     "Il restera jusqu'à lundi, c'est sûr, et s'est déjà exprimé.",
     {"Il|restera|jusqu'|à|lundi|,|c'|est|sûr|,|et|s'|est|déjà|exprimé|."},
     "jusqu', c', s' are elisions"},
    {"fr",
     "Lorsqu'on l'interroge, il se tait puisqu'il a promis.",
     {"Lorsqu'|on|l'|interroge|,|il|se|tait|puisqu'|il|a|promis|."},
     "lorsqu' and puisqu' are elisions, capitalised too"},
    {"fr",
     "La réunion a lieu aujourd'hui et celle d'aujourd'hui est close.",
     {"La|réunion|a|lieu|aujourd'hui|et|celle|d'|aujourd'hui|est|close|."},
     "aujourd'hui stays one token, even after d'"},
    {"fr",
     "L’armée turque a riposté jusqu’à l’aube.",
     {"L’|armée|turque|a|riposté|jusqu’|à|l’|aube|."},
     "typographic apostrophe U+2019 works like the straight one"},
    {"fr",
     "Quelqu'un a vu la presqu'île depuis l'OTAN.",
     {"Quelqu'un|a|vu|la|presqu'île|depuis|l'|OTAN|."},
     "quelqu'un and presqu'île are words, not elisions"},

    // --- French inverted clitics and hyphenated words.
    {"fr",
     "Que va-t-il faire ? Rien, dit-il.",
     {"Que|va|-t-il|faire|?", "Rien|,|dit|-il|."},
     "inverted subject clitic with euphonic t, then a plain one"},
    {"fr",
     "Pourquoi a-t-elle menti, demande-t-on ; viendront-ils, viendront-elles, "
     "le peut-on, le savez-vous, devons-nous partir ?",
     {"Pourquoi|a|-t-elle|menti|,|demande|-t-on|;|viendront|-ils|,|viendront|"
      "-elles|,|le|peut|-on|,|le|savez|-vous|,|devons|-nous|partir|?"},
     "every subject clitic is split off with its hyphen"},
    {"fr",
     "Jean-Yves Le Drian salue le cessez-le-feu dans le nord-ouest, selon le "
     "vice-président des Etats-Unis.",
     {"Jean-Yves|Le|Drian|salue|le|cessez-le-feu|dans|le|nord-ouest|,|selon|"
      "le|vice-président|des|Etats-Unis|."},
     "hyphenated names and words stay whole; Le Drian is two tokens"},
    {"fr",
     "Bachar al-Assad a fixé un rendez-vous à Moscou.",
     {"Bachar|al-Assad|a|fixé|un|rendez-vous|à|Moscou|."},
     "al-Assad whole; rendez-vous is not a verb with -vous"},
    {"fr",
     "Qu'a-t-on appris ? Est-ce la fin ?",
     {"Qu'|a|-t-on|appris|?", "Est|-ce|la|fin|?"},
     "elision then inversion in one word; -ce is a clitic"},

    // --- French abbreviations.
    {"fr",
     "M. Macron a reçu Mme Merkel et MM. Dupont et Durand hier.",
     {"M.|Macron|a|reçu|Mme|Merkel|et|MM.|Dupont|et|Durand|hier|."},
     "M. and MM. keep their period and do not end the sentence"},
    {"fr",
     "Le Dr Martin a soigné les blessés. Le Dr. Roux aussi.",
     {"Le|Dr|Martin|a|soigné|les|blessés|.", "Le|Dr.|Roux|aussi|."},
     "Dr without period is a word; Dr. is an abbreviation"},
    {"fr",
     "Ils ont saisi des armes, des munitions, etc. mais pas d'argent.",
     {"Ils|ont|saisi|des|armes|,|des|munitions|,|etc.|mais|pas|d'|argent|."},
     "etc. before a lowercase word does not end the sentence"},
    {"fr",
     "Ils ont saisi des armes, des munitions, etc. La police enquête.",
     {"Ils|ont|saisi|des|armes|,|des|munitions|,|etc.", "La|police|enquête|."},
     "etc. before a capital ends the sentence and keeps its period"},
    {"fr",
     "Le président George W. Bush a rencontré M. Chirac.",
     {"Le|président|George|W.|Bush|a|rencontré|M.|Chirac|."},
     "an initial inside a name does not end the sentence"},

    // --- French quotes.
    {"fr",
     "Il dénonce les « atrocités » du régime.",
     {"Il|dénonce|les|«|atrocités|»|du|régime|."},
     "guillemets are separate tokens and do not end the sentence"},
    {"fr",
     "Il a déclaré : « Nous ne céderons pas. » Puis il est parti.",
     {"Il|a|déclaré|:|«|Nous|ne|céderons|pas|.|»", "Puis|il|est|parti|."},
     "the closing guillemet after a spaced period stays with its sentence"},
    {"fr",
     "« Nous ne céderons pas.» Le ministre est parti.",
     {"«|Nous|ne|céderons|pas|.|»", "Le|ministre|est|parti|."},
     "a sentence ending with .» includes the closing guillemet"},
    {"fr",
     "« Pourquoi partir ? » a-t-il demandé aux journalistes.",
     {"«|Pourquoi|partir|?|»|a|-t-il|demandé|aux|journalistes|."},
     "a quoted question followed by a lowercase verb is one sentence"},
    {"fr",
     "Il parle d'un “accord historique” et d'une \"trêve\".",
     {"Il|parle|d'|un|“|accord|historique|”|et|d'|une|\"|trêve|\"|."},
     "curly and straight double quotes are tokens"},

    // --- Numbers and dates.
    {"fr",
     "Plus de 14 000 soldats et 1,5 million de civils ont fui.",
     {"Plus|de|14 000|soldats|et|1,5|million|de|civils|ont|fui|."},
     "space-grouped number is one token; decimal comma kept"},
    {"fr",
     "Il y a 14\xC2\xA0"
     "000 morts, 2\xE2\x80\xAF"
     "500 blessés et 1 234 567,5 euros.",
     {"Il|y|a|14\xC2\xA0"
      "000|morts|,|2\xE2\x80\xAF"
      "500|blessés|et|1 234 567,5|euros|."},
     "U+00A0 and U+202F group separators; several groups and decimals"},
    {"fr",
     "Le 17/02/2020 à 10h30, soit le 2020-02-17, la hausse était de 15%.",
     {"Le|17/02/2020|à|10h30|,|soit|le|2020-02-17|,|la|hausse|était|de|15|%|."},
     "numeric dates and times are one token; percent sign apart"},
    {"fr",
     "L'attaque a eu lieu le 4 février 2020 vers 3.5 km au nord.",
     {"L'|attaque|a|eu|lieu|le|4|février|2020|vers|3.5|km|au|nord|."},
     "dates are plain tokens; 2020 is not grouped with 4"},
    {"fr",
     "Les combats ont fait 12 morts. 14 militaires ont été blessés.",
     {"Les|combats|ont|fait|12|morts|.", "14|militaires|ont|été|blessés|."},
     "a sentence may start with a number"},

    // --- English clitics.
    {"en",
     "The army's offensive in Syria's north didn't stop.",
     {"The|army|'s|offensive|in|Syria|'s|north|did|n't|stop|."},
     "possessive 's and n't are split (Penn Treebank style)"},
    {"en",
     "They can't say they're ready, and we don't know.",
     {"They|ca|n't|say|they|'re|ready|,|and|we|do|n't|know|."},
     "can't -> ca n't; 're split"},
    {"en",
     "The soldiers' families met O'Brien’s aides.",
     {"The|soldiers|'|families|met|O'Brien|’s|aides|."},
     "plural possessive apostrophe alone; O'Brien kept; curly 's split"},

    // --- English abbreviations.
    {"en",
     "Mr. Smith and Mrs. Jones met Gen. Allen, Lt. Col. Reed and Sen. Ross "
     "on Jan. 5 and Feb. 9.",
     {"Mr.|Smith|and|Mrs.|Jones|met|Gen.|Allen|,|Lt.|Col.|Reed|and|Sen.|Ross|"
      "on|Jan.|5|and|Feb.|9|."},
     "titles, ranks and months keep their period and never end a sentence"},
    {"en",
     "Rep. Diaz visited St. Louis with U.S. and U.N. officials.",
     {"Rep.|Diaz|visited|St.|Louis|with|U.S.|and|U.N.|officials|."},
     "U.S. and U.N. are one token each"},
    {"en",
     "The U.S. Treasury said George W. Bush agreed.",
     {"The|U.S.|Treasury|said|George|W.|Bush|agreed|."},
     "U.S. before a capital and an initial in a name do not end a sentence"},
    {"en",
     "Talks resumed in Washington, D.C. They failed.",
     {"Talks|resumed|in|Washington|,|D.C.", "They|failed|."},
     "an unlisted letter-period chain may end a sentence"},
    {"en",
     "They seized guns, ammunition, etc. The police left.",
     {"They|seized|guns|,|ammunition|,|etc.", "The|police|left|."},
     "etc. ends a sentence before a capital"},

    // --- English quotes and dates.
    {"en",
     "He said \"we will win.\" Then he left.",
     {"He|said|\"|we|will|win|.|\"", "Then|he|left|."},
     "the closing straight quote after the period stays with the sentence"},
    {"en",
     "\"Why?\" he asked. 'Because,' she said.",
     {"\"|Why|?|\"|he|asked|.", "'|Because|,|'|she|said|."},
     "a quoted question before a lowercase word is not a sentence end"},
    {"en",
     "On March 3, 2020, it paid 14,000 dlrs, up 3.5 pct.",
     {"On|March|3|,|2020|,|it|paid|14,000|dlrs|,|up|3.5|pct|."},
     "comma-grouped and decimal numbers are one token"},

    // --- Web and symbols.
    {"fr",
     "Voir https://www.lemonde.fr/international/article.html?id=3 ou écrire "
     "à contact@lemonde.fr.",
     {"Voir|https://www.lemonde.fr/international/article.html?id=3|ou|écrire|"
      "à|contact@lemonde.fr|."},
     "URL and e-mail are one token; the final period is not part of them"},
    {"en",
     "Follow @BBCWorld and #Brexit (see www.bbc.co.uk/news).",
     {"Follow|@BBCWorld|and|#Brexit|(|see|www.bbc.co.uk/news|)|."},
     "handle, hashtag, www URL; an unmatched closing bracket is not in the "
     "URL"},
    {"en",
     "Great news 😀👍🏽 for 🇫🇷 fans!!",
     {"Great|news|😀|👍🏽|for|🇫🇷|fans|!!"},
     "emoji (with skin tone, flags) are their own tokens; !! one token"},
    {"en",
     "Wait... what?! It was cold -- very cold.",
     {"Wait|...|what|?!", "It|was|cold|--|very|cold|."},
     "runs of dots, ?! and -- are one token"},
    {"en",
     "It said.The army left.",
     {"It|said|.", "The|army|left|."},
     "a missing space after a period is still a sentence end"},

    // --- Paragraphs and lines.
    {"en",
     "Abbas 'will not tolerate' attacks\n\nThe Palestinian leader spoke.",
     {"Abbas|'|will|not|tolerate|'|attacks", "The|Palestinian|leader|spoke|."},
     "a title line before a blank line is its own sentence"},
    {"fr",
     "Résumé de l'arrêt\nDans son arrêt du 22 avril, la Cour a tranché en "
     "faveur des plaignants qui contestaient la loi.",
     {"Résumé|de|l'|arrêt",
      "Dans|son|arrêt|du|22|avril|,|la|Cour|a|tranché|en|faveur|des|"
      "plaignants|qui|contestaient|la|loi|."},
     "a short heading line followed by a capitalised line is a sentence"},
    {"en",
     "Standard Oil Co and BP North America\n"
     "Inc said they plan to form a venture to manage the money market\n"
     "borrowing and investment activities of both companies.\n"
     "    BP North America is a subsidiary of British Petroleum Co\n"
     "Plc, which also owns a 55 pct interest in Standard Oil.\n",
     {"Standard|Oil|Co|and|BP|North|America|Inc|said|they|plan|to|form|a|"
      "venture|to|manage|the|money|market|borrowing|and|investment|"
      "activities|of|both|companies|.",
      "BP|North|America|is|a|subsidiary|of|British|Petroleum|Co|Plc|,|which|"
      "also|owns|a|55|pct|interest|in|Standard|Oil|."},
     "wrapped lines (Reuters) are joined, even a short first line"},
    {"en",
     "The bank said the network would link 31 banks with a total of\n"
     "13.5 billion dlrs in assets and 7.5 billion dlrs in deposits, it\n"
     "said, adding that talks would resume on Mr.\n"
     "Jones's return.\n",
     {"The|bank|said|the|network|would|link|31|banks|with|a|total|of|13.5|"
      "billion|dlrs|in|assets|and|7.5|billion|dlrs|in|deposits|,|it|said|,|"
      "adding|that|talks|would|resume|on|Mr.|Jones|'s|return|."},
     "a wrapped line may end with a number or an abbreviation"},
    {"fr",
     "Le feu a ravagé la bibliothèque.\nLes pompiers sont intervenus toute la "
     "nuit pour éteindre l'incendie.\n14 personnes ont été interpellées "
     "dans la nuit de jeudi à vendredi par la police.\n",
     {"Le|feu|a|ravagé|la|bibliothèque|.",
      "Les|pompiers|sont|intervenus|toute|la|nuit|pour|éteindre|l'|incendie|.",
      "14|personnes|ont|été|interpellées|dans|la|nuit|de|jeudi|à|vendredi|"
      "par|la|police|."},
     "one sentence per line: each line break after a period ends a sentence"},
    {"fr",
     "Il a cité M.\nLe Pen parmi les candidats possibles à l'élection "
     "présidentielle de l'année prochaine.",
     {"Il|a|cité|M.|Le|Pen|parmi|les|candidats|possibles|à|l'|élection|"
      "présidentielle|de|l'|année|prochaine|."},
     "a line ending with an abbreviation does not end the sentence"},
    {"en", "   \n\t \n", {}, "whitespace only gives no sentence"},
    {"en", "", {}, "empty text gives no sentence"},
    {"fr",
     "Fin\r\n\r\nDébut de la suite.\r\n",
     {"Fin", "Début|de|la|suite|."},
     "CRLF line ends; a blank line ends a sentence"},

    // --- Word segments of the fast path (text/word_breaks.h), which must be
    // what ICU's word iterator gives; the expectations are the output of the
    // ICU-only segmenter.
    {"fr",
     "Le score était de 3:2, l’écart de 1,5 point et le taux de 2.000 "
     "euros ; voir l’annexe a1 et 1a.",
     {"Le|score|était|de|3|:|2|,|l’|écart|de|1,5|point|et|le|taux|de|2.000|"
      "euros|;|voir|l’|annexe|a1|et|1a|."},
     "the colon joins nothing; , . join digits; letters and digits join"},
    {"fr",
     "Le collectif @gilets_jaunes a écrit à contact@exemple.fr : "
     "« Rendez-vous à 14h30 ! »",
     {"Le|collectif|@gilets_jaunes|a|écrit|à|contact@exemple.fr|:|«|"
      "Rendez-vous|à|14h30|!|»"},
     "@ is a letter for ICU 72; the underscore joins letters"},
    {"fr",
     "Le fichier rapport_final_2020.pdf et la variable __init__ sont là, "
     "tout comme _x et x_.",
     {"Le|fichier|rapport_final_2020|.|pdf|et|la|variable|__init__|sont|là|"
      ",|tout|comme|_x|et|x_|."},
     "a period does not join a digit to a letter; lone underscores join"},
    {"fr",
     "Łódź, Čapek, Ærø et Şanlıurfa ont voté, comme Σύριζα et Единая "
     "Россия.",
     {"Łódź|,|Čapek|,|Ærø|et|Şanlıurfa|ont|voté|,|comme|Σύριζα|et|Единая|"
      "Россия|."},
     "Latin Extended, Greek and Cyrillic letters are letters"},
    {"fr",
     "Vraiment\xC2\xA0? Oui\xC2\xA0! Il a dit\xE2\x80\xAF: "
     "«\xE2\x80\xAFnon\xE2\x80\xAF» puis 2\xE2\x80\xAF"
     "500 fois.",
     {"Vraiment|?", "Oui|!",
      "Il|a|dit|:|«|non|»|puis|2\xE2\x80\xAF"
      "500|fois|."},
     "U+00A0 and U+202F around French punctuation; U+202F glued to a word "
     "is dropped from it"},
    {"fr",
     "Il hésite… puis — enfin — accepte les 1'000 francs des élu·e·s, "
     "les mots x'y'z, 1,2,3 et 4.5.6.",
     {"Il|hésite|…|puis|—|enfin|—|accepte|les|1'000|francs|des|élu·e·s|,|"
      "les|mots|x'y'z|,|1,2,3|et|4.5.6|."},
     "the apostrophe joins digits and letters, the middle dot letters"},
    {"fr",
     "Les mots e\xCC\x81te\xCC\x81 et cou\xC2\xADper passent par ICU.",
     {"Les|mots|e\xCC\x81te\xCC\x81|et|cou\xC2\xADper|passent|par|ICU|."},
     "combining accents and the soft hyphen are left to ICU"},
    {"en",
     "Prices rose 3.5%, to $1,234.56 (vs. 1'000) and the __main__ file_2 "
     "won; tweets by @user_1 and @UN.",
     {"Prices|rose|3.5|%|,|to|$|1,234.56|(|vs.|1'000|)|and|the|__main__|"
      "file_2|won|;|tweets|by|@user_1|and|@UN|."},
     "numbers with separators, underscores, handles"},
};

class GoldenTest : public testing::TestWithParam<Golden> {};

TEST_P(GoldenTest, Segments) {
  const Golden& g = GetParam();
  std::vector<Sentence> out = SegmentOrDie(g.lang, g.text);
  EXPECT_EQ(Render(g.text, out), g.sentences) << g.reason;
}

INSTANTIATE_TEST_SUITE_P(Cases, GoldenTest, testing::ValuesIn(kGolden),
                         [](const testing::TestParamInfo<Golden>& info) {
                           return std::string(info.param.lang) + "_" +
                                  std::to_string(info.index);
                         });

// ---------------------------------------------------------------------------
// Flags, errors, limits.

TEST(SegmenterTest, FlagsElisionsCliticsAndParagraphs) {
  std::string text = "L'armée a-t-elle tiré ?\n\nOui, dit-il. Puis rien.";
  std::vector<Sentence> out = SegmentOrDie("fr", text);
  ASSERT_EQ(out.size(), 3u);
  const auto& first = out[0].tokens;
  EXPECT_EQ(first[0].flags, Token::kParagraph | Token::kElided);
  EXPECT_EQ(first[1].flags, Token::kNone);
  EXPECT_EQ(first[3].flags, Token::kClitic);
  EXPECT_EQ(out[1].tokens[0].flags, Token::kParagraph);
  EXPECT_EQ(out[1].tokens[3].flags, Token::kClitic);
  EXPECT_EQ(out[2].tokens[0].flags, Token::kNone) << "not after a blank line";
}

TEST(SegmenterTest, SentenceOffsetsAreTrimmed) {
  std::string text = "  \n  Il pleut.   Il vente.  \n";
  std::vector<Sentence> out = SegmentOrDie("fr", text);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(text.substr(out[0].begin, out[0].end - out[0].begin), "Il pleut.");
  EXPECT_EQ(text.substr(out[1].begin, out[1].end - out[1].begin), "Il vente.");
}

TEST(SegmenterTest, AppendsToOutput) {
  std::vector<Sentence> out(1);
  ASSERT_TRUE(Get("en").Segment("One. Two.", &out).ok());
  EXPECT_EQ(out.size(), 3u);
}

TEST(SegmenterTest, RejectsTextOver4GiB) {
  static const char kByte = 'a';
  // Never read: the size check comes first.
  std::string_view huge(&kByte, (size_t{1} << 32) + 1);
  std::vector<Sentence> out;
  Status status = Get("en").Segment(huge, &out);
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(out.empty());
}

TEST(SegmenterTest, CreateChecksLanguageAndToleratesMissingData) {
  auto bad = Segmenter::Create("../fr", DYAD_SOURCE_DATA_DIR);
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  auto no_data = Segmenter::Create("fr", "/nonexistent/dyad/data");
  ASSERT_TRUE(no_data.ok()) << no_data.status().ToString();
  EXPECT_EQ((*no_data)->lang(), "fr");
  // Without the list, "Gen." is not an abbreviation but ICU's and the
  // built-in rules still hold: M. is an initial.
  std::vector<Sentence> out;
  ASSERT_TRUE((*no_data)->Segment("Il a vu M. Fabre.", &out).ok());
  EXPECT_EQ(out.size(), 1u);
}

TEST(SegmenterTest, OtherLanguagesGetNeutralRules) {
  std::vector<Sentence> out = SegmentOrDie("de", "Die Armee's l'État geht.");
  EXPECT_EQ(Render("Die Armee's l'État geht.", out),
            std::vector<std::string>{"Die|Armee's|l'État|geht|."});
}

TEST(SegmenterTest, CapsVeryLongSentences) {
  std::string text;
  for (int i = 0; i < 1234; ++i) text += "mot ";
  std::vector<Sentence> out = SegmentOrDie("fr", text);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].tokens.size(), 500u);
  EXPECT_EQ(out[2].tokens.size(), 234u);
}

TEST(SegmenterTest, HugeParagraphIsProcessedInWindows) {
  // Over the 16 MiB window, no line break and no punctuation.
  std::string text;
  text.reserve(17 << 20);
  while (text.size() < (17u << 20)) text += "armée ";
  std::vector<Sentence> out;
  ASSERT_TRUE(Get("fr").Segment(text, &out).ok());
  size_t tokens = 0;
  uint32_t last = 0;
  for (const Sentence& s : out) {
    ASSERT_GE(s.begin, last);
    last = s.end;
    tokens += s.tokens.size();
    for (const Token& t : s.tokens) ASSERT_EQ(t.end - t.begin, 6u);
  }
  EXPECT_EQ(tokens, text.size() / 7);
}

TEST(SegmenterTest, ThreadSafe) {
  std::string text =
      "M. Le Drian a-t-il parlé à l'ONU ? Oui.\n\nLe 17/02/2020, 14 000 "
      "soldats « ont fui ». C'est tout.";
  std::vector<Sentence> expected = SegmentOrDie("fr", text);
  std::vector<std::thread> threads;
  std::vector<int> mismatches(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        std::vector<Sentence> out;
        if (!Get("fr").Segment(text, &out).ok() ||
            Render(text, out) != Render(text, expected)) {
          ++mismatches[t];
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int m : mismatches) EXPECT_EQ(m, 0);
}

// Random mixes of the pieces that break tokenisers: no crash, invariants hold.
TEST(SegmenterTest, RandomTextKeepsInvariants) {
  const std::vector<std::string> pieces = {"a",
                                           "É",
                                           "l'",
                                           "qu’",
                                           "-t-il",
                                           "-",
                                           "‐",
                                           ".",
                                           "...",
                                           "?",
                                           "!",
                                           ",",
                                           " ",
                                           "  ",
                                           "\xC2\xA0",
                                           "\xE2\x80\xAF",
                                           "\n",
                                           "\n\n",
                                           "\r\n",
                                           "\t",
                                           "\xE2\x80\xA8",
                                           "\xE2\x80\xA9",
                                           "\xC2\x85",
                                           "\v",
                                           "\f",
                                           "14",
                                           "000",
                                           "1,5",
                                           "«",
                                           "»",
                                           "\"",
                                           "'",
                                           "“",
                                           "”",
                                           "(",
                                           ")",
                                           "M.",
                                           "U.S.",
                                           "etc.",
                                           "http://",
                                           "www.",
                                           "@",
                                           "#",
                                           "x@y.fr",
                                           "\xCC\x81",
                                           "\xE2\x80\x8D",
                                           "\xE2\x80\x8B",
                                           "\xEF\xBB\xBF",
                                           "\x01",
                                           "\x7F",
                                           "😀",
                                           "🏽",
                                           "🇫",
                                           "中文",
                                           "ไทย",
                                           "Jean-Yves",
                                           "aujourd'hui",
                                           "don't",
                                           "’s",
                                           "/",
                                           "%",
                                           "_"};
  std::mt19937 rng(20240217);
  for (const char* lang : {"fr", "en", "de"}) {
    for (int round = 0; round < 600; ++round) {
      std::string text;
      int n = std::uniform_int_distribution<int>(0, 60)(rng);
      for (int i = 0; i < n; ++i) {
        text += pieces[std::uniform_int_distribution<size_t>(
            0, pieces.size() - 1)(rng)];
      }
      std::vector<Sentence> out;
      ASSERT_TRUE(Get(lang).Segment(text, &out).ok());
      CheckInvariants(text, out);
      if (HasFatalFailure()) {
        ADD_FAILURE() << "text: '" << text << "'";
        return;
      }
    }
  }
}

TEST(SegmenterTest, InvalidUtf8DoesNotCrash) {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    int n = std::uniform_int_distribution<int>(0, 80)(rng);
    for (int i = 0; i < n; ++i) {
      text +=
          static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng));
    }
    std::vector<Sentence> out;
    ASSERT_TRUE(Get("fr").Segment(text, &out).ok());
    CheckInvariants(text, out, /*valid_utf8=*/false);
  }
}

// ---------------------------------------------------------------------------
// Real text from the shared corpora (absent on a user's clone).

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path SharedDir() { return fs::path(DYAD_SHARED_DIR); }

#define SKIP_WITHOUT_SHARED()                                     \
  if (!fs::exists(SharedDir() / "corpora")) {                     \
    GTEST_SKIP() << SharedDir().string()                          \
                 << "/corpora not found; skipping corpus checks"; \
  }

TEST(CorpusTest, SeedArticleHasTwelveSentences) {
  SKIP_WITHOUT_SHARED();
  std::string text = ReadFile(SharedDir() / "corpora/seed_article_fr.txt");
  std::vector<Sentence> out = SegmentOrDie("fr", text);
  ASSERT_EQ(out.size(), 12u);
  EXPECT_EQ(out[0].tokens[0].flags & Token::kParagraph, Token::kParagraph);
  // Each sentence matches the gold annotation's text, when it is there.
  std::ifstream gold(SharedDir() / "gold/seed_article.jsonl");
  std::string line;
  size_t i = 0;
  while (std::getline(gold, line) && i < out.size()) {
    const std::string key = "\"text\":\"";
    size_t b = line.find(key);
    if (b == std::string::npos) continue;
    b += key.size();
    size_t e = line.find("\",\"", b);
    if (e == std::string::npos) continue;
    EXPECT_EQ(text.substr(out[i].begin, out[i].end - out[i].begin),
              line.substr(b, e - b));
    ++i;
  }
}

TEST(CorpusTest, WikinewsFrenchInvariants) {
  SKIP_WITHOUT_SHARED();
  fs::path path = SharedDir() / "corpora/fr/wikinews_fr_sample.txt";
  if (!fs::exists(path)) GTEST_SKIP() << path << " not found";
  std::string text = ReadFile(path);
  std::vector<Sentence> out = SegmentOrDie("fr", text);
  // One sentence per line, some lines cut after "M." or ":" by the source.
  size_t lines = std::count(text.begin(), text.end(), '\n');
  EXPECT_GT(out.size(), lines * 9 / 10);
  EXPECT_LT(out.size(), lines * 11 / 10);
}

TEST(CorpusTest, BbcPoliticsInvariants) {
  SKIP_WITHOUT_SHARED();
  fs::path dir = SharedDir() / "corpora/en/bbc_news/news/politics";
  if (!fs::exists(dir)) GTEST_SKIP() << dir << " not found";
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  if (files.size() > 60) files.resize(60);
  for (const fs::path& file : files) {
    std::string text = ReadFile(file);
    std::vector<Sentence> out = SegmentOrDie("en", text);
    ASSERT_FALSE(out.empty()) << file;
    // The title line is a sentence of its own.
    size_t title_end = text.find('\n');
    EXPECT_LE(out[0].end, title_end) << file;
    EXPECT_GE(out.size(), 3u) << file;
  }
}

TEST(CorpusTest, ReutersInvariants) {
  SKIP_WITHOUT_SHARED();
  fs::path path = SharedDir() / "corpora/en/reuters21578/reut2-000.sgm";
  if (!fs::exists(path)) GTEST_SKIP() << path << " not found";
  std::string sgm = ReadFile(path);
  size_t pos = 0;
  int bodies = 0;
  while (bodies < 150) {
    size_t b = sgm.find("<BODY>", pos);
    if (b == std::string::npos) break;
    b += 6;
    size_t e = sgm.find("</BODY>", b);
    if (e == std::string::npos) break;
    pos = e;
    std::string body = sgm.substr(b, e - b);  // Latin-1 is ASCII here
    if (!std::all_of(body.begin(), body.end(),
                     [](char c) { return (c & 0x80) == 0; })) {
      continue;
    }
    std::vector<Sentence> out = SegmentOrDie("en", body);
    ++bodies;
    for (const Sentence& s : out) {
      // Wrapped lines are joined: a sentence never starts in lowercase
      // after a line break inside a paragraph.
      if (s.begin > 0 && body[s.begin - 1] == '\n' &&
          !(s.begin > 1 && body[s.begin - 2] == '\n')) {
        EXPECT_FALSE(std::islower(static_cast<unsigned char>(body[s.begin])))
            << body.substr(s.begin, 60);
      }
    }
  }
  EXPECT_GT(bodies, 100);
}

}  // namespace
}  // namespace dyad
