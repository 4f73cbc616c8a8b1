// Golden tests of the event coder: sentences we wrote in the style of news,
// each with the events it must give and a one-line reason. They go through
// the whole pipeline (analysis, actors, clauses, patterns of data/).
#include "dyad/coder.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

// A sentence that gives one event with exactly this code (or none), and
// what else is checked of it (null: not checked).
struct OneEventCase {
  const char* lang;
  const char* text;
  const char* cameo;  // "" = no event
  const char* modality;
  const char* source;  // Key(): org, else country; "null" = no actor
  const char* target;
};

class EventCoderTest : public testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto c = Coder::Create({DYAD_SOURCE_DATA_DIR, {"fr", "en"}, {}});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    coder_ = std::move(c).value().release();
  }

  std::vector<Event> Code(const std::string& lang, const std::string& text,
                          std::string* why,
                          const std::string& date = "2020-02-15") {
    doc_ = Document{};
    doc_.id = "t";
    doc_.lang = lang;
    doc_.text = text;
    doc_.date = date;
    CodedDocument out;
    EXPECT_TRUE(coder_->Code(doc_, &out, why).ok());
    return out.events;
  }

  void ExpectOneEvent(const OneEventCase& c) {
    std::string why;
    auto events = Code(c.lang, c.text, &why);
    if (*c.cameo == '\0') {
      EXPECT_TRUE(events.empty()) << c.text << "\n" << why;
      return;
    }
    ASSERT_EQ(events.size(), 1u) << c.text << "\n" << why;
    EXPECT_EQ(events[0].cameo, c.cameo) << c.text << "\n" << why;
    if (c.modality) {
      EXPECT_EQ(events[0].modality, c.modality) << c.text << "\n" << why;
    }
    if (c.source) {
      EXPECT_EQ(Key(events[0].source), c.source) << c.text << "\n" << why;
    }
    if (c.target) {
      EXPECT_EQ(Key(events[0].target), c.target) << c.text << "\n" << why;
    }
  }

 public:
  static std::string Key(const std::optional<Actor>& a) {
    if (!a) return "null";
    if (!a->org.empty()) return a->org;
    return a->country.empty() ? "?" : a->country;
  }

 protected:
  static Coder* coder_;
  Document doc_;
};

Coder* EventCoderTest::coder_ = nullptr;

struct Case {
  const char* lang;
  const char* text;
  const char* source;  // key: org, else country; "null" = no actor
  const char* target;
  const char* root;  // CAMEO root
  bool negated;
  const char* modality;
  const char* reason;
};

