#include "dyad/morphology.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

namespace dyad {
namespace {

// Test-only tokeniser (the real Segmenter lives in src/text): splits at
// spaces, and in French after an apostrophe (' or ’) followed by more text
// ("l'armée" → "l'" "armée"). Punctuation and English clitics ("'s", "n't")
// are written apart in the test sentences.
Sentence Tokenise(std::string_view text, bool elisions = true) {
  Sentence s;
  s.begin = 0;
  s.end = static_cast<uint32_t>(text.size());
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && text[j] != ' ') {
      size_t apos = 0;
      if (text[j] == '\'') apos = 1;
      if (text.compare(j, 3, "\xE2\x80\x99") == 0) apos = 3;
      if (elisions && apos > 0 && j + apos < text.size() &&
          text[j + apos] != ' ') {
        Token t;
        t.begin = static_cast<uint32_t>(i);
        t.end = static_cast<uint32_t>(j + apos);
        t.flags = Token::kElided;
        s.tokens.push_back(t);
        i = j + apos;
        j = i;
        continue;
      }
      ++j;
    }
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.end = static_cast<uint32_t>(j);
    s.tokens.push_back(t);
    i = j;
  }
  return s;
}

const Morphology& Get(const std::string& lang) {
  static const Morphology* fr = nullptr;
  static const Morphology* en = nullptr;
  const Morphology*& m = lang == "fr" ? fr : en;
  if (m == nullptr) {
    MorphologyOptions o;
    o.lang = lang;
    o.data_dir = DYAD_SOURCE_DATA_DIR;
    auto r = Morphology::Create(o);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    m = r.value().release();  // kept for the whole test run
  }
  return *m;
}

struct Word {
  std::string form;
  std::string lemma;
  std::string pos;
  std::string tag;  // a tag the chosen reading must have ("" = none)
};

// Analyses `text` and returns the chosen reading of every token.
std::vector<Word> Run(const std::string& lang, const std::string& text) {
  Sentence s = Tokenise(text, lang == "fr");
  Status st = Get(lang).Analyze(text, &s);
  EXPECT_TRUE(st.ok()) << st.ToString();
  std::vector<Word> out;
  for (const Token& t : s.tokens) {
    EXPECT_NE(t.analysis, nullptr);
    if (t.analysis == nullptr) continue;
    const Reading* r = t.chosen();
    out.push_back({std::string(t.Text(text)), r->lemma,
                   std::string(PosName(r->pos)), r->tags});
  }
  return out;
}

struct Golden {
  std::string lang;
  std::string text;
  std::vector<Word> expect;  // checked in order, by form
  std::string reason;
};

void Check(const Golden& g) {
  std::vector<Word> got = Run(g.lang, g.text);
  std::string all;
  for (const Word& w : got) {
    all += w.form + "/" + w.lemma + "/" + w.pos + "/" + w.tag + " ";
  }
  size_t from = 0;
  for (const Word& want : g.expect) {
    bool found = false;
    for (size_t k = from; k < got.size(); ++k) {
      if (got[k].form != want.form) continue;
      found = true;
      from = k + 1;
      EXPECT_EQ(got[k].lemma, want.lemma)
          << want.form << " in \"" << g.text << "\" (" << g.reason
          << ")\n  got: " << all;
      EXPECT_EQ(got[k].pos, want.pos)
          << want.form << " in \"" << g.text << "\" (" << g.reason
          << ")\n  got: " << all;
      if (!want.tag.empty()) {
        Reading r;
        r.tags = got[k].tag;
        EXPECT_TRUE(r.HasTag(want.tag))
            << want.form << " should have tag " << want.tag << " in \""
            << g.text << "\" (" << g.reason << ")\n  got: " << all;
      }
      break;
    }
    EXPECT_TRUE(found) << "no token '" << want.form << "' in \"" << g.text
                       << "\"\n  got: " << all;
  }
}

