#include <gtest/gtest.h>

#include <string>

#include "dyad/document_reader.h"

namespace dyad {
namespace {

TEST(HtmlTextTest, TakesTitleAndSeparatesParagraphs) {
  // Block elements become paragraphs, blank-line separated, for the segmenter.
  HtmlText page = ExtractHtmlText(
      "<!DOCTYPE html><html><head><title>  Talks in\n Paris </title></head>"
      "<body><h1>Talks resume</h1><p>First   paragraph,\n spread over "
      "lines.</p><p>Second <b>one</b> &amp; more.</p><ul><li>a</li>"
      "<li>b</li></ul></body></html>");
  EXPECT_EQ(page.title, "Talks in Paris");
  EXPECT_EQ(page.text,
            "Talks resume\n\nFirst paragraph, spread over lines.\n\n"
            "Second one & more.\n\na\n\nb");
}

TEST(HtmlTextTest, DropsScriptsStylesAndNavigation) {
  // None of these hold article text.
  HtmlText page = ExtractHtmlText(
      "<html><body><header>Site name</header><nav><a>Home</a></nav>"
      "<script>var x = '<p>no</p>';</script><style>p{color:red}</style>"
      "<noscript>Enable JS</noscript><form><button>Subscribe</button></form>"
      "<p>Kept text.</p><aside>Related</aside><svg><text>Logo</text></svg>"
      "<iframe>ad</iframe><template><p>tpl</p></template>"
      "<div hidden>hidden</div><footer>Copyright</footer></body></html>");
  EXPECT_EQ(page.text, "Kept text.");
}

TEST(HtmlTextTest, KeepsAHiddenBody) {
  // Some sites hide <body> until their scripts run; its text is the page.
  EXPECT_EQ(ExtractHtmlText("<body hidden><p>Shown.</p><p hidden>Not.</p>"
                            "<p aria-hidden=\"true\">Not.</p></body>")
                .text,
            "Shown.");
}

TEST(HtmlTextTest, PrefersTheArticle) {
  // A page with a teaser list: the <article> holds the story.
  const std::string story(300, 'x');
  HtmlText page = ExtractHtmlText(
      "<body><div>Most read: other story</div><article><header><h1>Headline"
      "</h1></header><p>" +
      story +
      "</p><footer>Tags: x</footer></article><div>Comments</div>"
      "</body>");
  // The article's own header (its headline) stays; its footer goes.
  EXPECT_EQ(page.text, "Headline\n\n" + story);
}

TEST(HtmlTextTest, PrefersMainWhenThereIsNoArticle) {
  HtmlText page = ExtractHtmlText(
      "<body><div>Sidebar</div><main><p>The main story, long enough to be "
      "the page.</p></main></body>");
  EXPECT_EQ(page.text, "The main story, long enough to be the page.");
}

TEST(HtmlTextTest, IgnoresATinyArticle) {
  // An <article> with a fraction of the text is a teaser, not the story.
  const std::string body(400, 'y');
  HtmlText page = ExtractHtmlText("<body><article>teaser</article><p>" + body +
                                  "</p></body>");
  EXPECT_EQ(page.text, "teaser\n\n" + body);
}

TEST(HtmlTextTest, BreaksAndCellsSeparateWords) {
  HtmlText page = ExtractHtmlText(
      "<body><p>line one<br>line two</p><table><tr><td>a</td><td>b</td></tr>"
      "</table></body>");
  EXPECT_EQ(page.text, "line one\n\nline two\n\na b");
}

TEST(HtmlTextTest, DecodesEntitiesAndDropsEmptyParagraphs) {
  // &nbsp;-only paragraphs are CMS filler.
  HtmlText page = ExtractHtmlText(
      "<body><p>L&#39;&Eacute;lys&eacute;e a r&eacute;agi</p><p>&nbsp;</p>"
      "<p>Fin.</p></body>");
  EXPECT_EQ(page.text,
            "L'\xC3\x89lys\xC3\xA9"
            "e a r\xC3\xA9"
            "agi\n\nFin.");
}

TEST(HtmlTextTest, ReadsPublicationDateAndLanguage) {
  HtmlText page = ExtractHtmlText(
      "<html lang=\"fr-FR\"><head><meta name=\"date\" content=\"2019-01-01\">"
      "<meta property=\"article:published_time\" "
      "content=\"2020-02-15T10:00:00+01:00\"></head><body><p>Texte.</p>"
      "</body></html>");
  // article:published_time outranks the generic name="date".
  EXPECT_EQ(page.date, "2020-02-15");
  EXPECT_EQ(page.lang, "fr");
}

TEST(HtmlTextTest, IgnoresAnUnparseableMetaDate) {
  HtmlText page = ExtractHtmlText(
      "<head><meta name=\"date\" content=\"15 février 2020\"></head>"
      "<body>x</body>");
  EXPECT_EQ(page.date, "");
  EXPECT_EQ(page.lang, "");
}

TEST(HtmlTextTest, SurvivesBrokenMarkup) {
  // gumbo recovers what it can; nothing fails.
  HtmlText page = ExtractHtmlText("<p>open <b>bold <i>both</p> after <");
  EXPECT_EQ(page.text, "open bold both\n\nafter <");
  EXPECT_EQ(ExtractHtmlText("").text, "");
  EXPECT_EQ(ExtractHtmlText(std::string("a\0b", 3)).text.substr(0, 1), "a");
}

TEST(HtmlTextTest, CdataInForeignContentDoesNotAbort) {
  // Regression (HTML fuzzer): this input trips an assertion inside Debian's
  // libgumbo 0.10.1 and aborted the process; CDATA is now neutralised first.
  HtmlText page = ExtractHtmlText("<table><math><mi><![CDATA[x]]>t");
  EXPECT_EQ(page.text, "");  // "t" is inside <math>, which is dropped
  EXPECT_EQ(ExtractHtmlText("<p>a<![CDATA[b]]>c</p>").text, "ac");  // as before
}

TEST(HtmlTextTest, OutOfRangeCharacterReferencesGiveValidUtf8) {
  // Regression (HTML fuzzer): gumbo encodes this reference as ill-formed
  // UTF-8; the extractor must not pass that on.
  HtmlText page = ExtractHtmlText("<title>&#xdddddddd;</title>&#xdddddddd");
  EXPECT_TRUE(IsValidUtf8(page.text));
  EXPECT_TRUE(IsValidUtf8(page.title));
  EXPECT_FALSE(page.text.empty());
}

TEST(HtmlTextTest, HandlesDeepNestingWithoutRecursion) {
  // Regression guard: the walk is iterative.
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<span>";
  html += "deep";
  EXPECT_EQ(ExtractHtmlText(html).text, "deep");
}

}  // namespace
}  // namespace dyad