const Case kCases[] = {
    {"fr", "L'armée turque a bombardé des positions de l'armée syrienne.",
     "TUR", "SYR", "19", false, "asserted", "active verb, direct object"},
    {"fr",
     "Le Qatar a déposé une plainte devant l'Organisation mondiale du "
     "commerce contre l'Arabie saoudite.",
     "QAT", "SAU", "11", false, "asserted",
     "a pattern word's reach counts a long name as one word"},
    {"fr",
     "Deux soldats ukrainiens ont été tués par une frappe aérienne russe.",
     "RUS", "UKR", "19", false, "asserted",
     "an attack noun + adjective + demonym as passive agent is its country's"},
    {"fr",
     "Le Soudan a accepté, sous la pression de l'Union africaine, de retirer "
     "ses troupes.",
     "AU", "SDN", "10", false, "asserted",
     "sous la pression de X: X demands of the clause's doer"},
    {"fr",
     "Le Soudan a accepté, sous la pression de l'Union africaine, de retirer "
     "ses troupes.",
     "SDN", "AU", "08", false, "asserted",
     "a concession under pressure is made to the presser, past the incidental "
     "phrase"},
    {"en",
     "The activist was arrested by Turkish police at the request of Germany.",
     "DEU", "TUR", "02", false, "asserted",
     "at the request of X: X asks the clause's doer"},
    {"fr",
     "Les pillages perpétrés selon elle par « des supporters russes » ont "
     "choqué la ville.",
     "RUS", "null", "17", false, "asserted",
     "an event noun's doer is the agent of the participle after it, past "
     "\"selon lui\" and quotation marks"},
    {"fr",
     "L'arrestation du ministre libanais par la police turque a choqué "
     "Beyrouth.",
     "TUR", "LBN", "17", false, "asserted",
     "an event noun's agent (par X) after its patient (du ministre)"},
    {"en",
     "The arrest of the Lebanese minister by Turkish police angered Beirut.",
     "TUR", "LBN", "17", false, "asserted",
     "an event noun's agent (by X) after its patient (of X)"},
    {"fr",
     "La saisie du pétrolier par la marine iranienne inquiète les armateurs.",
     "IRN", "null", "17", false, "asserted",
     "an event noun's agent after a patient that is no actor"},
    {"fr",
     "Le Tchad avait ensuite, sous la pression de la Libye, du Niger, et du "
     "Cameroun, accepté de rappeler ses soldats.",
     "TCD", "CMR", "08", false, "asserted",
     "coordinated complements (de X, de Y, et de Z) each press; an "
     "incidental phrase between auxiliary and participle"},
    {"fr", "Le Japon a fourni des médicaments à la bande de Gaza.", "JPN",
     "PSE", "07", false, "asserted",
     "a place phrase "
     "with a lower-case head (bande de Gaza) is one mention"},
    {"fr", "Des manifestations anti-françaises ont eu lieu à Bamako.", "null",
     "FRA", "14", false, "asserted",
     "anti- + demonym: the state a protest is against is its target"},
    {"en", "Thousands joined anti-Japanese protests in Beijing.", "null", "JPN",
     "14", false, "asserted",
     "anti- + demonym before the noun: its target, not its source"},
    {"en",
     "Kenyan protesters filed a legal challenge to the curfew in the High "
     "Court.",
     "KEN", "null", "11", false, "asserted",
     "a multiword event noun may start with its adjective (legal challenge)"},
    {"fr",
     "Les sénateurs nigérians ont bel et bien refusé de coopérer avec le "
     "gouvernement tchadien.",
     "NGA", "TCD", "12", false, "asserted",
     "refusing to do something is a rejection aimed at the infinitive's "
     "object, past its preposition and an adverbial locution in the group"},
    {"fr", "L'Allemagne a suspendu l'assistance financière accordée au Niger.",
     "DEU", "NER", "16", false, "asserted",
     "a verb acting on an event noun takes the noun's target"},
    {"fr", "Trois soldats maliens ont été tués par des jihadistes.", "MLI",
     "MLI", "19", false, "asserted",
     "passive with a by-agent; jihadists take the sentence's country"},
    {"fr", "Le président égyptien a appelé l'Éthiopie à suspendre ses travaux.",
     "EGY", "ETH", "02", false, "asserted",
     "appeal: verb + object + à + infinitive"},
    {"fr", "L'armée syrienne n'a pas attaqué les forces turques.", "SYR", "TUR",
     "19", true, "asserted", "ne ... pas negates the event"},
    {"fr", "Une délégation iranienne est attendue lundi à Bagdad.", "IRN",
     "IRQ", "04", false, "future", "scheduled visit: modality future"},
    {"fr", "Les rebelles qui ont attaqué l'armée malienne ont fui.", "MLI",
     "MLI", "19", false, "asserted",
     "relative 'qui' takes its antecedent as subject"},
    {"fr",
     "L'armée russe a lancé une offensive contre les forces ukrainiennes.",
     "RUS", "UKR", "19", false, "asserted", "nominal event after a light verb"},
    {"en", "Israeli troops attacked Palestinian militants in Gaza.", "ISR",
     "PSE", "19", false, "asserted", "English active verb"},
    {"en", "Two Kenyan soldiers were killed by al-Shabaab fighters.", "SOM",
     "KEN", "19", false, "asserted", "English passive with a by-agent"},
    {"en", "The UN called on Russia to withdraw its troops.", "UN", "RUS", "02",
     false, "asserted", "call on X to + infinitive"},
    {"en", "Russia will not attack Ukraine, the Kremlin said.", "RUS", "UKR",
     "19", true, "future", "will not: negated and future"},
    {"en", "The Turkish army did not shell Syrian positions.", "TUR", "SYR",
     "19", true, "asserted",
     "did not: negated; demonym + noun is the target's country"},
    {"en", "Norway welcomed the decision by Colombia to resume peace talks.",
     "NOR", "COL", "05", false, "asserted",
     "object noun + by-complement names the target (object_link)"},
    {"fr", "Le Sénégal a critiqué la position de la Gambie sur le fleuve.",
     "SEN", "GMB", "11", false, "asserted",
     "object noun + de-complement names the target (object_link)"},
    {"fr", "L'armée turque a bombardé lundi des positions de l'armée syrienne.",
     "TUR", "SYR", "19", false, "asserted",
     "a time noun between the verb and its object is skipped (time_noun)"},
    {"en",
     "The South Korean minister praised his good relationship with Japan.",
     "KOR", "JPN", "05", false, "asserted",
     "object noun + with-complement names the target (object_link)"},
    {"fr",
     "L'Égypte a annoncé l'interdiction de toute manifestation de partisans "
     "du Hamas.",
     "EGY", "PSE", "17", false, "asserted",
     "a pattern without '+' ending in a word reaches the actor of its object "
     "link"},
    {"en", "Ankara refused to recognise the Cypriot government.", "TUR", "CYP",
     "12", false, "asserted",
     "a pattern ending in an infinitive takes the infinitive's object"},
    {"fr",
     "Le Maroc a critiqué la décision de rappel de l'ambassadeur algérien.",
     "MAR", "DZA", "11", false, "asserted",
     "a direct object reaches its actor through two object links"},
    {"en", "Russia attacks Ukraine", "RUS", "UKR", "19", false, "asserted",
     "headline: a noun with a finite verb reading after its subject is a verb"},
    {"fr", "Moscou menace Kiev de représailles", "RUS", "UKR", "13", false,
     "asserted",
     "headline: a noun with a finite verb reading after its subject is a verb"},
    {"fr",
     "Le président du CICR, arrivé mardi au Yémen, a dénoncé la famine "
     "des habitants.",
     "RED_CROSS", "YEM", "04", false, "asserted",
     "a bare event noun after a comma is apposed to the mention before it"},
    {"fr",
     "Trois détenus ont été libérés mardi par les rebelles houthis à la suite "
     "d'un accord avec l'Arabie saoudite.",
     "YEM", "SAU", "05", false, "asserted",
     "an event noun with a target and no source of its own takes the doer of "
     "the clause it stands in"},
    {"fr",
     "Le ministre nigérian de la Défense a annoncé que cinq combattants "
     "camerounais avaient été arrêtés.",
     "NGA", "CMR", "17", false, "asserted",
     "an agentless arrest announced by an official has the official's state "
     "as source"},
    {"en",
     "The Kenyan police chief said three Somali men had been arrested in "
     "Nairobi.",
     "KEN", "SOM", "17", false, "asserted",
     "an agentless arrest announced by an official has the official's state "
     "as source"},
    {"en", "Mr Aliyev said: \"We stand ready to negotiate with Armenia.\"",
     "AZE", "ARM", "03", false, "asserted",
     "in quoted speech 'we' is the speaker"},
    {"fr",
     "« Nous sommes prêts à négocier avec la Grèce », a déclaré mardi Recep "
     "Tayyip Erdogan dans une interview.",
     "TUR", "GRC", "03", false, "asserted",
     "'nous' is the speaker, found after the speech verb past a time noun "
     "and before a prepositional phrase"},
    {"en",
     "Kenyan president Uhuru Kenyatta has attacked French businessmen, "
     "accusing them of exploiting Africa.",
     "KEN", "FRA", "11", false, "asserted",
     "a person attacking people who are not soldiers criticises them"},
    {"fr",
     "Le Canada et l'Australie ont salué l'accord entre le Pérou et "
     "l'Équateur.",
     "PER", "ECU", "05", false, "asserted",
     "an agreement between X and Y stays between them when the clause has "
     "a doer"},
    {"fr",
     "Un attentat a tué trente soldats nigérians et en a blessé soixante à "
     "Maiduguri.",
     "null", "NGA", "18", false, "asserted",
     "a killing whose subject is an attack noun is that attack (18, not "
     "19)"},
    {"en",
     "The Spanish prime minister called Morocco's handling of migrants from "
     "Senegal \"unacceptable\".",
     "ESP", "MAR", "11", false, "asserted",
     "a pattern word after the target may follow other actors' names"},
    {"fr",
     "Les images des trois sœurs tuées à Rafah par l'armée israélienne ont "
     "ému le pays.",
     "ISR", "PSE", "19", false, "asserted",
     "an adjective with an event verb's participle reading and a 'par' "
     "agent is that participle; kin nouns are people"},
    {"fr", "La France vient en aide aux Libanais.", "FRA", "LBN", "07", false,
     "asserted", "a mention that took in the contracted 'aux' is the target"},
    {"fr",
     "Le gouvernement japonais a fait état de son intention d'aider les "
     "Philippins.",
     "JPN", "PHL", "03", false, "asserted",
     "an intention takes the target of the infinitive it announces"},
    {"fr",
     "La Bolivie et, plus curieusement encore, le Nicaragua ont défié "
     "l'Organisation mondiale de la santé.",
     "BOL", "WHO", "12", false, "asserted",
     "a coordinated subject across an incidental phrase between commas"},
    {"en", "Thousands of Nigerian workers were on strike on Monday.", "NGA",
     "null", "14", false, "asserted",
     "'be on + event noun' takes the subject; a quantity's of-complement is "
     "the subject; 'strike on +' needs an actor after 'on'"},
    {"fr", "Des milliers de fonctionnaires grecs étaient en grève lundi.",
     "GRC", "null", "14", false, "asserted",
     "'être en + event noun' takes the subject; a quantity's de-complement "
     "is the subject"},
    {"fr",
     "Le gouvernement malien a condamné les violences commises par les "
     "rebelles touareg.",
     "MLI", "MLI", "11", false, "asserted",
     "the doer of what the object names ('commises par X') is the target"},
    {"en", "The UN condemned the attacks carried out by Houthi rebels.", "UN",
     "YEM", "11", false, "asserted",
     "a past tense after a noun with a by-agent is a participle; its agent "
     "is the target"},
    {"fr",
     "Le président brésilien a exprimé le souhait d'assister à l'arrêt de "
     "l'aide du Venezuela aux guérilleros.",
     "BRA", "VEN", "02", false, "asserted",
     "an infinitive's object after the preposition it governs, through two "
     "object links"},
    {"en", "A NATO demand for Hungary to ratify the treaty annoyed Budapest.",
     "NATO", "HUN", "10", false, "asserted",
     "a name right before an event noun is its source"},
    {"en",
     "The Brazilian president told reporters he looks forward to deepening "
     "his partnership with Argentina.",
     "BRA", "ARG", "03", false, "asserted",
     "the object of the verb form a pattern's last word governs is the "
     "target"},
    {"en",
     "The Brazilian president looks forward to deepening his partnership "
     "with Argentina.",
     "BRA", "ARG", "03", false, "asserted",
     "a noun with a verb reading after its subject is that verb, and the "
     "verb the tagger saw after it its particle ('looks forward')"},
    {"en",
     "A Bahraini dissident is entering the second month of a hunger strike.",
     "BHR", "null", "14", false, "asserted",
     "a light verb reaches its event noun past a time noun ('the second month "
     "of')"},
    {"fr", "Le Japon s'oppose à ce que la Chine rejoigne l'accord.", "JPN",
     "CHN", "12", false, "asserted",
     "a pattern word may be the subordinator that ends the clause"},
    {"fr",
     "Pendant le sommet avec les ministres chinois, ceux-ci se sont opposés à "
     "ce que le Japon intervienne.",
     "CHN", "JPN", "12", false, "asserted",
     "'ceux-ci' refers back to the latest plural group"},
    {"fr",
     "Mardi, 80 étudiants ont été interpellés à Porto au cours d'une "
     "manifestation d'« enseignants ».",
     "PRT", "null", "14", false, "asserted",
     "a noun's 'de X' source past a quotation mark"},
    {"fr",
     "Deux militantes égyptiennes ont été condamnées, l'une d'elles ayant été "
     "écrouée.",
     "null", "EGY", "17", false, "asserted",
     "'ayant été écrouée' is passive (the auxiliary nearest the verb); 'l'une "
     "d'elles' refers to the group"},
    {"fr",
     "« Je soutiens les agriculteurs espagnols courageux qui manifestent "
     "contre le gouvernement », a déclaré le jeune ministre portugais.",
     "PRT", "ESP", "05", false, "asserted",
     "after a quotation the speaker follows the verb, past a determiner and "
     "an adjective; a relative's antecedent past adjectives"},
    {"fr",
     "Le Maroc a condamné les attaques qui ont visé l'ambassade "
     "algérienne.",
     "MAR", "DZA", "11", false, "asserted",
     "the actor a relative clause on the object names is the target"},
    {"fr",
     "Le gouvernement malien a levé les sanctions qui frappaient les "
     "dirigeants guinéens.",
     "MLI", "GIN", "08", false, "asserted",
     "a pattern without '+' reaches the actor of a relative clause on its "
     "object"},
    {"en", "Iran's alleged involvement angered the Saudis.", "null", "IRN",
     "11", false, "asserted",
     "a past tense after a possessive is a participle: the possessor is "
     "the one it is said of"},
    {"en",
     "The Colombian rebels said they were ready to negotiate with Bogota.",
     "COL", "COL", "03", false, "asserted",
     "an infinitive after an adjective of readiness is an intention (036)"},
    {"fr", "L'armée syrienne se dit prête à riposter contre la Turquie.", "SYR",
     "TUR", "13", false, "asserted", "ready to use force is a threat (138)"},
    {"en",
     "The Danish envoy demanded the freeing of aid worker Tom Baxter, "
     "abducted in Yemen.",
     "null", "?", "18", false, "asserted",
     "an unknown name after a role noun belongs to the mention; a past "
     "tense after 'X,' with a preposition next is a participle"},
    {"fr",
     "La Norvège dénonce les exactions, celles de l'armée soudanaise et "
     "celles des milices tchadiennes.",
     "NOR", "TCD", "11", false, "asserted",
     "the object's actors in apposed and coordinated demonstratives ('ceux "
     "de X et ceux de Y')"},
    {"fr",
     "Depuis la fin officielle de l'occupation ougandaise au Congo, des "
     "pillards ont envahi la ville.",
     "UGA", "COD", "08", false, "asserted",
     "the end of an occupation is a withdrawal (0874), from where it was"},
    {"fr", "L'armée syrienne a nié avoir bombardé l'armée turque.", "SYR",
     "TUR", "19", true, "asserted",
     "an infinitive after a verb of denial did not happen"},
    {"en", "Malian rebels denied attacking the Nigerien army.", "MLI", "NER",
     "19", true, "asserted", "a gerund after a verb of denial did not happen"},
    {"fr",
     "Le militant français défend les Tibétains en démentant toute sympathie "
     "envers le gouvernement chinois.",
     "FRA", "CHN", "01", true, "asserted",
     "an event noun that is the object of a verb of denial did not happen"},
    {"fr",
     "Le leader de l'opposition camerounaise avait plusieurs fois menacé le "
     "régime de boycotts et invité les étudiants à défiler contre le Premier "
     "ministre.",
     "CMR", "CMR", "13", false, "asserted",
     "an adverbial phrase inside the verb group; 'avait' read as a verb "
     "before a participle is its auxiliary"},
    {"fr",
     "Le leader de l'opposition camerounaise avait critiqué le régime et "
     "appelé les syndicats à la grève.",
     "CMR", "CMR", "14", false, "asserted",
     "a participle coordinated after a compound tense shares its auxiliary "
     "and subject"},
    {"en", "Elon Musk, the head of Tesla, will visit Israel on Monday.", "USA",
     "ISR", "04", false, "future",
     "a role noun apposed to a person: the person is the subject"},
    {"fr",
     "Le ministre a rencontré une sénatrice de l'opposition arménienne, Anna "
     "Grigoryan, qui doit se rendre au Liban vendredi.",
     "ARM", "LBN", "04", false, "future",
     "a relative's antecedent past an apposed name no dictionary knows"},
    {"fr",
     "Le gouverneur de Dakar a averti mardi que tout manifestant refusant de "
     "quitter la place serait interpellé.",
     "SEN", "SEN", "13", false, "asserted",
     "whom a warning is about is its target (its content's target); a "
     "present participle right after a mention is a reduced relative on it"},
    {"fr",
     "Un infirmier syrien a été abattu avec un confrère, Omar Khalil, par des "
     "policiers turcs.",
     "TUR", "SYR", "19", false, "asserted",
     "a passive agent past an apposition between commas"},
};