TEST(MorphologyTest, FrenchGolden) {
  const std::vector<Golden> cases = {
      {"fr",
       "L'aviation égyptienne a mené des raids contre les passeurs .",
       {{"L'", "le", "DET", "def"},
        {"aviation", "aviation", "NOUN", ""},
        {"égyptienne", "égyptien", "ADJ", ""},
        {"a", "avoir", "AUX", "vbhaver"},
        {"mené", "mener", "VERB", "pp"},
        {"des", "de", "ADP", ""},
        {"raids", "raid", "NOUN", ""},
        {"contre", "contre", "ADP", ""},
        {"les", "le", "DET", ""},
        {".", ".", "PUNCT", ""}},
       "article before a noun, avoir + participle is a compound past"},
      {"fr",
       "Angela Merkel a appelé la Serbie à respecter ses engagements",
       {{"Angela", "Angela", "PROPN", ""},
        {"Merkel", "Merkel", "PROPN", ""},
        {"a", "avoir", "AUX", ""},
        {"appelé", "appeler", "VERB", "pp"},
        {"la", "le", "DET", ""},
        {"Serbie", "Serbie", "PROPN", ""},
        {"à", "à", "ADP", ""},
        {"respecter", "respecter", "VERB", "inf"}},
       "la before a proper noun is the article, à + infinitive"},
      {"fr",
       "la milice kurde tuant plusieurs policiers irakiens",
       {{"kurde", "kurde", "ADJ", ""},
        {"tuant", "tuer", "VERB", "ger"},
        {"plusieurs", "plusieurs", "DET", ""},
        {"policiers", "policier", "NOUN", ""},
        {"irakiens", "irakien", "ADJ", ""}},
       "noun after a determiner, adjective after a noun, gerund"},
      {"fr",
       "la rencontre des deux ministres s'est déroulée après un long silence",
       {{"s'", "se", "PRON", "ref"},
        {"est", "être", "AUX", "vbser"},
        {"déroulée", "dérouler", "VERB", "pp"}},
       "reflexive clitic + être + participle"},
      {"fr",
       "après que 9 soldats tchadiens aient subi la riposte",
       {{"après que", "après que", "SCONJ", ""},
        {"9", "9", "NUM", ""},
        {"aient", "avoir", "AUX", "prs"},
        {"subi", "subir", "VERB", "pp"},
        {"la", "le", "DET", ""},
        {"riposte", "riposte", "NOUN", ""}},
       "subjunctive auxiliary + participle; la before a noun"},
      {"fr",
       "il la soutient",
       {{"il", "il", "PRON", ""},
        {"la", "le", "PRON", "pro"},
        {"soutient", "soutenir", "VERB", "pri"}},
       "clitic between a subject pronoun and a verb"},
      {"fr",
       "Le président truc a discuté",
       {{"Le", "le", "DET", ""},
        {"président", "président", "NOUN", ""},
        {"truc", "truc", "NOUN", ""},
        {"a", "avoir", "AUX", ""}},
       "sentence-initial capital gets a lowercase lemma; typo stays a noun"},
      {"fr",
       "les affrontements à Kadugli , dans le sud-est",
       {{"Kadugli", "Kadugli", "PROPN", "np"},
        {",", ",", "PUNCT", ""},
        {"sud-est", "sud-est", "NOUN", ""}},
       "unknown capitalised word is a proper noun; hyphenated noun"},
      {"fr",
       "Il a vivement dénoncé la décision",
       {{"Il", "il", "PRON", ""},
        {"a", "avoir", "AUX", ""},
        {"vivement", "vivement", "ADV", ""},
        {"dénoncé", "dénoncer", "VERB", "pp"}},
       "an adverb between the auxiliary and the participle"},
      {"fr",
       "il a des problèmes",
       {{"a", "avoir", "VERB", "vblex"}},
       "avoir without a participle is the main verb"},
      {"fr",
       "l’armée a riposté en bombardant les positions",
       {{"l’", "le", "DET", ""},
        {"en", "en", "ADP", ""},
        {"bombardant", "bombarder", "VERB", "ger"}},
       "typographic apostrophe; en before a gerund is a preposition"},
      {"fr",
       "le cessez-le-feu négocié en juin",
       {{"cessez-le-feu", "cessez-le-feu", "NOUN", ""},
        {"négocié", "négocier", "VERB", "pp"}},
       "hyphenated cessez-le-feu is one Apertium noun"},
      {"fr",
       "la zone sera soumise à un cessez le feu",
       {{"cessez le feu", "cessez-le-feu", "NOUN", ""}},
       "cessez le feu without hyphens is merged"},
      {"fr",
       "elle s'est placée du côté de Moscou au lieu de défendre ses voisins",
       {{"placée", "placer", "VERB", "pp"},
        {"du côté de", "du côté de", "ADP", ""},
        {"au lieu de", "au lieu de", "ADP", ""},
        {"défendre", "défendre", "VERB", "inf"}},
       "prepositional locutions are single tokens"},
      {"fr",
       "les troupes ont été tuées lors d'une attaque",
       {{"ont", "avoir", "AUX", ""},
        {"été", "être", "AUX", "pp"},
        {"tuées", "tuer", "VERB", "pp"},
        {"lors d'", "lors de", "ADP", ""},
        {"attaque", "attaque", "NOUN", ""}},
       "passive compound past; elided variant of lors de"},
      {"fr",
       "une zone fragilisée par des bombardements intenses",
       {{"fragilisée", "fragiliser", "VERB", "pp"},
        {"par", "par", "ADP", ""},
        {"bombardements", "bombardement", "NOUN", ""},
        {"intenses", "intense", "ADJ", ""}},
       "participle + agent; adjective after a noun"},
      {"fr",
       "les forces ont blurfé la ville",
       {{"blurfé", "blurfé", "NOUN", ""}},
       "unknown lowercase word: lemma = form, NOUN"},
      {"fr",
       "L'OMS fait part de son inquiétude",
       {{"fait", "faire", "VERB", ""}, {"part", "part", "NOUN", ""}},
       "subject + verb + bare noun + preposition: an idiom's verb, not 'le "
       "fait'"},
      {"fr",
       "le fait divers de la semaine",
       {{"fait", "fait", "NOUN", ""}},
       "after a determiner 'fait' stays the noun"},
      {"fr",
       "il a dit qu'il partira",
       {{"qu'", "que", "SCONJ", ""}, {"il", "il", "PRON", ""}},
       "que after a verb is a conjunction"},
      {"fr",
       "un bilan de 14\u00a0000 morts et 1,5 million de déplacés",
       {{"14\u00a0000", "14\u00a0000", "NUM", ""}, {"1,5", "1,5", "NUM", ""}},
       "numbers with inner spaces and commas are one NUM"},
      {"fr",
       "les échanges continuent à devenir plus rares , a fait savoir Berlin",
       {{"devenir", "devenir", "VERB", "inf"},
        {"savoir", "savoir", "VERB", "inf"}},
       "infinitive after à or a verb, not the noun"},
      {"fr",
       "Ils entretiennent de bons rapports face au mutisme de Londres",
       {{"Ils", "il", "PRON", ""},
        {"bons", "bon", "ADJ", ""},
        {"face au", "face à", "ADP", "pr+det"}},
       "adjective before a noun; locution + contracted article merged"},
  };
  for (const Golden& g : cases) Check(g);
}

