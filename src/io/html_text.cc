// ExtractHtmlText: the readable main text of a news page, with gumbo.
//
// The page is parsed once into a gumbo tree; the text is then gathered by an
// iterative walk (no recursion, so deeply nested markup cannot exhaust the
// stack). Paragraph-level elements become blank-line separated paragraphs,
// whitespace inside a paragraph collapses to single spaces.
#include <gumbo.h>

#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document_reader.h"
#include "io/lang_tag.h"
#include "io/utf8.h"

namespace dyad {
namespace {

// An <article>/<main> whose text is at least this long, or at least half of
// the whole body's text, is taken as the page's main text.
constexpr size_t kSubstantialBytes = 200;

bool IsHtmlElement(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const char* Attribute(const GumboNode* node, const char* name) {
  const GumboAttribute* attr =
      gumbo_get_attribute(&node->v.element.attributes, name);
  return attr == nullptr ? nullptr : attr->value;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// How an element contributes to the text.
enum class Role {
  kInline,  // its text flows into the current paragraph
  kBlock,   // it starts and ends a paragraph
  kCell,    // table cell: separated from its neighbours by a space
  kBreak,   // <br>, <hr>: ends the paragraph
  kSkip,    // navigation, scripts, forms...: dropped with all it holds
};

Role RoleOf(const GumboNode* node, bool in_article) {
  const GumboElement& e = node->v.element;
  if (node->type == GUMBO_NODE_TEMPLATE) return Role::kSkip;
  if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return Role::kSkip;  // svg, math
  // Hidden parts are dropped, but never the page itself: some sites hide
  // <body> until a script has run.
  if (e.tag != GUMBO_TAG_BODY && e.tag != GUMBO_TAG_HTML) {
    if (Attribute(node, "hidden") != nullptr) return Role::kSkip;
    if (const char* v = Attribute(node, "aria-hidden");
        v != nullptr && EqualsIgnoreCase(v, "true")) {
      return Role::kSkip;
    }
  }
  switch (e.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_MATH:
      return Role::kSkip;
    case GUMBO_TAG_HEADER:
      // A page header is navigation; an article's header holds its headline.
      return in_article ? Role::kBlock : Role::kSkip;
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
      return Role::kBreak;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return Role::kCell;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
      return Role::kBlock;
    default:
      return Role::kInline;
  }
}

bool IsBlank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

// Accumulates paragraphs: text with collapsed whitespace, paragraphs joined
// by "\n\n", no leading or trailing blanks, no empty paragraphs.
class TextBuilder {
 public:
  void AddText(const char* s) {
    for (; *s != '\0'; ++s) {
      const char c = *s;
      if (IsBlank(c)) {
        space_ = true;
        continue;
      }
      if (!in_paragraph_) {
        if (!out_.empty()) out_ += "\n\n";
        paragraph_start_ = out_.size();
        in_paragraph_ = true;
      } else if (space_) {
        out_ += ' ';
      }
      space_ = false;
      out_ += c;
    }
  }
  // Ends the current paragraph, if any.
  void Break() {
    if (in_paragraph_ && OnlyNoBreakSpaces(paragraph_start_)) {
      // "<p>&nbsp;</p>" and the like: drop the paragraph and its separator.
      out_.resize(paragraph_start_ >= 2 ? paragraph_start_ - 2 : 0);
    }
    in_paragraph_ = false;
    space_ = false;
  }
  // A word boundary that is not a paragraph boundary.
  void Space() { space_ = true; }

  std::string Finish() && {
    Break();
    return std::move(out_);
  }

 private:
  bool OnlyNoBreakSpaces(size_t from) const {
    for (size_t i = from; i < out_.size(); ++i) {
      if (out_[i] == ' ') continue;
      if (out_.compare(i, 2, "\xC2\xA0") == 0) {
        ++i;
        continue;
      }
      return false;
    }
    return true;
  }

  std::string out_;
  size_t paragraph_start_ = 0;
  bool in_paragraph_ = false;
  bool space_ = false;  // blanks seen since the last character
};

// Appends the text of `root` and its descendants to `builder`.
void GatherText(const GumboNode* root, bool in_article, TextBuilder* builder) {
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    bool in_article;
  };
  std::vector<Frame> stack;
  auto enter = [&](const GumboNode* node, bool article) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        builder->AddText(node->v.text.text);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;  // comments, the document node
    }
    switch (RoleOf(node, article)) {
      case Role::kSkip:
        return;
      case Role::kBreak:
        builder->Break();
        return;
      case Role::kCell:
        builder->Space();
        break;
      case Role::kBlock:
        builder->Break();
        break;
      case Role::kInline:
        break;
    }
    stack.push_back(
        {node, 0, article || node->v.element.tag == GUMBO_TAG_ARTICLE});
  };
  enter(root, in_article);
  while (!stack.empty()) {
    Frame& top = stack.back();
    const GumboVector& children = top.node->v.element.children;
    if (top.next_child < children.length) {
      const auto* child =
          static_cast<const GumboNode*>(children.data[top.next_child++]);
      enter(child, top.in_article);  // may invalidate `top`
      continue;
    }
    const Role role = RoleOf(top.node, top.in_article);
    stack.pop_back();
    if (role == Role::kBlock) builder->Break();
    if (role == Role::kCell) builder->Space();
  }
}

// Calls `visit` on every element under `root` in document order; `visit`
// returns false to not descend into that element.
template <typename Visit>
void ForEachElement(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (!IsHtmlElement(node) || !visit(node)) continue;
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
    }
  }
}