// The same, in documents without a date (titles then name no person).
const Case kUndatedCases[] = {
    {"fr",
     "Le président chinois, Xi Jinping, après avoir reçu plusieurs ministres "
     "indiens pendant la semaine, s'est entretenu avec le président "
     "pakistanais.",
     "CHN", "PAK", "04", false, "asserted",
     "the object of an incidental infinitive clause is not the subject"},
    {"fr",
     "Le Premier ministre canadien, en visite officielle en Argentine, a "
     "défendu le libre-échange.",
     "CAN", "ARG", "04", false, "asserted",
     "'X, en visite en Y': the noun's predicative phrase names its source"},
    {"en",
     "The Spanish prime minister, on a visit to Iraq, praised the "
     "troops.",
     "ESP", "IRQ", "04", false, "asserted",
     "'X, on a visit to Y': the noun's predicative phrase names its source"},
};

// Events a sentence must not give: (source, target, root) that would be
// wrong, with the reason.
struct Absent {
  const char* lang;
  const char* text;
  const char* source;
  const char* target;
  const char* root;
  const char* reason;
};

const Absent kAbsent[] = {
    {"fr", "Les rues de Tunis en état d'urgence étaient désertes.", "TUN",
     "null", "17",
     "in a state of coercion (en état d'urgence) the actor undergoes it"},
    {"fr",
     "Le ministre colombien, en visite officielle au Mexique, a défendu "
     "l'accord avec les FARC.",
     "MEX", "COL", "05",
     "a mention that took in a contracted \"au\" is an oblique, not the "
     "subject"},
    {"fr", "Au printemps, on avait rencontré des étudiants kényans à Nairobi.",
     "null", "KEN", "04",
     "a consultation with no doer is no event record (roots 01-07 need a "
     "source)"},
    {"en",
     "Kenyan protesters filed a legal challenge to the curfew in the High "
     "Court.",
     "KEN", "KEN", "11",
     "past another preposition an actor is no longer the pattern's object "
     "(the court is where, not whom)"},
    {"en", "Anti-American protesters stormed the embassy in Karachi.", "USA",
     "PAK", "19", "anti-American protesters are not Americans"},
    {"fr",
     "La tournée du ministre russe a continué par une visite au Caire, "
     "où il a été reçu par le président égyptien.",
     "RUS", "RUS", "04",
     "folded \"où\" is no coordinator \"ou\": the pronoun after it is no "
     "second target"},
    {"fr",
     "Au deuxième jour de sa tournée « décisive » en Asie centrale, le "
     "président chinois, Xi Jinping, a parlé.",
     "CHN", "CHN", "04",
     "a title and a name in apposition are one actor, not a list of two, "
     "and a preposition's object does not reach across a comma"},
    {"fr",
     "L'Égypte a annoncé l'interdiction de toute manifestation de partisans "
     "du Hamas.",
     "EGY", "null", "14",
     "a light verb's object is the first event noun after it, not the next"},
    {"en", "Israeli strikes killed ten Palestinians in Gaza.", "ISR", "null",
     "13", "after a demonym, 'strikes' stays a noun (no threat)"},
    {"fr",
     "« Nous attaquerons les positions ennemies », a prévenu mardi le chef du "
     "Hezbollah.",
     "LBN", "null", "19",
     "what a threat says 'we' will do is the threat's content, not an "
     "event"},
    {"en",
     "Italian Prime Minister Matteo Renzi and Spanish Prime Minister Mariano "
     "Rajoy have called for the sanctions to be eased.",
     "ESP", "ITA", "02",
     "two coordinated subjects who appeal do not appeal to each other"},
    {"en", "Vladimir Putin attacked Ukraine.", "RUS", "UKR", "11",
     "a person attacking a state is an attack, not criticism"},
    {"fr", "Le président iranien a de nouveau critiqué l'accord de Vienne.",
     "IRN", "AUT", "11",
     "a capital after 'accord de' names the agreement, not a party to it"},
    {"fr",
     "Un attentat a tué trente soldats nigérians et en a blessé soixante à "
     "Maiduguri.",
     "NGA", "null", "19",
     "the object of a verb is not the subject of the verb coordinated with "
     "it"},
    {"fr", "L'attentat du 3 juin avait tué trois Belges et deux Canadiens.",
     "BEL", "CAN", "18",
     "victims coordinated as objects are not parties acting on each other"},
    {"fr",
     "Le maire de Bruxelles a prévenu que les manifestants seraient "
     "arrêtés.",
     "BEL", "BEL", "17", "what a warning says will happen is its content"},
    {"fr",
     "Le Niger a ratifié un accord sur un cessez-le-feu et la libération de "
     "soldats maliens.",
     "null", "MLI", "08",
     "what an agreement provides for is not an event of its own"},
    {"en",
     "The Egyptian leader said he would never tolerate attacks like the car "
     "bombing in Eilat.",
     "EGY", "ISR", "18",
     "a violent noun does not take the doer of the clause it stands in"},
    {"fr",
     "Le syndicat belge du tourisme a publié un taux d'occupation très "
     "faible.",
     "BEL", "null", "19",
     "a light verb does not reach an event noun through another noun ('un "
     "taux d'occupation')"},
    {"fr", "Le procès de l'attentat de Nice s'est ouvert lundi.", "FRA", "null",
     "18", "a city after 'attentat de' is where it happened, not who did it"},
    {"fr",
     "Le gouvernement malien a levé les sanctions qui frappaient les "
     "dirigeants guinéens.",
     "null", "GIN", "19",
     "a violent verb whose subject is a thing, not an actor nor an attack, "
     "reports no attack"},
    {"fr", "Les frappes qui ont touché Gaza ont tué dix civils.", "PSE", "PSE",
     "19", "the object of a relative clause is not the next verb's subject"},
    {"fr", "Violents combats autour des hôpitaux du nord.", "?", "null", "19",
     "'autour de' is a preposition: the hospitals did not fight"},
    {"fr",
     "L'aviation kényane a mené des frappes contre les milices somaliennes "
     "tuant également plusieurs civils éthiopiens.",
     "SOM", "ETH", "19",
     "a present participle after a preposition's object is the attack's "
     "result, not a reduced relative on that object"},
    {"fr",
     "La trêve dans les affrontements entre le Soudan et le Tchad semble "
     "tenir.",
     "SDN", "TCD", "19",
     "fighting named inside a truce's pattern is part of the truce"},
};