TEST(MorphologyTest, EnglishGolden) {
  const std::vector<Golden> cases = {
      {"en",
       "The army 's soldiers were killed by rebels on Monday , Mr. Smith "
       "said .",
       {{"The", "the", "DET", ""},
        {"army", "army", "NOUN", ""},
        {"'s", "'s", "PART", "gen"},
        {"soldiers", "soldier", "NOUN", ""},
        {"were", "be", "AUX", "past"},
        {"killed", "kill", "VERB", "pp"},
        {"by", "by", "ADP", ""},
        {"rebels", "rebel", "NOUN", ""},
        {"on", "on", "ADP", ""},
        {"Monday", "Monday", "NOUN", ""},
        {"Smith", "Smith", "PROPN", ""},
        {"said", "say", "VERB", "past"}},
       "passive after be; rebels is a noun via data/en/lexicon.tsv"},
      {"en",
       "He has attacked the convoy",
       {{"He", "he", "PRON", ""},
        {"has", "have", "AUX", ""},
        {"attacked", "attack", "VERB", "pp"}},
       "have + participle is a perfect"},
      {"en",
       "attacks on civilians continued",
       {{"attacks", "attack", "NOUN", ""},
        {"on", "on", "ADP", ""},
        {"civilians", "civilian", "NOUN", ""},
        {"continued", "continue", "VERB", "past"}},
       "sentence-initial -s form without a subject is a noun"},
      {"en",
       "Russia wants to attack the town",
       {{"Russia", "Russia", "PROPN", ""}, {"attack", "attack", "VERB", "inf"}},
       "to + verb is an infinitive"},
      {"en",
       "they do n't want a ceasefire",
       {{"n't", "not", "PART", ""}, {"ceasefire", "ceasefire", "NOUN", ""}},
       "n't from data/en/lexicon.tsv"},
      {"en",
       "according to officials , the talks failed because of the shelling",
       {{"according to", "according to", "ADP", ""},
        {"because of", "because of", "ADP", ""}},
       "prepositional multiwords"},
      {"en",
       "troops were sent in order to protect villages , zorbling the town",
       {{"in order to", "in order to", "ADP", ""},
        {"protect", "protect", "VERB", "inf"},
        {"zorbling", "zorbling", "VERB", "ger"}},
       "in order to + infinitive; unknown -ing word guessed a verb"},
      {"en",
       "The ambush , which killed nine soldiers , was condemned",
       {{"which", "which", "PRON", "rel"},
        {"killed", "kill", "VERB", "past"},
        {"was", "be", "AUX", ""},
        {"condemned", "condemn", "VERB", "pp"}},
       "relative pronoun before a finite verb"},
      {"en",
       "The cabinet refuses to discuss the Lebanese proposals",
       {{"refuses", "refuse", "VERB", "pri"},
        {"discuss", "discuss", "VERB", "inf"},
        {"Lebanese", "lebanese", "ADJ", ""}},
       "noun + -s + to is a verb; English adjective before its noun"},
      {"en",
       "We have an opportunity",
       {{"We", "we", "PRON", ""}, {"have", "have", "VERB", "pres"}},
       "base form after a subject pronoun is the present"},
  };
  for (const Golden& g : cases) Check(g);
}