// Top-level <article> (or <main>) elements of `body` outside dropped parts.
std::vector<const GumboNode*> FindOutermost(const GumboNode* body,
                                            GumboTag tag) {
  std::vector<const GumboNode*> found;
  ForEachElement(body, [&](const GumboNode* node) {
    if (node != body && RoleOf(node, false) == Role::kSkip) return false;
    if (node->v.element.tag == tag &&
        node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
      found.push_back(node);
      return false;
    }
    return true;
  });
  return found;
}

std::string GatherAll(const std::vector<const GumboNode*>& nodes) {
  TextBuilder builder;
  for (const GumboNode* node : nodes) {
    GatherText(node, node->v.element.tag == GUMBO_TAG_ARTICLE, &builder);
    builder.Break();
  }
  return std::move(builder).Finish();
}

std::string MainText(const GumboNode* body) {
  std::string all = GatherAll({body});
  for (GumboTag tag : {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN}) {
    std::vector<const GumboNode*> parts = FindOutermost(body, tag);
    if (parts.empty()) continue;
    std::string text = GatherAll(parts);
    if (!text.empty() &&
        (text.size() >= kSubstantialBytes || 2 * text.size() >= all.size())) {
      return text;
    }
  }
  return all;
}

// Rank of a <meta> key naming the publication date (lower is better), or -1.
int DateKeyRank(std::string_view key) {
  static constexpr std::string_view kKeys[] = {
      "article:published_time",
      "datePublished",
      "og:published_time",
      "date",
      "dc.date.issued",
      "dcterms.issued",
      "dc.date",
      "dcterms.created",
      "pubdate",
      "publishdate",
      "publish-date",
      "sailthru.date",
  };
  for (size_t i = 0; i < std::size(kKeys); ++i) {
    if (EqualsIgnoreCase(key, kKeys[i])) return static_cast<int>(i);
  }
  return -1;
}

std::string CollapsedText(const GumboNode* node) {
  TextBuilder builder;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT ||
        child->type == GUMBO_NODE_WHITESPACE) {
      builder.AddText(child->v.text.text);
    }
  }
  return std::move(builder).Finish();
}

// Debian's libgumbo 0.10.1 is built with assertions on, and its CDATA
// handling trips one (parser.c handle_in_table: "_text_node._buffer.length
// == 0") on input as small as "<table><math><mi><![CDATA[x]]>t", which would
// abort the whole process. CDATA sections only mean something inside <svg>
// and <math>, whose text is dropped anyway, so they are turned into bogus
// comments ("<!-[CDATA[...>"), which is what "<![CDATA[" already is in HTML
// content. Found by fuzz/html_extractor_fuzzer.
constexpr std::string_view kCdataOpen = "<![CDATA[";

std::string NeutralizeCdata(std::string_view html) {
  std::string out;
  out.reserve(html.size() + 16);
  size_t from = 0;
  for (size_t at; (at = html.find(kCdataOpen, from)) != html.npos;
       from = at + kCdataOpen.size()) {
    out.append(html.substr(from, at - from));
    out += "<!-[CDATA[";
  }
  out.append(html.substr(from));
  return out;
}

}  // namespace

HtmlText ExtractHtmlText(std::string_view html) {
  std::string neutralized;
  if (html.find(kCdataOpen) != html.npos) {
    neutralized = NeutralizeCdata(html);
    html = neutralized;
  }
  HtmlText result;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we do not look at parse errors: keep none
  GumboOutput* output =
      gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return result;

  const GumboNode* root = output->root;
  if (const char* lang = Attribute(root, "lang")) {
    result.lang = NormalizeLangTag(lang);
  }
  if (result.lang.empty()) {
    if (const char* lang = Attribute(root, "xml:lang")) {
      result.lang = NormalizeLangTag(lang);
    }
  }

  const GumboNode* body = nullptr;
  int best_date_rank = -1;
  bool have_title = false;
  ForEachElement(root, [&](const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return false;
    if (e.tag == GUMBO_TAG_BODY && body == nullptr) body = node;
    if (e.tag == GUMBO_TAG_TITLE && !have_title) {
      result.title = CollapsedText(node);
      have_title = true;
    }
    if (e.tag == GUMBO_TAG_META) {
      const char* content = Attribute(node, "content");
      for (const char* attr : {"property", "name", "itemprop"}) {
        const char* key = Attribute(node, attr);
        if (key == nullptr || content == nullptr) continue;
        const int rank = DateKeyRank(key);
        std::string date;
        if (rank >= 0 && (best_date_rank < 0 || rank < best_date_rank) &&
            NormalizeIsoDate(content, &date)) {
          result.date = std::move(date);
          best_date_rank = rank;
        }
      }
    }
    return true;
  });
  if (body != nullptr) result.text = MainText(body);
  // gumbo 0.10.1 turns some out-of-range character references such as
  // "&#xdddddddd;" into ill-formed UTF-8 instead of U+FFFD (found by
  // fuzz/html_extractor_fuzzer); the promise of valid UTF-8 is kept here.
  for (std::string* s : {&result.text, &result.title}) {
    if (!IsValidUtf8(*s)) *s = SanitizeUtf8(*s);
  }

  gumbo_destroy_output(&options, output);
  return result;
}

}  // namespace dyad