TEST_F(EventCoderTest, WrongEventsAreNotGiven) {
  for (const Absent& c : kAbsent) {
    std::string why;
    for (const Event& e : Code(c.lang, c.text, &why, "")) {
      EXPECT_FALSE(Key(e.source) == c.source && Key(e.target) == c.target &&
                   e.cameo_root() == c.root)
          << c.reason << "\n  text: " << c.text << "\n"
          << why;
    }
  }
}

void ExpectCases(const std::vector<Event>& events, const Case& c,
                 const std::string& why);

TEST_F(EventCoderTest, GoldenSentences) {
  for (const Case& c : kCases) {
    std::string why;
    ExpectCases(Code(c.lang, c.text, &why), c, why);
  }
  for (const Case& c : kUndatedCases) {
    std::string why;
    ExpectCases(Code(c.lang, c.text, &why, ""), c, why);
  }
}

void ExpectCases(const std::vector<Event>& events, const Case& c,
                 const std::string& why) {
  bool found = false;
  for (const Event& e : events) {
    if (EventCoderTest::Key(e.source) == c.source &&
        EventCoderTest::Key(e.target) == c.target && e.cameo_root() == c.root) {
      found = true;
      EXPECT_EQ(e.negated, c.negated) << c.reason << "\n" << why;
      EXPECT_EQ(e.modality, c.modality) << c.reason << "\n" << why;
    }
  }
  EXPECT_TRUE(found) << c.reason << "\n  text: " << c.text << "\n  want "
                     << c.source << " -> " << c.target << " root " << c.root
                     << "\n"
                     << why;
}