TEST(MorphologyTest, MultiwordSpansItsWords) {
  const std::string text = "Au lieu de partir";
  Sentence s = Tokenise(text);
  ASSERT_EQ(s.tokens.size(), 4u);
  ASSERT_TRUE(Get("fr").Analyze(text, &s).ok());
  ASSERT_EQ(s.tokens.size(), 2u);  // sentence-initial capital still matches
  EXPECT_EQ(s.tokens[0].begin, 0u);
  EXPECT_EQ(s.tokens[0].end, 10u);
  EXPECT_TRUE(s.tokens[0].flags & Token::kMultiword);
  EXPECT_EQ(s.tokens[0].chosen()->lemma, "au lieu de");
  EXPECT_TRUE(s.tokens[0].analysis->known);
}

TEST(MorphologyTest, LookupCachesOnce) {
  const Morphology& m = Get("fr");
  const FormAnalysis* a = m.Lookup("attaques");
  ASSERT_NE(a, nullptr);
  EXPECT_TRUE(a->known);
  EXPECT_EQ(m.Lookup("attaques"), a);  // same object: cached
  ASSERT_GE(a->readings.size(), 2u);
  EXPECT_EQ(a->readings[0].lemma, "attaque");
  EXPECT_EQ(a->readings[0].tags, "n.f.pl");
  EXPECT_EQ(a->readings[0].pos, Pos::kNoun);
  // A contraction is one reading: first lemma, units joined by '+'.
  const FormAnalysis* des = m.Lookup("des");
  ASSERT_EQ(des->readings.size(), 1u);
  EXPECT_EQ(des->readings[0].lemma, "de");
  EXPECT_EQ(des->readings[0].pos, Pos::kAdp);
  EXPECT_EQ(des->readings[0].tags, "pr+det.def.mf.pl");
  // ’ and ' spellings share one analysis.
  EXPECT_EQ(m.Lookup("qu\xE2\x80\x99"), m.Lookup("qu'"));
  // Unknown words.
  const FormAnalysis* idleb = m.Lookup("Idleb");
  EXPECT_FALSE(idleb->known);
  EXPECT_EQ(idleb->readings[0].lemma, "Idleb");
  EXPECT_EQ(idleb->readings[0].pos, Pos::kPropn);
  EXPECT_EQ(m.Lookup("\xC2\xAB")->readings[0].pos, Pos::kPunct);  // «
  EXPECT_EQ(m.Lookup("blurfage")->readings[0].pos, Pos::kNoun);
  EXPECT_EQ(m.Lookup("blurfement")->readings[0].pos, Pos::kAdv);
  EXPECT_EQ(m.Lookup("1er")->readings[0].pos, Pos::kAdj);
  EXPECT_EQ(m.Lookup("14 000")->readings[0].pos, Pos::kNum);
  EXPECT_EQ(m.Lookup("14 000")->readings[0].lemma, "14 000");
  // Characters special to Apertium's stream go through escaped.
  for (const char* odd : {"", "^", "$", "a/b", "<x>", "[1]", "{", "@", "*", "#",
                          "\\", "C++", "http://x.org/a?b=c"}) {
    const FormAnalysis* f = m.Lookup(odd);
    ASSERT_NE(f, nullptr) << odd;
    EXPECT_FALSE(f->readings.empty()) << odd;
  }
}

