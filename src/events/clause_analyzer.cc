#include "events/clause_analyzer.h"

#include <algorithm>

namespace dyad {

bool ClauseSentence::IsPreposition(size_t i) const {
  if (i >= size() || pos(i) != Pos::kAdp) return false;
  const Reading* r = reading[i];
  // "du", "des", "au" carry an article: before a mention they are more often
  // partitive / article than a preposition heading an oblique.
  return !(r && r->tags.find("+det") != std::string::npos && lemma[i] == "de");
}

void ClauseSentence::LookUpWords(const PatternBook& book) {
  const size_t n = size();
  lemma_info.resize(n);
  form_info.resize(n);
  for (size_t i = 0; i < n; ++i) {
    lemma_info[i] = book.Word(lemma[i]);
    form_info[i] = form[i] == lemma[i] ? lemma_info[i] : book.Word(form[i]);
  }
}

uint32_t ClauseSentence::TagBits(const Reading* r) {
  static constexpr std::pair<std::string_view, Tag> kNames[] = {
      {"cni", Tag::kCni}, {"fti", Tag::kFti},   {"ger", Tag::kGer},
      {"ind", Tag::kInd}, {"inf", Tag::kInf},   {"past", Tag::kPast},
      {"pp", Tag::kPp},   {"pprs", Tag::kPprs}, {"pro", Tag::kPro},
      {"ref", Tag::kRef}, {"subj", Tag::kSubj}, {"tn", Tag::kTn},
  };
  uint32_t bits = kTagsKnown;
  if (!r) return bits;
  std::string_view t = r->tags;
  while (!t.empty()) {
    const size_t dot = t.find('.');
    const std::string_view part = t.substr(0, dot);
    for (const auto& [name, tag] : kNames) {
      if (part == name) bits |= uint32_t{1} << static_cast<int>(tag);
    }
    if (dot == std::string_view::npos) break;
    t.remove_prefix(dot + 1);
  }
  return bits;
}

int ClauseSentence::MentionStarting(size_t i) const {
  if (i >= size() || mention_at[i] < 0) return -1;
  int m = mention_at[i];
  return mentions[m]->first_token == i ? m : -1;
}

namespace {

bool IsFiniteVerb(const ClauseSentence& s, size_t i) {
  if (s.pos(i) != Pos::kVerb && s.pos(i) != Pos::kAux) return false;
  return !s.HasTag(i, Tag::kPp) && !s.HasTag(i, Tag::kInf) &&
         !s.HasTag(i, Tag::kGer) && !s.HasTag(i, Tag::kPprs);
}

bool IsClitic(const ClauseSentence& s, size_t i) {
  if (s.pos(i) != Pos::kPron) return false;
  return s.HasTag(i, Tag::kPro) || s.lemma[i] == "se";
}

bool IsPunct(const ClauseSentence& s, size_t i, std::string_view p) {
  return s.pos(i) == Pos::kPunct && s.form[i] == p;
}

// Quotation marks may stand inside a verb group: a « exprimé ».
bool IsQuote(const ClauseSentence& s, size_t i) {
  static const std::string_view kQuotes[] = {"«", "»", "\"", "“", "”", "'"};
  for (auto q : kQuotes) {
    if (s.form[i] == q) return true;
  }
  return false;
}

constexpr size_t kNone = static_cast<size_t>(-1);

// The non-finite verb (infinitive, participle, gerund) whose direct object
// starts at token `start` (up to two determiners, adjectives or numbers
// between), or kNone.
size_t ObjectOfNonFinite(const ClauseSentence& s, size_t start) {
  for (size_t k = start, back = 0; k-- > 0 && back < 3; ++back) {
    Pos p = s.pos(k);
    if (p == Pos::kDet || p == Pos::kAdj || p == Pos::kNum) continue;
    if (p != Pos::kVerb) return kNone;
    return s.HasTag(k, Tag::kInf) || s.HasTag(k, Tag::kPp) ||
                   s.HasTag(k, Tag::kGer) || s.HasTag(k, Tag::kPprs)
               ? k
               : kNone;
  }
  return kNone;
}

}  // namespace

// In quoted speech, "nous", "je", "we", "I" as subject stand for the
// speaker of the sentence ("« Nous combattrons », a prévenu X"; "X said:
// \"We are ready to negotiate\""): the subject of its speech verb.
void ClauseAnalyzer::SpeakerForFirstPerson(
    const ClauseSentence& s, std::vector<Predicate>* preds) const {
  int speaker = -1, speech = -1;
  for (size_t q = 0; q < preds->size(); ++q) {
    const Predicate& g = (*preds)[q];
    if (g.subject >= 0 && !g.passive && g.Is(ClauseWord::kSpeech)) {
      speaker = g.subject;
      speech = static_cast<int>(q);
      break;
    }
  }
  if (speaker < 0) return;
  for (size_t pi = 0; pi < preds->size(); ++pi) {
    Predicate& p = (*preds)[pi];
    if (p.subject >= 0 || p.form == Predicate::Form::kNoun) continue;
    // "nous combattrons", "we are ready to negotiate": the pronoun within
    // four words before the verb group, nothing but words between.
    bool first_person = false;
    for (size_t k = p.first, back = 0; k-- > 0 && back < 4; ++back) {
      if (s.pos(k) == Pos::kPron && s.FormIs(k, ClauseWord::kFirstPerson)) {
        first_person = true;
        break;
      }
      if (s.pos(k) == Pos::kPunct || s.mention_at[k] >= 0 ||
          (s.pos(k) == Pos::kVerb && IsFiniteVerb(s, k))) {
        break;
      }
    }
    if (!first_person) continue;
    p.subject = speaker;
    p.speech = speech;
    p.notes += " 'nous/we' of the speaker;";
    for (Predicate& c : *preds) {
      if (c.governor == static_cast<int>(pi) && c.subject < 0) {
        c.subject = speaker;
        c.speech = speech;
      }
    }
  }
}

namespace {

// The antecedent of the relative pronoun at `r`: the mention just before
// it, past a comma and adjectives ("les citoyens honnêtes qui protestent").
int RelativeAntecedent(const ClauseSentence& s, size_t r) {
  size_t k = r;
  if (k > 0 && IsPunct(s, k - 1, ",")) --k;
  for (size_t back = 0; k > 0 && back < 2 && s.mention_at[k - 1] < 0 &&
                        s.pos(k - 1) == Pos::kAdj;
       ++back) {
    --k;
  }
  // "un parlementaire de l'opposition, James Soong, qui ...": a name the
  // dictionaries do not know, apposed to the mention before it.
  if (k >= 4 && s.mention_at[k - 1] < 0 && s.pos(k - 1) == Pos::kPropn) {
    size_t j = k - 1;
    while (j > 0 && j + 3 > k && s.pos(j - 1) == Pos::kPropn &&
           s.mention_at[j - 1] < 0) {
      --j;
    }
    if (j >= 2 && IsPunct(s, j - 1, ",") && s.mention_at[j - 2] >= 0) {
      return s.mention_at[j - 2];
    }
  }
  return k > 0 ? s.mention_at[k - 1] : -1;
}

}  // namespace

bool ClauseAnalyzer::Negation(const ClauseSentence& s, size_t i) const {
  return i < s.size() && s.WordIs(i, ClauseWord::kNegation);
}

int ClauseAnalyzer::SubjectBefore(const ClauseSentence& s, size_t first,
                                  std::vector<int>* co) const {
  co->clear();
  // Right after a quotation ("« ... », a affirmé X"), the speaker follows
  // the verb: nothing inside the quotation is its subject.
  for (size_t k = first, back = 0; k-- > 0 && back < 2; ++back) {
    if (s.form[k] == "»" || s.form[k] == "\"" || s.form[k] == "”") return -1;
    if (!IsPunct(s, k, ",")) break;
  }
  size_t steps = 0;
  for (size_t i = first; i-- > 0 && steps < 25; ++steps) {
    if (int m = s.mention_at[i]; m >= 0) {
      size_t start = s.mentions[m]->first_token;
      // An oblique: "par l'aviation russe"; go on left. Not after a
      // quantity: "Thousands of civil servants were", "des milliers de
      // manifestants ont".
      const bool quantity =
          start >= 2 &&
          (s.lemma[start - 1] == "of" || s.lemma[start - 1] == "de") &&
          (s.pos(start - 2) == Pos::kNum ||
           s.LemmaIs(start - 2, ClauseWord::kQuantity));
      // (Or a mention that took in a contracted "au"/"aux": "en visite au
      // Mexique".)
      const bool contracted_a =
          s.pos(start) == Pos::kAdp &&
          (s.lemma[start] == "à" || s.lemma[start] == "a");
      if (((start > 0 && s.IsPreposition(start - 1)) || contracted_a) &&
          !quantity) {
        i = start;
        if (!contracted_a) --i;
        continue;
      }
      // The object of the verb of a relative clause ("les frappes qui ont
      // touché Gaza ont tué"): the subject is the relative's antecedent.
      {
        size_t v = start;
        while (v > 0 &&
               (s.pos(v - 1) == Pos::kDet || s.pos(v - 1) == Pos::kNum ||
                s.pos(v - 1) == Pos::kAdj)) {
          --v;
        }
        if (v > 0 && s.pos(v - 1) == Pos::kVerb) {
          size_t g = v - 1;
          while (g > 0 &&
                 (s.pos(g - 1) == Pos::kAux || s.pos(g - 1) == Pos::kAdv)) {
            --g;
          }
          if (g > 0 && s.pos(g - 1) == Pos::kPron &&
              s.LemmaIs(g - 1, ClauseWord::kRelativeSubject)) {
            return RelativeAntecedent(s, g - 1);
          }
        }
      }
      // The object of a non-finite verb in an incidental clause closed by
      // a comma before our verb ("Poutine, après avoir rencontré des
      // responsables israéliens, s'est entretenu avec ..."): go on left
      // from that verb.
      if (size_t v = ObjectOfNonFinite(s, start); v != kNone) {
        bool comma = false;
        for (size_t k = s.mentions[m]->end_token; k < first; ++k) {
          if (IsPunct(s, k, ",")) comma = true;
        }
        if (comma) {
          // To the start of its verb group ("avoir rencontré").
          while (v > 0 &&
                 (s.pos(v - 1) == Pos::kAux || s.pos(v - 1) == Pos::kAdv)) {
            --v;
          }
          i = v;
          continue;
        }
      }
      // Coordinated subjects: "X et Y", "X, Y et Z" (a comma alone is an
      // apposition or a fronted phrase, not a coordination).
      size_t j = start;
      // "X et, à un niveau plus inquiétant, Y ont défié": an incidental
      // phrase between commas after the coordinator.
      if (j >= 2 && IsPunct(s, j - 1, ",")) {
        for (size_t c = j - 1, back = 0; c-- > 1 && back < 8; ++back) {
          if (s.mention_at[c] >= 0 || s.pos(c) == Pos::kVerb) break;
          if (IsPunct(s, c, ",")) {
            if (s.LemmaIs(c - 1, ClauseWord::kCoordinator)) j = c;
            break;
          }
        }
      }
      bool coordinated = j >= 2 && s.LemmaIs(j - 1, ClauseWord::kCoordinator);
      while (coordinated && j >= 2 &&
             (s.LemmaIs(j - 1, ClauseWord::kCoordinator) ||
              IsPunct(s, j - 1, ","))) {
        int prev = s.mention_at[j - 2];
        if (prev < 0) break;
        co->push_back(prev);
        j = s.mentions[prev]->first_token;
      }
      // "Elon Musk, PDG de Tesla, devrait ...": the person the role noun
      // is apposed to.
      if (start >= 2 && IsPunct(s, start - 1, ",") &&
          s.mention_at[start - 2] >= 0 &&
          s.mentions[m]->kind == ActorMention::Kind::kAgent) {
        const ActorMention& head = *s.mentions[s.mention_at[start - 2]];
        if (head.kind == ActorMention::Kind::kPerson)
          return s.mention_at[start - 2];
      }
      return m;
    }
    if (s.pos(i) == Pos::kPron && s.LemmaIs(i, ClauseWord::kRelativeSubject)) {
      return RelativeAntecedent(s, i);
    }
    if (IsFiniteVerb(s, i) || (s.pos(i) == Pos::kAux)) {
      // Inside a relative clause "X, qui s'exprimait hier, a dit": its
      // antecedent is our subject too.
      for (size_t r = i, n = 0; r-- > 0 && n < 6; ++n) {
        if (IsPunct(s, r, ",")) break;
        if (s.pos(r) == Pos::kPron &&
            s.LemmaIs(r, ClauseWord::kRelativeSubject)) {
          return RelativeAntecedent(s, r);
        }
      }
      return -1;
    }
    if (s.pos(i) == Pos::kVerb) continue;  // a participle: "soutenue par"
    if (s.pos(i) == Pos::kSconj || s.LemmaIs(i, ClauseWord::kSubordinator) ||
        IsPunct(s, i, ";") || IsPunct(s, i, ":")) {
      return -1;
    }
    if (s.pos(i) == Pos::kPron &&
        (s.HasTag(i, Tag::kTn) || s.HasTag(i, Tag::kSubj))) {
      return -1;  // an unresolved subject pronoun
    }
  }
  return -1;
}

std::vector<Predicate> ClauseAnalyzer::Analyze(const ClauseSentence& s) const {
  std::vector<Predicate> preds;
  const size_t n = s.size();
  for (size_t v = 0; v < n; ++v) {
    if (s.pos(v) != Pos::kVerb || s.is_adp_a[v]) continue;
    Predicate p;
    p.verb = v;
    p.lemma = s.lemma[v];
    p.word = s.lemma_info[v];
    // The verb group: auxiliaries, clitics, negation and adverbs before it.
    size_t first = v;
    // (The auxiliary nearest the verb tells the voice: "avoir été arrêté",
    // "ayant été écroué" are passive, "avoir rencontré" is not.)
    bool has_aux = false, passive_aux = false, future = false,
         conditional = false;
    const bool participle_head = s.HasTag(v, Tag::kPp);
    auto filler = [&](size_t k) {
      return s.WordIs(k, ClauseWord::kGroupFiller);
    };
    for (size_t k = v; k-- > 0 && v - k <= 6;) {
      Pos pk = s.pos(k);
      // A form of avoir / être / have / be the tagger read as a verb, before
      // a participle, is its auxiliary.
      if (pk == Pos::kVerb && participle_head && k + 1 < v &&
          s.LemmaIs(k, ClauseWord::kPerfectAux)) {
        pk = Pos::kAux;
      }
      // (Adverbial phrases inside the group count as adverbs: "avait
      // maintes fois menacé", "a de nouveau attaqué", "a à plusieurs
      // reprises appelé".)
      if (pk == Pos::kAux || IsClitic(s, k) || pk == Pos::kAdv ||
          pk == Pos::kPart || Negation(s, k) || IsQuote(s, k) || filler(k) ||
          ((pk == Pos::kAdp || pk == Pos::kDet) && k + 1 < v &&
           filler(k + 1))) {
        if (s.is_adp_a[k]) break;
        first = k;
        if (pk == Pos::kAux) {
          if (!has_aux) passive_aux = s.LemmaIs(k, ClauseWord::kPassiveAux);
          has_aux = true;
          if (s.WordIs(k, ClauseWord::kFutureAux)) {
            future = true;
          }
          if (s.LemmaIs(k, ClauseWord::kScheduledAux) &&
              !s.HasTag(k, Tag::kCni)) {
            future = true;  // "doit se rendre jeudi": scheduled
          } else if (s.WordIs(k, ClauseWord::kConditionalAux)) {
            conditional = true;
          }
          if (s.HasTag(k, Tag::kFti)) future = true;
          if (s.HasTag(k, Tag::kCni)) conditional = true;
        }
        if (s.lemma[k] == "se") p.reflexive = true;
        if (IsClitic(s, k) && s.lemma[k] != "se" && s.lemma[k] != "en" &&
            s.lemma[k] != "y" && !s.HasTag(k, Tag::kRef)) {
          p.object_clitic = true;
        }
        continue;
      }
      break;
    }
    // "Le Soudan avait finalement, sous la pression de X et de Y, accepté": an
    // incidental phrase (opened by a comma, with no verb) between the
    // auxiliary and its participle.
    if (participle_head && !has_aux) {
      for (size_t k = first; k-- > 0 && first - k <= 24;) {
        const Pos pk = s.pos(k);
        if (pk == Pos::kVerb || pk == Pos::kAux) {
          const bool aux = s.LemmaIs(k, ClauseWord::kPerfectAux) &&
                           IsFiniteVerb(s, k) && k + 2 < first;
          size_t c = k + 1;
          while (c < first && s.pos(c) == Pos::kAdv) ++c;
          if (aux && IsPunct(s, c, ",")) {
            first = k;
            has_aux = true;
            passive_aux = s.LemmaIs(k, ClauseWord::kPassiveAux);
          }
          break;
        }
        if (IsPunct(s, k, ";") || IsPunct(s, k, ":") ||
            s.pos(k) == Pos::kSconj ||
            (s.pos(k) == Pos::kPron &&
             s.LemmaIs(k, ClauseWord::kRelativeSubject))) {
          break;
        }
      }
    }
    p.first = first;
    const bool pp = s.HasTag(v, Tag::kPp);
    // A compound infinitive ("affirme avoir repoussé", "après avoir
    // rencontré") hangs on a governor like a simple one.
    const bool aux_infinitive =
        has_aux && s.pos(first) == Pos::kAux &&
        (s.HasTag(first, Tag::kInf) || s.HasTag(first, Tag::kGer));
    if (pp && aux_infinitive) {
      p.form = Predicate::Form::kInfinitive;
      p.passive =
          passive_aux && !p.reflexive && !p.Is(ClauseWord::kUnaccusative);
    } else if (pp && has_aux) {
      p.form = Predicate::Form::kFinite;
      p.passive =
          passive_aux && !p.reflexive && !p.Is(ClauseWord::kUnaccusative);
    } else if (pp) {
      p.form = Predicate::Form::kParticiple;
      p.passive = true;
    } else if ((s.HasTag(v, Tag::kGer) || s.HasTag(v, Tag::kPprs)) &&
               !has_aux) {
      p.form = Predicate::Form::kGerund;
    } else if (s.HasTag(v, Tag::kInf) && !has_aux) {
      p.form = Predicate::Form::kInfinitive;
    } else {
      p.form = Predicate::Form::kFinite;
    }
    // Negation in the group or right after the verb ("n'attaque pas").
    for (size_t k = first; k <= v + 2 && k < n; ++k) {
      if (k > v && !(Negation(s, k) || IsClitic(s, k))) break;
      if (Negation(s, k)) p.negated = true;
    }
    if (s.HasTag(v, Tag::kFti)) future = true;
    if (s.HasTag(v, Tag::kCni)) conditional = true;
    if (future) p.modality = "future";
    if (conditional) p.modality = "conditional";
    if (p.passive && p.Is(ClauseWord::kExpected)) p.modality = "future";
    preds.push_back(std::move(p));
  }
  // Subjects, governors, modality inherited by complements.
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    Predicate& p = preds[pi];
    // "toute personne continuant à manifester", "people protesting in
    // Paris": a present participle right after a mention (no "en", no
    // comma) is a reduced relative on it.
    // (Not on the object of a verb or a preposition: "a lancé des attaques
    // contre l'armée turque tuant plusieurs soldats" is a result of the
    // attack.)
    auto governed = [&](int m) {
      const size_t b = s.mentions[m]->first_token;
      return b > 0 && (s.pos(b - 1) == Pos::kAdp ||
                       s.pos(b - 1) == Pos::kVerb || s.pos(b - 1) == Pos::kAux);
    };
    if (p.form == Predicate::Form::kGerund && p.first > 0 &&
        s.mention_at[p.first - 1] >= 0 &&
        s.mentions[s.mention_at[p.first - 1]]->end_token == p.first &&
        !governed(s.mention_at[p.first - 1])) {
      p.subject = s.mention_at[p.first - 1];
      p.notes += " reduced relative on the mention before;";
      continue;
    }
    if (p.form == Predicate::Form::kInfinitive ||
        p.form == Predicate::Form::kGerund) {
      for (size_t g = pi; g-- > 0;) {
        if (preds[g].form == Predicate::Form::kInfinitive &&
            p.form == Predicate::Form::kGerund) {
          continue;
        }
        if (p.form == Predicate::Form::kInfinitive &&
            p.verb - preds[g].verb > 8) {
          break;
        }
        p.governor = static_cast<int>(g);
        break;
      }
      if (p.governor >= 0) {
        const Predicate& g = preds[p.governor];
        p.subject = g.subject;
        p.co_subjects = g.co_subjects;
        if (p.form == Predicate::Form::kInfinitive) {
          if (g.Is(ClauseWord::kFutureAux) || g.Is(ClauseWord::kPlanVerb) ||
              g.Is(ClauseWord::kExpected)) {
            p.modality = "future";
          } else if (g.Is(ClauseWord::kConditionalAux)) {
            p.modality = g.modality == "asserted" && g.lemma == "devoir"
                             ? "future"
                             : "conditional";
          } else {
            p.modality = g.modality;
          }
          if (g.Is(ClauseWord::kNegatingVerb)) {
            p.negated = !g.negated;
            p.notes += " negated by '" + g.lemma + "';";
          } else {
            p.negated = p.negated || g.negated;
          }
        } else {
          p.modality = g.modality;
          // "denied attacking the convoy": a gerund right after a verb of
          // denial did not happen.
          if (g.Is(ClauseWord::kNegatingVerb) && p.first <= g.verb + 2) {
            p.negated = !g.negated;
            p.notes += " negated by '" + g.lemma + "';";
          }
        }
      }
      // "au lieu de" / "instead of" + verb: did not happen.
      for (size_t k = p.first; k-- > 0 && p.first - k <= 2;) {
        if (s.WordIs(k, ClauseWord::kInstead)) {
          p.negated = true;
          p.notes += " after 'instead of';";
        }
      }
      // A fronted participial or infinitive clause with no verb before it
      // ("Poutine, après avoir rencontré ...") takes the subject before it.
      if (p.governor < 0) {
        p.subject = SubjectBefore(s, p.first, &p.co_subjects);
      }
      continue;
    }
    // "X avait menacé Y et appelé Z à ...": a participle coordinated after a
    // compound tense shares its auxiliary, voice and subject.
    if (p.form == Predicate::Form::kParticiple && p.first > 0 &&
        s.LemmaIs(p.first - 1, ClauseWord::kCoordinator)) {
      for (size_t q = pi; q-- > 0;) {
        const Predicate& g = preds[q];
        if (g.form != Predicate::Form::kFinite) continue;
        if (s.HasTag(g.verb, Tag::kPp) && g.verb < p.first) {
          p.form = Predicate::Form::kFinite;
          p.passive = g.passive;
          p.subject = g.subject;
          p.co_subjects = g.co_subjects;
          p.modality = g.modality;
          p.negated = p.negated || g.negated;
          p.notes += " shares the auxiliary of '" + g.lemma + "';";
        }
        break;
      }
      if (p.form == Predicate::Form::kFinite) continue;
    }
    if (p.form == Predicate::Form::kParticiple) {
      // Reduced relative: the noun just before is its subject (the patient).
      // Or, after a comma, the mention it is apposed to ("la présidente du
      // CICR, arrivée lundi à Gaza, a dénoncé").
      size_t k = p.first;
      while (k > 0 && (s.pos(k - 1) == Pos::kAdv)) --k;
      if (k > 1 && IsPunct(s, k - 1, ",") && s.mention_at[k - 2] >= 0) --k;
      p.subject = k > 0 ? s.mention_at[k - 1] : -1;
    } else {
      p.subject = SubjectBefore(s, p.first, &p.co_subjects);
      // A verb coordinated with an earlier one shares its subject: "X refuse
      // tout dialogue et l'accuse de mensonge", "un attentat a tué 50
      // personnes et en a blessé 150" (not "50 personnes", the first
      // verb's object).
      const bool coordinated_verb =
          p.first > 0 && s.LemmaIs(p.first - 1, ClauseWord::kCoordinator);
      if (coordinated_verb && p.subject >= 0 &&
          s.mentions[p.subject]->end_token + 1 == p.first) {
        const size_t start = s.mentions[p.subject]->first_token;
        for (size_t k = start, back = 0; k-- > 0 && back < 4; ++back) {
          if (s.pos(k) == Pos::kDet || s.pos(k) == Pos::kNum ||
              s.pos(k) == Pos::kAdv || s.pos(k) == Pos::kAdj) {
            continue;
          }
          if (s.pos(k) == Pos::kVerb) {
            p.subject = -1;  // the previous verb's object
            p.co_subjects.clear();
          }
          break;
        }
      }
      if (p.subject < 0 && coordinated_verb) {
        for (size_t q = pi; q-- > 0;) {
          if (preds[q].form == Predicate::Form::kFinite) {
            p.subject = preds[q].subject;
            p.co_subjects = preds[q].co_subjects;
            break;
          }
        }
      }
      // Inverted subject after reported speech: "..., a annoncé la Maison
      // Blanche."
      // (Only a speech verb after a comma or a closing quote.)
      const bool after_speech = p.first > 0 && (IsPunct(s, p.first - 1, ",") ||
                                                IsQuote(s, p.first - 1));
      if (p.subject < 0 && p.verb + 1 < n && after_speech &&
          p.Is(ClauseWord::kSpeech)) {
        size_t k = p.verb + 1;
        // "..., a prévenu mercredi X", "said on Monday X", "a affirmé
        // l'autre vice-Premier ministre".
        while (k + 1 < n && s.mention_at[k] < 0 &&
               (s.LemmaIs(k, ClauseWord::kTimeNoun) || s.pos(k) == Pos::kAdv ||
                s.pos(k) == Pos::kDet || s.pos(k) == Pos::kAdj)) {
          ++k;
        }
        int m = s.mention_at[k];
        if (m >= 0 && s.mentions[m]->first_token == k) {
          size_t after = s.mentions[m]->end_token;
          // Then the end, or a prepositional phrase ("dans un discours").
          if (after >= n || s.pos(after) == Pos::kPunct ||
              s.pos(after) == Pos::kAdp) {
            p.subject = m;
          }
        }
      }
    }
  }
  SpeakerForFirstPerson(s, &preds);
  // Passive agents, clause ends.
  for (size_t pi = 0; pi < preds.size(); ++pi) {
    Predicate& p = preds[pi];
    size_t end = n;
    for (size_t k = p.verb + 1; k < n; ++k) {
      bool boundary = IsPunct(s, k, ";") || IsPunct(s, k, ":") ||
                      (s.pos(k) == Pos::kPron &&
                       s.LemmaIs(k, ClauseWord::kRelativeSubject)) ||
                      s.pos(k) == Pos::kSconj;
      if (!boundary) {
        for (size_t q = pi + 1; q < preds.size(); ++q) {
          // (A word the dictionary does not know, guessed as a verb, does
          // not end the clause: "called the rebate \"unjustified\"".)
          const Token& t = s.tok(preds[q].verb);
          if (preds[q].first == k &&
              preds[q].form == Predicate::Form::kFinite &&
              !(t.analysis && !t.analysis->known)) {
            boundary = true;
          }
        }
      }
      if (boundary) {
        end = k;
        break;
      }
    }
    p.clause_end = end;
    if (p.passive) {
      // The agent within 8 words, or 14 past an apposition between commas
      // ("tué avec un autre journaliste, X, par une frappe israélienne").
      bool comma = false;
      for (size_t k = p.verb + 1; k < end && k <= p.verb + (comma ? 14 : 8);
           ++k) {
        if (IsPunct(s, k, ",")) comma = true;
        if (s.LemmaIs(k, ClauseWord::kAgent)) {
          size_t j = k + 1;
          // "par « des casseurs »": past an opening quotation mark.
          if (j + 1 < n && s.mention_at[j] < 0 && IsQuote(s, j)) ++j;
          // "par une frappe aérienne israélienne": the mention may start
          // after a determiner.
          if (j + 1 < n && s.mention_at[j] < 0 && s.pos(j) == Pos::kDet) ++j;
          if (j < n && s.mention_at[j] >= 0) p.agent = s.mention_at[j];
          break;
        }
      }
    }
  }
  return preds;
}

}  // namespace dyad