TEST_F(EventCoderTest, AnUnknownPluralMatchesItsSingularPatternWord) {
  // "fournitures" is not in the analyser's dictionary: the pattern word
  // "fourniture" (humanitarian supplies, 073) still matches it.
  ExpectOneEvent({"fr", "Le Japon a fourni des fournitures au Soudan.", "073",
                  nullptr, nullptr, nullptr});
}

TEST_F(EventCoderTest, AnInfinitiveAfterANounOfIntentionIsAnIntention) {
  // The intention takes its code from the infinitive's own event: one event,
  // 036 for talks, 138 for force; an infinitive that is no event gives none
  // (annotation ruling 12: wishes and offers are 03x, plans the event).
  const OneEventCase cases[] = {
      {"fr",
       "Le gouvernement japonais a fait part de son intention de négocier "
       "avec la Corée du Sud.",
       "036", "asserted", nullptr, nullptr},
      {"fr",
       "La Turquie a réaffirmé sa volonté de frapper les rebelles kurdes.",
       "138", "asserted", nullptr, nullptr},
      {"en", "Pyongyang signalled its readiness to resume talks with Seoul.",
       "036", "asserted", nullptr, nullptr},
      {"en", "Ankara announced its intention to send aid to Armenia.", "033",
       "asserted", nullptr, nullptr},
      {"fr",
       "Le parti socialiste a annoncé son intention de présenter un candidat.",
       "", nullptr, nullptr, nullptr},
      {"en", "Norway announced its intention to condemn the raids by Serbia.",
       "111", "future", nullptr, nullptr},
      // A plan is the planned event itself, to come.
      {"fr",
       "Le syndicat a présenté son projet de manifester contre le ministre "
       "belge de l'Intérieur.",
       "141", "future", nullptr, nullptr},
  };
  for (const auto& c : cases) ExpectOneEvent(c);
}