TEST(MorphologyTest, EnglishPronounLemmas) {
  const Morphology& m = Get("en");
  EXPECT_EQ(m.Lookup("He")->readings[0].lemma, "he");
  EXPECT_EQ(m.Lookup("them")->readings[0].lemma, "they");
  EXPECT_EQ(m.Lookup("rebels")->readings[0].pos, Pos::kNoun);
}

TEST(MorphologyTest, EmptySentenceAndBadOffsets) {
  Sentence empty;
  EXPECT_TRUE(Get("fr").Analyze("", &empty).ok());
  Sentence bad;
  bad.tokens.push_back(Token{0, 50});
  Status st = Get("fr").Analyze("court", &bad);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
}

TEST(MorphologyTest, ThreadsShareOneMorphology) {
  MorphologyOptions o;
  o.lang = "fr";
  o.data_dir = DYAD_SOURCE_DATA_DIR;
  auto m = Morphology::Create(o);
  ASSERT_TRUE(m.ok());
  const Morphology& morph = *m.value();
  const std::vector<std::string> texts = {
      "L'aviation égyptienne a mené des raids contre les passeurs libyens",
      "Angela Merkel a appelé la Serbie à respecter ses engagements",
      "il la soutient au lieu de critiquer la position",
      "les troupes ont été tuées lors des bombardements",
      "9 soldats tchadiens aient subi la riposte à Kadugli",
  };
  // Expected results from one thread.
  std::vector<std::vector<const Reading*>> want;
  for (const std::string& t : texts) {
    Sentence s = Tokenise(t);
    ASSERT_TRUE(morph.Analyze(t, &s).ok());
    std::vector<const Reading*> rs;
    for (const Token& tok : s.tokens) rs.push_back(tok.chosen());
    want.push_back(rs);
  }
  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int th = 0; th < 4; ++th) {
    threads.emplace_back([&, th] {
      for (int round = 0; round < 200; ++round) {
        // New forms too, so threads race on cache insertion.
        std::string fresh = "mot" + std::to_string(round % 50) + " nouveau" +
                            std::to_string(th) + " " + texts[round % 5];
        Sentence s = Tokenise(fresh);
        if (!morph.Analyze(fresh, &s).ok()) ++mismatches;
        size_t k = round % texts.size();
        Sentence t = Tokenise(texts[k]);
        if (!morph.Analyze(texts[k], &t).ok()) ++mismatches;
        for (size_t i = 0; i < t.tokens.size(); ++i) {
          if (t.tokens[i].chosen() != want[k][i]) ++mismatches;
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(mismatches.load(), 0);
}

TEST(MorphologyTest, MissingAnalyserNamesThePackage) {
  MorphologyOptions o;
  o.lang = "fr";
  o.data_dir = DYAD_SOURCE_DATA_DIR;
  o.analyser_path = "/nonexistent/fra-cat.automorf.bin";
  auto m = Morphology::Create(o);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
  EXPECT_NE(m.status().message().find("apt-get install apertium-fra-cat"),
            std::string::npos)
      << m.status().message();
  o.lang = "en";
  o.analyser_path = "/nonexistent/eng-spa.automorf.bin";
  auto e = Morphology::Create(o);
  ASSERT_FALSE(e.ok());
  EXPECT_NE(e.status().message().find("apertium-eng-spa"), std::string::npos);
}

TEST(MorphologyTest, UnknownLanguage) {
  MorphologyOptions o;
  o.lang = "xx";
  auto m = Morphology::Create(o);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(m.status().message().find("known: en, fr"), std::string::npos);
}

TEST(MorphologyTest, MissingDataDirIsNotFound) {
  MorphologyOptions o;
  o.lang = "fr";
  o.data_dir = "/nonexistent/data";
  auto m = Morphology::Create(o);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace dyad
