using System.Text;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Lexicon;

/// <summary>
/// The typo corrector must not turn real Dutch words into vocabulary words. Where the Debian word
/// list is installed (apt-get install wdutch), a sample of it is checked; with
/// BUURTBOT_WRITE_CONFUSABLES=path the whole list is regenerated into that file.
/// </summary>
public sealed class ConfusableWordsTests
{
    private const string Dictionary = "/usr/share/dict/dutch";

    [Fact]
    public void The_list_is_sorted_lower_case_and_unique()
    {
        Assert.NotEmpty(ConfusableWords.All);
        Assert.All(ConfusableWords.All, w => Assert.Matches("^[a-z]{5,}$", w));
        Assert.Equal(ConfusableWords.All.Order(StringComparer.Ordinal), ConfusableWords.All);
        Assert.Equal(ConfusableWords.All.Length, ConfusableWords.All.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Real_words_are_not_corrected_into_other_words()
    {
        var target = Environment.GetEnvironmentVariable("BUURTBOT_WRITE_CONFUSABLES");
        if (!File.Exists(Dictionary))
        {
            Assert.Null(Vocabulary.Resolve("lezen").Word);
            return;
        }

        var words = File.ReadLines(Dictionary).Select(w => TextNormalizer.Fold(w.Trim()))
            .Where(w => w.Length >= 5 && w.All(c => c is >= 'a' and <= 'z')).Distinct().ToList();
        if (!string.IsNullOrEmpty(target))
        {
            File.WriteAllText(target, Render(words.Where(w => Vocabulary.TypoTarget(w) is not null).Order(StringComparer.Ordinal)));
            return;
        }

        var misread = words.Where((_, i) => i % 25 == 0).Where(w => Vocabulary.Resolve(w).Match == WordMatch.Fuzzy).Take(20).ToList();
        Assert.True(misread.Count == 0, "real words read as typos (regenerate ConfusableWords): " + string.Join(", ", misread));
    }

    private static string Render(IEnumerable<string> words)
    {
        var text = new StringBuilder();
        text.AppendLine("namespace BuurtBot.Dialogs.Understanding;").AppendLine();
        text.AppendLine("/// <summary>");
        text.AppendLine("/// Real Dutch words that the typo corrector would otherwise turn into a vocabulary word");
        text.AppendLine("/// (\"lezen\" is not \"lenen\", \"beste\" is not \"bestek\"). Generated from the Debian word list");
        text.AppendLine("/// (package wdutch, /usr/share/dict/dutch) by ConfusableWordsTests: set");
        text.AppendLine("/// BUURTBOT_WRITE_CONFUSABLES to this file's path and run that test to regenerate after the");
        text.AppendLine("/// vocabulary changes.");
        text.AppendLine("/// </summary>");
        text.AppendLine("internal static class ConfusableWords").AppendLine("{");
        text.AppendLine("    public static readonly string[] All = LexiconText.Words(\"\"\"");
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length + word.Length + 1 > 116)
            {
                text.Append("        ").AppendLine(line.ToString());
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        text.Append("        ").AppendLine(line.ToString());
        text.AppendLine("        \"\"\");").AppendLine("}");
        return text.ToString();
    }
}