TEST_F(EventCoderTest, AStrikeWhoseSubjectIsAnAttackNounIsThatAttack) {
  // The attack noun gives the code, the verb the target; a verb that only
  // reports an attack this way codes nothing with another subject.
  const OneEventCase cases[] = {
      {"fr", "Une frappe aérienne russe a touché un hôpital ukrainien.", "195",
       nullptr, "RUS", "UKR"},
      {"fr", "Un attentat suicide a visé un convoi de soldats britanniques.",
       "1831", nullptr, "null", "GBR"},
      {"fr", "Une roquette a atteint un poste de la police israélienne.", "194",
       nullptr, "null", "ISR"},
      {"fr", "Une voiture piégée a percuté une patrouille de l'armée malienne.",
       "1832", nullptr, "null", "MLI"},
      {"fr", "Le Portugal a touché des fonds de la Banque mondiale.", "",
       nullptr, nullptr, nullptr},
      // The demonym's group is the whole compound: "air strike" is no
      // labour strike.
      {"en", "An Israeli air strike hit a school in Gaza.", "195", nullptr,
       "ISR", "PSE"},
  };
  for (const auto& c : cases) ExpectOneEvent(c);
}

TEST_F(EventCoderTest, CoordinatedActorsOfOneKindAreOneGroup) {
  // Women and children of one country freed by one deed: one event, not
  // one per noun.
  std::string why;
  auto events =
      Code("fr",
           "Les rebelles touaregs ont libéré trente femmes et enfants maliens.",
           &why);
  int freed = 0;
  for (const Event& e : events) freed += e.cameo_root() == "08";
  EXPECT_EQ(freed, 1) << why;
}

TEST_F(EventCoderTest, VictimsWithNoCountryFoldIntoTheAttack) {
  std::string why;
  auto events = Code("fr",
                     "L'aviation saoudienne a bombardé un quartier de Sanaa, "
                     "tuant 12 civils.",
                     &why);
  int violent = 0;
  for (const Event& e : events) {
    if (e.quad_class == 4) {
      ++violent;
      EXPECT_EQ(Key(e.target), "YEM") << why;
      ASSERT_TRUE(e.fatalities.has_value()) << why;
      EXPECT_EQ(*e.fatalities, 12);
    }
  }
  EXPECT_EQ(violent, 1) << "unnamed civilians killed in the bombing are its "
                           "victims, not a second event\n"
                        << why;
}

TEST_F(EventCoderTest, ResultParticipleFoldsIntoTheAttackWithFatalities) {
  std::string why;
  auto events = Code("fr",
                     "L'armée azerbaïdjanaise a attaqué l'armée arménienne, "
                     "tuant 11 soldats arméniens.",
                     &why);
  int attacks = 0;
  for (const Event& e : events) {
    if (Key(e.source) == "AZE" && Key(e.target) == "ARM") {
      ++attacks;
      ASSERT_TRUE(e.fatalities.has_value()) << why;
      EXPECT_EQ(*e.fatalities, 11);
    }
  }
  EXPECT_EQ(attacks, 1) << "one event, not one for 'attaqué' and one for "
                           "'tuant' (same dyad)\n"
                        << why;
}

TEST_F(EventCoderTest, EnglishKillingCountsFatalities) {
  std::string why;
  auto events = Code("en",
                     "Russian forces shelled Ukrainian positions, killing six "
                     "Ukrainian soldiers.",
                     &why);
  bool found = false;
  for (const Event& e : events) {
    if (Key(e.source) == "RUS" && Key(e.target) == "UKR" && e.fatalities) {
      EXPECT_EQ(*e.fatalities, 6);
      found = true;
    }
  }
  EXPECT_TRUE(found) << why;
}

TEST_F(EventCoderTest, NoActorNoEvent) {
  std::string why;
  auto events =
      Code("fr", "De violents combats ont repris dans le secteur.", &why);
  EXPECT_TRUE(events.empty()) << "no named actor on either side: not coded\n"
                              << why;
}

TEST_F(EventCoderTest, RecordsCarryTheContractFields) {
  std::string why;
  auto events =
      Code("fr", "L'armée turque a bombardé les positions syriennes.", &why);
  ASSERT_FALSE(events.empty()) << why;
  const Event& e = events[0];
  EXPECT_EQ(e.doc_id, "t");
  EXPECT_EQ(e.event_id, "t-1");
  EXPECT_FALSE(e.rule.empty()) << "every event names the pattern that fired";
  EXPECT_FALSE(e.plover_type.empty());
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_LT(e.goldstein, 0);
  EXPECT_EQ(doc_.text.substr(e.trigger_span.begin,
                             e.trigger_span.end - e.trigger_span.begin),
            e.trigger_text)
      << "trigger span is byte offsets into the text";
}

struct DateCase {
  const char* lang;
  const char* text;
  const char* pub;  // publication date, "" = unknown
  const char* source;
  const char* target;
  const char* root;
  const char* date;       // "" = null
  const char* precision;  // "" = null
  const char* reason;
};

// 2020-02-15 is a Saturday.
const DateCase kDateCases[] = {
    {"fr", "Une délégation iranienne est attendue lundi à Bagdad.",
     "2020-02-15", "IRN", "IRQ", "04", "2020-02-17", "day",
     "expected visit: modality future, the next Monday"},
    {"fr",
     "Lundi, l'armée turque a bombardé des positions de l'armée syrienne.",
     "2020-02-15", "TUR", "SYR", "19", "2020-02-10", "day",
     "passé composé: the last Monday"},
    {"fr", "L'armée turque a bombardé des positions de l'armée syrienne.",
     "2020-02-15", "TUR", "SYR", "19", "2020-02-15", "day",
     "asserted, no date expression: the publication date"},
    {"fr", "L'armée turque a bombardé des positions de l'armée syrienne.", "",
     "TUR", "SYR", "19", "", "", "no publication date, no expression: null"},
    {"fr",
     "L'armée turque a bombardé des positions de l'armée syrienne le 3 mars "
     "2020.",
     "", "TUR", "SYR", "19", "2020-03-03", "day",
     "an absolute date needs no publication date"},
    {"fr",
     "L'armée turque a bombardé la semaine dernière des positions de l'armée "
     "syrienne.",
     "2020-02-15", "TUR", "SYR", "19", "2020-02-03", "week",
     "relative week: its Monday, week precision"},
    {"fr",
     "Depuis lundi, l'armée turque bombarde des positions de l'armée "
     "syrienne.",
     "2020-02-15", "TUR", "SYR", "19", "2020-02-15", "day",
     "'depuis lundi' bounds the event, it is not its date"},
    {"en", "Israeli troops attacked Palestinian militants in Gaza yesterday.",
     "2020-02-15", "ISR", "PSE", "19", "2020-02-14", "day", "yesterday"},
    {"en", "Israeli troops attacked Palestinian militants in Gaza on Monday.",
     "", "ISR", "PSE", "19", "", "",
     "a weekday without a publication date stays null"},
    {"en", "Russia will not attack Ukraine, the Kremlin said.", "2020-02-15",
     "RUS", "UKR", "19", "", "",
     "future without a date expression: not the publication date"},
    {"en", "Russia will attack Ukraine on Monday, the Kremlin said.",
     "2020-02-17", "RUS", "UKR", "19", "2020-02-24", "day",
     "future on a Monday: the Monday after"},
};

TEST_F(EventCoderTest, EventDatesFromTheirClauseOrThePublicationDate) {
  for (const DateCase& c : kDateCases) {
    Document doc;
    doc.id = "t";
    doc.lang = c.lang;
    doc.text = c.text;
    doc.date = c.pub;
    CodedDocument out;
    std::string why;
    ASSERT_TRUE(coder_->Code(doc, &out, &why).ok());
    bool found = false;
    for (const Event& e : out.events) {
      if (Key(e.source) != c.source || Key(e.target) != c.target ||
          e.cameo_root() != c.root) {
        continue;
      }
      found = true;
      EXPECT_EQ(e.date, c.date) << c.reason << "\n  text: " << c.text << "\n"
                                << why;
      EXPECT_EQ(e.date_precision, c.precision) << c.reason;
    }
    EXPECT_TRUE(found) << c.reason << "\n  text: " << c.text << "\n" << why;
  }
}

TEST_F(EventCoderTest, FrontedMondayVisitIsOnTheMondayAfter) {
  // Published Saturday 2020-02-15, as the example article: a visit expected
  // "Lundi," (the weekday fronted before the clause) is Monday 2020-02-17.
  std::string why;
  auto events = Code("fr",
                     "Lundi, des émissaires qataris sont attendus à Kaboul "
                     "pour tenter de relancer le dialogue.",
                     &why);
  bool found = false;
  for (const Event& e : events) {
    if (Key(e.source) == "QAT" && Key(e.target) == "AFG") {
      found = true;
      EXPECT_EQ(e.date, "2020-02-17") << why;
      EXPECT_EQ(e.modality, "future") << why;
    }
  }
  EXPECT_TRUE(found) << why;
}

}  // namespace
}  // namespace dyad
